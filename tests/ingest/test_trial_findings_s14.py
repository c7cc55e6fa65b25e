"""Findings of 2026-12-01 on designation releases written the way sanctions offices write them: a list of
firms, one per line, after "designated the following entities:"."""

from __future__ import annotations

import pytest


def _triples(dg) -> set[tuple[str, str, str]]:
    """A document graph's relations as (subject name, predicate, object name)."""
    names = {eid: e.name for eid, e in dg.entities.items()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations}

LIST = """Treasury Targets Procurement Network

WASHINGTON - The Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated the \
following entities for supplying electronics to Russia's military-industrial base:

• Tengri Components Co., Ltd., of Moscow;
* Meridian Harbor Aviation Parts Inc.;
* Silkway Shipping Sp. z o.o.
* Vega Jinhai Import Export Corp. - United Arab Emirates
- Harbor Polar Technology Ltd. Sti.
• Meridian Vega Industrial S.A. (Turkey)
- Marlowe Precision Instruments GmbH
- Ege Orlik Machinery Limited (Russia);

The designations were made under Executive Order 14024.
"""
FIRMS = ["Tengri Components Co., Ltd.", "Meridian Harbor Aviation Parts Inc.", "Silkway Shipping Sp. z o.o.",
         "Vega Jinhai Import Export Corp.", "Harbor Polar Technology Ltd. Sti.", "Meridian Vega Industrial S.A.",
         "Marlowe Precision Instruments GmbH", "Ege Orlik Machinery Limited"]


def test_every_firm_of_a_designation_list_is_a_designee(extract):
    # a list line opening with a name and a legal form is one firm, whatever the model made of its words (it
    # typed "Components" a cargo, left "Meridian Vega Industrial S.A." out, cut "Ltd. Sti." into two sentences)
    dg = extract(LIST)
    names = {eid: e.name for eid, e in dg.entities.items()}
    designees = {names[r.object] for r in dg.relations if r.predicate == "SANCTIONED"
                 and names[r.subject] == "Office of Foreign Assets Control"}
    assert designees == set(FIRMS)
    assert all(e.type == "Organization" for e in dg.entities.values() if e.name in FIRMS)


@pytest.mark.parametrize("line", ["Arda Dis Ticaret Ltd. Sti. signed the contract.",
                                  "The buyer was Kaiyuan Holding Co. Ltd. of Shenzhen."])
def test_a_two_part_legal_form_is_not_cut_into_sentences(extract, line):
    dg = extract(line)
    firm = line.split(" Ltd.")[0].replace("The buyer was ", "")
    assert any(e.name.startswith(firm) and e.name.endswith(("Şti.", "Sti.", "Ltd.")) for e in dg.entities.values())


def test_an_entry_line_with_a_place_after_a_dash_names_the_firm(extract):
    dg = extract("OFAC designated the following entities:\n\n- Vega Jinhai Import Export Corp. - United Arab "
                 "Emirates\n- Huaxin Systems DMCC\n")
    names = {eid: e.name for eid, e in dg.entities.items()}
    designees = {names[r.object] for r in dg.relations if r.predicate == "SANCTIONED"}
    assert designees == {"Vega Jinhai Import Export Corp.", "Huaxin Systems DMCC"}


def test_a_sentence_opening_with_a_firm_is_no_entry(extract):
    # ("X Ltd bought ..." on a line of its own is a sentence: the entry rule leaves the model's reading alone)
    dg = extract("Tengri Components Ltd bought two cranes from Haldorf Marine.\n")
    assert "Tengri Components Ltd" in {e.name for e in dg.entities.values()}


TABLE = """Treasury Sanctions Suppliers of Russia's Drone Program

WASHINGTON - The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated the \
following entities:

| Name | Country | Role |
|---|---|---|
| Tengri Components Co., Ltd. | China | supplied microelectronics to Russian drone makers |
| Vega Jinhai Import Export Corp. | United Arab Emirates | re-exported machine tools |
| Arda Dis Ticaret Ltd. Sti. | Turkey | shipped bearings |

The designations were made under Executive Order 14024. Separately, Haldorf Marine GmbH said it had cut ties \
with its Chinese suppliers.
"""


