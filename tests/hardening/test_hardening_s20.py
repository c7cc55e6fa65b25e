"""Break-it findings of 2026-12-03 (second session): output paths that are no regular file, JSONL on standard
input behind a byte-order mark or arriving late, time limits that are no finite number."""

from __future__ import annotations

import io
import os
import stat

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph.formats import write_atomically
from newsgraph.graph.model import Document
from newsgraph.ingest.read import read_sources


def test_write_atomically_follows_a_symlink_and_keeps_the_link(tmp_path):
    target = tmp_path / "target.ttl"
    target.write_text("old")
    link = tmp_path / "link.ttl"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink() and target.read_text() == "new"


def test_write_atomically_keeps_a_private_files_mode(tmp_path):
    out = tmp_path / "private.ttl"
    out.write_text("old")
    out.chmod(0o600)
    write_atomically(out, b"new")
    assert out.read_text() == "new" and stat.S_IMODE(out.stat().st_mode) == 0o600


def test_write_atomically_writes_into_a_pipe_without_replacing_it(tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so the writer's open does not block
    try:
        write_atomically(fifo, b"payload")
        assert os.read(reader, 100) == b"payload"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf" + b'{"id": "a1", "text": "First."}\n{"id": "a2", "text": "Second."}\n',
    b'\n\n{"id": "a1", "text": "First."}\n{"id": "a2", "text": "Second."}\n',
])
def test_jsonl_on_stdin_behind_a_bom_or_blank_lines_is_jsonl(data):
    class Slow(io.BytesIO):  # a pipe whose first peek shows only what has arrived: the blanks
        def peek(self, n=0):
            first = self.getvalue()[:max(1, self.getvalue().find(b"{"))]
            return first

    items = list(read_sources(["-"], stdin=Slow(data)))
    assert [d.id for d in items if isinstance(d, Document)] == ["a1", "a2"]


@pytest.mark.parametrize("value", ["nan", "inf", "1e10", "-1"])
@pytest.mark.parametrize("command", ["cypher", "sparql"])
def test_a_time_limit_that_is_no_finite_number_is_a_usage_error(tmp_path, value, command):
    result = CliRunner().invoke(main, [command, "--timeout", value, "--store", str(tmp_path / "none"),
                                       "MATCH (n) RETURN n" if command == "cypher" else "SELECT * {?s ?p ?o}"],
                                prog_name="newsgraph")
    assert result.exit_code == 2 and "--timeout" in result.output and "Traceback" not in result.output
