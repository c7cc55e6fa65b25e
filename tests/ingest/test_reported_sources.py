"""REPORTED sources and what they report on, on invented text."""

from __future__ import annotations


def _triples(dg):
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


def _reported(dg):
    return {(s, o) for s, p, o in _triples(dg) if p == "REPORTED"}


def test_back_reference_resolves_where_the_source_speaks(extract):
    dg = extract("The tanker Corvo Star was detained off Lisbon on Monday. The Portuguese Navy said the vessel "
                 "had switched off its transponder. Two weeks earlier, officers had detained another tanker, "
                 "the Merlin Bay, near Porto.")
    got = _reported(dg)
    assert ("Portuguese Navy", "Corvo Star") in got
    assert ("Portuguese Navy", "Merlin Bay") not in got


def test_a_persons_remark_without_a_ship_reports_on_no_ship(extract):
    dg = extract("The tanker Corvo Star was detained off Lisbon. The Corvo Star had loaded oil at Sines. "
                 "Officers boarded the Corvo Star at dawn. "
                 "\"We will not tolerate this,\" the minister, Rui Alves, said on Tuesday.\n\n"
                 "Rui Alves said the government would review its maritime laws next year.")
    assert not any(s == "Rui Alves" for s, o in _reported(dg))


def test_an_unrecognised_named_speaker_does_not_make_the_outlet_a_source(extract):
    dg = extract("The tanker Corvo Star was detained off Lisbon. Shipping Jamaica, the island's "
                 "maritime regulator, told Lloyd's List that the Corvo Star had lost its certificate.")
    assert not any(s == "Lloyd's List" for s, o in _reported(dg))


def test_data_source_shows_the_vessel_named_before(extract):
    dg = extract("The tanker Corvo Star left Sines in May. Tidewatch Analytics data show the vessel loading fuel oil at "
                 "Sines and handing it over to the Merlin Bay, a Gabon-flagged tanker.")
    got = _reported(dg)
    assert ("Tidewatch Analytics", "Corvo Star") in got
    assert ("Tidewatch Analytics", "Merlin Bay") not in got


def test_imagery_from_a_provider_at_sentence_start(extract):
    dg = extract("The clearest case is the Corvo Star, a Gabon-flagged bulk carrier. Satellite imagery from "
                 "Orbital Eyes Inc shows it loading coal at Sines on four occasions.")
    assert ("Orbital Eyes Inc", "Corvo Star") in _reported(dg)


def test_a_company_that_says_it_speaks_of_itself(extract):
    dg = extract("The tanker Corvo Star was detained off Lisbon. The Corvo Star had loaded oil at Sines. "
                 "Officers boarded the Corvo Star at dawn. Brightwater Shipping Ltd said it would appeal "
                 "the ruling.")
    assert ("Brightwater Shipping Ltd", "Corvo Star") not in _reported(dg)


def test_an_outlet_that_says_it_speaks_of_the_ship(extract):
    dg = extract("The tanker Corvo Star sank off Lisbon. The Harbour Courier newspaper reported that it had "
                 "carried tractors.")
    assert any(o == "Corvo Star" for s, o in _reported(dg))


def test_an_agency_that_suspects_is_a_source(extract):
    dg = extract("A patrol aircraft photographed the tanker Corvo Star beside another ship. The Ministry of "
                 "Defence strongly suspects that fuel was being transferred to the Corvo Star.")
    assert any(s == "Ministry of Defence" and o == "Corvo Star" for s, o in _reported(dg))


def test_ships_in_the_sources_own_clause_are_not_its_report(extract):
    dg = extract("Brightwater Shipping Ltd, which owns the tanker Corvo Star, said the cargo was legal.")
    assert ("Brightwater Shipping Ltd", "Corvo Star") not in _reported(dg)


def test_an_operator_in_apposition_that_says_it(extract):
    dg = extract("The tanker Corvo Star dragged its anchor over the cable near Talsi. The cable's operator, "
                 "Balt Fibre SIA, said it registered a loss of signal at 02.17 local time.")
    assert not any(s == "Balt Fibre SIA" and o == "Corvo Star" for s, o in _reported(dg))


