"""Round-2 entity and relation rules on invented sentences (no names from the corpora)."""

from __future__ import annotations


def _types(dg):
    return {e.name: e.type for e in dg.entities.values()}


def test_company_name_split_by_a_suffix_comma_is_one_company(extract, find):
    dg = extract("The Council listed Qorvath Pellinor Electronics Co., Ltd., a supplier of cameras, on Monday.")
    assert find(dg, "Qorvath Pellinor Electronics Co., Ltd.").type == "Organization"
    assert "Ltd." not in _types(dg)


def test_bracketed_abbreviation_inside_a_company_name(extract, find):
    dg = extract("Britain listed Velmar Carriers (VCX) Management, the Dubai company that runs the tankers.")
    assert find(dg, "Velmar Carriers (VCX) Management").type == "Organization"
    assert "Management" not in _types(dg)


def test_title_between_organisation_and_person(extract, facts, find):
    dg = extract("Trelmark CEO Oskar Wendholt said the deal would close in March.")
    assert find(dg, "Oskar Wendholt").type == "Person"
    assert ("Oskar Wendholt", "LEADS", "Trelmark") in facts(dg)


def test_short_form_of_a_company_the_model_calls_a_person(extract, find):
    dg = extract("Kestrow Harlan Trading Co., Limited shipped the oil. Analysts said Kestrow Harlan "
                 "had hired the tanker before.")
    ent = find(dg, "Kestrow Harlan")
    assert ent.type == "Organization" and "Kestrow Harlan Trading Co., Limited" in [ent.name, *ent.aliases]


def test_place_between_at_and_in_a_country(extract, find):
    dg = extract("The flights made a refuelling stop at Kashgaro in western China before flying on to the capital.")
    assert find(dg, "Kashgaro").type == "Location"


def test_unit_named_with_an_ordinal(extract, find):
    dg = extract("Weapons came from depots of the 214th Brigade, which is led by Tarek Oumari.")
    assert find(dg, "214th Brigade").type == "Organization"


def test_also_sanctioned_are_x_and_y(extract, facts):
    dg = extract("The UK sanctioned the tankers Volna Star and Kestrel Dawn on Tuesday. Also sanctioned are Dubai-registered Nortolla "
                 "Petroleum FZE and Hong Kong-based Greyfen Ship Management, the manager of the Volna Star "
                 "and the Kestrel Dawn.")
    got = facts(dg)
    assert ("United Kingdom", "SANCTIONED", "Greyfen Ship Management") in got


def test_relative_clause_body_is_not_a_target(extract, facts):
    dg = extract("Britain sanctioned the tanker Volna Star. The measures were coordinated with the European "
                 "Union and Canada, which have listed several of the same vessels.")
    got = facts(dg)
    assert ("United Kingdom", "SANCTIONED", "Canada") not in got
    assert ("United Kingdom", "SANCTIONED", "European Union") not in got
