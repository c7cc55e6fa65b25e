"""Run every benchmark in this folder and write one Markdown report.

Each ``bench_*.py`` script measures newsgraph against a baseline in the same
run (bare spaCy, raw pyoxigraph/rdflib, a naive Neo4j writer, igraph) and
writes its rows as JSON with ``--json OUT``. This runner calls them one after
another, in fresh processes so peak memory is per benchmark, and joins their
tables into ``benchmarks/RESULTS.md`` (or ``--out``).

Usage::

    .venv/bin/python benchmarks/run.py            # full size (tens of minutes)
    .venv/bin/python benchmarks/run.py --quick    # small sizes, a few minutes

Neo4j figures need a running server: ``eval "$(scripts/neo4j/start.sh)"``
first (the runner starts one itself when ``NEWSGRAPH_TEST_NEO4J_URI`` is unset
and the script is there).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

# script -> (quick args, full args)
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "bench_extract.py": (["--docs", "200"], ["--docs", "2000"]),
    "bench_store.py": (["--triples", "100000"], ["--triples", "1000000"]),
    "bench_graph.py": (["--entities", "10000", "--relations", "100000"], ["--entities", "100000", "--relations", "1000000"]),
    "bench_neo4j.py": (["--relations", "100000"], ["--relations", "1000000"]),
}


def _start_neo4j() -> dict[str, str]:
    script = REPO / "scripts" / "neo4j" / "start.sh"
    if os.environ.get("NEWSGRAPH_TEST_NEO4J_URI") or not script.exists():
        return {}
    out = subprocess.run([str(script)], capture_output=True, text=True, check=True).stdout
    env = {}
    for line in out.splitlines():
        if line.startswith("export ") and "=" in line:
            k, v = line[len("export "):].split("=", 1)
            env[k] = v.strip("'\"")
    return env


def _run_measured(cmd: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``cmd``; return its completed process and its peak resident memory in MiB.

    The peak comes from ``os.wait4``'s resource usage of that one child
    (``ru_maxrss``, KiB on Linux), so each benchmark's figure is its own.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(cmd, child.returncode, out.read(), err.read())
    return done, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes (minutes, not tens of minutes)")
    ap.add_argument("--only", action="append", default=[], help="run only this script (repeatable)")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md", help="Markdown report to write")
    args = ap.parse_args(argv)

    env = dict(os.environ)
    started = _start_neo4j() if not args.only or "bench_neo4j.py" in args.only else {}
    env.update(started)
    sections = [f"# newsgraph benchmarks\n\nRun {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} "
                f"({'quick' if args.quick else 'full'} sizes) on {os.cpu_count()} cores. "
                "Every figure is a ratio against a baseline measured in the same run.\n"]
    failures = 0
    peaks: list[tuple[str, float, float]] = []
    try:
        for script, (quick, full) in BENCHMARKS.items():
            if args.only and script not in args.only:
                continue
            path = HERE / script
            if not path.exists():
                sections.append(f"## {script}\n\nnot present\n")
                continue
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "result.json"
                cmd = [sys.executable, str(path), *(quick if args.quick else full), "--json", str(out)]
                print(f"[bench] {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
                t0 = time.perf_counter()
                proc, peak_mib = _run_measured(cmd, env)
                took = time.perf_counter() - t0
                peaks.append((script, took, peak_mib))
                if proc.returncode != 0 or not out.exists():
                    failures += 1
                    sections.append(f"## {script}\n\nFAILED (exit {proc.returncode}):\n\n```\n{proc.stderr[-2000:]}\n```\n")
                    continue
                result = json.loads(out.read_text())
                table = result.get("markdown") or proc.stdout
                sections.append(f"## {script} ({took:.0f} s)\n\n{table.strip()}\n")
    finally:
        if started:
            subprocess.run([str(REPO / "scripts" / "neo4j" / "stop.sh"), started.get("NEWSGRAPH_NEO4J_STATE", "")],
                           capture_output=True)
    if peaks:
        rows = "\n".join(f"| {name} | {took:.0f} | {mib:,.0f} |" for name, took, mib in peaks)
        sections.append("## Peak memory per benchmark process\n\n| benchmark | seconds | peak RSS (MiB) |\n"
                        f"|---|---:|---:|\n{rows}\n")
    args.out.write_text("\n".join(sections))
    print(args.out.read_text())
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
