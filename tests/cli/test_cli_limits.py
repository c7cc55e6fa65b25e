"""Articles past what the pipeline can take are refused with a clear error, the rest stored."""

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.cli.ingest import MAX_CHARACTERS


@pytest.mark.parametrize("extra", [1])
def test_cli_ingest_refuses_an_article_over_the_character_limit(tmp_path, extra):
    long = tmp_path / "long.txt"
    long.write_text("x " * ((MAX_CHARACTERS + extra) // 2 + 1))
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["ingest", "--store", str(store), str(long)])
    assert result.exit_code == 1
    assert "long.txt" in result.output and "characters" in result.output and "split it" in result.output
