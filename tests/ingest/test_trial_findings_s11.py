"""What a new-user trial of 2026-12-01 (four articles of the user's own, on a fresh clone) found: a rumour
the article calls false ("Online reports that ... are false") kept as a claim of an organisation "Online";
"according to customs records" and "according to tracking data from X" left the claim the writer's own;
"New Jersey" read as the country Jersey. The names are invented.
"""

from __future__ import annotations

import pytest


def _rel(dg, subject, predicate, obj):
    names = {e.id: e.name for e in dg.entities.values()}
    return next((r for r in dg.relations if (names[r.subject], r.predicate, names[r.object]) ==
                 (subject, predicate, obj)), None)


def _names(dg, typ=None):
    return {e.name for e in dg.entities.values() if typ is None or e.type == typ}


@pytest.mark.parametrize("text", [
    "Online reports that the tanker Volna Crest carried artillery shells to Syria are false.",
    "Media reports that the tanker Volna Crest carried artillery shells to Syria are false.",
    "Some reports that the tanker Volna Crest carried artillery shells to Syria are untrue.",
    "Earlier reports that the tanker Volna Crest carried artillery shells to Syria were wrong.",
])
def test_reports_called_false_with_a_modifier_negate(extract, text):
    dg = extract(text)
    assert _rel(dg, "Volna Crest", "TRANSPORTED", "artillery shells").modality == "negated"
    assert not {"Online", "Media", "Some", "Earlier"} & _names(dg)
    assert not any(r.predicate == "REPORTED" for r in dg.relations)


def test_a_named_outlet_that_reports_is_still_a_source(extract):
    dg = extract("Lloyd's List reports that the tanker Volna Crest called at Tartus.")
    assert _rel(dg, "Volna Crest", "VISITED", "Tartus").attributed_to == ["Lloyd's List"]


@pytest.mark.parametrize("text", [
    "China shipped drone engines to Russia through Kazakhstan, according to customs records and freight documents.",
    "Port records show China shipped drone engines to Russia in March.",
])
def test_records_make_a_claim_reported(extract, text):
    rel = _rel(extract(text), "China", "SHIPPED_TO", "Russia")
    assert rel.modality == "reported" and rel.attributed_to == []


def test_tracking_data_from_a_named_firm_is_that_firms_report(extract):
    dg = extract("The tanker Marlin Vey called at Primorsk in May, according to tracking data from the analytics "
                 "firm Kpler.")
    rel = _rel(dg, "Marlin Vey", "VISITED", "Primorsk")
    assert rel.modality == "reported" and rel.attributed_to == ["Kpler"]


@pytest.mark.parametrize("text, place, country", [
    ("The company is based in Newark, New Jersey, and ships to Mexico.", "New Jersey", "Jersey"),
    ("The firm has offices in Albuquerque, New Mexico.", "New Mexico", "Mexico"),
    ("The plant in New South Wales buys coal.", "New South Wales", "Wales"),
])
def test_a_place_named_after_a_country_is_no_country(extract, text, place, country):
    dg = extract(text)
    assert place in _names(dg, "Location") and country not in _names(dg, "Country")


def test_countries_with_compass_words_stay_countries(extract):
    dg = extract("Officials in South Korea and North Korea met. The ship sailed to Papua New Guinea.")
    assert {"South Korea", "North Korea", "Papua New Guinea"} <= _names(dg, "Country")


def test_every_former_name_of_a_list_is_an_alias(extract):
    dg = extract("The tanker Marlin Vey, formerly known as Pacific Wren and Nordic Tarn, loaded at Primorsk.")
    ships = [e for e in dg.entities.values() if e.type == "Vessel"]
    assert len(ships) == 1 and {"Pacific Wren", "Nordic Tarn"} <= set(ships[0].aliases)
    assert "Nordic Tarn" not in _names(dg, "Person")


def _dates(dg):
    return {r.predicate: (r.qualifiers or {}).get("date") for r in dg.relations}


def test_a_year_after_in_and_last_month_date_the_relation(extract):
    dg = extract("In 2023 the tanker Marlin Vey was reflagged to Panama. Last month it called at Sikka.",
                 published="2025-02-12")
    assert _dates(dg) == {"FLAGGED_IN": "2023", "VISITED": "2025-01"}


def test_a_ship_after_a_former_names_aside_is_no_former_name(extract):
    dg = extract("The tankers Shirvan (IMO 9236514), formerly named Coral Tern, and Sea Sparrow 9 (IMO 9171093) are "
                 "owned by Kish Arvand Trading FZE.")
    ships = {e.name: set(e.aliases) for e in dg.entities.values() if e.type == "Vessel"}
    assert "Sea Sparrow 9" in ships and not any("Sea Sparrow 9" in al for n, al in ships.items() if n != "Sea Sparrow 9")


