"""The case-table loader: every table has the one shape, and the xfail bucket runs strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import cases


@pytest.mark.parametrize("name", sorted(p.stem for p in cases.CASES.glob("*.yaml")))
def test_every_table_loads_in_the_one_shape(name: str) -> None:
    table = cases.load(name)
    assert table, name
    assert all(row["id"] and isinstance(row["text"], str) for row in cases.rows(name))


def test_xfail_rows_are_strict_and_ids_name_their_bucket(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(
        "dev:\n  - {id: a, text: x, expect: 1}\nxfail:\n  - {id: b, text: y, expect: 2}\n", encoding="utf-8"
    )
    got = {p.id: p.marks for p in cases.params("t", tmp_path)}
    assert list(got) == ["dev:a", "xfail:b"]
    assert not got["dev:a"]
    (mark,) = got["xfail:b"]
    assert mark.name == "xfail"
    assert mark.kwargs == {"strict": True}


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("- {id: a, text: x, expect: 1}\n", "expected {bucket: [rows]}"),
        ("dev:\n  - {id: a, text: x}\n", "lacks ['expect']"),
        ("dev:\n  - {id: a, text: x, expect: 1}\nnew:\n  - {id: a, text: y, expect: 2}\n", "id 'a' twice"),
    ],
)
def test_a_table_of_another_shape_is_refused(tmp_path: Path, body: str, problem: str) -> None:
    (tmp_path / "t.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        cases.load("t", tmp_path)
