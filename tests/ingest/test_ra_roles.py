"""Roles, sanctions and deals as news writes them (engineer ra), on invented text."""

from __future__ import annotations


def triples(dg):
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


def _people(dg):
    return {t for t in triples(dg) if t[1] in ("LEADS", "AFFILIATED_WITH")}


def test_its_refers_to_the_subject_of_the_sentence_before(extract):
    got = _people(extract("Brightwater Tankers Ltd signed a charter agreement with Amberline Trading Co. Ltd "
                          "last year. Its chief executive, Marek Olszewski, said the ships were ready."))
    assert ("Marek Olszewski", "LEADS", "Brightwater Tankers Ltd") in got
    assert not any(o.startswith("Amberline") for _, _, o in got)


def test_function_posts_are_members_not_heads(extract):
    got = _people(extract("Dravenko Fertiliser JSC exports urea. Dravenko Fertiliser JSC's commercial director "
                          "Olga Mirnova said sales rose."))
    assert ("Olga Mirnova", "AFFILIATED_WITH", "Dravenko Fertiliser JSC") in got
    assert ("Olga Mirnova", "LEADS", "Dravenko Fertiliser JSC") not in got


def test_chained_titles_before_a_name(extract):
    got = _people(extract("Kestovar Robotics Ltd builds drones. \"It flew,\" Kestovar Robotics Ltd's co-founder "
                          "and chief executive Mira Talvik told reporters."))
    assert ("Mira Talvik", "LEADS", "Kestovar Robotics Ltd") in got


def test_bare_company_post_goes_to_the_topic_organisation(extract):
    got = _people(extract("Halvorsen Grain Trading AS agreed a credit line this week. Chief financial officer "
                          "Petra Lund said the terms were good."))
    assert ("Petra Lund", "AFFILIATED_WITH", "Halvorsen Grain Trading AS") in got


def test_bare_public_post_is_not_given_to_a_company(extract):
    got = _people(extract("Halvorsen Grain Trading AS was fined this week. District prosecutor Jon Berg said "
                          "the case was closed."))
    assert not any(a == "Jon Berg" for a, _, _ in got)


def test_whose_post_is_person(extract):
    got = _people(extract("The tankers are managed by Orvell Marine Services FZE, a Sharjah company whose "
                          "general manager is Karim Haddad, the owner's cousin."))
    assert ("Karim Haddad", "LEADS", "Orvell Marine Services FZE") in got


def test_name_in_apposition_to_the_subject(extract):
    got = _people(extract("Haddad's 30-year-old son, Rami Haddad, is the sole director of Tessaro Holdings Ltd in Limassol."))
    assert ("Rami Haddad", "LEADS", "Tessaro Holdings Ltd") in got


def test_nested_apposition_and_a_second_listed_role(extract):
    got = _people(extract("The shares were held by Kelvane Nominees Ltd, a corporate services provider in "
                          "Nicosia. Its director, the Cypriot businessman Petros Ioannou, is also listed as secretary of "
                          "Marlow Ridge Shipping Ltd."))
    assert ("Petros Ioannou", "LEADS", "Kelvane Nominees Ltd") in got
    assert ("Petros Ioannou", "AFFILIATED_WITH", "Marlow Ridge Shipping Ltd") in {(a, p, o.rstrip(".")) for a, p, o in got}


def test_capitalised_body_noun_before_a_post(extract):
    got = _people(extract("The Corvanian Interior Ministry said the tanker had been detained. Ministry "
                          "spokesperson Ana Petrova said the crew were safe."))
    assert any(a == "Ana Petrova" and p == "AFFILIATED_WITH" and "Ministry" in o for a, p, o in got)


def _sanctions(dg):
    return {t for t in triples(dg) if t[1] == "SANCTIONED"}


def test_heading_without_a_body_then_bullets(extract):
    got = _sanctions(extract("Norway is imposing sanctions on 3 entities under its regulations.\n\n"
                             "The sanctioned entities are:\n"
                             "- Tarnbrook Maritime Ltd, a Cyprus company that manages two tankers;\n"
                             "- Velmora Trading FZE.\n"))
    assert ("Norway", "SANCTIONED", "Tarnbrook Maritime Ltd") in got
    assert any(o.startswith("Velmora Trading") for _, _, o in got)


def test_numbered_entries_under_persons_listed_below(extract):
    got = _sanctions(extract("1. On 3 May the Ministry of Finance designated the persons listed below under the "
                             "sanctions regulations.\n\nENTITIES\n\n1. BRACKWATER SHIPPING LLC\nAddress: Dubai. "
                             "Ref: X1.\n\n2. OSTRAVEN TANKERS INC.\nAddress: Majuro. Ref: X2.\n"))
    assert any(o.upper().startswith("BRACKWATER SHIPPING") for _, _, o in got)
    assert any(o.upper().startswith("OSTRAVEN TANKERS") for _, _, o in got)


