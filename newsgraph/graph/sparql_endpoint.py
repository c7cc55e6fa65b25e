"""A client for any SPARQL 1.1 server over HTTP, and pushing the store to one.

Queries follow the SPARQL 1.1 Protocol (POST ``application/sparql-query``),
updates the SPARQL 1.1 Update protocol (POST ``application/sparql-update``),
and graph uploads the SPARQL 1.1 Graph Store HTTP Protocol (``PUT ?graph=IRI``
with an N-Triples body). Results are parsed with pyoxigraph, so a remote
answer has the same Python types as one from the embedded store
(``QuerySolutions``, ``QueryBoolean`` or ``QueryTriples``-like list of triples).

Tested against Apache Jena Fuseki 5.6 (``scripts/fuseki/start.sh``), whose
dataset URL (``http://host:3030/ds``) answers all three protocols. For servers
that use separate URLs (GraphDB ``/repositories/r`` and
``/repositories/r/statements``, Virtuoso ``/sparql`` and ``/sparql-graph-crud``)
pass ``update_url`` and ``gsp_url``.

References
----------
SPARQL 1.1 Protocol, https://www.w3.org/TR/sparql11-protocol/
SPARQL 1.1 Graph Store HTTP Protocol, https://www.w3.org/TR/sparql11-http-rdf-update/
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests

from ..exceptions import QueryError, StoreError

__all__ = ["SparqlEndpoint", "PushResult", "push_quads"]

_RESULTS_ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, "
    "text/turtle;q=0.8, application/sparql-results+xml;q=0.5"
)


def _split_userinfo(url: str) -> tuple[str, str | None, str | None]:
    """``http://u:p@host/x`` -> (``http://host/x``, ``u``, ``p``)."""
    parts = urlsplit(url)
    if parts.username is None:
        return url, None, None
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    from urllib.parse import unquote

    clean = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return clean, unquote(parts.username), unquote(parts.password or "")


@dataclass
class PushResult:
    """What :meth:`SparqlEndpoint.push` wrote.

    Attributes
    ----------
    graphs : list of str
        Named graph IRIs written (replaced) on the server.
    triples : int
        Triples sent, summed over graphs.
    protocol : str
        ``"gsp"`` or ``"update"``.
    """

    graphs: list[str] = field(default_factory=list)
    triples: int = 0
    protocol: str = "gsp"


