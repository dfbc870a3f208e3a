#!/usr/bin/env python3
"""Dask LocalCluster (2 worker processes) against the process pool (--workers 2) on one machine.

Usage: python benchmarks/dask_throughput.py [CORPUS_DIR] [--limit N] [--partition-size N]

Both write their output (the pool one JSONL file, as `vnnews extract --workers 2 -o` does through
vnnews.batch.run; Dask its parts folder) and both start warm: the pool's parent has loaded the
models before forking, the cluster is up with its workers warmed (cluster start-up is printed on
its own line). Target: Dask >= 0.85x the pool's articles/s.
CPU time per article (all processes of each run: workers, parent, scheduler) is printed too: on
a shared machine it varies less than wall-clock time. Each measurement runs in its own subprocess;
output goes to a temporary folder, removed after.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2000"


def _files(corpus: Path, limit: int | None) -> list[str]:
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    return files[:limit] if limit else files


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    """CPU seconds (user + system) of this process, or of its reaped children."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _pool(files: list[str], out: Path) -> dict[str, float]:
    from vnnews import batch

    batch.warm_up()  # batch.run warms up before forking too: this takes that out of the timing
    settings = batch.RunSettings(output=out / "pool.jsonl", workers=2, quiet=True)
    t0, cpu0 = time.perf_counter(), _cpu()
    summary = batch.run(files, settings=settings)
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    time.sleep(0.3)  # let the pool's workers exit, then reap them for their CPU time
    multiprocessing.active_children()
    return {"seconds": seconds, "articles": summary.articles, "cpu": cpu + _cpu(resource.RUSAGE_CHILDREN)}


def _dask(files: list[str], out: Path, partition_size: int) -> dict[str, float]:
    from distributed import Client, LocalCluster

    from vnnews import distributed

    t0 = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        client.register_plugin(distributed.WarmUp())  # what extract() registers: the workers are warm
        start = time.perf_counter() - t0
        workers0 = sum(client.run(_cpu).values())
        t0, cpu0 = time.perf_counter(), _cpu()
        summary = distributed.extract(files, out / "parts", client=client, partition_size=partition_size)
        seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
        workers = sum(client.run(_cpu).values()) - workers0
    return {"seconds": seconds, "articles": summary.articles, "cpu": cpu + workers, "start": start}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--partition-size", type=int, default=100, help="articles per Dask task")
    ap.add_argument("--rounds", type=int, default=1, help="alternate the two runs N times, keep each one's best")
    ap.add_argument("--_mode", help=argparse.SUPPRESS)
    a = ap.parse_args()
    files = _files(a.corpus, a.limit)
    if not files:
        print(f"no *.txt articles in {a.corpus}", file=sys.stderr)
        return 2
    if a._mode:
        with tempfile.TemporaryDirectory(prefix="vnnews-bench-") as tmp:
            r = _pool(files, Path(tmp)) if a._mode == "pool" else _dask(files, Path(tmp), a.partition_size)
        print(json.dumps(r))
        return 0
    args = [str(a.corpus), "--partition-size", str(a.partition_size)] + (["--limit", str(a.limit)] if a.limit else [])
    runs: dict[str, dict[str, float]] = {}
    for _ in range(a.rounds):
        for mode in ("pool", "dask"):
            done = subprocess.run([sys.executable, __file__, *args, "--_mode", mode], check=True,
                                  capture_output=True, text=True)
            r = json.loads(done.stdout)
            if mode not in runs or r["seconds"] < runs[mode]["seconds"]:
                runs[mode] = r
    dask = runs["dask"]
    rate = {k: r["articles"] / r["seconds"] for k, r in runs.items()}
    best = f"; best of {a.rounds} rounds" if a.rounds > 1 else ""
    print(f"corpus: {a.corpus} ({len(files)} articles; Dask parts of {a.partition_size}{best})")
    cpu = {k: r["cpu"] / r["articles"] * 1000 for k, r in runs.items()}
    print(f"process pool, 2 workers  : {rate['pool']:8.1f} articles/s  {cpu['pool']:5.1f} ms CPU/article")
    print(f"Dask LocalCluster, 2 w.  : {rate['dask']:8.1f} articles/s  {cpu['dask']:5.1f} ms CPU/article "
          f"(cluster start {dask['start']:.1f} s)")
    print(f"Dask / process pool      : {rate['dask'] / rate['pool']:.2f}x   (target >= 0.85x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
