"""The HTML views in a real headless Chromium: drawn as expected, offline, and article text stays text."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest

from newsgraph.graph.model import Evidence
from newsgraph.queries.influence import ego_network
from newsgraph.queries.paths import shortest_path
from newsgraph.render import render_html

from goldgraphs import gold_document_graph, graph_of

pytestmark = pytest.mark.browser

HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


@pytest.fixture(scope="module")
def graph(corpus: Path) -> nx.MultiDiGraph:
    """The seed article's gold graph plus two entities whose names are markup."""
    G = graph_of(gold_document_graph(corpus / "seed-article.gold.json", doc_id="seed-article"))
    for i, name in enumerate(HOSTILE):
        G.add_node(f"person/hostile-{i}", name=name, type="Person", cls="Person", aliases=[name, name + " alias"])
        ev = Evidence("seed-article", f"{name} leads Russia, said {HOSTILE[1 - i]}.", 0, 10, confidence=0.6,
                      modality="alleged", attributed_to=[HOSTILE[0]])
        G.add_edge(f"person/hostile-{i}", "country/russia", key="LEADS", predicate="LEADS", confidence=0.6,
                   modality="alleged", evidence=[ev], attributed_to=[HOSTILE[0]])
    return G


DOCS = {"seed-article": {"title": "Seed <b>article</b>", "url": "https://example.org/seed?a=1&b=<2>"}}


def drawn(page) -> tuple[int, int]:
    return (page.evaluate("network.body.data.nodes.length"), page.evaluate("network.body.data.edges.length"))


def assert_clean(log, page) -> None:
    errors = [t for kind, t in log.console if kind == "error"]
    assert not errors and not log.errors, (errors, log.errors)
    assert not log.dialogs, f"a dialog opened: {log.dialogs}"
    assert not log.blocked, f"requests outside file://: {log.blocked}"
    assert all(u.startswith("file://") for u in log.requests)
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script[src], link[href]').length") == 0


def test_browser_whole_graph_view(graph, open_view, tmp_path):
    out = tmp_path / "whole.html"
    res = render_html(graph, out, documents=DOCS, title=HOSTILE[1], isolated=True)
    page, log = open_view(out)
    assert drawn(page) == (graph.number_of_nodes(), graph.number_of_edges()) == (res.nodes, res.edges)
    page.screenshot(path=str(tmp_path / "whole.png"))
    assert (tmp_path / "whole.png").stat().st_size > 10_000
    assert_clean(log, page)
    # names that are markup are shown as text: labels, heading, tooltips
    labels = page.evaluate("network.body.data.nodes.get().map(n => n.label)")
    for name in HOSTILE:
        assert name in labels
    assert page.inner_text("#ng-title") == HOSTILE[1]
    assert page.evaluate("document.title") == HOSTILE[1]
    legend = page.inner_text("#ng-legend")
    assert all(t in legend for t in ("Country", "Vessel", "Port", "Person"))
    colours = page.evaluate("Object.fromEntries(network.body.data.nodes.get().map(n => [n.id, n.color]))")
    assert colours["country/russia"] == "#3cb44b" and colours["vessel/lady-r"] == "#f58231"


def _hover(page, node_id: str):
    box = page.evaluate("(() => { const r = document.getElementById('mynetwork').getBoundingClientRect();"
                        " return [r.left, r.top]; })()")
    pos = page.evaluate(f"network.canvasToDOM(network.getPositions([{node_id!r}])[{node_id!r}])")
    page.mouse.move(box[0] + pos["x"], box[1] + pos["y"])
    page.wait_for_timeout(600)
    return box, pos


def test_browser_tooltips_and_details_are_text(graph, open_view, tmp_path):
    out = tmp_path / "focus.html"
    render_html(graph, out, focus="person/hostile-0", depth=1, documents=DOCS, physics=False)
    page, log = open_view(out)
    _hover(page, "person/hostile-0")
    tip = page.evaluate("(() => { const t = document.querySelector('div.vis-tooltip');"
                        " return t && t.style.visibility !== 'hidden' ? t.innerText : null; })()")
    assert tip is not None and tip.startswith(HOSTILE[0]) and HOSTILE[0] + " alias" in tip
    # an edge's evidence: sentence, modality, source document and a link to it, all as text
    edge = page.evaluate("network.body.data.edges.get().find(e => e.from === 'person/hostile-0').id")
    page.evaluate(f"network.selectEdges([{edge!r}]); network.body.emitter.emit('click', "
                  f"{{nodes: [], edges: [{edge!r}]}});")
    panel = page.inner_text("#ng-details")
    assert f"{HOSTILE[0]} leads Russia, said {HOSTILE[1]}." in panel
    assert "alleged" in panel and "Seed <b>article</b>" in panel and "according to: " + HOSTILE[0] in panel
    hrefs = page.evaluate("[...document.querySelectorAll('#ng-details a')].map(a => a.getAttribute('href'))")
    assert hrefs == [DOCS["seed-article"]["url"]]
    assert_clean(log, page)


