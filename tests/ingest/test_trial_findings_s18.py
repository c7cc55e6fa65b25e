"""Findings of 2026-12-02 (fourth session), from two blind batches (a UK designation release, a magazine
investigation, a UN panel excerpt, a radio transcript, trade press, a cruise story, wire copy on a port seizure,
a DOJ indictment release, an OSINT newsletter, a port-state detention): posts and jobs, units and offices,
ships told by their names' company, ports by their quays, and counts that name no ship. Every name is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,triple", [
    ("Mara Vell, a nurse at the Korvin Clinic, said the crew was unhurt.",
     ("Mara Vell", "AFFILIATED_WITH", "Korvin Clinic")),
    ("Ivo Salt, a pilot for Pellmar Airways, said the cargo was loaded at night.",
     ("Ivo Salt", "AFFILIATED_WITH", "Pellmar Airways")),
    ("Dana Roe, who is employed by Tessmar Marine Services, was among the crew taken off the tanker.",
     ("Dana Roe", "AFFILIATED_WITH", "Tessmar Marine Services")),
    ("Ola Brun, who was hired by Vintra Bank in 2019, left in March.", ("Ola Brun", "AFFILIATED_WITH", "Vintra Bank")),
])
def test_a_job_at_a_body_is_an_affiliation(extract, facts, text, triple):
    assert triple in facts(extract(text))


def test_a_stance_toward_a_body_is_no_job(extract, facts):
    got = facts(extract("Mara Vell, a customer of Vintra Bank, said the ship was late. Ivo Salt, a critic of "
                        "Pellmar Airways, agreed."))
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in got)


def test_a_chief_economist_is_no_head(extract, facts):
    got = facts(extract('"Demand has not come back," said Jan Smit, Orvel Bank\'s chief economist for commodities.'))
    assert ("Jan Smit", "AFFILIATED_WITH", "Orvel Bank") in got
    assert ("Jan Smit", "LEADS", "Orvel Bank") not in got


def test_the_union_and_its_council_are_two_bodies(extract, find):
    dg = extract("The UK has today sanctioned 4 individuals, in action coordinated with the European Union.\n\n"
                 "The Council of the European Union separately listed Harlon Maritime FZE on Tuesday.")
    assert find(dg, "European Union").aliases == ["European Union"]
    assert "European Union" not in find(dg, "Council of the European Union").aliases


def test_a_numbered_military_unit_and_its_commander(extract, facts, find):
    dg = extract("Ostrava Logistika JSC is sanctioned for delivering the parts to Military Unit 40417 of the "
                 "Russian Ministry of Defence. The unit's commander, Major General Pavel Orlin, has been designated.")
    assert find(dg, "Military Unit 40417").type == "Organization"
    got = facts(dg)
    assert ("Ostrava Logistika JSC", "SHIPPED_TO", "Military Unit 40417") in got
    assert ("Pavel Orlin", "LEADS", "Military Unit 40417") in got


def test_a_rank_after_a_list_mark_is_no_name(extract, find):
    dg = extract("Individuals designated today:\n- Colonel Pavel Orlin - commander, Military Unit 40417\n"
                 "- Ruta Kalns - director, Harlon Maritime FZE")
    assert find(dg, "Pavel Orlin").type == "Person"
    assert not any(e.name.startswith("Colonel") for e in dg.entities.values())


def test_ships_under_a_firms_management(extract, facts):
    dg = extract("Harlon Maritime FZE, a Dubai-based ship manager, was designated. Two tankers under Harlon's "
                 "management, the Gabon-flagged Merin Sky and the Cameroon-flagged Tolva Star, are among the ships "
                 "designated today.")
    got = facts(dg)
    assert {("Harlon Maritime FZE", "OWNS_OR_OPERATES", "Merin Sky"),
            ("Harlon Maritime FZE", "OWNS_OR_OPERATES", "Tolva Star")} <= got


def test_goods_sold_by_one_firm_to_another_in_a_participle(extract, facts):
    got = facts(extract("Invoices show the crude being sold by Sable Cove General Trading FZE, a Sharjah-registered "
                        "firm, to Wenlan Harbour Energy Ltd in Hong Kong."))
    assert ("Sable Cove General Trading FZE", "SHIPPED_TO", "Wenlan Harbour Energy Ltd") in got


def test_a_shareholder_named_in_apposition_to_a_kin_noun(extract, facts):
    got = facts(extract("Sable Cove General Trading FZE was set up in 2021. Its registered shareholder is his "
                        "brother-in-law, Emre Dalkiran."))
    assert ("Emre Dalkiran", "AFFILIATED_WITH", "Sable Cove General Trading FZE") in got


def test_a_quay_of_a_named_port(extract, facts, find):
    dg = extract("The bulk carrier Lun Hai 7 was observed moored at the coal loading quay of Nampo, DPRK.")
    assert find(dg, "Nampo").type == "Port"
    assert ("Lun Hai 7", "VISITED", "Nampo") in facts(dg)


def test_a_jetty_at_a_port_and_a_declared_destination(extract, facts, find):
    dg = extract("Imagery shows the tanker Rella Moon alongside the jetty at Kharg Island. Days later the Rella "
                 "Moon was sailing east with Qingdao as its declared destination.")
    assert find(dg, "Kharg Island").type == "Port"
    assert find(dg, "Qingdao").type == "Port"
    assert ("Rella Moon", "VISITED", "Qingdao") in facts(dg)


def test_a_navys_ship_told_by_its_prefix(extract, facts):
    dg = extract("Rear Admiral Tom Pell, who served 30 years in the Royal Navy and once commanded the frigate HMS "
                 "Wexcombe, said the route was obvious.")
    assert ("Royal Navy", "OWNS_OR_OPERATES", "HMS Wexcombe") in facts(dg)


def test_a_flag_carrier_and_a_flotilla_are_bodies(extract, facts, find):
    dg = extract("The European Union and the UK sanctioned Iran Air in September. There is no evidence that the "
                 "Russian Navy's Caspian Flotilla escorted the ship.")
    assert find(dg, "Iran Air").type == "Organization"
    assert find(dg, "Caspian Flotilla").type == "Organization"
    assert ("United Kingdom", "SANCTIONED", "Iran Air") in facts(dg)


def test_a_vessel_called_a_name(extract, facts):
    got = facts(extract("The missiles crossed the Caspian on an Iranian-flagged general cargo vessel called the "
                        "Gilan 9."))
    assert ("Gilan 9", "FLAGGED_IN", "Iran") in got


def test_a_ship_offloaded_by_its_owner(extract, facts):
    assert ("Kalliste Maritime", "OWNS_OR_OPERATES", "Aegis Dawn") in facts(extract(
        "Piraeus-based Kalliste Maritime has offloaded its 2005-built aframax Aegis Dawn for around $27.5m."))
    got = facts(extract("The tanker Aegis Dawn offloaded its cargo at Rotterdam."))
    assert not any(p == "OWNS_OR_OPERATES" for _, p, _ in got)


def test_a_name_always_written_with_the_near_a_ship_noun_is_a_ship(extract, find):
    dg = extract("Almar Ship Management has a fleet of eight tankers with an average age of 20 years, and one of "
                 "them, the Nora Frost, was listed by the European Union in June.")
    assert find(dg, "Nora Frost").type == "Vessel"


def test_a_ships_size_before_its_name(extract, facts, find):
    dg = extract("Lumar Cruises' newest and largest ship, the 4,200-passenger Aurora Vale, arrived in "
                 "Civitavecchia on Friday.")
    assert find(dg, "Aurora Vale").type == "Vessel"
    assert ("Aurora Vale", "VISITED", "Civitavecchia") in facts(dg)


def test_a_us_attorney_for_a_district_heads_its_office(extract, facts):
    dg = extract('"These charges send a clear message," said U.S. Attorney Paul R. Denholm for the Eastern '
                 "District of New York. Assistant U.S. Attorneys Rosa Quill and Tom Haver for the Eastern District "
                 "of New York are prosecuting the case.")
    office = next(e.name for e in dg.entities.values() if "District of New York" in e.name)
    got = facts(dg)
    assert ("Paul R. Denholm", "LEADS", office) in got
    assert {("Rosa Quill", "AFFILIATED_WITH", office), ("Tom Haver", "AFFILIATED_WITH", office)} <= got
    assert not any(s in ("Rosa Quill", "Tom Haver") and o == "United States" for s, _, o in got)


def test_names_after_agents_titles_and_with_middle_initials(extract, find):
    dg = extract("HSI Special Agent Ken Morrow and BIS Special Agent Alma Rees led the investigation. \"We will "
                 "follow controlled items,\" said Assistant Secretary for Export Enforcement Dan P. Orwell of the "
                 "Commerce Department's Bureau of Industry and Security.")
    for name in ("Ken Morrow", "Alma Rees", "Dan P. Orwell"):
        assert find(dg, name).type == "Person"


def test_a_headline_after_a_colon_names_no_ship(extract, find):
    dg = extract("Three tankers, one cargo: Kharg barrels change hands off Sohar\n\nQuayline Signals | Grey Fleet "
                 "Watch, issue 142 | Published 11 June 2025\n\nThis week we are watching transfers off the Omani port "
                 "of Sohar.")
    assert find(dg, "Sohar").type == "Port"


def test_two_former_names_in_one_clause(extract, facts, find):
    dg = extract("The first is the VLCC CORAL VEIL, which sailed as NORDIC PINE until 2021 and as SEA HALCYON "
                 "before that. It now flies the flag of Cameroon.")
    assert {"NORDIC PINE", "SEA HALCYON"} <= set(find(dg, "CORAL VEIL").aliases)
    assert ("CORAL VEIL", "FLAGGED_IN", "Cameroon") in facts(dg)


def test_a_count_of_tankers_names_no_ship(extract, facts):
    dg = extract("The Suezmax ORCHA BAY came alongside on 27 May, and the Aframax TERN ONE followed on 1 June.\n\n"
                 "ORCHA BAY is flagged in Gabon. Equasis lists its ship manager as Zarin Shipmanagement FZE, a "
                 "company that now manages at least nine tankers, all acquired since 2023.")
    got = facts(dg)
    assert ("Zarin Shipmanagement FZE", "OWNS_OR_OPERATES", "ORCHA BAY") in got
    assert not any(s == "Equasis" and p == "OWNS_OR_OPERATES" for s, p, _ in got)
    assert ("Zarin Shipmanagement FZE", "OWNS_OR_OPERATES", "TERN ONE") not in got


def test_a_ranked_spokesman_speaks_for_the_ministry_before(extract, facts):
    dg = extract("Lorvia's Ministry of Defence and Veterans Affairs denied any connection to the cargo. \"The "
                 "ministry has no contract with the firm,\" spokesman Brigadier General Abel Deng said by phone.")
    got = facts(dg)
    assert ("Abel Deng", "AFFILIATED_WITH", "Ministry of Defence and Veterans Affairs") in got
    assert ("Abel Deng", "REPORTED", "Ministry of Defence and Veterans Affairs") not in got


def test_a_commissioner_of_a_portfolio_belongs_to_the_body_before(extract, facts):
    dg = extract("Kenya Revenue Authority (KRA) officers found the guns. \"Our officers flagged the containers,\" "
                 "KRA Commissioner of Customs and Border Control Wanjiru Odhiambo told reporters at the port.")
    assert ("Wanjiru Odhiambo", "AFFILIATED_WITH", "Kenya Revenue Authority") in facts(dg)


def test_an_honorific_between_post_and_name(extract, facts):
    dg = extract("The Centre for Arms Flow Studies (CAFS) published it, with a foreword by CAFS director Sir Alan "
                 "Brierly.")
    assert ("Alan Brierly", "LEADS", "Centre for Arms Flow Studies") in facts(dg)


def test_a_group_led_by_a_person_after_its_acronym(extract, facts):
    dg = extract("It draws on debris analysis by the Open Debris Lab (ODL), an independent research group led by "
                 "Signe Dahl that examined wreckage.")
    assert ("Signe Dahl", "LEADS", "Open Debris Lab") in facts(dg)


def test_embargoes_kept_on_a_country(extract, facts):
    got = facts(extract("The European Union and the United Kingdom have kept arms embargoes on Myanmar since the "
                        "2021 coup."))
    assert {("European Union", "SANCTIONED", "Myanmar"), ("United Kingdom", "SANCTIONED", "Myanmar")} <= got


def test_a_headlines_not_negates_its_own_clause_only(extract):
    dg = extract("KSOP Harlan Detains Sierra Leone-Flagged Cargo Ship MV Ocean Tern, Crew Not Paid for Five Months\n\n"
                 "Harlan, Riau Islands (ANTARA) - The port office has detained the Sierra Leone-flagged general cargo "
                 "ship MV Ocean Tern at Batu Ampar port after an inspection.")
    names = {e.id: e.name for e in dg.entities.values()}
    flag = [r for r in dg.relations if r.predicate == "FLAGGED_IN" and names[r.object] == "Sierra Leone"]
    # (the headline's "Not" had been read as negating the flag, and the denial then spread to the body's sentence)
    assert flag and flag[0].modality == "asserted"


def test_a_holding_and_a_stock_exchange_are_bodies(extract, find):
    dg = extract("Brevik's largest shareholder, Kvalstad Holding, will vote for the deal. Hollin's listing will "
                 "transfer to the Oslo Stock Exchange once the deal closes.")
    assert find(dg, "Kvalstad Holding").type == "Organization"
    assert find(dg, "Oslo Stock Exchange").type == "Organization"


def test_the_first_of_a_series_of_ships_and_its_fuel(extract, facts, find):
    dg = extract("Hollin Feeder Lines took delivery last month of the Hollin Pioneer, the first of four "
                 "methanol-ready 1,400 TEU feeder vessels ordered from a Chinese yard.")
    assert find(dg, "Hollin Pioneer").type == "Vessel"
    got = facts(dg)
    assert ("Hollin Feeder Lines", "OWNS_OR_OPERATES", "Hollin Pioneer") in got
    assert not any(p == "TRANSPORTED" for _, p, _ in got)


OFAC_RELEASE = """Treasury Sanctions Network Supplying Drone Engines

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned three \
individuals and two entities based in Iran and Hong Kong for procuring engines for Iran's drone program. The network \
has supplied the Varan Research Center (VRC).

