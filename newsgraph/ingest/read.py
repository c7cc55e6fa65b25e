"""Read source files into :class:`~newsgraph.graph.model.Document` objects.

The first stage of the one-way flow of DESIGN.md: paths in, a stream of
documents out. One bad file never stops the others: :func:`read_sources`
yields an :class:`~newsgraph.exceptions.InputError` for it and goes on.

Formats
-------
``.txt`` ``.text``
    Plain text. The first line is taken as the title when it looks like a
    headline (short, no closing full stop).
``.md`` ``.markdown``
    Markdown, reduced to its text with markdown-it-py (the CommonMark parser
    rich uses); the first heading is the title.
``.html`` ``.htm`` ``.xhtml``
    Main text only (boilerplate, navigation, scripts and styles dropped) by
    trafilatura, with its title, date and canonical URL metadata.
``.jsonl`` ``.ndjson``
    One article per line: ``text`` (required), ``title``, ``url``,
    ``published``, ``id`` (optional). A bad line is an error naming
    ``file.jsonl:LINE``; the other lines are still read.
directories
    Searched recursively in sorted order for the extensions above; hidden
    files and folders are skipped.
``-``
    Standard input: JSONL when it starts with ``{``, HTML when it starts with
    an HTML tag, plain text otherwise.

Document ids are stable: the JSONL ``id``, else the article URL, else a slug
of the file name (``dev/01-tanker.txt`` -> ``01-tanker``; JSONL lines without
id or URL get ``<file slug>-<hash of the text>``, whatever line they are on).
Standard input without id or URL gets ``stdin-<hash of the text>``.

Example
-------
>>> for item in read_sources(["articles/"]):  # doctest: +SKIP
...     if isinstance(item, InputError):
...         print("skipped", item)
...     else:
...         print(item.id, item.title)
"""

from __future__ import annotations

import codecs
import fnmatch
import io
import itertools
import json
import os
import re
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from ..exceptions import InputError
from ..graph.model import Document, make_key, slugify

__all__ = [
    "DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "read_sources", "read_file", "read_text",
    "normalise_date", "format_size", "parse_size",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Largest file (or JSONL line) read without ``max_bytes``: 50 MiB."""

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
GENERATOR_TAG = '<meta name="generator" content="newsgraph">'
"""The tag ``newsgraph render`` writes into the head of its views; the reader skips files that carry it."""
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
"""File name endings :func:`read_sources` reads (case-insensitive)."""

STDIN = "<stdin>"
_SNIFF = 8192
_HTML_PAGE_START = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>])", re.I)
"""The start of a whole web page: a file so starting is read as HTML whatever its name."""
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
_TITLE_MAX = 200


def _supported_list() -> str:
    return " ".join(sorted(SUPPORTED_SUFFIXES))


# ---------------------------------------------------------------- sizes

_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "KIB": 1024, "M": 1024**2, "MB": 1024**2,
          "MIB": 1024**2, "G": 1024**3, "GB": 1024**3, "GIB": 1024**3}


def parse_size(text: str | int) -> int:
    """Parse a byte count such as ``"200MB"``, ``"1.5G"`` or ``"1048576"``.

    Units are binary (``KB`` = 1024 bytes), as :data:`DEFAULT_MAX_BYTES` is.

    Raises
    ------
    ValueError
        When ``text`` is not a non-negative number with an optional unit.
    """
    if isinstance(text, int):
        if text < 0:
            raise ValueError(f"size must not be negative: {text}")
        return text
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text or "")
    if not m or m.group(2).upper() not in _UNITS:
        raise ValueError(f"not a size: {text!r} (e.g. 52428800, 200MB, 1G)")
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()])


def format_size(n: int) -> str:
    """``52428800`` -> ``"50.0 MB"`` (binary units)."""
    for unit, size in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"


# ---------------------------------------------------------------- dates

def normalise_date(value: Any) -> str | None:
    """Normalise a publication date to ISO 8601.

    Parameters
    ----------
    value : str, int, float, date, datetime or None
        ISO 8601 text, a free-form date (``"1 March 2024"``, parsed by
        dateparser), an integer of the form YYYYMMDD (1900-2100), or a Unix
        time in seconds.

    Returns
    -------
    str or None
        ``"2024-03-01"`` for a date without a time of day;
        ``"2024-03-01T10:00:00+00:00"`` when a time is given. None for
        None or blank text.

    Raises
    ------
    ValueError
        When the value is not a recognisable date, is relative ("yesterday", "in 2 weeks": it would change
        with the day of reading), is a year alone, has day and month either way round ("12/11/2024") or
        an ISO shape with no such date ("2024-13-01"), or lies after tomorrow.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and 19000101 <= value <= 21001231:
        # 20240301: a compact YYYYMMDD date, not a Unix time (which would be August 1970)
        try:
            return date(value // 10000, value // 100 % 100, value % 100).isoformat()
        except ValueError as exc:
            raise ValueError(f"not a date: {value!r} (read as YYYYMMDD)") from exc
    if isinstance(value, int) and (1000 <= value <= 9999 or -10000 < value < 0):
        # 2024, -1: a year alone or a stray number, not seconds around 1970 (the string "2024" is refused too)
        raise ValueError(f"not a date: {value!r} (a number too small for a Unix time; give a date, e.g. "
                         f"\"2024-03-01\")")
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError) as exc:
            raise ValueError(f"not a Unix time: {value!r}") from exc
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    if not text:
        return None
    iso = _parse_published(text, value)
    if iso[:10] > (date.today() + timedelta(days=1)).isoformat():
        raise ValueError(f"not a publication date: {value!r} (in the future)")
    return iso


def _parse_published(text: str, value: str) -> str:
    """:func:`normalise_date` of a non-empty string."""
    if text[0] in "-+\u2212":
        raise ValueError(f"not a date: {value!r} (a signed year; use ISO 8601, e.g. 2024-03-01)")
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    import dateparser

    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):  # ISO-shaped but no date ("2024-13-01", "2025-31-01")
        raise ValueError(f"not a date: {value!r} (no such month or day; use ISO 8601, YYYY-MM-DD)")
    if re.fullmatch(r"\d{4}", text):  # a year alone: dateparser would add today's month and day
        raise ValueError(f"not a date: {value!r} (a year alone; give at least the month, e.g. 2024-03-01)")
    if not re.search(r"\b\d{4}\b", text):
        # "yesterday", "in 2 weeks": dateparser reads them against today, so the same file would get another
        # date on every run (a break-it trial)
        raise ValueError(f"not a date: {value!r} (no year; a relative date changes with the day it is read: "
                         "use ISO 8601, e.g. 2024-03-01)")
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.]\d{4}", text)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        raise ValueError(f"ambiguous date: {value!r} (day and month could be either way round; "
                         "use ISO 8601, e.g. 2024-03-01)")
    parsed = dateparser.parse(
        text, settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False,
                        "REQUIRE_PARTS": ["year"]})
    if parsed is None:
        raise ValueError(f"not a date: {value!r} (use ISO 8601, e.g. 2024-03-01)")
    if parsed.time() == datetime.min.time() and parsed.tzinfo is None and ":" not in text:
        return parsed.date().isoformat()
    return parsed.isoformat()


