#!/usr/bin/env python
"""Throughput and memory of `akhbar ingest` on the generated corpus, against the closest datatrove pipeline.

    python bench/ingest_bench.py [--pages 100000] [--corpus DIR] [-j N]

Generates the corpus (bench/gen_corpus.py) unless DIR already holds one of that size and seed, then:

1. akhbar: ``akhbar ingest <shards> --db <fresh db> -j N`` (N = all cores by default): read, parse,
   store raw input and Article, learn site boilerplate, find exact and near duplicates, group
   stories, all into SQLite.
2. datatrove: ``JsonlReader`` -> ``GopherRepetitionFilter`` -> ``MinhashDedupSignature`` with its
   ``LocalPipelineExecutor`` (tasks=2, workers=2), on the same shards: read, one quality filter, and
   the first of MinHash dedup's four stages (signatures only; no buckets, no clustering, nothing
   stored but signature files). Settings are datatrove's defaults; its Arabic word tokenizer
   (spaCy) is replaced by a regex stand-in when spaCy is not installed, which only makes datatrove
   faster; see grouping_eval.py for that and for the xxhash shim.

Each runs in a child process started through this script, which times it (wall clock, from start
to exit) and samples the whole process tree every 0.5 s through /proc (psutil is not installed):
peak RSS summed over the tree (counts pages shared by forked workers once per process, so it
overstates), peak PSS summed over the tree (shares them out: the fair figure) and the largest
single process's RSS. ``getrusage(RUSAGE_CHILDREN)`` is kept in the JSON but not printed: it only
sees processes each parent waited for, which leaves out the workers datatrove's executor starts
from its forkserver. Documents per second count every input line, bad ones included, for both.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import grouping_eval  # noqa: E402

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


# ---------------------------------------------------------------------------------------------
# Measuring a process tree


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` from /proc/<pid>/task/<tid>/children: far cheaper than reading every
    process's stat, which matters when the sampler shares two cores with what it measures."""
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out.extend(int(c) for c in f.read().split())
    except OSError:
        pass
    return out


