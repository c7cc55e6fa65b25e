"""Posts, sanctions listings and officials' portfolios (round of 2026-11-30, fourth part): found by writing
ordinary wire, press-release and SDN-list sentences, not from an article of the corpus. All names of
vessels, firms and people are invented; bodies and places are real scenery.
"""

from __future__ import annotations


def _names(dg) -> set[str]:
    return {n for e in dg.entities.values() for n in (e.name, *e.aliases)}


def test_head_of_research_at_a_broker_is_no_port_call(extract, find, facts):
    dg = extract("Marta Lindqvist, head of research at Nordstrand Brokers, said the vessel was old.")
    assert find(dg, "Nordstrand Brokers").type == "Organization"
    assert ("Marta Lindqvist", "AFFILIATED_WITH", "Nordstrand Brokers") in facts(dg)


def test_a_name_after_a_post_for_a_body_is_a_person(extract, find, facts):
    dg = extract("A spokesman for the Russian Embassy, Igor Sokolov, called the detention illegal.")
    assert find(dg, "Igor Sokolov").type == "Person"
    assert ("Igor Sokolov", "AFFILIATED_WITH", "Russian Embassy") in facts(dg)


def test_a_list_after_the_head_of_a_body_is_no_person(extract, find):
    dg = extract("The head of the port authority, Juan Perez and Ana Ruiz met on Monday.")
    assert "Juan Perez and Ana Ruiz" not in _names(dg)


def test_a_party_set_off_by_commas_is_the_lawmakers(extract, facts):
    got = facts(extract("Opposition lawmaker Tomas Zilinskas, of the Homeland Union, demanded tougher checks."))
    assert ("Tomas Zilinskas", "AFFILIATED_WITH", "Homeland Union") in got
    # a town set off the same way is no employer
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in facts(extract("John Smith, of London, said the ship "
                                                                        "was late.")))


def test_a_director_among_several_is_a_member(extract, facts):
    got = facts(extract("Ahmed Karimi served as a director of Seahaven Marine Ltd until June."))
    assert ("Ahmed Karimi", "AFFILIATED_WITH", "Seahaven Marine Ltd") in got
    assert ("Ahmed Karimi", "LEADS", "Seahaven Marine Ltd") not in got
    # one who is sworn in as its president still leads it
    assert ("Ahmed Karimi", "LEADS", "Ruritania Shipping") in facts(extract(
        "Ahmed Karimi was sworn in as president of Ruritania Shipping."))


def test_holders_of_a_plural_post_are_members(extract, facts):
    got = facts(extract("Lotus Ridge Shipping's two directors are Chen Wei and Reza Tavakoli."))
    assert {("Chen Wei", "AFFILIATED_WITH", "Lotus Ridge Shipping"),
            ("Reza Tavakoli", "AFFILIATED_WITH", "Lotus Ridge Shipping")} <= got
    got = facts(extract("Lotus Ridge Shipping's shareholders include Chen Wei and an Iranian national, "
                        "Reza Tavakoli."))
    assert ("Reza Tavakoli", "AFFILIATED_WITH", "Lotus Ridge Shipping") in got
    # ships are no members
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in facts(extract(
        "The ships of Lotus Ridge Shipping are the Amber Kite and the Coral Kite.")))


def test_a_body_that_established_a_fact_reported_it(extract, facts):
    got = facts(extract("The tanker Coral Wind left Primorsk on May 2. The Office of the Prosecutor General "
                        "established that the Coral Wind carried stolen grain."))
    assert ("Office of the Prosecutor General", "REPORTED", "Coral Wind") in got
    # "established a task force" is no finding
    got = facts(extract("The tanker Coral Wind left Primorsk on May 2. The Office of the Prosecutor General "
                        "established a task force on the Coral Wind."))
    assert ("Office of the Prosecutor General", "REPORTED", "Coral Wind") not in got


def test_restrictive_measures_make_a_sanctions_story(extract, facts):
    got = facts(extract("The Council of the European Union today adopted restrictive measures against five "
                        "entities. The Council also listed the tanker Volga Crest."))
    assert ("Council of the European Union", "SANCTIONED", "Volga Crest") in got
    # without a word of sanctions, "listed" may be a stock listing
    assert not any(p == "SANCTIONED" for _, p, _ in facts(extract(
        "The European Union also listed the tanker Volga Crest among the ships at anchor.")))