# ---------------------------------------------------------------- decoding

def _check_encoding(encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r} (e.g. utf-8, cp1252, latin-1, utf-16)") from None


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of requests
        return None
    best = from_bytes(data[:65536]).best()
    guess = best.encoding if best is not None else None
    if guess not in (None, "cp1252", "latin_1", "ascii") and _reads_as_western(data[:65536]):
        # on a short English text with a few accented names the detector's pick is close to a coin toss
        # between single-byte code pages (cp1250, mac_latin2, ...); when every non-ASCII byte is a letter or
        # common punctuation in Windows-1252, the commonest encoding of such files, suggest that one
        return "cp1252"
    return guess


_WESTERN_PUNCT = set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a3\u00b0\u00a0\u00ab\u00bb\u00b7")


def _reads_as_western(data: bytes) -> bool:
    """Whether ``data`` decodes as Windows-1252 with only letters and common punctuation beyond ASCII."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(c.isalpha() or c in _WESTERN_PUNCT for c in text if ord(c) > 127)


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
"""An HTML page's declared encoding (``<meta charset="...">`` or the http-equiv form), read from its head."""


def _decode(data: bytes, source: str, encoding: str | None, *, html: bool = False) -> str:
    """Bytes -> text, refusing binary data and (without ``encoding``) invalid UTF-8. An HTML page that is not
    UTF-8 is read in the encoding its head declares, when it declares a text encoding Python knows."""
    if encoding is None and html and b"\x00" not in data:
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError:
            m = _META_CHARSET_RE.search(data[:4096])
            declared = m.group(1).decode("ascii", "replace") if m else None
            if declared:
                try:
                    if codecs.lookup(declared)._is_text_encoding:
                        encoding = declared
                except LookupError:
                    pass
    if encoding is None:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            encoding = "utf-32"
    if encoding is None or encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        if b"\x00" in data:
            even, odd = data[::2], data[1::2]
            if len(data) >= 4 and any(h.count(b"\x00") >= 0.9 * len(h) and o.count(b"\x00") <= 0.1 * len(o)
                                      for h, o in ((even, odd), (odd, even))):
                # every other byte NUL: UTF-16 text saved without its byte-order mark
                raise InputError(source, "looks like UTF-16 text without a byte-order mark; pass --encoding "
                                         "utf-16-le (or utf-16-be)")
            raise InputError(source, "binary file (contains NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if encoding is not None:
                raise InputError(source, f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
            guess = _guess_encoding(data)
            hint = f" (it looks like {guess})" if guess and guess not in ("utf_8", "utf-8") else ""
            raise InputError(
                source,
                f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}{hint}; "
                f"pass --encoding {guess or 'cp1252'} if that is its encoding",
            ) from None
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
        except (UnicodeError, LookupError) as exc:  # "UTF-16 stream does not start with BOM", a non-text codec
            raise InputError(source, f"cannot be read as {encoding}: {exc}") from None
        if text.startswith("\ufeff"):
            text = text[1:]
        if "\x00" in text:
            raise InputError(source, f"binary file (contains NUL characters when read as {encoding}), not text")
        _refuse_garbled(text, data, source, encoding)
    if _looks_binary(text):
        raise InputError(source, "binary file (mostly control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def latin_share(text: str, sample: int = 20_000) -> float:
    """Share (0..1) of the letters among the first ``sample`` characters of ``text`` that are Latin script
    (by their Unicode character names, ``LATIN ...``); 1.0 for a text without letters.

    newsgraph's pipeline reads English: a text mostly in another script (Cyrillic, Arabic, Chinese)
    yields junk entities, which ``newsgraph ingest`` warns of below :data:`LATIN_MIN`."""
    import unicodedata

    head = text[:sample]
    ascii_letters = len(head.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    other = _OTHER_LETTERS.findall(head)  # (the regex engine does the scan; only these few are looked up)
    if not ascii_letters and not other:
        return 1.0
    latin = ascii_letters + sum(1 for c in other if unicodedata.name(c, "").startswith("LATIN"))
    return latin / (ascii_letters + len(other))


_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_OTHER_LETTERS = re.compile(r"[^\W\d_A-Za-z]")


def english_share(text: str, sample: int = 20_000) -> float | None:
    """Share (0..1) of the words among the first ``sample`` characters of ``text`` that are common English
    function words ("the", "of", "was", "said", ...; :data:`_ENGLISH_FUNCTION_WORDS`): about a quarter in
    English news, a few hundredths at most in Spanish, German or French. None for a text of fewer than 40
    words, too short to tell."""
    words = _WORD.findall(text[:sample].lower())
    if len(words) < 40:
        return None
    return sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) / len(words)


_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "is", "was", "that", "for", "on", "with", "by", "from", "it", "said", "has",
    "have", "are", "were", "this", "which", "its", "their", "his", "her", "been", "would", "will", "they",
    "after", "had", "but", "not", "who"})