def test_a_table_after_a_designation_heading_lists_the_designees(extract):
    dg = extract(TABLE)
    names = {eid: e.name for eid, e in dg.entities.items()}
    designees = {names[r.object] for r in dg.relations if r.predicate == "SANCTIONED"
                 and names[r.subject] == "Office of Foreign Assets Control"}
    assert designees == {"Tengri Components Co., Ltd.", "Vega Jinhai Import Export Corp.", "Arda Dis Ticaret Ltd. Sti."}
    rel = next(r for r in dg.relations if r.predicate == "SANCTIONED" and names[r.object].startswith("Arda"))
    assert "Arda Dis Ticaret Ltd. Sti." in rel.evidence[0].sentence and "Turkey" in rel.evidence[0].sentence


def test_a_listed_firm_not_its_country_is_the_shipper(extract):
    dg = extract("The Polish firm Marlowe Precision Sp. z o.o. was designated for supplying electronics to Russia. "
                 "OFAC sanctioned Kestrel Trading LLC for shipping drones to Iran.")
    shipped = {(s, o) for s, p, o in _triples(dg) if p == "SHIPPED_TO"}
    assert shipped == {("Marlowe Precision Sp. z o.o.", "Russia"), ("Kestrel Trading LLC", "Iran")}


def test_a_turkish_firms_first_word_taken_for_a_place_opens_its_name(extract):
    dg = extract("Deniz Yıldızı Denizcilik ve Ticaret Ltd. Şti. was also designated by OFAC.")
    assert {e.name for e in dg.entities.values() if e.type == "Organization"} == {
        "Deniz Yıldızı Denizcilik ve Ticaret Ltd. Şti.", "OFAC"}


def test_a_ship_named_but_not_found_is_no_reference_to_the_last_one(extract):
    # the model reads "Monday" as a date and "Spirit" as a firm: the second ship is not found, but "The tanker
    # Monday Spirit" names a ship of its own and does not refer back to the first
    dg = extract("The tanker Kestrel Dawn loaded crude at Primorsk in May. The tanker Monday Spirit called at "
                 "Fujairah in June and discharged diesel.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    assert not any(names[r.object] in ("Fujairah", "diesel") for r in dg.relations
                   if names[r.subject] == "Kestrel Dawn")


@pytest.mark.parametrize("text", [
    "The Kestrel Dawn (IMO 9312345) is owned by Marlowe Shipping Inc. The vessel called at Fujairah.",
    "Kestrel Dawn, a Panama-flagged tanker, belongs to Marlowe Shipping Inc. The vessel called at Fujairah."])
def test_an_owner_whose_legal_form_ends_the_sentence_is_the_owner(extract, text):
    # the parser took "Inc."'s dot for the full stop and hung the name on the verb as punctuation
    dg = extract(text)
    names = {eid: e.name for eid, e in dg.entities.items()}
    assert ("Marlowe Shipping Inc.", "Kestrel Dawn") in {
        (names[r.subject], names[r.object]) for r in dg.relations if r.predicate == "OWNS_OR_OPERATES"}


@pytest.mark.parametrize("text", [
    "The tanker Kestrel Dawn called at Fujairah in May. Marlowe Shipping Inc. said its manager, Orion Ship "
    "Management, had sold cargo to Iran.",
    "The tanker Kestrel Dawn called at Fujairah. Marlowe Shipping LLC and its owner, Pavel Orlov, were sanctioned."])
def test_its_after_a_firm_is_the_firms_not_the_last_ships(extract, text):
    dg = extract(text)
    assert not any(r.predicate == "OWNS_OR_OPERATES" for r in dg.relations)


