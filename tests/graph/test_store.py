"""The embedded store: atomic, idempotent upserts, merging across documents, locking."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsgraph.exceptions import StoreError
from newsgraph.graph.model import Document, DocumentGraph, Entity, Evidence, Relation
from newsgraph.graph.store import Store


def _doc(doc_id: str, text: str, ship: str, port: str, *, alias: str | None = None) -> DocumentGraph:
    v = Entity.create(ship, "Vessel", [alias] if alias else [])
    p = Entity.create(port, "Port")
    ev = Evidence(doc_id, text, 0, len(text), "test", 0.8, "asserted", [])
    return DocumentGraph(Document(id=doc_id, text=text), {v.id: v, p.id: p},
                         [Relation(v.id, "VISITED", p.id, [ev])])


@pytest.mark.parametrize("name", ['Quote "Q" \\ back', "}) DETACH DELETE n //", "Ким\u200b <b>x</b>", "line\nbreak"])
def test_store_hostile_names_round_trip(store_dir, name):
    dg = _doc("d1", f"{name} called at Port Z.", name, "Port Z")
    with Store.open(store_dir) as store:
        store.upsert(dg)
        names = {e.name for e in store.entities()}
    assert name in names


def test_store_upsert_is_idempotent_and_replaces(store_dir):
    with Store.open(store_dir) as store:
        first = store.upsert(_doc("d1", "The Alpha called at Port Z.", "Alpha", "Port Z"))
        assert first.status == "added" and first.entities_added == 2 and first.relations_added == 1
        quads = set(store.oxigraph)
        again = store.upsert(_doc("d1", "The Alpha called at Port Z.", "Alpha", "Port Z"))
        assert again.status == "unchanged"
        assert set(store.oxigraph) == quads
        changed = store.upsert(_doc("d1", "The Beta called at Port Z.", "Beta", "Port Z"))
        assert changed.status == "replaced"
        assert {e.name for e in store.entities()} == {"Beta", "Port Z"}


def test_store_merges_evidence_across_documents_and_forgets(store_dir):
    with Store.open(store_dir) as store:
        store.upsert(_doc("d1", "The Alpha called at Port Z.", "Alpha", "Port Z", alias="MV Alpha"))
        store.upsert(_doc("d2", "Alpha docked at Port Z again.", "Alpha", "Port Z"))
        (rel,) = store.relations()
        assert sorted(ev.document for ev in rel.evidence) == ["d1", "d2"]
        (alpha,) = store.entities(type="Vessel")
        assert set(alpha.aliases) == {"Alpha", "MV Alpha"}
        assert store.alias_index()["mv alpha"].id == alpha.id
        v = store.version()
        assert store.forget("d1") is True
        assert store.version() != v
        (rel,) = store.relations()
        assert [ev.document for ev in rel.evidence] == ["d2"]
        assert store.forget("d1") is False


def test_store_second_process_waits_for_lock(store_dir):
    store = Store.open(store_dir)
    try:
        code = (
            "import sys\n"
            "from newsgraph.graph.store import Store\n"
            "from newsgraph.exceptions import StoreError\n"
            f"try:\n    Store.open({str(store_dir)!r}, lock_timeout=0.5)\n"
            "except StoreError as e:\n    print(e); sys.exit(3)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 3, proc.stderr
        assert "in use by pid" in proc.stdout
    finally:
        store.close()
    with Store.open(store_dir, lock_timeout=0.5):
        pass


def test_store_refuses_a_non_store_directory(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a newsgraph store"):
        Store.open(tmp_path)


def test_store_damaged_database_is_a_clear_error_and_releases_the_lock(store_dir):
    with Store.open(store_dir) as store:
        store.upsert(_doc("d1", "The Alpha called at Port Z.", "Alpha", "Port Z"))
    (store_dir / "oxigraph" / "CURRENT").write_bytes(b"\x00garbage")
    with pytest.raises(StoreError, match="damaged"):
        Store.open(store_dir)
    with pytest.raises(StoreError, match="damaged"):  # not "locked": the failed open let go of the lock
        Store.open(store_dir, lock_timeout=0)


def test_store_upsert_reports_the_source_it_replaced(store_dir):
    first = _doc("d1", "The Alpha called at Port Z.", "Alpha", "Port Z")
    first.document.source = "news/a/d1.txt"
    second = _doc("d1", "The Beta called at Port Z.", "Beta", "Port Z")
    second.document.source = "news/b/d1.txt"
    with Store.open(store_dir) as store:
        assert store.upsert(first).previous_source is None
        result = store.upsert(second)
    assert result.status == "replaced" and result.previous_source == "news/a/d1.txt"


@pytest.mark.parametrize("value", ["abc", "-3"])
def test_store_bad_lock_timeout_is_a_clear_error(store_dir, monkeypatch, value):
    monkeypatch.setenv("NEWSGRAPH_LOCK_TIMEOUT", value)
    with pytest.raises(StoreError, match="NEWSGRAPH_LOCK_TIMEOUT"):
        Store.open(store_dir)


def test_turkish_dotted_and_dotless_i_match_the_plain_letter():
    from newsgraph.graph.model import normalise_name
    assert normalise_name("İskenderun") == normalise_name("Iskenderun") == normalise_name("ISKENDERUN") \
        == "iskenderun"
    assert normalise_name("Diyarbakır") == normalise_name("Diyarbakir")


def test_store_keeps_few_rotated_info_logs(store_dir):
    # RocksDB writes a new info log at every open and keeps up to 1,000 old ones; many short commands must
    # not fill the store with them, and the data must survive the pruning
    with Store.open(store_dir) as store:
        store.upsert(_doc("d1", "The Alpha called at Port Z.", "Alpha", "Port Z"))
    for _ in range(6):
        with Store.open(store_dir, read_only=True) as store:
            assert {e.name for e in store.entities()} == {"Alpha", "Port Z"}
    logs = sorted(p.name for p in (store_dir / "oxigraph").glob("LOG.old.*"))
    assert 1 <= len(logs) <= 2, logs


@pytest.fixture
def read_only_copy(tmp_path):
    """A store with one document, then made read-only: a read-only bind mount when running as root (whom file
    modes do not stop), else a directory without write permission."""
    import os
    import shutil

    src = tmp_path / "src"
    with Store.open(src) as store:
        store.upsert(_doc("d1", "The Alpha called at Port Z.", "Alpha", "Port Z"))
    if os.geteuid() != 0:
        for p in [src, *src.rglob("*")]:
            p.chmod(p.stat().st_mode & ~0o222)
        yield src
        for p in [src, *src.rglob("*")]:
            p.chmod(p.stat().st_mode | 0o200)
        return
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    ok = subprocess.run(["mount", "--bind", str(src), str(mnt)], capture_output=True).returncode == 0 and \
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], capture_output=True).returncode == 0
    try:
        if not ok:
            pytest.skip("no read-only bind mount here (needs root in a namespace that allows mount)")
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)
        shutil.rmtree(mnt, ignore_errors=True)


def test_store_on_read_only_media_can_be_read_not_written(read_only_copy):
    with Store.open(read_only_copy, read_only=True) as store:
        assert {e.name for e in store.entities()} == {"Alpha", "Port Z"}
        assert store.document_ids() == ["d1"]
    with pytest.raises(StoreError, match="writable file system"):
        Store.open(read_only_copy)


def test_a_store_damaged_inside_its_files_is_one_line_on_reads(tmp_path):
    # bytes overwritten inside the data files (sizes unchanged): the store opens, and RocksDB finds the damage
    # while a command reads; the command says so in one line, no traceback
    import os

    from click.testing import CliRunner

    from newsgraph.cli import main

    store = tmp_path / "store"
    with Store.open(store) as s:
        for k in range(60):
            s.upsert(_doc(f"d{k}", f"The Alpha {k} called at Port Z{k}.", f"Alpha {k}", f"Port Z{k}"))
    hit = 0
    for f in sorted((store / "oxigraph").glob("*.sst")):
        if f.stat().st_size > 3000:  # the data blocks come first in an SST file, its index and footer last
            with open(f, "r+b") as fh:
                fh.seek(100)
                fh.write(os.urandom(300))
            hit += 1
    assert hit
    res = CliRunner().invoke(main, ["documents", "--store", str(store)])
    assert res.exit_code == 1, res.output
    print(res.output)
    assert "damaged" in res.output and "cannot be opened" not in res.output and not isinstance(res.exception, RuntimeError)