# A break-it trial (2026-12-01): an unnamed ship's facts went to the ship named before it; a name in single
# quotation marks was no ship, and its port call went to the ship before.
@pytest.mark.parametrize("text, wrong", [
    ("The tanker Kestrel Vane docked at Tartus. Another vessel, whose name was not disclosed, was sanctioned by "
     "the United States.", ("United States", "SANCTIONED", "Kestrel Vane")),
    ("The tanker Kestrel Vane docked at Tartus. Iran seized an unnamed tanker in the Gulf of Oman. The tanker was "
     "carrying fuel and flew the flag of Palau.", ("Kestrel Vane", "FLAGGED_IN", "Palau")),
    ("The tanker Kestrel Vane docked at Tartus. Greece detained a tanker at Piraeus. It is registered in Liberia.",
     ("Kestrel Vane", "FLAGGED_IN", "Liberia")),
])
def test_an_unnamed_ships_facts_are_not_the_named_ones(extract, text, wrong):
    dg = extract(text)
    assert _rel(dg, *wrong) is None
    assert _rel(dg, "Kestrel Vane", "VISITED", "Tartus") is not None


def test_an_escort_or_rescuer_does_not_end_the_story_ship(extract):
    dg = extract("The tanker Kestrel Vane lost power off Crete. It was escorted by a patrol boat to Souda Bay. "
                 "The tanker flies the flag of Palau.")
    assert _rel(dg, "Kestrel Vane", "FLAGGED_IN", "Palau") is not None


@pytest.mark.parametrize("quote", ["'{}'", "‘{}’"])
def test_a_ship_named_in_single_quotes_is_a_ship(extract, quote):
    dg = extract("The container ship Sea Drake called at Colombo. The tanker " + quote.format("Golden Corran")
                 + " docked at Karachi on Monday.")
    assert _rel(dg, "Golden Corran", "VISITED", "Karachi") is not None
    assert _rel(dg, "Sea Drake", "VISITED", "Karachi") is None


def test_firm_names_ending_in_instruments_are_firms(extract):
    dg = extract("The US Department of Commerce added Tula Precision Instruments to its Entity List in 2022.")
    assert "Tula Precision Instruments" in _names(dg, "Organization")


@pytest.mark.parametrize("text, port", [
    ("Rather than calling at Latakia, the tanker Grey Tern sailed on to Mersin.", "Latakia"),
    ("Instead of docking at Tartus, the tanker Grey Tern anchored off Cyprus.", "Tartus"),
    ("The tanker Grey Tern, far from calling at Haifa, stayed off Crete.", "Haifa"),
])
def test_a_call_the_text_sets_aside_is_negated(extract, text, port):
    assert _rel(extract(text), "Grey Tern", "VISITED", port).modality == "negated"


@pytest.mark.parametrize("text", [
    "The tanker Grey Tern was due to dock at Tartus on Monday but never showed up.",
    "The tanker Grey Tern is due to dock at Aden next week.",
])
def test_a_call_only_due_is_no_fact(extract, text):
    dg = extract(text)
    assert not any(r.predicate == "VISITED" and r.modality == "asserted" for r in dg.relations)


@pytest.mark.parametrize("text", [
    "Reuters could not independently confirm that the tanker Pale Tern had called at Bandar Abbas.",
    "The BBC has not verified reports that the tanker Pale Tern called at Bandar Abbas.",
])
def test_what_could_not_be_confirmed_is_speculated_not_negated(extract, text):
    assert _rel(extract(text), "Pale Tern", "VISITED", "Bandar Abbas").modality == "speculated"


@pytest.mark.parametrize("text", [
    "It was reported that the tanker Gold Tern called at Durban.",
    "The tanker Gold Tern called at Durban, local media reported.",
    "The tanker Gold Tern called at Durban, state television said.",
])
def test_unnamed_media_make_a_claim_reported(extract, text):
    rel = _rel(extract(text), "Gold Tern", "VISITED", "Durban")
    assert rel.modality == "reported" and rel.attributed_to == []


@pytest.mark.parametrize("headline", ["Freedom Tern Loaded Arms, Officials Say", "Sanctions Hit Ocean Tankers, Navy Says"])
def test_headline_words_are_no_sources_or_seas(extract, headline):
    dg = extract(headline + "\n\nThe tanker Freedom Tern loaded arms at Tartus.")
    assert not {"Officials", "Navy", "Sanctions Hit Ocean"} & _names(dg)
    assert not any(r.predicate == "REPORTED" for r in dg.relations)


def test_a_ship_is_named_by_its_present_name(extract):
    dg = extract("The tanker Sky Tern, formerly known as Ocean Pearlwing and Gulf Breezeway, loaded at Primorsk.")
    ships = [e for e in dg.entities.values() if e.type == "Vessel"]
    assert [s.name for s in ships] == ["Sky Tern"]


def test_a_group_adjective_after_to_is_no_port(extract):
    dg = extract("The tanker Topaz Tern delivered missiles to Houthi forces.")
    assert "Houthi" not in _names(dg, "Port")
    assert not any(r.predicate == "VISITED" for r in dg.relations)
    dg = extract("The tanker Kaveh Tern delivered gasoline to the El Palomar refinery in October.")
    assert _rel(dg, "Kaveh Tern", "VISITED", "El Palomar") is not None