def test_a_body_named_by_its_own_languages_acronym(extract, find, facts):
    dg = extract("The State Secretariat for Economic Affairs (SECO) sanctioned Kestrel Bay Trading FZE on "
                 "Friday.")
    assert find(dg, "State Secretariat for Economic Affairs") is not None
    assert ("State Secretariat for Economic Affairs", "SANCTIONED", "Kestrel Bay Trading FZE") in facts(dg)


def test_a_datelines_city_is_not_who_acts(extract, facts):
    got = facts(extract("Bern, 28.11.2026 - The State Secretariat for Economic Affairs (SECO) has sanctioned "
                        "Kestrel Bay Trading FZE and Norvik Shipholding Ltd."))
    assert ("State Secretariat for Economic Affairs", "SANCTIONED", "Norvik Shipholding Ltd.") in got
    assert not any(s == "Switzerland" for s, _, _ in got)


def test_sdn_entries_after_the_following(extract, facts):
    got = facts(extract(
        "WASHINGTON -- Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
        "sanctioning two entities and one vessel involved in shipping Iranian oil.\n\n"
        "OFAC's action today targets the following:\n\n"
        "MARLIN TRADE LLC (a.k.a. MARLIN TRADING), Dubai, United Arab Emirates; Linked To: SOVCOMFLOT.\n"
        "SEA KESTREL (IMO 9412233) Crude Oil Tanker Comoros flag; (Linked To: MARLIN TRADE LLC).\n"
        "HARBOR PEAK SHIPPING LIMITED, Hong Kong.\n"))
    ofac = "Office of Foreign Assets Control"
    assert {(ofac, "SANCTIONED", "MARLIN TRADE LLC"), (ofac, "SANCTIONED", "SEA KESTREL"),
            (ofac, "SANCTIONED", "HARBOR PEAK SHIPPING LIMITED")} <= got
    assert (ofac, "SANCTIONED", "Dubai") not in got  # the entry's address


def test_the_holder_of_a_portfolio_named_after_it(extract, find, facts):
    dg = extract("The U.S. Department of the Treasury sanctioned the tanker Sea Owl. Under Secretary of the "
                 "Treasury for Terrorism and Financial Intelligence Samuel Okonkwo-Reyes said the ship carried "
                 "Iranian oil.")
    assert find(dg, "Samuel Okonkwo-Reyes").type == "Person"
    assert "Treasury for Terrorism" not in _names(dg)
    assert ("Samuel Okonkwo-Reyes", "AFFILIATED_WITH", "U.S. Department of the Treasury") in facts(dg)
    dg = extract("Assistant Secretary for Terrorist Financing Anna Morris said OFAC sanctioned the tanker Sea Owl.")
    assert find(dg, "Anna Morris").type == "Person"
    # a title "of" a body with no portfolio keeps its own reading
    dg = extract("The Department of the Treasury sanctioned the tanker Sea Owl. \"Iran continues to rely on "
                 "aging tankers,\" said Acting Under Secretary of the Treasury Marcus Ellery.")
    assert ("Marcus Ellery", "AFFILIATED_WITH", "Department of the Treasury") in facts(dg)


def test_a_body_of_the_republic_of_a_country_is_one_name(extract, find):
    dg = extract("The Prosecutor General's Office of the Republic of Lithuania opened a case against the captain.")
    assert find(dg, "Prosecutor General's Office of the Republic of Lithuania") is not None
    dg = extract("The U.S. Attorney's Office for the Eastern District of New York said the ship was seized.")
    assert find(dg, "U.S. Attorney's Office for the Eastern District of New York") is not None


def test_a_ship_that_reflagged_or_is_managed_by_a_shipping_firm(extract, find, facts):
    dg = extract("The tanker was seized on Monday. The Oriel Star, which reflagged from Panama to Gabon in March, "
                 "is managed by Seabright Shipping LLC of Dubai.")
    assert find(dg, "Oriel Star").type == "Vessel"
    assert ("Oriel Star", "FLAGGED_IN", "Gabon") in facts(dg)
    dg = extract("The tanker was seized on Monday. The Oriel Star is owned by Coralwave Holdings Inc. and managed "
                 "by Seabright Shipping LLC.")
    assert find(dg, "Oriel Star").type == "Vessel"
    # a group owned and managed by firms is no ship
    dg = extract("The tanker was seized on Monday. The Oriel Group is owned by Coralwave Holdings Inc. and "
                 "managed by Seabright Capital LLC.")
    assert find(dg, "Oriel Group").type == "Organization"


