"""People's roles (LEADS / AFFILIATED_WITH), on invented text."""

from __future__ import annotations



def triples(dg):
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


def _people(dg):
    return {t for t in triples(dg) if t[1] in ("LEADS", "AFFILIATED_WITH")}


def test_copula_role_of_an_organisation(extract):
    dg = extract("Marek Olszewski, a Polish national, is the chief executive of Brightwater Tankers Ltd. "
                 "Sandra Kowal is a director of Amberline Trading Co. Ltd.")
    got = _people(dg)
    assert ("Marek Olszewski", "LEADS", "Brightwater Tankers Ltd") in {(a, p, o.rstrip(".")) for a, p, o in got}
    assert any(a == "Sandra Kowal" and p == "AFFILIATED_WITH" and o.startswith("Amberline") for a, p, o in got)


def test_serves_as_role_in_a_conjoined_clause(extract):
    dg = extract("Jonas Vark is the managing director of Tallowmere Shipping LLC and also serves as a "
                 "procurement officer for Ostgate Industries LLC.")
    got = _people(dg)
    assert ("Jonas Vark", "LEADS", "Tallowmere Shipping LLC") in got
    assert ("Jonas Vark", "AFFILIATED_WITH", "Ostgate Industries LLC") in got


def test_whose_title_names_the_organisation_before_it(extract):
    dg = extract("The cargo was booked by Harlow Bunkering S.A., whose chief executive Petra Lindqvist said "
                 "the firm would cooperate. It was chartered from Corvane Holdings Ltd, whose former deputy "
                 "director, Mr Tomas Berg, declined to comment.")
    got = _people(dg)
    assert ("Petra Lindqvist", "LEADS", "Harlow Bunkering S.A.") in got
    assert ("Tomas Berg", "AFFILIATED_WITH", "Corvane Holdings Ltd") in got


def test_minister_heads_the_ministry_named_in_the_text(extract):
    dg = extract("Norway's foreign minister, Ingrid Solberg, said the tanker would be inspected. "
                 "The foreign ministry said it had summoned the ambassador.")
    got = _people(dg)
    assert ("Ingrid Solberg", "LEADS", "foreign ministry") in {(a, p, o.lower()) for a, p, o in got} or any(
        a == "Ingrid Solberg" and p == "LEADS" and "ministry" in o.lower() for a, p, o in got)
    assert not any(a == "Ingrid Solberg" and o == "Norway" for a, p, o in got)


def test_pronoun_subject_of_a_stated_role(extract):
    dg = extract("Jonas Vark is the sole director of Tallowmere Shipping LLC. He previously served as commercial "
                 "manager of Ostgate Industries LLC.")
    assert ("Jonas Vark", "AFFILIATED_WITH", "Ostgate Industries LLC") in _people(dg)


def test_minister_of_a_portfolio_in_front_of_the_name(extract):
    dg = extract("The Ministry of Fisheries and Transport of the Republic of Corvania denies the reports. "
                 "The Minister of Fisheries and Transport, Mr. Anton Belic, reminds all shipowners of the rules.")
    assert any(a == "Anton Belic" and p == "LEADS" and "Ministry" in o for a, p, o in _people(dg))


def test_title_of_org_then_comma_then_rank_and_name(extract):
    dg = extract("As informed earlier, since 2022 Russia has exported from the occupied territories at least 4 "
                 "million tonnes of grain, mainly to Syria, Egypt and Turkey, as stated by the head of the Naval "
                 "Intelligence of Ukraine, Lieutenant General Petro Danyliuk.")
    got = _people(dg)
    assert any(a == "Petro Danyliuk" and p == "LEADS" and "Naval Intelligence" in o for a, p, o in got)
    assert not any(a == "Petro Danyliuk" and p == "AFFILIATED_WITH" for a, p, o in got)


def test_club_president_who_also_chairs_a_named_group(extract):
    dg = extract("Turkish club Mersin Kartalspor was fined by the Turkish federation. Club president Selim Aydin, "
                 "who also chairs the family shipping group Aydin Denizcilik A.S., said the wages owed to players "
                 "and staff would be paid in full before the new year.")
    got = _people(dg)
    assert not any(a == "Selim Aydin" and o == "Turkey" for a, p, o in got)
    assert ("Selim Aydin", "LEADS", "Aydin Denizcilik A.S.") in got


def test_a_second_person_hung_on_the_name_is_no_apposition(extract):
    dg = extract("Special Agent Lara M. Ortiz of the FBI's Miami Field Office and Assistant U.S. Attorney Tom "
                 "Reyes for the Southern District of Florida are prosecuting the case.")
    assert not any(a == "Lara M. Ortiz" and o == "United States" for a, p, o in _people(dg))


