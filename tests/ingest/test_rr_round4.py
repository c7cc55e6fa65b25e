"""Negation across sentences (a registry that disowns a flag, a source's report contradicted by a third
party) and sources named by a back-reference ("the report says"). All texts are invented.
"""

from __future__ import annotations

from newsgraph.graph.model import NOT_FACT, DocumentGraph


def _modalities(dg: DocumentGraph, pred: str) -> dict[tuple[str, str], str]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], names[r.object]): r.modality for r in dg.relations if r.predicate == pred}


def _reported(dg: DocumentGraph) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], names[r.object]) for r in dg.relations
            if r.predicate == "REPORTED" and r.modality not in NOT_FACT}


def test_a_registry_that_disowns_the_ship_negates_the_flag_it_flies(extract) -> None:
    dg = extract("The cargo ship Pale Marlin left the port of Kestrow on May 2. During the voyage it was "
                 "broadcasting the flag of Belize. The Belize Maritime Authority told investigators that the "
                 "Pale Marlin is not entered in its ship register.")
    flags = _modalities(dg, "FLAGGED_IN")
    assert flags.get(("Pale Marlin", "Belize")) in NOT_FACT, flags


def test_another_registry_denial_leaves_the_flag(extract) -> None:
    dg = extract("The cargo ship Pale Marlin left the port of Kestrow on May 2. It flies the flag of Belize. "
                 "The Panama Maritime Authority said that the Pale Marlin is not entered in its ship register.")
    flags = _modalities(dg, "FLAGGED_IN")
    assert flags.get(("Pale Marlin", "Belize")) not in NOT_FACT, flags


def test_the_report_says_credits_the_report_author(extract) -> None:
    dg = extract("Machine tools are reaching Ecuador through Peru, according to a report published on Monday by "
                 "the watchdog Andean Trade Monitor. The cargo ship Pale Marlin loaded machine tools at Callao "
                 "in June and delivered them to Guayaquil, the report says.")
    vis = _modalities(dg, "VISITED")
    assert vis.get(("Pale Marlin", "Callao")) == "reported", vis
    assert ("Andean Trade Monitor", "Pale Marlin") in _reported(dg), _reported(dg)


def test_a_port_authority_contradicts_what_a_report_said(extract) -> None:
    dg = extract("Machine tools are reaching Ecuador through Peru, according to a report published on Monday by "
                 "the watchdog Andean Trade Monitor. The cargo ship Pale Marlin loaded machine tools at Callao "
                 "in June and delivered them to Guayaquil, the report says. The port administration rejected "
                 "the claim. In a statement, it said the Pale Marlin \"has not called at Callao this year.\"")
    vis = _modalities(dg, "VISITED")
    assert vis.get(("Pale Marlin", "Callao")) in NOT_FACT, vis
    assert vis.get(("Pale Marlin", "Guayaquil")) not in NOT_FACT, vis


_STORY = ("The tanker Pale Marlin loaded crude at the port of Kestrow on May 2, tracking data show. "
          "The Pale Marlin then sailed to Varnholm. The Pale Marlin was seen again at Kestrow in June. ")


def test_a_source_line_with_no_ship_reports_on_no_ship(extract) -> None:
    dg = extract(_STORY + "Trade between Peru and Chile grew by 12% last year, according to the Andean Trade Office.")
    assert ("Andean Trade Office", "Pale Marlin") not in _reported(dg), _reported(dg)


def test_a_source_line_about_the_tanker_reports_on_it(extract) -> None:
    dg = extract(_STORY + "The tanker was detained for two days last week, according to the Andean Trade Office.")
    assert ("Andean Trade Office", "Pale Marlin") in _reported(dg), _reported(dg)


def test_a_participle_accusation_reports_on_the_accused(extract) -> None:
    dg = extract("In May, the Andean Trade Office designated the Lima company Condor Freight SAC and its director, "
                 "Luis Arana, accusing them of supplying Ecuadorian arms firms with machine tools.")
    assert ("Andean Trade Office", "Condor Freight SAC") in _reported(dg), _reported(dg)


def test_citing_data_from_a_tracker_names_a_source(extract) -> None:
    dg = extract("The cargo ship Pale Marlin loaded machine tools at Callao in June and delivered them to "
                 "Guayaquil, officials said, citing tracking data from VesselWatch.")
    assert ("VesselWatch", "Pale Marlin") in _reported(dg), _reported(dg)