def test_its_after_a_source_is_still_the_ship(extract):
    dg = extract("The tanker Kestrel Dawn called at Fujairah. According to Lloyd's List, its owner is Marlowe "
                 "Shipping LLC.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    assert ("Marlowe Shipping LLC", "Kestrel Dawn") in {
        (names[r.subject], names[r.object]) for r in dg.relations if r.predicate == "OWNS_OR_OPERATES"}


def test_a_firm_with_its_legal_form_written_out_is_the_same_firm(extract):
    dg = extract("The tanker Kestrel Dawn is managed by Orion Shipping Ltd., according to Equasis. Orion Shipping "
                 "Limited did not respond. Vega Trading Corporation and Vega Trading Corp. are one.")
    orgs = [e for e in dg.entities.values() if e.type == "Organization" and e.name != "Equasis"]
    assert len(orgs) == 2, [e.name for e in orgs]
    assert {"Orion Shipping Ltd.", "Orion Shipping Limited"} <= set(next(e for e in orgs if "Orion" in e.name).aliases)


def test_the_former_name_of_a_second_ship_is_not_the_first_ships(extract):
    dg = extract("The tanker Kestrel Dawn loaded oil at Primorsk in May. Kestrel Dawn then sailed to India. A second "
                 "tanker, which previously sailed as the Blue Heron, called at Fujairah in June.")
    ship = next(e for e in dg.entities.values() if e.name == "Kestrel Dawn")
    assert "Blue Heron" not in ship.aliases
    assert not any(r.subject == ship.id and dg.entities[r.object].name == "Fujairah" for r in dg.relations)


COURT = """Owner of New Jersey Company Charged With Exporting Drone Components to Iran Through Turkey

NEWARK, June 18, 2025 -- A New Jersey man and his company were charged today with conspiring to export U.S.-made \
drone engines and navigation parts to Iran through a front company in Turkey, the Justice Department announced.

According to the indictment, Darius Farahani, 52, of Paramus, owner of Skyline Avionics Supply LLC, arranged \
shipments of servo motors to a trading company in Istanbul.
"""


def test_a_court_release_names_the_owner_and_not_the_goods_maker_as_shipper(extract):
    # a new user's trial: "charged with conspiring to export U.S.-made drone engines to Iran" made the United
    # States ship to Iran; "X, 52, of Paramus, owner of Y LLC" typed the town an organisation and lost the owner
    dg = extract(COURT)
    rels = _triples(dg)
    assert ("United States", "SHIPPED_TO", "Iran") not in rels
    assert ("Darius Farahani", "AFFILIATED_WITH", "Skyline Avionics Supply LLC") in rels
    assert next(e for e in dg.entities.values() if e.name == "Paramus").type == "Location"
    drones = next(e for e in dg.entities.values() if e.name == "drone engines")
    assert not any(a.startswith("Exporting") for a in drones.aliases)


def test_goods_made_elsewhere_still_ship_from_their_maker_outside_court(extract):
    dg = extract("Iranian-made drones were shipped to Russia, officials said.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    assert ("Iran", "Russia") in {(names[r.subject], names[r.object]) for r in dg.relations
                                  if r.predicate == "SHIPPED_TO"}


