"""Entity recognition and resolution on invented sentences (no names from the corpora)."""

from __future__ import annotations

import pytest

from newsgraph.graph.model import Entity, entity_id
from newsgraph.ingest.nlp import load_nlp
from newsgraph.ontology import load_ontology



def test_pipeline_has_newsgraph_components(nlp):
    assert "newsgraph_sentences" in nlp.pipe_names
    assert nlp.pipe_names[-1] == "newsgraph_entities"


def test_load_nlp_can_disable_pipes():
    nlp = load_nlp(disable=["lemmatizer"])
    assert "lemmatizer" not in nlp.pipe_names


def test_every_entity_type_is_an_ontology_type(extract, find):
    dg = extract("The tanker Pale Moon, a Panama-flagged ship, left the port of Qorvath for Russia, "
                 "Reuters reported. Admiral Jon Teller said artillery shells were aboard.")
    types = set(load_ontology().evaluation_types)
    assert dg.entities
    for e in dg.entities.values():
        assert e.type in types, e
        assert e.id == entity_id(e.type, e.name)


@pytest.mark.parametrize("text, names", [
    ("Four ships - the Pale Moon, the Varno, the Kesh-2 and the Lotta - were seen.",
     ["Pale Moon", "Varno", "Kesh-2", "Lotta"]),
    ("The affected vessels, including the Grey Otter, Salt Queen and Ivo, returned.", ["Grey Otter", "Salt Queen", "Ivo"]),
    ("Inspectors boarded the tanker Dawn Harbour on Monday.", ["Dawn Harbour"]),
    ("The Brisa Norte, a Panama-flagged cargo ship, was detained.", ["Brisa Norte"]),
    ("Officials named the vessel as the Tamsin Bay (IMO 9123456).", ["Tamsin Bay"]),
])
def test_vessels_however_they_appear(extract, find, text, names):
    dg = extract(text)
    for n in names:
        assert find(dg, n).type == "Vessel", n


def test_vessel_named_like_a_person_is_not_a_person(extract, find):
    dg = extract("Three cargo ships - the Maria Lenz, the Olga and the Anna K - sailed for the port of Vostra.")
    for n in ("Maria Lenz", "Olga", "Anna K"):
        assert find(dg, n).type == "Vessel"
    assert not [e for e in dg.entities.values() if e.type == "Person"]


def test_imo_number_kept_as_attribute(extract, find):
    dg = extract("The agency listed the tanker Cold Fjord (IMO 9234567) on its sanctions list.")
    assert find(dg, "Cold Fjord").attributes.get("imo") == "9234567"


@pytest.mark.parametrize("text, ports", [
    ("The freighter docked at the port of Kellavik last week.", ["Kellavik"]),
    ("The ship made 12 trips between Sorvo port and the Tamsk and Ulyan ports.", ["Sorvo", "Tamsk", "Ulyan"]),
])
def test_ports_and_coordinated_ports(extract, find, text, ports):
    dg = extract(text)
    for p in ports:
        assert find(dg, p).type == "Port", p


def test_acronym_and_expansion_are_one_organisation(extract, find):
    dg = extract("The Maritime Arms Survey (MAS) published a report. MAS said the drones came from abroad.")
    e = find(dg, "Maritime Arms Survey")
    assert e.type == "Organization"
    assert "MAS" in e.aliases


def test_organisation_from_apposition(extract, find):
    dg = extract("Korvo Watch, a research group specialising in shipping, reported the transfer.")
    assert find(dg, "Korvo Watch").type == "Organization"


def test_country_demonym_and_capital_are_one_entity(extract, find):
    dg = extract("North Korea sent shells. North Korean officials denied it, and Pyongyang stayed silent.")
    e = find(dg, "North Korea")
    assert e.type == "Country"
    assert {"North Korean", "Pyongyang"} <= set(e.aliases)


def test_kremlin_is_russia(extract, find):
    dg = extract("The Kremlin said the talks went well.")
    assert find(dg, "Kremlin").name == "Russia"


def test_full_name_and_surname_are_one_person(extract, find):
    dg = extract("Russian President Vladimir Putin arrived. Putin spoke for an hour.")
    e = find(dg, "Vladimir Putin")
    assert "Putin" in e.aliases
    assert len([x for x in dg.entities.values() if x.type == "Person"]) == 1


def test_people_sharing_only_a_surname_are_not_merged(extract, find):
    dg = extract("John Carter met Sarah Carter in Boston on Friday.")
    people = {e.name for e in dg.entities.values() if e.type == "Person"}
    assert {"John Carter", "Sarah Carter"} <= people


def test_ministry_and_its_short_form_are_one_entity(extract, find):
    dg = extract("The Ministry of Defence of the United Kingdom issued a warning. The UK MoD said more was coming.")
    e = find(dg, "Ministry of Defence of the United Kingdom")
    assert "UK MoD" in e.aliases
    assert find(dg, "United Kingdom").type == "Country"


def test_renamed_vessel_keeps_one_identity(extract, find):
    dg = extract("The tanker Sable Wind was sold in 2021 and renamed Ardent Sky. "
                 "Under that name it flew the flag of Liberia.")
    e = find(dg, "Sable Wind")
    assert "Ardent Sky" in e.aliases


def test_same_text_same_ids(extract, find):
    text = "The tanker Pale Moon left the port of Qorvath, according to Tideline Analytics."
    a, b = extract(text), extract(text)
    assert set(a.entities) == set(b.entities)
    assert {r.key for r in a.relations} == {r.key for r in b.relations}


def test_known_entities_keep_their_canonical_name(extract, find):
    known_ent = Entity.create("Pale Moon Star", "Vessel", ["Pale Moon Star", "Pale Moon"])
    dg = extract("The tanker Pale Moon docked at the port of Qorvath.", known={"pale moon": known_ent})
    e = find(dg, "Pale Moon")
    assert e.id == known_ent.id
    assert e.name == "Pale Moon Star"