"""Frequent English words that are not words of Spanish, German, French, Italian or Portuguese."""
ENGLISH_MIN = 0.05
"""Below this share of English function words (:func:`english_share`) a text is taken as not in English."""

LATIN_MIN = 0.5
"""Below this share of Latin letters (:func:`latin_share`) a document is taken as not written in English."""

MESS_THRESHOLD = 0.2
"""Largest charset-normalizer "mess ratio" (its measure of how garbled decoded text looks: odd
punctuation, mixed scripts, accents in improbable places; 0 is clean) a text read with a given
encoding may have when another reading of the same bytes is clean. 0.2 is charset-normalizer's
own default ``threshold`` for rejecting a candidate encoding."""


def _refuse_garbled(text: str, data: bytes, source: str, encoding: str) -> None:
    """InputError when ``encoding`` is the wrong reading of ``data``, which a wrong ``--encoding`` would
    otherwise store in place of a good document: UTF-8 bytes beyond ASCII (read as cp1252, "Müller" becomes
    "MÃ¼ller"; valid UTF-8 sequences are all but impossible in other text, the basis of every UTF-8
    detector), or text that charset-normalizer finds garbled (ASCII read as UTF-16 comes out as CJK) when it
    reads the bytes cleanly another way."""
    if b"\x00" not in data and not data.isascii():
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        else:
            raise InputError(source, f"is UTF-8 text, which reads as garbled text in {encoding} "
                                     f"(e.g. {_first_difference(data, text)}): leave --encoding out")
    try:
        from charset_normalizer import from_bytes
        from charset_normalizer.md import mess_ratio
    except ImportError:  # pragma: no cover - a dependency of requests
        return
    ratio = mess_ratio(text[:_SNIFF * 8], 1.0)
    if ratio <= MESS_THRESHOLD:
        return
    if data.isascii() and b"\x00" not in data:
        better = "utf-8"
    else:
        best = from_bytes(data[:65536]).best()
        better = best.encoding if best is not None and best.chaos <= MESS_THRESHOLD else None
    if better is None or codecs.lookup(better).name == codecs.lookup(encoding).name:
        return
    raise InputError(source, f"reads as garbled text in {encoding} (charset-normalizer mess ratio {ratio:.2f}, "
                             f"over {MESS_THRESHOLD}) but cleanly as {better}: "
                             + ("leave --encoding out" if better == "utf-8" else f"pass --encoding {better}"))


def _first_difference(data: bytes, wrong: str) -> str:
    """The first word that reads differently as UTF-8 and as ``wrong``: ``'Müller' read as 'MÃ¼ller'``."""
    right = data.decode("utf-8-sig")
    for a, b in zip(right.split(), wrong.split()):
        if a != b:
            return f"{a!r} read as {b!r}"
    return "its accented letters"


