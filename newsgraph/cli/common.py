"""Options, output and error handling shared by every command.

- :func:`store_option` adds ``--store DIR`` (env ``NEWSGRAPH_STORE``).
- :func:`json_option` adds ``--json``; :func:`emit` prints rows as a rich
  table or as JSON.
- :func:`handle_errors` turns :class:`~newsgraph.exceptions.NewsgraphError`
  into ``click.ClickException`` (exit code 1), as STYLE.md example 11 asks.
- :func:`resolve_entity` finds an entity by name or alias, case-insensitively,
  and suggests close names when none matches.
"""

from __future__ import annotations

import errno
import functools
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import click

from ..exceptions import EntityNotFound, NewsgraphError
from ..graph.model import normalise_name

DEFAULT_STORE = "newsgraph-store"
"""Store directory used when neither ``--store`` nor ``NEWSGRAPH_STORE`` is given."""


def store_option(f: Callable) -> Callable:
    """``--store DIR``: the embedded store directory (env ``NEWSGRAPH_STORE``, default ``./newsgraph-store``)."""
    return click.option(
        "--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
        envvar="NEWSGRAPH_STORE", default=DEFAULT_STORE, show_default=True, show_envvar=True,
        help="Embedded store directory.",
    )(f)


def json_option(f: Callable) -> Callable:
    """``--json``: print machine-readable JSON instead of a table."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(f)


def open_store(store_path: Path, *, read_only: bool = False, must_exist: bool = True):
    """Open the embedded store at ``store_path``.

    Raises
    ------
    click.ClickException
        When ``must_exist`` and there is no store there yet (with a hint to ingest first).
    """
    from ..graph.store import Store

    if must_exist and not Path(store_path).exists():
        raise click.ClickException(
            f"No store at {store_path}. Ingest articles first: newsgraph ingest --store {store_path} FILE..."
        )
    return Store.open(store_path, read_only=read_only,
                      on_wait=lambda message: click.echo(f"Waiting: {message}", err=True))


def _flush_stdout() -> None:
    """Flush standard output (text layer and byte buffer), so that a write error surfaces in the command."""
    for stream in (sys.stdout, getattr(sys.stdout, "buffer", None)):
        try:
            if stream is not None:
                stream.flush()
        except ValueError:  # closed (a test runner's stream)
            pass


def handle_errors(f: Callable) -> Callable:
    """Decorator: NewsgraphError, a permission error or a full disk -> ClickException (exit 1); broken pipe ->
    quiet exit."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = f(*args, **kwargs)
            _flush_stdout()  # ("export > /dev/full": the last buffered block fails here, not silently at exit)
            return result
        except NewsgraphError as exc:
            raise click.ClickException(str(exc)) from exc
        except RuntimeError as exc:
            if "Corruption" not in str(exc):
                raise
            # RocksDB found a damaged file while reading (the store opened): the same one line as at opening
            raise click.ClickException(f"the store is damaged ({str(exc).splitlines()[0][:200]}); restore it "
                                       "from a backup or ingest the articles again into a new --store") from exc
        except PermissionError as exc:
            # a path inside a folder the user cannot enter ("d/locked/a.txt", "--store d/locked/store"): the
            # path and the reason, not a traceback (a break-it trial)
            where = exc.filename if exc.filename is not None else "a file"
            raise click.ClickException(f"{where}: permission denied ({exc.strerror or exc})") from exc
        except OSError as exc:
            if exc.errno not in (errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG) or isinstance(exc, BrokenPipeError):
                raise
            # the output could not be written ("> /dev/full", a full disk): say so, once, on stderr; point
            # stdout at devnull so that the interpreter's final flush does not fail again with a traceback
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError, AttributeError):
                pass
            raise click.ClickException(f"cannot write the output: {exc.strerror or exc}") from exc
        except BrokenPipeError:
            # The reader went away (``newsgraph ... | head``). Point stdout at
            # devnull so the interpreter's final flush cannot fail again, and
            # exit quietly with status 1: the recipe of Python's documentation,
            # https://docs.python.org/3/library/signal.html#note-on-sigpipe
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests)
                pass
            sys.exit(1)

    return wrapper


