"""Batch output read as it is by the dataframe tools analysts use: polars, pandas, DuckDB (test-only deps)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

import vnnews

REPO = Path(__file__).resolve().parents[1]
# Integral and fractional values side by side: the mix polars' read_ndjson refused before schema 1.1.
# polars infers a column's type from the first 100 lines: whole numbers there (copies of the seed
# article, where every field is filled), a fraction after them.
SEED = REPO / "samples" / "laocai-hoi-phu-nu-2024.txt"
READER_WINDOW = 120
MIXED = "Năm 2023, Hội tổ chức trên 1.800 buổi tuyên truyền, đạt 95,5% kế hoạch, trao Bằng khen cho 24 tập thể."


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, object]]]:
    seed = vnnews.extract_file(SEED).model_dump(mode="json")
    assert all(float(a["value"]).is_integer() for a in seed["achievements"])
    records = [{**seed, "id": f"seed-{i}"} for i in range(READER_WINDOW)]
    records += [r.article.model_dump(mode="json") for r in vnnews.extract_folder(REPO / "samples", workers=1)
                if r.article]
    records.append(vnnews.extract(MIXED, source="mixed.txt").model_dump(mode="json"))
    path = tmp_path_factory.mktemp("jsonl") / "out.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path, records


def _values(records: list[dict[str, object]]) -> list[float]:
    return [a["value"] for r in records for a in r["achievements"]]  # type: ignore[attr-defined,index]


def test_numbers_have_one_json_type_per_field(batch: tuple[Path, list[dict[str, object]]]) -> None:
    lines = batch[0].read_text(encoding="utf-8").splitlines()
    values = [a["value"] for line in lines for a in json.loads(line)["achievements"]]
    counts = [w["count"] for line in lines for w in json.loads(line)["awards"]]
    assert 95.5 in values
    assert 1800.0 in values
    assert all(type(v) is float for v in values)
    assert all(c is None or type(c) is int for c in counts)
    assert '"value": 1800.0' in lines[-1] or '"value":1800.0' in lines[-1]


@pytest.mark.issue("polars-read-ndjson-int-float-value-mix")
def test_polars_reads_the_jsonl(batch: tuple[Path, list[dict[str, object]]]) -> None:
    path, records = batch
    df = pl.read_ndjson(path)
    assert df.height == len(records)
    values = df.select(pl.col("achievements").explode().struct.field("value")).drop_nulls().to_series()
    assert values.dtype == pl.Float64
    assert values.to_list() == _values(records)


def test_pandas_reads_the_jsonl(batch: tuple[Path, list[dict[str, object]]]) -> None:
    path, records = batch
    df = pd.read_json(path, lines=True)
    assert len(df) == len(records)
    assert list(df["id"]) == [r["id"] for r in records]
    assert [a["value"] for cell in df["achievements"] for a in cell] == _values(records)


def test_duckdb_reads_the_jsonl(batch: tuple[Path, list[dict[str, object]]]) -> None:
    path, records = batch
    con = duckdb.connect()
    (n,) = con.execute("SELECT count(*) FROM read_json_auto(?)", [str(path)]).fetchone()
    assert n == len(records)
    rows = con.execute("SELECT unnest(achievements).value AS v FROM read_json_auto(?)", [str(path)]).fetchall()
    assert [v for (v,) in rows] == _values(records)
    (kind,) = con.execute("SELECT typeof(unnest(achievements).value) FROM read_json_auto(?) LIMIT 1",
                          [str(path)]).fetchone()
    assert kind == "DOUBLE"


def test_polars_reads_sparse_fields_when_it_looks_at_every_line(tmp_path: Path) -> None:
    """polars guesses types from 100 lines: a field null in all of them (award counts in most batches) would
    read as null throughout; infer_schema_length=None (README) reads every value."""
    plain = vnnews.extract("Hội thành lập 74 mô hình.", source="plain.txt").model_dump(mode="json")
    award = vnnews.extract(MIXED, source="mixed.txt").model_dump(mode="json")
    path = tmp_path / "sparse.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [plain] * 120 + [award]), encoding="utf-8")
    counts = pl.read_ndjson(path, infer_schema_length=None).select(
        pl.col("awards").explode().struct.field("count")).to_series().drop_nulls().to_list()
    assert counts == [w["count"] for w in award["awards"]]
    assert counts == [24]
