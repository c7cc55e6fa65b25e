"""A folder ingested after ``newsgraph render --out`` wrote a view into it (a new user's finding, round of
2026-11-30, eighth part): the view is not an article. A folder walk passes over it; named on the command line,
it is refused with a message that says what it is."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.cli import main


def _invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], prog_name="newsgraph")


def test_a_rendered_view_in_the_folder_is_not_ingested(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("The tanker Grey Petrel left Ust-Luga for Turkey with diesel.\n", encoding="utf-8")
    (news / "b.html").write_text("<html><head><title>x</title></head><body><p>The tanker Grey Petrel called at "
                                 "Mersin.</p></body></html>", encoding="utf-8")  # an article in HTML: read
    store = tmp_path / "store"
    assert _invoke("ingest", news, "--store", store).exit_code == 0
    view = news / "graph.html"
    res = _invoke("render", "--store", store, "--out", view)
    assert res.exit_code == 0, res.output
    assert '<meta name="generator" content="newsgraph">' in view.read_text(encoding="utf-8")[:400]
    res = _invoke("ingest", news, "--store", store, "--json")
    assert res.exit_code == 0, res.output
    got = json.loads(res.stdout)
    assert sorted(r["document"] for r in got["results"]) == ["a", "b"]  # both unchanged; no "graph" document
    assert not got["errors"]
    res = _invoke("ingest", view, "--store", store)
    assert res.exit_code != 0
    assert "newsgraph view" in res.output