_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
"""Characters that move the cursor or reorder text on a terminal: C0/C1 controls
(newline, tab, escape ...), the Unicode bidi marks, embeddings, overrides and
isolates (Unicode Standard Annex #9; CVE-2021-42574 "Trojan Source"), and the
line and paragraph separators."""


def visible(text: str) -> str:
    r"""``text`` with every control and bidi-control character shown as an escape.

    Parameters
    ----------
    text : str
        Text from a store (a name, a sentence) to print in a terminal table.

    Returns
    -------
    str
        The same text, each character matched by :data:`_UNSAFE` replaced by
        ``\n``, ``\t``, ``\r``, ``\xNN`` or ``\uNNNN`` (Python's
        ``unicode_escape`` spelling), so it cannot break or reorder a table.
    """
    return _UNSAFE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, Path):
        return str(value)
    return str(value)


def emit(rows: Sequence[dict[str, Any]] | dict[str, Any], *, as_json: bool,
         columns: Sequence[str] | None = None, title: str | None = None) -> None:
    """Print ``rows`` as a rich table, or as JSON with ``as_json``.

    Parameters
    ----------
    rows : list of dict, or dict
        Records to print; a dict is printed as JSON or as a two-column table.
    as_json : bool
        Print ``json.dumps(rows, indent=2)``.
    columns : list of str, optional
        Keys to show as table columns (default: keys of the first row).
    title : str, optional
        Table title (plain text, not rich markup).

    Notes
    -----
    In a table, titles, headers and cells are printed as plain text (rich
    markup escaped) with control and bidi-control characters made visible
    (:func:`visible`), so text from articles cannot spoof the table. JSON
    output keeps every string exact.
    """
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=_jsonable))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.markup import escape

    console = Console(soft_wrap=False)
    if isinstance(rows, dict):
        rows = [{"key": k, "value": v} for k, v in rows.items()]
    if not rows:
        console.print(f"[dim]{escape(visible(title) + ': ') if title else ''}nothing found[/dim]")
        return
    columns = list(columns or rows[0].keys())
    table = Table(title=escape(visible(title)) if title else None, show_lines=False)
    for c in columns:
        table.add_column(escape(visible(str(c))), overflow="fold")
    for row in rows:
        cells = []
        for c in columns:
            v = row.get(c, "")
            if isinstance(v, (list, tuple, set)):
                v = ", ".join(map(str, v))
            elif isinstance(v, float):
                v = f"{v:.4g}"
            cells.append(escape(visible("" if v is None else str(v))))
        table.add_row(*cells)
    console.print(table)


_LEGAL_FORM_WORDS = frozenset({"ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation", "co", "company",
                               "gmbh", "ag", "sa", "plc", "llp", "lp", "fze", "fzco", "fzc", "dmcc", "jsc", "pjsc",
                               "ooo", "ao", "bv", "nv", "pte", "pty", "sdn", "bhd", "sti", "şti", "as", "a s", "srl",
                               "spa", "oy", "ab", "kft", "doo", "d o o", "sp", "z", "o o"})
"""Company legal forms, normalised as :func:`normalise_name` writes them (UK Companies House, SEC and the usual
foreign forms)."""


def _without_legal_form(key: str) -> str:
    """A normalised firm name without the legal-form words at its end ("x supply llc" -> "x supply"), or the
    key itself when nothing else would be left."""
    words = key.split()
    while len(words) > 1 and words[-1] in _LEGAL_FORM_WORDS:
        words.pop()
    return " ".join(words)


