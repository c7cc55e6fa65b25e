"""Round 3 entity fixes, on invented text."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", ["Varta", "Borna", "Tarvan"])
def test_one_word_agency_name_is_the_outlet_not_a_national_body(nlp, name):
    doc = nlp(f"State television aired the footage, and the {name} agency quoted the navy as calling "
              "the operation a success.")
    ents = {e.text: doc._.ng_meta.get(f"{e.start}:{e.end}", {}) for e in doc.ents}
    assert f"{name} agency" not in ents
    assert ents[name]["cls"] == "MediaOrganization"


def test_a_peoples_agency_is_still_a_national_body(nlp):
    doc = nlp("The Iranian agency said the launch was delayed.")
    ents = {e.text: doc._.ng_meta.get(f"{e.start}:{e.end}", {}) for e in doc.ents}
    assert ents["Iranian agency"]["rule"] == "national_body"


def test_line_breaks_start_sentences(nlp):
    text = "Tanker Seized In Gulf\n\nDUBAI, May 3 (Wire) - The navy seized it \n near the coast\nofficials said."
    doc = nlp(text)
    starts = [next(t.text for t in s if not t.is_space) for s in doc.sents if s.text.strip()]
    for word in ("DUBAI", "near", "officials"):
        assert word in starts, (word, starts)
