"""Organisation / person / goods typing from how news is written, on invented text."""

from __future__ import annotations


def _types(dg):
    return {e.name: e.type for e in dg.entities.values()}


def _has(dg, name, typ):
    return any((name == e.name or name in e.aliases) and e.type == typ for e in dg.entities.values())


def test_a_role_at_a_firm_in_apposition_is_a_person(extract):
    dg = extract("A second suspect, Pavel Ostrikov, a procurement manager at Veltrana Systems, is still at large.")
    assert _has(dg, "Pavel Ostrikov", "Person")
    assert not _has(dg, "Pavel Ostrikov", "Organization")


def test_whose_chief_executive_makes_the_name_an_organisation(extract):
    dg = extract("Talks were led by Nadia Vorel. Corbelli Mercantile, whose chief executive is Dario Fenzi, "
                 "said it did not comment on clients.")
    assert not _has(dg, "Corbelli Mercantile", "Person")


def test_speaker_after_a_title_phrase_is_the_person(extract):
    dg = extract("The ship was never inspected, Assistant U.S. Attorney Lorna Quillen told the court. "
                 "Polish Ambassador to Kenya Tadeusz Wrobak told reporters on Monday that talks continue. "
                 "Minister of Fisheries and Culture Halim Osei Baraka said the catch was seized.")
    assert _has(dg, "Lorna Quillen", "Person")
    assert _has(dg, "Tadeusz Wrobak", "Person")
    assert _has(dg, "Halim Osei Baraka", "Person")
    names = set(_types(dg))
    assert not any(n.startswith(("Kenya Tadeusz", "Culture Halim", "Assistant")) for n in names)


def test_sanctions_list_surname_comma_given_names_is_one_person(extract):
    dg = extract("INDIVIDUALS\n\n1. VARNOVSKY, Ilya Petrovich\nTitle: Mr. DOB: 03/02/1970. a.k.a: VARNOVSKY, Ilya. "
                 "Position: Director, Quarrel Bay Shipping LLC.\n\n2. OKONTA, Chidi\nTitle: Mr. DOB: 01/01/1980.\n"
                 "VARNOVSKY directs Quarrel Bay Shipping LLC.\n")
    people = [e for e in dg.entities.values() if e.type == "Person"]
    assert any("VARNOVSKY, Ilya Petrovich" in e.aliases and "VARNOVSKY, Ilya" in e.aliases for e in people)
    assert _has(dg, "OKONTA, Chidi", "Person")
    assert not any(e.name in ("DOB", "OKONTA", "Chidi", "Ilya Petrovich") for e in dg.entities.values())


def test_dateline_is_no_listed_name(extract):
    dg = extract("MOSCOW, November 28. The tanker Irbis Dawn left port, the operator said.")
    assert not any(e.type == "Person" for e in dg.entities.values())


def test_short_name_of_a_company_is_no_person(extract):
    dg = extract("The notice names Dorian Vale Ship Management DMCC. Dorian Vale has managed the tankers since "
                 "March, the notice says.")
    assert not _has(dg, "Dorian Vale", "Person")


def test_romance_firm_head_and_particles_make_one_organisation(extract):
    dg = extract("For decades the fortunes of Casa Ribeirinha Moutas have been tied to Britain. Its winemaker, "
                 "who joined from Adega do Monte Alvarelho in 2019, said the harvest was small.")
    assert _has(dg, "Casa Ribeirinha Moutas", "Organization")
    assert _has(dg, "Adega do Monte Alvarelho", "Organization")
    assert not any(e.type == "Person" and e.name in ("Casa Ribeirinha Moutas", "Monte Alvarelho", "Adega")
                   for e in dg.entities.values())


def test_director_of_a_named_body_after_a_person_is_an_organisation(extract):
    dg = extract("Dr Adaeze Nwosu, director of Galway Biennial, said the organisation had agreed a deal with the "
                 "Perth Festival, so the work will be shipped to Australia next autumn.")
    assert _has(dg, "Galway Biennial", "Organization")
    assert not _has(dg, "Galway Biennial", "Person")


def test_a_rank_or_post_alone_is_no_person(extract):
    dg = extract("The Tema Harbour Board confirmed the papers were in order. Its chairman, Rear Admiral Kofi Baah "
                 "Mensah, also denied the reports. \"We will not allow it,\" said PNCG Commandant, CG Admiral "
                 "Ruben Dalisay.")
    people = {e.name for e in dg.entities.values() if e.type == "Person"}
    assert not people & {"Rear Admiral", "PNCG Commandant"}


def test_export_control_electronics_are_goods(extract):
    dg = extract("Prosecutors said Varnex Trading LLC shipped signal generators, microcontrollers and "
                 "field-programmable gate arrays to a buyer in Kazan. The freighter Orla Bay later brought "
                 "heat exchangers and electrical cabinets to the plant.")
    for goods in ("signal generators", "microcontrollers", "field-programmable gate arrays", "heat exchangers",
                  "electrical cabinets"):
        assert _has(dg, goods, "Other"), goods