def resolve_entity(entities: Iterable[Any], name: str, *, limit: int = 5, degree: Callable[[str], int] | None = None):
    """Find the entity called ``name`` (by canonical name or alias, case-insensitively).

    Parameters
    ----------
    entities : iterable of Entity
        Candidates (usually ``store.entities()``).
    name : str
        What the user typed.
    limit : int
        Most suggestions to offer when nothing matches.
    degree : callable, optional
        Entity id -> number of relations; among several entities of one
        name ("Port Kessa" a Location in one article, a Port in another), the one
        with the most relations wins (else the one with the most aliases).

    Returns
    -------
    Entity
        Exact id, canonical-name, then alias matches, in that order of
        preference; then a firm's name without its legal form, and a surname alone, each when exactly one
        organisation or person has it.

    Raises
    ------
    EntityNotFound
        With up to ``limit`` close names as suggestions (rapidfuzz WRatio >= 65,
        and within 20 points of the best match).
    """
    ents = list(entities)
    for e in ents:
        if e.id == name:
            return e
    key = normalise_name(name)
    rank = (lambda e: (degree(e.id), len(e.aliases))) if degree is not None else (lambda e: len(e.aliases))
    by_name = [e for e in ents if normalise_name(e.name) == key]
    if by_name:
        return max(by_name, key=rank)
    by_alias = [e for e in ents if any(normalise_name(a) == key for a in e.aliases)]
    if by_alias:
        return max(by_alias, key=rank)
    # A firm's name without its legal form ("Skyline Avionics Supply" for "... Supply LLC") when one firm has it.
    by_firm = [e for e in ents if getattr(e, "type", None) == "Organization"
               and any(_without_legal_form(normalise_name(a)) == key for a in (e.name, *e.aliases))]
    if len({e.id for e in by_firm}) == 1:
        return by_firm[0]
    # A surname alone ("Varelli") names a person when exactly one person has it.
    by_surname = [e for e in ents if getattr(e, "type", None) == "Person"
                  and len(normalise_name(e.name).split()) > 1 and normalise_name(e.name).split()[-1] == key]
    if len(by_surname) == 1:
        return by_surname[0]
    from rapidfuzz import fuzz, process

    choices = {}
    for e in ents:
        for a in {e.name, *e.aliases}:
            choices.setdefault(a, e.name)
    # case-folded on both sides ("seraphin" finds "SERAPHINE" as "SERAPHIN" does: the match itself ignores case)
    found = process.extract(name, list(choices), scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=65,
                            processor=lambda s: s.casefold())
    best = found[0][1] if found else 0
    suggestions = list(dict.fromkeys(choices[m[0]] for m in found if m[1] >= best - 20))[:limit]
    raise EntityNotFound(name, suggestions)


class TimeoutSeconds(click.ParamType):
    """A query's time limit in seconds: a finite number from 0 (no limit) to one week (604,800 s); "nan",
    "inf" and larger values are refused with a usage error (exit status 2), not a traceback."""

    name = "seconds"
    MAX = 7 * 24 * 3600.0

    def convert(self, value, param, ctx):
        import math

        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(seconds) or not 0 <= seconds <= self.MAX:
            self.fail(f"{value!r} is not a time limit from 0 (none) to {self.MAX:g} seconds", param, ctx)
        return seconds


def within_time(seconds: float, work: Callable[[], Any], *, hint: str = "narrow it (a LIMIT, fewer unbound "
                "patterns) or give a longer --timeout (0 for no limit)") -> Any:
    """``work()`` run in a worker thread and given up after ``seconds`` (0: no limit); returns its value.

    Neither pyoxigraph nor grand-cypher can cancel a running query; the worker is a daemon thread, so a
    query given up on is abandoned when the command exits (it only reads).

    Raises
    ------
    QueryError
        When the time is up (the message ends with ``hint``); any error of ``work`` as raised.
    """
    import threading

    from ..exceptions import QueryError

    if not seconds:
        return work()
    box: dict = {}

    def run():
        try:
            box["value"] = work()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=run, name="newsgraph-query", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise QueryError(f"the query ran longer than {seconds:g} s and was stopped; {hint}")
    if "error" in box:
        raise box["error"]
    return box["value"]


def refuse_inside_store(out: Path, store_path: Path | None) -> None:
    """Raise click.UsageError when the output file ``out`` would overwrite one of the store's own files.

    ``export --out STORE/oxigraph/CURRENT`` would overwrite the database's own file and leave the store
    damaged; so would the lock, owner and graph-cache files beside it. Other files in the store directory
    (the demo's ``graph.html``) are the user's.
    """
    from ..graph.store import default_store_path
    from ..queries.graphcache import CACHE_PREFIX

    if str(out) == "-":
        return
    store = Path(store_path) if store_path else default_store_path()
    try:
        target, root = out.resolve(), store.resolve()
    except OSError:
        return
    if (root / "oxigraph") in (target, *target.parents) or target.parent == root and (
            target.name in ("store.lock", "store.owner") or target.name.startswith(CACHE_PREFIX)):
        raise click.UsageError(f"--out {out} is one of the store's own files ({store}); write it elsewhere")