def test_appointed_or_named_to_a_post(extract):
    dg = extract("Jonas Vark was appointed chief executive of Brightwater Tankers Ltd in March.")
    assert ("Jonas Vark", "LEADS", "Brightwater Tankers Ltd") in _people(dg)


def test_head_of_a_department_of_a_named_body_is_affiliated(extract):
    dg = extract("\"We will find them,\" said Rui Alves, head of the investigation department of the Harbour Guard.")
    got = triples(dg)
    assert ("Rui Alves", "AFFILIATED_WITH", "Harbour Guard") in got
    assert ("Rui Alves", "LEADS", "Harbour Guard") not in got


def test_a_nationality_between_title_and_name_is_no_post(extract):
    dg = extract("Corvo Trading Ltd was set up in May. Its managing director, Iranian national Farhad Rostami, "
                 "denied any wrongdoing.")
    assert ("Farhad Rostami", "LEADS", "Corvo Trading Ltd") in triples(dg)


def test_a_ship_sale_between_companies_is_an_agreement(extract):
    dg = extract("Merlin Bay Shipping Ltd sold the tanker Corvo Star to Brightwater Holdings Ltd in May.")
    got = triples(dg)
    assert ("Merlin Bay Shipping Ltd", "AGREEMENT_WITH", "Brightwater Holdings Ltd") in got or \
        ("Brightwater Holdings Ltd", "AGREEMENT_WITH", "Merlin Bay Shipping Ltd") in got


def test_a_grain_sale_is_no_agreement(extract):
    dg = extract("Merlin Bay Shipping Ltd sold 300,000 tonnes of grain to Amberline Trading Ltd.")
    assert not any(p == "AGREEMENT_WITH" for s, p, o in triples(dg))


def test_a_named_appositive_subject_is_a_deal_party(extract):
    dg = extract("The tanker Corvo Star was sold in May. Her seller, Merlin Bay Shipping Ltd, agreed the deal "
                 "with Brightwater Navigation Inc, which renamed the ship.")
    got = triples(dg)
    assert ("Merlin Bay Shipping Ltd", "AGREEMENT_WITH", "Brightwater Navigation Inc") in got or \
        ("Brightwater Navigation Inc", "AGREEMENT_WITH", "Merlin Bay Shipping Ltd") in got


def test_contract_signed_with_under_a_passive_clause(extract):
    dg = extract("The restoration was carried out by the local yard Nordhafen Shipyard Ltd under a contract signed with "
                 "Merlin Trust in 2020.")
    got = triples(dg)
    assert ("Nordhafen Shipyard Ltd", "AGREEMENT_WITH", "Merlin Trust") in got or \
        ("Merlin Trust", "AGREEMENT_WITH", "Nordhafen Shipyard Ltd") in got


def test_contract_with_which_a_relative_clause(extract):
    dg = extract("The transport was organised by the freight forwarder Corvo Logistics OÜ, with which "
                 "Merlin Trade concluded a transport contract.")
    got = triples(dg)
    assert ("Merlin Trade", "AGREEMENT_WITH", "Corvo Logistics OÜ") in got or \
        ("Corvo Logistics OÜ", "AGREEMENT_WITH", "Merlin Trade") in got


def test_a_charter_or_loan_from_a_company_is_an_agreement(extract):
    dg = extract("Its shipping arm, Nordhafen Tankers Ltd, manages the 2011-built Corvo Star on a long-term time "
                 "charter from Greek owner Merlin Product Carriers S.A.")
    assert ("Nordhafen Tankers Ltd", "AGREEMENT_WITH", "Merlin Product Carriers S.A.") in triples(dg)
    dg = extract("Nordhafen Tankers Ltd took a $40 million loan from Merlin Bank Ltd in May.")
    assert ("Nordhafen Tankers Ltd", "AGREEMENT_WITH", "Merlin Bank Ltd") in triples(dg)


def test_a_title_as_copula_subject_names_the_person(extract):
    dg = extract("Nordhafen Tankers Ltd was set up in 2024. Its sole director is listed as Arun Pillai, "
                 "an Indian national.")
    assert ("Arun Pillai", "LEADS", "Nordhafen Tankers Ltd") in triples(dg)


def test_an_institute_directed_by_a_person(extract):
    dg = extract("The Norberg Institute for Peace Studies was founded in 2001. The institute is directed by "
                 "Dr Lena Sato.")
    assert ("Lena Sato", "LEADS", "Norberg Institute for Peace Studies") in triples(dg)
