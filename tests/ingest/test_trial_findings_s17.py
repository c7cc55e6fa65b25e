"""Findings of 2026-12-02 (third session): datelines in title case, bare ministers' states, and the posts of
people who speak together."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_a_capital_dateline_in_title_case_is_no_actor(extract, facts):
    # "Seoul" opening a Yonhap dateline had been read as South Korea shipping the shells
    dg = extract("Seoul, Oct. 14 (Yonhap) -- North Korea has shipped artillery shells to Russia, the Defense "
                 "Ministry said.")
    got = facts(dg)
    assert ("North Korea", "SHIPPED_TO", "Russia") in got
    assert ("South Korea", "SHIPPED_TO", "Russia") not in got


def test_a_title_case_dateline_names_the_state_of_a_bare_minister(extract, facts):
    # the story names Russia most; the minister is the state's where the story was written
    dg = extract("Seoul, March 3 (Yonhap) -- Russia has sent refined oil to North Korea, South Korea said. Russia "
                 "denied it.\n\nDefense Minister Park Min-ho told lawmakers that Russia was breaking the cap.")
    got = facts(dg)
    assert ("Park Min-ho", "AFFILIATED_WITH", "South Korea") in got
    assert ("Park Min-ho", "AFFILIATED_WITH", "Russia") not in got


def test_a_city_dateline_in_title_case_stays_a_place(extract, find):
    dg = extract("Our Bureau\nMumbai, September 18\n\nIndian refiners bought more Russian crude in August.")
    assert find(dg, "Mumbai").type == "Location"


@pytest.mark.parametrize("text,triple", [
    ("BERLIN (Reuters) - Police escorted the freighter Nordwind to Rostock after a cable was cut. Federal Interior "
     "Minister Jana Vollert said Germany would act.", ("Jana Vollert", "AFFILIATED_WITH", "Germany")),
    ("TOKYO (AP) — Japan on Friday imposed sanctions on four tankers, Chief Cabinet Secretary Hiro Tanabe told "
     "reporters.", ("Hiro Tanabe", "AFFILIATED_WITH", "Japan")),
])
def test_a_bare_post_with_a_qualifier_is_the_datelines_state(extract, facts, text, triple):
    assert triple in facts(extract(text))


def test_a_minister_after_a_clause_does_not_share_the_first_ministers_state(extract, facts):
    # "At the invitation of X's Minister A, Minister B will visit": B is the clause's subject, not A's colleague
    dg = extract("BEIJING, Nov. 26 -- At the invitation of Iranian Foreign Minister Hossein Rahimi, Foreign "
                 "Minister Tang Wei will pay an official visit to Iran from December 2 to 4. China and Iran signed "
                 "a port deal in 2025.")
    got = facts(dg)
    assert ("Hossein Rahimi", "AFFILIATED_WITH", "Iran") in got
    assert ("Tang Wei", "AFFILIATED_WITH", "Iran") not in got
    assert ("Tang Wei", "AFFILIATED_WITH", "China") in got


def test_a_colleague_in_a_list_shares_the_body(extract, facts):
    dg = extract("Kestria Lines chairman Tom Hale and chief executive Ana Berg said the company would appeal.")
    assert {("Tom Hale", "LEADS", "Kestria Lines"), ("Ana Berg", "LEADS", "Kestria Lines")} <= facts(dg)


def test_the_posts_of_people_who_speak_together_are_the_writers(extract, find):
    # each speaker's post had been attributed to the other speaker, as if one said what the other's post is
    dg = extract("Kestria Lines chairman Tom Hale and chief executive Ana Berg said the company would appeal.")
    firm = find(dg, "Kestria Lines").id
    posts = [r for r in dg.relations if r.object == firm and r.predicate == "LEADS"]
    assert len(posts) == 2
    assert all(r.modality == "asserted" and not r.evidence[0].attributed_to for r in posts)


@pytest.mark.parametrize("text,name", [
    ("The Committee to Protect Journalists said two reporters were held.", "Committee to Protect Journalists"),
    ("The Alliance to Support Recovery in Sahelia welcomed the operation.", "Alliance to Support Recovery in Sahelia"),
    ("The International Campaign to Ban Landmines said so.", "International Campaign to Ban Landmines"),
])
def test_a_body_named_for_its_aim_is_one_organisation(extract, find, text, name):
    assert find(extract(text), name).type == "Organization"


def test_its_spokesman_speaks_for_the_body_named_for_its_aim(extract, facts):
    # the body had not been found, and "its" went to the company named in the paragraph before
    dg = extract("The dhow belongs to the Harwen Marine Fishing Company, whose owner was arrested.\n\nThe Alliance "
                 "to Support Recovery in Sahelia welcomed the operation. Its spokesman, Brigadier General Omar "
                 "al-Dawsari, said naval forces had helped.")
    got = facts(dg)
    assert ("Omar al-Dawsari", "AFFILIATED_WITH", "Alliance to Support Recovery in Sahelia") in got
    assert ("Omar al-Dawsari", "AFFILIATED_WITH", "Harwen Marine Fishing Company") not in got


def test_a_ministry_spokesman_is_not_the_last_agencys(extract, facts):
    # "Agriculture" capitalised at the sentence's start had not counted as the ministry's portfolio
    dg = extract("The European Commission approved aid for farmers. Agriculture ministry spokesman Cosmin Varga "
                 "said the harvest was poor.")
    assert ("Cosmin Varga", "AFFILIATED_WITH", "European Commission") not in facts(dg)


@pytest.mark.parametrize("text,person,triple", [
    # the model had typed each name an organisation
    ("Marcus Feld, who heads Redvale Capital, becomes the club's chairman.", "Marcus Feld",
     ("Marcus Feld", "LEADS", "Redvale Capital")),
    ("Anzor Dzhabrailov is now listed as the sole director of Lumaris Ship Management FZE.", "Anzor Dzhabrailov",
     ("Anzor Dzhabrailov", "LEADS", "Lumaris Ship Management FZE")),
])
def test_a_name_that_heads_a_body_is_a_persons(extract, find, facts, text, person, triple):
    dg = extract(text)
    assert find(dg, person).type == "Person"
    assert triple in facts(dg)


def test_the_body_a_post_is_held_at_stays_a_body(extract, find):
    dg = extract("Ms Leila Sadeghpour, finance officer at Pars Kavosh, who arranged payments through Dubai, was "
                 "listed. Pars Kavosh Sanat Company is the network's buyer.")
    assert find(dg, "Pars Kavosh").type == "Organization"


def test_a_firms_short_name_of_several_words_is_the_firm(extract, facts):
    # "Cerulean Reef" had been read as a reef, and its director tied to nothing
    dg = extract("Cerulean Reef Maritime Ltd owns the tanker. Cerulean Reef's sole director is listed as Rajiv "
                 "Sundaresan.")
    assert ("Rajiv Sundaresan", "LEADS", "Cerulean Reef Maritime Ltd") in facts(dg)


def test_a_rare_given_name_after_a_post_is_part_of_the_name(extract, facts):
    # the model read "Marthese" as a nationality and kept only "Vella"
    dg = extract("The tanker is owned by Blue Grotto Marine Holdings Ltd. Blue Grotto managing director Marthese "
                 "Vella declined to comment.")
    assert ("Marthese Vella", "LEADS", "Blue Grotto Marine Holdings Ltd.") in facts(dg)


def test_a_party_before_a_speakers_name_is_no_part_of_it(extract, find):
    dg = extract("Republican Lindsey Graham said the deal was bad.")
    assert find(dg, "Lindsey Graham").type == "Person"


@pytest.mark.parametrize("text,person", [
    ("Magnus Thorsen presented the report in Oslo on Tuesday. Thorsen, who has directed the Halvorsen Centre "
     "since 2019, urged governments to act.", "Magnus Thorsen"),
    ('"We see Valencia as the natural hub," Giulia Roveda said at the signing. Roveda has been MTH\'s chief '
     'executive since 2020.', "Giulia Roveda"),
])
def test_a_full_name_whose_surname_comes_back_as_a_person_is_a_person(extract, find, text, person):
    # the model had read these names as places or bodies
    assert find(extract(text), person).type == "Person"


@pytest.mark.parametrize("text,name,kind", [
    ("The Arabian Sea was calm. The Sea said nothing.", "Arabian Sea", "Location"),
    ("Helvetia Ocean Line operates the ship. Helvetia said so.", "Helvetia Ocean Line", "Organization"),
])
def test_a_place_or_a_firm_is_no_surname_echo(extract, find, text, name, kind):
    assert find(extract(text), name).type == kind


def test_a_port_authoritys_director_is_no_port(extract, find):
    dg = extract("Elena Bastida, the port authority's commercial director, said the deal took six years.")
    assert find(dg, "Elena Bastida").type == "Person"


def test_a_bare_foreign_minister_heads_no_other_states_ministry(extract, facts):
    # the only foreign ministry named was Russia's, and the minister had been made its head
    dg = extract("ANKARA, May 4 (Reuters) - Turkey detained a tanker off Iskenderun, Foreign Minister Kerem Aydin "
                 "said on Sunday. Russia's foreign ministry did not respond to a request for comment.")
    got = facts(dg)
    assert not any(s == "Kerem Aydin" and p == "LEADS" for s, p, o in got)
    assert ("Kerem Aydin", "AFFILIATED_WITH", "Turkey") in got


@pytest.mark.parametrize("text,state", [
    ("ANKARA, May 4 (Reuters) - Turkey detained a tanker. Government spokesman Selim Kara said the crew were "
     "well. Russia, Russia and Russia denied it.", "Turkey"),
    ("Sudan accused Chad of helping the rebels. Chad's government spokesman Ali Mahamat denied it. Sudan said "
     "Sudan had proof.", "Chad"),
])
def test_a_government_spokesperson_speaks_for_the_state(extract, facts, text, state):
    person = "Selim Kara" if "Selim" in text else "Ali Mahamat"
    assert (person, "AFFILIATED_WITH", state) in facts(extract(text))


def test_a_government_spokesperson_with_no_state_stated_is_left_alone(extract, facts):
    # no dateline, no demonym: the country named most is no safe guess
    dg = extract("The UAE denied the claims. Government spokesman Ali Mahamat said the flights carried aid. The "
                 "UAE said the UAE sent food.")
    assert not any(s == "Ali Mahamat" and p == "AFFILIATED_WITH" for s, p, o in facts(dg))


@pytest.mark.parametrize("text", [
    "The tanker Sea Lantern's transponder had given Mersin as its destination, but the vessel never headed for "
    "that port.",
    "The tanker Sea Lantern listed Mersin as its destination, but it never sailed there.",
])
def test_a_declared_destination_the_ship_never_headed_for_is_denied(extract, facts, text):
    dg = extract(text)
    assert ("Sea Lantern", "VISITED", "Mersin") not in facts(dg)
    assert ("Sea Lantern", "VISITED", "Mersin") in facts(dg, False)


def test_anchored_miles_off_a_port_is_a_call(extract, facts):
    got = facts(extract("The tanker Sea Lantern had been anchored about six nautical miles off Iskenderun since "
                        "Wednesday. Iskenderun is a port in Turkey."))
    assert ("Sea Lantern", "VISITED", "Iskenderun") in got


def test_a_hit_miles_off_a_port_is_no_call(extract, facts):
    got = facts(extract("The tanker Sea Lantern was hit 65 nautical miles off Hodeidah, a port in Yemen."))
    assert ("Sea Lantern", "VISITED", "Hodeidah") not in got


def test_a_member_and_the_seat_in_brackets(extract, find, facts):
    # "(Democratic Party": the bracket had been read into the party's name, the seat as a person, the given
    # name cut at "-ah"
    dg = extract("Rep. Choi Yoon-ah (Democratic Party, Incheon Namdong-A), the committee's opposition secretary, "
                 "said the agency was right.")
    assert ("Choi Yoon-ah", "AFFILIATED_WITH", "Democratic Party") in facts(dg)
    assert find(dg, "Incheon Namdong-A").type == "Location"


def test_the_head_of_a_forums_team_belongs_to_the_forum(extract, facts):
    dg = extract("The Korea Maritime Security Forum, a private think tank, reached a similar estimate. Yun Da-hye, "
                 "who heads the forum's sanctions monitoring team, said images showed the ship.")
    assert ("Yun Da-hye", "AFFILIATED_WITH", "Korea Maritime Security Forum") in facts(dg)


def test_a_name_based_in_a_town_is_a_firm(extract, find, facts):
    # the model read the firm as a place, and its exports were lost
    dg = extract("The indictment alleges that Tecnovalle Mecanizados, based in Eibar in the Basque Country, exported "
                 "14 machines to Altyn Dala Trade, a firm registered in Almaty, Kazakhstan.")
    assert find(dg, "Tecnovalle Mecanizados").type == "Organization"
    assert ("Tecnovalle Mecanizados", "SHIPPED_TO", "Altyn Dala Trade") in facts(dg)


def test_a_sea_based_in_a_port_stays_a_sea(extract, find):
    dg = extract("From January the cruise ship will move to the Gulf, based in Dubai, with calls at Muscat.")
    assert find(dg, "Gulf").type == "Location"


def test_a_firm_after_place_based_is_a_firm_and_a_ships_size_no_part_of_its_name(extract, find, facts):
    dg = extract("The largest ship to call at Valencia this year, the 24,100-TEU Aurora Meridian, berthed at the "
                 "port in March. The vessel is operated by Geneva-based Helvetia Ocean Line.")
    assert find(dg, "Helvetia Ocean Line").type == "Organization"
    assert find(dg, "Aurora Meridian").type == "Vessel"
    assert ("Helvetia Ocean Line", "OWNS_OR_OPERATES", "Aurora Meridian") in facts(dg)


def test_a_clubs_short_name_is_the_club(extract, facts):
    # "Valdeluz" alone had been a place, and its president tied to nothing
    dg = extract(Path(__file__).with_name("data").joinpath("club_short_name.txt").read_text(encoding="utf-8"))
    assert ("Marta Echevarría", "LEADS", "Sporting Valdeluz") in facts(dg)


@pytest.mark.parametrize("text,triple", [
    ("U.S. Secretary of State Marco Delgado said the sanctions would stay.",
     ("Marco Delgado", "AFFILIATED_WITH", "United States")),
    ("EU foreign policy chief Kaja Kallen said the bloc would list more ships.",
     ("Kaja Kallen", "AFFILIATED_WITH", "EU")),
])
def test_common_posts_of_officials(extract, facts, text, triple):
    assert triple in facts(extract(text))


def test_a_group_named_as_a_modifier_is_no_surname(extract, find):
    # "Houthi" of "Houthi rebels" had become a person, the surname of the leader named after it
    dg = extract("Yemen's Houthi rebels, led by Abdul-Malik al-Houthi, claimed the attack.")
    assert find(dg, "Houthi").type == "Organization"


def test_a_plural_of_managed_ships_names_each_ship(extract, facts):
    dg = extract("Corvane Ship Management FZE runs tankers. Among the Corvane-managed ships named were the Amber "
                 "Kestrel, the Saga Horizon and the Volna Spirit.")
    got = facts(dg)
    for ship in ("Amber Kestrel", "Saga Horizon", "Volna Spirit"):
        assert ("Corvane Ship Management FZE", "OWNS_OR_OPERATES", ship) in got


def test_a_citizen_named_after_the_nationality_is_a_person(extract, facts):
    # the model had found no one in "Russian citizen Igor Sabitov"
    dg = extract("The suspect is the ship's captain, 52-year-old Russian citizen Igor Sabitov, an employee of the "
                 "Rostov-on-Don company Azov Bulk Shipping, which owns the vessel.")
    assert ("Igor Sabitov", "AFFILIATED_WITH", "Azov Bulk Shipping") in facts(dg)


def test_its_after_a_conjoined_firm_is_that_firms(extract, facts):
    # "its" had gone to the company named last inside the description
    dg = extract("The Department is also designating Al Zubarah Trading FZE, a company that arranged sales of crude "
                 "on behalf of the National Oil Company (NOC), and its managing director, Iranian national Farhad "
                 "Ghasemi.")
    got = facts(dg)
    assert ("Farhad Ghasemi", "LEADS", "Al Zubarah Trading FZE") in got
    assert ("Farhad Ghasemi", "LEADS", "National Oil Company") not in got


def test_a_name_which_holds_a_concession_is_a_body(extract, find, facts):
    # the model read the terminal operator as a person
    dg = extract("Talks with terminal operator Atlantis Terminais broke down on Tuesday. Atlantis Terminais, which "
                 "holds the concession for the port's terminals, said its offer was fair. Atlantis Terminais's "
                 "founder, Duarte Moura, who still chairs its board, urged the government to appoint a mediator.")
    assert find(dg, "Atlantis Terminais").type == "Organization"
    assert ("Duarte Moura", "LEADS", "Atlantis Terminais") in facts(dg)


def test_a_special_agent_in_charge_is_a_person(extract, facts):
    dg = extract('"Export controls exist," said Special Agent in Charge Pham Quoc Tuan of the FBI San Francisco '
                 'Field Office.')
    assert any(s == "Pham Quoc Tuan" and o == "FBI San Francisco Field Office" for s, p, o in facts(dg))


def test_countries_after_in_are_where_the_designees_are(extract, facts):
    # the parser made the countries conjuncts of "individuals", and each had been "sanctioned"
    dg = extract("Today OFAC sanctioned six entities, four individuals and two vessels in Iran, the People's "
                 "Republic of China, the United Arab Emirates and Türkiye that procured components for Iran's "
                 "Ministry of Defense.")
    assert not any(p == "SANCTIONED" for s, p, o in facts(dg))


def test_a_two_word_malaysian_legal_form_with_stops_ends_the_firms_name(extract, find, facts):
    # "Bhd." had been read as a place, cutting the firm's name before its legal form
    dg = extract("The Department of State designated Malaysia-based Velmar Logistics Sdn. Bhd., which arranged "
                 "container bookings for the network.")
    assert find(dg, "Velmar Logistics Sdn. Bhd.").type == "Organization"
    assert ("Department of State", "SANCTIONED", "Velmar Logistics Sdn. Bhd.") in facts(dg)


def test_two_known_places_joined_by_and_are_two_places(extract, find):
    dg = extract("Fjordlinje's Vestkyst Stjerne sails between Kristiansand and Hirtshals in northern Denmark, while "
                 "Kattegat Færger's Aalborghus Dronning runs between Frederikshavn and Gothenburg, Sweden.")
    assert find(dg, "Frederikshavn").type in ("Location", "Port")
    assert find(dg, "Gothenburg").type in ("Location", "Port")


def test_a_country_that_modifies_the_next_noun_contains_nothing(extract, facts):
    # "... in Gulf of Aden, US military says": the headline's "US" had held the gulf
    got = facts(extract("Houthi missile sets Greek-managed bulk carrier ablaze in Gulf of Aden, US military says\n\n"
                        "The tanker was bound for Rijeka, Croatia."))
    assert ("Gulf of Aden", "LOCATED_IN", "United States") not in got
    assert ("Rijeka", "LOCATED_IN", "Croatia") in got


# a break-it trial of this session's rules (1,219+ generated texts) found these; each case below failed before


@pytest.mark.parametrize("text", [
    "Copenhagen, Oct. 14 (Reuters) -- North Korea has shipped artillery shells to Russia, the Defence Ministry said.",
    "Dhaka, September 18 -- Myanmar has shipped rice to China, the ministry said.",
])
def test_a_capital_dateline_the_model_calls_a_body_is_no_actor(extract, facts, text):
    got = facts(extract(text))
    assert not any(p == "SHIPPED_TO" and s in ("Denmark", "Bangladesh", "Copenhagen", "Dhaka") for s, p, o in got)


def test_a_city_dateline_in_title_case_is_a_place_whatever_the_model_says(extract, find):
    dg = extract("Mumbai, September 18 -- Government spokesman Rajesh Kumar said India would act.")
    assert find(dg, "Mumbai").type == "Location"


@pytest.mark.parametrize("text,person,state", [
    ("Seoul, Oct. 14 (Yonhap) -- Foreign Minister Choe Son-hui of North Korea said South Korea provoked it.",
     "Choe Son-hui", "North Korea"),
    ("Seoul, Oct. 14 (Yonhap) -- Government spokesman Yoshi Hayashi of Japan said South Korea was wrong.",
     "Yoshi Hayashi", "Japan"),
])
def test_a_state_named_after_the_name_beats_the_datelines(extract, facts, text, person, state):
    got = facts(extract(text))
    assert (person, "AFFILIATED_WITH", state) in got
    assert (person, "AFFILIATED_WITH", "South Korea") not in got


def test_a_dateline_state_the_story_never_names_gives_no_guess(extract, facts):
    # the country named most (Japan) had been taken for the minister's
    got = facts(extract("Seoul, Oct. 14 (Yonhap) -- Tokyo said on Monday it would respond. Foreign Minister Park Jin "
                        "said so."))
    assert not any(s == "Park Jin" and p == "AFFILIATED_WITH" for s, p, o in got)


@pytest.mark.parametrize("text,name,kind", [
    ("Goldman Sachs cut its oil forecast on Monday, economist Jeffrey Sachs said.", "Goldman Sachs", "Organization"),
    ("Vistra Corporate is the sole director of Lumaris Ship Management FZE.", "Vistra Corporate", "Organization"),
])
def test_bodies_that_look_like_people(extract, find, text, name, kind):
    assert find(extract(text), name).type == kind


def test_a_body_after_special_agent_in_charge_stays_a_body(extract, find):
    dg = extract("said Special Agent in Charge Homeland Security Investigations of the FBI.")
    assert all(e.type != "Person" for e in dg.entities.values() if "Homeland" in e.name)


def test_us_attorneys_belong_to_the_office_the_release_names(extract, facts):
    # "Assistant U.S. Attorney X" had been tied to the country, with the office named in the same release
    got = facts(extract("Assistant U.S. Attorney David Okoro told the court the exporter lied. The U.S. Attorney's "
                        "Office for the Eastern District of New York brought the case. U.S. Attorney Maria Leone said "
                        "so."))
    office = "U.S. Attorney's Office for the Eastern District of New York"
    assert ("David Okoro", "AFFILIATED_WITH", office) in got
    assert ("Maria Leone", "LEADS", office) in got
    assert ("David Okoro", "AFFILIATED_WITH", "United States") not in got