def test_a_region_after_a_port_is_no_port(extract, find, facts):
    dg = extract("The sanctioned tanker Amber Kite carried crude. It finally arrived at Kozmino near Nakhodka in "
                 "Russia's Far East.")
    assert find(dg, "Far East").type == "Location"
    assert ("Amber Kite", "VISITED", "Kozmino") in facts(dg)


def test_a_firm_named_after_a_harbour(extract, find, facts):
    dg = extract("The tanker Amber Kite was seized. Its ISM manager is Blue Harbor Ship Management of Mumbai.")
    assert find(dg, "Blue Harbor Ship Management").type == "Organization"
    assert not any(p == "VISITED" for _, p, _ in facts(dg))
    assert ("Amber Kite", "VISITED", "Dalian Port") in facts(extract("The tanker Amber Kite called at Dalian "
                                                                       "Port on Monday."))


def test_an_sdn_list_update(extract, find, facts):
    dg = extract(
        "Iran-related Designations; Russia-related Designations\n\n"
        "The Department of the Treasury's Office of Foreign Assets Control (OFAC) has added the following "
        "entities, individuals and vessels to its Specially Designated Nationals and Blocked Persons List:\n\n"
        "Entities:\n\n"
        "KESTREL BAY TRADING FZE, Office 1203, Jumeirah Lakes Towers, Dubai, United Arab Emirates; Organization "
        "Established Date 2019 [IRAN-EO13902] (Linked To: SEABRIGHT SHIPPING LLC).\n"
        "NORVIK SHIPHOLDING LTD, 14 Makariou Avenue, Limassol, Cyprus; Registration Number HE 45521 (Cyprus) "
        "[IRAN-EO13846].\n\n"
        "Individuals:\n\n"
        "IVANOV, Pavel Sergeyevich, Moscow, Russia; DOB 12 Mar 1975; nationality Russia; Gender Male "
        "(individual) [RUSSIA-EO14024] (Linked To: NORVIK SHIPHOLDING LTD).\n\n"
        "Vessels:\n\n"
        "ARGUS STAR (9301122) Crude Oil Tanker Gabon flag; Vessel Registration Identification IMO 9301122 "
        "(vessel) [IRAN-EO13846] (Linked To: NORVIK SHIPHOLDING LTD).\n")
    assert find(dg, "ARGUS STAR").type == "Vessel"
    assert find(dg, "NORVIK SHIPHOLDING LTD").type == "Organization"
    assert find(dg, "IVANOV, Pavel Sergeyevich").type == "Person"
    names = _names(dg)
    assert "Designations" not in names and "Vessel Registration Identification" not in names
    assert "Crude Oil" not in names  # the vessel's type, no cargo
    ofac = "Office of Foreign Assets Control"
    got = facts(dg)
    assert {(ofac, "SANCTIONED", "KESTREL BAY TRADING FZE"), (ofac, "SANCTIONED", "NORVIK SHIPHOLDING LTD"),
            (ofac, "SANCTIONED", "Pavel Sergeyevich Ivanov"), (ofac, "SANCTIONED", "ARGUS STAR")} <= got
    assert (ofac, "SANCTIONED", "SEABRIGHT SHIPPING LLC") not in got  # only linked to a designee
    assert ("ARGUS STAR", "FLAGGED_IN", "Gabon") in got


def test_a_person_in_an_off_topic_story_reports_on_nobody(extract, facts):
    text = ("Keratsini FC signed Ghana forward Kwame Asante-Boateng from Standard Liege on Monday, the club said. "
            "Head coach Vassilis Kontogeorgis told reporters that Asante-Boateng would start against Olympiacos on "
            "Saturday. The striker scored 14 goals in the Belgian league last season. The club also confirmed a "
            "new shirt sponsor, a betting firm, and a pre-season tour of Cyprus and Crete in July. Fans packed the "
            "Karaiskakis stadium for the unveiling, and the club shop sold out of the new kit within hours. The "
            "club president, Giorgos Pappas, said the signing showed the club's ambition. Midfielder Nikos "
            "Laskaris, 24, extended his contract until 2028. The team will play three friendlies in Austria "
            "before the season opens. Season tickets go on sale next week, and the women's team starts its "
            "own preparations in the capital on August 3.")
    assert not any(p == "REPORTED" and s == "Vassilis Kontogeorgis" for s, p, _ in facts(extract(text)))


