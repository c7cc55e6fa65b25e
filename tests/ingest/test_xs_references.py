"""References across sentences: "its", "the company", "it" resolved to an earlier named entity.

Invented sentences only (no development text).
"""

from __future__ import annotations

from tests.ingest.conftest import triples


def _people(dg):
    return {t for t in triples(dg) if t[1] in ("LEADS", "AFFILIATED_WITH")}


def test_its_after_a_short_name_subject(extract):
    # the subject uses a short form of the company's full name; "Its director" is that company's
    got = _people(extract(
        "Steel lathes worth 4 million euros were sold by Brenmoor Precision Tools GmbH to Talvik Metals OOO "
        "in Omsk last year, customs data show. Brenmoor Precision Tools, too, is a company of a special kind: "
        "no website and an office in a flat. Its director, Ulrich Fensmark, did not answer questions."))
    assert ("Ulrich Fensmark", "LEADS", "Brenmoor Precision Tools GmbH") in got
    assert not any(o.startswith("Talvik") for _, _, o in got)


def test_the_pair_refers_to_the_last_group_of_ships(extract):
    # "says the pair loaded at P": the parser makes "the pair" the object of "says"
    got = triples(extract(
        "The tankers Nordic Swan and Baltic Heron were added to the list in May. "
        "The ministry's notice says the pair loaded at Primorsk at least four times this year."))
    assert ("Nordic Swan", "VISITED", "Primorsk") in got
    assert ("Baltic Heron", "VISITED", "Primorsk") in got


def test_the_group_is_the_story_company(extract):
    # "The group's chief executive": the company the story is about (named most often), not the regulator
    got = _people(extract(
        "Harlowe Commodities Trading SA, a Geneva trader, has become a large buyer of Urals crude. "
        "Harlowe Commodities Trading SA moved 40 cargoes last year, according to port data. "
        "Harlowe Commodities Trading SA has not been designated by OFAC. "
        "The group's chief executive, Maria Olsen, said sales rose."))
    assert ("Maria Olsen", "LEADS", "Harlowe Commodities Trading SA") in got
    assert ("Maria Olsen", "LEADS", "OFAC") not in got


def test_the_group_followed_by_its_name_is_no_back_reference(extract):
    # "the group X": X is named right after the noun, so it is not the story's company
    got = _people(extract(
        "Harlowe Commodities Trading SA moved 40 cargoes last year. Harlowe Commodities Trading SA is based "
        "in Geneva. Aldo Ferri is the chairman of the group Ferri Marittima SpA."))
    assert ("Aldo Ferri", "LEADS", "Harlowe Commodities Trading SA") not in got


def _graph_without_later_mentions(nlp, text: str, short: str):
    """The graph of ``text`` when the entity step misses every later bare occurrence of ``short`` (as
    spaCy does when it labels a short name NORP or nothing), to test the reference fallback alone."""
    from newsgraph.graph.model import Document
    from newsgraph.ingest.extract import extract_relations
    from newsgraph.ingest.pipeline import index_sentences, mentions, resolve

    doc = nlp(text)
    index_sentences(doc)
    ms = [m for m in mentions(doc) if m.text != short]
    return extract_relations(doc, Document(id="t", text=text), ms, resolve(ms, None))


def test_short_name_refers_to_the_full_company_name(nlp):
    # "Calderon Freight" later in the story is "Calderon Freight Services LLC" named in full earlier
    dg = _graph_without_later_mentions(nlp, (
        "Calderon Freight Services LLC, a Dubai trading house, bought the engines from a Chinese maker. "
        "In March the U.S. Treasury sanctioned Calderon Freight for its role in the trade."), "Calderon Freight")
    assert ("U.S. Treasury", "SANCTIONED", "Calderon Freight Services LLC") in triples(dg)


def test_a_ship_name_with_a_number_is_no_short_company_name(nlp):
    dg = _graph_without_later_mentions(nlp, (
        "The tanker is owned by Hai Feng Shipping Co. Ltd of Hong Kong. "
        "In September the British government sanctioned Hai Feng 9."), "Hai Feng 9")
    assert not any(r == "SANCTIONED" and o.startswith("Hai Feng Shipping") for _, r, o in triples(dg))
