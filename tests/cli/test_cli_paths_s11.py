"""Last round's open item: the id a file keeps across runs depended on the working directory. A store recorded
the source path as typed ("story.txt"), so a later run from another folder could not tell that a different
file of the same name was another article and replaced the first one's document."""

from __future__ import annotations

import json

from newsgraph.cli import main


def _documents(runner, store) -> dict[str, str]:
    out = runner.invoke(main, ["documents", "--store", str(store), "--json"])
    assert out.exit_code == 0, out.output
    return {d["id"]: d["source"] for d in json.loads(out.stdout)}


def test_relative_paths_from_two_folders_keep_two_articles(runner, tmp_path, monkeypatch):
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    (tmp_path / "d1" / "story.txt").write_text("The tanker Blue Heron docked at Port Sudan on Monday.\n")
    (tmp_path / "d2" / "story.txt").write_text("The tanker Red Kite docked at Jeddah on Tuesday.\n")
    store = tmp_path / "store"
    monkeypatch.chdir(tmp_path / "d1")
    assert "1 added" in runner.invoke(main, ["ingest", "--store", str(store), "story.txt"]).stdout
    monkeypatch.chdir(tmp_path / "d2")
    out = runner.invoke(main, ["ingest", "--store", str(store), "story.txt"])
    assert "1 added" in out.stdout, out.output  # was: "1 replaced", the Blue Heron article lost
    docs = _documents(runner, store)
    assert len(docs) == 2
    # the provenance is the file itself, wherever ingest ran
    assert sorted(docs.values()) == [str(tmp_path / "d1" / "story.txt"), str(tmp_path / "d2" / "story.txt")]
    monkeypatch.chdir(tmp_path / "d1")  # the first file again, from its own folder: unchanged, same id
    assert "1 unchanged" in runner.invoke(main, ["ingest", "--store", str(store), "story.txt"]).stdout
    assert _documents(runner, store) == docs
