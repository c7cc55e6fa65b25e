"""SANCTIONED across the ways sanctions are reported, through the real pipeline.

A battery of invented sentences and short articles (companies, people and
vessels made up; the sanctioning bodies and countries real), written from how
the genres phrase a designation: OFAC / Treasury press releases, UK FCDO /
OFSI notices, EU Council press releases, UN committee notices, wire copy and
translated agency copy. None is taken from a dev, corpus or held-out article.

Conventions (dev README): the relation is credited to the most specific body
named; "Washington" / "U.S. sanctions" give the United States; a denial
("has not been designated") is kept but negated, never a fact; "sanctioned"
with no body named gives nothing; off-topic uses of the word ("sanctioned by
the league", "the regulator sanctioned the merger") give nothing.

Each case is ``(text, asserted, negated, forbidden)``: ``asserted`` and
``negated`` are ``(body, target)`` pairs of surface forms, looked up through
the entities' names and aliases; a body may be a tuple of acceptable forms
(the test passes when one of them is credited). ``forbidden`` pairs must not be
asserted; ``None`` as ``forbidden`` means no SANCTIONED at all.
"""

from __future__ import annotations

import re

import pytest

CASES = {
    # --- OFAC / Treasury press-release style ---
    "ofac_pursuant_to_eo": (
        "WASHINGTON - The Department of the Treasury's Office of Foreign Assets Control (OFAC) on Thursday "
        "designated Kestrel Maritime Ltd pursuant to Executive Order 14024 for operating in the marine sector "
        "of the Russian economy.",
        [("Office of Foreign Assets Control", "Kestrel Maritime Ltd")], [], []),
    "ofac_acronym_designated_for": (
        "OFAC designated Brightwater Energy FZE pursuant to E.O. 13846 for its role in the sale of Iranian "
        "petroleum.",
        [("OFAC", "Brightwater Energy FZE")], [], []),
    "treasury_action_targets": (
        "The United States on Thursday sanctioned a network of oil traders. "
        "Treasury's action targets Halvard Trading LLC and Norvane Shipping Co., which arranged shipments of "
        "Iranian crude oil to buyers in Asia.",
        [(("Treasury", "U.S. Treasury", "United States"), "Halvard Trading LLC"),
         (("Treasury", "U.S. Treasury", "United States"), "Norvane Shipping Co.")], [], []),
    "identified_as_blocked_property": (
        "OFAC sanctioned Halvard Trading LLC on Tuesday. OFAC also identified the tanker Silver Marlin as "
        "blocked property in which Halvard Trading LLC has an interest.",
        [("OFAC", "Silver Marlin"), ("OFAC", "Halvard Trading LLC")], [], []),
    "three_vessels_as_blocked_property": (
        "OFAC also identified three vessels, the Opal Crest, the Jade Meridian and the Onyx Tide, as blocked "
        "property.",
        [("OFAC", "Opal Crest"), ("OFAC", "Jade Meridian"), ("OFAC", "Onyx Tide")], [], []),
    "bulleted_list_after_heading": (
        "OFAC designated the following entities on Wednesday:\n"
        "- Aldan Marine Services LLC, a ship manager based in Dubai;\n"
        "- Irtysh Cargo Ltd, the registered owner of the tanker Cape Lumen;\n"
        "- Sorrel Bay Trading FZE, a trader of Russian crude oil.\n",
        [("OFAC", "Aldan Marine Services LLC"), ("OFAC", "Irtysh Cargo Ltd"),
         ("OFAC", "Sorrel Bay Trading FZE")], [], []),
    "also_designated_were": (
        "OFAC on Tuesday designated Caspian Star Shipping LLC, a Dubai-based ship manager. Also designated were "
        "Lumen Oil Trading FZE and its chief executive, Farid Karimov.",
        [("OFAC", "Caspian Star Shipping LLC"), ("OFAC", "Lumen Oil Trading FZE"), ("OFAC", "Farid Karimov")],
        [], []),
    "being_designated_for": (
        "The Treasury Department said on Monday it was sanctioning six companies in China and Hong Kong. "
        "Golden Sail Trading Ltd is being designated for having shipped drone engines to Iran.",
        [(("Treasury Department", "U.S. Treasury", "United States"), "Golden Sail Trading Ltd")], [], []),
    # --- UK FCDO / OFSI notices ---
    "uk_has_today_sanctioned": (
        "The UK has today sanctioned Perevoz Shipping LLC and its director, Igor Malenkov, for transporting "
        "Russian oil above the price cap.",
        [("United Kingdom", "Perevoz Shipping LLC"), ("United Kingdom", "Igor Malenkov")], [], []),
    "uk_designated_under_regulations": (
        "The UK designated Tarnbury Holdings Ltd under the Russia (Sanctions) (EU Exit) Regulations 2019, "
        "imposing an asset freeze on the company.",
        [("United Kingdom", "Tarnbury Holdings Ltd")], [], []),
    "britain_added_to_sanctions_list": (
        "Britain added the tankers Coral Dune and Amber Reef to its sanctions list on Tuesday.",
        [("Britain", "Coral Dune"), ("Britain", "Amber Reef")], [], []),
    "uk_government_added_to_list": (
        "The UK government has added Gazport Tankers LLC to the UK sanctions list.",
        [(("United Kingdom", "UK government"), "Gazport Tankers LLC")], [], []),
    "among_those_targeted_were": (
        "Britain on Thursday announced sanctions on 20 individuals and entities. Among those targeted were "
        "Vardan Petrosyan, a Moscow-based financier, and his company, Ararat Capital LLC.",
        [("Britain", "Vardan Petrosyan"), ("Britain", "Ararat Capital LLC")], [], []),
    # --- EU Council press releases ---
    "council_decided_to_impose_restrictive_measures": (
        "The Council of the European Union today decided to impose restrictive measures on Volkov Aerotech "
        "JSC, a drone maker based in Kazan.",
        [(("Council of the European Union", "European Union"), "Volkov Aerotech JSC")], [], []),
    "eu_package_includes": (
        "The EU's 14th sanctions package includes the Marovia Shipping Company and 27 vessels of Russia's "
        "shadow fleet.",
        [("EU", "Marovia Shipping Company")], [], []),
    "eu_listed_in_annex": (
        "The EU listed Petrona Logistics DMCC in Annex I of the regulation, freezing its assets.",
        [("EU", "Petrona Logistics DMCC")], [], []),
    "eu_froze_assets": (
        "The European Union has frozen the assets of Mikhail Dorin, a shipping magnate from St Petersburg.",
        [("European Union", "Mikhail Dorin")], [], []),
    "passive_imposed_by": (
        "Sanctions were imposed on Vostok Aero LLC by the European Union in 2022.",
        [("European Union", "Vostok Aero LLC")], [], []),
    # --- UN ---
    "un_1718_committee": (
        "The UN Security Council's 1718 Committee designated the vessel Ryong Hae 7 for transferring refined "
        "petroleum to North Korea.",
        [(("1718 Committee", "UN Security Council", "United Nations"), "Ryong Hae 7")], [], []),
    "un_arms_embargo_country": (
        "South Sudan has been under a UN arms embargo since 2018.",
        [(("UN", "United Nations"), "South Sudan")], [], []),
    # --- wire copy ---
    "blacklisted_by_washington": (
        "Kestrel Freight Ltd, a Hong Kong logistics firm, was blacklisted by Washington last year.",
        [("Washington", "Kestrel Freight Ltd")], [], []),
    "hit_with_sanctions": (
        "The United States hit Zarnitsa Trading LLC with sanctions in March.",
        [("United States", "Zarnitsa Trading LLC")], [], []),
    "slapped_sanctions_on": (
        "Washington slapped sanctions on Dalian Orient Petroleum Co. over its purchases of Iranian oil.",
        [("Washington", "Dalian Orient Petroleum Co.")], [], []),
    "faces_us_sanctions": (
        "Novaya Zarya Shipping LLC, which faces U.S. sanctions, owns the tanker Polar Ray.",
        [("United States", "Novaya Zarya Shipping LLC")], [], []),
    "us_sanctioned_tanker_adjective": (
        "The U.S.-sanctioned tanker Aurora Wind unloaded its cargo at the port of Fujairah on Sunday.",
        [("United States", "Aurora Wind")], [], []),
    "under_eu_sanctions_relcl": (
        "The tanker Blue Heron, which is under EU sanctions, anchored off Malta on Friday.",
        [("EU", "Blue Heron")], [], []),
    "subject_to_us_and_uk_sanctions": (
        "Sovtrans Tankers PJSC, which is subject to U.S. and British sanctions, manages the fleet.",
        [("United States", "Sovtrans Tankers PJSC"), (("United Kingdom", "British"), "Sovtrans Tankers PJSC")],
        [], []),
    "sanctioned_by_washington_passive": (
        "The tanker Sea Lynx was sanctioned by Washington in 2023 for carrying Iranian oil.",
        [("Washington", "Sea Lynx")], [], []),
    "added_to_entity_list": (
        "The U.S. Commerce Department added Tianlong Microelectronics Co. to the Entity List in May, "
        "restricting its access to American chips.",
        [(("U.S. Commerce Department", "Commerce Department", "United States"), "Tianlong Microelectronics Co.")],
        [], []),
    "eu_and_uk_also_listed": (
        "Washington blacklisted the tanker Frost Petrel in May. The EU and the UK also listed the vessel in June.",
        [("Washington", "Frost Petrel"), ("EU", "Frost Petrel"), ("UK", "Frost Petrel")], [], []),
    "canada_and_australia_followed": (
        "The United States sanctioned Borealis Navigation Ltd on Monday. Canada and Australia followed suit "
        "on Wednesday.",
        [("United States", "Borealis Navigation Ltd"), ("Canada", "Borealis Navigation Ltd"),
         ("Australia", "Borealis Navigation Ltd")], [], []),
    "designated_by_the_us_participle": (
        "Tehran-based Sepehr Petro Energy Co., designated by the United States in 2019, chartered the tanker.",
        [("United States", "Sepehr Petro Energy Co.")], [], []),
    "on_the_us_sanctions_list": (
        "The tanker Orion Dawn is on the U.S. sanctions list, according to the Treasury's website.",
        [(("United States", "Treasury"), "Orion Dawn")], [], []),
    "placed_under_sanctions_by": (
        "The firm, Tarvik Metals LLC, was placed under sanctions by the European Union in 2023.",
        [("European Union", "Tarvik Metals LLC")], [], []),
    "state_department_designated": (
        "The State Department designated Al-Bahr Shipping Co., which it said moved weapons for the Houthis.",
        [(("State Department", "United States"), "Al-Bahr Shipping Co.")], [], []),
    "ukraine_imposed_sanctions_against": (
        "Ukraine imposed sanctions against Kerch Ferry Lines LLC and its owner, Pavel Sorokin.",
        [("Ukraine", "Kerch Ferry Lines LLC"), ("Ukraine", "Pavel Sorokin")], [], []),
    # --- translated agency copy ---
    "government_decided_to_freeze_assets": (
        "The government of Japan decided to freeze the assets of Kurilsk Fishing Company and two Russian "
        "nationals, the Foreign Ministry said.",
        [(("Japan", "government of Japan"), "Kurilsk Fishing Company")], [], []),
    "sanctions_of_ukraine_and_eu": (
        "The ferry is operated by Azov Sea Lines LLC, which is under the sanctions of Ukraine and of the "
        "European Union.",
        [("Ukraine", "Azov Sea Lines LLC"), ("European Union", "Azov Sea Lines LLC")], [], []),
    # --- adjective "sanctioned" with a body elsewhere ---
    "sanctioned_adjective_body_in_relcl": (
        "The sanctioned tanker Red Kite, which the U.S. Treasury blacklisted in 2023, called at Port Said.",
        [("U.S. Treasury", "Red Kite")], [], []),
    "hyphenated_eu_sanctioned": (
        "The EU-sanctioned tanker Blue Gull left the port of Primorsk on Monday.",
        [("EU", "Blue Gull")], [], []),
    "sanctioned_participle_by_eu": (
        "The tanker Storm Petrel, sanctioned by the EU in 2024, loaded fuel oil at Ust-Luga.",
        [("EU", "Storm Petrel")], [], []),
    "designation_of_by": (
        "The designation of Talon Ship Management LLC by the U.S. Treasury came a week after the seizure.",
        [("U.S. Treasury", "Talon Ship Management LLC")], [], []),
    # --- more wire and agency phrasings ---
    "among_entities_sanctioned_by": (
        "Varna Oil Trading FZE was among 14 entities sanctioned by the European Union on Friday.",
        [("European Union", "Varna Oil Trading FZE")], [], []),
    "fronted_participle_sanctioned_by": (
        "Sanctioned by the EU in 2023, the tanker Gale Runner has kept sailing under a new flag.",
        [("EU", "Gale Runner")], [], []),
    "the_sanctions_also_hit": (
        "The United States on Monday sanctioned Pelican Bay Shipping LLC. The sanctions also hit "
        "Corvin Petroleum Ltd, a trader in Hong Kong.",
        [("United States", "Pelican Bay Shipping LLC"), ("United States", "Corvin Petroleum Ltd")], [], []),
    "those_listed_include": (
        "The Council of the European Union adopted sanctions against nine individuals and six entities on "
        "Monday. Those listed "
        "include Aldoria Shipping Ltd and its owner, Kiril Varga.",
        [(("Council of the European Union", "European Union"), "Aldoria Shipping Ltd"),
         (("Council of the European Union", "European Union"), "Kiril Varga")],
        [], []),
    "asset_freeze_and_travel_ban_on": (
        "Britain imposed an asset freeze and a travel ban on Oleg Zarubin, a shipping executive.",
        [("Britain", "Oleg Zarubin")], [], []),
    "put_on_a_us_blacklist": (
        "The tanker Winter Heron was put on a U.S. blacklist in 2022.",
        [("United States", "Winter Heron")], [], []),
    "sanctions_imposed_by_apply_to": (
        "Sanctions imposed by the European Union in 2022 also apply to Tessera Marine Ltd, the ship's manager.",
        [("European Union", "Tessera Marine Ltd")], [], []),
    "relcl_which_britain_sanctioned": (
        "The cargo was carried by the tanker Ice Pilgrim, which Britain sanctioned in May.",
        [("Britain", "Ice Pilgrim")], [], []),
    "said_in_a_statement_it_had_designated": (
        "The Treasury Department's Office of Foreign Assets Control said in a statement that it had designated "
        "Marlow Energy DMCC for selling Iranian oil.",
        [("Office of Foreign Assets Control", "Marlow Energy DMCC")], [], []),
    "company_designated_by_ofac_appos": (
        "Kaveh Petro Trading Co., a company designated by OFAC in 2023, chartered the tanker Sun Ridge.",
        [("OFAC", "Kaveh Petro Trading Co.")], [], []),
    "us_sanctions_no_dots": (
        "The US-sanctioned tanker Noble Crane was seen off Fujairah.",
        [("US", "Noble Crane")], [], []),
    "sdn_list_includes": (
        "OFAC's SDN list now includes Baltic Amber Shipping Ltd and the tanker Amber Gull.",
        [("OFAC", "Baltic Amber Shipping Ltd"), ("OFAC", "Amber Gull")], [], []),
    "will_hit_is_rhetoric": (
        "\"These sanctions will hit the Kremlin where it hurts,\" the minister said.",
        [], [], None),
    "three_bodies_by": (
        "Vesta Marine Ltd has been sanctioned by the United States, the European Union and Britain.",
        [("United States", "Vesta Marine Ltd"), ("European Union", "Vesta Marine Ltd"),
         ("Britain", "Vesta Marine Ltd")], [], []),
    "three_bodies_apposition_subject": (
        "The US, the UK and the EU have all sanctioned Topaz Ship Management LLC.",
        [("US", "Topaz Ship Management LLC"), ("UK", "Topaz Ship Management LLC"),
         ("EU", "Topaz Ship Management LLC")], [], []),
    "under_sanctions_from": (
        "The tanker Kora Wind, under sanctions from the United States, left the port of Jask.",
        [("United States", "Kora Wind")], [], []),
    "placed_on_the_eus_sanctions_list": (
        "The tanker Lake Ivory has been placed on the EU's sanctions list.",
        [("EU", "Lake Ivory")], [], []),
    "including_examples_and_split_companies": (
        "The United States has imposed sanctions on dozens of companies, including Argo Petro Ltd, "
        "Nimbus Energy FZE and Corvo Oil LLC.",
        [("United States", "Argo Petro Ltd"), ("United States", "Nimbus Energy FZE"),
         ("United States", "Corvo Oil LLC")], [], []),
    "such_as_examples": (
        "Washington has blacklisted several Hong Kong firms such as Kinglink Trading Ltd.",
        [("Washington", "Kinglink Trading Ltd")], [], []),
    "on_the_sdn_list": (
        "Harbin Orient Shipping Co. is on the U.S. Treasury's Specially Designated Nationals list.",
        [("U.S. Treasury", "Harbin Orient Shipping Co.")], [], []),
    "the_bloc_is_the_eu": (
        "The European Union adopted new measures on Friday. The bloc sanctioned the tanker Pale Orchid and its "
        "manager, Seastar Ship Management Ltd.",
        [("European Union", "Pale Orchid"), ("European Union", "Seastar Ship Management Ltd")], [], []),
    "the_blocs_package_adopted_by": (
        "The bloc's 16th sanctions package, adopted by the European Union on Monday, lists the tanker Dusk Harrier.",
        [("European Union", "Dusk Harrier")], [], []),
    "among_them_are_after_announcement": (
        "The U.S. Treasury on Thursday announced sanctions against 35 entities and vessels. Among them are the "
        "tankers Rowan Sky and Hazel Point.",
        [("U.S. Treasury", "Rowan Sky"), ("U.S. Treasury", "Hazel Point")], [], []),
    "they_include_after_announcement": (
        "Britain sanctioned 20 companies on Tuesday. They include Mirova Trading LLC and Kestrel Oil FZE.",
        [("Britain", "Mirova Trading LLC"), ("Britain", "Kestrel Oil FZE")], [], []),
    "they_are_based_in_is_not_a_list": (
        "The EU sanctioned 20 companies. They are based in China and Hong Kong.",
        [], [], None),
    "list_lines_without_bullets": (
        "OFAC designated the following entities:\nAldan Marine Services LLC\nIrtysh Cargo Ltd\n",
        [("OFAC", "Aldan Marine Services LLC"), ("OFAC", "Irtysh Cargo Ltd")], [], []),
    "one_of_dozens_of_vessels_sanctioned_by": (
        "The tanker Mira Bell is one of dozens of vessels sanctioned by the United States.",
        [("United States", "Mira Bell")], [], []),
    "among_the_ships_the_eu_has_sanctioned": (
        "The tanker Mira Bell is among the ships the EU has sanctioned.",
        [("EU", "Mira Bell")], [], []),
    "appos_one_of_the_tankers_blacklisted_by": (
        "The tanker Ash Lantern, one of the tankers blacklisted by Washington last year, was seized on Friday.",
        [("Washington", "Ash Lantern")], [], []),
    "headline_us_sanctions_firm": (
        "US sanctions Hong Kong firm Kinbo Trading Ltd over Iranian oil\nThe United States on Tuesday imposed "
        "sanctions on a Hong Kong company that it said shipped Iranian oil.",
        [("US", "Kinbo Trading Ltd")], [], []),
    "headline_uk_sanctions_tanker_and_operator": (
        "UK sanctions tanker Nova Ridge and its operator Zenfield Marine LLC\nBritain on Friday targeted more "
        "of Russia's shadow fleet.",
        [("UK", "Nova Ridge"), ("UK", "Zenfield Marine LLC")], [], []),
    "sanctions_expert_is_no_designation": (
        "US sanctions expert John Harlow said the tanker Pale Wind had changed its name twice.",
        [], [], None),
    "ofsi_and_fcdo_are_bodies": (
        "OFSI imposed an asset freeze on Thornbury Metals LLC on Monday. The FCDO also designated its owner, Pavel Gurin.",
        [("OFSI", "Thornbury Metals LLC"), ("FCDO", "Pavel Gurin")], [], []),
    "translated_included_in_the_list_of": (
        "The company Volga Tanker Fleet LLC was included in the sanctions list of the United States in 2023.",
        [("United States", "Volga Tanker Fleet LLC")], [], []),
    "translated_entered_into_the_list_of": (
        "In February, the tanker Belaya Noch was entered into the sanctions list of the European Union.",
        [("European Union", "Belaya Noch")], [], []),
    "identified_as_property_in_which_has_an_interest": (
        "OFAC is designating Ocean Leopard Shipping Ltd pursuant to E.O. 13846. Sea Halcyon is identified as "
        "property in which Ocean Leopard Shipping Ltd has an interest.",
        [("OFAC", "Ocean Leopard Shipping Ltd"), ("OFAC", "Sea Halcyon")], [], []),
    # --- negations: kept negated, never facts ---
    "not_been_designated": (
        "Zenith Bunkering Ltd, the tanker's manager, has not been designated by OFAC.",
        [], [("OFAC", "Zenith Bunkering Ltd")], []),
    "eu_has_not_sanctioned": (
        "The EU has not sanctioned the tanker Grey Gull, despite calls from the Baltic states.",
        [], [("EU", "Grey Gull")], []),
    "neither_nor_has_sanctioned": (
        "Neither the EU nor the UK has sanctioned Sable Tankers Ltd.",
        [], [("EU", "Sable Tankers Ltd"), ("UK", "Sable Tankers Ltd")], []),
    # --- no body named: nothing ---
    "sanctioned_adjective_no_body": (
        "The sanctioned tanker Misty Cove sailed from the port of Primorsk on Monday.",
        [], [], None),
    "sanctioned_company_no_body": (
        "Orlan Trading LLC, a sanctioned company, chartered the vessel Kama Star in June.",
        [], [], None),
    "evaded_sanctions_is_not_a_designation": (
        "Ardent Gulf Trading LLC helped the tanker Kilo Star evade U.S. sanctions, the report said.",
        [], [], None),
    # --- off-topic uses of the word ---
    "sports_league_sanction": (
        "Midfielder Tom Harlow was sanctioned by the Premier League for a reckless tackle, and Brentwood FC "
        "was fined by the Football Association.",
        [], [], None),
    "regulator_approved_merger": (
        "The Competition and Markets Authority sanctioned the merger of Halden Foods and Brisk Dairy on "
        "Friday, clearing the way for the deal.",
        [], [], None),
    "ministry_approved_purchase": (
        "The Defence Ministry sanctioned the purchase of two frigates from Harlow Shipyards Ltd last year.",
        [], [], None),
}


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", s.lower()).strip()