def _modality(dg, subject: str, predicate: str, obj: str) -> str | None:
    names = {e.id: e.name for e in dg.entities.values()}
    return next((r.modality for r in dg.relations if (names[r.subject], r.predicate, names[r.object]) ==
                 (subject, predicate, obj)), None)


def test_a_denial_that_was_never_made_is_no_denial(extract):
    assert _modality(extract("Iran never denied sending drones to Belarus."),
                     "Iran", "SHIPPED_TO", "Belarus") == "alleged"
    assert _modality(extract("Iran did not deny that it sent drones to Belarus."),
                     "Iran", "SHIPPED_TO", "Belarus") == "alleged"
    assert _modality(extract("Iran denied sending drones to Belarus."), "Iran", "SHIPPED_TO", "Belarus") == "denied"
    assert _modality(extract("Iran did not send drones to Belarus."), "Iran", "SHIPPED_TO", "Belarus") == "negated"


def test_port_calls_named_as_such(extract, facts):
    base = "The sanctioned tanker Coral Kite carried crude. "
    assert ("Coral Kite", "VISITED", "Vostochny") in facts(extract(
        base + "The Coral Kite also made a port call in Vostochny, east of Vladivostok."))
    assert ("Coral Kite", "VISITED", "Vostochny") in facts(extract(base + "Its last port call was in Vostochny."))
    got = facts(extract(base + "The tanker's port calls included Vostochny and Nakhodka."))
    assert {("Coral Kite", "VISITED", "Vostochny"), ("Coral Kite", "VISITED", "Nakhodka")} <= got
    # a town the ship's crew come from is no call
    assert not any(p == "VISITED" for _, p, _ in facts(extract(
        base + "Most of its crew come from Vostochny.")))


def test_a_headline_in_capitals_names_no_weapon_model(extract):
    dg = extract("IRAN SENT DRONES TO RUSSIA ON CASPIAN SEA FERRIES, SAYS UKRAINE\n"
                 "Iran shipped drones to Russia across the Caspian Sea, Ukraine's military intelligence said.")
    weapons = {n.lower() for e in dg.entities.values() if e.type == "Weapon" for n in (e.name, *e.aliases)}
    assert weapons <= {"drones"}


def test_a_minister_named_by_portfolio(extract, facts):
    got = facts(extract("ADEN - Yemen's government said the dhow carried drones. Minister of Information and "
                        "Culture Anwar Baqazi said the Houthis received them."))
    assert ("Anwar Baqazi", "AFFILIATED_WITH", "Yemen") in got
    assert ("Sergei Lavrin", "AFFILIATED_WITH", "Russia") in facts(extract(
        "Russian Minister of Foreign Affairs Sergei Lavrin denied it."))
    # with the ministry named, the minister heads it
    # (the ministry keeps its state in its name: "the Ministry of Foreign Affairs of Yemen")
    assert ("Sergei Lavrin", "LEADS", "Ministry of Foreign Affairs of Yemen") in facts(extract(
        "The Ministry of Foreign Affairs of Yemen said so. Minister of Foreign Affairs Sergei Lavrin denied it."))
    dg = extract("ANKARA, Nov 28 - Turkey detained the tanker Sea Owl at Samsun. Transport and Infrastructure "
                 "Minister Ahmet Kaya Bilgin said the ship carried Russian diesel.")
    assert "Infrastructure" not in _names(dg)  # a portfolio, no body
    assert ("Ahmet Kaya Bilgin", "AFFILIATED_WITH", "Turkey") in facts(dg)


def test_flag_demonyms_and_ships_named_after_the_sea(extract, find, facts):
    got = facts(extract("The sanctioned tanker Sea Owl carried Iranian crude. The Comoran-flagged Sea Owl had "
                        "earlier been flagged to Tanzania."))
    assert ("Sea Owl", "FLAGGED_IN", "Comoros") in got
    dg = extract("The sanctioned tanker Sea Owl carried Iranian crude. The Sea Owl and the Sea Lark, both flagged "
                 "in Palau, met off Malaysia.")
    assert find(dg, "Sea Lark").type == "Vessel"
    assert ("Sea Lark", "FLAGGED_IN", "Palau") in facts(dg)
    dg = extract("The sanctioned tanker Sea Owl crossed the Black Sea. The Sea Owl sailed between the Black Sea "
                 "and the Sea of Azov.")
    assert find(dg, "Sea of Azov").type == "Location"


