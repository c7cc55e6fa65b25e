"""The exception tree of newsgraph.

Library code raises these and never prints or exits; the CLI turns them into
``click.ClickException`` (exit code 1) at its boundary.
"""

from __future__ import annotations

from pathlib import Path


class NewsgraphError(Exception):
    """Root of every error newsgraph raises on purpose."""


class OntologyError(NewsgraphError):
    """The ontology file is missing, does not parse, or is inconsistent.

    The message names the file and the term at fault.
    """


class InputError(NewsgraphError):
    """A source file cannot be read as an article.

    Parameters
    ----------
    source : str or Path
        The file (or ``"<stdin>"``, or ``"file.jsonl:12"`` for a line) at fault.
    problem : str
        What is wrong with it, in words a user can act on.
    """

    def __init__(self, source: str | Path, problem: str):
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


class ExtractionError(NewsgraphError):
    """The NLP pipeline failed on a document or could not be loaded."""


class StoreError(NewsgraphError):
    """The graph store (embedded or remote) cannot be opened, read or written.

    Parameters
    ----------
    message : str
        What failed, with a hint to fix it.
    retryable : bool
        True when trying again later may succeed (a transient server error).
    """

    def __init__(self, message: str, *, retryable: bool = False):
        self.retryable = retryable
        super().__init__(message)


class QueryError(NewsgraphError):
    """A query is malformed or cannot be answered by the chosen backend."""


class EntityNotFound(QueryError):
    """No entity has the given name or alias.

    Parameters
    ----------
    name : str
        The name that was looked up.
    suggestions : list of str
        Close matches among known names, best first (may be empty).
    """

    def __init__(self, name: str, suggestions: list[str] | None = None):
        self.name = name
        self.suggestions = list(suggestions or [])
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"No entity named {name!r}.{hint}")


class NoPath(QueryError):
    """No path joins two entities within the given limits."""