def _ids(dg, names):
    """Entity ids whose name or alias is one of ``names`` (str or tuple), case/punctuation-insensitively
    as the evaluation matches names."""
    names = {_norm(n) for n in ((names,) if isinstance(names, str) else names)}
    return {e.id for e in dg.entities.values() if names & {_norm(x) for x in (e.name, *e.aliases)}}


def _sanctions(dg, facts_only: bool):
    return {(r.subject, r.object) for r in dg.relations if r.predicate == "SANCTIONED"
            and (r.modality not in ("negated", "denied")) == facts_only}


def _has(pairs, dg, body, target) -> bool:
    return any((b, t) in pairs for b in _ids(dg, body) for t in _ids(dg, target))


@pytest.mark.parametrize("case", list(CASES))
def test_sanction_paraphrase(extract, case):
    text, asserted, negated, forbidden = CASES[case]
    dg = extract(text)
    got = _sanctions(dg, True)
    neg = _sanctions(dg, False)
    names = {e.id: e.name for e in dg.entities.values()}
    show = sorted((names[b], names[t]) for b, t in got), sorted((names[b], names[t]) for b, t in neg)
    for body, target in asserted:
        assert _has(got, dg, body, target), (body, target, show)
    for body, target in negated:
        assert _has(neg, dg, body, target), ("negated", body, target, show)
        assert not _has(got, dg, body, target), ("stated as a fact", body, target, show)
    if forbidden is None:
        assert not got and not neg, show
    else:
        for body, target in forbidden:
            assert not _has(got, dg, body, target), ("forbidden", body, target, show)