def test_the_ship_a_cargo_was_transferred_to(extract, find, facts):
    dg = extract("The sanctioned tanker Sea Owl carried diesel. Its cargo was transferred to the Nora Bay off "
                 "Malaysia. The Nora Bay then delivered the diesel to Singapore.")
    assert find(dg, "Nora Bay").type == "Vessel"
    assert ("Nora Bay", "TRANSPORTED", "diesel") in facts(dg)
    assert find(extract("The sanctioned tanker Sea Owl carried diesel. It conducted a ship-to-ship transfer with "
                        "the Nora Star."), "Nora Star").type == "Vessel"
    # people or a case transferred to a body are no cargo
    dg = extract("The sanctioned tanker Sea Owl carried diesel. The case was transferred to the Hamburg Regional "
                 "Court.")
    assert find(dg, "Hamburg Regional Court").type == "Organization"


def test_shipments_told_by_maker_and_buyer(extract, facts):
    assert ("Iran", "SHIPPED_TO", "Russia") in facts(extract(
        "The drones were made in Iran and delivered to Russia via the Caspian Sea."))
    assert ("Iran", "SHIPPED_TO", "China") in facts(extract("China remained the largest buyer of Iranian crude."))
    assert ("Turkey", "SHIPPED_TO", "Ukraine") in facts(extract("Turkey remained Ukraine's main supplier of drones."))
    # ships built in one country and delivered to another are no cargo
    assert not any(p == "SHIPPED_TO" for _, p, _ in facts(extract(
        "The ships were built in Korea and delivered to Greece.")))


def test_a_place_that_is_in_another(extract, facts):
    assert ("Alabuga", "LOCATED_IN", "Republic of Tatarstan") in facts(extract(
        "Alabuga is located in the Republic of Tatarstan."))
    assert ("Alabuga", "LOCATED_IN", "Tatarstan") in facts(extract("Alabuga lies in Tatarstan."))
    assert not any(p == "LOCATED_IN" for _, p, _ in facts(extract("Alabuga is in talks with Tatarstan.")))


def test_a_run_on_text_is_cut_into_sentences(nlp, extract, facts):
    from newsgraph.ingest.nlp import MAX_SENTENCE_TOKENS
    text = "The tanker Sea Owl docked at Port Sudan " * 400  # no full stop: one "sentence" of 3,200 tokens
    doc = nlp(text)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    assert ("Sea Owl", "VISITED", "Port Sudan") in facts(extract(text))


def test_a_company_run_by_a_person_and_a_board_chaired(extract, facts):
    assert ("Cemal Tunali", "LEADS", "Kapadokya Aero Ltd") in facts(extract(
        "The action targets Kapadokya Aero Ltd, a company run by Turkish businessman Cemal Tunali."))
    got = facts(extract("Cho Min-jae now chairs the board of Sinsegye Marine."))
    assert ("Cho Min-jae", "LEADS", "Sinsegye Marine") in got


def test_a_person_named_to_a_post_is_no_ship(extract, find):
    dg = extract("Aktau Tanker Lines named Yerlan Dosov general director, replacing Marat Iskandarov.")
    assert find(dg, "Yerlan Dosov").type == "Person"


def test_a_head_title_before_the_name_and_of_the_body_after(extract, facts):
    assert ("Choi Jae-min", "LEADS", "Hanul Lines") in facts(extract(
        "Chairman Choi Jae-min of Hanul Lines said the company's two carriers were unaffected."))
    assert ("Lee Soo-jin", "AFFILIATED_WITH", "Hanul Lines") in facts(extract(
        "Deputy Chairman Lee Soo-jin of Hanul Lines spoke on Monday."))


def test_a_japanese_shipowner_named_kisen_is_a_firm(extract, facts):
    assert ("Kuroiwa Tadao", "LEADS", "Kuroiwa Kisen") in facts(extract(
        "Mr Kuroiwa Tadao, president of Kuroiwa Kisen, will retire in April."))
