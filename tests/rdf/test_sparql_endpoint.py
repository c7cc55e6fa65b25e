"""A real SPARQL 1.1 server over HTTP: push the store, query it remotely.

The server comes from ``NEWSGRAPH_TEST_SPARQL_URL`` (``scripts/fuseki/start.sh``
prints it: Apache Jena Fuseki with a TDB2 dataset whose default graph is the
union of its named graphs). Unset: the tests fail under CI (``CI=true``) and
are skipped elsewhere.
"""

from __future__ import annotations

import json
import os
import socket
import uuid

import pyoxigraph as ox
import pytest

from newsgraph.cli import main
from newsgraph.exceptions import QueryError, StoreError
from newsgraph.graph.rdf import document_iri
from newsgraph.graph.sparql_endpoint import SparqlEndpoint
from newsgraph.graph.store import Store


@pytest.fixture(scope="module")
def endpoint_url() -> str:
    url = os.environ.get("NEWSGRAPH_TEST_SPARQL_URL")
    if not url:
        msg = "NEWSGRAPH_TEST_SPARQL_URL is not set; start a server with: eval \"$(scripts/fuseki/start.sh)\""
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return url


def _graph_triples(ep: SparqlEndpoint, graph: str) -> set:
    return set(ep.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))


def _local_graph(store_path, graph: str) -> set:
    with Store.open(store_path, read_only=True) as store:
        return {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph))}


@pytest.mark.sparql
def test_endpoint_push_gsp_copies_every_document_graph(runner, filled_store, endpoint_url):
    res = runner.invoke(main, ["push", "sparql", "--store", str(filled_store), "--endpoint", endpoint_url, "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    docs = [document_iri("news/2024 <one>").value, document_iri("news/два").value]
    assert sorted(summary["graph_iris"]) == sorted(docs) and summary["protocol"] == "gsp"
    ep = SparqlEndpoint(endpoint_url)
    assert set(docs) <= set(ep.graphs())
    for g in docs:
        remote = _graph_triples(ep, g)
        assert remote == _local_graph(filled_store, g)  # no blank nodes: equal sets are isomorphic graphs
        assert len(remote) > 100
    # pushing again replaces, so nothing doubles
    runner.invoke(main, ["push", "sparql", "--store", str(filled_store), "--endpoint", endpoint_url])
    assert _graph_triples(ep, docs[0]) == _local_graph(filled_store, docs[0])


@pytest.mark.sparql
def test_endpoint_push_update_into_one_graph(runner, filled_store, endpoint_url):
    graph = f"https://example.org/newsgraph-test/{uuid.uuid4()}"
    res = runner.invoke(main, ["push", "sparql", "--store", str(filled_store), "--endpoint", endpoint_url,
                               "--protocol", "update", "--graph", graph])
    assert res.exit_code == 0, res.output
    ep = SparqlEndpoint(endpoint_url)
    with Store.open(filled_store, read_only=True) as store:
        union = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, None)}
    assert _graph_triples(ep, graph) == union
    ep.update(f"DROP GRAPH <{graph}>")
    assert graph not in ep.graphs()


@pytest.mark.sparql
@pytest.mark.parametrize("query_args", [
    ["--file", "vessels-and-ports"],
    ["--file", "sanctions"],
    ["--file", "who-reported-what"],
    ["--file", "path-between", "--bind", "from=Council of Westland", "--bind", "to=Port Nadezhda"],
    ["--file", "hops-between", "--bind", "from=Norland", "--bind", "to=Port Nadezhda"],
    ["SELECT ?v ?p WHERE { ?v ng:visited ?p }"],
])
def test_endpoint_named_queries_answer_as_locally(runner, filled_store, endpoint_url, query_args):
    res = runner.invoke(main, ["push", "sparql", "--store", str(filled_store), "--endpoint", endpoint_url])
    assert res.exit_code == 0, res.output
    local = runner.invoke(main, ["sparql", "--store", str(filled_store), "--json", *query_args])
    remote = runner.invoke(main, ["sparql", "--store", str(filled_store), "--endpoint", endpoint_url, "--json",
                                  *query_args])
    assert local.exit_code == 0 and remote.exit_code == 0, (local.output, remote.output)
    rows = lambda out: sorted(json.dumps(b, sort_keys=True) for b in json.loads(out)["results"]["bindings"])  # noqa: E731
    assert rows(local.output) == rows(remote.output)
    assert rows(local.output)


