"""Goods lists, possessive posts, bracketed acronyms and weekday abbreviations (round of 2026-11-30).

- In a sentence about moving, trading or seizing goods, the plain noun phrases coordinated with a
  known weapon or cargo are goods too ("delivered trucks, generators and ammunition"), numbered list
  items included ("4,000 X, 1,200 Y and Z"); people, places, amounts and generic arms nouns are not.
- "The company's managing director, X" and "the ministry's spokesman, X" refer back to the company or
  the ministry named before, as "its" does; a role noun ("the charterers'") is not resolved that way.
- "suspects the company's director of an offence": the "of" phrase is the verb's, so the director
  still heads the company.
- A name never ends inside an opened bracket ("Ministry of Defence (GRAU").
- "OFAC on Thurs. added X to the SDN list" is one sentence.
- "X Securities", "Y Brief" are an organisation's names, not people's.
"""

from __future__ import annotations


def _types(dg):
    return {e.name: e.type for e in dg.entities.values()}


def test_goods_coordinated_with_a_known_weapon(extract, facts):
    dg = extract("The freighter Severnaya Volna delivered trucks, generators and ammunition to Tobruk.")
    types = _types(dg)
    assert types.get("trucks") == "Other" and types.get("generators") == "Other"
    got = facts(dg)
    assert {("Severnaya Volna", "TRANSPORTED", g) for g in ("trucks", "generators", "ammunition")} <= got


def test_a_numbered_list_of_goods(extract):
    dg = extract("On inspection, customs officers found some 4,000 flight controllers, 1,200 brushless drone "
                 "motors, thermal imaging camera modules and radio transmitters on the ro-ro vessel Kaja Nordlys.")
    types = _types(dg)
    for name in ("brushless drone motors", "thermal imaging camera modules", "radio transmitters"):
        assert types.get(name) == "Other", (name, types)
    assert "drone" not in types  # part of the motors' name, not a weapon of its own


def test_no_goods_without_a_goods_verb_or_from_modifiers(extract):
    types = _types(extract("Oil and gas companies cut output in March."))
    assert "gas" not in types
    types = _types(extract("Officials discussed diesel, tourism and schools at the summit in Oslo."))
    assert "tourism" not in types and "schools" not in types


def test_people_and_generic_arms_are_not_list_goods(extract):
    types = _types(extract("The dhow Al Noor 4 carried drone engines, weapons and six crew members to Mukalla."))
    assert "weapons" not in types and "crew members" not in types
    assert types.get("drone engines") == "Weapon"


def test_the_companys_post_refers_back_to_the_company(extract, facts):
    dg = extract("Customs seized goods sent by Korvalin Trading Oy, a Helsinki firm. The company's managing "
                 "director, Pavel Orlov, was detained.")
    assert ("Pavel Orlov", "LEADS", "Korvalin Trading Oy") in facts(dg)


def test_the_ministrys_spokesman_refers_back_to_the_ministry(extract, facts):
    dg = extract("The Syrian Ministry of Petroleum denied it. The ministry's spokesman, Samir Khoury, said no "
                 "tanker had arrived.")
    assert ("Samir Khoury", "AFFILIATED_WITH", "Syrian Ministry of Petroleum") in facts(dg)


def test_a_role_possessor_is_not_the_last_organisation(extract, facts):
    dg = extract("The insurer Westmere Mutual paid the claim. Mr Omid Rahimi, the charterers' managing director, "
                 "said he knew nothing.")
    assert not any(s == "Omid Rahimi" and o == "Westmere Mutual" for s, _, o in facts(dg))


def test_suspected_of_an_offence_keeps_the_directors_post(extract, facts):
    dg = extract("The exporter is Tarvolin Trading Oy, a small trading company registered in Vantaa. Finnish "
                 "Customs suspects the company's managing director, Russian citizen Gennady Zaitsev, of an "
                 "aggravated regulation offence.")
    assert ("Gennady Zaitsev", "LEADS", "Tarvolin Trading Oy") in facts(dg, facts_only=False)


def test_a_name_does_not_end_in_an_opened_bracket(extract):
    dg = extract("The recipient is the Main Missile and Artillery Directorate of the Russian Ministry of "
                 "Defence (GRAU). The owner is Blueholm Star Holdings Ltd (Seychelles).")
    assert not [n for n in _types(dg) if "(" in n]


def test_a_weekday_abbreviation_does_not_end_the_sentence(extract, facts, nlp):
    text = "OFAC on Thurs. added Dubai's Dunecliff Bunkering DMCC to the SDN list."
    assert len(list(nlp(text).sents)) == 1
    assert ("OFAC", "SANCTIONED", "Dunecliff Bunkering DMCC") in facts(extract(text))


def test_securities_and_brief_name_organisations(extract):
    types = _types(extract("Amberlane Securities said in a note that demand looks durable."))
    assert types.get("Amberlane Securities") == "Organization"
    types = _types(extract("Stillwater Brief | Week 48: a detention off Istanbul, a collision and two new listings."))
    assert types.get("Stillwater Brief") == "Organization"


