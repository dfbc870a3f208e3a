"""The review, export and people commands: thin mirrors of the library, with exit codes and one-line errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import vnnews
from vnnews.cli import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "laocai-hoi-phu-nu-2024.txt"


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "out.jsonl"
    records = [r.article.model_dump_json() for r in vnnews.extract_folder(REPO / "samples", workers=1) if r.article]
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["review", "export", "people"])
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output


def test_review_one_article_writes_its_page(tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    result = CliRunner().invoke(cli, ["review", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == vnnews.review.review_file(SEED)


def test_review_of_one_article_into_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["review", str(SEED), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder" in result.output


def test_review_batch_writes_pages_and_index_and_exits_1_when_one_has_no_text(tmp_path: Path, jsonl: Path) -> None:
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    lost = json.loads(lines[0])
    lost["source"]["path"] = "moved-away.txt"
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join([*lines, json.dumps(lost)]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["review", str(batch), "-o", str(tmp_path / "rev")])
    assert result.exit_code == 1
    assert "3 pages, 1 without a page" in result.output
    assert sorted(p.name for p in (tmp_path / "rev").iterdir()) == sorted(
        ["index.html", *(f"{p.stem}.html" for p in (REPO / "samples").glob("*.txt"))])


def test_export_refuses_to_overwrite_and_appends_nothing_twice(tmp_path: Path, jsonl: Path) -> None:
    db = tmp_path / "f.sqlite"
    runner = CliRunner()
    first = runner.invoke(cli, ["export", str(jsonl), "--to", "sqlite", str(db)])
    assert first.exit_code == 0, first.output
    assert "3 articles added" in first.output
    again = runner.invoke(cli, ["export", str(jsonl), "--to", "sqlite", str(db)])
    assert again.exit_code == 2
    assert "--append" in again.output
    appended = runner.invoke(cli, ["export", str(jsonl), "--to", "sqlite", str(db), "--append"])
    assert appended.exit_code == 0
    assert "0 articles added, 3 already there" in appended.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (3,)


def test_people_prints_the_index_as_tab_separated_lines(tmp_path: Path, jsonl: Path) -> None:
    db = tmp_path / "p.sqlite"
    vnnews.export.export(jsonl, "sqlite", db)
    result = CliRunner().invoke(cli, ["people", str(db), "--name", "hoàng giang"])
    assert result.exit_code == 0
    header, *rows = result.output.splitlines()
    assert header.split("\t")[:3] == ["person_uid", "name", "title"]
    assert [r.split("\t")[1:4] for r in rows] == [["Hoàng Giang", "Phó Bí thư Tỉnh ủy", "1"]]


def test_people_on_a_file_that_is_not_an_export_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(cli, ["people", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("vnnews: error: ")
    assert len(result.output.strip().splitlines()) == 1