def test_a_report_published_by_an_outlet(extract):
    dg = extract("The Corvo Star, which flies the flag of Togo, was the subject of an investigation published on "
                 "Monday by Harbour Watch News, a Lisbon-based investigative outlet.")
    assert ("Harbour Watch News", "Corvo Star") in _reported(dg)


def test_as_stated_by_the_head_of_an_agency_then_the_name(extract):
    dg = extract("Since 2022 Russia has shipped at least 2 million tonnes of grain to Syria, as stated by the head "
                 "of the Coastal Intelligence Service of Ukraine, Major General Ivan Kovalenko.")
    got = _reported(dg)
    assert ("Ivan Kovalenko", "Russia") in got
    assert not any(s.startswith("Coastal Intelligence") for s, o in got)


def test_a_persons_comment_that_only_mentions_the_vessel(extract):
    dg = extract("German customs seized the tanker Corvo Star off Rostock. Asked by reporters on Friday, "
                 "Kremlin spokesman Ivan Petrov said Moscow had no information about the vessel and did not "
                 "know who owned it.")
    assert ("Ivan Petrov", "Corvo Star") not in _reported(dg)


def test_a_companys_named_spokesman_is_the_source(extract):
    dg = extract("The tanker Corvo Star was detained off Lisbon. The Corvo Star had loaded oil at Sines. "
                 "The Harbour Guard's spokesman, Rui Alves, said that the Corvo Star had switched off its "
                 "transponder.")
    got = _reported(dg)
    assert ("Rui Alves", "Corvo Star") in got
    assert ("Harbour Guard", "Corvo Star") not in got


def test_a_director_speaking_of_the_company_reports_on_no_other_firm(extract):
    dg = extract("Brightwater Shipping Ltd sold the tanker Corvo Star to Merlin Bay Holdings Ltd in May. "
                 "Brightwater Shipping's director, Rui Alves, said the company had sold the ship through "
                 "a broker.")
    assert not any(o == "Merlin Bay Holdings Ltd" for s, o in _reported(dg))


def test_a_remark_about_every_tanker_is_no_report_on_the_ship(extract):
    dg = extract("The tanker Corvo Star was hit off Sines. The Corvo Star had loaded oil at Sines. "
                 "\"Every tanker that carries this oil is a target,\" navy spokesman Rui Alves told journalists.")
    assert not any(s == "Rui Alves" for s, o in _reported(dg))


def test_a_contractor_and_a_money_claimant_are_no_sources(extract):
    dg = extract("The tanker Corvo Star was arrested at Sines. The Corvo Star had loaded oil at Novorossiysk. "
                 "The restoration of the Corvo Star was carried out by the local yard Nordhafen Shipyard Ltd under "
                 "a contract signed in 2020. She was arrested there on 4 September by Merlin Bunkering Ltd, which "
                 "claims about US$1.4 million for bunkers supplied at Sines in May.")
    got = _reported(dg)
    assert not any(s in ("Nordhafen Shipyard Ltd", "Merlin Bunkering Ltd") for s, o in got)


def test_a_claim_about_many_ships_or_prices_is_no_report_on_the_ship(extract):
    dg = extract("The tanker Corvo Star was detained off Lisbon. The Corvo Star had loaded oil at Sines. "
                 "Officers boarded the Corvo Star at dawn. Prices for 15-year-old VLCCs have climbed to around "
                 "$45 million from $34 million at the start of 2024, TideValue estimates.")
    got = _reported(dg)
    assert not any(s == "TideValue" for s, o in got)


def test_data_from_a_named_tracking_service_shows(extract):
    dg = extract("The general cargo ship Corvo Star (IMO 9384716), which sails under the flag of Tanzania, left "
                 "Bandar Abbas on September 28 and berthed at Port Sudan on October 14, data from the "
                 "ship-tracking service SeaTrace shows.")
    assert ("SeaTrace", "Corvo Star") in _reported(dg)
