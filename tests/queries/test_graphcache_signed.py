"""The graph cache in a store directory is signed: a crafted pickle from someone else runs no code."""

from __future__ import annotations

import pickle

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph.model import Document, DocumentGraph, Entity, Evidence, Relation
from newsgraph.graph.store import Store
from newsgraph.queries.graphcache import cache_path


class _Boom:
    """Unpickling this creates a file: the sign that a cache ran code."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def _store(path):
    v, p = Entity.create("Alpha", "Vessel"), Entity.create("Port Z", "Port")
    text = "The Alpha called at Port Z."
    ev = Evidence("d1", text, 0, len(text), "test", 0.8, "asserted", [])
    with Store.open(path) as s:
        s.upsert(DocumentGraph(Document(id="d1", text=text), {v.id: v, p.id: p}, [Relation(v.id, "VISITED", p.id, [ev])]))


def test_a_crafted_cache_is_never_unpickled(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    store, marker = tmp_path / "store", tmp_path / "PICKLE_RAN"
    _store(store)
    runner = CliRunner()
    assert runner.invoke(main, ["influence", "--store", str(store)]).exit_code == 0  # writes the real caches
    with Store.open(store, read_only=True) as s:
        paths = [cache_path(s, None, kind) for kind in ("graph", "compiled")]
    assert any(p.is_file() for p in paths)
    for forged in (b"", b"\0" * 32):  # what a store from elsewhere could carry: a pickle, bare or with a header
        for p in paths:
            p.write_bytes(forged + pickle.dumps(_Boom(str(marker))))
        res = runner.invoke(main, ["influence", "--store", str(store)])
        assert res.exit_code == 0, res.output
        assert not marker.exists()
        assert "Alpha" in res.output  # rebuilt from the store