def _looks_binary(text: str) -> bool:
    """True when more than 10% of the first 8192 characters are C0 controls other than whitespace."""
    sample = text[:_SNIFF]
    if not sample:
        return False
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return bad > 0.1 * len(sample)


# ---------------------------------------------------------------- formats

def _plain_title(text: str) -> str | None:
    """The first line when it reads like a headline: short and without a closing full stop (a byline, "By X",
    is no title: the line after it, when it reads like one, is)."""
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    while lines and re.match(r"(?:By|BY)\s", lines[0]):
        lines = lines[1:]
    first = lines[0] if lines else ""
    if not first or len(first) > _TITLE_MAX or len(lines) < 2:
        return None
    if first.endswith((".", ",", ";", ":")) and not first.endswith(("...", "…")):
        return None
    return first


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d)"
_DATELINE_RES = (
    # "WASHINGTON, May 14, 2024 --", "LONDON, 14 May 2024 (Reuters) -", "Caracas, Nov 27, 2026 (EFE).-"
    re.compile(rf"^[A-Z][\w .'’/-]{{1,40}},\s*({_DATE})\s*(?:\(|--|-|–|—|:)"),
    # "Published 14 November 2026", "Date: May 14, 2024", "Posted on Nov. 27, 2026"
    re.compile(rf"^(?:Published|Updated|Posted|Dated?|Issued)(?:\s+on)?:?\s+(?:\w+,\s+)?({_DATE})\b", re.I),
    # a line that is only a date ("27 November 2026", "Friday, November 27, 2026")
    re.compile(rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?({_DATE})\.?$"),
)


def _dateline_date(text: str) -> str | None:
    """The publication date a plain-text article states at its top: a wire dateline ("WASHINGTON, May 14,
    2024 --"), a "Published 14 November 2026" line or a line that is only a date, in the first six lines.

    Returns
    -------
    str or None
        ISO 8601 (:func:`normalise_date`), or None when no such line gives a date with its year.
    """
    lines = [ln.strip() for ln in text[:2000].split("\n") if ln.strip()][:6]
    for ln in lines:
        for rx in _DATELINE_RES:
            m = rx.search(ln)
            if m:
                try:
                    return normalise_date(m.group(1))
                except ValueError:
                    return None
    return None


def _markdown_text(source: str) -> tuple[str, str | None]:
    """Markdown -> (plain text with one blank line between blocks, first heading)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    blocks: list[str] = []
    title: str | None = None
    in_heading = False
    for tok in md.parse(source):
        if tok.type == "heading_open":
            in_heading = True
        elif tok.type == "heading_close":
            in_heading = False
        elif tok.type == "inline":
            parts = []
            for child in tok.children or []:
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append("\n")
                elif child.type == "image":
                    parts.append(child.content)
            line = "".join(parts).strip()
            if line:
                if in_heading and title is None:
                    title = line
                blocks.append(line)
        elif tok.type in ("fence", "code_block"):
            if tok.content.strip():
                blocks.append(tok.content.strip())
    return "\n\n".join(blocks), title


def _trafilatura_config():
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    cfg.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return cfg


def _html_text(source: str) -> tuple[str, str | None, str | None, str | None]:
    """HTML -> (main text, title, date, canonical url), via trafilatura.

    trafilatura gives nothing for fragments without ``<html>``/``<body>``;
    those are wrapped and tried again, and as a last resort the text of the
    cleaned tree (scripts, styles and comments removed by lxml-html-clean)
    is used.
    """
    import trafilatura

    cfg = _trafilatura_config()
    # the date from the page's markup (meta tags, <time>, the URL), not htmldate's search of the text, which
    # takes a footer's "© 2015" for the publication date and then dates "last year" by it (a break-it trial)
    dates = {"extensive_search": False, "original_date": True}
    doc = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False,
                                      include_tables=True, config=cfg, date_extraction_params=dates)
    if doc is None or not (doc.text or "").strip():
        wrapped = f"<html><body>{source}</body></html>"
        doc2 = trafilatura.bare_extraction(wrapped, with_metadata=True, include_comments=False,
                                           include_tables=True, config=cfg, date_extraction_params=dates)
        if doc2 is not None and (doc2.text or "").strip():
            doc = doc2
    text = (doc.text or "") if doc is not None else ""
    title = getattr(doc, "title", None) if doc is not None else None
    published = getattr(doc, "date", None) if doc is not None else None
    url = getattr(doc, "url", None) if doc is not None else None
    if not text.strip():
        text = _html_fallback_text(source)
    return text, title, published, url


def _html_fallback_text(source: str) -> str:
    import lxml.html
    from lxml.etree import ParserError
    from lxml_html_clean import Cleaner

    try:
        tree = lxml.html.fromstring(source)
    except (ParserError, ValueError):
        return ""
    tree = Cleaner(scripts=True, javascript=True, style=True, comments=True, meta=True,
                   page_structure=False, forms=True).clean_html(tree)
    text = tree.text_content()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


# ---------------------------------------------------------------- documents

def _file_id(path: Path) -> str:
    """Stable id of a file-based document: a slug of its name without the extension."""
    stem = path.name
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        stem = stem[: -len(path.suffix)]
    return slugify(stem)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _clean_id(value: Any, source: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(source, f"'id' must be a string or an integer, not {type(value).__name__}")
    text = str(value).strip()
    if not text:
        raise InputError(source, "'id' is empty")
    if _CONTROL.search(text):
        raise InputError(source, "'id' contains control characters (newline, tab, ...)")
    return text


def _optional_str(record: dict, key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(source, f"{key!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


_ODD_SPACES = str.maketrans({**{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                                "\u2009\u200a\u202f\u205f\u3000"},
                              **{c: None for c in "\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d"
                                                  "\u202e\u2066\u2067\u2068\u2069"}})
"""Unicode spaces (no-break, narrow no-break, thin, figure, ideographic) read as a plain space: scraped
feeds write "Red\u00a0Coral", which the parser would split into two names. Invisible characters (zero-width
space, word joiner, a byte-order mark inside the text, soft hyphen, left-to-right and right-to-left marks and
embeddings) are removed: "Ocean\u200b Star" split a ship's name and "\u200fNour Al Bahr\u200f" hid one (a
break-it trial). The zero-width joiner and non-joiner, which shape words in some scripts, stay. The stored text
is the result, so evidence offsets point into it."""


_LATIN_JOINER = re.compile(r"(?<=[\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\x7f])")
"""A zero-width joiner or non-joiner next to an ASCII character: no script's shaping needs it there, and it
split names ("Port\u200c Sudan" read as the port "Port")."""


def _plain_spaces(text: str) -> str:
    """``text`` in Unicode normal form C (composed accents: "Señora" typed with a combining tilde is the same
    name as with "ñ"), with odd spaces made plain and invisible characters removed (:data:`_ODD_SPACES`,
    :data:`_LATIN_JOINER`)."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text).translate(_ODD_SPACES)
    return _LATIN_JOINER.sub("", text) if "\u200c" in text or "\u200d" in text else text