@pytest.mark.sparql
def test_endpoint_ask_construct_and_syntax_error(runner, filled_store, endpoint_url):
    runner.invoke(main, ["push", "sparql", "--store", str(filled_store), "--endpoint", endpoint_url])
    ep = SparqlEndpoint(endpoint_url)
    assert bool(ep.query("ASK { ?v a <https://w3id.org/newsgraph/ontology#Vessel> }"))
    res = runner.invoke(main, ["sparql", "--endpoint", endpoint_url, "CONSTRUCT WHERE { ?s ng:flaggedIn ?o }"])
    assert res.exit_code == 0 and "flaggedIn" in res.output
    with pytest.raises(QueryError, match="rejected the query"):
        ep.query("SELEC ?x")
    res = runner.invoke(main, ["sparql", "--endpoint", endpoint_url, "SELEC ?x"])
    assert res.exit_code == 1 and "rejected the query" in res.output


def test_endpoint_unreachable_server_is_a_clear_error(runner, filled_store):
    """No server listens on a just-released local port: a StoreError, not a traceback."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    url = f"http://127.0.0.1:{port}/ds"
    with pytest.raises(StoreError, match="cannot connect") as err:
        SparqlEndpoint(url, timeout=5).query("ASK {}")
    assert err.value.retryable
    res = runner.invoke(main, ["push", "sparql", "--store", str(filled_store), "--endpoint", url])
    assert res.exit_code == 1 and "cannot connect" in res.output


@pytest.mark.parametrize("url", ["ftp://example.org/sparql", "localhost:3030/ds", ""])
def test_endpoint_rejects_non_http_urls(url):
    with pytest.raises(StoreError, match="http"):
        SparqlEndpoint(url)


@pytest.fixture(scope="module")
def auth_server(endpoint_url, tmp_path_factory):
    """A second Fuseki (same scripts) that requires HTTP basic auth; stopped after the module."""
    import subprocess
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[2] / "scripts" / "fuseki"
    state = str(tmp_path_factory.mktemp("fuseki-auth"))
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_FUSEKI_STATE"}  # never the main server's
    env.update(FUSEKI_STATE_DIR=state, FUSEKI_PASSWORD="s3cret-" + uuid.uuid4().hex[:8], FUSEKI_DB="mem")
    out = subprocess.run([str(scripts / "start.sh")], env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    url = out.stdout.splitlines()[0].split("=", 1)[1]  # http://newsgraph:PW@127.0.0.1:PORT/newsgraph
    yield url, env["FUSEKI_PASSWORD"]
    subprocess.run([str(scripts / "stop.sh"), state], env=env, capture_output=True, timeout=60)


@pytest.mark.sparql
def test_endpoint_basic_auth(runner, filled_store, auth_server):
    url, password = auth_server
    plain = "http://" + url.split("@", 1)[1]
    res = runner.invoke(main, ["push", "sparql", "--store", str(filled_store), "--endpoint", plain])
    assert res.exit_code == 1 and "not authorised" in res.output
    res = runner.invoke(main, ["push", "sparql", "--store", str(filled_store), "--endpoint", plain,
                               "--user", "newsgraph", "--password", password])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["sparql", "--endpoint", plain, "--user", "newsgraph", "--password", password,
                               "ASK { GRAPH ?g { ?v ng:visited ?p } }"])  # mem dataset: no union default graph
    assert res.output.strip() == "true"
    assert bool(SparqlEndpoint(url).query("ASK { GRAPH ?g { ?s ?p ?o } }"))  # credentials in the URL work too
