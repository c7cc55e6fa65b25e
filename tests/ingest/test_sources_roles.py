"""Sources and people (REPORTED, LEADS, AFFILIATED_WITH and the Person entities behind them), with
invented sentences in the ways news outlets write them."""

from __future__ import annotations

import pytest

from tests.ingest.conftest import entity, triples

L, A, R = "LEADS", "AFFILIATED_WITH", "REPORTED"


# ----------------------------------------------------------------- a name set beside a person noun
@pytest.mark.parametrize("text,name,fact", [
    ("Dragan Velkovic, chief executive of Orvanta Shipping, said the tanker was ready.",
     "Dragan Velkovic", ("Dragan Velkovic", L, "Orvanta Shipping")),
    ("The tanker was boarded on Monday, according to Kerem Tosunoglu, a port official.",
     "Kerem Tosunoglu", None),
    ("Ilkka Saarinen, an analyst at Brightwater Research, said the route was new.",
     "Ilkka Saarinen", None),
])
def test_name_in_apposition_to_a_person_noun_is_a_person(extract, text, name, fact):
    dg = extract(text)
    assert entity(dg, name).type == "Person"
    if fact:
        assert fact in triples(dg)


@pytest.mark.parametrize("text,not_person", [
    # a new clause after the comma, not an apposition
    ("The cargo left from Port Velmar, a port official told reporters.", "Port Velmar"),
    # the end of a longer name ("the Trade and Customs Act")
    ("It broke the Trade and Customs Act, a spokeswoman, Anna Berg, said.", "Customs Act"),
])
def test_no_person_from_a_clause_or_a_longer_name(extract, text, not_person):
    dg = extract(text)
    assert not any(e.type == "Person" and not_person in (e.name, *e.aliases) for e in dg.entities.values())


# ----------------------------------------------------------------- where a post is held is an organisation
@pytest.mark.parametrize("text,org,fact", [
    ("Ioanna Ferreti, managing director of Ostra Navali, said the ship was ready.",
     "Ostra Navali", ("Ioanna Ferreti", L, "Ostra Navali")),
    ("Evangelos Mirtidis, chairman of Halvik, said the tanker was ready.",
     "Halvik", ("Evangelos Mirtidis", L, "Halvik")),
])
def test_name_after_a_post_of_is_an_organisation(extract, text, org, fact):
    dg = extract(text)
    assert entity(dg, org).type == "Organization"
    assert fact in triples(dg)


# ----------------------------------------------------------------- REPORTED: a person's comment is no report
def test_person_comment_without_actor_subject_reports_nothing(extract):
    dg = extract("North Korea shipped artillery shells to Russia by rail in March. In Washington, deputy "
                 "spokesperson Dara Kellerman said the transfers \"directly violate Security Council resolutions,\" "
                 "which ban all arms trade with North Korea.")
    assert not any(p == R and s == "Dara Kellerman" for s, p, o in triples(dg))


def test_person_remark_on_goods_origin_reports_no_supplier(extract):
    dg = extract("Customs officers in Tallinn seized machine tools bound for Russia. District prosecutor Mart "
                 "Kivisild said that dual-use goods from Germany \"can end up in weapons which are used against "
                 "Ukraine.\"")
    assert ("Mart Kivisild", R, "Germany") not in triples(dg)


# ----------------------------------------------------------------- "X's managing director": X is a company
@pytest.mark.parametrize("text,org,fact", [
    ("Arjun Pillai, Tembusu's managing director, said prices had risen.",
     "Tembusu", ("Arjun Pillai", L, "Tembusu")),
    ("Korvanta's chief executive, Ola Brenning, declined to comment on the sale.",
     "Korvanta", ("Ola Brenning", L, "Korvanta")),
])
def test_possessor_of_a_corporate_post_is_an_organisation(extract, text, org, fact):
    dg = extract(text)
    assert entity(dg, org).type == "Organization"
    assert fact in triples(dg)


# ----------------------------------------------------------------- REPORTED: data and images as the source's
@pytest.mark.parametrize("text,fact", [
    ("The tanker Sela Rose left Primorsk on May 2. It loaded about 1mn barrels at Novorossiysk in June, "
     "Vortexa data show.", ("Vortexa", R, "Sela Rose")),
    ("The tanker Sela Rose left Primorsk on May 2. Ship-tracking data from Vortexa show that the Sela Rose "
     "loaded crude at Novorossiysk.", ("Vortexa", R, "Sela Rose")),
    ("The tanker Sela Rose left Primorsk on May 2. Images taken by Maxar Technologies on Oct. 23 show a ship "
     "matching the Sela Rose's length at the terminal.", ("Maxar Technologies", R, "Sela Rose")),
])
def test_data_or_images_of_a_provider_report_on_the_ship(extract, text, fact):
    assert fact in triples(extract(text))


