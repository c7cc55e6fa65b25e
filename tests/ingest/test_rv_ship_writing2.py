"""Ship relations as news writes them, second batch (invented sentences, real places and countries)."""

from __future__ import annotations

import pytest

from tests.ingest.conftest import triples

F, O, V, L = "FLAGGED_IN", "OWNS_OR_OPERATES", "VISITED", "LOCATED_IN"

CASES = [
    # a chain of verbs after one ship subject: "sold, renamed X and registered in Y" (the ship goes by its
    # new name, the old one an alias, as the development set's St. Nikolas ex-Suez Rajan)
    ("The tanker Morning Lark was built in 2004. In March 2022 it was sold to unnamed buyers, renamed "
     "Silver Dune and registered in Panama.",
     {("Silver Dune", F, "Panama")}),
    # "respectively" before the list, and "They" for the ships named before
    ("The tankers Morning Lark and Silver Dune were listed. They are owned respectively by Pinecrest Maritime "
     "Ltd and Westgate Shipping Inc, both Marshall Islands shells.",
     {("Pinecrest Maritime Ltd", O, "Morning Lark"), ("Westgate Shipping Inc", O, "Silver Dune")}),
    ("The tankers Morning Lark and Silver Dune were listed. They are flagged respectively in Panama and Liberia.",
     {("Morning Lark", F, "Panama"), ("Silver Dune", F, "Liberia")}),
    # the registered owner named right after the ship
    ("Guards seized the tanker Morning Lark on Monday. The registered owner is listed as Pinecrest Shipping "
     "Inc., a company registered in the Marshall Islands.",
     {("Pinecrest Shipping Inc.", O, "Morning Lark")}),
    # a plural ship noun and its list of names: every ship gets the flag
    ("On Dec. 12 it came alongside the Gabon-flagged tankers Morning Lark and Silver Dune about 180 km "
     "southwest of Crete and pumped the diesel across over some nine hours, the coast guard said.",
     {("Morning Lark", F, "Gabon"), ("Silver Dune", F, "Gabon")}),
    # "which owns and manages": the second verb shares the relative pronoun's company
    ("In a statement, Pinecrest Shipping Ltd, which owns and manages the general cargo ships Morning Lark and "
     "Silver Dune, said the ships carried tiles.",
     {("Pinecrest Shipping Ltd", O, "Morning Lark"), ("Pinecrest Shipping Ltd", O, "Silver Dune")}),
    # "X and two tankers it manages, A and B"
    ("- The office on Tuesday designated Pinecrest Trading FZE of Sharjah and two tankers it manages, MORNING "
     "LARK and SILVER DUNE, for moving crude to China.",
     {("Pinecrest Trading FZE", O, "MORNING LARK"), ("Pinecrest Trading FZE", O, "SILVER DUNE")}),
    # a stated false flag is kept (dev README), and a registry word alone disowns nothing
    ("The tanker Morning Lark was seen off Penang. It was flying a fake flag of Guyana, the coast guard said.",
     {("Morning Lark", F, "Guyana")}),
    # cargo discharged at a port, with the ship named in the sentence before
    ("The tanker Morning Lark loaded Urals crude at Novorossiysk five times this year. Three of those cargoes "
     "were discharged at Ceyhan in Turkey.",
     {("Morning Lark", V, "Ceyhan")}),
    # "X, the capital of Y": an apposition places a town by "of"
    ("The plant sits near Aden, the main city of southern Yemen.", {("Aden", L, "Yemen")}),
    # a line's flagship named in apposition
    ("Pinecrest Lines' flagship, the Morning Lark, was named on Saturday.",
     {("Pinecrest Lines", O, "Morning Lark")}),
]

NOT = [
    # the flag state's registry disowns the ship: the flag it broadcast is no flag state
    ("The vessel Morning Lark was registered in Togo until 2025. At the time of the voyage it was broadcasting "
     "the flag of the Gambia. The Gambia Maritime Administration informed the Panel that the Morning Lark is not "
     "entered in its ship register and that the registration certificate held on board is fraudulent.",
     {("Morning Lark", F, "Gambia")}),
    # a later denial that the text backs with a correction ("... loaded at Poti instead") negates the call
    ('The general cargo ship Morning Lark loaded machine tools at Batumi in September and delivered them to '
     'Novorossiysk, the report says. The port administration rejected one of the claims. In a statement, it '
     'said the Morning Lark "has not called at Batumi this year," and that the ship had loaded at Poti instead.',
     {("Morning Lark", V, "Batumi")}),
    ("The tankers Morning Lark and Silver Dune were listed. They are owned respectively by Pinecrest Maritime "
     "Ltd and Westgate Shipping Inc, both Marshall Islands shells.",
     {("Pinecrest Maritime Ltd", O, "Silver Dune"), ("Westgate Shipping Inc", O, "Morning Lark")}),
]


@pytest.mark.parametrize("text,want", CASES)
def test_stated(extract, text, want):
    got = triples(extract(text))
    assert want <= got, f"missing {want - got}"


@pytest.mark.parametrize("text,bad", NOT)
def test_not_stated(extract, text, bad):
    got = triples(extract(text))
    assert not (bad & got), f"wrong {bad & got}"


def test_loaded_subject_is_no_speaker(nlp):
    """A misparse of "the tanker loaded oil at P while ... data indicating ..." hangs "oil" (modified by
    "loaded") as the subject of the saying verb: the port is a port call, not part of a speaker."""
    from spacy.tokens import Doc

    from newsgraph.ingest import extract as X

    words = ["Maribel", "loaded", "crude", "oil", "at", "Jebel", "Ali", "data", "indicating", "."]
    heads = [1, 3, 3, 8, 3, 6, 4, 8, 8, 8]
    deps = ["nsubj", "amod", "amod", "nsubj", "prep", "compound", "pobj", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "ADJ", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Maribel", "loaded", "crude", "oil", "at", "Jebel", "Ali", "datum", "indicate", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert not X._in_speaker(doc[6])
    assert "loaded" in X._VISIT_EXTRA
