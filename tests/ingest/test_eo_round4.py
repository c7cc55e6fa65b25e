"""Person/organisation spans from how news writes names (round 4), on invented text."""

from __future__ import annotations


def _has(dg, name, typ):
    return any((name == e.name or name in e.aliases) and e.type == typ for e in dg.entities.values())


def _names(dg):
    return {e.name for e in dg.entities.values()}


def test_name_before_an_age_in_brackets_is_a_person(extract):
    dg = extract("The arrested agent, Kiran Vasant Mhatre (51), is a director of Gravelin Freight Ltd, which filed "
                 "the papers at the port.")
    assert _has(dg, "Kiran Vasant Mhatre", "Person")
    assert not _has(dg, "Kiran Vasant Mhatre", "Organization")


def test_capitalised_occupation_before_a_name_is_no_part_of_it(extract):
    dg = extract("His lawyer, Advocate Rohini Talwalkar, said the papers were in order. "
                 "Shipwright Eilert Brannvoll, who led the repair, said the hull was sound.")
    assert _has(dg, "Rohini Talwalkar", "Person")
    assert _has(dg, "Eilert Brannvoll", "Person")
    assert not any(n.startswith(("Advocate", "Shipwright")) for n in _names(dg))


def test_name_after_an_office_title_is_the_person(extract):
    dg = extract("\"The network moved oil for the regime,\" said Under Secretary of the Treasury for Terrorism "
                 "and Financial Intelligence Victor Brandeis.")
    assert _has(dg, "Victor Brandeis", "Person")
    assert not any("Intelligence Victor" in n for n in _names(dg))


def test_capitalised_embassy_is_named_with_its_city(extract):
    dg = extract("The Brazilian Embassy in Canberra did not reply. Kenya's Embassy in Lisbon sent a note "
                 "to the ministry.")
    assert _has(dg, "Brazilian Embassy in Canberra", "Organization")
    assert _has(dg, "Kenya's Embassy in Lisbon", "Organization")


def test_person_name_does_not_end_in_a_conjunction(extract):
    dg = extract("Prosecutors have been investigating Tomas K. and a second person since March on suspicion of fraud.")
    assert not any(n.endswith(" and") for n in _names(dg))


def test_national_newspaper_and_intergovernmental_body_are_organisations(extract):
    dg = extract("Neither company responded to Aftenposten's inquiries. \"The route is open,\" said Ilona Varga, "
                 "a former analyst at the Organization for Security and Co-operation in Europe.")
    assert _has(dg, "Aftenposten", "Organization")
    assert _has(dg, "Organization for Security and Co-operation in Europe", "Organization")


def test_compound_arms_nouns_are_one_weapon(extract):
    dg = extract("The freighter Morvan Bay delivered 40 rocket-propelled grenades and 12 armoured personnel "
                 "carriers to Tobruk in violation of the UN arms embargo on Libya, the panel said.")
    assert _has(dg, "rocket-propelled grenades", "Weapon")
    assert _has(dg, "armoured personnel carriers", "Weapon")
    assert not _has(dg, "grenades", "Weapon")


def test_generic_oil_does_not_absorb_condensate(extract):
    dg = extract("The tanker Ardent Moss loaded condensate at Bandar Abbas in May, tracking data show. "
                 "The ship later carried oil to buyers in Asia, analysts said.")
    assert _has(dg, "condensate", "Other")
    assert not any(e.name == "condensate" and "oil" in e.aliases for e in dg.entities.values())


def test_byline_after_a_bar_or_written_by_is_a_person(extract):
    dg = extract("Written by Ravindra Kulkarni | Pune | Updated: May 3, 2026\n"
                 "The tanker Ardent Moss was detained at the port on Monday, customs officials said.")
    assert _has(dg, "Ravindra Kulkarni", "Person")
    assert not _has(dg, "Ravindra Kulkarni", "Organization")
    dg = extract("Published: 2026.05.03 09:00 | By Choi Min-seo\n"
                 "The tanker Ardent Moss was detained at the port on Monday, customs officials said.")
    assert _has(dg, "Choi Min-seo", "Person")


def test_surname_given_only_with_an_honorific_keeps_it(extract):
    dg = extract("Police booked Hanbit Marine's chief executive, Mr. Kwon (58), on charges of smuggling.")
    assert _has(dg, "Mr. Kwon", "Person")


def test_national_section_of_a_campaign_group_is_an_organisation(extract):
    dg = extract("According to Greenpeace Portugal, at least nine ship-to-ship transfers of Russian oil "
                 "took place off the coast this year.")
    assert not _has(dg, "Greenpeace Portugal", "Person")


def test_name_after_a_medium_noun_is_an_organisation(extract):
    dg = extract("The customs data were analysed together with the Russian-language investigative portal "
                 "Novye Vedomki, which traced the machines to Russia.")
    assert not _has(dg, "Novye Vedomki", "Person")


def test_club_name_with_fc_is_an_organisation(extract):
    dg = extract("Kallithea FC sign Boateng-Mensah, ship Pappadakis out on loan as shipowner's name goes on the "
                 "stadium\nThe club completed its transfer business on Monday, the chairman said.")
    assert not any(n.startswith("Kallithea FC sign") for n in _names(dg))
    assert _has(dg, "Kallithea FC", "Organization")
