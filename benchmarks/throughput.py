#!/usr/bin/env python3
"""Throughput of vnnews over a folder of articles, against bare underthesea.word_tokenize.

Usage: python benchmarks/throughput.py [CORPUS_DIR] [--limit N] [--pairs N] [--stages] [--pages DIR] [--long [SIZES]]

Prints, in one run: articles/s and chars/s of the full pipeline in one process, the same for bare
``underthesea.word_tokenize`` over the same texts, their ratio, the speed-up of 2 workers over 1,
cold start (a fresh interpreter: import + first article), peak RSS per worker process, and web
pages/s over the test pages (``tests/pages``: trafilatura and metadata alone, then the whole record).
Targets (issue 9): pipeline >= 2.5x word_tokenize, 2 workers >= 1.8x one, cold start <= 1.0 s,
RSS <= 200 MB.
Each measurement runs in its own subprocess so that peak memory and warm caches do not leak across.

On a shared machine wall-clock figures move with the other jobs (the load average is printed
first), so the noisy ones are repeated and read as medians: the pipeline and bare word_tokenize
``--pairs`` times in alternation (default 3; the ratio printed is the median of the pairs' ratios),
cold start ``--runs`` times (default 7, with its CPU seconds, which move less), the 1- and 2-worker
batches ``--repeat`` times in alternation (default 1). The pool's own cost is printed as CPU: all
its processes' CPU seconds over the one worker's, and the speed-up that leaves on two idle cores.
Cold start is timed with Python's bytecode cache (kept in a temporary folder, written by one run first: an installed
vnnews has its .pyc files) and as this environment runs it (PYTHONDONTWRITEBYTECODE set means
vnnews's own modules are compiled from source at every start); that first run also leaves the
vocabularies' JSON copies in the user's cache folder (vnnews._yaml_cache), as any earlier run does.

``--long`` prints how cost grows with the length of one text instead: the first articles of the
corpus joined into one text of 0.5, 1, 2 and 4 M characters (or the sizes given, in M chars),
each timed as one text and as the same articles apart, with peak RSS. Target: one text within
1.3x of the same articles apart, at every size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2000"
DEFAULT_PAGES = REPO / "tests" / "pages"
HTML_ROUNDS = 3


def _positive(text: str) -> int:
    """A count of timed runs: at least one, or there is no median to read."""
    n = int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _files(corpus: Path, limit: int | None) -> list[str]:
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    return files[:limit] if limit else files


def _joined(files: list[str], chars: int) -> list[str]:
    """The first articles whose joined text (blank line between) reaches ``chars`` characters."""
    from vnnews.reader import read_article

    texts: list[str] = []
    total = 0
    for f in files:
        if total >= chars:
            break
        texts.append(read_article(f)[0])
        total += len(texts[-1]) + 2
    return texts


def _measure_long(mode: str, files: list[str]) -> dict[str, float]:
    """``long-one:N`` or ``long-apart:N``: N characters of articles extracted as one text or one by one."""
    from underthesea import word_tokenize

    import vnnews

    how, chars = mode.split(":")
    texts = _joined(files, int(chars))
    vnnews.extract(texts[0][:2000])
    word_tokenize(texts[0][:200])  # its model loads on first use: not part of either timing
    t0 = time.process_time()  # CPU time: on a shared machine, the growth shows through other load
    if how == "long-one":
        vnnews.extract("\n\n".join(texts), options=vnnews.Options(max_bytes=2**31 - 1))
    else:
        for t in texts:
            vnnews.extract(t)
    return {"seconds": time.process_time() - t0, "chars": sum(map(len, texts)), "articles": len(texts),
            "peak_mb": _peak_mb()}


def _long(corpus: Path, limit: int | None, sizes: list[float]) -> None:
    """Print the cost curve of one long text against the same articles apart."""
    print(f"one long text vs the same articles apart ({corpus}; fresh process each, after warm-up)")
    print(" M chars  articles | one text: CPU s  peak MB | apart: CPU s  peak MB | one / apart")
    for size in sizes:
        n = int(size * 1e6)
        one, apart = _sub(f"long-one:{n}", corpus, limit), _sub(f"long-apart:{n}", corpus, limit)
        print(f"{one['chars'] / 1e6:8.2f} {one['articles']:9.0f} | {one['seconds']:14.1f} {one['peak_mb']:8.0f} |"
              f" {apart['seconds']:11.1f} {apart['peak_mb']:8.0f} | {one['seconds'] / apart['seconds']:.2f}x"
              f"   (target <= 1.3x)")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    """CPU seconds (user + system) of this process, or of its reaped children."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _measure(mode: str, files: list[str]) -> dict[str, float]:
    """Run one measurement in this (fresh) process and return its figures."""
    from underthesea import word_tokenize

    import vnnews
    from vnnews import batch
    from vnnews.document import Document
    from vnnews.normalize import normalize
    from vnnews.reader import read_article

    if mode.startswith("long-"):
        return _measure_long(mode, files)
    started = time.perf_counter()
    texts = [read_article(f)[0] for f in files]
    read_s = time.perf_counter() - started
    chars = sum(map(len, texts))
    batch.warm_up(model=True)  # load models (word segmentation, POS tagger) and vocabularies outside the timing
    vnnews.extract(texts[0])
    word_tokenize(texts[0])
    t0, cpu0 = time.perf_counter(), _cpu()
    if mode == "pipeline":
        for t in texts:
            vnnews.extract(t)
    elif mode == "word_tokenize":
        for t in texts:
            word_tokenize(t)
    elif mode == "stages":
        out: dict[str, float] = {"read": read_s}
        for name, fn in (("normalize", normalize), ("normalize+segment", Document.from_text)):
            t0 = time.perf_counter()
            for t in texts:
                fn(t)
            out[name] = time.perf_counter() - t0
        return out | {"chars": chars, "articles": len(texts)}
    elif mode.startswith("workers"):
        n = int(mode.removeprefix("workers"))
        t0, cpu0, children0 = time.perf_counter(), _cpu(), _cpu(resource.RUSAGE_CHILDREN)
        for r in batch.extract_files(files, workers=n):
            assert r.ok, r.message
        seconds = time.perf_counter() - t0
        import multiprocessing

        time.sleep(0.3)  # let the pool's workers exit, then reap them for their peak RSS and CPU time
        multiprocessing.active_children()
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return {"seconds": seconds, "chars": chars, "articles": len(files),
                "worker_peak_mb": children if n > 1 else _peak_mb(),
                "cpu": _cpu() - cpu0 + _cpu(resource.RUSAGE_CHILDREN) - children0}
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "chars": chars, "articles": len(texts), "peak_mb": _peak_mb(), "cpu": _cpu() - cpu0}


