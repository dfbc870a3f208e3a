"""The Dask run on a LocalCluster (2 worker processes): same records and failures as the process pool.

One cluster serves the module, with ``allowed-failures`` 1 (a part is retried once after its worker
dies, then isolated) so that worker deaths stay few and the module stays fast. Worker deaths are
caused by tests/dask_hooks.py, a plugin registered here only.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
import dask
import fsspec
from click.testing import CliRunner
from distributed import Client, LocalCluster

from tests.dask_hooks import POISON, STALL, Hooks
from vnnews import batch, distributed, parts
from vnnews.cli import cli
from vnnews.options import Options
from vnnews.sources import list_sources

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("VNNEWS_CORPUS", REPO.parent / "shared" / "corpus" / "baomoi-2000"))
GOOD = "Trao thưởng\nDịp này, 25 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.\n"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not found")


def _corpus(folder: Path, n: int) -> Path:
    """The first ``n`` corpus articles (copies), plus an empty and a binary file the pool reports as failures."""
    folder.mkdir(parents=True)
    for name in sorted(p.name for p in CORPUS.glob("*.txt"))[:n]:
        shutil.copy(CORPUS / name, folder / name)
    (folder / "empty.txt").write_bytes(b"  \n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    return folder


def _reference(folder: Path) -> tuple[str, str]:
    """Records and failures of an in-process run, in the process pool's JSONL form."""
    records, failures = [], []
    for r in batch.extract_folder(folder, workers=1):
        if r.article is not None:
            records.append(batch.dump(r.article) + "\n")
        else:
            failures.append(json.dumps(r.error_record(), ensure_ascii=False) + "\n")
    return "".join(records), "".join(failures)


def _merged(out: Path | str, tmp: Path) -> tuple[str, str]:
    """Merge ``out`` and return the merged records and failures ('' when there are none)."""
    target = tmp / "merged.jsonl"
    parts.merge(out, target)
    errors = target.with_name("merged.jsonl.errors.jsonl")
    return target.read_text(encoding="utf-8"), errors.read_text(encoding="utf-8") if errors.exists() else ""