def test_resolutions_which_ban_trade_with_a_country(extract):
    got = _sanctions(extract("The transfers violate several U.N. Security Council resolutions, which ban all arms "
                             "trade with Eritrea."))
    assert any(o == "Eritrea" and "Security Council" in b for b, _, o in got)


def test_leaders_sign_for_their_countries(extract):
    got = triples(extract("Last spring Moldovan President Ana Rusu and Georgian Prime Minister Levan Gelashvili "
                          "signed a trade agreement in Tbilisi."))
    agr = {(a, o) for a, p, o in got if p == "AGREEMENT_WITH"}
    assert ("Moldova", "Georgia") in agr or ("Georgia", "Moldova") in agr
    assert not any("Rusu" in a or "Rusu" in o for a, o in agr)


def test_predicative_hyphenated_body(extract):
    got = _sanctions(extract("Marlow Trading FZE, which is EU-sanctioned, chartered the vessel in May."))
    assert any(o.startswith("Marlow Trading") and b in ("EU", "European Union") for b, _, o in got)


def test_possessive_apposition_with_a_second_role(extract):
    got = _people(extract("The Baltic Shipping Observatory tracks tankers. \"The pattern repeats,\" said Marta Kask, "
                          "the group's director and a former analyst at Estonia's Foreign Intelligence Service."))
    assert ("Marta Kask", "LEADS", "Baltic Shipping Observatory") in got
    assert any(a == "Marta Kask" and p == "AFFILIATED_WITH" and "Foreign Intelligence" in o for a, p, o in got)
    assert not any(a == "Marta Kask" and p == "LEADS" and "Foreign Intelligence" in o for a, p, o in got)


def test_its_with_an_untagged_short_name_as_subject(extract):
    got = _people(extract("Brevanta Oil Trading DMCC bought the cargoes from Petrovia Holdings Ltd in May. "
                          "Brevanta, registered in Dubai in 2023, paid Petrovia Holdings Ltd in cash. "
                          "Its sole director is listed as Omar Haddad."))
    assert ("Omar Haddad", "LEADS", "Brevanta Oil Trading DMCC") in got


def test_agent_on_the_sanctions_noun_beats_the_last_body(extract):
    got = _sanctions(extract("Norvane Shipping LLC, a Riga company that the United Kingdom sanctioned in 2023, owns "
                             "the ship. Meridian Tankers Ltd was also placed under sanctions by the European Union "
                             "in March."))
    assert any(b == "European Union" and o.startswith("Meridian Tankers") for b, _, o in got)
    assert not any(b == "United Kingdom" and o.startswith("Meridian Tankers") for b, _, o in got)


def test_who_founded_and_ran(extract):
    got = _people(extract("Prosecutors charged Dilnoza Karimova, who founded and ran Amber Route Trading LLC, "
                          "with fraud."))
    assert ("Dilnoza Karimova", "LEADS", "Amber Route Trading LLC") in got


def test_conditional_listing_is_no_designation(extract):
    got = _sanctions(extract("The European Union sanctioned Harbor Line LLC in May. The tanker Sea Falcon is still "
                             "trading. \"When one tanker is listed, the others keep trading,\" she said."))
    assert not any(o == "Sea Falcon" for _, _, o in got)


def test_numbered_entry_surname_first_is_not_a_company(extract):
    got = _sanctions(extract("1. On 3 May the Ministry of Finance designated the persons listed below under the "
                             "sanctions regulations.\n\nINDIVIDUALS\n\n1. VARGAS, Pedro Luis\nDOB: 1970. Ref: X1.\n\n"
                             "3. PAPADOPOULOS, Nikos\nTitle: Captain. DOB: 1966.\n"))
    assert not any(o.upper() == "PAPADOPOULOS" for _, _, o in got)


def test_passive_list_heading_credits_the_release_issuer(extract):
    text = ("WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
            "sanctioning two entities that sell fuel.\n\n"
            "The following entities are being designated pursuant to E.O. 99999:\n\n"
            "1. NORVALE PETRO TRADING LLC\n\n"
            "2. BRASKEN MARINE HOLDINGS LIMITED\n\n"
            "The following individuals are being designated pursuant to E.O. 99999:\n\n"
            "- Ivan Petrenko, a Russian national, who controls Norvale Petro Trading LLC.\n")
    got = triples(extract(text))
    assert ("Office of Foreign Assets Control", "SANCTIONED", "Ivan Petrenko") in got
    assert any(s == "Office of Foreign Assets Control" and p == "SANCTIONED" and o.lower().startswith("brasken")
               for s, p, o in got)


