"""Ship relations as briefs and wire copy write them (invented sentences, real places and countries).

Each case gives a text, the (subject, predicate, object) triples that must be facts, and those that must not.
"""

from __future__ import annotations

import pytest

from newsgraph.graph.model import DocumentGraph


def triples(dg: DocumentGraph) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of the stated facts (negated/denied left out)."""
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


F, O, T, V, L = "FLAGGED_IN", "OWNS_OR_OPERATES", "TRANSPORTED", "VISITED", "LOCATED_IN"

CASES = [
    # a table row of labelled cells: the row's vessel gets the flag (past flag too), owner and manager
    ("VESSELS TRACKED\n"
     "Morning Lark (ex-Sea Wren) | IMO 9123456 | Flag: Gabon (Togo until March) | Registered owner: "
     "Pinecrest Maritime Ltd | Manager: Halvard Ship Management FZE, Dubai\n"
     "Silver Dune | IMO 9234567 | Flag: Panama | Operator: Westgate Tanker Services LLC\n\n"
     "Both ships loitered off the coast for weeks.",
     {("Morning Lark", F, "Gabon"), ("Morning Lark", F, "Togo"), ("Pinecrest Maritime Ltd", O, "Morning Lark"),
      ("Halvard Ship Management FZE", O, "Morning Lark"), ("Silver Dune", F, "Panama"),
      ("Westgate Tanker Services LLC", O, "Silver Dune")},
     {("Morning Lark", F, "Panama"), ("Halvard Ship Management FZE", O, "Silver Dune")}),
    # a relative clause after two coordinated ships is about both (plural verb), not only the last
    ("The tankers Morning Lark and Silver Dune were listed on Monday. Registry records show the firm is the ship manager of the Morning Lark and the Silver Dune, which have "
     "carried diesel from Primorsk to Mersin in Turkey.",
     {("Morning Lark", V, "Primorsk"), ("Silver Dune", V, "Primorsk"), ("Morning Lark", V, "Mersin"),
      ("Morning Lark", T, "diesel"), ("Silver Dune", T, "diesel")}, set()),
    ("The tankers Morning Lark and Silver Dune were listed on Monday. Coast guards boarded the Morning Lark and the Silver Dune, which was carrying diesel to Mersin.",
     {("Silver Dune", V, "Mersin")}, {("Morning Lark", V, "Mersin")}),
]


@pytest.mark.parametrize("text,want,unwanted", CASES)
def test_ship_relations(extract, text, want, unwanted):
    got = triples(extract(text))
    assert want <= got, sorted(want - got)
    assert not (unwanted & got), sorted(unwanted & got)
