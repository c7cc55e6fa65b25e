"""Issue 7: the reader never crashes, whatever it is given, and says clearly what is wrong."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.exceptions import InputError
from newsgraph.graph.model import Document
from newsgraph.ingest.read import normalise_date, read_sources

SUFFIXES = [".txt", ".md", ".html", ".htm", ".jsonl", ""]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
articles = st.fixed_dictionaries(
    {}, optional={"text": st.one_of(st.text(max_size=200), json_values), "title": json_values,
                  "url": json_values, "published": st.one_of(st.text(max_size=30), json_values),
                  "id": json_values})


def _check_items(items, path: Path) -> None:
    for item in items:
        assert isinstance(item, (Document, InputError))
        if isinstance(item, InputError):
            assert item.source.startswith(str(path)) and item.problem
        else:
            assert item.text.strip() and isinstance(item.id, str) and item.id
            assert "\x00" not in item.text


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_hardening_reader_any_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("any") / f"input{suffix}"
    path.write_bytes(data)
    items = list(read_sources([path]))
    assert items
    _check_items(items, path)
    if suffix != ".jsonl":
        assert len(items) == 1


@FAST
@given(text=st.text(max_size=2000), suffix=st.sampled_from(SUFFIXES),
       encoding=st.sampled_from([None, "utf-8", "utf-16", "cp1252", "latin-1"]))
def test_hardening_reader_any_text_any_encoding(tmp_path_factory, text, suffix, encoding):
    path = tmp_path_factory.mktemp("txt") / f"input{suffix}"
    try:
        path.write_bytes(text.encode(encoding or "utf-8"))
    except UnicodeEncodeError:
        return
    items = list(read_sources([path], encoding=encoding))
    _check_items(items, path)


@FAST
@given(lines=st.lists(st.one_of(articles.map(json.dumps), st.text(max_size=80).filter(lambda s: "\n" not in s
                                                                                          and "\r" not in s)),
                      max_size=8))
def test_hardening_reader_any_jsonl(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("jsonl") / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_sources([path]))
    _check_items(items, path)
    # every non-blank line is accounted for: a document or an error naming that line
    named = {i.source for i in items}
    for n, line in enumerate(lines, start=1):
        if line.strip():
            assert f"{path}:{n}" in named


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.text(max_size=40), json_values))
def test_hardening_normalise_date_only_valueerror(value):
    try:
        out = normalise_date(value)
    except ValueError:
        return
    assert out is None or isinstance(out, str)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2000))
def test_hardening_reader_any_stdin(data):
    items = list(read_sources(["-"], stdin=io.BufferedReader(io.BytesIO(data))))
    assert items and all(isinstance(i, (Document, InputError)) for i in items)


def test_hardening_html_scripts_and_deep_nesting(tmp_path):
    deep = "<div><span>" * 20000 + "Deeply buried words." + "</span></div>" * 20000
    page = (
        "<html><head><script>window.alert('PAYLOAD IN HEAD')</script></head><body>"
        "<article><p>The cargo ship Northern Light left Tartus for Benghazi on Tuesday, port officials said.</p>"
        "<script type='text/javascript'>var s = '<p>PAYLOAD IN SCRIPT</p>';</script>"
        "<noscript>PAYLOAD IN NOSCRIPT</noscript><iframe src='x'>PAYLOAD IN IFRAME</iframe>"
        "<p onclick=\"alert('PAYLOAD IN ATTRIBUTE')\">It carried grain, according to the shipping agent.</p>"
        f"</article>{deep}</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    (doc,) = read_sources([path])
    assert isinstance(doc, Document)
    assert "Northern Light left Tartus" in doc.text and "grain" in doc.text
    assert "PAYLOAD" not in doc.text


def test_hardening_html_unclosed_and_malformed(tmp_path):
    path = tmp_path / "broken.htm"
    path.write_text("<html><body><p>The tanker Blue Fin<b> was detained <i>at Aden.<p>Second <<<>>> para"
                    "graph & stray </div></span> tags.")
    (doc,) = read_sources([path])
    assert isinstance(doc, Document) and "Blue Fin" in doc.text and "Aden" in doc.text


def test_hardening_large_article_refused_clearly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.write(b"The tanker sailed on. " * (51 * 1024 * 1024 // 22 + 1))
    (err,) = read_sources([path])
    assert isinstance(err, InputError) and err.source == str(path)
    assert "over the 50.0 MB limit" in err.problem and "--max-bytes" in err.problem


def test_hardening_large_jsonl_is_streamed_line_by_line(tmp_path):
    # the size limit applies per line, so a feed larger than the limit still reads
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"text": f"The tanker sailed from Basra, day {i}. " * 30}) + "\n"
                            for i in range(200)))
    assert path.stat().st_size > 100_000
    items = list(read_sources([path], max_bytes=10_000))
    assert len(items) == 200 and all(isinstance(i, Document) for i in items)
    assert len({i.id for i in items}) == 200


@pytest.mark.parametrize("encoding,text", [
    ("cp1252", "Le pétrolier « Étoile » a quitté Sète — selon l’armateur."),
    ("koi8-r", "Танкер \"Звезда\" вышел из порта Находка."),
    ("euc-kr", "북한 선박이 나진항을 떠났다."),
    ("utf-16", "북한 선박 ‏ناقلة‎ Танкер"),
    ("shift_jis", "タンカーが港を出た。"),
])
def test_hardening_encodings(tmp_path, encoding, text):
    path = tmp_path / "enc.txt"
    path.write_bytes(text.encode(encoding))
    (doc,) = read_sources([path], encoding=encoding)
    # direction marks (U+200E/U+200F) are dropped on reading: they hid and split names (a break-it trial)
    assert isinstance(doc, Document) and doc.text == text.replace("\u200f", "").replace("\u200e", "")


PAGE = ('<!DOCTYPE html><html><head><title>Ships</title><script>var s="The U.S. Treasury sanctioned the tanker '
        'Evil Ship.";</script></head><body><article><p>The tanker Silver Dune called at Bandar Abbas in August, '
        'officials said. It was sanctioned last year.</p></article><footer>© 2015 News Co</footer></body></html>')


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_hardening_a_web_page_is_read_as_html_and_dated_by_its_markup_only(tmp_path, name):
    # a break-it trial: a page saved as .txt was read as text (facts came out of its script), and a page with no
    # date took its footer's "© 2015" for the publication date
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    docs = [d for d in read_sources([tmp_path / name]) if isinstance(d, Document)]
    assert len(docs) == 1
    assert "Evil Ship" not in docs[0].text and "Silver Dune" in docs[0].text
    assert docs[0].title == "Ships" and docs[0].published is None
