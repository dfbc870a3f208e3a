"""Batch: sorted, in-order results whatever the workers; one bad article never stops the rest; resume repair;
``batch.run`` as a library call (arguments checked before anything is written, resume kept sorted)."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest

import vnnews
from vnnews import batch, pool
from vnnews.batch import Result, RunSettings, collect_files, extract_folder, resume_output
from vnnews.errors import ArgumentError, LexiconError

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
    real = pool.extract_file

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
    monkeypatch.setattr(pool, "extract_file", _crash_on("03.txt", how))  # forked workers inherit the patch
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


def run_in(paths: list[Path | str], settings: RunSettings, **kw: object) -> tuple[batch.Summary, str, str]:
    """batch.run with captured stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    summary = batch.run(paths, settings=settings, stdout=out, stderr=err, **kw)  # type: ignore[arg-type]
    return summary, out.getvalue(), err.getvalue()


def listing(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.issue("12-batch-as-a-library-call")
def test_run_writes_records_errors_and_state_and_returns_the_status(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "res" / "out.jsonl"
    out.parent.mkdir()
    summary, stdout, err = run_in([folder], RunSettings(output=out, workers=1, quiet=True))
    assert (summary.status, summary.articles, summary.failed, stdout, err) == (1, 11, 2, "", "")
    paths = [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert paths == sorted(paths)
    assert len(paths) == 9
    errors = [json.loads(line) for line in (out.parent / "out.jsonl.errors.jsonl").read_text().splitlines()]
    empty = str(folder / "empty.txt")
    assert errors[0] == {"path": empty, "kind": "empty_input_error", "message": "empty article (no text)"}
    state = json.loads((out.parent / "out.jsonl.inputs.json").read_text(encoding="utf-8"))["inputs"]
    assert sorted(state) == sorted([*paths, empty, str(folder / "image.txt")])
    assert state[empty] == [4, (folder / "empty.txt").stat().st_mtime_ns]


@pytest.mark.issue("12-unusable-arguments-write-nothing")
@pytest.mark.parametrize(
    ("inputs", "settings", "message"),
    [
        pytest.param(["."], {"output": "o.jsonl", "errors": "o.jsonl"}, "same file", id="output-is-errors-file"),
        pytest.param(["."], {"resume": True}, "resume needs an output", id="resume-without-output"),
        pytest.param(["."], {"output": "o.jsonl", "resume": True, "pretty": True}, "JSON Lines", id="resume-pretty"),
        pytest.param(["."], {"record_id": "a1"}, "one article", id="id-for-a-folder"),
        pytest.param(["-", "x/01.txt"], {}, "stdin", id="stdin-and-a-file"),
        pytest.param(["x/01.txt", "nope.txt", "nope/"], {}, "no such file or folder: nope.txt, nope/", id="missing"),
        pytest.param(["."], {"output": "x/01.txt"}, "x/01.txt is one of the inputs", id="output-is-input"),
        pytest.param(["x/01.txt"], {"errors": "x/01.txt"}, "x/01.txt is one of the inputs", id="errors-file-is-input"),
        pytest.param(["."], {"output": "new/o.jsonl"}, "folder new does not exist", id="no-output-folder"),
        pytest.param(["."], {"glob": "*.html"}, "no files match '*.html' in .", id="glob-matches-nothing"),
    ],
)
def test_unusable_arguments_raise_before_anything_is_written(
    folder: Path, monkeypatch: pytest.MonkeyPatch, inputs: list[str], settings: dict[str, object], message: str
) -> None:
    monkeypatch.chdir(folder)
    before = listing(folder)
    with pytest.raises(ArgumentError, match=re.escape(message)):
        run_in(inputs, RunSettings.model_validate(settings))  # type: ignore[arg-type]
    assert listing(folder) == before


def test_an_earlier_output_inside_the_input_folder_is_skipped_not_read(folder: Path) -> None:
    out = folder / "result.txt"
    for _ in range(2):
        summary, _, _ = run_in([folder], RunSettings(output=out, workers=1, quiet=True))
        assert summary.articles == 11
    assert len(out.read_text(encoding="utf-8").splitlines()) == 9


@pytest.mark.issue("12-resume-unsorted-and-blind-to-changes")
def test_resume_stays_sorted_with_new_inputs_and_redoes_changed_ones(folder: Path, tmp_path: Path) -> None:
    out, fresh = tmp_path / "out.jsonl", tmp_path / "fresh.jsonl"
    run_in([folder], RunSettings(output=out, workers=1, quiet=True))
    (folder / "x" / "02a.txt").write_text(TEXTS[1], encoding="utf-8")  # new, sorts in the middle
    changed = folder / "y" / "04.txt"
    changed.write_text(TEXTS[2], encoding="utf-8")  # was TEXTS[1]: other facts now
    os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 10**9))
    summary, _, err = run_in([folder], RunSettings(output=out, workers=1, resume=True))
    assert (summary.skipped, summary.articles, summary.failed) == (8, 4, 2)  # new, changed and the two failures
    assert "4 articles (8 already done): 2 ok, 2 failed" in err
    run_in([folder], RunSettings(output=fresh, workers=1, quiet=True))
    assert out.read_bytes() == fresh.read_bytes()
    assert not (tmp_path / "out.jsonl.tmp").exists()


def test_resume_without_saved_state_keeps_the_records_and_says_so(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_in([folder], RunSettings(output=out, workers=1, quiet=True))
    (tmp_path / "out.jsonl.inputs.json").unlink()
    summary, _, err = run_in([folder], RunSettings(output=out, workers=1, resume=True))
    assert (summary.skipped, summary.articles) == (9, 2)
    assert "changed inputs are not redone" in err


@pytest.mark.issue("12-resume-mixes-options")
def test_resume_refuses_an_output_written_with_other_record_options(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_in([folder], RunSettings(output=out, workers=1, quiet=True))
    with out.open("ab") as f:
        f.write(b'{"torn')
    before = out.read_bytes()
    bare = vnnews.Options(sentence_text=False)
    with pytest.raises(ArgumentError, match="written with other options \\(sentence_text=True\\)"):
        batch.run([folder], bare, RunSettings(output=out, workers=1, resume=True), stderr=io.StringIO())
    assert out.read_bytes() == before
    summary, _, _ = run_in([folder], RunSettings(output=out, workers=1, resume=True, quiet=True),
                           options=vnnews.Options(max_bytes=10**6))  # the size limit changes no record
    assert summary.skipped == 9


def _stopping_after(n: int, exc: type[BaseException]):  # type: ignore[no-untyped-def]
    """An executor that does ``n`` articles, then is interrupted as by Ctrl-C or SIGTERM."""

    def executor(files, *, options=None, workers=None):  # type: ignore[no-untyped-def]
        for i, path in enumerate(files):
            if i == n:
                raise exc
            yield pool.process_one(path)

    return executor


@pytest.mark.issue("12-sigterm-as-ctrl-c")
@pytest.mark.parametrize(("exc", "status"), [(KeyboardInterrupt, 130), (batch.Terminated, 143)])
def test_interrupted_merging_resume_keeps_every_record_in_order(
    folder: Path, tmp_path: Path, exc: type[BaseException], status: int
) -> None:
    out, fresh = tmp_path / "out.jsonl", tmp_path / "fresh.jsonl"
    run_in([folder / "x", folder / "y"], RunSettings(output=out, workers=1, quiet=True))
    kept = out.read_bytes()
    for name in ("00a.txt", "08a.txt"):  # two new inputs, sorting before kept records
        (folder / "x" / name).write_text(TEXTS[0], encoding="utf-8")
    settings = RunSettings(output=out, resume=True)
    summary, _, err = run_in([folder / "x", folder / "y"], settings, executor=_stopping_after(1, exc))
    assert summary.status == status
    assert "run again with --resume to finish" in err
    lines = out.read_bytes().splitlines(keepends=True)
    assert len(lines) == 10
    assert set(kept.splitlines(keepends=True)) < set(lines)
    assert [json.loads(x)["source"]["path"] for x in lines] == sorted(json.loads(x)["source"]["path"] for x in lines)
    assert run_in([folder / "x", folder / "y"], settings)[0].articles == 1
    run_in([folder / "x", folder / "y"], RunSettings(output=fresh, workers=1, quiet=True))
    assert out.read_bytes() == fresh.read_bytes()


def test_a_vocabulary_error_met_in_an_article_stops_the_run(folder: Path) -> None:
    def executor(files, *, options=None, workers=None):  # type: ignore[no-untyped-def]
        yield Result(files[0], kind="lexicon_error", message="lexicon 'x' in y.yaml: at entries.0: bad")

    with pytest.raises(LexiconError, match=r"entries\.0"):
        run_in([folder], RunSettings(), executor=executor)


@pytest.mark.issue("12-workers-above-files-or-cores")
def test_workers_are_capped_at_the_files_and_the_cores() -> None:
    cores = pool.default_workers()
    assert pool.worker_count(64, 3) == min(3, cores)
    assert pool.worker_count(64, 1000) == cores
    assert pool.worker_count(None, 1) == pool.worker_count(1, 1000) == 1


@pytest.mark.issue("12-output-shape")
def test_one_input_on_stdout_is_indented_unless_compact_and_takes_an_id_and_url(folder: Path) -> None:
    one = folder / "x" / "01.txt"
    _, text, _ = run_in([one], RunSettings(record_id="a1", url="https://example.vn/a1"))
    record = json.loads(text)
    assert text.startswith('{\n  "schema_version"')
    assert (record["id"], record["source"]["url"]) == ("a1", "https://example.vn/a1")
    assert record["source"]["path"] == str(one)
    _, text, _ = run_in([one], RunSettings(pretty=False))
    assert text.count("\n") == 1
    _, text, _ = run_in([folder / "x"], RunSettings(quiet=True))
    assert len(text.splitlines()) == 4
    _, text, _ = run_in([folder / "x"], RunSettings(quiet=True, pretty=True))
    assert text.count('{\n  "schema_version"') == 4