# ----------------------------------------------------------------- a post "for/of the <body noun>", then the name
@pytest.mark.parametrize("text,fact", [
    ("The Hellenic Coast Guard boarded the tanker. A spokesman for the coast guard, Nikos Alexiou, said the "
     "crew was detained.", ("Nikos Alexiou", A, "Hellenic Coast Guard")),
    ("Meridian Lines sold the ship. The head of the company, Ola Brenna, said the price was fair.",
     ("Ola Brenna", L, "Meridian Lines")),
])
def test_post_of_a_body_named_before_then_the_name(extract, text, fact):
    assert fact in triples(extract(text))


def test_owner_of_the_ship_apposition_stays_a_company(extract):
    dg = extract("The owner of the ship, Blue Marine, said the price was fair.")
    assert entity(dg, "Blue Marine").type == "Organization"


# ----------------------------------------------------------------- "Iranian Foreign Minister X": no body "Iranian Foreign"
@pytest.mark.parametrize("text,country,person", [
    ("Iranian Foreign Minister Abbas Karimi said the tanker was seized legally.", "Iran", "Abbas Karimi"),
    ("Russian Deputy Foreign Minister Sergei Volkov said the talks failed.", "Russia", "Sergei Volkov"),
])
def test_nationality_and_portfolio_make_no_organisation(extract, text, country, person):
    dg = extract(text)
    assert not [e.name for e in dg.entities.values() if e.type == "Organization"]
    assert (person, A, country) in triples(dg)


# ----------------------------------------------------------------- names with family particles
@pytest.mark.parametrize("text,name", [
    ("Saudi Energy Minister Prince Faisal bin Khalid said output would rise.", "Faisal bin Khalid"),
    ("Jan-Pieter van der Wal said the ship sank off the coast.", "Jan-Pieter van der Wal"),
])
def test_name_with_a_family_particle_is_one_person(extract, text, name):
    dg = extract(text)
    assert entity(dg, name).type == "Person"
    assert sum(e.type == "Person" for e in dg.entities.values()) == 1


# ----------------------------------------------------------------- REPORTED: a digest's credit line
def test_credit_line_reports_on_the_paragraphs_ships(extract):
    dg = extract("WEEKLY BRIEF\n\n"
                 "• DETAINED. Coastguards held the Togo-flagged tanker Marela Sun off Izmir on Monday after "
                 "inspectors found no valid insurance. (Source: Interfax)\n\n"
                 "• SOLD. The bulker Orin Bay was sold to an undisclosed buyer. (Source: Kathimerini)\n")
    got = triples(dg)
    assert ("Interfax", R, "Marela Sun") in got and ("Kathimerini", R, "Orin Bay") in got
    assert ("Interfax", R, "Orin Bay") not in got and ("Kathimerini", R, "Marela Sun") not in got


def test_country_in_a_portfolio_title_is_not_the_employer(extract):
    dg = extract("Park Ji-won, Director-General for North Korean Nuclear Affairs at the Ministry of Foreign "
                 "Affairs, said the sanctions took effect on Friday.")
    got = triples(dg)
    assert ("Park Ji-won", A, "Ministry of Foreign Affairs") in got
    assert not any(s == "Park Ji-won" and o == "North Korea" for s, p, o in got)


def test_analytics_firm_after_a_tanker_word_is_no_port(extract):
    dg = extract("Laleh Farahani, head of tanker analytics at Keelson Analytics, joined the show.")
    assert entity(dg, "Keelson Analytics").type == "Organization"
    assert ("Laleh Farahani", A, "Keelson Analytics") in triples(dg)


def test_officer_on_own_companys_ship_is_no_report(extract):
    dg = extract("Orvik Marine Ltd operates the tanker Sela Rose. Orvik Marine's managing director, Henrik Dahl, "
                 "said the Sela Rose had complied with all sanctions rules.")
    got = triples(dg)
    assert ("Henrik Dahl", L, "Orvik Marine Ltd") in got
    assert ("Henrik Dahl", R, "Sela Rose") not in got


# ----------------------------------------------------------------- "CEO of X", "Former X chief": the body's name
@pytest.mark.parametrize("text,org", [
    ("Henrik Dahl, CEO of Orvik Marine, confirmed the sale.", "Orvik Marine"),
    ("Former Orvik Marine chief Henrik Dahl confirmed the sale.", "Orvik Marine"),
    ("Henrik Dahl, Chairman of Orvik Marine Group, confirmed the sale.", "Orvik Marine Group"),
])
def test_post_words_are_not_part_of_the_bodys_name(extract, text, org):
    dg = extract(text)
    assert [e.name for e in dg.entities.values() if e.type == "Organization"] == [org]
    assert ("Henrik Dahl", L, org) in triples(dg)


def test_body_in_brackets_after_a_name(extract):
    got = triples(extract("Panel members included Ana Berg (Kpler) and Tom Rees (Vortexa)."))
    assert ("Ana Berg", A, "Kpler") in got and ("Tom Rees", A, "Vortexa") in got
