"""Entity types and boundaries from how news is written (crews, places, vessels, weapons), on invented text."""

from __future__ import annotations


def _has(dg, name, typ):
    return any((name == e.name or name in e.aliases) and e.type == typ for e in dg.entities.values())


def _names(dg):
    return {e.name for e in dg.entities.values()}


def test_crew_nationalities_are_not_countries(extract):
    dg = extract("The tanker Corvina Bay was boarded off Sohar by the Omani coast guard. Its crew, mostly "
                 "Bolivian and Kenyan seafarers, was questioned. The master, one of four Estonian nationals "
                 "on board, was released.")
    assert not _has(dg, "Bolivia", "Country")
    assert not _has(dg, "Kenya", "Country")
    assert not _has(dg, "Estonia", "Country")
    assert _has(dg, "Oman", "Country")


def test_a_nationality_before_another_noun_stays_a_country(extract):
    dg = extract("Kenyan officials said the ship, whose 20 crew members were Bolivian, had been detained.")
    assert _has(dg, "Kenya", "Country")


def _weapons(dg):
    return {e.name: set(e.aliases) for e in dg.entities.values() if e.type == "Weapon"}


def test_kind_after_a_quoted_or_type_model_is_not_a_weapon_of_its_own(extract):
    dg = extract('The dhow Al Noor was carrying 30 engines of the type used in "Tarkan" drones and guidance '
                 'units for "Falak" cruise missiles, the coast guard said. Officials said the parts matched '
                 "Varsh-type rockets found in Yemen.")
    names = {n.lower() for n in _weapons(dg)}
    assert "cruise missiles" not in names
    assert "drones" not in names
    assert "rockets" not in names


def test_generic_kind_joins_the_one_model_of_that_kind(extract):
    dg = extract("Velmar drones reach the coast\n\nA freighter delivered Iranian-made Sorkh-7 drones and "
                 "Tarna-2 glide bombs to the army in May, according to shipping records. The drones were "
                 "unloaded at night.")
    w = _weapons(dg)
    assert "drones" not in {n.lower() for n in w}


def test_arms_named_only_as_the_kind_a_part_is_used_in_are_not_goods(extract):
    dg = extract("Customs officers found 40 small jet engines of a type used in long-range attack drones "
                 "aboard the freighter Merel Dawn at the port of Sallum, the agency said.")
    names = {n.lower() for n in _weapons(dg)}
    assert "attack drones" not in names and "long-range attack drones" not in names


def test_a_bare_byline_above_the_date_line_is_a_person(extract):
    dg = extract("Tanker detained after cable damage in the Baltic\n\nMarek Dunajski\nNovember 3, 2026 4:12 PM\n\n"
                 "Finnish police detained the tanker Orsa Lind on Monday, the coast guard said.")
    assert _has(dg, "Marek Dunajski", "Person")


def test_with_assistance_from_credits_are_people(extract):
    dg = extract("Crude loadings from the Baltic rose in October, tanker-tracking data show.\n\n"
                 "--With assistance from Tereza Holub and Kwame Asante-Boadu.")
    assert _has(dg, "Tereza Holub", "Person")
    assert _has(dg, "Kwame Asante-Boadu", "Person")


def test_a_genre_label_is_no_organisation(extract):
    dg = extract("ANALYSIS: Old tankers keep moving crude from the Baltic\n\n"
                 "Cable Damage and Tanker Routes in the Baltic (Excerpt)\n\n"
                 "The tanker Orsa Lind loaded at Primorsk in May, Kpler data show.")
    names = {e.name for e in dg.entities.values()}
    assert "ANALYSIS" not in names and "Excerpt" not in names


def test_a_model_person_listed_among_ports_is_a_port(nlp):
    from spacy.tokens import Span

    from newsgraph.ingest.nlp import EntityComponent, make_doc

    doc = make_doc(nlp, "She called at Tema, Lomé and Cotonou every month.")
    words = [t.text for t in doc]
    a, b, c = words.index("Tema"), words.index("Lomé"), words.index("Cotonou")
    chosen = [Span(doc, a, a + 1, label="PORT"), Span(doc, b, b + 1, label="PERSON"),
              Span(doc, c, c + 1, label="PORT")]
    meta = {(a, a + 1): {"cls": "Port", "rule": "motion_port"}, (b, b + 1): {"rule": "model"},
            (c, c + 1): {"cls": "Port", "rule": "motion_port"}}
    out = EntityComponent._place_lists(doc, chosen, meta)
    assert [sp.label_ for sp in out] == ["PORT", "PORT", "PORT"]
    assert meta[(b, b + 1)]["cls"] == "Port"
    # a person next to one place only keeps the model's label ("Tema and Kofi")
    chosen = [Span(doc, a, a + 1, label="PORT"), Span(doc, b, b + 1, label="PERSON")]
    meta = {(a, a + 1): {"cls": "Port", "rule": "motion_port"}, (b, b + 1): {"rule": "model"}}
    assert [sp.label_ for sp in EntityComponent._place_lists(doc, chosen, meta)] == ["PORT", "PERSON"]


def test_a_ships_name_after_under_the_name_and_formerly_the_x_owned(extract):
    dg = extract("The tanker Marlow Crest loaded at Jose in May. The tanker later appeared off Johor under the "
                 "name Corvid Lantern.")
    assert _has(dg, "Corvid Lantern", "Vessel")
    dg = extract("The 2003-built tanker Tian Yu Feng, formerly the Greek-owned Kalliope S, was sold in April "
                 "to a buyer in Zhoushan.")
    assert _has(dg, "Kalliope S", "Vessel")
    assert not _has(dg, "Kalliope S", "Person")


