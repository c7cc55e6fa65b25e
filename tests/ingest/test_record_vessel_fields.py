"""A vessel named in a record's field (round of 2026-11-30, sixth part; found on a phrasebook of formal
documents written blind): detention lists, sanctions annexes and shipping agencies' notices write a ship's
particulars as labelled fields, "Ship: X. IMO: 1234567. Flag: Y.", "Vessel X, IMO 1234567, Flag Y;",
"m/v X ETA ...". The names are invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "PORT STATE CONTROL - DETENTION. Ship: Sogliola Blu. IMO: 9123457. Flag: Tanzania. Cargo: bagged rice.",
    "Flag: Togo. Owner: Triglia Shipping Ltd. Vessel: Sogliola Blu.",
    "| Vessel name: Sogliola Blu | Flag: Togo | Detained: 4 days |",
    "Shipping agency notice: m/v Sogliola Blu ETA Ravenna 06.11, ETD 08.11, next port Tripoli (Libya).",
])
def test_a_vessel_field_names_a_vessel(extract, find, text):
    assert find(extract(text), "Sogliola Blu").type == "Vessel"


def test_a_vessel_field_gives_the_flag_of_its_record(extract, facts):
    got = facts(extract("Ship: Sogliola Blu. IMO: 9123457. Flag: Tanzania."))
    assert ("Sogliola Blu", "FLAGGED_IN", "Tanzania") in got


def test_a_record_without_colons(extract, find, facts):
    dg = extract("Designated: BIANCHETTI MARINE LLC, Vladivostok, Russia; Vessel RAZZA GRIGIA, IMO 9387421, "
                 "Flag Russia; Vessel ORATA DORATA, IMO 9166603, Flag Palau.")
    # the label "Vessel" is no part of the name, and "Flag Palau" is no person
    assert find(dg, "RAZZA GRIGIA").type == "Vessel"
    got = facts(dg)
    assert ("RAZZA GRIGIA", "FLAGGED_IN", "Russia") in got
    assert ("ORATA DORATA", "FLAGGED_IN", "Palau") in got
    assert not any(e.type == "Person" for e in dg.entities.values())


@pytest.mark.parametrize("text", [
    "Vessel: not identified. Flag: unknown.",
    "Ship: Unknown. Cargo: rice.",
])
def test_an_empty_field_names_nothing(extract, text):
    assert not any(e.type == "Vessel" for e in extract(text).entities.values())


def test_a_table_under_a_header_row(extract, find, facts):
    dg = extract("Detentions in May (extract)\n"
                 "Ship name | IMO | Flag | Company | Place of detention | Date of detention\n"
                 "Pescara Light | 9356102 | Cameroon | Chieti Shipping FZE | Rotterdam | 12-05-2025\n"
                 "Ortona Star | 9149881 | Tanzania | Lanciano Maritime Ltd | Gdansk | 19-05-2025\n")
    assert find(dg, "Pescara Light").type == "Vessel" and find(dg, "Ortona Star").type == "Vessel"
    got = facts(dg)
    assert {("Pescara Light", "FLAGGED_IN", "Cameroon"), ("Chieti Shipping FZE", "OWNS_OR_OPERATES", "Pescara Light"),
            ("Pescara Light", "VISITED", "Rotterdam"), ("Ortona Star", "FLAGGED_IN", "Tanzania"),
            ("Ortona Star", "VISITED", "Gdansk")} <= got


def test_a_club_circular_table(extract, facts):
    got = facts(extract("The following entries have been terminated with effect from 21 May:\n"
                        "Vessel | IMO | Flag | Member (registered owner)\n"
                        "Vasto Bay | 9257731 | Gabon | Sulmona Tankers Inc.\n"
                        "Members are reminded that no letter of undertaking can be given."))
    assert {("Vasto Bay", "FLAGGED_IN", "Gabon"), ("Sulmona Tankers Inc.", "OWNS_OR_OPERATES", "Vasto Bay")} <= got


def test_labelled_cells_with_a_code_in_brackets(extract, facts):
    got = facts(extract("Inspection record: Ship: Termoli Wave | Flag: Moldova | Port of inspection: Poti, Georgia | "
                        "Deficiencies: 7 | Company (ISM): Atri Marine LLC"))
    assert {("Atri Marine LLC", "OWNS_OR_OPERATES", "Termoli Wave"), ("Termoli Wave", "VISITED", "Poti"),
            ("Termoli Wave", "FLAGGED_IN", "Moldova")} <= got
    assert not any(s == "ISM" for s, _, _ in got)  # the code is no company


@pytest.mark.parametrize("name, text", [
    ("Pescara Light", "Annex: the following entries are added:\n343. Pescara Light - IMO 9224439\n"
                      "344. Ortona Star - IMO 9237107"),
    ("PESCARA LIGHT", "OFAC - Iran-related Designations. The following vessel has been added to the SDN List:\n"
                      "PESCARA LIGHT (9HA4412) Crude Oil Tanker Comoros flag; Vessel Registration Identification IMO "
                      "9208136; MMSI 616999341 (vessel) [IRAN-EO13846]."),
    ("ORTONA STAR", "OFAC - Russia-related Designations (vessels)\nORTONA STAR; Vessel Registration Identification IMO "
                    "9227431; Vessel Type Crude Oil Tanker; Vessel Flag Gabon (vessel) [RUSSIA-EO14024]."),
    ("VASTO BAY", "The Government has designated the following vessels:\n(1) Name: VASTO BAY; IMO number: 9196133; "
                  "Flag: Eswatini"),
    ("Termoli Wave", 'Annex 2: 1. Vessel "Termoli Wave" (IMO 9261540), flag: Russian Federation.'),
    ("Termoli Wave", "Detention list, May: Termoli Wave (flag: Togo; IMO 8716021) - detained at Busan."),
])
def test_a_listed_vessel_entry(extract, find, name, text):
    assert find(extract(text), name).type == "Vessel"


def test_a_flag_field_in_lower_case(extract, facts):
    got = facts(extract('Sellers: Chieti Shipping Ltd. Vessel: "Vasto Bay", IMO 9291870, flag Liberia.'))
    assert ("Vasto Bay", "FLAGGED_IN", "Liberia") in got


def test_defined_terms_of_a_filing(extract, facts):
    dg = extract('CHIETI SHIPPING HOLDINGS LIMITED (the "Company") - DISPOSAL OF A VESSEL. On 14 March 2025, '
                 'Lanciano Maritime Limited (the "Vendor"), a subsidiary of the Company, entered into a memorandum '
                 'of agreement with Sulmona Tankers Inc. (the "Purchaser") to sell the tanker Vasto Bay (the '
                 '"Vessel") to the Purchaser. The Vessel is registered in Panama.')
    got = facts(dg)
    assert ("Vasto Bay", "FLAGGED_IN", "Panama") in got
    assert ("Lanciano Maritime Limited", "AGREEMENT_WITH", "Sulmona Tankers Inc.") in got or \
        ("Sulmona Tankers Inc.", "AGREEMENT_WITH", "Lanciano Maritime Limited") in got
    names = {e.name for e in dg.entities.values()} | {a for e in dg.entities.values() for a in e.aliases}
    assert not {"Vendor", "Purchaser", "Vessel", "Board"} & names  # a defined term is no name of its own


def test_linked_to_in_sdn_entries(extract, facts):
    got = facts(extract(
        "OFAC - Russia-related Designations\n"
        "CORRAN, Elspeth, Dubai, United Arab Emirates; DOB 14 Mar 1979; Gender Female (individual) "
        "[RUSSIA-EO14024] (Linked To: CHIETI SHIPPING FZCO).\n"
        "VASTO BAY (9HA4412) Crude Oil Tanker Comoros flag; Vessel Registration Identification IMO 9208136 "
        "(vessel) [IRAN-EO13846] (Linked To: LANCIANO MARITIME LTD).\n"))
    assert ("LANCIANO MARITIME LTD", "OWNS_OR_OPERATES", "VASTO BAY") in got
    assert ("Elspeth Corran", "AFFILIATED_WITH", "CHIETI SHIPPING FZCO") in got


def test_sdn_entries_under_a_heading_without_a_verb(extract, facts):
    got = facts(extract(
        "OFAC - Russia-related Designations (vessels)\n"
        "VASTO BAY; Vessel Registration Identification IMO 9227431; Vessel Type Crude Oil Tanker; Vessel Flag Gabon "
        "(vessel) [RUSSIA-EO14024] (Linked To: LANCIANO MARITIME LTD).\n"
        "CORRAN, Elspeth, Dubai, United Arab Emirates; DOB 14 Mar 1979 (individual) [RUSSIA-EO14024].\n"))
    assert {("OFAC", "SANCTIONED", "VASTO BAY"), ("OFAC", "SANCTIONED", "Elspeth Corran")} <= got
    # a list of removals sanctions no one
    got = facts(extract(
        "OFAC - Russia-related Designation Removals. The following entries have been removed from the SDN List:\n"
        "ORTONA STAR (9HA5120) Crude Oil Tanker Malta flag; Vessel Registration Identification IMO 9310218 "
        "(vessel) [RUSSIA-EO14024].\n"))
    assert not any(p == "SANCTIONED" for _, p, _ in got)


def test_an_annex_list_under_a_regulation(extract, facts):
    got = facts(extract("Council Implementing Regulation (EU) 2025/1094 - In Annex XLII to Regulation (EU) No "
                        "833/2014, the following entries are added:\n343. Vasto Bay - IMO 9224439\n"
                        "344. Ortona Star - IMO 9237107\n"))
    assert {("EU", "SANCTIONED", "Vasto Bay"), ("EU", "SANCTIONED", "Ortona Star")} <= got


@pytest.mark.parametrize("text, ports", [
    ("VOYAGE SUMMARY - M/T Vasto Bay (Voy. 2506)\nOwners: Chieti Shipping Ltd\nLoaded: Ust-Luga, 11 June 2025\n"
     "Discharged: Fujairah, 2 July 2025", {"Ust-Luga", "Fujairah"}),
    ("CARGO MANIFEST (extract) - M/V Vasto Bay, Voy. 12E. Port of loading: Bandar Abbas. Port of discharge: Port "
     "Sudan.", {"Bandar Abbas", "Port Sudan"}),
    ("Shipment records\nDate | Exporter | Importer | Goods | Port of loading | Port of discharge | Vessel\n"
     "12.02.2025 | Chieti Shipping Ltd | Lanciano Maritime LLC | lathes | Qingdao | Saint Petersburg | Vasto Bay\n",
     {"Qingdao", "Saint Petersburg"}),
])
def test_a_records_port_fields(extract, facts, text, ports):
    got = facts(extract(text))
    assert {("Vasto Bay", "VISITED", p) for p in ports} <= got


def test_a_records_cargo_field(extract, facts):
    got = facts(extract("PORT STATE CONTROL - DETENTION. Ship: Vasto Bay. IMO: 9123457. Flag: Tanzania. "
                        "Cargo: bagged rice."))
    assert ("Vasto Bay", "TRANSPORTED", "rice") in got


@pytest.mark.parametrize("text", [
    "CARGO MANIFEST - M/V Vasto Bay, Voy. 12E.\nItem 3 | Container TGHU 448210-7 | Shipper: Chieti Shipping Co. | "
    "Consignee: Lanciano Trading LLC | Description: machinery parts",
    "Shipment records\nDate | Exporter | Importer | Goods\n12.02.2025 | Chieti Shipping Co. | Lanciano Trading LLC | "
    "lathes\n",
])
def test_a_records_shipper_and_consignee(extract, facts, text):
    assert ("Chieti Shipping Co.", "SHIPPED_TO", "Lanciano Trading LLC") in facts(extract(text))


def test_a_consignee_to_order_is_no_party(extract, facts):
    got = facts(extract("BILL OF LADING | Shipper: Chieti Shipping Co., Yantai, China | Consignee: TO ORDER | "
                        "Notify party: Lanciano Trading LLC, Bandar Abbas, Iran"))
    assert not any(p == "SHIPPED_TO" and o == "Lanciano Trading LLC" for _, p, o in got)


def test_many_records_cost_no_more_than_their_fields(extract, facts):
    # 400 records of one paragraph each: every field finds its own record's vessel (found by binary search,
    # not by a scan of every vessel for every field)
    text = "\n\n".join(f"Vessel: Vasto Bay {k}. Port of loading: Qingdao. Cargo: rice." for k in range(1, 401))
    got = facts(extract(text))
    assert ("Vasto Bay 1", "VISITED", "Qingdao") in got and ("Vasto Bay 400", "VISITED", "Qingdao") in got
