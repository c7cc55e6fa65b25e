"""Negation that outweighs another sentence's assertion, and the accused's quoted denial that does not;
sources of REPORTED. All texts are invented.
"""

from __future__ import annotations

from newsgraph.graph.model import NOT_FACT, DocumentGraph


def _modalities(dg: DocumentGraph, pred: str) -> dict[tuple[str, str], str]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], names[r.object]): r.modality for r in dg.relations if r.predicate == pred}


def test_a_third_party_negation_outweighs_a_declared_destination(extract) -> None:
    dg = extract("The tanker Pale Marlin left the port of Kestrow on May 2 declaring Varnholm as its destination. "
                 "The Varnholm Port Authority told local reporters that the tanker did not call at Varnholm.")
    visited = _modalities(dg, "VISITED")
    assert visited.get(("Pale Marlin", "Varnholm")) in NOT_FACT, visited
    assert visited.get(("Pale Marlin", "Kestrow")) not in NOT_FACT, visited


def test_the_accused_quoted_denial_negates_nothing(extract) -> None:
    dg = extract("Tracking data show the tanker Pale Marlin loaded fuel at the port of Kestrow in March. "
                 "\"The Pale Marlin did not call at Kestrow,\" the ship's owner said in a statement.")
    visited = _modalities(dg, "VISITED")
    assert visited.get(("Pale Marlin", "Kestrow")) not in NOT_FACT, visited


def _reported(dg: DocumentGraph) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], names[r.object]) for r in dg.relations
            if r.predicate == "REPORTED" and r.modality not in NOT_FACT}


def test_the_owner_denial_reports_on_nobody(extract) -> None:
    dg = extract("The tanker Pale Marlin loaded crude at the port of Kestrow in March, tracking data show. "
                 "Varnholm Shipping, the manager of the Pale Marlin, said the Pale Marlin had never called "
                 "at Kestrow.")
    assert ("Varnholm Shipping", "Pale Marlin") not in _reported(dg), _reported(dg)


def test_a_spokesman_denying_for_his_country_reports_nothing(extract) -> None:
    dg = extract("Peru shipped rifles to Ecuador last year, according to the Andean Arms Monitor. "
                 "Luis Arana, a spokesman for Peru's foreign ministry, said Peru \"has never sent any weapons\" "
                 "to Ecuador.")
    got = _reported(dg)
    assert not any(s == "Luis Arana" for s, _ in got), got


def test_an_agency_named_before_a_closing_reported(extract) -> None:
    dg = extract("A court in Kestrow ordered the arrest of the tanker Pale Marlin on Wednesday at the request of "
                 "a bunker supplier, Baltic Wire Agency (BWA) reported.")
    assert ("Baltic Wire Agency", "Pale Marlin") in _reported(dg), _reported(dg)


def test_a_name_closing_a_title_phrase_is_the_speaker(extract) -> None:
    dg = extract("Russian Ambassador to Bangladesh Ivan Sokolov told TASS on Friday that the cargo ship Pale Marlin "
                 "had arrived at the port of Callao.")
    got = _reported(dg)
    assert any("Sokolov" in s and o == "Pale Marlin" for s, o in got), got


def test_a_trailing_per_names_the_source(extract) -> None:
    dg = extract("The tanker Pale Marlin changed its flag to Panama in March, per Kplerix Analytics.")
    assert ("Kplerix Analytics", "Pale Marlin") in _reported(dg), _reported(dg)


def _facts(dg: DocumentGraph) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations if r.modality not in NOT_FACT}


def test_cargo_still_to_be_shipped_is_not_carried(extract) -> None:
    dg = extract("Rifles from Peru are to be shipped to Ecuador aboard the cargo ship Pale Marlin.")
    assert ("Pale Marlin", "TRANSPORTED", "rifles") not in _facts(dg), _facts(dg)


def test_supposed_going_to_and_expected_in_are_no_port_calls(extract) -> None:
    for text in ("The tanker Pale Marlin was supposed to call at the port of Kestrow.",
                 "The tanker Pale Marlin is going to carry crude oil to the port of Kestrow.",
                 "The tanker Pale Marlin is expected in the port of Kestrow on Friday."):
        got = _facts(extract(text))
        assert ("Pale Marlin", "VISITED", "Kestrow") not in got, (text, got)


def test_an_offer_to_ship_is_no_shipment(extract) -> None:
    dg = extract("Peru has offered to ship 40 howitzers to Ecuador.")
    assert ("Peru", "SHIPPED_TO", "Ecuador") not in _facts(dg), _facts(dg)