def test_a_place_whose_where_clause_has_a_berth_verb_is_a_port(extract):
    dg = extract("In May the charterers sent the tanker Corvina Bay from Tuapse to Iskenderun, Turkey, where the "
                 "cargo was discharged.")
    assert _has(dg, "Iskenderun", "Port")
    dg = extract("The tanker Corvina Bay sailed along the coast of Texas, where its cargo was offloaded.")
    assert not _has(dg, "Texas", "Port")


def test_a_place_the_model_calls_a_nationality_after_called_at_is_a_port(extract):
    dg = extract("The insurers also cited a later port call, at Sevastopol, in March 2025. The court held that "
                 "the ship had not called at Sevastopol: the AIS gap came from a faulty transponder.")
    assert _has(dg, "Sevastopol", "Port")


def test_a_series_model_with_its_kind_is_one_weapon(extract):
    dg = extract("Tavrin Trading procured engines and navigation modules for Karvan-series drones, which it "
                 "shipped to Russia. A plant near Isfahan assembles the drones.")
    w = _weapons(dg)
    assert any("Karvan-series drones" in a for a in w.values())
    assert "drones" not in {n.lower() for n in w}


def test_mass_goods_before_and_is_a_cargo_of_its_own(extract):
    dg = extract("The broker arranged shipments of artillery ammunition and ballistic missile components "
                 "to Russia aboard the freighter Lorna Vay.")
    names = {n.lower() for n in _weapons(dg)}
    assert "artillery ammunition" in names
    assert "artillery ammunition and ballistic missile components" not in names


def test_arms_components_named_by_the_arms_they_are_for_are_one_weapon(extract):
    dg = extract("The boarding team found the following aboard the dhow Noor al-Bahr:\n"
                 "— guidance kits and seekers for anti-ship cruise missiles;\n"
                 "— warheads for one-way attack drones.")
    names = {n.lower() for n in _weapons(dg)}
    assert "guidance kits and seekers for anti-ship cruise missiles" in names
    assert "warheads for one-way attack drones" in names
    assert "warheads" not in names


def test_a_name_after_an_abbreviated_rank_is_found(nlp):
    from newsgraph.ingest.nlp import EntityComponent

    doc = nlp("The patrol was led by Vice Adm. Harlan Oduya, the fleet commander.")
    at = [t.text for t in doc].index("Adm.")
    got = EntityComponent._titled_name(doc, at)
    assert got is not None and doc[got[0]:got[1]].text == "Harlan Oduya"
    comp = dict(nlp.pipeline)["newsgraph_entities"]
    rules = {(doc.vocab.strings[mid], s) for mid, s, e in comp.tail(doc)}
    assert ("P_TITLED", at) in rules  # the abbreviated rank anchors the titled-name rule


def test_known_as_after_a_body_noun_is_no_ship_name(extract):
    dg = extract("The dhow sailed from Konarak and was bound for Ras Isa, according to the command, known as "
                 "NAVSEC. It belongs to a small firm.")
    assert not _has(dg, "NAVSEC", "Vessel")


def test_a_credit_line_gives_the_whole_name_over_a_partial_model_person(extract):
    # the model tags only the surname here ("Karakaya"); the credit line names the whole person
    dg = extract("Tanker rates rose again on Monday, brokers said.\n\n"
                 "(Reporting by Reuters staff; Compiled by Elif Karakaya in Istanbul; Editing by Tomas Wren)")
    assert _has(dg, "Elif Karakaya", "Person")


def test_a_listed_person_with_a_nationality_in_brackets(extract):
    dg = extract("The ministry designated the following individuals:\n"
                 " - Pak Yong Sok (DPRK national): a representative of Korea Pugang Trading Corporation.\n"
                 " - Oleg Romanovich Tarasov (Russian national): director of Amur Bunker Line LLC.")
    assert _has(dg, "Pak Yong Sok", "Person")
    assert _has(dg, "Oleg Romanovich Tarasov", "Person")


def test_weekday_abbreviations_are_no_places(extract):
    dg = extract("• COLLISION. The bulker Daria K and the tanker Volna Star touched in fog late Sun., minor hull "
                 "damage, no spill reported.\n• DESIGNATED. OFAC on Thurs. added Gulfline Bunkering DMCC to the "
                 "SDN list.")
    names = {e.name for e in dg.entities.values()}
    assert "Sun" not in names and "Thurs" not in names


def test_islands_abbreviated_is_the_country():
    from newsgraph.ingest import gazetteers as gz

    assert gz.countries()["Marshall Is."] == gz.countries()["Marshall Islands"]


def test_a_registers_islands_abbreviation_is_a_country(extract):
    dg = extract("The tanker Selva Rose is owned by Tidemark Shipping Inc. (Marshall Is.) and managed from Dubai.")
    assert _has(dg, "Marshall Islands", "Country")


def test_a_company_named_after_a_port_is_no_port(extract):
    dg = extract("OFAC also designated Yantai Heshan Chemical Co., Ltd., an independent refinery in Laizhou, and "
                 "Penglai Xinda Port Storage Co., Ltd., which runs a crude oil terminal at Penglai port.")
    assert not _has(dg, "Penglai Xinda", "Port")
    assert _has(dg, "Penglai", "Port")


def test_a_regional_adjective_before_port_is_no_port_name(extract):
    dg = extract("Charter party — Sanctions exclusion — Vessel ordered to Crimean port — Whether owners could "
                 "refuse.\n\nIn March the charterers ordered the tanker Selva Rose to the Crimean port of Kerch.")
    assert not _has(dg, "Crimean", "Port")
    assert _has(dg, "Kerch", "Port")
