"""What this round's reading of the development set's misses and a new blind batch (written outside the
repository) found. The names are invented.
"""

from __future__ import annotations

import pytest


def _rel(dg, subject, predicate, obj):
    names = {e.id: e.name for e in dg.entities.values()}
    return next((r for r in dg.relations if (names[r.subject], r.predicate, names[r.object]) ==
                 (subject, predicate, obj)), None)


def _names(dg, typ=None):
    return {e.name for e in dg.entities.values() if typ is None or e.type == typ}


def test_a_firms_short_name_before_a_post_is_the_firm(extract):
    # the model tags "Harbour" a verb here; the short name is read from the words (it was given to the firm the
    # passage is about)
    dg = extract("The port authority awarded the concession to Adria Gateway Terminals d.o.o., a joint venture of "
                 "Singapore's Narrows Harbour Holdings Pte Ltd and Croatian logistics group Kvarnor Cargo d.d. Adria "
                 "Gateway will build the quay. \"Rijeka is the shortest route from Asia to central Europe, and "
                 "shipping lines know it,\" said Narrows Harbour chief executive Lim Siew Ping.")
    assert _rel(dg, "Lim Siew Ping", "LEADS", "Narrows Harbour Holdings Pte Ltd")


def test_a_legal_form_the_model_cut_off_joins_the_firms_name(extract):
    dg = extract("A second route ran through Turkey. Tervanli Elektronik Sanayi A.Ş., an Istanbul distributor, "
                 "exported receivers to Russia. Tervanli's general manager, Okan Yildiz, declined to comment.")
    orgs = _names(dg, "Organization")
    assert "Tervanli Elektronik Sanayi A.Ş." in orgs and not orgs & {"A.Ş.", "Elektronik Sanayi A.Ş."}
    assert _rel(dg, "Okan Yildiz", "LEADS", "Tervanli Elektronik Sanayi A.Ş.")


def test_a_general_manager_of_a_department_does_not_lead_the_firm(extract):
    dg = extract("Tervanli Elektronik Sanayi A.Ş. exported receivers to Russia. Its General Manager, Corporate "
                 "Communications, Ayse Demir, declined to comment.")
    assert _rel(dg, "Ayse Demir", "LEADS", "Tervanli Elektronik Sanayi A.Ş.") is None


@pytest.mark.parametrize("text", [
    "Kelmar Components Trading Co. Ltd shipped microcontrollers to Russia.",
    "Orvella Pte Ltd sold receivers to Kelmar Components Trading Co. Ltd, a Hong Kong trading house, in 2024. "
    "Kelmar in turn shipped at least 40 consignments of microcontrollers to Russia.",
])
def test_a_firm_the_parser_hangs_on_the_verb_as_an_adverbial_is_its_subject(extract, text):
    assert _rel(extract(text), "Kelmar Components Trading Co. Ltd", "SHIPPED_TO", "Russia")


def test_a_day_before_a_verb_is_no_subject(nlp):
    doc = nlp("Monday shipped nothing, and the port was quiet.")  # (the parser's npadvmod, kept)
    assert doc[0].dep_ == "npadvmod"
