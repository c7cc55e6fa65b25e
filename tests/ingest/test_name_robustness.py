"""Unfamiliar names typed from how the text uses them, not from the name (see tests/name_swap.py).

Invented sentences; the towns are real GeoNames towns that the small model does not know.
"""

from __future__ import annotations

import pytest

from newsgraph.graph.model import Document
from newsgraph.ingest.pipeline import extract_document

pytestmark = pytest.mark.slow


def _types(text: str) -> dict[str, str]:
    g = extract_document(Document(id="t", text=text)).to_json()
    return {e["name"]: e["type"] for e in g["entities"]}


def test_two_word_town_after_compass_of_is_a_place() -> None:
    # the model calls the town a person; its own two words are not "another person's surname"
    t = _types("Two tankers were found moored side by side about 20 nautical miles west of Aliwal North.")
    assert t.get("Aliwal North") == "Location"


def test_town_the_model_calls_a_nationality_after_off() -> None:
    t = _types("Tankers operating off Birkirkara in the South China Sea were inspected last week.")
    assert t.get("Birkirkara") == "Location"


def test_the_town_company_is_a_place() -> None:
    t = _types("Britain listed Harlow Tankers Management, the Kissidougou company that took over the fleet.")
    assert t.get("Kissidougou") == "Location"


def test_hyphenated_given_name_is_one_person() -> None:
    t = _types("The ministry said Hyun-woo Bae, a senior official, had approved the shipment.")
    assert t.get("Hyun-woo Bae") == "Person"
    assert "Bae" not in t and "Hyun" not in t


def test_hyphen_compound_before_a_noun_is_no_name() -> None:
    t = _types("Officials said Iran-made Drones were seized at the border.")
    assert "Iran-made Drones" not in t


def test_byline_authors_are_people() -> None:
    t = _types("By Dara Quenby and Ayse Toprakli\n\nThe report said the tanker loaded crude oil.")
    assert t.get("Ayse Toprakli") == "Person"


def test_name_in_apposition_to_envoy_is_a_person() -> None:
    t = _types("Chad's envoy to the Security Council, Al-Wazir Doumbar, has accused the militia of smuggling.")
    assert t.get("Al-Wazir Doumbar") == "Person"


def test_possessor_of_forces_is_a_person() -> None:
    t = _types("The port is in the hands of Mehmet Arslan's forces and has become a hub.")
    assert t.get("Mehmet Arslan") == "Person"


def test_parent_of_a_subsidiary_is_an_organisation() -> None:
    t = _types("The vessel is owned and operated by Helmstone, a subsidiary of Petrovanta, which is tied to the army.")
    assert t.get("Petrovanta") == "Organization"


def test_owner_in_apposition_is_an_organisation() -> None:
    t = _types("Kosmar, the ship's ultimate owner, describes the vessel as a cargo ship.")
    assert t.get("Kosmar") == "Organization"


def test_data_provider_is_an_organisation() -> None:
    t = _types("The tankers gathered just to the south, according to data from Kyma.")
    assert t.get("Kyma") == "Organization"


def test_fleet_owner_is_an_organisation_in_every_mention() -> None:
    t = _types("The centerpiece of the action is Marigold's fleet. Marigold itself came under sanctions.")
    assert t.get("Marigold") == "Organization"


def test_two_word_place_a_ship_left_is_a_port() -> None:
    t = _types("Tracking data show the ship left La Cabima on Dec. 11 with a load of containers.")
    assert t.get("La Cabima") == "Port"


def test_republic_that_is_no_country_is_a_region() -> None:
    t = _types("Satellite images taken in July over the Palopo Special Economic Zone, in Russia's Republic of "
               "Escuintla, show building work. The zone's operator, JSC Palopo, is 66 percent owned by the federal "
               "government and 34 percent by the Republic of Escuintla.")
    assert t.get("Republic of Escuintla") == "Location"


def test_polytech_is_an_organisation() -> None:
    t = _types("He studied at Palopo Polytech, a college near the plant.")
    assert t.get("Palopo Polytech") == "Organization"


def test_firm_before_chief_executive_and_with_a_board_is_an_organisation() -> None:
    t = _types('"It marks the largest deal in our history," Crestline Marigold chief executive Dariush Moradi '
               "said. The deal needs the consent of Crestline Marigold's supervisory board.")
    assert t.get("Crestline Marigold") == "Organization"
    assert t.get("Dariush Moradi") == "Person"


def test_named_operator_and_channel_are_organisations() -> None:
    t = _types("The Deniz IV's operator is Kosmar, part of Meridia, a sanctioned logistics firm.")
    assert t.get("Kosmar") == "Organization"
    t = _types("He appeared on a documentary series shown on Kyma, the defense ministry's television channel, "
               "giving a tour.")
    assert t.get("Kyma") == "Organization"


def test_mountains_running_between_places_make_no_port() -> None:
    t = _types("The research vessel Falkor returned from an expedition off South America. For nearly a month its "
               "scientists studied the Koral and Dorado ridges - two underwater mountain chains that run 2,900 "
               "kilometers (1,800 miles) between Chile and Netishyn Island - as well as two marine parks.")
    assert t.get("Netishyn Island") == "Location"
    t = _types("The tanker Amira runs between Lavumisa and Netishyn Island every month.")
    assert t.get("Netishyn Island") == "Port"


def test_short_name_after_legal_form_prefix_is_the_company() -> None:
    g = extract_document(Document(id="t", text=(
        "Russian weapons maker IEMZ Samsara has raised output of its attack drone. An internal Samsara document "
        "seen by Reuters shows the company agreed a contract. Reuters reported in September that Samsara was "
        "building the drone."))).to_json()
    ents = {e["name"]: e for e in g["entities"]}
    assert "Samsara" in ents["IEMZ Samsara"]["aliases"] and "Samsara" not in ents


def test_hyphenated_given_name_with_a_town_like_surname_or_after_by() -> None:
    t = _types("The ministry said Min-jun Kim, a senior official, had approved the deal.")
    assert t.get("Min-jun Kim") == "Person"
    t = _types("By Eun-ji Park, Dara Quenby, and the Research Team\n\nThe report said the tanker loaded oil.")
    assert t.get("Eun-ji Park") == "Person"


def test_quoted_name_in_apposition_to_a_man_is_a_person() -> None:
    t = _types('The crates went to one "Dara Quenby", a man affiliated with a militia, who passed them to '
               'a so-called "Ilo Vantress", a member of a smuggling ring.')
    assert t.get("Dara Quenby") == "Person" and t.get("Ilo Vantress") == "Person"
