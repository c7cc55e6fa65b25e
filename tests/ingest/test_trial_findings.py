"""A new-user trial's findings of 2026-11-30 (seventh part), on the articles it wrote: a seller's denial read
as the text contradicting a ship's cargo, a sanctions body carried over into "not on any sanctions list", a
transcript's speaker taken for a place."""

from __future__ import annotations

import pytest


def test_a_sellers_denial_does_not_contradict_the_ships_cargo(extract, facts):
    dg = extract("Prosecutor Lidia Varro said the cargo of diesel had been loaded at Novorossiysk by the tanker "
                 "Kestrel Tide. Italian Foreign Minister Anna Berg spoke with her Russian counterpart, Oleg Vasin, "
                 "who said that Russia had not sold any diesel to the said vessel.")
    rel = next(r for r in dg.relations if r.predicate == "TRANSPORTED"
               and dg.entities[r.subject].name == "Kestrel Tide")
    assert rel.modality not in ("denied", "negated")


def test_not_on_any_sanctions_list_names_no_body(extract, facts):
    dg = extract("The tanker Kestrel Tide was sanctioned by the European Union last year. The tanker Larch Bay is "
                 "not on any sanctions list.")
    assert not any(dg.entities[r.object].name == "Larch Bay" for r in dg.relations if r.predicate == "SANCTIONED")


def test_a_transcripts_speaker_in_brackets_is_a_person(extract):
    dg = extract("PRESENTER (Giulia Ferraresi): Good evening. The tanker Larch Bay was stopped.\n\n"
                 "CORRESPONDENT (Marco Lentini): Giulia, the Larch Bay arrived from Dortyol.\n")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Giulia Ferraresi") == "Person" and types.get("Marco Lentini") == "Person"
    assert "Giulia" not in types


def test_a_former_post_is_no_former_ship_name(extract):
    # a break-it trial: "Former US president X said the tanker Y ..." named the ship "Former US", and that
    # alias then merged another article's ship ("Former US ambassador Z said the tanker W ...") into it
    dg = extract("Former US ambassador Tomas Reyle said the tanker Larch Bay docked at Tartus.")
    ships = [e for e in dg.entities.values() if e.type == "Vessel"]
    assert [e.name for e in ships] == ["Larch Bay"] and "Former US" not in ships[0].aliases


def test_a_building_the_navy_boarded_up_is_no_ship(extract):
    dg = extract("Officers searched the Grand Orient, which the navy boarded up last year.")
    assert not any(e.type == "Vessel" for e in dg.entities.values())


def test_a_run_of_honorifics_and_a_citing_verb_are_no_part_of_a_name(extract):
    # a break-it trial: "Datuk Seri X" kept "Seri"; "Citing Lloyd's List Intelligence" kept "Citing"
    names = {e.name for e in extract("Prime Minister Datuk Seri Razali Hamdan said so.").entities.values()}
    assert "Razali Hamdan" in names
    names = {e.name for e in extract("Citing Lloyd's List Intelligence, the paper said the tanker Larch Bay left "
                                     "Tartus.").entities.values()}
    assert "Lloyd's List Intelligence" in names


def test_a_headline_follows_the_bodys_hedge(extract):
    # (a break-it trial: the headline's flat statement made the relation a fact the body only speculates about)
    dg = extract("Grey Petrel carried drones to Port Sudan\n\nBy ALI HASSAN\n\nThe Grey Petrel may have carried "
                 "drones to Port Sudan, according to unnamed sources. Iran denied that the Grey Petrel carried drones.\n")
    names = {eid: e.name for eid, e in dg.entities.items()}
    for r in dg.relations:
        if names[r.subject] == "Grey Petrel" and r.predicate in ("TRANSPORTED", "VISITED"):
            assert "asserted" not in {e.modality for e in r.evidence}, r
    dg = extract("Grey Petrel carried drones to Port Sudan\n\nThe Grey Petrel carried drones to Port Sudan in May, "
                 "port records show.\n")
    names = {eid: e.name for eid, e in dg.entities.items()}
    assert any(names[r.subject] == "Grey Petrel" and r.predicate == "TRANSPORTED" and
               {e.modality for e in r.evidence} == {"asserted"} for r in dg.relations)


def test_one_sentence_read_by_two_rules_is_one_piece_of_evidence(extract):
    # weights sum the confidence of evidence (PageRank, weighted paths): a sentence that three shipment rules
    # read (the verb, the consignment noun, the cargo's origin) counted three times before
    dg = extract("Brenmoor Components Ltd shipped at least 40 consignments of microcontrollers to OOO Radiotekhsnab.")
    rel = next(r for r in dg.relations if r.predicate == "SHIPPED_TO")
    assert len(rel.evidence) == 1
    rules = rel.evidence[0].rule.split("+")
    assert len(rules) >= 2 and rules == sorted(rules) and "shipped_to.verb" in rules


