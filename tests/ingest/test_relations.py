"""Relation rules, modality, evidence and validation on invented sentences."""

from __future__ import annotations

from newsgraph.graph.model import Document
from newsgraph.ingest import extract as ex
from newsgraph.ingest.pipeline import process
from newsgraph.ontology import load_ontology


def test_every_ship_in_a_list_visits_every_port(extract, facts):
    dg = extract("Three tankers - the Blue Heron, the Karsk Dawn and the Ostrava - sailed from the port of "
                 "Umbria to Tellaro and Pesca ports in Freedonia.")
    got = facts(dg)
    for ship in ("Blue Heron", "Karsk Dawn", "Ostrava"):
        for port in ("Umbria", "Tellaro", "Pesca"):
            assert (ship, "VISITED", port) in got


def test_located_in_from_possessive_and_in(extract, facts):
    dg = extract("The freighter Lune Grise loaded at Russia's Tamsk and Ulyan ports and later docked at "
                 "Kellavik port in Norway.")
    got = facts(dg)
    assert ("Tamsk", "LOCATED_IN", "Russia") in got
    assert ("Ulyan", "LOCATED_IN", "Russia") in got
    assert ("Kellavik", "LOCATED_IN", "Norway") in got


def test_cargo_carried_by_the_ships_referred_to_later(extract, facts):
    dg = extract("Four ships - the Pale Moon, the Varno, the Kesh-2 and the Lotta - made 20 journeys between "
                 "Sorvo port and Tamsk port. The vessels carried artillery shells, officials said.")
    got = facts(dg)
    for ship in ("Pale Moon", "Varno", "Kesh-2", "Lotta"):
        assert (ship, "TRANSPORTED", "artillery shells") in got
    visit = next(r for r in dg.relations if r.predicate == "VISITED")
    assert visit.qualifiers.get("count") == 20


def test_hedge_negation_and_attribution(extract):
    dg = extract("According to Tideline Analytics, the tanker Pale Moon may have carried crude oil. "
                 "The tanker Pale Moon did not call at the port of Qorvath.")
    names = {e.id: e.name for e in dg.entities.values()}
    by = {(names[r.subject], r.predicate, names[r.object]): r for r in dg.relations}
    carried = by[("Pale Moon", "TRANSPORTED", "crude oil")]
    assert carried.modality == "speculated"
    assert carried.attributed_to == ["Tideline Analytics"]
    assert by[("Pale Moon", "VISITED", "Qorvath")].modality == "negated"
    assert ("Tideline Analytics", "REPORTED", "Pale Moon") in by


def test_sanctions_body_and_targets(extract, facts):
    dg = extract("The European Union sanctioned the tanker Cold Fjord and its manager, Norvik Ship Management. "
                 "The Office of Foreign Assets Control (OFAC) added the Grey Otter to its list of "
                 "Specially Designated Nationals.")
    got = facts(dg)
    assert ("European Union", "SANCTIONED", "Cold Fjord") in got
    assert ("Office of Foreign Assets Control", "SANCTIONED", "Grey Otter") in got


def test_flag_owner_and_operator(extract, facts):
    dg = extract("The Cold Fjord, a Gabon-flagged tanker, is managed by Norvik Ship Management. "
                 "Its registered owner is Harlow Maritime Ltd.")
    got = facts(dg)
    assert ("Cold Fjord", "FLAGGED_IN", "Gabon") in got
    assert ("Norvik Ship Management", "OWNS_OR_OPERATES", "Cold Fjord") in got
    assert ("Harlow Maritime Ltd.", "OWNS_OR_OPERATES", "Cold Fjord") in got


def test_titles_lead_and_affiliation(extract, facts):
    dg = extract("Russian President Vladimir Putin met Ivo Brandt, a German lawmaker. "
                 "Tideline Analytics chief executive Mara Olsen said nothing.")
    got = facts(dg)
    assert ("Vladimir Putin", "LEADS", "Russia") in got
    assert ("Ivo Brandt", "AFFILIATED_WITH", "Germany") in got
    assert ("Mara Olsen", "LEADS", "Tideline Analytics") in got


def test_shipments_and_agreements(extract, facts):
    dg = extract("Officials confirmed shipments of Iranian drones to Russia under an agreement between "
                 "Iran and Russia.")
    got = facts(dg)
    assert ("Iran", "SHIPPED_TO", "Russia") in got
    assert ("Iran", "AGREEMENT_WITH", "Russia") in got or ("Russia", "AGREEMENT_WITH", "Iran") in got


def test_off_topic_transfer_gives_no_shipping_facts(extract):
    dg = extract("Striker Tom Reyes completed his transfer from Kingsbridge United to Real Lisboa for a "
                 "record fee. The deal was agreed with Kingsbridge United on Friday, the club said.")
    assert not [r for r in dg.relations if r.predicate in ("SHIPPED_TO", "TRANSPORTED", "SANCTIONED", "VISITED")]