def test_a_country_that_ships_in_the_reported_clause_is_reported_on(extract) -> None:
    dg = extract("The Andean Arms Monitor estimated that Peru has shipped more than 9,000 crates of ammunition "
                 "since March.")
    assert ("Andean Arms Monitor", "Peru") in _reported(dg), _reported(dg)


def test_the_accused_side_calling_reports_groundless_reports_nothing(extract) -> None:
    dg = extract("Peru shipped rifles to Ecuador last year, according to the Andean Arms Monitor. "
                 "Peru's foreign ministry spokesperson, Luis Arana, said reports of Peruvian rifles arriving in "
                 "Ecuador were \"groundless\".")
    got = _reported(dg)
    assert not any(s == "Luis Arana" for s, _ in got), got



def test_a_claim_contradicted_by_records_is_not_a_fact(extract) -> None:
    for text in ("The owner said the tanker Pale Marlin called at the port of Kestrow, a claim contradicted by "
                 "port records.",
                 "The tanker Pale Marlin claimed to have visited the port of Kestrow, but port records show it did not."):
        got = _facts(extract(text))
        assert ("Pale Marlin", "VISITED", "Kestrow") not in got, (text, got)


def test_a_seizure_report_is_on_the_shipper_not_the_boarding_team(extract) -> None:
    dg = extract("The Andean Naval Command said on Tuesday that the Peruvian Navy had seized Bolivian-made rifles "
                 "from a fishing boat off the coast.")
    got = _reported(dg)
    assert ("Andean Naval Command", "Bolivia") in got, got
    assert ("Andean Naval Command", "Peruvian Navy") not in got, got


def test_a_warship_is_not_what_a_source_reports_on(extract) -> None:
    dg = extract("The patrol ship HMS Kestrel shadowed the cargo ships Pale Marlin and Grey Heron through the "
                 "strait. A spokesman for the embassy, Ivan Sokolov, told reporters that the vessels were "
                 "carrying civilian goods.")
    got = _reported(dg)
    assert not any(o == "HMS Kestrel" for _, o in got), got


def test_sending_congratulations_is_no_shipment_to_report(extract) -> None:
    dg = extract("The Andean Press Office said Chile had sent its congratulations to the new president.")
    got = _reported(dg)
    assert not any(o == "Chile" for _, o in got), got


def test_a_manager_denial_in_a_second_conjunct_reports_nothing(extract) -> None:
    dg = extract("Varnholm Shipping, the manager of the tanker Pale Marlin, wrote that the Pale Marlin \"has valid "
                 "cover\" and had \"never carried sanctioned cargo\".")
    assert ("Varnholm Shipping", "Pale Marlin") not in _reported(dg), _reported(dg)


def test_a_regulator_speaking_of_itself_reports_on_no_ship(extract) -> None:
    dg = extract("The tankers Pale Marlin and Grey Heron swapped cargo off the cape. The Kestrow Maritime "
                 "Authority told reporters that such transfers are \"outside its jurisdiction\", but that it "
                 "shares data on suspicious vessels with its neighbours.")
    got = _reported(dg)
    assert not any(o in ("Pale Marlin", "Grey Heron") for _, o in got), got


_LAUNCH_STORY = (
    "Small launch firms court foreign clients as demand for rides to orbit grows\n\n"
    "Private rocket makers in Peru are booking more foreign customers than ever, according to figures released on "
    "Monday by the national space agency. The agency said eleven companies now offer launches from the coastal "
    "range, up from four two years ago, and that most of their clients are universities and start-ups that build "
    "small satellites for weather and farming data. Maria Gonzalez, an analyst at market researcher Orbitline, wrote "
    "in a note on Friday that Peruvian private launchers could capture about six percent of the global market for payloads under "
    "500 kilograms by the end of the decade. She said prices had fallen by a third since 2021, helped by reusable "
    "first stages and cheaper fuel, and that insurers were treating the newer vehicles more kindly. The agency plans "
    "to open a second pad next spring and to simplify the licensing process, which companies describe as slow. "
    "Several firms said they would hire more engineers this year, and one said it had signed a letter of intent "
    "with a European university for three flights. Officials expect the sector to employ about 2,000 people by 2028.")


def test_an_off_topic_forecast_reports_on_no_supplier(extract) -> None:
    got = _reported(extract(_LAUNCH_STORY))
    assert not any(o == "Peru" for _, o in got), got