def descendants(root: int) -> list[int]:
    """``root`` and every process below it."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children(pid))
    return out


def memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in bytes; (0, 0) once it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            rss = int(f.read().split()[1]) * PAGE_SIZE
        pss = 0
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                    break
        return rss, pss
    except (OSError, ValueError, IndexError):
        return 0, 0


def run_measured(cmd: list[str], env: dict[str, str] | None = None, interval: float = 0.5) -> dict[str, Any]:
    """Run ``cmd`` to the end; its wall time and the peak memory of its process tree."""
    peak = {"rss": 0, "pss": 0, "largest": 0}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss = pss = 0
            for pid in descendants(proc.pid):
                r, p = memory(pid)
                rss, pss = rss + r, pss + p
                peak["largest"] = max(peak["largest"], r)
            peak["rss"] = max(peak["rss"], rss)
            peak["pss"] = max(peak["pss"], pss)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return {
        "seconds": seconds,
        "returncode": proc.returncode,
        "tree_peak_rss": peak["rss"],
        "tree_peak_pss": peak["pss"],
        "largest_process_rss": peak["largest"],
        "rusage_children_maxrss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
        "stderr_tail": stderr[-3000:],
    }


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """``run_measured`` in a fresh child of its own, so RUSAGE_CHILDREN sees this command only."""
    wrapper = [sys.executable, str(Path(__file__).resolve()), "_measure", "--", *cmd]
    done = subprocess.run(wrapper, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# ---------------------------------------------------------------------------------------------
# The two pipelines


def datatrove_pipeline(shards_dir: Path, work: Path, tasks: int, workers: int) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.filters import GopherRepetitionFilter
    from datatrove.pipeline.readers import JsonlReader

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(shards_dir), glob_pattern="pages-*.jsonl", adapter=text_or_nothing),
            GopherRepetitionFilter(language=grouping_eval.datatrove_tokenizer()),
            grouping_eval.minhash_signature_step(str(work / "signatures")),
        ],
        tasks=tasks,
        workers=workers,
        logging_dir=str(work / "logs"),
    ).run()


def text_or_nothing(reader: Any, data: dict, path: str, id_in_file: int | str) -> dict:
    """datatrove's own adapter, except that a text that is not a string becomes empty (so the reader
    skips the record): its filters crash on one, where akhbar records a failure and goes on."""
    doc = reader._default_adapter(data, path, id_in_file)
    if not isinstance(doc.get("text"), str):
        doc["text"] = ""
    return doc


def count_lines(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        with path.open("rb") as f:
            total += sum(1 for _ in f)
    return total


def fmt_mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:2] == ["_measure", "--"]:
        print(json.dumps(run_measured(argv[2:])))
        return
    if argv[:1] == ["_datatrove"]:
        shards, work, tasks, workers = argv[1:5]
        datatrove_pipeline(Path(shards), Path(work), int(tasks), int(workers))
        return

    if not Path(f"/proc/{os.getpid()}/task/{threading.get_native_id()}/children").exists():
        raise SystemExit("measuring needs /proc/<pid>/task/<tid>/children (Linux, CONFIG_PROC_CHILDREN)")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--corpus", type=Path, help="corpus directory (default: a temp folder named for size and seed)"
    )
    ap.add_argument(
        "-j", "--jobs", type=int, default=os.cpu_count(), help="akhbar ingest workers (default: all cores)"
    )
    ap.add_argument("--tasks", type=int, default=2, help="datatrove tasks")
    ap.add_argument("--workers", type=int, default=2, help="datatrove workers")
    ap.add_argument("--skip-akhbar", action="store_true")
    ap.add_argument("--skip-datatrove", action="store_true")
    ap.add_argument("--keep-db", type=Path, help="ingest into this database and keep it (must not exist)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)

    corpus = args.corpus or Path(tempfile.gettempdir()) / f"akhbar-corpus-{args.pages}-s{args.seed}"
    manifest = grouping_eval.ensure_corpus(corpus, args.pages, args.seed)
    shards = [corpus / s for s in manifest["shards"]]
    docs = count_lines(shards)
    size = sum(p.stat().st_size for p in shards)
    print(f"corpus {corpus}: {docs:,} lines, {len(shards)} shards, {fmt_mb(size)}; cores: {os.cpu_count()}")
    results: dict[str, Any] = {
        "pages": args.pages,
        "seed": args.seed,
        "input_lines": docs,
        "cores": os.cpu_count(),
    }
    work = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    try:
        if not args.skip_akhbar:
            db = args.keep_db or work / "bench.db"
            if db.exists():
                raise SystemExit(f"{db} exists: the benchmark times a fresh ingest")
            cmd = [
                *grouping_eval.akhbar_command(),
                "ingest",
                *map(str, shards),
                "--db",
                str(db),
                "-j",
                str(args.jobs),
            ]
            results["akhbar"] = measure(cmd)
            results["akhbar"]["command"] = " ".join(["akhbar", *cmd[1:3], "...", *cmd[-4:]])
        if not args.skip_datatrove:
            env = dict(
                os.environ,
                PYTHONPATH=os.pathsep.join(filter(None, [str(BENCH), os.environ.get("PYTHONPATH")])),
            )
            cmd = [
                sys.executable,
                str(Path(__file__).resolve()),
                "_datatrove",
                str(corpus),
                str(work / "dt"),
                str(args.tasks),
                str(args.workers),
            ]
            results["datatrove"] = measure(cmd, env=env)
            results["datatrove"]["settings"] = grouping_eval.DatatroveMinHash().settings
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(
        "| pipeline | what it does | seconds | docs/s | peak PSS (tree) | peak RSS (tree) | largest process |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    what = {
        "akhbar": f"read, parse, store, boilerplate, duplicates, stories (-j {args.jobs})",
        "datatrove": "read, Gopher repetition filter, MinHash signatures "
        f"(tasks={args.tasks}, workers={args.workers})",
    }
    for name in ("akhbar", "datatrove"):
        r = results.get(name)
        if not r:
            continue
        if r["returncode"] != 0:
            print(f"{name} failed ({r['returncode']}):\n{r['stderr_tail']}", file=sys.stderr)
            r["docs_per_s"] = None
            continue
        r["docs_per_s"] = docs / r["seconds"]
        memory = " | ".join(fmt_mb(r[k]) for k in ("tree_peak_pss", "tree_peak_rss", "largest_process_rss"))
        print(f"| {name} | {what[name]} | {r['seconds']:,.1f} | {r['docs_per_s']:,.0f} | {memory} |")
    if results.get("akhbar", {}).get("docs_per_s") and results.get("datatrove", {}).get("docs_per_s"):
        ratio = results["akhbar"]["docs_per_s"] / results["datatrove"]["docs_per_s"]
        results["ratio_akhbar_over_datatrove"] = ratio
        verdict = "at least as fast" if ratio >= 1 else "SLOWER"
        print(f"\nakhbar / datatrove throughput: {ratio:.2f}x ({verdict})")
    if "datatrove" in results:
        print(f"datatrove: {results['datatrove']['settings']}")
    if args.json:
        for r in (results.get("akhbar"), results.get("datatrove")):
            if r:
                r.pop("stderr_tail", None)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
