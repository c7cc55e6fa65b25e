"""A new-user trial's findings of 2026-11-30 (seventh part), on the articles it wrote: a seller's denial read
as the text contradicting a ship's cargo, a sanctions body carried over into "not on any sanctions list", a
transcript's speaker taken for a place."""

from __future__ import annotations


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
