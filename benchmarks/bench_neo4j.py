"""Neo4j writer throughput: newsgraph's batched writer against a naive one-MERGE-per-relation loop.

Pushes a generated graph (:func:`benchmarks.generate.synthetic_document_graphs`,
20 relations per document, one evidence each) into a real Neo4j with
:func:`newsgraph.graph.neo4j.sync_documents` (``UNWIND $rows ... MERGE`` in
managed write transactions, whole documents per transaction, removal of each
document's earlier contribution first), and measures relations per second.
The baseline, measured in the same run on the same server, writes a sample
of the same relations one at a time: one auto-committed query per relation
that MERGEs both ends and the relationship (``queries.cypher.naive_merge_relation``),
the way a first attempt usually looks. The batched writer is timed on the
same sample too, so the ratio compares like with like, and on the full graph.
The naive loop writes less per relation than newsgraph's model does (no
labels, no Document nodes or MENTIONS, one evidence list), so the ratio
understates the gain per fact.

Needs a running Neo4j: ``eval "$(scripts/neo4j/start.sh)"`` (or ``--uri``).
The benchmark deletes every ``Entity`` and ``Document`` node of the target
database before each phase: never point it at data you want to keep.

Usage::

    .venv/bin/python benchmarks/bench_neo4j.py --relations 1000000 --json out.json
    .venv/bin/python benchmarks/bench_neo4j.py --relations 20000   # a quick look
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from newsgraph.graph import neo4j as ng4  # noqa: E402
from newsgraph.queries import cypher as Q  # noqa: E402


def _graphs(n_entities: int, n_relations: int, seed: int):
    from generate import synthetic_document_graphs

    return list(synthetic_document_graphs(n_entities, n_relations, seed))


def naive_push(driver, graphs, database: str | None) -> int:
    """One auto-committed MERGE query per relation; returns relations written."""
    labels, rel_types = ng4.vocabulary()
    n = 0
    for g in graphs:
        for r in g.relations:
            ev = r.evidence[0]
            driver.execute_query(Q.naive_merge_relation(Q.check_identifier(r.predicate, rel_types)),
                                 subject=r.subject, object=r.object, sentence=ev.sentence,
                                 document=g.document.id, confidence=ev.confidence, database_=database)
            n += 1
    return n


def _take(graphs, n_relations: int):
    out, total = [], 0
    for g in graphs:
        if total >= n_relations:
            break
        out.append(g)
        total += len(g.relations)
    return out, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relations", type=int, default=1_000_000, help="relations in the generated graph")
    ap.add_argument("--entities", type=int, default=None, help="entities (default: relations / 5)")
    ap.add_argument("--sample", type=int, default=10_000, help="relations written by the naive loop")
    ap.add_argument("--batch-size", type=int, default=ng4.DEFAULT_BATCH_SIZE, help="rows per UNWIND query")
    ap.add_argument("--tx-rows", type=int, default=ng4.DEFAULT_TX_ROWS, help="rows per transaction")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--uri", default=os.environ.get("NEWSGRAPH_TEST_NEO4J_URI") or os.environ.get("NEO4J_URI"))
    ap.add_argument("--user", default=os.environ.get("NEWSGRAPH_TEST_NEO4J_USER") or os.environ.get("NEO4J_USERNAME") or "neo4j")
    ap.add_argument("--password", default=os.environ.get("NEWSGRAPH_TEST_NEO4J_PASSWORD") or os.environ.get("NEO4J_PASSWORD"))
    ap.add_argument("--database", default=os.environ.get("NEO4J_DATABASE"))
    ap.add_argument("--json", type=Path, default=None, help="write rows and the Markdown table here")
    args = ap.parse_args(argv)
    if not args.uri:
        ap.error('no Neo4j: eval "$(scripts/neo4j/start.sh)" first, or pass --uri')

    settings = ng4.Neo4jSettings(uri=args.uri, user=args.user, password=args.password, database=args.database)
    driver = ng4.connect(settings)
    db = settings.database
    n_entities = args.entities or max(1000, args.relations // 5)
    info = driver.get_server_info()

    t0 = time.perf_counter()
    graphs = _graphs(n_entities, args.relations, args.seed)
    gen_s = time.perf_counter() - t0
    total_rel = sum(len(g.relations) for g in graphs)
    print(f"[neo4j] generated {len(graphs)} documents, {total_rel} relations in {gen_s:.1f} s", file=sys.stderr)
    sample, sample_rel = _take(graphs, min(args.sample, total_rel))

    ng4.clear(driver, db)
    ng4.ensure_schema(driver, db)

    def batched(gs):
        ng4.clear(driver, db)
        gc.collect()
        t = time.perf_counter()
        res = ng4.sync_documents(driver, gs, database=db, batch_size=args.batch_size, tx_rows=args.tx_rows,
                                 skip_unchanged=False, schema=False)
        return time.perf_counter() - t, res

    # 0. warm-up: compile every query shape (one per label set and relationship type) for both writers
    warm, _ = _take(graphs, min(2000, total_rel))
    batched(warm)
    ng4.clear(driver, db)
    naive_push(driver, warm[:5], db)

    # 1. the same sample, both ways
    s_batched, _ = batched(sample)
    ng4.clear(driver, db)
    t = time.perf_counter()
    naive_n = naive_push(driver, sample, db)
    s_naive = time.perf_counter() - t
    print(f"[neo4j] sample of {sample_rel}: batched {s_batched:.2f} s, naive {s_naive:.2f} s", file=sys.stderr)

    # 2. the full graph with the batched writer
    s_full, res = batched(graphs)
    counts = ng4.graph_counts(driver, db)
    print(f"[neo4j] full: {total_rel} relations in {s_full:.1f} s ({res.transactions} transactions)", file=sys.stderr)
    if counts["relations"] != total_rel or counts["documents"] != len(graphs):
        print(f"[neo4j] count mismatch: {counts}", file=sys.stderr)
        return 1

    # 3. pushing the same documents again: unchanged ones are skipped by checksum
    t = time.perf_counter()
    again = ng4.sync_documents(driver, graphs, database=db, schema=False)
    s_again = time.perf_counter() - t
    assert len(again.unchanged) == len(graphs) and ng4.graph_counts(driver, db) == counts

    ng4.clear(driver, db)
    driver.close()

    rate_naive = naive_n / s_naive
    rate_sample = sample_rel / s_batched
    rate_full = total_rel / s_full
    rows = [
        {"writer": "naive: one auto-committed MERGE query per relation", "relations": naive_n,
         "seconds": round(s_naive, 2), "relations_per_s": round(rate_naive), "ratio_vs_naive": 1.0},
        {"writer": "newsgraph batched (UNWIND, whole documents per transaction), same sample",
         "relations": sample_rel, "seconds": round(s_batched, 2), "relations_per_s": round(rate_sample),
         "ratio_vs_naive": round(rate_sample / rate_naive, 1)},
        {"writer": "newsgraph batched, full graph", "relations": total_rel, "seconds": round(s_full, 1),
         "relations_per_s": round(rate_full), "ratio_vs_naive": round(rate_full / rate_naive, 1)},
        {"writer": "newsgraph re-push of the full graph (unchanged, skipped by checksum)",
         "relations": total_rel, "seconds": round(s_again, 1), "relations_per_s": round(total_rel / s_again),
         "ratio_vs_naive": round(total_rel / s_again / rate_naive, 1)},
    ]
    header = (f"Neo4j {info.agent} at {settings.uri}; {len(graphs)} documents of 20 relations, "
              f"{n_entities} entities, batch {args.batch_size} rows, transactions of ~{args.tx_rows} rows; "
              f"graph in Neo4j after the full push: {counts['entities']} entities, {counts['relations']} "
              f"relationships, {counts['mentions']} MENTIONS.")
    table = [header, "", "| writer | relations | seconds | relations/s | × naive |", "|---|---:|---:|---:|---:|"]
    for r in rows:
        table.append(f"| {r['writer']} | {r['relations']:,} | {r['seconds']} | {r['relations_per_s']:,} | "
                     f"{r['ratio_vs_naive']} |")
    markdown = "\n".join(table)
    print(markdown)
    if args.json:
        args.json.write_text(json.dumps({"benchmark": "neo4j", "relations": total_rel, "entities": n_entities,
                                         "server": info.agent, "rows": rows, "counts": counts,
                                         "markdown": markdown}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