def test_managing_director_after_a_nationality_leads(extract):
    got = _people(extract("Halcor Ship Management Ltd runs four tankers. Its manager is Wen Baoli, a Chinese "
                          "national, the managing director of Halcor Ship Management Ltd, who said little."))
    assert ("Wen Baoli", "LEADS", "Halcor Ship Management Ltd") in got
    assert not any(o == "China" for _, _, o in got)


def test_who_controls_is_a_leader(extract):
    got = _people(extract("Ostrava Grain Brokers Ltd sold wheat. Pavel Drumov, who controls Ostrava Grain "
                          "Brokers Ltd, declined to comment."))
    assert ("Pavel Drumov", "LEADS", "Ostrava Grain Brokers Ltd") in got


def test_ship_bought_from_and_charter_from_are_deals(extract):
    got = triples(extract("The tanker Orvane Star was bought in May by Kestrel Bay Holdings Ltd from Marlow Tide "
                          "Shipping Ltd for an undisclosed price. Dunmore Freight LLC chartered two aircraft "
                          "from Alvaro Air Cargo LLC in July."))
    deals = {frozenset((s, o)) for s, p, o in got if p == "AGREEMENT_WITH"}
    assert frozenset(("Kestrel Bay Holdings Ltd", "Marlow Tide Shipping Ltd")) in deals
    assert frozenset(("Dunmore Freight LLC", "Alvaro Air Cargo LLC")) in deals


def test_goods_bought_from_a_company_are_no_deal_here(extract):
    got = triples(extract("Trevant Energy Ltd bought 20,000 tonnes of diesel from Halmira Oil Trading LLC."))
    assert not any(p == "AGREEMENT_WITH" for _, p, _ in got)


def test_club_posts_belong_to_the_club_not_to_a_demonym(extract):
    got = _people(extract("Northgate Athletic Club lost again in the league on Sunday. Northgate Athletic Club "
                          "confirmed that Turkish defender Mehmet Aydin will miss the next match."))
    assert not any(s == "Mehmet Aydin" and o == "Turkey" for s, _, o in got)
    assert ("Mehmet Aydin", "AFFILIATED_WITH", "Northgate Athletic Club") in got


def test_passive_shipment_from_a_country_to_a_group(extract):
    got = triples(extract("Investigators believe the materiel was shipped from Belarus to the Vorn Liberation "
                          "Front in breach of an arms embargo."))
    assert any(s == "Belarus" and p == "SHIPPED_TO" and o.startswith("Vorn") for s, p, o in got)


def test_goods_made_in_a_country_reaching_another(extract):
    got = triples(extract("Officials say dozens of lathes made in Austria have reached Belarus since 2023, "
                          "despite the export ban."))
    assert ("Austria", "SHIPPED_TO", "Belarus") in got


def test_brought_in_from_is_an_import(extract):
    got = triples(extract("Cuba brought in about 2 million barrels of diesel last year, mostly from Venezuela "
                          "and Mexico, customs data show."))
    assert ("Venezuela", "SHIPPED_TO", "Cuba") in got


def test_the_authority_refers_back_to_a_named_authority(extract):
    got = _people(extract("The Norwegian Coastal Authority detained the tanker on Friday. \"The ship is "
                          "stateless,\" said the authority's director, Ingrid Solberg, in a statement."))
    assert ("Ingrid Solberg", "LEADS", "Norwegian Coastal Authority") in got


def test_a_persons_named_organisation_is_led_by_them(extract):
    got = _people(extract("The convoy was escorted by Khalid Mansour's Rapid Response Army (RRA), the group said."))
    assert ("Khalid Mansour", "LEADS", "Rapid Response Army") in got


def test_additional_director_general_is_no_head(extract):
    got = _people(extract("The Directorate of Customs Enforcement seized the cargo. Ravi Kapoor, Additional "
                          "Director General of the Directorate of Customs Enforcement, said the goods were hidden."))
    assert ("Ravi Kapoor", "LEADS", "Directorate of Customs Enforcement") not in got
    assert ("Ravi Kapoor", "AFFILIATED_WITH", "Directorate of Customs Enforcement") in got


def test_a_company_that_has_a_single_director(extract):
    got = _people(extract("Records show Harlow Tide Ltd has a single director, Wei Jianming, who lives in Ningbo."))
    assert ("Wei Jianming", "LEADS", "Harlow Tide Ltd") in got
