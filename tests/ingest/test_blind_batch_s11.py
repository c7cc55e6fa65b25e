"""What a blind batch of twenty articles written for this round (outside the repository) and last round's open
items found: a title-case headline's verb read as a ship's name ("Tanker Seized Off Oman") or a noun phrase as a
port; a call the ship was only due to make, and one the text sets aside ("Far from calling at"), kept as facts;
"Reports said" kept as the writer's fact; the agent of "operated by X," read as a ship; a rank between a post
and a name ("JCS spokesperson Col. X", "spokesman Petty Officer X") hiding the affiliation; "Detective Chief
Inspector X of Y" made Y's head; a capital in an address ("Tehran, Iran") taken for its state. The names are
invented.
"""

from __future__ import annotations

import pytest


def _rel(dg, subject, predicate, obj):
    names = {e.id: e.name for e in dg.entities.values()}
    return next((r for r in dg.relations if (names[r.subject], r.predicate, names[r.object]) ==
                 (subject, predicate, obj)), None)


def _names(dg, typ=None):
    return {e.name for e in dg.entities.values() if typ is None or e.type == typ}


BODY = "\n\nThe tanker Halvard Rune was seized by Iran's navy in the Gulf of Oman on Tuesday. The tanker Ostra Wren was " \
       "also held."


@pytest.mark.parametrize("headline", [
    "Tanker Seized Off Oman",
    "Tanker Detained In Gulf Of Oman",
    "Ship Loaded With Arms Held Off Oman",
])
def test_a_headline_verb_is_no_ships_name(extract, headline):
    assert _names(extract(headline + BODY), "Vessel") == {"Halvard Rune", "Ostra Wren"}


def test_a_headline_ships_name_is_cut_to_what_the_story_repeats(extract):
    dg = extract("Tanker Ostra Wren Seized Off Oman" + BODY)
    assert _names(dg, "Vessel") == {"Halvard Rune", "Ostra Wren"}


def test_a_headline_noun_phrase_is_no_port_but_a_known_port_stays(extract):
    dg = extract("Tanker Carrying Iranian Oil Docks At Qingdao" + BODY)
    assert "Tanker Carrying Iranian Oil" not in _names(dg) and "Qingdao" in _names(dg, "Port")
    dg = extract("Ship Loaded With Arms Arrives In Port Sudan" + BODY)
    assert "Port Sudan" in _names(dg, "Port")


def test_a_capitals_list_item_below_the_headline_keeps_its_ship(extract):
    dg = extract("Here are the vessels\n\nDetails of the ships:\n\n* KARSA VELLIN (IMO 9693227), formerly MARISOL\n"
                 "- Flag: Palau\n- Took on a cargo at Sabetta in September.\n")
    assert "KARSA VELLIN" in _names(dg, "Vessel")


def test_a_call_the_ship_was_only_due_to_make_is_no_fact(extract):
    dg = extract("The tanker Halvard Rune was due to dock at Novorossiysk on March 3 but never arrived, port "
                 "records show.")
    rel = _rel(dg, "Halvard Rune", "VISITED", "Novorossiysk")
    assert rel is None or rel.modality != "asserted"


def test_far_from_calling_negates_the_call(extract):
    dg = extract("Far from calling at Primorsk, the tanker Halvard Rune stayed off Malta for weeks.")
    assert _rel(dg, "Halvard Rune", "VISITED", "Primorsk").modality == "negated"
    dg = extract("Far from Primorsk, the tanker Halvard Rune called at Ust-Luga.")
    assert _rel(dg, "Halvard Rune", "VISITED", "Ust-Luga").modality == "asserted"


@pytest.mark.parametrize("text", [
    "Reports said the tanker Halvard Rune loaded oil at Primorsk in June.",
    "Media reports say the tanker Halvard Rune loaded oil at Primorsk in June.",
])
def test_unattributed_reports_make_a_claim_reported(extract, text):
    rel = _rel(extract(text), "Halvard Rune", "VISITED", "Primorsk")
    assert rel.modality == "reported" and rel.attributed_to == []


def test_the_agent_of_operated_by_is_no_ship(extract):
    dg = extract("The tanker Halvard Rune, operated by Tervask, loaded at Novorossiysk. Tervask said it complied "
                 "with the price cap.")
    assert "Tervask" in _names(dg, "Organization") and "Tervask" not in _names(dg, "Vessel")
    assert _rel(dg, "Tervask", "OWNS_OR_OPERATES", "Halvard Rune") is not None
    assert _rel(dg, "Tervask", "VISITED", "Novorossiysk") is None


@pytest.mark.parametrize("text, person, body", [
    ("JCS spokesperson Col. Ahn Tae-sung told reporters the ship left Rajin.", "Ahn Tae-sung", "JCS"),
    ("Coast Guard spokesman Petty Officer Dorian Welks said the tanker Halvard Rune was boarded.", "Dorian Welks",
     "Coast Guard"),
])
def test_a_rank_between_post_and_name_keeps_the_affiliation(extract, text, person, body):
    dg = extract(text)
    assert person in _names(dg, "Person") and _rel(dg, person, "AFFILIATED_WITH", body) is not None


def test_a_chief_inspector_is_a_member_not_the_head(extract):
    dg = extract("Detective Chief Inspector Selja Rauhala of the NBI said the papers were forged.")
    assert _rel(dg, "Selja Rauhala", "AFFILIATED_WITH", "NBI") is not None
    assert _rel(dg, "Selja Rauhala", "LEADS", "NBI") is None