def _check_text(text: str, source: str) -> None:
    if not text.strip():
        raise InputError(source, "no text (the article is empty or only whitespace)")


def read_text(data: bytes | str, *, source: str, kind: str, doc_id: str | None = None,
              encoding: str | None = None) -> Document:
    """One article from the bytes (or text) of a txt, md or html source.

    Parameters
    ----------
    data : bytes or str
        The raw content.
    source : str
        Where it came from (a path or ``"<stdin>"``), for ``Document.source``
        and error messages.
    kind : {"text", "markdown", "html"}
    doc_id : str, optional
        The id to use when the content gives no URL.
    encoding : str, optional
        Decode with this codec instead of requiring UTF-8.

    Returns
    -------
    Document

    Raises
    ------
    InputError
        Empty, binary or undecodable content, or HTML without text.
    """
    if isinstance(data, bytes):
        if not data.strip():
            raise InputError(source, "empty file" if data == b"" else "no text (the file is only whitespace)")
        text = _decode(data, source, encoding, html=kind == "html")
    else:
        text = data.replace("\r\n", "\n").replace("\r", "\n")
    if kind != "html":
        text = _plain_spaces(text)
    _check_text(text, source)
    title = published = url = None
    if kind == "markdown":
        text, title = _markdown_text(text)
    elif kind == "html":
        text, title, published, url = _html_text(text)
        if not text.strip():
            raise InputError(source, "no main text found in the HTML (only markup, scripts or boilerplate)")
        try:
            published = normalise_date(published)
        except ValueError:
            published = None
    else:
        title = _plain_title(text)
    if published is None and kind != "html":
        published = _dateline_date(text)  # a wire dateline or "Published ..." line dates plain text
    _check_text(text, source)
    doc_id = url or doc_id or f"stdin-{make_key(text)[:12]}"
    return Document(id=doc_id, text=text, title=title, url=url, published=published, source=source)


