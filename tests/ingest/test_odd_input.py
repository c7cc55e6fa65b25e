"""Odd but legal input: extraction must not crash or produce garbage on it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # _historical: "¹⁹⁴²".isdigit() is True but int() refuses it (the sentence also holds a real year)
    "In ¹⁹⁴² and 2024 the cargo ship Sea Falcon delivered arms to Port Sudan.",
    # _count: a superscript count word on a sanctioned noun
    "The U.S. Treasury sanctioned ² vessels owned by Oceanic Lines.",
    "² firms, Oceanic Lines and Gulf Star, were sanctioned by the U.S. Treasury.",
    # _qualifiers: a superscript day before a DATE entity ("on ⁶ March 2024")
    "The tanker Sea Falcon docked at Port Sudan on ⁶ March 2024.",
])
def test_superscript_digits_do_not_crash(extract, text):
    extract(text)


def test_superscript_year_keeps_the_relation(extract, facts):
    dg = extract("In ¹⁹⁴² and 2024 the cargo ship Sea Falcon delivered arms to Port Sudan.")
    assert ("Sea Falcon", "VISITED", "Port Sudan") in facts(dg)


def test_invisible_format_characters_stay_out_of_entity_names(extract, find):
    # a zero-width joiner inside a name, bidi override/pop around one, a soft hyphen inside one
    dg = extract("The cargo ship Sea Falcon, owned by Oceanic\u200d Lines, delivered arms to "
                 "\u202ePort Sudan\u202c in March. Oce\u00adanic Lines denied it.")
    for e in dg.entities.values():
        for n in [e.name, *e.aliases]:
            assert n == n.strip() and not any(c in n for c in "\u200b\u200d\u202e\u202c\u00ad"), (e.name, e.aliases)
    assert find(dg, "Oceanic Lines").id == "organization/oceanic-lines"
    assert find(dg, "Port Sudan").type == "Port"


@pytest.mark.parametrize("text", ["Next port: Jeddah.", "Last Port: Jeddah.", "NEXT PORT: JEDDAH",
                                  "Destination: Port Sudan. Next port: Jeddah."])
def test_next_port_without_a_ship_is_no_port_named_next(extract, text):
    dg = extract(text)
    names = {n.lower() for e in dg.entities.values() for n in [e.name, *e.aliases]}
    assert not names & {"next", "last", "next port", "last port"}, names


def _gold(tmp_path, text_name, text=None, **over):
    import json
    if text is not None:
        (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    g = {"entities": [{"name": "Iran", "type": "Country"}], "relations": [], "text": text_name, **over}
    p = tmp_path / "a.gold.json"
    p.write_text(json.dumps(g), encoding="utf-8")
    return p


@pytest.mark.parametrize("text_name, text, over, message", [
    ("a.txt", "", {}, "is empty"),                       # was scored: silent zero recall
    ("a.txt", " \n\n\t", {}, "is empty"),
    ("a.txt", "Iran.\x00\x00", {}, "NUL characters"),        # ingest refuses it; eval scored it
    (".", None, {}, "cannot be read"),                   # a folder: IsADirectoryError traceback
    (5, None, {}, '"text" must name'),                   # TypeError traceback
    ("a.txt", "Iran.", {"entities": None}, '"entities" must be a list'),
    ("a.txt", "Iran.", {"entities": [{"name": "Iran"}]}, "entities item 1"),   # KeyError 'type' in score
    ("a.txt", "Iran.", {"relations": [{"subject": "Iran"}]}, "relations item 1"),
])
def test_eval_gold_with_a_bad_or_empty_text_is_a_clear_error(tmp_path, text_name, text, over, message):
    from newsgraph.eval import load_gold
    from newsgraph.exceptions import InputError
    with pytest.raises(InputError, match=message):
        load_gold(_gold(tmp_path, text_name, text, **over))


def test_all_capitals_sentence_does_not_crash_the_pipeline(nlp, extract):
    # V_BERTH_SUBJ: every token from the name to the verb is upper case, so next() found no end
    # (StopIteration inside a spaCy component: RuntimeError out of nlp.pipe, past process()'s on_error)
    from newsgraph.graph.model import Document
    from newsgraph.ingest.pipeline import process
    extract("THE SHIP SAILED TO THE COAST OF TEXAS.")
    docs = [Document(id=str(i), text=t) for i, t in enumerate(
        ["The tanker Sea Falcon sailed to Port Sudan.", "THE SHIP SAILED TO THE COAST OF TEXAS.", ""])]
    errors = []
    out = list(process(docs, nlp=nlp, on_error=lambda d, e: errors.append(d.id)))
    assert [dg.document.id for dg in out] == ["0", "1", "2"] and not errors


@pytest.mark.parametrize("text", ["Iran sent anti-ship  cruise missiles (ASCMs) to the Houthis.",
                                  "Iran sent anti-ship\tcruise\nmissiles (ASCMs) to the Houthis."])
def test_acronym_expansion_with_odd_spacing_does_not_crash(extract, text):
    # the expansion's words re-joined with single spaces were looked up in the text with str.index
    dg = extract(text)
    assert any("ASCMs" in e.aliases and e.type == "Weapon" for e in dg.entities.values())


@pytest.mark.parametrize("text, name", [
    ("Iran sent anti-ship  cruise missiles (ASCMs) to the Houthis.", "anti-ship cruise missiles"),
    ("Iran sent\tanti-ship\tcruise\tmissiles (ASCMs) to the Houthis.", "anti-ship cruise missiles"),
    ("The cargo ship Sea Falcon\x01 sailed to Port Sudan.", "Sea Falcon"),   # the API takes text the reader refuses
])
def test_entity_names_have_single_spaces_and_no_controls(extract, find, text, name):
    dg = extract(text)
    find(dg, name)
    for e in dg.entities.values():
        for n in [e.name, *e.aliases]:
            assert " ".join(n.split()) == n and n.isprintable(), (e.name, e.aliases)


def test_a_name_repeated_many_times_is_one_name(extract):
    # the model made one ORG span of "Oceanic Lines" x 500 (a 7,000-character name)
    dg = extract("Oceanic Lines " * 500 + "shipped arms to Sudan. Tourists flew to Bora Bora.")
    names = {e.name for e in dg.entities.values()}
    assert "Oceanic Lines" in names and max(map(len, names)) < 40, sorted(names, key=len)[-1][:80]


def test_a_decade_is_not_dated_to_the_day_before_publication(extract):
    # dateparser read "the 1990s" relative to the publication date (2024-02-29 for 2024-03-01)
    dg = extract("The tanker Sea Falcon made 12 trips to Port Sudan in the 1990s, Reuters said.")
    dates = {r.qualifiers.get("date") for r in dg.relations}
    assert dg.relations and not any(d and d.startswith("2024") for d in dates), dates
