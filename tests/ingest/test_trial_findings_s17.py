"""Findings of 2026-12-02 (third session): datelines in title case, bare ministers' states, and the posts of
people who speak together."""

from __future__ import annotations

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
