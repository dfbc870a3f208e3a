"""The process pool's tasks: a few articles each, every record sent back as JSON text and read back the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnnews import pool
from vnnews.options import DEFAULT_OPTIONS, Options

TESTS = Path(__file__).resolve().parent
ARTICLES = sorted((TESTS / "holdout" / "articles").glob("*.txt"))
PAGES = sorted((TESTS / "pages").glob("*.htm*"))[:6]


@pytest.mark.parametrize("options", [DEFAULT_OPTIONS, Options(include_text=True)], ids=["default", "with-text"])
def test_a_record_sent_as_json_reads_back_equal(options: Options) -> None:
    """Articles and saved pages (source title, site, dates, the text record): the parent gets what the worker made."""
    assert ARTICLES
    assert PAGES
    for path in [*ARTICLES, *PAGES]:
        made = pool.process_one(str(path), options)
        assert made.ok, made.message
        packed = pool._pack(made)
        assert isinstance(packed[1], str)
        got = pool._unpack(packed, options)
        assert got == made
        assert got.article is not None
        assert made.article is not None
        assert got.article.model_dump_json() == made.article.model_dump_json()


def test_a_sent_record_is_written_and_counted_unread() -> None:
    """The parent writes a worker's JSON text as it came and counts its facts unread; read, the record is the same."""
    made = pool.process_one(str(ARTICLES[0]))
    assert made.article is not None
    got = pool._unpack(pool._pack(made), DEFAULT_OPTIONS)
    assert got.ok
    assert got.record_json() == made.article.model_dump_json()
    assert got.fact_counts() == pool.counts_of(made.article)
    assert got._article is None  # nothing above read the record
    assert got.record_json(indent=2) == made.article.model_dump_json(indent=2)  # indented: read, then written
    assert got.article == made.article
    assert got.fact_counts() == pool.counts_of(made.article)


def test_a_failure_travels_as_its_kind_and_message(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    made = pool.process_one(str(empty))
    assert pool._unpack(pool._pack(made), DEFAULT_OPTIONS) == made
    assert (made.kind, made.article) == ("empty_input_error", None)


@pytest.mark.parametrize(("files", "workers", "size"), [(2000, 2, 8), (64, 2, 8), (11, 2, 2), (3, 2, 1), (1, 4, 1)])
def test_small_batches_get_small_tasks_so_every_worker_has_some(files: int, workers: int, size: int) -> None:
    assert pool.chunk_size(files, workers) == size
    assert -(-files // size) >= min(files, workers)  # tasks: at least one per worker


def test_a_batch_run_writes_workers_records_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (review of the pool change): the CLI's relabel step read every record, so the parent parsed
    each one again. Now a 2-worker run writes the same file while the parent parses none."""
    from vnnews import batch
    from vnnews.models import Article

    out_one, out_two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    batch.run(ARTICLES[:4], settings=batch.RunSettings(output=out_one, workers=1, quiet=True))
    parsed: list[str] = []
    real = Article.model_validate_json

    def counting(data: str | bytes, *args: object, **kwargs: object) -> Article:
        parsed.append("x")
        return real(data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Article, "model_validate_json", counting)
    batch.run(ARTICLES[:4], settings=batch.RunSettings(output=out_two, workers=2, quiet=True))
    assert out_two.read_text(encoding="utf-8") == out_one.read_text(encoding="utf-8")
    assert parsed == []
