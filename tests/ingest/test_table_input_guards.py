"""Tables and odd input from the break-it trial of 2026-11-30 (sixth part), fixed in the seventh: header
spellings of a vessel column, header rows that named entities, a long detention table taken for off topic, a
zero-width character at a cell's start, the first row's evidence, runs of punctuation that stalled the
tokenizer and text too dense in tokens for the parser's memory."""

from __future__ import annotations

import pytest

from newsgraph.exceptions import ExtractionError
from newsgraph.graph.model import Document
from newsgraph.ingest.nlp import MAX_TOKENS, doc_text, make_doc, table_head
from newsgraph.ingest.pipeline import extract_document, process

ROW = "Sea Star | 9123456 | Panama | Acme Shipping Ltd | Gdansk\n"
WANT = {("Sea Star", "FLAGGED_IN", "Panama"), ("Acme Shipping Ltd", "OWNS_OR_OPERATES", "Sea Star"),
        ("Sea Star", "VISITED", "Gdansk")}


@pytest.mark.parametrize("header", [
    "Name of vessel | IMO | Flag | Company | Place of detention",
    "Name of the ship | IMO | Flag | Company | Place of detention",
    "Ship's name | IMO | Flag | Company | Place of detention",
    "Vessel Name: | IMO: | Flag: | Company: | Place of detention:",
    "SHIP NAME | IMO NO. | FLAG | COMPANY | PLACE OF DETENTION",
    "Ship  name | IMO | Flag | Company | Place  of detention",
    "Ship\xa0name | IMO | Flag | Company | Place\xa0of\xa0detention",
])
def test_header_spellings_of_a_vessel_column(extract, facts, header):
    dg = extract(header + "\n" + ROW)
    assert WANT <= facts(dg)
    # the header row's words are headings, no names ("SHIP NAME" was a person, "Name" a ship)
    assert {e.name for e in dg.entities.values()} == {"Sea Star", "Panama", "Acme Shipping Ltd", "Gdansk"}


def test_table_head_normalises_spellings():
    assert table_head(" Ship's  Name: ") == table_head("NAME OF VESSEL") == "vessel name"
    assert table_head("IMO No.") == "imo no"
    assert table_head("Flag state") == "flag state"


def test_the_first_rows_evidence_is_its_row(extract):
    text = "Ship name | IMO | Flag | Place of detention\n" + ROW.replace(" | Acme Shipping Ltd", "")
    dg = extract(text)
    rel = next(r for r in dg.relations if r.predicate == "VISITED")
    ev = rel.evidence[0]
    assert ev.sentence == "Sea Star | 9123456 | Panama | Gdansk"
    assert text[ev.start:ev.end] == ev.sentence


def test_a_zero_width_character_at_a_cells_start(extract, facts):
    dg = extract("Ship name | IMO | Flag | Place of detention\n\u200bSea Star\u200b | 9123456 | Panama | Gdansk\n")
    assert {("Sea Star", "FLAGGED_IN", "Panama"), ("Sea Star", "VISITED", "Gdansk")} <= facts(dg)


def test_a_long_detention_table_is_on_topic(extract, facts):
    ports = ["Gdansk", "Rotterdam", "Antwerp", "Hamburg", "Piraeus", "Valletta", "Genoa"]
    rows = [f"Nord Crest {k} | {9100000 + k} | Panama | Vega Shipping Ltd | {ports[k % len(ports)]}"
            for k in range(1, 15)]
    text = ("Port State Control: ships held in October\n\nShip name | IMO | Flag | Company | Place of detention\n"
            + "\n".join(rows) + "\n")
    visited = {(s, o) for s, p, o in facts(extract(text)) if p == "VISITED"}
    assert len(visited) == 14 and ("Nord Crest 2", "Antwerp") in visited


def test_a_long_run_of_punctuation_is_cut_for_the_tokenizer(nlp, facts):
    # spaCy's tokenizer is quadratic in a run's length (8,000 colons: 5 s; 30,000: over a minute); the run is
    # cut every 250 characters, the text keeping its length so that every offset holds
    head = "The tanker Sea Star called at Gdansk in May, officials said.\n"
    text = head + ":" * 30_000 + "\n"
    doc = make_doc(nlp, text)
    kept = doc_text(doc)
    assert len(kept) == len(text) and kept[:len(head)] == head
    assert kept[len(head) + 250] == " " and ":" * 250 in kept and ":" * 251 not in kept
    assert ("Sea Star", "VISITED", "Gdansk") in facts(extract_document(Document(id="t", text=text), nlp=nlp))


def test_text_too_dense_in_tokens_is_refused_with_a_clear_error(nlp):
    text = "| a " * (MAX_TOKENS // 2 + 10)
    with pytest.raises(ExtractionError, match=r"t: article has [\d,]+ tokens; newsgraph parses at most"):
        extract_document(Document(id="t", text=text), nlp=nlp)
    # in a stream, the documents around it are kept
    errors = []
    docs = [Document(id="a", text="The tanker Sea Star called at Gdansk."), Document(id="big", text=text),
            Document(id="c", text="The tanker Nord Crest called at Gdansk.")]
    got = [dg.document.id for dg in process(docs, nlp=nlp, on_error=lambda d, e: errors.append((d.id, str(e))))]
    assert got == ["a", "c"] and errors[0][0] == "big" and "tokens" in errors[0][1]


def test_a_capital_in_a_port_column_is_the_port(extract, facts):
    # a new-user trial's detention table: "Tallinn" was taken for Estonia (a capital standing for its country)
    got = facts(extract("Estonia detained two tankers.\n\nShip's name | IMO | Flag | Company | Place of detention\n"
                        "Nord Crest 1 | 9123456 | Panama | Vega Shipping Ltd | Tallinn\n"))
    assert ("Nord Crest 1", "VISITED", "Tallinn") in got


def test_runs_of_punctuation_under_the_long_run_limit_are_cut_too(nlp):
    # a break-it trial's 1 MB of 999-character runs of apostrophes: each run just under the 1,000 limit, the
    # tokenizer took minutes; a run that is mostly punctuation is cut every 32 characters, a URL is left alone
    url = "https://example.org/" + "a1b2c3d4/" * 10
    text = "Rule line:\n" + "'" * 999 + "\n" + url + "\n"
    kept = doc_text(make_doc(nlp, text))
    assert len(kept) == len(text) and "'" * 33 not in kept and url in kept
