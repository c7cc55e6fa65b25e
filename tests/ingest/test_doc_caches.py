"""Per-document caches of the entity step: the kept text (make_doc/doc_text) and the token lists."""

from __future__ import annotations

from newsgraph.ingest import nlp as ngnlp
from newsgraph.ingest.nlp import TEXT_KEY, doc_text, doc_tokens, make_doc

TEXT = "The tanker Pale Marlin loaded crude at Kestrow.\n\nIt then sailed to Varna, officials said.  "


def test_make_doc_keeps_the_text(nlp) -> None:
    doc = make_doc(nlp, TEXT)
    assert doc.user_data[TEXT_KEY] == TEXT
    assert doc_text(doc) is TEXT  # the kept string itself, not a rebuilt copy
    assert doc_text(nlp(doc)) == TEXT == doc.text


def test_doc_text_falls_back_when_the_kept_text_does_not_line_up(nlp) -> None:
    doc = nlp.make_doc(TEXT)
    assert doc_text(doc) == TEXT  # nothing kept: spaCy's own
    doc.user_data[TEXT_KEY] = TEXT + "extra words"
    assert doc_text(doc) == TEXT  # stale: ignored
    doc.user_data[TEXT_KEY] = "x" * len(TEXT)
    assert doc_text(doc) == TEXT


def test_token_lists_of_a_whole_batch_are_kept(nlp) -> None:
    docs = [nlp.make_doc(f"Ship number {i} sailed to port {i}.") for i in range(20)]
    lists = [doc_tokens(d) for d in docs]
    for d, toks in zip(docs, lists):  # asked again after the other nineteen: the same list, not a rebuilt one
        assert doc_tokens(d) is toks
        assert [t.text for t in toks] == [t.text for t in d]


def test_token_list_cache_is_bounded(nlp) -> None:
    for i in range(ngnlp._KEEP_DOCS + 10):
        doc_tokens(nlp.make_doc(f"Document {i}."))
    assert len(ngnlp._TOKEN_LISTS) <= ngnlp._KEEP_DOCS
