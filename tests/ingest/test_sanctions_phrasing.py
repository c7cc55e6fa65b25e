"""SANCTIONED in more of the ways releases and news name a designation (invented sentences).

Companies, people and vessels are made up; the sanctioning bodies and countries are real. The
phrasings follow the genres: OFAC / Treasury and State Department releases, UK FCDO / OFSI notices,
EU Council releases, and wire copy paraphrasing them. None is taken from a dev, corpus or held-out
article. Conventions (dev README): credit the most specific body named; "sanctioned" with no body
named gives nothing; planned, urged or denied sanctions are no fact.

Each case is ``(text, asserted, forbidden)``: ``(body, target)`` surface forms, matched through the
entities' names and aliases as the evaluation matches them; ``forbidden`` ``None`` means no
SANCTIONED fact at all.
"""

from __future__ import annotations

import re

import pytest

CASES = {
    "including_on_the_verb": (
        "The UK sanctioned 14 more tankers on Monday, including SILVER WREN and AMBER FINCH.",
        [("UK", "SILVER WREN"), ("UK", "AMBER FINCH")], []),
    "along_with_its_director": (
        "OFAC designated Halbrook Marine, along with its director, Pavel Drozdov.",
        [("OFAC", "Halbrook Marine"), ("OFAC", "Pavel Drozdov")], []),
    "second_agent_conjoined": (
        "Kortal Trading Co. was sanctioned by the UK in May and by the EU in June.",
        [("UK", "Kortal Trading Co."), ("EU", "Kortal Trading Co.")], []),
    "sanctions_targeting": (
        "The U.S. announced sanctions targeting Halbrook Marine on Thursday.",
        [("U.S.", "Halbrook Marine")], []),
    "sanctions_aimed_at": (
        "Britain unveiled sanctions aimed at Halbrook Marine.",
        [("Britain", "Halbrook Marine")], []),
    "extended_sanctions_to": (
        "The UK extended sanctions to Halbrook Marine on Friday.",
        [("UK", "Halbrook Marine")], []),
    "subject_to_asset_freeze_imposed_by": (
        "Halbrook Marine is subject to an asset freeze imposed by OFSI.",
        [("OFSI", "Halbrook Marine")], []),
    "port_access_ban_on": (
        "The EU imposed a port access ban on the tanker Silver Wren.",
        [("EU", "Silver Wren")], []),
    "considering_sanctions_targeting_is_no_fact": (
        "The EU is considering sanctions targeting Halbrook Marine.", [], None),
    "office_is_targeting": (
        "OFAC is targeting Pelican Crest Trading LLC, a broker of Russian crude.",
        [("OFAC", "Pelican Crest Trading LLC")], []),
    "office_took_action_against": (
        "OFAC took action against Kortal Trading Co., a Dubai-based broker.",
        [("OFAC", "Kortal Trading Co.")], []),
    "release_taking_action_then_being_designated": (
        "WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
        "taking action against a network shipping Iranian oil to China.\n\nHalbrook Marine, based in the UAE, "
        "manages the tanker Silver Wren. Halbrook Marine is being designated for having materially assisted "
        "the network.",
        [("Office of Foreign Assets Control", "Halbrook Marine")], []),
    "a_state_taking_action_is_no_designation": (
        "Israel took action against Kortal Trading Co. after the sanctions.", [], None),
    "release_issuer_named_without_a_designation_verb": (
        "WASHINGTON — Today, the Department of the Treasury announced new actions against Iran's oil trade."
        "\n\nHalbrook Marine, based in the UAE, manages the tanker Silver Wren. Halbrook Marine is being "
        "designated pursuant to E.O. 13846.",
        [("Department of the Treasury", "Halbrook Marine")], []),
    "package_of_sanctions_against_then_its_lists": (
        "The European Union on Monday adopted its 16th package of sanctions against Russia.\n\nThe package adds "
        "74 vessels to the list of ships subject to a port-access ban, including the tanker Silver Wren and the "
        "tanker Amber Finch.\n\nIt also lists Halbrook Marine, a Dubai-based ship manager.",
        [("European Union", "Russia"), ("European Union", "Silver Wren"), ("European Union", "Amber Finch"),
         ("European Union", "Halbrook Marine")], []),
    "the_measures_target_after_announcement": (
        "Britain announced new sanctions on Tuesday.\n\nThe measures target Halbrook Marine, which manages the "
        "tanker Silver Wren, and its director Pavel Drozdov.",
        [("Britain", "Halbrook Marine"), ("Britain", "Pavel Drozdov")], [("Britain", "Silver Wren")]),
    "sanctions_on_a_countrys_sector": (
        "Washington reimposed sanctions on Venezuela's oil sector in 2024.",
        [("Washington", "Venezuela")], []),
    "sanctions_on_demonym_exports": (
        "U.S. sanctions on Iranian oil exports remain in force.",
        [("U.S.", "Iran")], []),
    "bodys_ban_on_demonym_products": (
        "The tanker Silver Wren was sanctioned by the UK in May. The EU's ban on Russian oil products has "
        "applied since February 2023.",
        [("EU", "Russia")], []),
    "western_sanctions_name_no_body": (
        "Western sanctions on Russian oil have cut revenues.", [], None),
    "annex_entries_before_the_body_is_named": (
        "ANNEX\n\nThe following entities and vessels are added to the list set out in Annex I:\n\n"
        "1. Name: Corvale Shipping Ltd\nIdentifying information: Address: Dubai, United Arab Emirates\n\n"
        "2. Name: Meridane Logistics FZE (formerly Meridane Trading FZE)\nIdentifying information: Address: "
        "Sharjah\n\nThe Council of the European Union today imposed restrictive measures on two entities that "
        "support Russia's war, including Halbrook Marine.",
        [("Council of the European Union", "Corvale Shipping Ltd"),
         ("Council of the European Union", "Meridane Logistics FZE"),
         ("Council of the European Union", "Halbrook Marine")], []),
    "said_it_was_sanctioning": (
        "Britain said it was sanctioning Halbrook Marine and the tanker Silver Wren.",
        [("Britain", "Halbrook Marine"), ("Britain", "Silver Wren")], []),
    "sanctions_target_body_said": (
        "The sanctions target Kortal Trading Co., OFAC said.",
        [("OFAC", "Kortal Trading Co.")], []),
    "body_said_had_been_designated": (
        "The Treasury Department said Halbrook Marine had been designated for shipping Iranian oil.",
        [("Treasury Department", "Halbrook Marine")], []),
    "designated_according_to_body": (
        "Halbrook Marine was designated for shipping Iranian oil, according to the State Department.",
        [("State Department", "Halbrook Marine")], []),
    "a_company_saying_sanctioned_names_no_body": (
        "The company said Halbrook Marine had been sanctioned.", [], None),
    "one_of_n_firms_body_sanctioned": (
        "Kortal Trading Co. is one of 20 firms Washington sanctioned last week.",
        [("Washington", "Kortal Trading Co.")], []),
    "assets_were_frozen_by": (
        "Pavel Drozdov's assets were frozen by the UK government.",
        [("UK", "Pavel Drozdov")], []),
    "listed_under_a_bodys_regime": (
        "Halbrook Marine was listed under the UK's Russia sanctions regime in May.",
        [("UK", "Halbrook Marine")], [("Russia", "Halbrook Marine")]),
    "became_the_target_of_sanctions": (
        "Halbrook Marine became the target of U.S. sanctions in 2023.",
        [("U.S.", "Halbrook Marine")], []),
    "hyphenated_eu_listed": (
        "The tanker Silver Wren was sanctioned by the UK in May. The EU-listed tanker Amber Finch left port.",
        [("EU", "Amber Finch"), ("UK", "Silver Wren")], []),
    "appears_on_the_sdn_list": (
        "The tanker Silver Wren sits on OFAC's SDN list.",
        [("OFAC", "Silver Wren")], []),
    "whose_tankers_were_sanctioned_is_not_the_owner": (
        "Halbrook Marine, whose tankers were sanctioned by the EU, denied it.",
        [], [("EU", "Halbrook Marine")]),
    "sanctioned_it_the_object_named_before": (
        "The Commerce Department added Halbrook Marine to its Entity List in 2023, and OFAC sanctioned it the "
        "following year.",
        [("OFAC", "Halbrook Marine")], []),
    "sanctions_on_its_oil_exports": (
        "Iran has seized a series of tankers since Washington imposed sanctions on its oil exports in 2018.",
        [("Washington", "Iran")], []),
    "the_network_includes_after_announcement": (
        "The US Treasury on Thursday announced sanctions on a network of shipping firms. The network includes "
        "Halbrook Marine and Pelican Shipping.",
        [("US Treasury", "Halbrook Marine"), ("US Treasury", "Pelican Shipping")], []),
    "was_also_targeted_in_a_release": (
        "OFAC sanctioned the tanker Silver Wren on Thursday. Its operator, Halbrook Marine, was also targeted.",
        [("OFAC", "Halbrook Marine"), ("OFAC", "Silver Wren")], []),
    "also_targeted_by_a_strike_is_no_sanction": (
        "Israel struck a port on Thursday. Halbrook Marine was also targeted.", [], None),
    "licence_sense_with_including_is_no_designation": (
        "The aviation regulator of India sanctioned 11 new domestic routes for the airline in October, including "
        "Delhi–Leh and Pune–Goa.", [], None),
    "government_release_with_korean_bullets": (
        "1. The Government of the Republic of Korea designated on 3 March (Mon.) two entities and one vessel as "
        "subject to its independent sanctions.\n\n2. The entities designated today are as follows.\n\n"
        " ㅇ Halbrook Marine LLC, a Vladivostok-based bunkering company.\n\n"
        " ㅇ Pelican Shipping Co., Ltd.\n\n3. The vessel designated today is the tanker Silver Wren.",
        [("Republic of Korea", "Halbrook Marine LLC"), ("Republic of Korea", "Pelican Shipping Co., Ltd."),
         ("Republic of Korea", "Silver Wren")], []),
    "exposure_to_sanctions_is_no_listing": (
        "Clause 7 excluded trading to \"Cuba, Iran and any port which would expose the Vessel to sanctions of the "
        "European Union or the United States\".", [], None),
    "register_entry_designated_by_fragment": (
        "NOTICE\n\n1. M/T SILVER WREN — IMO 9123456. Registered owner: Halbrook Marine Ltd., Dubai. Designated by "
        "OFAC on 4 May 2025 and by the Council of the European Union on 20 June 2025.\n\n2. M/T AMBER FINCH — IMO "
        "9234567. Registered owner: Pelican Shipping Inc., Majuro. Designated by OFAC on 4 May 2025.",
        [("OFAC", "SILVER WREN"), ("Council of the European Union", "SILVER WREN"), ("OFAC", "AMBER FINCH")],
        [("OFAC", "Halbrook Marine Ltd."), ("OFAC", "Pelican Shipping Inc.")]),
    "before_its_designation_by": (
        "The tanker Silver Wren had left the Panamanian registry in May, before its designation by OFAC in June.",
        [("OFAC", "Silver Wren")], []),
    "the_airline_refers_back": (
        "Equatoria Air Cargo Ltd flew the shells to Juba. The airline was sanctioned by the US Treasury in 2023 "
        "for flights supporting armed groups.",
        [("US Treasury", "Equatoria Air Cargo Ltd")], []),
    "the_entities_are_after_an_announcement": (
        "Australia imposes sanctions on drone network\n\nToday I announce targeted financial sanctions on five "
        "entities and two tankers.\n\nThe network is run from Tehran.\n\nThe entities are Halbrook Marine LLC and "
        "Pelican Shipping Co. in Iran, and Kortal Trading FZE in the United Arab Emirates.",
        [("Australia", "Halbrook Marine LLC"), ("Australia", "Pelican Shipping Co."),
         ("Australia", "Kortal Trading FZE")], []),
    "also_listed_colon": (
        "OFAC on Thursday added Halbrook Marine DMCC to the SDN list for brokering shipments.\nAlso listed: VLCC "
        "Silver Wren (Cook Islands flag), which Treasury says Halbrook operates.",
        [("OFAC", "Silver Wren")], []),
    "the_companies_are_based_is_no_list": (
        "The companies are based in Dubai. The entities are in Iran.", [], None),
    "body_banned_imports_of_demonym_goods": (
        "The European Union banned imports of Russian coal in 2022.",
        [("European Union", "Russia")], []),
    "a_state_banning_imports_is_no_listing": (
        "Ruritania banned imports of Japanese seafood in 2023.", [], None),
}


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", s.lower()).strip()


def _ids(dg, name):
    key = _norm(name)
    return {e.id for e in dg.entities.values() if key in {_norm(x) for x in (e.name, *e.aliases)}}


@pytest.mark.parametrize("case", list(CASES))
def test_sanctions_phrasing(extract, case):
    text, asserted, forbidden = CASES[case]
    dg = extract(text)
    got = {(r.subject, r.object) for r in dg.relations
           if r.predicate == "SANCTIONED" and r.modality not in ("negated", "denied", "speculated")}
    names = {e.id: e.name for e in dg.entities.values()}
    show = sorted((names[b], names[t]) for b, t in got)
    for body, target in asserted:
        assert any((b, t) in got for b in _ids(dg, body) for t in _ids(dg, target)), (body, target, show)
    if forbidden is None:
        assert not got, show
    else:
        for body, target in forbidden:
            assert not any((b, t) in got for b in _ids(dg, body) for t in _ids(dg, target)), (body, target, show)
