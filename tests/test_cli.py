"""The CLI: exit codes, single file / stdin / folders, errors file, and a real kill-then-resume run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnnews.cli import cli
from vnnews.models import Article

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("VNNEWS_CORPUS", REPO.parent / "shared" / "corpus" / "baomoi-2000"))
GOOD = "Trao thưởng\nDịp này, 25 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(5):
        (d / f"{i}.txt").write_text(GOOD.replace("25", str(20 + i)), encoding="utf-8")
    return d


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_every_command_has_help() -> None:
    for command in ([], ["extract"], ["schema"]):
        code, out, _ = run(*command, "--help")
        assert code == 0
        assert "Usage:" in out


def test_folder_to_jsonl_all_ok(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    code, _, err = run("extract", str(folder), "-o", str(out), "--workers", "1")
    assert code == 0
    records = [Article.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r.source.path or "").name for r in records] == [f"{i}.txt" for i in range(5)]
    assert "5 articles: 5 ok, 0 failed" in err
    assert not (tmp_path / "out.jsonl.errors.jsonl").exists()


def test_some_failures_exit_1_with_errors_file(folder: Path, tmp_path: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 ...")
    out = tmp_path / "out.jsonl"
    code, _, err = run("extract", str(folder), "-o", str(out), "-w", "2")
    assert code == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    errors = [json.loads(line) for line in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert [(Path(e["path"]).name, e["kind"]) for e in errors] == [
        ("empty.txt", "empty_input_error"), ("scan.txt", "binary_input_error")]
    assert "2 failed" in err
    assert "Traceback" not in err


def test_errors_go_to_stderr_lines_without_output_file(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    code, out, err = run("extract", str(folder), "-w", "1", "--quiet")
    assert code == 1
    assert len(out.splitlines()) == 5
    empty = folder / "empty.txt"
    assert err.strip() == f"vnnews: {empty}: empty_input_error: {empty}: empty article (no text)"


def test_single_file_prints_one_record(folder: Path) -> None:
    code, out, _ = run("extract", str(folder / "0.txt"))
    assert code == 0
    assert Article.model_validate_json(out).source.path == str(folder / "0.txt")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(["extract", "/no/such/file.txt"], 1, "No such file", id="missing-file"),
        pytest.param(["extract", "-", "x.txt"], 2, "stdin", id="stdin-with-paths"),
        pytest.param(["extract", "x", "--resume"], 2, "--resume needs", id="resume-without-output"),
        pytest.param(["extract", "x", "--workers", "0"], 2, "workers", id="zero-workers"),
        pytest.param(["extract", "x", "--max-bytes", "-5"], 2, "max-bytes", id="negative-max-bytes"),
        pytest.param(["extract"], 2, "Missing argument", id="no-paths"),
    ],
)
def test_unusable_input_one_line_and_exit_code(args: list[str], code: int, message: str) -> None:
    got, _, err = run(*args)
    assert got == code
    assert message in err
    assert "Traceback" not in err


def test_stdin_is_decoded_like_a_file() -> None:
    code, out, _ = run("extract", "-", stdin=GOOD.encode("utf-16"))
    assert code == 0
    record = json.loads(out)
    assert record["source"] == {"path": "<stdin>", "url": None, "encoding": "utf-16"}
    code, _, err = run("extract", "-", stdin=b"  \n")
    assert code == 1
    assert "empty" in err


def test_output_inside_the_input_folder_is_not_read_back(folder: Path) -> None:
    out = folder / "result.txt"
    assert run("extract", str(folder), "-o", str(out), "-w", "1", "-q")[0] == 0
    assert run("extract", str(folder), "-o", str(out), "-w", "1", "-q")[0] == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "vnnews", "extract", *args]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not found")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_run_resumes_with_every_article_exactly_once(tmp_path: Path, sig: signal.Signals) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    names = sorted(p.name for p in CORPUS.glob("*.txt"))[:300]
    for n in names:
        shutil.copy(CORPUS / n, src / n)
    (src / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = tmp_path / "out.jsonl"
    args = (str(src), "-o", str(out), "--workers", "2", "--quiet")
    proc = subprocess.Popen(_cli(*args), start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 20:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, sig)  # the whole group: parent and workers, as on power loss or Ctrl-C
    proc.wait(timeout=60)
    partial = out.read_bytes().count(b"\n")
    assert 20 <= partial < len(names)
    done = subprocess.run(_cli(*args, "--resume"), check=False, capture_output=True, timeout=600)
    assert done.returncode == 1, done.stderr.decode()  # the broken file fails, everything else succeeds
    lines = out.read_text(encoding="utf-8").splitlines()
    paths = Counter(json.loads(line)["source"]["path"] for line in lines)
    assert set(paths) == {str(src / n) for n in names}
    assert max(paths.values()) == 1
    assert [json.loads(line)["source"]["path"] for line in lines] == sorted(paths)
    errors = (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()
    assert [json.loads(e)["path"] for e in errors] == [str(src / "broken.txt")]