def _jsonl_record(line: bytes, source: str, file_slug: str, lineno: int,
                  encoding: str | None) -> Document | None:
    """One JSONL line -> Document (None for a blank line)."""
    if not line.strip():
        return None
    text = _decode(line, source, encoding).strip()
    if not text:
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise InputError(source, "JSON nested too deeply to read") from None
    except ValueError as exc:  # a number of more than 4,300 digits (Python's int conversion limit)
        raise InputError(source, f"JSON value out of range: {exc}") from None
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object with a 'text' field, got {type(record).__name__}")
    for key, value in record.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:  # a lone surrogate escape ("\ud800"): no character UTF-8 can store
                raise InputError(source, f"{key!r} contains an invalid character (a lone surrogate "
                                         f"{value[exc.start]!r} at position {exc.start})") from None
    if "text" not in record:
        keys = ", ".join(sorted(map(str, record))) or "none"
        raise InputError(source, f"no 'text' field (fields present: {keys})")
    body = record["text"]
    if not isinstance(body, str):
        raise InputError(source, f"'text' must be a string, not {type(body).__name__}")
    body = _plain_spaces(body.replace("\r\n", "\n").replace("\r", "\n"))
    _check_text(body, source)
    if "\x00" in body:
        raise InputError(source, "'text' contains NUL characters (binary data?)")
    url = _optional_str(record, "url", source)
    title = _optional_str(record, "title", source)
    title = _plain_spaces(title) if title else title
    try:
        published = normalise_date(record.get("published"))
    except ValueError as exc:
        raise InputError(source, f"'published': {exc}") from None
    # (not the line number: a line added above would shift every later article onto another's id)
    doc_id = _clean_id(record.get("id"), source) or url or f"{file_slug}-{make_key(body)[:12]}"
    return Document(id=doc_id, text=body, title=title, url=url, published=published, source=source)


def _read_jsonl(stream: BinaryIO, name: str, file_slug: str, *, encoding: str | None,
                max_bytes: int) -> Iterator[Document | InputError]:
    """Stream a JSONL file line by line; each line is checked against ``max_bytes`` on its own."""
    if encoding is not None and codecs.lookup(encoding).name in ("utf-16", "utf-32", "utf-16-le",
                                                                 "utf-16-be", "utf-32-le", "utf-32-be"):
        wrapper = io.TextIOWrapper(stream, encoding=encoding, newline="")
        lines: Iterable[bytes] = (ln.encode("utf-8") for ln in wrapper)
        encoding = None
    else:
        lines = stream
    seen_any = False
    lines = iter(lines)
    for lineno in itertools.count(1):
        source = f"{name}:{lineno}"
        try:
            line = next(lines)
        except StopIteration:
            break
        except (UnicodeError, LookupError) as exc:  # a feed in UTF-8 read with --encoding utf-16
            yield InputError(name, f"cannot be read as {codecs.lookup(wrapper.encoding).name}: {exc}")
            return
        seen_any = seen_any or bool(line.removeprefix(codecs.BOM_UTF8).strip())  # (a byte-order mark alone: empty)
        if len(line) > max_bytes:
            yield InputError(source, f"line is {format_size(len(line))}, over the "
                                     f"{format_size(max_bytes)} limit; pass --max-bytes to raise it")
            continue
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        try:
            doc = _jsonl_record(line, source, file_slug, lineno, encoding)
        except InputError as err:
            yield err
            continue
        if doc is not None:
            yield doc
    if not seen_any:
        yield InputError(name, "empty file (no JSON lines)")


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def read_file(path: str | Path, *, encoding: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, file_id: str | None = None
              ) -> Iterator[Document | InputError]:
    """Documents of one file (several for JSONL), or the errors that stop them.

    Parameters
    ----------
    path : str or Path
        A ``.txt``/``.md``/``.html``/``.jsonl`` file (any other name is read
        as plain text).
    encoding : str, optional
        Text encoding; default UTF-8 (with or without BOM; UTF-16/32 with BOM).
    max_bytes : int
        Refuse files larger than this (for JSONL: lines larger than this).
    file_id : str, optional
        Id for a document that has neither an id nor a URL of its own
        (default: a slug of the file name; JSONL lines add ``-<line>``).

    Yields
    ------
    Document or InputError
        A document's ``source`` is the file's absolute path (``PATH:LINE`` for a JSONL line), so that
        its provenance, and the id a later run in another working directory gives the same file
        (:func:`read_sources` with ``stored_source``), do not depend on where ``ingest`` ran; an
        error names the file as given.
    """
    name = os.fspath(path)
    full = os.path.abspath(name)
    for item in _read_file(path, encoding=encoding, max_bytes=max_bytes, file_id=file_id):
        if isinstance(item, Document) and item.source is not None and item.source.startswith(name) \
                and full != name:
            item.source = full + item.source[len(name):]
        if isinstance(item, Document):
            # a file name that is not UTF-8 ("caf\xe9.txt" written by a Latin-1 system) reaches Python as lone
            # surrogates, which no RDF literal, JSON or terminal takes: they are shown as U+FFFD
            item.source = _printable_path(item.source)
            item.id = _printable_path(item.id)
        yield item