def test_a_capital_in_an_address_is_the_city(extract):
    dg = extract("The order covers Varesh Air of Tehran, Iran, and its flights to Minsk, Belarus.")
    assert {"Tehran", "Minsk"} <= _names(dg, "Location")
    assert _rel(dg, "Tehran", "LOCATED_IN", "Iran") is not None
    assert _rel(dg, "Minsk", "LOCATED_IN", "Belarus") is not None


def test_a_capital_as_its_government_stays_the_country(extract):
    dg = extract("Tehran denied that the tanker Halvard Rune carried weapons.")
    assert "Tehran" not in _names(dg) and "Iran" in _names(dg, "Country")


@pytest.mark.parametrize("text, firm", [
    ('The ship is owned by LLC "Dalnaya Liniya" of Nakhodka.', "Dalnaya Liniya"),
    ('The supplier, JSC "Kurtamysh Pribor", shipped fuses to the plant.', "Kurtamysh Pribor"),
    ("The buyer, OOO «Tavrovek», paid in roubles.", "Tavrovek"),
])
def test_a_legal_form_before_a_quoted_name_makes_a_firm(extract, text, firm):
    assert firm in _names(extract(text), "Organization")


def test_a_name_before_and_a_legal_form_is_cut_from_it(extract):
    dg = extract('ARKHIP SEVEROV and LLC "Dalnaya Liniya" are under sanctions of the United Kingdom.')
    assert "Dalnaya Liniya" in _names(dg) and not any(n.endswith("LLC") for n in _names(dg))
    assert _rel(dg, "United Kingdom", "SANCTIONED", "Dalnaya Liniya") is not None


def test_both_of_a_body_affiliates_every_person_of_the_list(extract):
    dg = extract("Aino Berglund (24) and Tadhg Duane (27), both of Carrow Bay Rowing Club, were banned.")
    for person in ("Aino Berglund", "Tadhg Duane"):
        assert _rel(dg, person, "AFFILIATED_WITH", "Carrow Bay Rowing Club") is not None


def test_a_person_of_a_body_is_not_one_organisation(extract):
    dg = extract("Eoghan Kerrigan of Carrow Bay Rowing Club was banned for two years.")
    assert "Eoghan Kerrigan" in _names(dg, "Person") and "Carrow Bay Rowing Club" in _names(dg, "Organization")
    assert _rel(dg, "Eoghan Kerrigan", "AFFILIATED_WITH", "Carrow Bay Rowing Club") is not None


@pytest.mark.parametrize("text", [
    "The tanker Halvard Rune loaded crude at Jose in May. The Associated Press could not independently confirm the "
    "tanker's route.",
    "Reuters was unable to verify that the tanker Halvard Rune called at Jose.",
])
def test_an_outlet_that_could_not_confirm_reports_nothing(extract, text):
    dg = extract(text)
    assert not any(r.predicate == "REPORTED" for r in dg.relations)


def test_an_outlet_that_confirmed_still_reports(extract):
    dg = extract("Reuters confirmed that the tanker Halvard Rune called at Jose.")
    assert _rel(dg, "Reuters", "REPORTED", "Halvard Rune") is not None


def test_a_ship_named_after_a_port_stays_apart_from_the_port(extract):
    dg = extract("The tanker Novorossiysk called at Primorsk in May. Later the tanker loaded at Novorossiysk and "
                 "sailed to Izmir.")
    assert "Novorossiysk" in _names(dg, "Vessel") and "Novorossiysk" in _names(dg, "Port")
    assert _rel(dg, "Novorossiysk", "VISITED", "Primorsk") is not None
    dg = extract("The tanker Sea Pearl left Tartus. The Tartus, a Syrian-flagged cargo ship, also called at Tartus.")
    assert "Tartus" in _names(dg, "Vessel") and "Tartus" in _names(dg, "Port")
    assert _rel(dg, "Tartus", "FLAGGED_IN", "Syria") is not None


@pytest.mark.parametrize("text, origin, dest", [
    ("The tanker Halvard Rune delivered Russian crude to the Indian port of Sikka in October.", "Russia", "India"),
    ("The tanker loaded Iranian condensate at Assaluyeh, Iran, in June and delivered it to Venezuela's Jose terminal.",
     "Iran", "Venezuela"),
])
def test_goods_delivered_to_a_port_named_with_its_country(extract, text, origin, dest):
    assert _rel(extract(text), origin, "SHIPPED_TO", dest) is not None


TRANSCRIPT = """Admiral on Red Sea Interdictions

MARA QUILLEN, CNN ANCHOR: Admiral, thank you for joining us.

(BEGIN VIDEO CLIP)

OSKAR VENNE, CNN CORRESPONDENT: The dhow Nasim Bahr was stopped off Yemen.

(END VIDEO CLIP)
"""


def test_a_transcripts_speaker_labels_name_people_and_their_bodies(extract):
    dg = extract(TRANSCRIPT)
    assert {"MARA QUILLEN", "OSKAR VENNE"} <= _names(dg, "Person")
    for person in ("MARA QUILLEN", "OSKAR VENNE"):
        assert _rel(dg, person, "AFFILIATED_WITH", "CNN") is not None
    assert not any("VIDEO" in n for n in _names(dg))
