"""What this round's reading of the development set's misses and a new blind batch (written outside the
repository) found. The names are invented.
"""

from __future__ import annotations

import pytest


def _rel(dg, subject, predicate, obj):
    names = {e.id: e.name for e in dg.entities.values()}
    return next((r for r in dg.relations if (names[r.subject], r.predicate, names[r.object]) ==
                 (subject, predicate, obj)), None)


def _names(dg, typ=None):
    return {e.name for e in dg.entities.values() if typ is None or e.type == typ}


def test_a_firms_short_name_before_a_post_is_the_firm(extract):
    # the model tags "Harbour" a verb here; the short name is read from the words (it was given to the firm the
    # passage is about)
    dg = extract("The port authority awarded the concession to Adria Gateway Terminals d.o.o., a joint venture of "
                 "Singapore's Narrows Harbour Holdings Pte Ltd and Croatian logistics group Kvarnor Cargo d.d. Adria "
                 "Gateway will build the quay. \"Rijeka is the shortest route from Asia to central Europe, and "
                 "shipping lines know it,\" said Narrows Harbour chief executive Lim Siew Ping.")
    assert _rel(dg, "Lim Siew Ping", "LEADS", "Narrows Harbour Holdings Pte Ltd")


def test_a_legal_form_the_model_cut_off_joins_the_firms_name(extract):
    dg = extract("A second route ran through Turkey. Tervanli Elektronik Sanayi A.Ş., an Istanbul distributor, "
                 "exported receivers to Russia. Tervanli's general manager, Okan Yildiz, declined to comment.")
    orgs = _names(dg, "Organization")
    assert "Tervanli Elektronik Sanayi A.Ş." in orgs and not orgs & {"A.Ş.", "Elektronik Sanayi A.Ş."}
    assert _rel(dg, "Okan Yildiz", "LEADS", "Tervanli Elektronik Sanayi A.Ş.")


def test_a_general_manager_of_a_department_does_not_lead_the_firm(extract):
    dg = extract("Tervanli Elektronik Sanayi A.Ş. exported receivers to Russia. Its General Manager, Corporate "
                 "Communications, Ayse Demir, declined to comment.")
    assert _rel(dg, "Ayse Demir", "LEADS", "Tervanli Elektronik Sanayi A.Ş.") is None


@pytest.mark.parametrize("text", [
    "Kelmar Components Trading Co. Ltd shipped microcontrollers to Russia.",
    "Orvella Pte Ltd sold receivers to Kelmar Components Trading Co. Ltd, a Hong Kong trading house, in 2024. "
    "Kelmar in turn shipped at least 40 consignments of microcontrollers to Russia.",
])
def test_a_firm_the_parser_hangs_on_the_verb_as_an_adverbial_is_its_subject(extract, text):
    assert _rel(extract(text), "Kelmar Components Trading Co. Ltd", "SHIPPED_TO", "Russia")


def test_a_day_before_a_verb_is_no_subject(nlp):
    doc = nlp("Monday shipped nothing, and the port was quiet.")  # (the parser's npadvmod, kept)
    assert doc[0].dep_ == "npadvmod"


def test_port_of_spain_is_a_city_not_the_port_of_a_country(extract):
    dg = extract("PORT OF SPAIN, Trinidad (CMC) - Customs officers found rifles aboard the coastal freighter "
                 "Grenadine Dawn, which docked at Port of Spain on Monday.")
    assert "Port of Spain" in _names(dg, "Port") and "Spain" not in _names(dg)
    assert _rel(dg, "Grenadine Dawn", "VISITED", "Port of Spain")


@pytest.mark.parametrize("title, name", [
    ("Comptroller of Customs", "Sharon Ramdass-Ali"),
    ("Commissioner of Police", "Garry Pierre-Louis"),
])
def test_a_title_of_a_body_before_a_hyphenated_name_leaves_a_person(extract, title, name):
    dg = extract(f"{title} {name} said the guns were hidden inside used refrigerators.")
    assert name in _names(dg, "Person") and not any(name in n for n in _names(dg, "Organization"))