def _printable_path(s: str | None) -> str | None:
    """``s`` with the undecodable bytes of a file name (``os.fsdecode``'s surrogate escapes) replaced by U+FFFD."""
    if s is None or s.isascii():
        return s
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _read_file(path: str | Path, *, encoding: str | None, max_bytes: int, file_id: str | None
               ) -> Iterator[Document | InputError]:
    """:func:`read_file`'s reading, with sources named as given."""
    path = Path(path)
    name = os.fspath(path)
    kind = _kind(path)
    file_id = file_id or _file_id(path)
    try:
        size = path.stat().st_size
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from _read_jsonl(fh, name, file_id, encoding=encoding, max_bytes=max_bytes)
            return
        if size > max_bytes:
            yield InputError(name, f"file is {format_size(size)}, over the {format_size(max_bytes)} "
                                   f"limit; pass --max-bytes to raise it")
            return
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        yield InputError(name, "permission denied")
        return
    except IsADirectoryError:
        yield InputError(name, "is a directory")
        return
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:
        yield InputError(name, f"file is over the {format_size(max_bytes)} limit; pass --max-bytes to raise it")
        return
    if kind == "text" and _HTML_PAGE_START.match(data[:_SNIFF].lstrip(b"\xef\xbb\xbf")):
        kind = "html"  # a web page saved as .txt: read as HTML (its scripts are no article text)
    if kind == "html" and GENERATOR_TAG.encode() in data:
        # a folder ingested after `newsgraph render --out graph.html` was written into it
        yield InputError(name, "is a newsgraph view (written by `newsgraph render`), not an article; skipped")
        return
    try:
        yield read_text(data, source=name, kind=kind, doc_id=file_id, encoding=encoding)
    except InputError as err:
        yield err


_JSON_OBJECT_START = re.compile(rb"\s*\{\s*(\"|\}|$)")


def _looks_jsonl(head: bytes) -> bool:
    """Whether standard input that starts with ``head`` is JSONL rather than a text that opens with a brace.

    JSONL when the first line opens like a JSON object (``{"`` or ``{}``, blanks and a UTF-8 byte-order mark
    allowed), so a broken JSONL line is still reported as broken; "{Update} Tanker seized..." is read as a text.
    """
    return bool(_JSON_OBJECT_START.match(head.removeprefix(codecs.BOM_UTF8).lstrip().partition(b"\n")[0]))


def _read_stdin(stream: BinaryIO, *, encoding: str | None, max_bytes: int) -> Iterator[Document | InputError]:
    head = stream.peek(_SNIFF)[:_SNIFF] if hasattr(stream, "peek") else b""
    if _looks_jsonl(head):
        yield from _read_jsonl(stream, STDIN, "stdin", encoding=encoding, max_bytes=max_bytes)
        return
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield InputError(STDIN, f"input is over the {format_size(max_bytes)} limit; pass --max-bytes to raise it")
        return
    if not head.removeprefix(codecs.BOM_UTF8).strip() and _looks_jsonl(data[:_SNIFF]):  # (only blanks had come)
        yield from _read_jsonl(io.BytesIO(data), STDIN, "stdin", encoding=encoding, max_bytes=max_bytes)
        return
    kind = "html" if _HTML_START.match(data[:_SNIFF]) else "text"
    try:
        yield read_text(data, source=STDIN, kind=kind, encoding=encoding)
    except InputError as err:
        yield err