"Iran keeps buying parts abroad," said Under Secretary of the Treasury Ann P. Lowell.

IRAN-BASED HUB

Tehran-based Kavir Sanat Company (Kavir Sanat) has procured hundreds of engines since 2023. Iranian national Omid \
Farzin is Kavir Sanat's managing director. Leila Sadri, Kavir Sanat's commercial manager, arranged payments.

HONG KONG-BASED SUPPLIER

Hong Kong-based Eastgate Trading Limited (Eastgate) served as the invoicing front. Hong Kong resident Ho Ka-ming is \
the director of Eastgate.
"""


def test_the_targets_a_release_counts_and_then_describes(extract, facts):
    got = facts(extract(OFAC_RELEASE))
    ofac = "Office of Foreign Assets Control"
    for target in ("Kavir Sanat Company", "Eastgate Trading Limited", "Omid Farzin", "Leila Sadri", "Ho Ka-ming"):
        assert (ofac, "SANCTIONED", target) in got
    assert (ofac, "SANCTIONED", "Iran") not in got and (ofac, "SANCTIONED", "Ann P. Lowell") not in got
    assert (ofac, "SANCTIONED", "Varan Research Center") not in got


def test_a_count_that_does_not_match_names_no_target(extract, facts):
    got = facts(extract(OFAC_RELEASE.replace("three individuals", "four individuals")))
    assert not any(o in ("Omid Farzin", "Leila Sadri", "Ho Ka-ming") for _, p, o in got if p == "SANCTIONED")


def test_drones_that_a_state_has_transferred(extract, facts):
    got = facts(extract("The centre designs the one-way attack UAVs that Iran has transferred to Russia."))
    assert ("Iran", "SHIPPED_TO", "Russia") in got


def test_a_list_cut_by_semicolons_after_among_them(extract, facts):
    dg = extract("Council of the EU\nPress release\n\nThe Council listed 26 additional entities, including in the "
                 "United Arab Emirates, India and China. Among them are Harbor Maritime FZE; Sagar Shipmanagement "
                 "Pvt. Ltd.; Al Noor Petroleum Trading LLC, a Dubai-based trader of Russian crude oil; and two "
                 "Chinese companies, Lanshan Electronics Co., Ltd. and Haixia Logistics Co., Ltd., which supplied "
                 "machine tools to Russia's military-industrial complex.\n\nThe package was proposed after the "
                 "European Council called for more pressure.")
    got = facts(dg)
    council = next(e.name for e in dg.entities.values() if e.name.startswith("Council of the"))
    for firm in ("Harbor Maritime FZE", "Sagar Shipmanagement Pvt. Ltd.", "Al Noor Petroleum Trading LLC",
                 "Lanshan Electronics Co., Ltd.", "Haixia Logistics Co., Ltd."):
        assert (council, "SANCTIONED", firm) in got
    assert not any(o == "United Arab Emirates" for _, p, o in got if p == "SANCTIONED")
    assert "Council" not in {e.name for e in dg.entities.values()}


def test_additional_entities_are_not_the_firms_named_before(extract, facts):
    dg = extract("The Council of the EU listed the tanker Kasko Star, whose owner is Harbor Maritime FZE. "
                 "The Council listed 26 additional entities, including in the United Arab Emirates.")
    assert not any(o == "Harbor Maritime FZE" for _, p, o in facts(dg) if p == "SANCTIONED")


def test_a_given_name_opening_a_sentence_and_the_surname_as_a_source(extract, find):
    dg = extract("Taras Melnyk keeps three monitors on his kitchen table. One shows AIS positions in the Sea of "
                 "Azov.\n\nMelnyk, 38, spent eleven years as a second engineer.\n\nMelnyk says the project "
                 "publishes nothing based on AIS alone.")
    assert find(dg, "Taras Melnyk").type == "Person"
    assert not any(e.type == "Organization" and "Melnyk" in e.name for e in dg.entities.values())


def test_instead_turns_the_negation_of_the_verb_before(extract):
    dg = extract("Its manifest listed Port Sudan as the destination, but tracking data showed the tanker Lira Moss "
                 "never went to Port Sudan and instead unloaded at the Libyan port of Tobruk.")
    names = {e.id: e.name for e in dg.entities.values()}
    got = {(names[r.object], r.modality) for r in dg.relations if r.predicate == "VISITED"}
    assert ("Tobruk", "asserted") in got and ("Port Sudan", "negated") in got


def test_a_force_commanded_by_a_person_named_before_the_comma(extract, facts):
    got = facts(extract("The main buyer was Sahel Crest General Trading, a Dubai company that prosecutors said acted "
                        "as a front for the Libyan National Army, the eastern Libyan force commanded by Khalifa "
                        "Haftar."))
    assert ("Khalifa Haftar", "LEADS", "Libyan National Army") in got
    assert ("Khalifa Haftar", "LEADS", "Sahel Crest General Trading") not in got


def test_a_us_district_judge(extract, facts):
    got = facts(extract("He faces up to 20 years in prison. US District Judge Karen Adley set sentencing for "
                        "Feb. 10."))
    assert ("Karen Adley", "AFFILIATED_WITH", "United States") in got