def test_weapon_model_names_without_origin_group_or_verb(extract):
    dg = extract("Investigators said debris of North Korean KN-99 missiles was found in the city. "
                 "Parts recovered from Zaydi drones match those seized last year, the panel said of the Zaydis. "
                 "N.Ruritania moved howitzers to the border by train.")
    names = {e.name for e in dg.entities.values() if e.type == "Weapon"}
    assert any(e.type == "Weapon" and "KN-99" in [e.name, *e.aliases] for e in dg.entities.values())
    assert not names & {"North Korean KN-99", "Zaydi", "N.Ruritania"}


def test_people_behind_titles_hyphens_and_posts(extract):
    dg = extract("Mayor Ionel Vasu-Brandea said the city expected 60,000 visitors. "
                 "Pelinkaya's general manager, Serdar Tuluk, told the authors the firm never sold to the army. "
                 "The tanker is operated by Istanbul-based Bosfor Petrol Taşımacılık, the directorate said.")
    assert _has(dg, "Ionel Vasu-Brandea", "Person")
    assert _has(dg, "Serdar Tuluk", "Person")
    assert _has(dg, "Bosfor Petrol Taşımacılık", "Organization")


def test_full_name_with_its_surname_alone_later_is_a_person(nlp):
    from newsgraph.ingest.resolve import Mention, _unify_types

    doc = nlp("The company, its board member Andrei Koslov and a manager are accused. Andrei Koslov decided "
              "the deals. Koslov denies the accusation.")
    spans = [(6, 8), (14, 16), (20, 21)]
    types = ["Person", "Organization", "Organization"]
    ms = [Mention(a, b, doc[a:b].text, t, t, doc[a:b].text.lower(), doc[a].sent.start, {"rule": "model"})
          for (a, b), t in zip(spans, types)]
    _unify_types(doc, ms)
    assert [m.type for m in ms] == ["Person", "Person", "Person"]


def test_two_coordinated_firm_names_are_two_organisations(extract):
    dg = extract("Its director, the accountant Petros Ioannou, is also listed as director of Kelvra Maritime and "
                 "Duskfield Navigation.")
    assert _has(dg, "Kelvra Maritime", "Organization")
    assert _has(dg, "Duskfield Navigation", "Organization")
    assert not any("Kelvra Maritime and" in e.name for e in dg.entities.values())


def test_press_release_contact_block_and_signoff(extract):
    dg = extract("The ministry listed four tankers today.\n\nContacts\n\nRenée Dubarry\nPress Secretary\n"
                 "Office of the Minister of Maritime Affairs\n\nTomas Ellwood, Department Spokesperson\n")
    assert _has(dg, "Renée Dubarry", "Person")
    assert _has(dg, "Tomas Ellwood", "Person")
    assert _has(dg, "Office of the Minister of Maritime Affairs", "Organization")


def test_wire_credit_line_names_people(extract):
    dg = extract("The ministry declined to comment.\n\n(Reporting by Jana Holub; Additional reporting by Oleg "
                 "Tarnavsky in Kyiv; Editing by Fiona Marsh and Peter Quill)")
    for name in ("Jana Holub", "Oleg Tarnavsky", "Fiona Marsh", "Peter Quill"):
        assert _has(dg, name, "Person"), name


def test_transport_aircraft_model_is_goods_not_a_weapon(extract):
    dg = extract("Officials said Il-62 freighters had flown artillery fuses from the airport to the front "
                 "on at least five occasions.")
    assert not any(e.type == "Weapon" and e.name.startswith("Il-62") for e in dg.entities.values())


def test_hyphenated_model_before_an_arms_noun_is_a_weapon(extract):
    dg = extract("Between February and August, the authors examined debris from eleven Russian missiles recovered "
                 "in Ukraine, including four Kh-101 cruise missiles, five Iskander-M ballistic missiles and two "
                 "Oniks anti-ship missiles.")
    assert _has(dg, "Iskander-M", "Weapon")
    assert not _has(dg, "Iskander-M", "Organization")


def test_ship_database_cited_as_source_is_an_organisation(extract):
    dg = extract("The tanker Morwen Star flies the Palau flag and is managed by Kestrel Line FZE, according to "
                 "the maritime database Equasis.")
    assert _has(dg, "Equasis", "Organization")


def test_a_unit_of_a_named_body_after_its_possessive_is_a_second_body(extract):
    dg = extract("This is still being verified with the Armed Forces of Ruritania's Southern Command, the "
                 "coast guard said.")
    assert _has(dg, "Southern Command", "Organization")
    assert not any("'s Southern" in e.name for e in dg.entities.values())


def test_un_expert_panel_is_its_own_body(extract):
    dg = extract("Amina Keita, a member of the UN Panel of Experts on Ruritania, said the UN had credible "
                 "information about the flights.")
    assert _has(dg, "UN Panel of Experts on Ruritania", "Organization")
    panel = next(e for e in dg.entities.values() if e.name == "UN Panel of Experts on Ruritania")
    assert "UN" not in panel.aliases


def test_shipping_and_wire_abbreviations_are_no_entities(extract):
    dg = extract("The Ro-Ro vessel Harlan Bay reported an ETA of Friday at the port, where CNC lathes were "
                 "unloaded. (END)")
    assert not {e.name for e in dg.entities.values()} & {"Ro-Ro", "ETA", "CNC", "END"}