def test_evidence_points_at_the_sentence_in_the_text(extract):
    text = "Markets were calm.\nThe tanker Pale Moon docked at the port of Qorvath on 12 February 2024."
    dg = extract(text)
    rel = next(r for r in dg.relations if r.predicate == "VISITED")
    ev = rel.evidence[0]
    assert text[ev.start:ev.end].strip() == ev.sentence
    assert ev.sentence.startswith("The tanker Pale Moon")
    assert ev.rule and 0 < ev.confidence <= 1
    assert rel.qualifiers.get("date") == "2024-02-12"


def test_relations_respect_the_ontology(extract):
    onto = load_ontology()
    dg = extract("According to Tideline Analytics, Russian President Vladimir Putin said the tanker Pale Moon, "
                 "a Panama-flagged ship owned by Harlow Maritime Ltd, carried drones from Iran to Russia and "
                 "docked at the port of Qorvath in Syria.")
    assert dg.relations
    for r in dg.relations:
        s, o = dg.entities[r.subject], dg.entities[r.object]
        assert onto.relation(r.predicate).allows(s.type, o.type), (s, r.predicate, o)


def test_candidates_outside_domain_and_range_are_dropped(nlp):
    doc = nlp("Vladimir Putin visited the port of Qorvath.")
    from newsgraph.ingest.resolve import mentions, resolve

    ms = mentions(doc)
    entities = resolve(ms)
    person = next(m for m in ms if m.type == "Person")
    port = next(m for m in ms if m.type == "Port")
    sent = next(doc.sents)
    ctx = ex._Ctx(doc, ms, entities)
    cand = ex.Candidate(person, "VISITED", port, "test.rule", 0.5, sent)
    dg = ex._build(Document(id="t", text=doc.text), doc, ctx, [cand], {}, load_ontology())
    assert not dg.relations
    assert dg.dropped == [{"subject": "Vladimir Putin", "predicate": "VISITED", "object": "Qorvath",
                           "reason": "DOMAIN_MISMATCH", "sentence": sent.text}]


def test_process_streams_in_order(nlp):
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate([
        "The tanker Pale Moon docked at the port of Qorvath.",
        "Nothing happened today.",
        "The European Union sanctioned the tanker Cold Fjord.",
    ])]
    out = list(process(docs, nlp=nlp, batch_size=2))
    assert [g.document.id for g in out] == ["d0", "d1", "d2"]
    assert not out[1].relations
    assert any(r.predicate == "SANCTIONED" for r in out[2].relations)


def test_process_reports_a_failing_document_and_goes_on(nlp, monkeypatch):
    from newsgraph.exceptions import ExtractionError
    from newsgraph.ingest import pipeline

    real = pipeline.extract_relations

    def fail_on_second(doc, document, ms, entities):
        if document.id == "bad":
            raise ValueError("rule exploded")
        return real(doc, document, ms, entities)

    monkeypatch.setattr(pipeline, "extract_relations", fail_on_second)
    docs = [Document(id=i, text="The tanker Pale Moon docked at the port of Qorvath.", source=f"{i}.txt")
            for i in ("a", "bad", "c")]
    errors = []
    out = list(process(docs, nlp=nlp, on_error=lambda d, e: errors.append((d.id, str(e)))))
    assert [g.document.id for g in out] == ["a", "c"]
    assert errors and errors[0][0] == "bad" and "bad.txt" in errors[0][1] and "rule exploded" in errors[0][1]
    import pytest

    with pytest.raises(ExtractionError, match="bad.txt"):
        list(process(docs, nlp=nlp))


def test_evidence_offsets_slice_the_stripped_sentence(extract):
    text = ("  Tanker trail\n\nThe tanker Pale Moon docked at Sorvo port in Freedonia.\n"
            "The tanker Pale Moon carried crude oil, Tideline Analytics said.  \n")
    dg = extract(text)
    evs = [e for r in dg.relations for e in r.evidence]
    assert evs
    for e in evs:
        assert text[e.start:e.end] == e.sentence
        assert e.sentence == e.sentence.strip()


def test_fast_dates_agree_with_dateparser():
    cases = ["12 February 2024", "Feb. 12, 2024", "February 2024", "2023", "February", "May 9", "9 May",
             "December 31", "Dec 28", "January 1", "February 29", "last year", "This year", "last month",
             "this month", "last week", "yesterday"]
    for published in ("2025-05-10", "2024-02-29", "2025-01-01", "2024-03-01"):
        for text in cases:
            fast = ex._explicit_date(text, published)
            assert fast is not None, text
            # against dateparser alone (_parse_date itself takes the fast path first)
            assert fast == ex._dateparser_date(text, published), (text, published)