def _measure_html(pages: Path) -> dict[str, float]:
    """Web pages: read_page alone (trafilatura + metadata), then extract_html (the whole record)."""
    import gzip

    import vnnews
    from vnnews.html import read_page

    docs = []
    for p in sorted(pages.iterdir()):
        if p.name.endswith((".html", ".htm", ".html.gz")):
            data = p.read_bytes()
            docs.append((gzip.decompress(data) if p.name.endswith(".gz") else data).decode("utf-8"))
    vnnews.extract_html(docs[0])  # load models, vocabularies and trafilatura outside the timing
    t0 = time.perf_counter()
    texts = [read_page(d).text for _ in range(HTML_ROUNDS) for d in docs]
    read_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(HTML_ROUNDS):
        for d in docs:
            vnnews.extract_html(d)
    full_s = time.perf_counter() - t0
    return {"pages": len(docs) * HTML_ROUNDS, "html_chars": sum(map(len, docs)) * HTML_ROUNDS,
            "text_chars": sum(map(len, texts)), "read_seconds": read_s, "seconds": full_s}


def _sub(mode: str, corpus: Path, limit: int | None) -> dict[str, float]:
    args = [sys.executable, __file__, str(corpus), "--_mode", mode] + (["--limit", str(limit)] if limit else [])
    return json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)


COLD = "import vnnews, sys; vnnews.extract_file(sys.argv[1])"