def test_the_owner_of_two_ships_named_in_capitals_owns_both(extract):
    dg = extract("Tidewater Maritime Ltd is the registered owner of the vessels AZURE WAVE and SILVER DUNE.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    assert {names[r.object] for r in dg.relations if r.predicate == "OWNS_OR_OPERATES"} == {"AZURE WAVE", "SILVER DUNE"}


ANNEX = """The Council today adopted additional restrictive measures targeting the shadow fleet. In addition, the
Council of the European Union listed two entities and one individual who manage vessels of the shadow fleet.

ANNEX

A. Vessels subject to a port access ban and a ban on services

1. KALMAR DAWN – IMO 9288471 – crude oil tanker – flag: Gabon. Managed by Saffron Reach Ship Management FZE.

2. SEVERNY VETER – IMO 9314402 – oil products tanker – flag: Comoros. Carried Russian diesel from Tuapse.

B. Entities and individual subject to an asset freeze

1. Saffron Reach Ship Management FZE (United Arab Emirates) – ship manager of the KALMAR DAWN.

2. Primorsky Kurs JSC (Russia) – operator of the SEVERNY VETER.

3. Rustam Velikhanov – director general and beneficial owner of Saffron Reach Ship Management FZE.
"""


def test_an_annexs_numbered_sections_list_the_designees(extract):
    # a blind batch's EU release: "B. Entities and individual subject to an asset freeze" and numbered entries;
    # the section letter made "A. Vessels" a sanctioned organisation, and the person's name two places
    dg = extract(ANNEX)
    names = {eid: e.name for eid, e in dg.entities.items()}
    designees = {names[r.object] for r in dg.relations if r.predicate == "SANCTIONED"}
    assert {"KALMAR DAWN", "SEVERNY VETER", "Saffron Reach Ship Management FZE", "Primorsky Kurs JSC",
            "Rustam Velikhanov"} <= designees
    assert not any("Vessels" in n for n in names.values())
    assert next(e for e in dg.entities.values() if e.name == "Rustam Velikhanov").type == "Person"


def test_numbered_paragraphs_of_a_release_are_no_entries(extract):
    dg = extract("1. The Government of the Republic of Korea designated two entities today.\n\n2. The entities "
                 "designated today are as follows.\n\n ㅇ Kestrel Trading LLC\n\n 3. Vega Marine LLC was previously "
                 "designated by the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) in "
                 "2025.\n")
    by = {(s, o) for s, p, o in _triples(dg) if p == "SANCTIONED"}
    assert ("Office of Foreign Assets Control", "Vega Marine LLC") in by
    assert ("Republic of Korea", "Vega Marine LLC") not in by and ("South Korea", "Vega Marine LLC") not in by


def test_a_list_of_countries_is_no_place_in_a_country(extract):
    dg = extract("Today, OFAC designated seven entities based in Russia, the People's Republic of China (PRC), Hong "
                 "Kong, Türkiye and Germany for their roles in a procurement network. The firm has offices in "
                 "Istanbul, Turkey, and Dubai, UAE.")
    located = {(s, o) for s, p, o in _triples(dg) if p == "LOCATED_IN"}
    assert located == {("Istanbul", "Turkey"), ("Dubai", "United Arab Emirates")}
    assert not any(names[r.object] in ("China", "Germany", "Russia") for r in dg.relations
                   if r.predicate == "SANCTIONED")


def test_a_grades_port_and_generic_tankers_are_no_call_of_the_story_ship(extract):
    # a blind batch's wire story: "ESPO crude, which is shipped from Kozmino, has traded above the cap, making it
    # harder for buyers to use Western tankers" stated the call the shipowner had denied
    dg = extract("The tanker Calder Moon received the cargo from the Sorrel Bay off Johor. Its owner said the Calder "
                 "Moon \"has never loaded at Kozmino\". The Calder Moon is not subject to EU sanctions.\n\nESPO crude, "
                 "which is shipped from Kozmino, has traded above the $60-a-barrel cap for much of the past year, "
                 "making it harder for buyers to use Western tankers and insurers for the grade.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    calls = [r for r in dg.relations if r.predicate == "VISITED" and names[r.subject] == "Calder Moon"
             and names[r.object] == "Kozmino"]
    assert all(r.modality in ("denied", "negated") for r in calls)


def test_a_prohibited_export_and_an_emirates_port_are_no_facts(extract):
    dg = extract("U.S. sanctions on Iran prohibit the export of goods from the United States to Iran. Two "
                 "consignments were loaded at Dubai's Jebel Ali port aboard the cargo ship Golbahar.")
    rels = _triples(dg)
    assert ("United States", "SHIPPED_TO", "Iran") not in rels
    assert ("Golbahar", "VISITED", "Jebel Ali") in rels and ("Golbahar", "VISITED", "Dubai") not in rels


def test_a_container_carriers_name_and_a_flags_nationality_are_no_ships(extract):
    # a blind batch's off-topic merger story: "container carrier Skarvik Line" was a ship, and "the
    # Estonian-flagged, ice-class sister ships A and B" made "Estonian" a ship the buyer operated
    dg = extract("Danish container carrier Skarvik Line has agreed to buy Baltoria Shipping, an Estonian operator "
                 "of feeder ships. Baltoria runs 14 feeder vessels, including the Estonian-flagged, ice-class sister "
                 "ships Baltoria Merisaar and Baltoria Kihnu.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Skarvik Line") == "Organization"
    assert "Estonian" not in types


def test_a_lines_flagship_is_its_ship_where_the_sentence_is_at_sea(extract):
    # a blind batch's cruise story: "X Voyages' flagship Y completed its last fjords cruise" found no ship
    dg = extract("Aurelia Voyages' flagship Aurelia Solstice completed its last Norwegian fjords cruise of the summer, "
                 "returning to Southampton. Tesla's flagship Model S sold well.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Aurelia Solstice") == "Vessel" and types.get("Aurelia Voyages") == "Organization"
    assert types.get("Model S") != "Vessel"


def test_an_owners_relative_is_no_owner(extract):
    dg = extract("The tankers are managed by Orvell Marine Services FZE, a Sharjah company whose general manager is "
                 "Karel Dusek, the owner's cousin. Darius Vahedi, owner of Vahedi Avionics LLC, was charged.")
    rels = _triples(dg)
    assert ("Karel Dusek", "LEADS", "Orvell Marine Services FZE") in rels
    assert ("Darius Vahedi", "AFFILIATED_WITH", "Vahedi Avionics LLC") in rels


def test_a_former_flag_and_a_second_ports_own_country(extract):
    # blind batch w58: "Previously Malta-flagged, the ship ..." made a ship named "Previously Malta", and
    # "between the Iranian port of Amirabad and Astrakhan in Russia" put Astrakhan in Iran
    dg = extract("The tanker Kalinda sailed to India. Previously Malta-flagged, the ship now flies the flag of Gabon. "
                 "The Nasim Khazar carries wheat between the Iranian port of Amirabad and Astrakhan in Russia.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    assert not any(n.startswith("Previously") for n in names.values())
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations}
    assert {("Kalinda", "FLAGGED_IN", "Malta"), ("Kalinda", "FLAGGED_IN", "Gabon")} <= rels
    assert ("Astrakhan", "LOCATED_IN", "Iran") not in rels and ("Astrakhan", "LOCATED_IN", "Russia") in rels


def test_off_topic_sports_ties_are_not_ties_to_a_country(extract):
    # a break-it trial's football stories: "Galatasaray president X" made X lead the country the story named
    # most, and "will join the squad for the pre-season tour of the United States" tied a player to it
    dg = extract("Italy's Serie A champions lost the bid. Galatasaray president Dursun Ozbek said the club had "
                 "delivered on its promise. Souza, who scored 17 goals last season, will join the squad for the "
                 "pre-season tour of the United States.")
    rels = _triples(dg)
    assert not any(o in ("Italy", "United States") for s, p, o in rels if p in ("LEADS", "AFFILIATED_WITH"))


def test_a_count_of_journeys_qualifies_the_voyages_only(extract):
    # the sample article's "had made 32 trips to North Korea since August under an agreement between North
    # Korean dictator Kim Jong Un and Russian President Vladimir Putin" gave the leaders' posts and the deal a count
    dg = extract("The tanker Lady R has completed 32 journeys to Rajin port in North Korea since August under an "
                 "agreement between North Korean leader Kim Jong Un and Russian President Vladimir Putin.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    counted = {(names[r.subject], r.predicate) for r in dg.relations if "count" in r.qualifiers}
    assert ("Lady R", "VISITED") in counted
    assert all(p in ("VISITED", "TRANSPORTED", "SHIPPED_TO", "SUPPLIED") for _, p in counted), counted