def test_a_sentence_that_states_and_negates_keeps_both_rows(extract):
    dg = extract("The tanker Larch Bay flies the flag of Gabon but is not registered in Gabon, the registry said.")
    rel = next((r for r in dg.relations if r.predicate == "FLAGGED_IN"), None)
    # the merge of rows is by sentence and modality: the statement (denied by the negation) and the negation stay
    assert rel is not None and len(rel.evidence) == 2 and {e.modality for e in rel.evidence} == {"denied", "negated"}


# A new-user trial of 2026-12-01 (ninth part): generic goods joined across articles, a hedge that reached a
# participle describing a noun, a ship taken for the "its" of a body's clause.

def test_goods_join_another_article_by_name_not_by_an_alias(extract, facts):
    from newsgraph.ingest import gazetteers as gz
    first = extract("The tanker Volga Merid loaded Urals crude at Primorsk. It also carried Russian oil.")
    known = {gz.norm(a): e for e in first.entities.values() for a in {e.name, *e.aliases}}
    second = extract("The tanker Lagos Pride loaded oil at Bonny, Nigeria.", known=known)
    cargo = {second.entities[r.object].name for r in second.relations if r.predicate == "TRANSPORTED"}
    assert cargo and "Urals crude" not in cargo


def test_a_hedge_does_not_reach_a_participle_describing_a_noun(extract):
    dg = extract("The vessel is managed by Orvan Bulk Carriers, a Dubai company that Western officials suspect of "
                 "acting for Sovcomflot, the Russian state shipping group sanctioned by the United States and Britain.")
    rels = [r for r in dg.relations if r.predicate == "SANCTIONED"]
    assert rels and all(dg.entities[r.object].name == "Sovcomflot" and r.modality == "asserted" for r in rels)


def test_a_denial_does_not_reach_a_participle_describing_a_noun(extract):
    dg = extract("Kestrel Lines denied working with Borvik Marine, a firm sanctioned by the EU.")
    rel = next(r for r in dg.relations if r.predicate == "SANCTIONED")
    assert rel.modality == "asserted"


def test_its_in_a_bodys_clause_is_the_bodys(extract, facts):
    got = facts(extract("The tanker Cassia Dawn sailed to Ceyhan. The European Union banned ship-to-ship transfers "
                        "of Russian oil in its waters in 2023."))
    assert not any(p == "TRANSPORTED" for _, p, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Marlowe Bay Shipping Ltd. manages the tankers PALOMA GRANDE (IMO 9283741) and NORTHERN CREST (IMO 9176512).",
     {("Marlowe Bay Shipping Ltd.", "OWNS_OR_OPERATES", "PALOMA GRANDE"),
      ("Marlowe Bay Shipping Ltd.", "OWNS_OR_OPERATES", "NORTHERN CREST")}),
    ("OFAC designated the tankers Paloma Grande (IMO 9283741), Sea Lark (IMO 9176512) and Northern Crest "
     "(IMO 9176513).", {("OFAC", "SANCTIONED", x) for x in ("Paloma Grande", "Sea Lark", "Northern Crest")}),
])
def test_ships_listed_with_their_imo_numbers_in_brackets(extract, facts, text, expected):
    # a new-user trial: the bracketed IMO number broke "A and B", so only the first ship was read
    assert expected <= facts(extract(text))


def test_goods_join_another_article_by_a_specific_alias(extract):
    from newsgraph.ingest import gazetteers as gz
    first = extract("OFAC said the Coral Wind carried Mohajer-6 drones, which it called Iranian drones, to Port Sudan.")
    known = {gz.norm(a): e for e in first.entities.values() for a in {e.name, *e.aliases}}
    assert any("Iranian drones" in e.aliases for e in first.entities.values())
    second = extract("The cargo ship Sea Kite carried Iranian drones to Port Sudan in July.", known=known)
    cargo = {second.entities[r.object].name for r in second.relations if r.predicate == "TRANSPORTED"}
    assert cargo == {"Mohajer-6"}


# A break-it trial of 2026-12-01: a report that a call did not happen is still a report; "neither confirmed nor
# denied" denies nothing.

def test_a_report_of_a_call_that_did_not_happen_is_still_a_report(extract):
    dg = extract("The tanker Ocean Lark did not call at Port Sudan, according to Lloyd's List.")
    rep = next(r for r in dg.relations if r.predicate == "REPORTED")
    visit = next(r for r in dg.relations if r.predicate == "VISITED")
    assert rep.modality == "asserted" and visit.modality == "negated"


def test_neither_confirmed_nor_denied_is_no_denial(extract):
    dg = extract("China neither confirmed nor denied that the ship Golden Reef docked at Nakhodka.")
    rel = next(r for r in dg.relations if r.predicate == "VISITED")
    assert rel.modality == "alleged"
