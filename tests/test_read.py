"""Tests for newsgraph.ingest.read: every format, stable ids, and a clear error for each bad input."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest

from newsgraph.exceptions import InputError
from newsgraph.graph.model import Document, make_key
from newsgraph.ingest.read import (DEFAULT_MAX_BYTES, format_size, normalise_date, parse_size, read_text,
                                   read_sources)


def _read(*paths, **kw):
    return list(read_sources([str(p) for p in paths], **kw))


def _docs(items):
    return [i for i in items if isinstance(i, Document)]


def _errors(items):
    return [i for i in items if isinstance(i, InputError)]


@pytest.mark.parametrize("name", ["seed-article.txt"])
def test_read_txt_seed_article(corpus, name):
    (doc,) = _read(corpus / name)
    assert doc.id == "seed-article"
    assert doc.source == str(corpus / name)
    assert doc.text == (corpus / name).read_text(encoding="utf-8").replace("\r\n", "\n")
    assert doc.text.startswith("According to South Korean analysts")
    assert doc.title is None  # first line is a sentence, not a headline


def test_read_directory_recursive_sorted_supported_only(corpus, tmp_path):
    items = _read(corpus / "dev")
    docs = _docs(items)
    assert not _errors(items)
    # .txt and .md are read (README.md is Markdown too); .json and .py are skipped
    names = sorted([p.stem for p in (corpus / "dev").glob("*.txt")] + ["README"])
    assert [d.id for d in docs] == [n.lower() for n in names]
    assert all(d.title for d in docs)  # each dev text starts with a headline line
    assert docs[0].title.startswith("Iran's navy seizes tanker")
    assert docs[-1].title == "Development corpus (dev)"


def test_read_directory_skips_hidden_and_unsupported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Later text.\n")
    (tmp_path / "a.txt").write_text("First text.\n")
    (tmp_path / ".hidden.txt").write_text("hidden\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "notes.json").write_text("{}")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("git internals\n")
    docs = _read(tmp_path)
    assert [d.source for d in docs] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]


def test_read_empty_directory_is_an_error(tmp_path):
    (err,) = _read(tmp_path)
    assert isinstance(err, InputError)
    assert err.source == str(tmp_path) and "no supported files" in err.problem


@pytest.mark.parametrize("content,problem", [
    (b"", "empty file"),
    (b"  \n\t\n", "only whitespace"),
    (b"PK\x03\x04\x00\x00binary\x00zip", "binary file"),
    (bytes(range(1, 32)) * 20, "binary file"),
    (b"Caf\xe9 au lait. The tanker arrived at the port of S\xe8te.", "not valid UTF-8"),
])
def test_read_bad_file_gives_clear_error(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (err,) = _read(path)
    assert isinstance(err, InputError)
    assert err.source == str(path)
    assert problem in err.problem
    assert str(path) in str(err)


def test_read_non_utf8_suggests_encoding_and_reads_with_it(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le navire est arrivé à Sète avec du pétrole.\n".encode("cp1252"))
    (err,) = _read(path)
    assert "--encoding" in err.problem
    (doc,) = _read(path, encoding="cp1252")
    assert doc.text == "Le navire est arrivé à Sète avec du pétrole.\n"


@pytest.mark.parametrize("text", [
    "The tanker Se\u00f1ora docked at Cura\u00e7ao and Malm\u00f6 on Monday, officials in M\u00fcnchen said.\n",
    "Le navire est arriv\u00e9 \u00e0 S\u00e8te avec du p\u00e9trole \u2013 \u00ab\u00a0selon la douane\u00a0\u00bb.\n",
])
def test_read_suggests_the_western_code_page_for_a_short_latin_text(tmp_path, text):
    # the detector alone picked cp1250 or mac_latin2 for such text, and that suggestion garbles it
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    (err,) = _read(path)
    assert "--encoding cp1252" in err.problem, err.problem
    (doc,) = _read(path, encoding="cp1252")
    assert doc.text == text.replace("\u00a0", " ")  # (a no-break space is read as a space: same offsets)


def test_read_unknown_encoding_raises_at_once():
    with pytest.raises(ValueError, match="unknown encoding"):
        read_sources(["x.txt"], encoding="no-such-codec")


@pytest.mark.parametrize("bom,codec", [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                                       (b"\xfe\xff", "utf-16-be")])
def test_read_byte_order_marks(tmp_path, bom, codec):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + "Ship Ωmega docked in Busan.\r\nSecond line.".encode(codec))
    (doc,) = _read(path)
    assert doc.text == "Ship Ωmega docked in Busan.\nSecond line."


def test_read_missing_and_unsupported_paths(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\x00")
    missing, unsupported = _read(tmp_path / "nope.txt", pdf)
    assert missing.source.endswith("nope.txt") and "no such file" in missing.problem
    assert unsupported.source == str(pdf) and "unsupported file type .pdf" in unsupported.problem


def test_read_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 300)
    (err,) = _read(path, max_bytes=1000)
    assert isinstance(err, InputError)
    assert "over the" in err.problem and "--max-bytes" in err.problem
    (doc,) = _read(path, max_bytes=10_000)
    assert isinstance(doc, Document)
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


@pytest.mark.parametrize("text,size", [("1048576", 1048576), ("200MB", 200 * 1024**2), ("1.5k", 1536),
                                       ("1G", 1024**3)])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("bad", ["", "MB", "-1", "12 parsecs"])
def test_parse_size_rejects(bad):
    with pytest.raises(ValueError):
        parse_size(bad)


def test_format_size():
    assert format_size(50 * 1024 * 1024) == "50.0 MB"
    assert format_size(12) == "12 bytes"


def _jsonl(tmp_path, lines, name="articles.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_jsonl_fields_ids_and_bad_lines(tmp_path):
    path = _jsonl(tmp_path, [
        json.dumps({"id": "a-1", "text": "The tanker sailed.", "title": "T1", "published": "1 March 2024"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": "Second article.", "url": "https://example.org/news/2",
                    "published": "2024-03-02T08:30:00Z"}),
        json.dumps({"text": "Third article."}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
        json.dumps({"text": "Bad date.", "published": "the day after never"}),
    ])
    items = _read(path)
    docs, errs = _docs(items), _errors(items)
    assert [(d.id, d.title, d.url, d.published) for d in docs] == [
        ("a-1", "T1", None, "2024-03-01"),
        ("https://example.org/news/2", None, "https://example.org/news/2", "2024-03-02T08:30:00+00:00"),
        (f"articles-{make_key('Third article.')[:12]}", None, None, None),
    ]
    assert docs[0].source == f"{path}:1"
    by_line = {e.source: e.problem for e in errs}
    assert set(by_line) == {f"{path}:{n}" for n in (2, 3, 7, 8, 9)}
    assert "not JSON" in by_line[f"{path}:2"]
    assert "no 'text' field" in by_line[f"{path}:3"] and "title" in by_line[f"{path}:3"]
    assert "JSON object" in by_line[f"{path}:7"]
    assert "'text' must be a string" in by_line[f"{path}:8"]
    assert "'published'" in by_line[f"{path}:9"]


def test_read_jsonl_ids_are_stable_across_runs(tmp_path):
    path = _jsonl(tmp_path, [json.dumps({"text": f"Article {i}."}) for i in range(3)])
    ids = [d.id for d in _read(path)]
    assert ids == [d.id for d in _read(path)] == [f"articles-{make_key(f'Article {i}.')[:12]}" for i in range(3)]
    # a break-it trial: with ids by line number, a line added above moved every article onto another's id
    path = _jsonl(tmp_path, [json.dumps({"text": f"Article {i}."}) for i in (9, 0, 1, 2)])
    assert [d.id for d in _read(path)][1:] == ids


def test_read_jsonl_line_size_limit(tmp_path):
    path = _jsonl(tmp_path, [json.dumps({"text": "x " * 600}), json.dumps({"text": "small"})])
    items = _read(path, max_bytes=1000)
    assert isinstance(items[0], InputError) and items[0].source == f"{path}:1"
    assert isinstance(items[1], Document) and items[1].text == "small"


def test_read_empty_jsonl(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n")
    (err,) = _read(path)
    assert isinstance(err, InputError) and "empty" in err.problem


HTML = """<!doctype html><html><head><title>Tanker seized in strait</title>
<meta property="article:published_time" content="2024-03-01T10:00:00Z">
<link rel="canonical" href="https://news.example.org/tanker-seized">
<script>document.write("SCRIPT TEXT MUST NOT APPEAR")</script>
<style>.x { content: "STYLE TEXT" }</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Tanker seized in strait</h1>
<p>The tanker Ocean Star was seized by the navy on Friday near the port of Basra, officials said.</p>
<p>It was carrying crude oil bound for a refinery, according to the shipping ministry.</p>
<script>var injected = "INLINE SCRIPT";</script>
</article><footer>Copyright 2024 Example News</footer></body></html>"""


def test_read_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML)
    (doc,) = _read(path)
    assert "Ocean Star was seized" in doc.text and "crude oil" in doc.text
    for junk in ("SCRIPT TEXT", "STYLE TEXT", "INLINE SCRIPT", "Copyright"):
        assert junk not in doc.text
    assert doc.title == "Tanker seized in strait"
    assert doc.published == "2024-03-01"
    assert doc.url == doc.id == "https://news.example.org/tanker-seized"


def test_read_html_fragment_and_script_only(tmp_path):
    frag = tmp_path / "frag.htm"
    frag.write_text("<p>A short fragment about a ship.</p>")
    script = tmp_path / "script.html"
    script.write_text("<html><body><script>alert('x')</script><style>p{}</style></body></html>")
    doc, err = _read(frag, script)
    assert doc.text.strip() == "A short fragment about a ship." and doc.id == "frag"
    assert isinstance(err, InputError) and "no main text" in err.problem


def test_read_markdown(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Frigate escorts convoy\n\nThe *frigate* [Sea Lion](https://x.org) escorted two "
                    "tankers.\n\n- first point\n- second point\n")
    (doc,) = _read(path)
    assert doc.title == "Frigate escorts convoy"
    assert "The frigate Sea Lion escorted two tankers." in doc.text
    assert "https://x.org" not in doc.text and "*" not in doc.text


@pytest.mark.parametrize("data,kind", [
    (b"Plain text from a pipe.", "text"),
    (b'{"id": "s1", "text": "From JSONL on stdin."}\n{"text": "Second."}\n', "jsonl"),
    (b"<html><body><article><p>HTML from a pipe about ships.</p></article></body></html>", "html"),
])
def test_read_stdin(data, kind):
    items = list(read_sources(["-"], stdin=io.BufferedReader(io.BytesIO(data))))
    assert all(isinstance(i, Document) for i in items)
    assert items[0].source.startswith("<stdin>")
    if kind == "jsonl":
        assert [d.id for d in items] == ["s1", f"stdin-{make_key('Second.')[:12]}"]
    elif kind == "html":
        assert items[0].text.strip() == "HTML from a pipe about ships."
    else:
        assert items[0].id.startswith("stdin-") and items[0].text == "Plain text from a pipe."


@pytest.mark.parametrize("buffered", [True, False])
def test_read_stdin_text_opening_with_a_brace_is_a_text(buffered):
    # "{Update}" opens a text, not a JSON object: read as one article, not refused as broken JSONL
    data = b"{Update} The tanker Corvo Grey left Basra on Monday.\nA second paragraph.\n"
    stream = io.BufferedReader(io.BytesIO(data)) if buffered else io.BytesIO(data)
    (doc,) = list(read_sources(["-"], stdin=stream))
    assert isinstance(doc, Document) and doc.text.startswith("{Update} The tanker Corvo Grey")


def test_read_stdin_broken_jsonl_is_still_reported():
    # a line that opens like a JSON object but does not parse is JSONL that is broken, not a text
    items = list(read_sources(["-"], stdin=io.BufferedReader(io.BytesIO(b'{"text": "no end\n'))))
    assert len(items) == 1 and isinstance(items[0], InputError) and "not JSON" in str(items[0])


def test_read_same_name_in_two_folders_gets_distinct_stable_ids(tmp_path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "article.txt").write_text(f"Text in {d}.\n")
    first = [d.id for d in _read(tmp_path)]
    assert len(set(first)) == 2 and first[0] == "article"
    assert [d.id for d in _read(tmp_path)] == first
    # the same file given twice is the same document
    again = _read(tmp_path / "x" / "article.txt", tmp_path / "x" / "article.txt")
    assert [d.id for d in again] == ["article", "article"]


def test_read_crlf_normalised(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(b"Headline\r\n\r\nBody text here.\r\n")
    (doc,) = _read(path)
    assert doc.text == "Headline\n\nBody text here.\n" and doc.title == "Headline"


@pytest.mark.parametrize("value,iso", [
    ("2024-03-01", "2024-03-01"), ("1 March 2024", "2024-03-01"), ("March 2024", "2024-03-01"),
    ("2024-03-01T10:00:00Z", "2024-03-01T10:00:00+00:00"), ("2024-03-01 10:00", "2024-03-01T10:00:00"),
    (0, "1970-01-01T00:00:00+00:00"), (None, None), ("  ", None),
])
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso


@pytest.mark.parametrize("value", ["yesterday-ish nonsense", "banana", True, [2024], "-2024-01-01", "+2024-01-01"])
def test_normalise_date_rejects(value):
    with pytest.raises(ValueError):
        normalise_date(value)


def test_read_fifo_inside_a_folder_is_an_error_not_a_hang(tmp_path):
    import os

    from newsgraph.exceptions import InputError
    from newsgraph.ingest.read import read_sources

    (tmp_path / "good.txt").write_text("The tanker Polar Wind docked at Port Zed on Friday, officials said.")
    os.mkfifo(tmp_path / "pipe.txt")
    out = list(read_sources([tmp_path]))
    errors = [o for o in out if isinstance(o, InputError)]
    assert [e.problem for e in errors] == ["not a regular file"]
    assert errors[0].source.endswith("pipe.txt")
    assert [d.id for d in out if not isinstance(d, InputError)] == ["good"]


def test_read_jsonl_lone_surrogate_fails_its_line_only(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "ok1", "text": "The tanker sailed."}\n'
                    '{"id": "sur", "text": "\\ud800 Mahan Air was sanctioned."}\n'
                    '{"id": "ok2", "title": "\\udfff", "text": "The ship docked."}\n', encoding="utf-8")
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["ok1"]
    problems = {e.source: e.problem for e in _errors(items)}
    assert "lone surrogate" in problems[f"{path}:2"] and "'text'" in problems[f"{path}:2"]
    assert "'title'" in problems[f"{path}:3"]


@pytest.mark.parametrize("line, problem", [
    ('{"text": "The tanker Alfa docked.", "x": ' + "[" * 100000 + "]" * 100000 + "}", "nested too deeply"),
    ('{"id": ' + "9" * 5000 + ', "text": "The tanker Alfa docked."}', "out of range"),
])
def test_read_jsonl_line_too_deep_or_too_big_is_one_bad_line(tmp_path, line, problem):
    # one such line is reported with its number and the other lines are read, as for any bad line
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a", "text": "The tanker Alfa docked at Basra."}\n' + line + "\n", encoding="utf-8")
    got = _read(path)
    assert [d.id for d in got if not isinstance(d, InputError)] == ["a"]
    (err,) = [e for e in got if isinstance(e, InputError)]
    assert problem in err.problem and ":2" in err.source


def test_a_utf8_feed_read_as_utf16_is_an_error_for_that_file_only(tmp_path):
    # a break-it trial: --encoding utf-16 on a UTF-8 JSONL feed crashed the whole run with a traceback
    good = tmp_path / "a.txt"
    good.write_text("The tanker Larch Bay called at Tartus.", encoding="utf-16")
    feed = tmp_path / "b.jsonl"
    feed.write_text('{"id": "b1", "text": "The tanker Kestrel Tide called at Aden."}\n', encoding="utf-8")
    items = list(read_sources([str(good), str(feed)], encoding="utf-16"))
    docs = [x for x in items if isinstance(x, Document)]
    errors = [x for x in items if isinstance(x, InputError)]
    assert [d.text for d in docs] == ["The tanker Larch Bay called at Tartus."]
    assert len(errors) == 1 and "b.jsonl" in str(errors[0]) and "utf-16" in str(errors[0])


def test_decomposed_accents_are_read_composed():
    # a break-it trial: "Señora" typed with a combining tilde lost its sanction and listed "Málaga" twice
    nfd = "OFAC sanctioned the Sen\u0303ora E\u0301lan on Tuesday. It called at Ma\u0301laga."
    doc = read_text(nfd.encode("utf-8"), source="nfd.txt", kind="text")
    assert doc.text == unicodedata.normalize("NFC", nfd)
    assert "Señora Élan" in doc.text and "\u0303" not in doc.text
