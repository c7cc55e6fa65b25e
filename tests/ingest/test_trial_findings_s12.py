"""What this round's trials on fresh clones found (a new user's six articles, a tester's odd inputs). The names
are invented."""

from __future__ import annotations


def _rel(dg, subject, predicate, obj):
    names = {e.id: e.name for e in dg.entities.values()}
    return next((r for r in dg.relations if (names[r.subject], r.predicate, names[r.object]) ==
                 (subject, predicate, obj)), None)


def _names(dg, typ=None):
    return {e.name for e in dg.entities.values() if typ is None or e.type == typ}


def test_a_company_listed_on_a_stock_market_is_not_sanctioned(extract):
    dg = extract("The U.S. Treasury has sanctioned dozens of tankers for carrying Iranian oil. Olympic Meridan "
                 "Shipping denied the report. Olympic Meridan, which is listed in New York, operates 24 tankers. "
                 "Halvard Tankers ASA is listed on the Oslo Stock Exchange.")
    assert not [r for r in dg.relations if r.predicate == "SANCTIONED"
                and dg.entities[r.object].name in ("Olympic Meridan Shipping", "Olympic Meridan",
                                                   "Halvard Tankers ASA")]


def test_a_town_a_listed_firm_is_based_in_is_not_the_listed_party(extract):
    dg = extract("The U.S. Treasury has sanctioned dozens of firms. Radiotekna JSC, a Russian defense manufacturer "
                 "based in Izhevsk that is already on the Entity List, bought the parts.")
    assert _rel(dg, "U.S. Treasury", "SANCTIONED", "Radiotekna JSC")
    assert not [r for r in dg.relations if r.predicate == "SANCTIONED" and dg.entities[r.object].name == "Izhevsk"]


def test_a_turkish_firm_with_ve_in_its_name_is_one_firm(extract):
    dg = extract("Turkey (3): Anka Elektronik Sanayi ve Ticaret Ltd. Şti.; Bosforus Global Dış Ticaret A.Ş.; and "
                 "Kuzey Teknik Makine Ltd. Şti.")
    assert "Anka Elektronik Sanayi ve Ticaret Ltd. Şti." in _names(dg, "Organization")
    assert "Ticaret Ltd. Şti." not in _names(dg)


def test_an_undertaking_not_to_carry_a_cargo_is_no_cargo(extract):
    dg = extract("The buyer has confirmed in writing that the vessel Nordic Kestrel will not be used to carry "
                 "cargoes in breach of applicable sanctions, including the G7 price cap on Russian crude oil.")
    rel = _rel(dg, "Nordic Kestrel", "TRANSPORTED", "crude oil")
    assert rel is None or rel.modality in ("negated", "denied")


def test_its_after_the_companys_in_one_sentence_is_the_same_company(extract):
    dg = extract("Welmar Group exported machine tools to Russia. Pomor Trans LLC, a freight forwarder, moved the "
                 "goods. The accused are Marek W., the group's president, Joanna K., its vice-president, and Piotr "
                 "Z., its procurement director.")
    names = {e.id: e.name for e in dg.entities.values()}
    ties = {names[r.subject]: names[r.object] for r in dg.relations if r.predicate in ("LEADS", "AFFILIATED_WITH")}
    assert ties.get("Marek W.") and ties.get("Joanna K.") == ties.get("Marek W.") == ties.get("Piotr Z.")


ENTITY_LIST = ("WASHINGTON - The Bureau of Industry and Security (BIS) today added 7 entities located in China, "
               "Turkey and the United Arab Emirates to the Entity List for supplying electronic components to "
               "Russia.\n\nThe entities added today include:\n\n"
               "China (2): Shenzhen Minghui Electronics Co., Ltd.; and Xiamen Bluestone Components Co., Ltd.\n\n"
               "Turkey (3): Anka Elektronik Sanayi ve Ticaret Ltd. Şti.; Bosforus Global Dış Ticaret A.Ş.; and "
               "Kuzey Teknik Makine Ltd. Şti.\n\n"
               "United Arab Emirates (2): Falcon Peak General Trading LLC and Desert Lily Electronics FZCO.\n")


def test_an_entity_list_release_grouped_by_country_lists_every_firm(extract):
    dg = extract(ENTITY_LIST)
    listed = {dg.entities[r.object].name for r in dg.relations if r.predicate == "SANCTIONED"
              and dg.entities[r.subject].name == "Bureau of Industry and Security"}
    assert listed == {"Shenzhen Minghui Electronics Co., Ltd.", "Xiamen Bluestone Components Co., Ltd.",
                      "Anka Elektronik Sanayi ve Ticaret Ltd. Şti.", "Bosforus Global Dış Ticaret A.Ş.",
                      "Kuzey Teknik Makine Ltd. Şti.", "Falcon Peak General Trading LLC",
                      "Desert Lily Electronics FZCO"}


def test_a_turkish_firm_with_ve_the_model_typed_a_person_is_one_firm(extract):
    dg = extract("The technical management lies with Erciyas Denizcilik ve Ticaret A.Ş. in Istanbul.")
    assert "Erciyas Denizcilik ve Ticaret A.Ş." in _names(dg, "Organization") and "Ticaret A.Ş." not in _names(dg)
