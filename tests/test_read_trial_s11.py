"""A break-it trial (2026-12-01) on reading: zero-width characters and direction marks split or hid names;
a JSONL "published" of "yesterday" or "in 2 weeks" was stored as the clock time of the run (the same file
ingested twice gave "2 replaced"); "12/11/2024" was read one way round without a word; "3000-01-01" was taken."""

from __future__ import annotations

import json

import pytest

from newsgraph.graph.model import Document
from newsgraph.ingest.read import InputError, normalise_date, read_sources


@pytest.mark.parametrize("raw, clean", [
    ("The tanker Ocean\u200b Star docked.", "The tanker Ocean Star docked."),
    ("\u200fNour Al Bahr\u200f docked at Jeddah.", "Nour Al Bahr docked at Jeddah."),
    ("Oce\u00adan Star and Sea\u2060Falcon\ufeff.", "Ocean Star and SeaFalcon."),
])
def test_invisible_characters_are_removed_on_reading(tmp_path, raw, clean):
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    (doc,) = read_sources([path])
    assert isinstance(doc, Document) and doc.text == clean


@pytest.mark.parametrize("value, words", [
    ("yesterday", "relative date"),
    ("in 2 weeks", "relative date"),
    ("12/11/2024", "ambiguous"),
    ("3000-01-01", "future"),
])
def test_a_publication_date_that_would_change_or_mislead_is_refused(value, words):
    with pytest.raises(ValueError, match=words):
        normalise_date(value)


@pytest.mark.parametrize("value, iso", [("25/11/2024", "2024-11-25"), ("1 March 2024", "2024-03-01"),
                                        ("2024-03-01", "2024-03-01")])
def test_dates_with_their_year_still_read(value, iso):
    assert normalise_date(value) == iso


def test_a_jsonl_line_with_a_relative_date_is_an_error_for_that_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "The tanker Blue Heron docked at Port Sudan.",
                                "published": "yesterday"}) + "\n" +
                    json.dumps({"id": "b", "text": "The tanker Red Kite docked at Jeddah.",
                                "published": "2024-03-01"}) + "\n")
    items = list(read_sources([path]))
    err = next(i for i in items if isinstance(i, InputError))
    assert err.source.endswith("feed.jsonl:1") and "'published'" in err.problem and "relative" in err.problem
    assert [i.id for i in items if isinstance(i, Document)] == ["b"]


@pytest.mark.parametrize("value", ["2024", "2024-13-01", "2025-31-01"])
def test_a_year_alone_or_an_impossible_iso_date_is_refused(value):
    with pytest.raises(ValueError):
        normalise_date(value)


def test_joiners_next_to_latin_letters_are_removed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The tanker Sea Hawk docked at Port\u200c Sudan; Ocean\u200d Queen left.", encoding="utf-8")
    (doc,) = read_sources([path])
    assert doc.text == "The tanker Sea Hawk docked at Port Sudan; Ocean Queen left."
