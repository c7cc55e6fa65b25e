"""A break-it trial of 2026-12-02 (fourth session): a store whose database lost its CURRENT file was wiped by the
second command that opened it; a file name that is not UTF-8 stopped an ingest with a traceback; UTF-16 text
without a byte-order mark was called binary; a JSONL "published": 2024 became a time in 1970; and one sentence
repeated 200 times in one article gave its relation 200 pieces of evidence."""

from __future__ import annotations

import json
import os

from click.testing import CliRunner

from newsgraph.cli import main


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, prog_name="newsgraph")


def _files(db):
    return {f.name: f.stat().st_size for f in db.iterdir()}


def test_a_database_without_current_is_refused_and_left_as_it_is(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("The tanker Grey Wren called at Tartus in May.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run("ingest", art, "--store", store).exit_code == 0
    db = store / "oxigraph"
    current = (db / "CURRENT").read_text()
    (db / "CURRENT").unlink()
    before = _files(db)
    for args in (("documents",), ("ingest", art), ("documents",)):
        out = run(*args, "--store", store)
        assert out.exit_code == 1
        assert "damaged" in out.stderr and "CURRENT" in out.stderr and current.strip() in out.stderr
    assert _files(db) == before  # nothing was written, nothing deleted
    (db / "CURRENT").write_text(current)  # the repair the message gives
    listed = json.loads(run("documents", "--store", store, "--json").stdout)
    assert [d["id"] for d in listed] == ["a"]


def test_a_file_name_that_is_not_utf8(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"in")
    os.makedirs(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as fh:
        fh.write(b"The tanker Blue Wren called at Tartus in May.\n")
    with open(os.path.join(folder, b"ok.txt"), "wb") as fh:
        fh.write(b"The tanker Red Kite called at Latakia in June.\n")
    store = tmp_path / "store"
    out = run("ingest", os.fsdecode(folder), "--store", store)
    assert out.exit_code == 0, out.output
    docs = json.loads(run("documents", "--store", store, "--json").stdout)
    assert len(docs) == 2 and any("\ufffd" in d["source"] for d in docs)


def test_utf16_without_a_byte_order_mark_gets_a_hint(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("The tanker Blue Wren called at Tartus in May.\n".encode("utf-16-le"))
    store = tmp_path / "store"
    out = run("ingest", path, "--store", store)
    assert out.exit_code == 1 and "UTF-16" in out.stderr and "--encoding utf-16-le" in out.stderr
    assert run("ingest", path, "--store", store, "--encoding", "utf-16-le").exit_code == 0
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"PNG\x00\x00\x00\rIHDR\x00\x00")
    assert "binary file" in run("ingest", binary, "--store", store).stderr


def test_a_number_too_small_for_a_unix_time_is_no_date(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"text": "The tanker Blue Wren called at Tartus.", "published": 2024}\n'
                    '{"text": "The tanker Red Kite called at Latakia.", "published": 1709251200}\n', encoding="utf-8")
    out = run("ingest", path, "--store", tmp_path / "store")
    assert "p.jsonl:1" in out.stderr and "not a date: 2024" in out.stderr
    docs = json.loads(run("documents", "--store", tmp_path / "store", "--json").stdout)
    assert [d["published"][:10] for d in docs] == ["2024-03-01"]  # the Unix time is still read


def test_a_sentence_repeated_counts_once(tmp_path):
    path = tmp_path / "rep.txt"
    path.write_text("The U.S. Treasury sanctioned the tanker Ocean Wren on Monday. " * 50 + "\n", encoding="utf-8")
    store = tmp_path / "store"
    assert run("ingest", path, "--store", store).exit_code == 0
    rels = json.loads(run("relations", "Ocean Wren", "--store", store, "--json").stdout)["relations"]
    assert [(r["predicate"], len(r["evidence"])) for r in rels] == [("SANCTIONED", 1)]
