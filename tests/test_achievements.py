"""The achievements extractor against the case table in tests/cases/achievements.yaml."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from vnnews import records
from vnnews.document import Document
from vnnews.extractors import achievements
from vnnews.models import Achievement
from vnnews.options import Options

from . import cases

CASES = cases.rows("achievements")
OPTIONAL_KEYS = ("text", "qualifier", "qualifier_kind", "total", "value_max", "approximate", "action")


def found_in(doc: Document) -> list[Achievement]:
    """The extractor's hits as the records the pipeline makes of them."""
    return [records.achievement(doc, h) for h in achievements.extract(doc)]


def _extract(text: str, options: Options | None = None) -> tuple[str, list[Any]]:
    raw = "Tin tức\n\n" + text
    return raw, found_in(Document.from_text(raw, options or Options()))


@pytest.mark.parametrize("case", cases.params("achievements"))
def test_case(case: dict[str, Any]) -> None:
    text = unicodedata.normalize("NFD", case["text"]) if case.get("nfd") else case["text"]
    raw, found = _extract(text)
    got = [(a.value, unicodedata.normalize("NFC", a.unit)) for a in found]
    assert got == [(e["value"], e["unit"]) for e in case["expect"]]
    for a, e in zip(found, case["expect"], strict=True):
        assert raw[a.start : a.end] == a.text, "span must be exact in the input"
        assert a.sentence is not None
        assert a.sentence.start <= a.start
        assert a.end <= a.sentence.end
        for key in OPTIONAL_KEYS:
            if key in e:
                want = getattr(a, key)
                assert (unicodedata.normalize("NFC", want) if isinstance(want, str) else want) == e[key], key


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c["expect"]) >= 12


def test_values_are_exact_floats() -> None:
    """Schema 1.1: one JSON type per field (floats), so dataframe readers type the column once."""
    _, found = _extract("Huyện huy động được 1,5 tỷ đồng, từ 10 đến 15 hộ, đạt 10/17 nội dung.")
    got = [(a.value, a.value_max, a.total) for a in found]
    assert got == [(1500000000, None, None), (10, 15, None), (10, None, 17)]
    for a in found:
        assert all(isinstance(n, float) for n in (a.value, a.value_max, a.total) if n is not None)
    assert '"value":1500000000.0' in found[0].model_dump_json()


def test_targets_kept_when_asked() -> None:
    text = "Hội phấn đấu đạt 80% hộ gia đình có nhà tiêu hợp vệ sinh."
    _, found = _extract(text, Options(keep_targets=True))
    assert [(a.value, a.unit, a.target) for a in found] == [(80, "%", True)]


def test_headline_repeat_is_one_fact() -> None:
    raw = "Tiếp nhận 500 triệu đồng ủng hộ hộ nghèo\n\nBan Thường trực tiếp nhận số tiền 500 triệu đồng.\n"
    found = found_in(Document.from_text(raw))
    assert [(a.value, a.unit) for a in found] == [(500000000, "đồng")]
    assert raw[found[0].start :].startswith("500 triệu đồng.")  # the body mention is kept


def test_headline_rewording_is_one_fact() -> None:
    raw = "Tai nạn xe buýt, ít nhất 16 người chết\n\nÍt nhất 16 người thiệt mạng và 34 người bị thương.\n"
    found = found_in(Document.from_text(raw))
    assert [(a.value, a.unit) for a in found] == [(16, "người"), (34, "người")]  # the verbs end the unit (issue 11)
    assert found[0].text == "Ít nhất 16 người"  # the body mention is kept


def test_body_repeats_merge_but_other_amounts_stay() -> None:
    raw = "Tin tức\n\nHội thi có 32 đoàn hợp xướng.\n\nẢnh: Hội thi có 32 đoàn hợp xướng.\n\nCó 32 bài hát mới.\n"
    found = found_in(Document.from_text(raw))
    assert [(a.value, a.unit) for a in found] == [(32, "đoàn hợp xướng"), (32, "bài hát")]


def test_curly_and_straight_quotes_protect_slogans() -> None:
    for q1, q2 in (('"', '"'), ("\u201c", "\u201d")):
        _, found = _extract(f"Phong trào {q1}5 có, 3 sạch{q2} thu hút 200 hộ tham gia.")
        assert [(a.value, a.unit) for a in found] == [(200, "hộ")]


def test_user_lexicon_extends_qualifiers(tmp_path: Path) -> None:
    text = "Lễ hội thu hút cỡ 300 người."
    _, before = _extract(text)
    assert [(a.value, a.qualifier) for a in before] == [(300, None)]
    (tmp_path / "qualifiers.yaml").write_text("source: test\nentries:\n  - {term: cỡ, kind: about}\n", encoding="utf-8")
    _, after = _extract(text, Options(lexicon_dirs=(tmp_path,)))
    assert [(a.value, a.qualifier, a.qualifier_kind) for a in after] == [(300, "cỡ", "about")]


MY_DATA_FILES = (
    "numbers",
    "qualifiers",
    "units",
    "achievement_context",
    "achievement_phrases",
    "awards",
    "recipients",
    "award_words",
)


@pytest.mark.parametrize("name", MY_DATA_FILES)
def test_data_file_has_no_entry_twice(name: str) -> None:
    """Matching folds case and NFC, so an entry repeated in another case is a duplicate too (a ``cased`` entry
    matches only as written: 'HC Vàng' and 'HC vàng' are two)."""
    path = Path(__file__).parents[1] / "src" / "vnnews" / "data" / f"{name}.yaml"
    entries = yaml.safe_load(path.read_text("utf-8"))["entries"]

    def key(v: object, cased: bool) -> str:
        nfc = unicodedata.normalize("NFC", str(v))
        return nfc if cased else nfc.casefold()

    keys = [
        tuple(sorted((k, key(v, e.get("cased") is True)) for k, v in e.items()))
        if isinstance(e, dict)
        else unicodedata.normalize("NFC", str(e)).casefold()
        for e in entries
    ]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    assert not twice, f"{name}.yaml lists these entries more than once: {twice}"