def _walk(directory: Path, unreadable: list[OSError] | None = None, exclude: tuple[str, ...] = ()) -> list[Path]:
    """Supported files under ``directory``, recursively, sorted; hidden entries and symlinked folders skipped.
    Folders that cannot be listed (no permission) are appended to ``unreadable`` when it is given. A file whose
    name or path relative to ``directory`` matches a glob of ``exclude`` (``fnmatch``) is left out."""
    found = []
    for root, dirs, files in os.walk(directory, followlinks=False,
                                     onerror=unreadable.append if unreadable is not None else None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            if not f.startswith(".") and Path(f).suffix.lower() in SUPPORTED_SUFFIXES and \
                    not _excluded(Path(root) / f, directory, exclude) and not _newsgraph_view(Path(root) / f):
                found.append(Path(root) / f)
    return sorted(found, key=lambda p: p.relative_to(directory).parts)


def _excluded(path: Path, directory: Path, exclude: tuple[str, ...]) -> bool:
    """Whether ``path`` (found under ``directory``) matches one of the ``exclude`` globs: by its name
    ("EXPECTED.md", "*.md"), by the name of a folder it is in ("drafts"), or by the end of its path relative
    to the folder ("drafts/*" also leaves out "2024/drafts/a.txt")."""
    if not exclude:
        return False
    parts = path.relative_to(directory).parts
    tails = ["/".join(parts[k:]) for k in range(len(parts))]
    return any(fnmatch.fnmatch(part, g) for g in exclude for part in parts) or \
        any(fnmatch.fnmatch(t, g) for g in exclude for t in tails)


def _newsgraph_view(path: Path) -> bool:
    """Whether ``path`` is an HTML view ``newsgraph render`` wrote (its head carries :data:`GENERATOR_TAG`):
    a folder walk passes over it, as it passes over hidden files (named on the command line, it is refused)."""
    if path.suffix.lower() not in HTML_SUFFIXES:
        return False
    try:
        with path.open("rb") as fh:
            return GENERATOR_TAG.encode() in fh.read(4096)
    except OSError:
        return False


def read_sources(paths: Iterable[str | Path], *, encoding: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
                 stored_source: Callable[[str], str | None] | None = None, exclude: Iterable[str] = ()
                 ) -> Iterator[Document | InputError]:
    """Read articles from files, directories and standard input.

    Parameters
    ----------
    paths : iterable of str or Path
        Files, directories (searched recursively for :data:`SUPPORTED_SUFFIXES`,
        in sorted order) or ``"-"`` for standard input.
    encoding : str, optional
        Codec for every source (``"cp1252"``, ``"latin-1"``...). Without it,
        sources must be UTF-8 (a UTF-8/16/32 byte-order mark is honoured).
    max_bytes : int
        Size limit per file (per line for JSONL), default
        :data:`DEFAULT_MAX_BYTES` (50 MiB).
    stdin : binary file, optional
        Stream to read for ``"-"`` (default ``sys.stdin.buffer``).
    stored_source : callable, optional
        Document id -> the source path a store holds it from (None when it is
        not stored), e.g. :meth:`newsgraph.graph.store.Store.document_source`:
        a file whose name gives the id of a document stored from another file
        that still exists gets its own id, so that ingesting it later does not
        replace that file's article.
    exclude : iterable of str
        Globs (``fnmatch``) of files a folder walk leaves out, matched on the
        file's name and on its path relative to the folder ("EXPECTED.md",
        "*.md", "drafts/*"); files named on their own are always read.

    Yields
    ------
    Document or InputError
        A document for each article read, in input order; an error (not
        raised) for each file or JSONL line that cannot be read, so the
        caller can report it and go on. Two different files whose names
        give the same id are told apart by a short hash of the second one's
        real path (the second in this run, or any but the one a store holds
        the id from, with ``stored_source``).

    Raises
    ------
    ValueError
        Immediately, when ``encoding`` is not a known codec or ``max_bytes``
        is negative.

    Examples
    --------
    >>> docs = [d for d in read_sources(["corpus/"]) if not isinstance(d, InputError)]  # doctest: +SKIP
    """
    enc = _check_encoding(encoding)
    if max_bytes < 0:
        raise ValueError(f"max_bytes must not be negative: {max_bytes}")
    return _read_sources(list(paths), enc, max_bytes, stdin, stored_source, tuple(exclude))


def _read_sources(paths: list[str | Path], encoding: str | None, max_bytes: int,
                  stdin: BinaryIO | None, stored_source: Callable[[str], str | None] | None = None,
                  exclude: tuple[str, ...] = ()) -> Iterator[Document | InputError]:
    claimed: dict[str, str] = {}

    def file_id(path: Path) -> str:
        # Two different files with the same name must not replace each other's
        # contribution: the second gets a short hash of its real path appended.
        # "Second" across runs too: the id belongs to the file a store holds it
        # from while that file exists (a moved or deleted file gives it up).
        slug = _file_id(path)
        key = os.path.realpath(path)
        if slug not in claimed and stored_source is not None:
            other = stored_source(slug)
            if other and os.path.isfile(other) and os.path.realpath(other) != key:
                claimed[slug] = os.path.realpath(other)
        owner = claimed.setdefault(slug, key)
        return slug if owner == key else f"{slug}-{make_key(key)[:8]}"

    for raw in paths:
        if str(raw) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer,
                                   encoding=encoding, max_bytes=max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            unreadable: list[OSError] = []
            files = _walk(path, unreadable, exclude)
            for exc in unreadable:
                yield InputError(exc.filename or os.fspath(path), f"cannot read this folder: {exc.strerror or exc}")
            if not files and not unreadable:
                yield InputError(os.fspath(path), f"no supported files in this folder ({_supported_list()})"
                                 + (" that --exclude leaves in" if exclude else ""))
            for f in files:
                if not f.is_file():  # a FIFO or device would block or never end
                    yield InputError(os.fspath(f), "not a regular file")
                    continue
                yield from read_file(f, encoding=encoding, max_bytes=max_bytes, file_id=file_id(f))
            continue
        if not path.exists():
            yield InputError(os.fspath(path), "no such file or directory")
            continue
        if not path.is_file():
            yield InputError(os.fspath(path), "not a regular file")
            continue
        suffix = path.suffix.lower()
        if suffix and suffix not in SUPPORTED_SUFFIXES and _looks_known_binary(suffix):
            yield InputError(os.fspath(path), f"unsupported file type {suffix} "
                                              f"(supported: {_supported_list()})")
            continue
        yield from read_file(path, encoding=encoding, max_bytes=max_bytes, file_id=file_id(path))


_BINARY_SUFFIXES = frozenset({
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".gz",
    ".bz2", ".xz", ".7z", ".tar", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp3", ".mp4",
    ".exe", ".so", ".bin", ".epub",
})


def _looks_known_binary(suffix: str) -> bool:
    """File types that are never plain text (given explicitly, other unknown endings are read as text)."""
    return suffix in _BINARY_SUFFIXES