def test_a_past_post_leaves_the_present_one(extract, facts):
    dg = extract("Varessa Energy Trading moved four cargoes. The group is run by chief executive Leonid "
                 "Sokolovsky, a former crude trader at Brantor Oil and Nortrade Energy who founded it in 2019.")
    got = facts(dg)
    assert ("Leonid Sokolovsky", "LEADS", "Varessa Energy Trading") in got
    assert ("Leonid Sokolovsky", "AFFILIATED_WITH", "Nortrade Energy") in got


def test_a_post_at_two_coordinated_employers(extract, facts):
    dg = extract("Maria Lindqvist, a former analyst at Kelden Capital and Norvik Shipping AS, said the tankers "
                 "were old.")
    got = facts(dg)
    assert {("Maria Lindqvist", "AFFILIATED_WITH", o) for o in ("Kelden Capital", "Norvik Shipping AS")} <= got


def test_a_campaigner_of_a_named_group(extract, facts):
    dg = extract("Greenpeace Denmark's ocean campaigner, Ida Kjeldsen, said the tanker was old.")
    assert ("Ida Kjeldsen", "AFFILIATED_WITH", "Greenpeace Denmark") in facts(dg)


def test_goods_after_a_cargo_or_weight_noun(extract, facts):
    dg = extract("The freighter Nadia shipped 40 containers of machine parts to Novorossiysk.")
    assert ("Nadia", "TRANSPORTED", "machine parts") in facts(dg)
    dg = extract("The tanker Kama Star loaded 30,000 tonnes of sand at Haeju.")
    assert ("Kama Star", "TRANSPORTED", "sand") in facts(dg)


def test_no_goods_from_a_vague_or_generic_noun_after_a_measure(extract):
    types = _types(extract("The freighter Nadia carried a consignment of parts and 12 crates of documents to Riga."))
    assert "parts" not in types and "documents" not in types
    types = _types(extract("The shipment of the vessel was delayed by the owners."))
    assert not [n for n, t in types.items() if t in ("Other", "Weapon")]


def test_a_plural_post_before_coordinated_names(extract, facts):
    got = facts(extract("Assistant U.S. Attorneys Daniel Kessler and Laura Chen are prosecuting the case."))
    assert {("Daniel Kessler", "AFFILIATED_WITH", "United States"),
            ("Laura Chen", "AFFILIATED_WITH", "United States")} <= got


def test_a_singular_post_is_not_shared_by_the_next_name(extract, facts):
    got = facts(extract("Russian President Vladimir Putin and Kim Jong Un met in Vostochny."))
    assert ("Kim Jong Un", "LEADS", "Russia") not in got
    assert not any(s == "Kim Jong Un" and o == "Russia" for s, _, o in got)


def test_a_plural_possessive_opens_a_party_name(extract):
    types = _types(extract("The Workers' Party of Korea denied it. The Seafarers' Union of Ukraine said the crew "
                           "was safe."))
    assert types.get("Workers' Party of Korea") == "Organization"
    assert "Party of Korea" not in types


def test_a_family_name_the_model_left_out(extract):
    types = _types(extract("Choe Song Il is an official of the Munitions Industry Department."))
    assert types.get("Choe Song Il") == "Person"
    types = _types(extract("Shipwright Stelios Markou said the hull was sound."))
    assert "Shipwright Stelios Markou" not in types


def test_a_speaker_with_an_east_asian_name_is_a_person(extract):
    types = _types(extract("Choe Song Il said the ship left Nampo at night."))
    assert types.get("Choe Song Il") == "Person"


def test_a_two_word_legal_form(extract):
    types = _types(extract("Marlin Harbour Holdings Pte Ltd won the concession. Kestrel Sdn Bhd lost it."))
    assert types.get("Marlin Harbour Holdings Pte Ltd") == "Organization"
    assert types.get("Kestrel Sdn Bhd") == "Organization"


def test_a_short_form_before_a_post(extract, facts):
    dg = extract("Kestria Lines bought the ferry. Kestria chief executive Eleni Markou said the ship would sail in "
                 "May.")
    assert ("Eleni Markou", "LEADS", "Kestria Lines") in facts(dg)


def test_a_partner_at_a_firm_is_a_person(extract, facts):
    dg = extract("Mr Rahimi declined to be interviewed. Helena Crane, a partner at Ashdown Vale LLP in London who "
                 "represents him, said the claims were false.")
    assert _types(dg).get("Helena Crane") == "Person"
    assert ("Helena Crane", "AFFILIATED_WITH", "Ashdown Vale LLP") in facts(dg)


def test_a_company_partner_of_a_project_stays_a_company(extract):
    assert _types(extract("Acme Shipping, a partner of the project, said so.")).get("Acme Shipping") == "Organization"
