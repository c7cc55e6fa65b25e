"""Negation that contradicts a claim, and negation that must not spread to the next clause.

All texts are invented.
"""

from __future__ import annotations

from newsgraph.graph.model import NOT_FACT, DocumentGraph


def _modalities(dg: DocumentGraph, pred: str) -> dict[tuple[str, str], str]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], names[r.object]): r.modality for r in dg.relations if r.predicate == pred}


def test_negation_stops_at_a_coordinated_clause_with_its_own_subject(extract) -> None:
    dg = extract("Iran cannot build jet engines of its own, and Tehran sends drones to Venezuela.")
    shipped = _modalities(dg, "SHIPPED_TO")
    assert shipped.get(("Iran", "Venezuela")) in ("asserted", "reported"), shipped


def test_a_claim_contradicted_by_tracking_data_is_not_a_fact(extract) -> None:
    dg = extract("Bloggers claimed the tanker Pale Marlin had loaded fuel at the port of Kestrow, but tracking "
                 "data from ShipWatch show that the Pale Marlin did not enter Kestrow this year.")
    visited = _modalities(dg, "VISITED")
    assert visited.get(("Pale Marlin", "Kestrow")) in NOT_FACT, visited


def test_a_declared_destination_the_writer_rejects_is_not_a_fact(extract) -> None:
    dg = extract("The tanker Pale Marlin is broadcasting Valletta as destination. We don't buy it: her draught "
                 "suggests she is heading to Piraeus, not Valletta.")
    visited = _modalities(dg, "VISITED")
    assert visited.get(("Pale Marlin", "Valletta")) in NOT_FACT, visited


def test_a_registry_without_the_ship_negates_the_flag(extract) -> None:
    dg = extract("The tanker Pale Marlin sails under the flag of Panama, which says it has no such ship on its registry.")
    flags = _modalities(dg, "FLAGGED_IN")
    assert flags.get(("Pale Marlin", "Panama")) in NOT_FACT, flags


def test_a_voyage_dated_to_history_is_not_news(extract) -> None:
    dg = extract("In 1912 the steamer Kaiser Wilhelm sailed from Hamburg to New York on her maiden voyage.")
    assert not [r for r in dg.relations if r.predicate == "VISITED"]


def _sanctions(dg: DocumentGraph) -> dict[tuple[str, str], str]:
    return _modalities(dg, "SANCTIONED")


def test_yet_to_sanction_is_not_a_sanction(extract) -> None:
    dg = extract("The European Union has yet to sanction the tanker Pale Marlin.")
    assert _sanctions(dg).get(("European Union", "Pale Marlin")) in NOT_FACT, _sanctions(dg)


def test_but_not_the_second_target_is_negated(extract) -> None:
    dg = extract("The European Union sanctioned Kestrow Trading but not its subsidiary Pale Marlin Shipping LLC.")
    got = _sanctions(dg)
    assert got.get(("European Union", "Kestrow Trading")) == "asserted", got
    assert got.get(("European Union", "Pale Marlin Shipping LLC")) in NOT_FACT, got


def test_not_among_the_sanctioned_is_negated(extract) -> None:
    dg = extract("Pale Marlin Shipping LLC is not among the companies sanctioned by the European Union.")
    assert _sanctions(dg).get(("European Union", "Pale Marlin Shipping LLC")) in NOT_FACT, _sanctions(dg)


def test_a_call_still_to_come_is_not_a_visit(extract) -> None:
    dg = extract("The cruise ship Aurora Glint is to call at Piraeus in June.")
    assert not [r for r in dg.relations if r.predicate == "VISITED"]


def test_an_off_topic_feature_gives_no_voyages(extract) -> None:
    filler = ("Families queued for fish soup and music played on the quay until late in the evening. " * 12)
    dg = extract("The harbour festival opened on Saturday with a parade of tall ships. The schooner Morgenlicht "
                 "arrived at Piraeus on Friday with a crew of volunteers, the organisers said. " + filler)
    assert not [r for r in dg.relations if r.predicate in ("VISITED", "TRANSPORTED", "SHIPPED_TO", "SANCTIONED")]
    # the pruning report (`ingest -v`) says what the guard took out, and why
    assert {(d["subject"], d["predicate"], d["object"], d["reason"]) for d in dg.dropped} >= {
        ("Morgenlicht", "VISITED", "Piraeus", "OFF_TOPIC")}


def test_a_voyage_still_to_come_is_reported_as_dropped(extract) -> None:
    dg = extract("The tanker Pale Marlin is to call at Piraeus next month with a cargo of crude oil.")
    assert not [r for r in dg.relations if r.predicate == "VISITED"]
    assert ("Pale Marlin", "VISITED", "Piraeus", "NOT_YET_DONE") in {
        (d["subject"], d["predicate"], d["object"], d["reason"]) for d in dg.dropped}


def test_an_on_topic_port_call_is_kept(extract) -> None:
    filler = ("Families queued for fish soup and music played on the quay until late in the evening. " * 12)
    dg = extract("The sanctioned tanker Pale Marlin, part of Russia's shadow fleet, docked at Piraeus on Friday "
                 "with a cargo of crude oil. " + filler)
    assert [r for r in dg.relations if r.predicate == "VISITED"]


def test_none_as_the_subject_negates(extract) -> None:
    dg = extract("None of the three companies, including Pale Marlin Shipping LLC, has been sanctioned by the "
                 "European Union.")
    assert _sanctions(dg).get(("European Union", "Pale Marlin Shipping LLC")) in NOT_FACT, _sanctions(dg)


def test_reports_called_false_negate_any_relation(extract) -> None:
    dg = extract("Reports that the European Union sanctioned Pale Marlin Shipping LLC are false, a spokesman said.")
    assert _sanctions(dg).get(("European Union", "Pale Marlin Shipping LLC")) in NOT_FACT, _sanctions(dg)


def test_no_evidence_that_negates(extract) -> None:
    dg = extract("There is no evidence that the tanker Pale Marlin has been sanctioned by the European Union.")
    assert _sanctions(dg).get(("European Union", "Pale Marlin")) in NOT_FACT, _sanctions(dg)


def test_a_sanction_only_urged_or_planned_is_not_stated(extract) -> None:
    for text in ("The European Union plans to sanction Pale Marlin Shipping LLC next month.",
                 "The European Union will sanction Pale Marlin Shipping LLC next month.",
                 "Ukraine has urged the European Union to sanction Pale Marlin Shipping LLC."):
        dg = extract(text)
        assert not [r for r in dg.relations if r.predicate == "SANCTIONED" and r.modality not in NOT_FACT], text


def test_but_not_the_second_body_is_negated(extract) -> None:
    dg = extract("The United Kingdom, but not the European Union, has sanctioned Pale Marlin Shipping LLC.")
    got = _sanctions(dg)
    assert got.get(("United Kingdom", "Pale Marlin Shipping LLC")) == "asserted", got
    assert got.get(("European Union", "Pale Marlin Shipping LLC")) in NOT_FACT, got