def test_a_named_sides_rugby_position_before_a_name_is_its_player(extract):
    dg = extract("Harlow Rugby Club lock Tomas Brenner was banned for four weeks on Tuesday after a disciplinary "
                 "hearing. The club was fined. Bristol Bears fly-half Owen Marsh was cleared.")
    assert _rel(dg, "Tomas Brenner", "AFFILIATED_WITH", "Harlow Rugby Club")
    assert _rel(dg, "Owen Marsh", "AFFILIATED_WITH", "Bristol Bears")


def test_an_arms_model_in_the_plural_or_before_type_is_a_weapon(extract):
    dg = extract("Officers found 22 rifles, two AK-47s and AR-15-type rifles hidden in the hull of the cargo boat "
                 "Bel Soley at the Haitian port of Port-de-Paix.")
    assert {"AK-47s", "AR-15"} <= _names(dg, "Weapon")
    assert _rel(dg, "Bel Soley", "TRANSPORTED", "AK-47s")


def test_a_polish_firms_legal_form_and_its_short_name(extract):
    dg = extract("Welmarex Sp. z o.o. exported machine tools to Russia. Marek W., 51, president of the management "
                 "board of Welmarex, was charged.")
    assert "Welmarex Sp. z o.o." in _names(dg, "Organization") and "Welmarex" not in _names(dg, "Location")
    assert _rel(dg, "Welmarex Sp. z o.o.", "SHIPPED_TO", "Russia")
    assert _rel(dg, "Marek W.", "LEADS", "Welmarex Sp. z o.o.")
    goods = next(e for e in dg.entities.values() if e.name == "machine tools")
    assert not any("o.o." in a for a in goods.aliases)  # (the firm before the verb is no modifier of the goods)


def test_a_title_case_firm_before_a_turkish_legal_form_the_model_missed(extract):
    dg = extract("Anka Havacilik Teknik Ltd. Şti. signed a supply contract with Ural Airframe Services JSC.")
    assert _rel(dg, "Anka Havacilik Teknik Ltd. Şti.", "AGREEMENT_WITH", "Ural Airframe Services JSC")


def test_a_partys_mp_before_a_name_is_a_member(extract):
    dg = extract("Democratic Party MP Vaine Tuara said the registry had failed to check the tankers.")
    assert _rel(dg, "Vaine Tuara", "AFFILIATED_WITH", "Democratic Party")


BIS_RELEASE = ("WASHINGTON - Today, the Commerce Department's Bureau of Industry and Security (BIS) added seven entities "
               "located in Turkey, China (including Hong Kong) and Russia to the Entity List for diverting aircraft "
               "parts to Russia. Since 2022, the United States has imposed sweeping sanctions and export controls on "
               "Russia. \"Every brake assembly that reaches Moscow through a third country is a violation we intend "
               "to trace,\" added Assistant Secretary for Export Enforcement Laura M. Kessel of the Commerce "
               "Department. Arvenna Cargo LLC and Kestrel Parts FZE are being added for their roles in these "
               "shipments. BIS is also adding Jialong Air Logistics Limited, a Hong Kong company that booked "
               "cargo space for aircraft parts.")


def test_a_release_that_adds_to_a_list_credits_its_issuer(extract):
    dg = extract(BIS_RELEASE)
    for firm in ("Arvenna Cargo LLC", "Kestrel Parts FZE", "Jialong Air Logistics Limited"):
        assert _rel(dg, "Bureau of Industry and Security", "SANCTIONED", firm), firm
    assert _rel(dg, "Bureau of Industry and Security", "SANCTIONED", "Hong Kong") is None  # (a place "including")


def test_a_titled_officials_body_after_the_name_beats_the_storys_country(extract):
    dg = extract(BIS_RELEASE)
    assert _rel(dg, "Laura M. Kessel", "AFFILIATED_WITH", "Commerce Department")
    assert _rel(dg, "Laura M. Kessel", "AFFILIATED_WITH", "Russia") is None


