"""The trigger-windowed matcher finds exactly what a whole-document spaCy Matcher finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher

from newsgraph.ingest.nlp import _TailMatcher

INVENTED = [
    "The tanker Blue Heron, a 2005-built crude carrier, docked at Port Kelvin on Monday, "
    "according to Marine Traffic. The Panama-flagged Sea Lark, which sails for Orion Shipping Co., "
    "was renamed the Gull.",
    "Officials at the Ministry of Foreign Affairs and Trade said the ships Alpha, Beta and Gamma - "
    "all owned by Delta Holdings - loaded at the Kaskar oil terminal. Kaskar port, a small harbour "
    "on the Zeta Sea, is run by the Zeta Port Authority.",
    "Northern rebels fired KH-55 missiles and drones Shahed-136 at the town of Verin; the Vekan "
    "Navy said on board the Osprey (IMO 9123456) crew were safe. Formerly known as the Kite, the "
    "vessel, also laden with grain, is now a floating storage unit.",
]


def whole_document(tail: _TailMatcher, doc) -> list[tuple[int, int, int]]:
    """The same patterns in one plain Matcher run over the whole document."""
    m = Matcher(doc.vocab)
    for sub in tail.matchers:
        for key in sub._patterns:
            m.add(doc.vocab.strings[key], sub.get(key)[1])
    return m(doc)


def texts(corpus: Path) -> list[str]:
    dev = sorted((corpus / "dev").glob("*.txt"))
    return INVENTED + [p.read_text() for p in dev] + [(corpus / "seed-article.txt").read_text()]


def test_same_matches_as_whole_document_matcher(nlp, corpus):
    tail = nlp.get_pipe("newsgraph_entities").tail
    found = 0
    with nlp.select_pipes(disable=["newsgraph_entities"]):
        for doc in nlp.pipe(texts(corpus)):
            got = tail(doc)
            want = whole_document(tail, doc)
            assert sorted(got) == sorted(want)
            # ties go to the match that completes first, as in the whole-document run
            assert [e for _, _, e in got] == sorted(e for _, _, e in got)
            found += len(got)
    assert found > 100  # the patterns do fire on these texts


def test_pattern_without_literal_anchor_is_refused(nlp):
    tail = _TailMatcher(nlp.vocab)
    with pytest.raises(ValueError, match="NAME"):
        tail.add("NAME", 1, [[{"LOWER": "port"}, {"IS_TITLE": True}]])
    with pytest.raises(ValueError, match="OPT"):
        tail.add("OPT", 1, [[{"LOWER": "port", "OP": "?"}, {"IS_TITLE": True}]], first=True)


def test_window_reaches_back_and_forward(nlp):
    tail = _TailMatcher(nlp.vocab)
    tail.add("BACK", 2, [[{"IS_TITLE": True}, {"LOWER": "of", "OP": "?"}, {"LOWER": "port"}]])
    tail.add("MID", 1, [[{"LOWER": "the"}, {"LOWER": "tankers"}, {"IS_TITLE": True}]], anchor=1, fwd=1)
    doc = nlp.make_doc("We saw Kelvin port and the tankers Alpha and Beta.")
    got = [(nlp.vocab.strings[k], doc[s:e].text) for k, s, e in tail(doc)]
    assert got == [("BACK", "Kelvin port"), ("MID", "the tankers Alpha")]


class _CountingMatcher:
    """A spaCy Matcher that counts the windows it is run on."""

    def __init__(self, matcher: Matcher):
        self.matcher, self.calls = matcher, 0

    def __call__(self, doclike):
        self.calls += 1
        return self.matcher(doclike)


def test_windows_without_a_required_word_are_skipped(nlp):
    tail = _TailMatcher(nlp.vocab)
    # anchored on "port"; "the" and "of" are required too, the title-case word is not a literal
    tail.add("PORT_OF", 3, [[{"LOWER": "the"}, {"LOWER": "port"}, {"LOWER": "of"}, {"IS_TITLE": True}]],
             anchor=1, fwd=2)
    assert tail.requires == [[[0, 1]]]
    tail.exact[0] = None  # (a fixed-length pattern: sent to its Matcher, so the calls count the windows tried)
    counting = tail.matchers[0] = _CountingMatcher(tail.matchers[0])
    doc = nlp("Ships left port quickly. Later the port of Varna reopened, and a port official spoke.")
    got = [(doc.vocab.strings[k], doc[s:e].text) for k, s, e in tail(doc)]
    assert got == [("PORT_OF", "the port of Varna")]
    # three "port" windows; only the one with both "the" and "of" reaches the Matcher
    assert counting.calls == 1


def test_anchors_of_fixed_length_patterns_are_checked_in_place(nlp):
    tail = _TailMatcher(nlp.vocab)
    # a fixed-length pattern (no operator): "the" must sit right before "port", not anywhere in the window
    tail.add("THE_PORT", 3, [[{"LOWER": "the"}, {"LOWER": "port"}]])
    tail.exact[0] = None  # (sent to its Matcher, so the calls count the windows tried)
    counting = tail.matchers[0] = _CountingMatcher(tail.matchers[0])
    doc = nlp("They reached the old port at dawn. Then the port closed.")
    got = [doc[s:e].text for _, s, e in tail(doc)]
    assert got == ["the port"]
    # the first "port" has a "the" in its window (so the required-word test passes) but not before it
    assert counting.calls == 1


def test_fixed_patterns_tested_in_full_need_no_matcher(nlp):
    tail = _TailMatcher(nlp.vocab)
    # fixed length, every condition a strict test (literal words, a regex on the text, a flag, a POS set)
    tail.add("PORT_OF", 3, [[{"LOWER": {"IN": ["port", "harbour"]}}, {"LOWER": "of"},
                             {"TEXT": {"REGEX": "^[A-Z]"}, "IS_TITLE": True, "POS": {"IN": ["PROPN", "NOUN"]}}],
                            [{"LOWER": "port"}, {"LOWER": "of"}, {"LOWER": "the"}, {"IS_TITLE": True}]],
             first=True)
    # an operator, or a condition the strict tests do not hold (DEP): left to the Matcher
    tail.add("OPT", 2, [[{"LOWER": "port"}, {"LOWER": "of", "OP": "?"}, {"IS_TITLE": True}]], first=True)
    tail.add("DEP", 1, [[{"LOWER": "port"}, {"DEP": "prep"}]], first=True)
    assert tail.exact[0] is not None and tail.exact[1] is None and tail.exact[2] is None
    counting = tail.matchers[0] = _CountingMatcher(tail.matchers[0])
    doc = nlp("The port of Varna and the harbour of Burgas reopened; the port of the Bay stayed shut. "
              "The Port of Constanta too.")
    got = tail(doc)
    assert counting.calls == 0
    tail.exact = [None] * 3  # the same windows through the Matchers: the same matches, in the same order
    assert tail(doc) == got
    assert [doc[s:e].text for k, s, e in got if doc.vocab.strings[k] == "PORT_OF"] == \
        ["port of Varna", "harbour of Burgas", "port of the Bay", "Port of Constanta"]
