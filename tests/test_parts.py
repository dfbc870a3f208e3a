"""Sources by path or URL (listing, reading) and the parts folder (manifest, atomic parts, merge), no cluster."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("fsspec")
import fsspec

from vnnews import batch
from vnnews.batch import Result
from vnnews.errors import ArgumentError
from vnnews.options import Options
from vnnews.parts import ManifestError, merge, plan, prepare, read_manifest, write_part
from vnnews.sources import list_sources, process_source

GOOD = "Trao thưởng\nDịp này, 25 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    for name in ("b.txt", "a.txt", "sub/c.txt"):
        (d / name).write_text(GOOD, encoding="utf-8")
    (d / "notes.md").write_text("not an article", encoding="utf-8")
    return d


def test_plain_paths_are_listed_as_the_process_pool_lists_them(folder: Path) -> None:
    one = str(folder / "sub" / "c.txt")
    assert list_sources([folder, one]) == batch.collect_files([folder, one])
    assert list_sources([f"{folder}/**/*.txt"]) == [str(folder / n) for n in ("a.txt", "b.txt", "sub/c.txt")]
    with pytest.raises(ArgumentError, match=r"no such file or folder: .*missing\.txt"):
        list_sources([folder, folder / "missing.txt"])
    with pytest.raises(ArgumentError, match=r"no files match .*nothing"):
        list_sources([f"{folder}/nothing*"])


def test_urls_and_archives_are_listed_sorted_once(folder: Path, tmp_path: Path) -> None:
    assert list_sources([f"file://{folder}", f"file://{folder}/a.txt"]) == [
        f"file://{folder}/{n}" for n in ("a.txt", "b.txt", "sub/c.txt")
    ]
    assert list_sources([f"file://{folder}/*.md"]) == [f"file://{folder}/notes.md"]
    archive = tmp_path / "in.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname="in")
    assert list_sources([archive]) == [f"tar://in/{n}::{archive}" for n in ("a.txt", "b.txt", "sub/c.txt")]


def test_a_gzipped_page_in_an_archive_reads_like_its_file(tmp_path: Path) -> None:
    page = Path(__file__).parent / "pages" / "02-wordpress-02.html.gz"
    archive = tmp_path / "pages.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(page, page.name)
    (url,) = list_sources([archive])
    by_url, by_path = process_source(url), process_source(str(page))
    assert by_url.article is not None
    assert by_path.article is not None
    same = {"source": {"path"}}
    assert by_url.article.model_dump(exclude=same) == by_path.article.model_dump(exclude=same)


def test_an_archive_member_reads_like_its_file(folder: Path, tmp_path: Path) -> None:
    archive = tmp_path / "in.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder / "a.txt", arcname="2024/a.txt")
    url = list_sources([archive])[0]
    result, plain = process_source(url), process_source(str(folder / "a.txt"))
    assert result.article is not None
    assert plain.article is not None
    assert (result.article.id, result.article.source.path, result.article.source.encoding) == ("a", url, "utf-8")
    assert result.article.awards == plain.article.awards


@pytest.mark.parametrize(
    ("data", "kind", "message"),
    [
        pytest.param(None, "input_error", "cannot read: No such file or directory", id="missing"),  # gone after listing
        pytest.param(b"\x89PNG\r\n\x1a\n", "binary_input_error", "binary file (PNG image), not text", id="binary"),
        pytest.param(b" \n\t", "empty_input_error", "empty article (no text)", id="empty"),
        pytest.param(GOOD.encode() * 20, "too_large_error", "over the limit", id="too-large"),
    ],
)
def test_a_bad_url_fails_like_a_bad_file(data: bytes | None, kind: str, message: str) -> None:
    url = "memory://vnnews-parts-test/x.txt"
    fs = fsspec.filesystem("memory")
    if data is not None:
        fs.pipe("/vnnews-parts-test/x.txt", data)
    try:
        result = process_source(url, Options(max_bytes=1000))
    finally:
        if data is not None:
            fs.rm("/vnnews-parts-test", recursive=True)
    assert (result.ok, result.kind) == (False, kind)
    assert result.message is not None
    assert message in result.message
    assert url not in result.message  # the path is the error record's own field, as for files


def _write_all(out: Path, folder: Path, size: int) -> list[str]:
    articles = list_sources([folder])
    todo = plan(articles, size)
    prepare(str(out), todo, Options())
    for part in todo:
        write_part(str(out), part, [process_source(a) for a in part.articles])
    return articles


def test_merge_is_the_sorted_records_and_failures(folder: Path, tmp_path: Path) -> None:
    (folder / "blank.txt").write_bytes(b"  ")
    articles = _write_all(tmp_path / "out", folder, 2)
    assert [p.articles for p in read_manifest(str(tmp_path / "out"))] == [tuple(articles[:2]), tuple(articles[2:4])]
    stats = merge(tmp_path / "out", tmp_path / "all.jsonl")
    assert (stats.parts, stats.records, stats.failures) == (2, 3, 1)
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [a for a in articles if "blank" not in a]
    errors = (tmp_path / "all.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(e)["kind"] for e in errors] == ["empty_input_error"]


def test_merge_refuses_missing_or_doubled_records(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write_all(out, folder, 2)
    part = out / "part-00000.jsonl"
    first = part.read_text(encoding="utf-8").splitlines(keepends=True)[0]
    part.write_text(first * 2, encoding="utf-8")
    with pytest.raises(ManifestError, match=r"part-00000\.jsonl: its records and failures do not match"):
        merge(out, tmp_path / "all.jsonl")
    part.unlink()
    with pytest.raises(ManifestError, match="1 of 2 parts not written yet"):
        merge(out, tmp_path / "all.jsonl")
    assert not (tmp_path / "all.jsonl").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_of_another_run_is_refused(folder: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    articles = list_sources([folder])
    prepare(out, plan(articles, 2), Options())
    prepare(out, plan(articles, 2), Options())  # the same run again: fine
    with pytest.raises(ManifestError, match="other articles or partition size"):
        prepare(out, plan(articles, 3), Options())
    with pytest.raises(ManifestError, match="other options"):
        prepare(out, plan(articles, 2), Options(max_bytes=10))


def test_results_must_be_the_parts_articles(tmp_path: Path) -> None:
    part = plan(["a.txt", "b.txt"], 2)[0]
    with pytest.raises(ValueError, match="do not match"):
        write_part(str(tmp_path), part, [Result("b.txt", kind="input_error", message="x")])


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        pytest.param("missing.zip", "cannot list: No such file or directory", id="missing-archive"),
        pytest.param("nosuchprotocol://bucket/a.txt", "cannot list: Protocol not known", id="unknown-protocol"),
    ],
)
def test_a_source_that_cannot_be_listed_is_an_argument_error(tmp_path: Path, source: str, reason: str) -> None:
    source = source if "://" in source else str(tmp_path / source)
    with pytest.raises(ArgumentError, match=f"^{re.escape(source)}: {reason}"):
        list_sources([source])
    with pytest.raises(ArgumentError, match=r"no such file or folder: memory://vnnews-parts-test/none\.txt"):
        list_sources(["memory://vnnews-parts-test/none.txt"])


@pytest.mark.parametrize("name", ["01-html5-000.html", "02-wordpress-02.html.gz"])
def test_a_saved_web_page_by_url_reads_like_its_file(name: str) -> None:
    page = Path(__file__).parent / "pages" / name
    url = f"memory://vnnews-parts-test/{name}"
    fsspec.filesystem("memory").pipe(f"/vnnews-parts-test/{name}", page.read_bytes())
    try:
        by_url, by_path = process_source(url), process_source(str(page))
    finally:
        fsspec.filesystem("memory").rm("/vnnews-parts-test", recursive=True)
    assert by_url.article is not None
    assert by_path.article is not None
    assert by_url.article.source.path == url
    same = {"source": {"path"}}
    assert by_url.article.model_dump(exclude=same) == by_path.article.model_dump(exclude=same)
    assert by_url.article.text is not None  # the page's extracted text, as for a file


def test_the_default_commands_never_import_dask() -> None:
    """The default install stays small: the CLI imports Dask and fsspec only for --dask and merge."""
    code = "import sys, vnnews, vnnews.cli; print(sorted({'distributed', 'dask', 'fsspec'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
