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