class SparqlEndpoint:
    """A SPARQL 1.1 server reached over HTTP.

    Parameters
    ----------
    url : str
        Query endpoint, e.g. Fuseki's dataset URL ``http://localhost:3030/ds``.
        Credentials may be given in the URL (``http://user:pw@host/ds``).
    update_url : str, optional
        SPARQL Update endpoint; defaults to ``url``.
    gsp_url : str, optional
        Graph Store Protocol endpoint; defaults to ``url``.
    user, password : str, optional
        HTTP basic authentication (override credentials in the URL).
    timeout : float
        Seconds to wait for each HTTP request (default 60).

    Examples
    --------
    >>> ep = SparqlEndpoint("http://localhost:3030/ds")  # doctest: +SKIP
    >>> bool(ep.query("ASK {}"))                          # doctest: +SKIP
    True
    """

    def __init__(self, url: str, *, update_url: str | None = None, gsp_url: str | None = None,
                 user: str | None = None, password: str | None = None, timeout: float = 60.0):
        if not url or urlsplit(url).scheme not in ("http", "https"):
            raise StoreError(f"SPARQL endpoint {url!r}: expected an http(s) URL")
        self.url, url_user, url_password = _split_userinfo(url)
        self.update_url = _split_userinfo(update_url)[0] if update_url else self.url
        self.gsp_url = _split_userinfo(gsp_url)[0] if gsp_url else self.url
        user = user if user is not None else url_user
        password = password if password is not None else url_password
        self.timeout = timeout
        self.session = requests.Session()
        if user is not None:
            self.session.auth = (user, password or "")
        self.session.headers["User-Agent"] = "newsgraph (SPARQL 1.1 client)"

    # ------------------------------------------------------------------ HTTP
    def _request(self, method: str, url: str, **kw: Any) -> requests.Response:
        try:
            resp = self.session.request(method, url, timeout=self.timeout, **kw)
        except requests.exceptions.ConnectionError as exc:
            raise StoreError(f"SPARQL endpoint {url}: cannot connect ({exc.__class__.__name__}); "
                             "is the server running and the URL right?", retryable=True) from exc
        except requests.exceptions.Timeout as exc:
            raise StoreError(f"SPARQL endpoint {url}: no answer within {self.timeout}s", retryable=True) from exc
        if resp.status_code in (401, 403):
            raise StoreError(f"SPARQL endpoint {url}: HTTP {resp.status_code}, not authorised; "
                             "give --user and --password (or check them)")
        return resp

    @staticmethod
    def _detail(resp: requests.Response) -> str:
        text = (resp.text or "").strip()
        return text[:800] if text else resp.reason

    # ----------------------------------------------------------------- query
    def query(self, sparql: str):
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query.

        Parameters
        ----------
        sparql : str
            SPARQL 1.1 query text, sent as is.

        Returns
        -------
        pyoxigraph.QuerySolutions or pyoxigraph.QueryBoolean or list of pyoxigraph.Triple
            Solutions for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE.

        Raises
        ------
        QueryError
            When the server rejects the query (HTTP 400: syntax error etc.).
        StoreError
            When the server cannot be reached or fails (5xx; ``retryable`` for 502-504).
        """
        resp = self._request("POST", self.url, data=sparql.encode("utf-8"), headers={
            "Content-Type": "application/sparql-query; charset=utf-8", "Accept": _RESULTS_ACCEPT})
        if resp.status_code == 400:
            raise QueryError(f"SPARQL endpoint {self.url} rejected the query: {self._detail(resp)}")
        if resp.status_code >= 300:
            raise StoreError(f"SPARQL endpoint {self.url}: HTTP {resp.status_code}: {self._detail(resp)}",
                             retryable=resp.status_code in (502, 503, 504))
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        try:
            if ctype in ("application/sparql-results+json", "application/json"):
                return ox.parse_query_results(resp.content, ox.QueryResultsFormat.JSON)
            if ctype == "application/sparql-results+xml":
                return ox.parse_query_results(resp.content, ox.QueryResultsFormat.XML)
            fmt = ox.RdfFormat.from_media_type(ctype)
            if fmt is None:
                raise StoreError(f"SPARQL endpoint {self.url}: unexpected result type {ctype!r}")
            return [q.triple for q in ox.parse(resp.content, fmt)]
        except SyntaxError as exc:
            raise StoreError(f"SPARQL endpoint {self.url}: cannot parse its {ctype} answer: {exc}") from exc

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update request.

        Raises
        ------
        QueryError
            HTTP 400 (malformed update).
        StoreError
            Other failures, or a server that does not allow updates.
        """
        resp = self._request("POST", self.update_url, data=sparql.encode("utf-8"),
                             headers={"Content-Type": "application/sparql-update; charset=utf-8"})
        if resp.status_code == 400:
            raise QueryError(f"SPARQL endpoint {self.update_url} rejected the update: {self._detail(resp)}")
        if resp.status_code >= 300:
            hint = " (is update enabled on the server?)" if resp.status_code in (404, 405) else ""
            raise StoreError(f"SPARQL endpoint {self.update_url}: HTTP {resp.status_code}{hint}: "
                             f"{self._detail(resp)}", retryable=resp.status_code in (502, 503, 504))

    # ----------------------------------------------------- graph store protocol
    def put_graph(self, graph: str | None, triples: Iterable[ox.Triple]) -> int:
        """Replace one graph on the server (Graph Store Protocol ``PUT``).

        Parameters
        ----------
        graph : str or None
            Named graph IRI; None for the default graph.
        triples : iterable of pyoxigraph.Triple

        Returns
        -------
        int
            Number of triples sent.

        Raises
        ------
        StoreError
            When the server refuses the upload.
        """
        triples = list(triples)
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        params = {"graph": graph} if graph else {"default": ""}
        resp = self._request("PUT", self.gsp_url, params=params, data=body,
                             headers={"Content-Type": "application/n-triples; charset=utf-8"})
        if resp.status_code >= 300:
            hint = " (is update enabled on the server?)" if resp.status_code in (404, 405) else ""
            raise StoreError(f"SPARQL endpoint {self.gsp_url}: PUT graph {graph or 'default'} failed, "
                             f"HTTP {resp.status_code}{hint}: {self._detail(resp)}",
                             retryable=resp.status_code in (502, 503, 504))
        return len(triples)

    def graphs(self) -> list[str]:
        """IRIs of the server's named graphs (by a SELECT over ``GRAPH ?g``)."""
        res = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(sol["g"].value for sol in res)

    # ------------------------------------------------------------------ push
    def push(self, quads: Iterable[ox.Quad], *, graph: str | None = None, protocol: str = "gsp",
             batch_size: int = 10_000) -> PushResult:
        """Write quads to the server, replacing each named graph they fill.

        Parameters
        ----------
        quads : iterable of pyoxigraph.Quad
            Typically every quad of the embedded store (one named graph per document).
        graph : str, optional
            Put everything into this one named graph instead of keeping the
            quads' own graphs.
        protocol : {"gsp", "update"}
            ``gsp``: one Graph Store Protocol ``PUT`` per graph (fast, atomic per
            graph). ``update``: ``DROP SILENT GRAPH`` then ``INSERT DATA`` in
            batches of ``batch_size`` triples, for servers without the Graph Store Protocol.
        batch_size : int
            Triples per ``INSERT DATA`` request (``update`` only).

        Returns
        -------
        PushResult

        Raises
        ------
        StoreError, QueryError
            As raised by :meth:`put_graph` and :meth:`update`.
        """
        if protocol not in ("gsp", "update"):
            raise StoreError(f"unknown push protocol {protocol!r}; use 'gsp' or 'update'")
        if graph is not None:
            try:
                ox.NamedNode(graph)
            except ValueError as exc:
                raise StoreError(f"--graph {graph!r} is not a valid IRI: {exc}") from None
        by_graph: dict[str | None, list[ox.Triple]] = {}
        for q in quads:
            if graph is not None:
                key = graph
            elif isinstance(q.graph_name, ox.DefaultGraph):
                key = None
            else:
                key = q.graph_name.value
            by_graph.setdefault(key, []).append(q.triple)
        result = PushResult(protocol=protocol)
        for g, triples in sorted(by_graph.items(), key=lambda kv: kv[0] or ""):
            if protocol == "gsp":
                result.triples += self.put_graph(g, triples)
            else:
                target = f"GRAPH <{g}>" if g else "DEFAULT"
                self.update(f"DROP SILENT {target}")
                for chunk in _chunks(triples, batch_size):
                    body = ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
                    self.update(f"INSERT DATA {{ GRAPH <{g}> {{\n{body}}} }}" if g else f"INSERT DATA {{\n{body}}}")
                result.triples += len(triples)
            if g:
                result.graphs.append(g)
        return result


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), max(1, size)):
        yield items[i:i + size]


def push_quads(url: str, quads: Iterable[ox.Quad], **kw: Any) -> PushResult:
    """Convenience: ``SparqlEndpoint(url).push(quads, **kw)`` (see :meth:`SparqlEndpoint.push`)."""
    ep_kw = {k: kw.pop(k) for k in ("update_url", "gsp_url", "user", "password", "timeout") if k in kw}
    return SparqlEndpoint(url, **ep_kw).push(quads, **kw)
