"""Documents -> document graphs: spaCy, then mentions, resolution and relation rules.

Errors are per document: a rule that fails on one document raises
:class:`ExtractionError` naming that document. :func:`process` raises it
after yielding every earlier document's graph, or, given ``on_error``,
reports it there and carries on with the next document.
"""

from __future__ import annotations

import functools
import gc
from typing import Callable, Iterable, Iterator, Mapping

from spacy.language import Language
from spacy.tokens import Doc

from ..exceptions import ExtractionError
from ..graph.model import Document, DocumentGraph, Entity
from .extract import extract_relations
from .nlp import ERROR_KEY, DocumentTooLarge, index_sentences, load_nlp, make_doc
from .resolve import mentions, resolve


@functools.cache
def default_nlp() -> Language:
    """The shared pipeline of :func:`load_nlp`, loaded once per process."""
    return load_nlp()


def graph_from_doc(doc: Doc, document: Document, *, known: Mapping[str, Entity] | None = None) -> DocumentGraph:
    """The DocumentGraph of an already parsed document.

    Raises
    ------
    ExtractionError
        When a rule fails on this document (the message names it).
    """
    failed = doc.user_data.get(ERROR_KEY)
    if failed:  # the entity step failed on this document (recorded, not raised, so the stream went on)
        raise ExtractionError(f"{document.source or document.id}: {failed}")
    try:
        index_sentences(doc)  # a document back from a worker process (nlp.pipe(n_process>1)) lost its hooks
        ms = mentions(doc)
        entities = resolve(ms, known)
        return extract_relations(doc, document, ms, entities)
    except ExtractionError:
        raise
    except Exception as exc:  # a rule bug must name the document, not crash a batch silently
        raise ExtractionError(f"{document.source or document.id}: extraction failed: {exc!r}") from exc


def extract_document(document: Document, *, nlp: Language | None = None,
                     known: Mapping[str, Entity] | None = None) -> DocumentGraph:
    """Extract the entities and relations of one document.

    Parameters
    ----------
    document : Document
    nlp : spacy.Language, optional
        Defaults to :func:`default_nlp`.
    known : mapping of str to Entity, optional
        ``Store.alias_index()``: normalised alias -> entity, so an entity keeps
        its id across documents.

    Returns
    -------
    DocumentGraph

    Raises
    ------
    ExtractionError
        When the model is missing or extraction fails on this document.
    """
    nlp = nlp or default_nlp()
    try:
        doc = nlp(make_doc(nlp, document.text))
    except DocumentTooLarge as exc:
        raise ExtractionError(f"{document.source or document.id}: {exc}") from exc
    except Exception as exc:
        raise ExtractionError(f"{document.source or document.id}: spaCy failed: {exc!r}") from exc
    return graph_from_doc(doc, document, known=known)


def process(documents: Iterable[Document], *, nlp: Language | None = None,
            known: Mapping[str, Entity] | None = None, batch_size: int = 16,
            n_process: int = 1,
            on_error: Callable[[Document, ExtractionError], None] | None = None) -> Iterator[DocumentGraph]:
    """Stream documents through the pipeline with ``nlp.pipe(as_tuples=True)``.

    Parameters
    ----------
    documents : iterable of Document
    nlp : spacy.Language, optional
    known : mapping of str to Entity, optional
        See :func:`extract_document`.
    batch_size : int
        spaCy batch size (documents).
    n_process : int
        spaCy worker processes.
    on_error : callable, optional
        ``on_error(document, error)`` is called for a document whose
        extraction fails, and the stream goes on with the next document.
        Without it the error is raised.

    Yields
    ------
    DocumentGraph
        One per document that succeeds, in input order.

    Raises
    ------
    ExtractionError
        Without ``on_error``: for the first document that fails (earlier
        graphs have been yielded); the message names the document.
    """
    nlp = nlp or default_nlp()

    def pairs():
        for d in documents:
            try:
                yield make_doc(nlp, d.text), d  # the text kept on the Doc (nlp.doc_text)
            except Exception as exc:
                # a text spaCy cannot take (too long, not a str, a lone surrogate): an empty stand-in that
                # carries the error, so graph_from_doc raises it in input order (or on_error gets it) and the
                # documents before it are not lost
                stand_in = make_doc(nlp, "")
                stand_in.user_data[ERROR_KEY] = str(exc) if isinstance(exc, DocumentTooLarge) else \
                    f"spaCy failed: {exc!r}"
                yield stand_in, d

    # The model, gazetteers and alias index are long-lived: moved to the collector's permanent
    # generation (gc.freeze, Python >= 3.7), they are not walked again by every full collection
    # that the per-document objects trigger. Undone at the end unless the caller had frozen first.
    thaw = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        for doc, document in nlp.pipe(pairs(), as_tuples=True, batch_size=batch_size, n_process=n_process):
            try:
                yield graph_from_doc(doc, document, known=known)
            except ExtractionError as exc:
                if on_error is None:
                    raise
                on_error(document, exc)
    finally:
        if thaw:
            gc.unfreeze()
