"""Findings of 2026-12-03 (fifth session): readings the session's blind batches asked for. Every name of a
ship, firm or person is invented."""

from __future__ import annotations

import pytest


def _types(dg):
    return {(e.name, e.type) for e in dg.entities.values()}


def test_a_quantifier_that_opens_a_quote_is_no_port(extract):
    dg = extract('"Every port that accepts this cargo becomes complicit in the theft," ministry spokesman Taras '
                 'Holub said.')
    assert not [e for e in dg.entities.values() if e.type == "Port"]


def test_an_outlet_named_after_its_city_and_kind(extract, find):
    dg = extract("[Translated from Ukrainian. Originally published by the Odesa news site Chornomorsky Visnyk]\n\n"
                 "The tanker Sulova Breeze loaded wheat at Berdiansk.")
    assert find(dg, "Chornomorsky Visnyk").type == "Organization"
    assert find(dg, "Odesa").type == "Location"


def test_the_navy_alone_is_the_navy_named_in_full(extract, find, facts):
    dg = extract("Russia took grain out of Berdiansk, Captain Pavlo Dremov, spokesman for the Naval Forces of the "
                 "Armed Forces of Ukraine, said.\n\nAccording to the Navy, the dry cargo ship Sulova Breeze took on "
                 "wheat at the port of Berdiansk.")
    navy = find(dg, "Naval Forces of the Armed Forces of Ukraine")
    assert "Navy" in navy.aliases
    assert (navy.name, "REPORTED", "Sulova Breeze") in facts(dg)


def test_a_headlines_credit_after_a_dash_is_no_ship(extract):
    dg = extract("Occupiers ship grain to Syria on renamed vessels - Navy\n\nThe dry cargo ship Sulova Breeze "
                 "took on wheat at Berdiansk, the Naval Forces of Ukraine said.")
    assert not [e for e in dg.entities.values() if e.type == "Vessel" and e.name == "Navy"]


def test_the_name_a_ship_was_called_until_a_date_is_its_old_name(extract, find, facts):
    dg = extract("The second vessel, the Marusya Dolina, loaded grain at Sevastopol in mid-April and sailed to "
                 "Latakia. Until February the ship was called Zolotoy Ples and flew the Russian tricolour; it now "
                 "sails under the flag of Cameroon.")
    ship = find(dg, "Marusya Dolina")
    assert ship.name == "Marusya Dolina" and "Zolotoy Ples" in ship.aliases
    got = facts(dg)
    assert {("Marusya Dolina", "VISITED", "Sevastopol"), ("Marusya Dolina", "FLAGGED_IN", "Cameroon"),
            ("Marusya Dolina", "FLAGGED_IN", "Russia")} <= got


def test_a_states_ministry_named_with_the_state_keeps_it_and_its_acronym(extract, find, facts):
    dg = extract("The Ministry of Foreign Affairs of Ukraine handed a note to the Turkish side. \"We expect our "
                 "partners to act,\" said the spokesperson of the MFA, Olena Vasko.")
    mfa = find(dg, "Ministry of Foreign Affairs of Ukraine")
    assert "MFA" in mfa.aliases
    assert ("Olena Vasko", "AFFILIATED_WITH", mfa.name) in facts(dg)


def test_a_sanction_by_decision_of_a_council_is_the_councils(extract, facts):
    dg = extract("The ships belong to Dolinsky Zerno LLC, a company registered in Rostov-on-Don. Its director, "
                 "Gennady Verbin, was placed under Ukrainian sanctions in March by decision of the National Security "
                 "and Defence Council (NSDC), together with the company itself.")
    got = facts(dg)
    assert {("National Security and Defence Council", "SANCTIONED", "Gennady Verbin"),
            ("National Security and Defence Council", "SANCTIONED", "Dolinsky Zerno LLC")} <= got
    assert ("Ukraine", "SANCTIONED", "Gennady Verbin") not in got


def test_goods_stolen_in_one_place_and_shipped_to_another(extract, facts):
    dg = extract("Since 2022, he added, Russia has shipped hundreds of thousands of tonnes of grain stolen in the "
                 "occupied territories to Syria.")
    assert ("Russia", "SHIPPED_TO", "Syria") in facts(dg)


