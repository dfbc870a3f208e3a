"""Batch: sorted, in-order results whatever the workers; one bad article never stops the rest; resume repair."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from vnnews import batch
from vnnews.batch import Result, collect_files, extract_folder, resume_output

TEXTS = [
    "Hội nghị tổng kết\nĐồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy dự. Toàn tỉnh có 1.250 hộ đạt danh hiệu.\n",
    "Trao thưởng\nDịp này, 25 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.\n",
    "Uỷ ban nhân dân huyện\nÔng Nguyễn Văn An, Chủ tịch UBND huyện, phát biểu.\n",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Nine good articles in two sub-folders, plus an empty one, a binary one and a non-matching name."""
    for i in range(9):
        sub = tmp_path / ("x" if i % 2 else "y")
        sub.mkdir(exist_ok=True)
        (sub / f"{i:02d}.txt").write_text(TEXTS[i % 3], encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_collect_files_sorted_recursive_glob_and_deduplicated(folder: Path) -> None:
    files = collect_files([folder, folder / "x" / "01.txt", folder / "missing.txt"])
    assert files == sorted(files)
    assert len(files) == len(set(files)) == 12  # 9 + empty + image + missing (reported, not dropped)
    assert not any(f.endswith(".md") for f in files)
    assert collect_files([folder], "*.md") == [str(folder / "notes.md")]


def test_symlinked_folder_loop_is_entered_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "a" / "back").symlink_to(tmp_path)
    assert [Path(f).name for f in collect_files([tmp_path])] == ["1.txt"]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_in_sorted_order_with_failures_isolated(folder: Path, workers: int) -> None:
    results = list(extract_folder(folder, workers=workers))
    assert [r.path for r in results] == sorted(r.path for r in results)
    kinds = {Path(r.path).name: r.kind for r in results if not r.ok}
    assert kinds == {"empty.txt": "empty_input_error", "image.txt": "binary_input_error"}
    assert sum(r.ok for r in results) == 9
    for r in results:
        if r.ok:
            assert r.article is not None
            assert r.article.source.path == r.path


def test_two_workers_give_the_same_records_as_one(folder: Path) -> None:
    one = [r.article.model_dump() if r.article else r.error_record() for r in extract_folder(folder, workers=1)]
    two = [r.article.model_dump() if r.article else r.error_record() for r in extract_folder(folder, workers=2)]
    assert one == two


def _crash_on(name: str, how: str):  # type: ignore[no-untyped-def]
    real = batch.extract_file

    def fake(path, *, options=None):  # type: ignore[no-untyped-def]
        if Path(path).name == name:
            if how == "exit":
                os._exit(3)  # the worker process dies
            raise ZeroDivisionError("boom")
        return real(path, options=options)

    return fake


@pytest.mark.parametrize(("how", "kind"), [("raise", "internal_error"), ("exit", "worker_crash")])
@pytest.mark.parametrize("workers", [1, 2])
def test_unexpected_exception_or_dead_worker_costs_one_article(
    folder: Path, monkeypatch: pytest.MonkeyPatch, how: str, kind: str, workers: int
) -> None:
    if how == "exit" and workers == 1:
        pytest.skip("one worker runs in-process: nothing to isolate")
    monkeypatch.setattr(batch, "extract_file", _crash_on("03.txt", how))  # forked workers inherit the patch
    results = list(extract_folder(folder, workers=workers))
    bad = {Path(r.path).name: r for r in results if not r.ok}
    assert set(bad) == {"03.txt", "empty.txt", "image.txt"}
    assert bad["03.txt"].kind == kind
    assert sum(r.ok for r in results) == 8


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        pytest.param(b"", 3, id="clean"),
        pytest.param(b'{"source": {"path": "d.t', 3, id="torn-last-line"),
        pytest.param(b"\x00\x00\x00\x00", 3, id="zeros-after-power-loss"),
        pytest.param(b'{"source": {"path": "d.txt"}}', 3, id="complete-json-without-newline"),
        pytest.param(b'{"no_source": 1}\n{"source": {"path": "e.txt"}}\n', 3, id="garbage-then-more"),
    ],
)
def test_resume_output_keeps_complete_records_and_cuts_the_rest(tmp_path: Path, tail: bytes, kept: int) -> None:
    out = tmp_path / "out.jsonl"
    good = b"".join(json.dumps({"source": {"path": f"{c}.txt"}}).encode() + b"\n" for c in "abc")
    out.write_bytes(good + tail)
    assert resume_output(out) == {"a.txt", "b.txt", "c.txt"}
    assert out.read_bytes() == good
    assert resume_output(tmp_path / "none.jsonl") == set()


def test_summary_counts_facts_and_failures(folder: Path) -> None:
    summary = batch.Summary()
    for r in extract_folder(folder, workers=1):
        summary.add(r)
    assert (summary.articles, summary.failed) == (11, 2)
    assert "11 articles: 9 ok, 2 failed" in summary.line()


def test_error_record_shape() -> None:
    rec = Result("p.txt", kind="binary_input_error", message="p.txt: binary").error_record()
    assert set(rec) == {"path", "kind", "message"}