def test_browser_focus_view_draws_ego_network(graph, open_view, tmp_path):
    out = tmp_path / "rajin.html"
    res = render_html(graph, out, focus="port/rajin", depth=1)
    ego = ego_network(graph, "port/rajin", 1)
    page, log = open_view(out)
    assert drawn(page) == (len(ego), ego.number_of_edges()) == (res.nodes, res.edges)
    ids = set(page.evaluate("network.body.data.nodes.getIds()"))
    assert ids == set(ego)
    page.screenshot(path=str(tmp_path / "rajin.png"))
    assert_clean(log, page)


def test_browser_path_view_highlights_path(graph, open_view, tmp_path):
    p = shortest_path(graph, "vessel/lady-r", "person/kim-jong-un")
    out = tmp_path / "path.html"
    render_html(graph, out, path=p.nodes, path_edges=[(h.subject, h.object, h.predicate) for h in p.hops], depth=1)
    page, log = open_view(out)
    on_path = page.evaluate("network.body.data.edges.get().filter(e => e.ng_path)"
                            ".map(e => [e.from, e.ng_predicate, e.to])")
    assert sorted(map(tuple, on_path)) == sorted((h.subject, h.predicate, h.object) for h in p.hops)
    ids = set(page.evaluate("network.body.data.nodes.getIds()"))
    assert set(p.nodes) <= ids and "country/russia" in ids  # the neighbourhood is drawn too
    page.screenshot(path=str(tmp_path / "path.png"))
    assert_clean(log, page)


def test_browser_type_and_modality_filters(graph, open_view, tmp_path):
    out = tmp_path / "filtered.html"
    res = render_html(graph, out, entity_types=["Vessel", "Port"], modalities=["asserted"])
    page, log = open_view(out)
    types = set(page.evaluate("network.body.data.nodes.get().map(n => n.ng_type)"))
    mods = set(page.evaluate("network.body.data.edges.get().map(e => e.ng_modality)"))
    assert types == {"Vessel", "Port"} and mods == {"asserted"}
    assert drawn(page) == (7, 12) == (res.nodes, res.edges)  # 4 vessels, 3 ports; 12 VISITED
    assert_clean(log, page)


def test_browser_large_graph_is_capped_and_static(open_view, tmp_path):
    rng = random.Random(0)
    G = nx.MultiDiGraph()
    n = 5000
    for i in range(n):
        G.add_node(f"vessel/v{i}", name=f"V{i}", type=rng.choice(["Vessel", "Port", "Country"]))
    for _ in range(12_000):
        u, v = rng.sample(range(n), 2)
        G.add_edge(f"vessel/v{u}", f"vessel/v{v}", key="VISITED", predicate="VISITED", confidence=0.5,
                   modality="asserted", evidence=[], attributed_to=[])
    out = tmp_path / "big.html"
    res = render_html(G, out, max_nodes=1500)
    assert res.nodes == 1500 and any("drawing the 1500" in w for w in res.warnings)
    assert any("physics switched off" in w for w in res.warnings)
    page, log = open_view(out, timeout_ms=60_000)
    assert drawn(page) == (res.nodes, res.edges)
    assert page.evaluate("network.physics.options.enabled") is False
    assert "drawing the 1500" in page.inner_text("#ng-header")
    page.screenshot(path=str(tmp_path / "big.png"))
    assert_clean(log, page)


def test_browser_cli_render_from_store(corpus, open_view, tmp_path):
    """The whole chain: a real store, ``newsgraph render --path``, the page in Chromium."""
    from click.testing import CliRunner

    from newsgraph.cli import main
    from newsgraph.graph.store import Store

    store = tmp_path / "store"
    with Store.open(store) as st:
        st.upsert(gold_document_graph(corpus / "seed-article.gold.json", doc_id="seed-article",
                                      url="https://example.org/seed"))
    out = tmp_path / "cli.html"
    result = CliRunner().invoke(main, ["render", "--out", str(out), "--path", "Maria", "Vladimir Putin",
                                       "--depth", "0", "--store", str(store)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page, log = open_view(out)
    ids = page.evaluate("network.body.data.nodes.getIds()")
    assert ids[0] == "vessel/maria" or "vessel/maria" in ids
    assert "person/vladimir-putin" in ids and len(ids) == 4  # Maria - port - Russia - Putin
    assert len(page.evaluate("network.body.data.edges.get().filter(e => e.ng_path)")) == 3
    assert page.inner_text("#ng-title").startswith("Path: Maria")
    assert_clean(log, page)
