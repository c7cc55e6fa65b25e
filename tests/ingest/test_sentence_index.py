"""index_sentences: Token.sent, Span.sent and Doc.sents read one index per document, same sentences as spaCy."""

from __future__ import annotations

import pytest

from newsgraph.ingest.nlp import index_sentences

TEXT = ("SANCTIONS WATCH\nThe tanker Pale Marlin loaded crude at Kestrow. It then sailed to Varna, "
        "officials said.\n\nThe cargo ship Dun Heron, a Togo-flagged vessel, called at Tartus in May. "
        "Analysts said the two ships met at sea.")


def _plain(nlp):
    """The same text parsed by the same pipeline, with the hooks taken off again: spaCy's own answers."""
    doc = nlp(TEXT)
    doc.user_token_hooks.clear()
    doc.user_span_hooks.clear()
    doc.user_hooks.clear()
    return doc


def test_pipeline_documents_carry_the_index(nlp) -> None:
    doc = nlp(TEXT)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks and "sents" in doc.user_hooks


def test_same_sentences_as_spacy(nlp) -> None:
    doc, plain = nlp(TEXT), _plain(nlp)
    ours = [(s.start, s.end) for s in doc.sents]
    assert ours == [(s.start, s.end) for s in plain.sents]
    assert len(ours) >= 5  # the headline line and four sentences
    for t in doc:
        assert (t.sent.start, t.sent.end) == (plain[t.i].sent.start, plain[t.i].sent.end), t.i
    for i in range(len(doc) - 3):  # spans, including ones that cross a sentence boundary
        assert (doc[i:i + 3].sent.start, doc[i:i + 3].sent.end) == \
            (plain[i:i + 3].sent.start, plain[i:i + 3].sent.end), i


def test_one_span_per_sentence(nlp) -> None:
    doc = nlp(TEXT)
    assert doc[3].sent is doc[4].sent  # made once, not per access
    assert list(doc.sents)[1] is doc[list(doc.sents)[1].start].sent


def test_documents_without_boundaries_keep_spacys_error(nlp) -> None:
    doc = nlp.make_doc("No parser has run on this text.")
    index_sentences(doc)
    assert "sent" not in doc.user_token_hooks
    with pytest.raises(ValueError):
        list(doc.sents)


def test_two_documents_alternating(nlp) -> None:
    a, b = nlp(TEXT), nlp("The ship sailed. It arrived at Varna. Officials said so.")
    for _ in range(2):  # the one-document cache must not hand one document's sentences to the other
        assert a[-2].sent.doc is a and b[-2].sent.doc is b
        assert (b[-2].sent.start, b[-2].sent.end) == (list(b.sents)[-1].start, list(b.sents)[-1].end)
