"""Odd but legal input: extraction must not crash or produce garbage on it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # _historical: "¹⁹⁴²".isdigit() is True but int() refuses it (the sentence also holds a real year)
    "In ¹⁹⁴² and 2024 the cargo ship Sea Falcon delivered arms to Port Sudan.",
    # _count: a superscript count word on a sanctioned noun
    "The U.S. Treasury sanctioned ² vessels owned by Oceanic Lines.",
    "² firms, Oceanic Lines and Gulf Star, were sanctioned by the U.S. Treasury.",
])
def test_superscript_digits_do_not_crash(extract, text):
    extract(text)


def test_superscript_year_keeps_the_relation(extract, facts):
    dg = extract("In ¹⁹⁴² and 2024 the cargo ship Sea Falcon delivered arms to Port Sudan.")
    assert ("Sea Falcon", "VISITED", "Port Sudan") in facts(dg)