def test_a_force_known_by_its_acronym_is_no_ships_old_name(extract, find):
    dg = extract("The Kestral Coast Police Force, known as KCPF, intercepted the vessel, the Hadiza, off the coast, "
                 "KCPF commander Col. Abdiqani Warsame told reporters.")
    force = find(dg, "Kestral Coast Police Force")
    assert force.type == "Organization" and "KCPF" in force.aliases
    assert "KCPF" not in find(dg, "Hadiza").aliases


def test_a_ship_known_by_letters_keeps_them(extract, find):
    dg = extract("The tanker Sea Wrenna, known as SW, docked at Basra.")
    assert find(dg, "Sea Wrenna").type == "Vessel"


def test_a_model_named_by_letters_before_the_weapon_is_the_weapon(extract, find):
    dg = extract("Inside the ship's hold we found AK-47 rifles, KRM machine guns and rocket-propelled grenades, "
                 "the crew of the tanker Sea Wrenna said.")
    assert find(dg, "KRM machine guns").type == "Weapon"
    assert not [e for e in dg.entities.values() if e.name == "KRM"]


def test_experts_cited_at_the_end_do_not_report_on_the_speaker(extract, facts):
    dg = extract("Abdiqani Warsame, the commander, spoke on Sunday. Warsame said investigators believed the weapons "
                 "had been sent to the militants by the Houthis, who have deepened their contacts with Al-Zanabi, "
                 "according to U.N. experts.")
    assert not [t for t in facts(dg) if t[1] == "REPORTED" and t[2] == "Abdiqani Warsame"]


def test_a_region_after_a_possessive_and_adjectives_is_in_the_country(extract, facts):
    dg = extract("Security forces in Ruritania's semi-autonomous Zenda region have seized a cargo ship.")
    assert ("Zenda region", "LOCATED_IN", "Ruritania") in facts(dg)


def test_the_body_an_apposition_names_is_not_under_the_embargo(extract, facts):
    dg = extract("Al-Zanabi, an Ansar al-Qasr affiliate that has fought Somalia's federal government for more than 15 "
                 "years, remains subject to a U.N. Security Council arms embargo.")
    got = facts(dg)
    assert ("U.N. Security Council", "SANCTIONED", "Al-Zanabi") in got
    assert ("U.N. Security Council", "SANCTIONED", "Ansar al-Qasr") not in got


@pytest.mark.parametrize("text,ship,old", [
    ("The Alvena, formerly the Tobol Spirit, swapped the Liberian flag for that of Sierra Leone in July, while the "
     "Serafima, ex-Kapitan Vorontsov, now flies the Comoros flag.", "Serafima", "Kapitan Vorontsov"),
    ("The 2006-built tanker Alvena, trading as Kuda Biru since late August, sailed as Sunset Harbour until this "
     "spring and, before that, as Galina Orlova.", "Kuda Biru", "Galina Orlova"),
    ("The tanker Hong Shun 8 was renamed from Kasih Murni and reflagged from Mongolia to Sierra Leone in "
     "September 2023.", "Hong Shun 8", "Kasih Murni"),
])
def test_a_ships_old_names(extract, find, text, ship, old):
    dg = extract(text)
    assert old in find(dg, ship).aliases
    assert not [e for e in dg.entities.values() if e.name == old and e.type == "Person"]


def test_management_that_passed_from_one_firm_to_another_is_both_firms(extract, facts):
    dg = extract("The tanker Alvena has loaded at Primorsk since June. Its registered owner is Lazur Marine Ltd, a "
                 "single-ship company in the Seychelles. Technical management passed in August from Dubai-based "
                 "Neridex Shipmanagement FZE to Sarovar Tankers Pvt Ltd of Mumbai, which also operates two other "
                 "tankers.")
    got = facts(dg)
    assert {("Neridex Shipmanagement FZE", "OWNS_OR_OPERATES", "Alvena"),
            ("Sarovar Tankers Pvt Ltd", "OWNS_OR_OPERATES", "Alvena")} <= got