def _started(first: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh interpreter importing vnnews and extracting ``first``."""
    t0, cpu0 = time.perf_counter(), _cpu(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", COLD, first], check=True, env=env)
    return time.perf_counter() - t0, _cpu(resource.RUSAGE_CHILDREN) - cpu0


def _cold_starts(first: str, runs: int) -> dict[str, list[tuple[float, float]]]:
    """``runs`` cold starts with a bytecode cache and as this environment runs them, in alternation."""
    with tempfile.TemporaryDirectory(prefix="vnnews-pyc-") as cache:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        _started(first, cached)  # writes the cache
        out: dict[str, list[tuple[float, float]]] = {"cached": [], "as is": []}
        for _ in range(runs):
            out["cached"].append(_started(first, cached))
            out["as is"].append(_started(first, dict(os.environ)))
        return out


def _spread(runs: list[tuple[float, float]]) -> str:
    """'0.85 s median of 7 (0.80-1.20 s; CPU 0.78 s)': wall median and range, CPU median."""
    walls = [w for w, _ in runs]
    cpu = statistics.median(c for _, c in runs)
    wall = statistics.median(walls)
    return f"{wall:.2f} s median of {len(runs)} ({min(walls):.2f}-{max(walls):.2f} s; CPU {cpu:.2f} s)"


def _median_run(runs: list[dict[str, float]]) -> dict[str, float]:
    """The run of median seconds (the first of the two middle ones when even), its CPU the median CPU (if timed)."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    cpu = {"cpu": statistics.median(r["cpu"] for r in runs)} if all("cpu" in r for r in runs) else {}
    return ordered[(len(ordered) - 1) // 2] | cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--stages", action="store_true", help="also time reading, normalising and segmenting")
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of web pages for the HTML figures")
    ap.add_argument("--long", nargs="?", const="0.5,1,2,4", metavar="SIZES",
                    help="cost of one long text vs the same articles apart, at these M chars (default 0.5,1,2,4)")
    ap.add_argument("--runs", type=_positive, default=7, help="cold starts timed (median; default 7)")
    ap.add_argument("--pairs", type=_positive, default=3,
                    help="pipeline and bare word_tokenize timed in turn this many times (median ratio; default 3)")
    ap.add_argument("--repeat", type=_positive, default=1,
                    help="1- and 2-worker batches timed in turn (median; default 1)")
    ap.add_argument("--_mode", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a._mode == "html":
        print(json.dumps(_measure_html(a.pages)))
        return 0
    files = _files(a.corpus, a.limit)
    if not files:
        print(f"no *.txt articles in {a.corpus}", file=sys.stderr)
        return 2
    if a._mode:
        print(json.dumps(_measure(a._mode, files)))
        return 0
    if a.long:
        _long(a.corpus, a.limit, [float(x) for x in a.long.split(",")])
        return 0

    def rate(r: dict[str, float]) -> str:
        return f"{r['articles'] / r['seconds']:8.1f} articles/s {r['chars'] / r['seconds'] / 1000:8.1f} k chars/s"

    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures move with other jobs)")
    pairs = [(_sub("pipeline", a.corpus, a.limit), _sub("word_tokenize", a.corpus, a.limit)) for _ in range(a.pairs)]
    pipe, wt = (_median_run([p[i] for p in pairs]) for i in (0, 1))
    pair_ratios = sorted(w["seconds"] / p["seconds"] for p, w in pairs)
    cpu_ratio = statistics.median(w["cpu"] / p["cpu"] for p, w in pairs)
    runs = [(_sub("workers1", a.corpus, a.limit), _sub("workers2", a.corpus, a.limit)) for _ in range(a.repeat)]
    one, two = (_median_run([r[i] for r in runs]) for i in (0, 1))
    cold = _cold_starts(files[0], a.runs)
    print(f"corpus: {a.corpus} ({len(files)} articles, {pipe['chars'] / 1e6:.2f} M chars)")
    print(f"full pipeline, 1 process : {rate(pipe)}  (peak RSS {pipe['peak_mb']:.0f} MB)")
    print(f"bare word_tokenize       : {rate(wt)}  (peak RSS {wt['peak_mb']:.0f} MB)")
    print(f"pipeline / word_tokenize : {statistics.median(pair_ratios):.2f}x   (target >= 2.5x; median of "
          f"{len(pairs)} pairs timed in turn: {', '.join(f'{r:.2f}' for r in pair_ratios)}; "
          f"in CPU seconds {cpu_ratio:.2f}x)")
    print(f"batch, 1 worker          : {rate(one)}")
    print(f"batch, 2 workers         : {rate(two)}")
    ratios = ", ".join(f"{o['seconds'] / t['seconds']:.2f}" for o, t in runs)
    print(f"2 workers / 1 worker     : {one['seconds'] / two['seconds']:.2f}x   (target >= 1.8x; runs: {ratios})")
    print(f"pool CPU / 1 worker CPU  : {two['cpu'] / one['cpu']:.3f}   (all its processes: at most "
          f"{2 * one['cpu'] / two['cpu']:.2f}x on two idle cores)")
    print(f"cold start               : {_spread(cold['cached'])}  (import + first article, fresh interpreter, "
          "bytecode cached; target <= 1.0 s)")
    dont = "set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "not set"
    print(f"cold start, env as is    : {_spread(cold['as is'])}  (PYTHONDONTWRITEBYTECODE {dont})")
    print(f"peak RSS per worker      : {two['worker_peak_mb']:.0f} MB (target <= 200 MB)")
    if a.pages.is_dir():
        args = [sys.executable, __file__, "--_mode", "html", "--pages", str(a.pages)]
        h = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
        print(f"web pages, trafilatura   : {h['pages'] / h['read_seconds']:8.1f} pages/s    "
              f"{h['html_chars'] / h['read_seconds'] / 1000:8.1f} k HTML chars/s  ({h['pages']} pages)")
        print(f"web pages, whole record  : {h['pages'] / h['seconds']:8.1f} pages/s    "
              f"{h['html_chars'] / h['seconds'] / 1000:8.1f} k HTML chars/s "
              f"{h['text_chars'] / h['seconds'] / 1000:6.1f} k text chars/s")
    if a.stages:
        st = _sub("stages", a.corpus, a.limit)
        for k in ("read", "normalize", "normalize+segment"):
            print(f"stage {k:<19}: {st[k]:6.2f} s  {st['chars'] / st[k] / 1e6:6.2f} M chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
