"""Reader findings of a break-it trial (round of 2026-11-30, eighth part): a compact integer date in a JSONL
feed, a byline taken for the title, and an HTML page in the encoding its head declares."""

from __future__ import annotations

import pytest

from newsgraph.exceptions import InputError
from newsgraph.ingest.read import normalise_date, read_text


def test_a_compact_integer_date_is_yyyymmdd():
    assert normalise_date(20240301) == "2024-03-01"  # not 1970-08-23, as a Unix time
    assert normalise_date(1709251200).startswith("2024-03-01")  # a Unix time stays one
    with pytest.raises(ValueError):
        normalise_date(20241345)


def test_a_byline_is_no_title():
    doc = read_text("By Staff\n\nTanker seized off Aden\n\nThe tanker was seized on Monday.\n", source="a.txt",
                    kind="text", doc_id="a")
    assert doc.title == "Tanker seized off Aden"
    doc = read_text("By Staff\nThe tanker was seized on Monday.\n", source="b.txt", kind="text", doc_id="b")
    assert doc.title is None


def test_an_html_page_in_its_declared_encoding():
    page = '<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>The tanker Caf\xe9 Star called ' \
           'at Mersin.</p></body></html>'
    doc = read_text(page.encode("latin-1"), source="a.html", kind="html", doc_id="a")
    assert "Café Star" in doc.text
    with pytest.raises(InputError, match="not valid UTF-8"):  # a text file declares nothing: still refused
        read_text("The tanker Caf\xe9 Star.".encode("latin-1"), source="a.txt", kind="text", doc_id="a")


@pytest.mark.parametrize("text, published", [
    ("Treasury designates tankers\n\nWASHINGTON, May 14, 2024 -- The Treasury designated ...", "2024-05-14"),
    ("Skarvo sells its last aframax\n\nMaren Volle, Oslo\nPublished 14 November 2026\n\nThe family ...", "2026-11-14"),
    ("LONDON, 14 May 2024 (Reuters) - The tanker ...", "2024-05-14"),
    ("Title\n\nThe ship sailed on May 14, 2024 -- and then ...", None),
    ("ATHENS, Nov 27 (Reuters) - no year is given ...", None),
])
def test_a_plain_texts_dateline_gives_its_publication_date(text, published):
    # a new-user trial: "WASHINGTON, May 14, 2024 --" was not read, so "since August" had no year to resolve
    assert read_text(text.encode(), source="t.txt", kind="text", doc_id="t").published == published


def test_unicode_spaces_are_plain_spaces_in_text_and_jsonl():
    # a break-it trial: "Red\u00a0Coral" in a scraped feed was split into a ship "Red" and nothing else
    doc = read_text("The tanker Red\u00a0Coral docked at Port\u202fSudan.".encode(), source="t.txt", kind="text",
                    doc_id="t")
    assert doc.text == "The tanker Red Coral docked at Port Sudan."