def test_both_after_two_ships_are_those_ships(extract, facts):
    dg = extract("The tanker Alvena flies the flag of Liberia, while the tanker Serafima now flies the Comoros flag. "
                 "Both have called at the port of Primorsk this summer and, like the tanker Kuda Biru, neither carries "
                 "insurance.")
    got = facts(dg)
    assert {("Alvena", "VISITED", "Primorsk"), ("Serafima", "VISITED", "Primorsk")} <= got
    assert ("Kuda Biru", "VISITED", "Primorsk") not in got


def test_two_ports_before_one_place_are_both_there(extract, facts):
    dg = extract("The tanker Alvena has discharged at Kandla and Mundra on India's west coast.")
    assert {("Kandla", "LOCATED_IN", "India"), ("Mundra", "LOCATED_IN", "India")} <= facts(dg)


def test_a_body_that_followed_a_sanction_made_it_too(extract, facts):
    dg = extract("The EU added the tanker Alvena to its sanctions package against Russia in June, and the UK "
                 "followed in July.")
    assert ("United Kingdom", "SANCTIONED", "Alvena") in facts(dg)


def test_a_body_that_followed_with_its_own_listing_names_its_own_targets(extract, facts):
    dg = extract("The UK added the tanker Alvena and the firm Sayan Marine DMCC to its sanctions list, and the "
                 "European Union followed with its own listing on Monday.")
    assert ("European Union", "SANCTIONED", "Sayan Marine DMCC") not in facts(dg)


def test_a_ports_other_name_is_no_ships(extract, find):
    dg = extract("At least three Russian-flagged cargo vessels, the Baikal Zarya, the Verochka and the Kholmsk "
                 "Pioneer, shuttled between Chongjin (also known as Seishin) and the ports of Nakhodka and Kholmport.")
    assert "Seishin" not in find(dg, "Kholmsk Pioneer").aliases
    assert "Seishin" in find(dg, "Chongjin").aliases


def test_containers_believed_to_hold_arms_carry_the_arms(extract, facts):
    dg = extract("The cargo vessel Baikal Zarya shuttled between Portsea and Kholmport, carrying containers believed to "
                 "hold artillery shells and rockets.")
    got = {(s, p, o): r for r in dg.relations for s, p, o in [(dg.entities[r.subject].name, r.predicate,
                                                               dg.entities[r.object].name)]}
    assert ("Baikal Zarya", "TRANSPORTED", "artillery shells") in got
    assert got[("Baikal Zarya", "TRANSPORTED", "artillery shells")].modality == "speculated"
    assert ("Baikal Zarya", "TRANSPORTED", "containers") not in got


def test_a_reports_section_letter_is_no_initial(extract):
    dg = extract("The Panel notes this.\n\nD. Maritime imports of refined petroleum\n\n64. Resolution 2397 (2017) "
                 "caps the imports.")
    assert not [e for e in dg.entities.values() if e.name == "Maritime"]


def test_ships_named_together_are_registered_to_one_firm(extract, facts):
    dg = extract("The cargo ships Verochka and Kholmsk Pioneer shuttled to Portsea. The Verochka and the Kholmsk "
                 "Pioneer are registered to Amurskaya Cargo LLC, whose general director, Sergei Kholmov, also "
                 "chairs the board of Vostok Marine Logistika LLC.")
    got = facts(dg)
    assert {("Amurskaya Cargo LLC", "OWNS_OR_OPERATES", "Verochka"),
            ("Amurskaya Cargo LLC", "OWNS_OR_OPERATES", "Kholmsk Pioneer"),
            ("Sergei Kholmov", "LEADS", "Vostok Marine Logistika LLC")} <= got


def test_a_two_word_surname_after_the_full_name_is_the_person(extract, find):
    dg = extract("Lucia Ferreira Navas, a researcher at BIOVELA who led the Spanish side of the work, had used similar "
                 "particles. \"Getting the delivery right was the hardest part,\" Ferreira Navas said.")
    assert "Ferreira Navas" in find(dg, "Lucia Ferreira Navas").aliases


def test_a_post_word_inside_an_employers_name_is_no_post(extract, facts):
    dg = extract("Martin Odhiambo, a surgeon at Queen's Harbour Hospital in London, spoke.")
    got = facts(dg)
    assert ("Martin Odhiambo", "AFFILIATED_WITH", "Queen's Harbour Hospital") in got
    assert ("Martin Odhiambo", "LEADS", "Queen's Harbour Hospital") not in got
