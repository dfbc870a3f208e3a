"""People and titles: the case table in tests/cases/people.yaml, run through extract + link."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

from vnnews import records
from vnnews.document import Document
from vnnews.extractors import people
from vnnews.link import link_people
from vnnews.models import Person, Role

from . import cases

CASES = cases.rows("people")


def fold(text: str) -> str:
    """Compare like the scorer: NFC, case-folded, modern tone placement, spaces collapsed."""
    from vnnews.normalize import modern_tone

    return " ".join(modern_tone(w) for w in unicodedata.normalize("NFC", text).casefold().split())


def run(text: str) -> tuple[list[Person], list[Role]]:
    doc = Document.from_text(text)
    found, roles = link_people(*people.extract(doc))
    return [records.person(doc, p) for p in found], [records.role(doc, r) for r in roles]


@pytest.mark.parametrize("case", cases.params("people"))
def test_case(case: dict[str, Any]) -> None:
    found, roles = run(unicodedata.normalize("NFD", case["text"]) if case.get("nfd") else case["text"])
    expect = case["expect"]
    got = {fold(p.name): p for p in found}
    want = {fold(p["name"]): p for p in expect["people"]}
    assert sorted(got) == sorted(want)
    for key, exp in want.items():
        person = got[key]
        assert sorted(fold(t.text) for t in person.titles) == sorted(fold(t) for t in exp.get("titles", []))
        if "organisations" in exp:  # each title's organisation as read, in the order of the titles
            assert [t.organisation for t in person.titles] == exp["organisations"]
        for attr in ("honorific", "rank", "degree"):
            if attr in exp:
                assert getattr(person, attr) == exp[attr]
    for name in expect.get("absent", []):
        assert fold(name) not in got
    for name, count in expect.get("mentions", {}).items():
        assert sum(m.kind == "title" for m in got[fold(name)].mentions) == count
    for name, count in expect.get("short", {}).items():
        assert sum(m.kind == "short_name" for m in got[fold(name)].mentions) == count
    if "roles" in expect:
        assert sorted(fold(r.text) for r in roles) == sorted(fold(r) for r in expect["roles"])
    former = {fold(t) for t in expect.get("former", [])}
    for person in found:
        for t in person.titles:
            assert t.former == (fold(t.text) in former)


@pytest.mark.parametrize("case", cases.params("people"))
def test_spans_are_exact(case: dict[str, Any]) -> None:
    text = unicodedata.normalize("NFD", case["text"]) if case.get("nfd") else case["text"]
    found, roles = run(text)
    for person in found:
        for span in [*person.titles, *person.mentions]:
            assert text[span.start : span.end] == span.text
    for r in roles:
        assert text[r.start : r.end] == r.text


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


def test_user_lexicon_adds_a_position(tmp_path: Path) -> None:
    """A user's positions.yaml extends the packaged one: a new post is read as a title."""
    from vnnews.options import Options

    text = "Ông Nguyễn Văn Bình, Trưởng ban Quản trị HTX Tân Tiến phát biểu."
    (tmp_path / "positions.yaml").write_text(
        "source: test\nentries:\n  - Trưởng ban Quản trị\n", encoding="utf-8"
    )
    doc = Document.from_text(text, Options(lexicon_dirs=(tmp_path,)))
    found = [records.person(doc, p) for p in link_people(*people.extract(doc))[0]]
    assert [t.text for t in found[0].titles] == ["Trưởng ban Quản trị HTX Tân Tiến"]


def test_user_grammar_words_add_a_prefixed_surname(tmp_path: Path) -> None:
    """A user's people_grammar_words.yaml extends the packaged kinds: a family name read only after an honorific."""
    from vnnews.options import Options

    text = "Đồng chí Xuân Thị Hoa, Chủ tịch Hội LHPN tỉnh phát biểu."
    (tmp_path / "people_grammar_words.yaml").write_text(
        "source: test\nentries:\n  - {term: Xuân, kind: prefixed_surname}\n", encoding="utf-8"
    )
    for dirs, expected in (((), []), ((tmp_path,), [("Xuân Thị Hoa", ["Chủ tịch Hội LHPN tỉnh"])])):
        doc = Document.from_text(text, Options(lexicon_dirs=dirs))
        found = [records.person(doc, p) for p in link_people(*people.extract(doc))[0]]
        assert [(f.name, [t.text for t in f.titles]) for f in found] == expected