@pytest.fixture(scope="module")
def flags(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("flags")


@pytest.fixture(scope="module")
def client(flags: Path) -> Iterator[Client]:
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    with cluster, Client(cluster) as c:
        c.register_plugin(Hooks(flags))
        yield c


@needs_corpus
def test_dask_run_merges_to_the_process_pool_output(tmp_path: Path, client: Client) -> None:
    src = _corpus(tmp_path / "articles", 300)
    ref = tmp_path / "pool.jsonl"
    pool = subprocess.run([sys.executable, "-m", "vnnews", "extract", str(src), "-o", str(ref), "--workers", "2",
                           "--quiet"], capture_output=True, text=True, check=False, timeout=300)
    assert pool.returncode == 1, pool.stderr  # the two broken files
    summary = distributed.extract(src, tmp_path / "out", client=client, partition_size=40)
    assert (summary.articles, summary.failed, summary.parts) == (302, 2, 8)
    records, failures = _merged(tmp_path / "out", tmp_path)
    assert records == ref.read_text(encoding="utf-8")
    assert failures == (tmp_path / "pool.jsonl.errors.jsonl").read_text(encoding="utf-8")
    for part in sorted((tmp_path / "out").glob("part-*.jsonl")):
        text = part.read_bytes()
        assert not text or text.endswith(b"\n")
    assert not list((tmp_path / "out").glob(".*"))  # no temporary file left behind


@needs_corpus
def test_killed_worker_and_reruns_lose_or_double_nothing(tmp_path: Path, client: Client, flags: Path) -> None:
    src = _corpus(tmp_path / "articles", 40)
    stalled = src / "zz-stalls.txt"  # sorted last: its part starts after others are done
    stalled.write_bytes(GOOD.encode() + STALL + b"\n")
    out = tmp_path / "out"
    killed: list[int] = []

    def kill_the_stalled_worker() -> None:
        pid_file = flags / "stalled.pid"
        deadline = time.monotonic() + 60
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        pid = int(pid_file.read_text())
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    killer = threading.Thread(target=kill_the_stalled_worker)
    killer.start()
    pids = set(client.run(os.getpid).values())
    summary = distributed.extract(src, out, client=client, partition_size=8)
    killer.join()
    assert killed  # a worker of this cluster died mid-part
    assert killed[0] in pids
    assert (summary.articles, summary.failed) == (43, 2)
    expected = _reference(src)
    assert _merged(out, tmp_path) == expected

    # A run stopped half-way: two parts never written, a temporary file left by a dying writer.
    kept = {p: p.stat().st_mtime_ns for p in out.glob("part-0000[0-2]*.jsonl")}
    for p in [*out.glob("part-00003*"), *out.glob("part-00005*")]:
        p.unlink()
    (out / ".part-00003.jsonl.0123456789ab.tmp").write_text('{"torn', encoding="utf-8")
    again = distributed.extract(src, out, client=client, partition_size=8)
    assert (again.articles, again.skipped, again.parts_skipped) == (8 + 3, 43 - 11, 4)
    assert {p: p.stat().st_mtime_ns for p in kept} == kept  # finished parts are not redone
    assert not list(out.glob(".*"))  # the torn temporary file is gone
    assert _merged(out, tmp_path) == expected
    done = distributed.extract(src, out, client=client, partition_size=8)
    assert (done.articles, done.skipped) == (0, 43)


def test_poisoned_article_ends_in_the_errors_file(tmp_path: Path, client: Client) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    for i in range(6):
        (src / f"{i}.txt").write_text(GOOD.replace("25", str(20 + i)), encoding="utf-8")
    expected_records, _ = _reference(src)
    (src / "2-poisoned.txt").write_bytes(GOOD.encode() + POISON)
    summary = distributed.extract(src, tmp_path / "out", client=client, partition_size=4)
    assert (summary.articles, summary.failed) == (7, 1)
    records, failures = _merged(tmp_path / "out", tmp_path)
    assert records == expected_records
    assert [json.loads(line) for line in failures.splitlines()] == [
        {"path": str(src / "2-poisoned.txt"), "kind": "worker_crash", "message": distributed.CRASH_MESSAGE}
    ]
    assert parts.count_failures(str(tmp_path / "out")) == 1


def _without_paths(jsonl: str) -> list[dict[str, Any]]:
    """Records with source.path blanked, to compare a URL run with a path run."""
    records = [json.loads(line) for line in jsonl.splitlines()]
    for r in records:
        r["source"]["path"] = None
    return records


@pytest.fixture
def small(tmp_path: Path) -> Path:
    src = tmp_path / "small"
    (src / "sub").mkdir(parents=True)
    for i in range(3):
        (src / ("sub" if i else "") / f"{i}.txt").write_text(GOOD.replace("25", str(20 + i)), encoding="utf-8")
    return src


def test_file_url_and_zip_archive_work_like_paths(tmp_path: Path, client: Client, small: Path) -> None:
    records, _ = _reference(small)
    archive = tmp_path / "small.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in sorted(small.rglob("*.txt")):
            z.write(f, f.relative_to(small).as_posix())
    for name, source in (("file", f"file://{small}"), ("zip", str(archive))):
        distributed.extract(source, tmp_path / name, client=client, partition_size=2)
        merged, failures = _merged(tmp_path / name, tmp_path)
        assert (_without_paths(merged), failures) == (_without_paths(records), "")
    paths = [json.loads(line)["source"]["path"] for line in merged.splitlines()]
    assert paths == [f"zip://0.txt::{archive}", f"zip://sub/1.txt::{archive}", f"zip://sub/2.txt::{archive}"]


def test_memory_urls_in_and_out_on_a_threaded_cluster(tmp_path: Path, small: Path) -> None:
    """memory:// lives in one process, so its cluster is threads in this process."""
    fs = fsspec.filesystem("memory")
    for f in small.rglob("*.txt"):
        fs.pipe(f"/vnnews-test/in/{f.relative_to(small).as_posix()}", f.read_bytes())
    fs.pipe("/vnnews-test/in/blank.txt", b" \n")
    records, _ = _reference(small)
    try:
        with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0") as c:
            summary = distributed.extract("memory://vnnews-test/in", "memory://vnnews-test/out", client=c)
        assert (summary.articles, summary.failed) == (4, 1)
        merged, failures = _merged("memory://vnnews-test/out", tmp_path)
    finally:
        fs.rm("/vnnews-test", recursive=True)
    assert _without_paths(merged) == _without_paths(records)
    assert json.loads(failures) == {"path": "memory:///vnnews-test/in/blank.txt", "kind": "empty_input_error",
                                    "message": "empty article (no text)"}


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stderr


def test_cli_dask_run_and_merge(tmp_path: Path, client: Client, small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASK_LOGGING__DISTRIBUTED", "warning")
    (small / "zz-blank.txt").write_bytes(b"\n")
    records, failures = _reference(small)
    out, merged = tmp_path / "out", tmp_path / "all.jsonl"
    address = client.scheduler.address
    code, err = _cli("extract", str(small), "-o", str(out), "--dask", address, "--partition-size", "2", "-q")
    assert (code, err) == (1, "")  # the blank article failed
    code, err = _cli("extract", str(small), "-o", str(out), f"--dask={address}", "--partition-size", "2")
    assert code == 1
    assert "0 articles (4 already done)" in err
    assert f"1 failures in {out}/part-*.errors.jsonl" in err
    code, err = _cli("merge", str(out), "-o", str(merged))
    assert code == 1
    assert err == f"vnnews: merged 2 parts: 3 records into {merged}; 1 failures in {merged}.errors.jsonl\n"
    assert merged.read_text(encoding="utf-8") == records
    assert Path(f"{merged}.errors.jsonl").read_text(encoding="utf-8") == failures


def test_cli_dask_without_address_runs_a_local_cluster(tmp_path: Path, small: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASK_LOGGING__DISTRIBUTED", "warning")
    out = tmp_path / "out"
    code, _ = _cli("extract", str(small), "-o", str(out), "--workers", "1", "--quiet", "--dask")
    assert code == 0
    assert _merged(out, tmp_path) == _reference(small)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--dask"], "a Dask run needs an output folder (-o)", id="no-output"),
        pytest.param(["-o", "OUT", "--errors", "e.jsonl", "--dask"], "give --errors to vnnews merge", id="errors"),
        pytest.param(["-", "-o", "OUT", "--dask"], "not stdin", id="stdin"),
        pytest.param(["-o", "OUT", "--lexicon-dir", "nowhere", "--dask"], "lexicon folder nowhere does not exist",
                     id="lexicon"),
        pytest.param(["-o", "OUT", "--dask", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler", id="address"),
        pytest.param(["nosuchprotocol://x", "-o", "OUT", "--dask"], "cannot list: Protocol not known", id="url"),
    ],
)
def test_cli_dask_unusable_arguments_exit_2(tmp_path: Path, small: Path, args: list[str], message: str) -> None:
    args = [a.replace("OUT", str(tmp_path / "out")) for a in args]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code, err = _cli("extract", str(small), *args)
    assert code == 2
    assert message in err
    assert not (tmp_path / "out").exists()  # refused before anything is written


def test_cli_output_folder_without_dask_is_refused(tmp_path: Path, small: Path) -> None:
    code, err = _cli("extract", str(small), "-o", str(tmp_path))
    assert code == 2
    assert "is a folder, not a file" in err


def test_cli_merge_of_an_unfinished_folder_exits_2(tmp_path: Path, small: Path) -> None:
    articles = list_sources([small])
    parts.prepare(str(tmp_path / "out"), parts.plan(articles, 2), Options())
    code, err = _cli("merge", str(tmp_path / "out"), "-o", str(tmp_path / "all.jsonl"))
    assert code == 2
    assert "2 of 2 parts not written yet" in err
