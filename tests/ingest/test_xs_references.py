"""References across sentences: "its", "the company", "it" resolved to an earlier named entity.

Invented sentences only (no development text).
"""

from __future__ import annotations


def triples(dg):
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


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