TRACKER = ("Shadow fleet tracker, May\n\n"
           "Vessel | IMO | Flag | Loaded at | Delivered to | Cargo | Sanctions\n"
           "Astrel Bay | 9254781 | Gabon | Primorsk | Sikka | Urals crude | EU, UK\n"
           "Sirion Lumen (ex-Gulf Harmonia) | 9301456 | Sierra Leone | Taman | STS off Kalamata | fuel oil | UK\n"
           "\nThe Astrel Bay was followed closely this month.\n")


def test_a_trackers_voyage_columns_give_ports_and_cargo(extract):
    dg = extract(TRACKER)
    assert _rel(dg, "Astrel Bay", "VISITED", "Primorsk") and _rel(dg, "Astrel Bay", "VISITED", "Sikka")
    assert _rel(dg, "Astrel Bay", "TRANSPORTED", "Urals crude")
    ship = next(n for n in _names(dg, "Vessel") if n.startswith("Sirion Lumen"))
    assert _rel(dg, ship, "VISITED", "Taman") and _rel(dg, ship, "TRANSPORTED", "fuel oil")
    assert not any("Kalamata" in n for n in _names(dg, "Port"))  # (a transfer at sea is no port call)


@pytest.mark.parametrize("name", ['"Najm Al-Bahr"', "(Najm Al-Bahr)"])
def test_a_ship_named_in_quotes_or_brackets_after_the_ship_noun_and_the(extract, name):
    dg = extract(f"The Coalition targeted a cargo vessel, the {name}, while it was unloading weapons at the port of "
                 "Ras Isa. The vessel previously sailed under the name (Golden Tern).")
    assert _rel(dg, "Najm Al-Bahr", "VISITED", "Ras Isa")
    ship = next(e for e in dg.entities.values() if e.name == "Najm Al-Bahr")
    assert "Golden Tern" in ship.aliases  # (an earlier name, not the ship's present one)


def test_a_product_assembled_under_a_name_is_no_ship(extract):
    dg = extract("The ships carried artillery shells and components for Shahed-136 drones, which the Russians "
                 "assemble under the name \"Geran-2\".")
    assert "Geran-2" not in _names(dg, "Vessel")


def test_an_armed_group_shipped_to_is_no_port(extract):
    dg = extract("The vessel Najm Al-Bahr carried drones shipped by the Iranian regime to the terrorist Houthi "
                 "militia, the spokesman said.")
    assert not any("militia" in n for n in _names(dg, "Port"))


FILING = ('Vessel Disposal and Designation of the Purchaser by OFAC\n\n'
          'DEFINITIONS\n\n'
          '"Purchaser"     Corvanta Trading FZE, a company incorporated in the United Arab Emirates\n'
          '"Vendor"        Pak Lung Tanker No. 3 Limited, a wholly-owned subsidiary of the Company\n\n'
          'The Vendor agreed to sell the tanker "Jade Harbour" (the "Vessel") to the Purchaser. On 9 January 2025 '
          'OFAC designated the Purchaser. The Vendor was the registered owner of the Vessel until completion.\n')


def test_a_filings_defined_terms_stand_for_the_parties_and_the_ship(extract):
    dg = extract(FILING)
    assert {"Corvanta Trading FZE", "Pak Lung Tanker No. 3 Limited"} <= _names(dg, "Organization")
    assert not _names(dg) & {"Purchaser", "Vendor", "Vessel"}  # (terms, not names of their own)
    assert _rel(dg, "OFAC", "SANCTIONED", "Corvanta Trading FZE")
    assert _rel(dg, "Pak Lung Tanker No. 3 Limited", "OWNS_OR_OPERATES", "Jade Harbour")


def test_a_register_or_document_number_is_no_organisation(extract):
    dg = extract("The tanker Jade Harbour (IMO No. 9339301) was listed under Resolution No. 106 of the Authority.")
    assert not any("No." in n for n in _names(dg, "Organization"))
