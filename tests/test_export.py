"""Export to SQLite, CSV and Parquet: row counts equal the facts, spans and sentences hold, append is idempotent."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
import pytest

import vnnews
from vnnews import export
from vnnews._export_people import fold
from vnnews.errors import ArgumentError

from .conftest import needs_shared

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
Records = list[dict[str, Any]]


def write_jsonl(path: Path, records: Records, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Records]:
    """The samples and the shared eval articles (when present), extracted as a batch would."""
    folders = [SAMPLES] + [p for p in [REPO.parent / "shared" / "eval" / "articles"] if p.is_dir()]
    records = [r.article.model_dump(mode="json") for r in vnnews.extract_folder(folders, workers=1) if r.article]
    error = json.dumps({"path": "x.txt", "kind": "empty_input_error", "message": "x.txt: empty"})
    return write_jsonl(tmp_path_factory.mktemp("batch") / "out.jsonl", records, (error,)), records


def facts(records: Records) -> dict[str, int]:
    """How many rows each table should get, counted from the records themselves."""
    return {
        "articles": len(records),
        "people": sum(len(r["people"]) for r in records),
        "titles": sum(len(p["titles"]) for r in records for p in r["people"]),
        "achievements": sum(len(r["achievements"]) for r in records),
        "awards": sum(max(1, len(w["recipients"])) for r in records for w in r["awards"]),
    }


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t.name: conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in export.TABLES}


@pytest.fixture(scope="module")
def db(batch: tuple[Path, Records], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "facts.sqlite"
    export.export(batch[0], "sqlite", path)
    return path


def test_sqlite_row_counts_equal_the_facts_in_the_jsonl(db: Path, batch: tuple[Path, Records]) -> None:
    assert counts(db) == facts(batch[1])
    assert facts(batch[1])["awards"] > 0


def test_every_row_has_its_exact_span_and_the_sentence_holding_it(db: Path, batch: tuple[Path, Records]) -> None:
    texts = {r["id"]: vnnews.reader.read_article(r["source"]["path"])[0] for r in batch[1]}
    conn = sqlite3.connect(db)
    for t in export.TABLES[1:]:
        rows = conn.execute(f'SELECT article_id, start, "end", text, sentence_start, sentence_end, sentence '
                            f'FROM "{t.name}"').fetchall()
        for aid, start, end, text, s_start, s_end, sentence in rows:
            assert texts[aid][start:end] == text, (t.name, aid, start)
            assert s_start <= start, (t.name, aid, start)
            assert end <= s_end, (t.name, aid, start)
            assert texts[aid][s_start:s_end] == sentence


def test_foreign_keys_hold_and_are_enforced(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO titles (article_id, person, idx, text) VALUES ('nope', 0, 0, 'x')")
    indexed = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"titles_position", "achievements_unit", "people_name"} <= indexed


def test_full_text_search_finds_sentences_with_or_without_tone_marks(db: Path) -> None:
    conn = sqlite3.connect(db)
    query = "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?"
    with_marks = conn.execute(query, ('"tuyên truyền"',)).fetchone()[0]
    assert with_marks > 0
    assert conn.execute(query, ('"tuyen truyen"',)).fetchone()[0] == with_marks
    direct = conn.execute("SELECT count(*) FROM sentences WHERE text LIKE '%tuyên truyền%'").fetchone()[0]
    assert with_marks >= direct > 0


def test_readme_query_runs_and_agrees_with_the_records(db: Path, batch: tuple[Path, Records]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n(.*?)```", readme, re.DOTALL)[1]
    got = sqlite3.connect(db).execute(query).fetchall()
    want = Counter()
    for r in batch[1]:
        for w in r["awards"]:
            if w["sentence"] and "bằng khen" in fold(w["sentence"]["text"]):
                want[(r["title"]["text"] if r["title"] else None, w["count"], w["recipient_type"], w["award"])] += (
                    max(1, len(w["recipients"])))
    assert Counter(tuple(row) for row in got) == want
    assert len(got) > 3


@needs_shared  # two overlapping batches need more records than the samples alone give
def test_appending_the_same_batch_adds_nothing_and_a_new_batch_adds_only_itself(
    tmp_path: Path, batch: tuple[Path, Records]
) -> None:
    records = batch[1]
    first, second = write_jsonl(tmp_path / "a.jsonl", records[:4]), write_jsonl(tmp_path / "b.jsonl", records[2:])
    out = tmp_path / "x.sqlite"
    assert export.export(first, "sqlite", out).added == 4
    again = export.export(first, "sqlite", out, append=True)
    assert (again.added, again.skipped) == (0, 4)
    assert counts(out) == facts(records[:4])
    more = export.export(second, "sqlite", out, append=True)
    assert (more.added, more.skipped) == (len(records) - 4, 2)
    assert counts(out) == facts(records)
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT batch, count(*) FROM articles GROUP BY batch").fetchall() == [
            (1, 4), (2, len(records) - 4)]
    with pytest.raises(FileExistsError):
        export.export(first, "sqlite", out)


def test_two_files_with_one_stem_stay_two_articles(tmp_path: Path, batch: tuple[Path, Records]) -> None:
    one = batch[1][0]
    twin = {**one, "source": {**one["source"], "path": "elsewhere/" + Path(one["source"]["path"]).name}}
    out = tmp_path / "t.sqlite"
    export.export(write_jsonl(tmp_path / "t.jsonl", [one, twin]), "sqlite", out, sentences=False)
    export.export(tmp_path / "t.jsonl", "sqlite", out, append=True)
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT id FROM articles ORDER BY rowid").fetchall() == [(one["id"],), (one["id"] + "#2",)]


def test_csv_opens_as_excel_writes_it_and_appends_once(tmp_path: Path, batch: tuple[Path, Records]) -> None:
    path, records = batch
    out = tmp_path / "csv"
    export.export(path, "csv", out, bom=True)
    raw = (out / "titles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfarticle_id,person,idx,")
    assert b"\r\n" in raw
    assert "Phó Bí thư Tỉnh ủy".encode() in raw
    with pytest.raises(FileExistsError, match=r"articles\.csv"):
        export.export(path, "csv", out)
    export.export(path, "csv", out, append=True)
    for name, n in facts(records).items():
        with (out / f"{name}.csv").open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == n, name
    assert (out / "people.csv").read_bytes().count(b"\xef\xbb\xbf") == 1
    plain = tmp_path / "plain"
    export.export(path, "csv", plain)
    assert (plain / "articles.csv").read_bytes().startswith(b"id,record_id,")


def test_parquet_tables_are_typed_and_append_once(tmp_path: Path, batch: tuple[Path, Records]) -> None:
    path, records = batch
    out = tmp_path / "pq"
    export.export(path, "parquet", out)
    export.export(path, "parquet", out, append=True)
    for name, n in facts(records).items():
        assert pq.read_table(out / f"{name}.parquet").num_rows == n, name
    achievements = pl.read_parquet(out / "achievements.parquet")
    assert achievements.schema["value"] == pl.Float64
    assert achievements.schema["approximate"] == pl.Boolean
    assert sorted(achievements["value"].to_list()) == sorted(a["value"] for r in records for a in r["achievements"])


def _person(name: str, *titles: tuple[str, str]) -> dict[str, Any]:
    return {"name": name, "mentions": [], "titles": [
        {"text": f"{p} {o}", "start": 0, "end": 0, "position": p, "organisation": o, "rule": "t"} for p, o in titles]}


def test_people_are_linked_across_articles_only_when_name_and_a_title_agree(tmp_path: Path) -> None:
    chair, secretary = ("Chủ tịch", "UBND tỉnh"), ("Bí thư", "Tỉnh ủy")
    records = [
        {"id": "a1", "published": "2021-05-01", "people": [_person("Nguyễn Văn Thuỷ", chair)]},
        {"id": "a2", "published": "2023-02-01", "people": [_person("Nguyễn Văn Thủy", chair, secretary)]},
        {"id": "a3", "published": "2024-01-01", "people": [_person("nguyễn văn thủy", secretary)]},
        {"id": "a4", "people": [_person("Nguyễn Văn Thủy", ("Giám đốc", "Sở Y tế"))]},
        {"id": "a5", "people": [_person("Nguyễn Văn Thủy")]},
        {"id": "a6", "people": [_person("Nguyễn Văn Thủy")]},
    ]
    db = tmp_path / "p.sqlite"
    export.export(write_jsonl(tmp_path / "p.jsonl", records), "sqlite", db, sentences=False)
    index = export.people_index(db, name="THỦY")
    linked = [r for r in index if r["person_uid"] == index[0]["person_uid"]]
    assert [(r["title"], r["articles"], r["first_article"], r["last_article"], r["first_published"],
             r["last_published"]) for r in linked] == [
        ("Chủ tịch UBND tỉnh", 2, "a1", "a2", "2021-05-01", "2023-02-01"),
        ("Bí thư Tỉnh ủy", 2, "a2", "a3", "2023-02-01", "2024-01-01"),
    ]
    others = [r for r in index if r not in linked]
    assert [(r["first_article"], r["title"]) for r in others] == [("a4", "Giám đốc Sở Y tế"), ("a5", None),
                                                                 ("a6", None)]
    assert len({r["person_uid"] for r in others}) == 3
    assert export.people_index(db, name="Lê") == []


@pytest.mark.issue("append-onto-an-export-without-confidence")
def test_appending_onto_an_export_made_before_confidence(tmp_path: Path, batch: tuple[Path, Records]) -> None:
    """The confidence column, new and in the middle, shifted CSV columns silently and crashed a SQLite append."""
    one, two = write_jsonl(tmp_path / "a.jsonl", batch[1][:1]), write_jsonl(tmp_path / "b.jsonl", batch[1][1:2])
    db = tmp_path / "old.sqlite"
    export.export(one, "sqlite", db)
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE achievements DROP COLUMN confidence")
    export.export(two, "sqlite", db, append=True)
    assert counts(db) == facts(batch[1][:2])
    with sqlite3.connect(db) as conn:
        assert [r[1] for r in conn.execute("PRAGMA table_info(achievements)")][-1] == "confidence"
    folder = tmp_path / "csv"
    export.export(one, "csv", folder)
    rows = (folder / "achievements.csv").read_text(encoding="utf-8").splitlines()
    (folder / "achievements.csv").write_text("\n".join([rows[0].replace(",confidence", ""), *rows[1:]]) + "\n")
    with pytest.raises(ArgumentError, match=r"achievements\.csv: cannot append.*new file or folder"):
        export.export(two, "csv", folder, append=True)
    assert (folder / "achievements.csv").read_text(encoding="utf-8").splitlines()[1:] == rows[1:]
