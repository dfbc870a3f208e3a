"""Case-blind scans run on the lowered text (vnnews.folded) find the spans the case-blind pattern finds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from vnnews.document import Document
from vnnews.folded import folded
from vnnews.lexicon import Termset

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted([*ROOT.glob("tests/*/articles/*.txt"), *ROOT.glob("samples/*.txt")])
TERMS = ["Huân chương", "giải", "Cúp", "năm", "sáu", "Kỷ niệm chương", "Đơn vị", "Sở", "tư", "ĐẢNG", "ý"]
#: Characters whose case forms do not lower to one letter alike: the long s ('ſáu' is 'sáu' case-blind), the Kelvin
#: sign (lowers to 'k'), a dotted capital I (lowers to two characters), final sigma, a mark glued to a word.
ODD = [
    "Tặng CÚP và HUÂN CHƯƠNG, giải Nhất, ĐƠN VỊ, Sở",
    "ſáu người, Kỷ niệm chương, năm",
    "KỶ NIỆM CHƯƠNG, İstanbul giải",
    "ΣΟΦΟΣ ς năm SÁU",
    "giải\u0301 năm tư\u0301 Tư, Ý",
    "ĐẢNG đảng Đảng",
]


def _texts() -> list[str]:
    return [*ODD, *(Document.from_text(p.read_text(encoding="utf-8")).text for p in ARTICLES)]


@pytest.mark.issue("9-folded-scans-same-spans")
@pytest.mark.parametrize("boundary", [True, False])
def test_a_scan_on_the_lowered_text_finds_the_case_blind_spans(boundary: bool) -> None:
    p = folded(lambda case: Termset([case(t) for t in TERMS]).pattern(boundary=boundary))
    lowered = 0
    for text in _texts():
        scan_with, scanned = p.on(text)
        lowered += scan_with is p.lowered
        assert [m.span() for m in scan_with.finditer(scanned)] == [m.span() for m in p.blind.finditer(text)], text
    assert lowered > len(ARTICLES) // 2  # most texts are scanned lowered


@pytest.mark.issue("9-folded-scans-same-spans")
@pytest.mark.parametrize("text", ["ſáu người", "İstanbul giải", "\u212aỷ niệm chương"])
def test_a_text_with_a_character_that_lowers_unlike_its_case_blind_match_is_scanned_as_written(text: str) -> None:
    """'ſ' matches 's' case-blind but lowers to itself; 'İ' lowers to two characters; the Kelvin sign is fine."""
    p = folded(lambda case: Termset([case(t) for t in TERMS]).pattern())
    scan_with, scanned = p.on(text)
    assert (scan_with is p.blind) == (not text.startswith("\u212a"))
    assert [m.span() for m in scan_with.finditer(scanned)] == [m.span() for m in p.blind.finditer(text)]


@pytest.mark.issue("9-folded-scans-same-spans")
def test_the_date_rules_scanned_on_the_lowered_text_find_the_case_blind_matches() -> None:
    """Months, years, periods of months and day ranges: same spans and the same groups, read without case."""
    from vnnews import _date_rules as d
    from vnnews import _date_rules_coarse as c

    texts = [*_texts(), "THÁNG 3 AL, Tháng 3/2024, CUỐI NĂM 2023, Sáu Tháng Đầu Năm, TỪ NGÀY 9 ĐẾN 11/1, ſáu tháng"]

    def read(matches: Iterator[regex.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()}) for m in matches]

    for rule in (d._DAY_RANGE, d._PERIOD_MONTHS, c._MONTH_YEAR, c._MONTH, c._YEAR):
        for text in texts:
            pattern, scanned = rule().on(text)
            assert read(pattern.finditer(scanned)) == read(rule().blind.finditer(text)), text


@pytest.mark.issue("9-folded-scans-same-spans")
def test_every_date_found_on_the_lowered_text_is_found_case_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates with every folded scan run case-blind on the text as written finds the same dates."""
    from vnnews import folded as folded_module
    from vnnews.dates import Anchor, find_dates

    anchor = Anchor.from_iso("2025-01-10")
    texts = [*_texts(), "Sáng Nay (28/7), THỨ HAI (9/1), NGÀY 15 THÁNG 3 NĂM 2024, Nhiệm Kỳ 2021 - 2026, Hôm Qua"]
    folded_dates = [find_dates(text, anchor) for text in texts]
    monkeypatch.setattr(folded_module.Folded, "on", lambda self, text: (self.blind, text))
    assert [find_dates(text, anchor) for text in texts] == folded_dates


@pytest.mark.issue("folded-letter-lowering-to-two-characters")
def test_a_pattern_letter_that_lowers_to_two_characters_is_scanned_case_blind() -> None:
    """'İ' lowers to 'i' and a combining dot (no letter): the lowered pattern found nothing where the blind one did."""
    p = folded(lambda case: "(?:" + case("İstanbul") + ")")
    scan_with, text = p.on("istanbul")
    assert [m.span() for m in scan_with.finditer(text)] == [m.span() for m in p.blind.finditer("istanbul")] == [(0, 8)]


@pytest.mark.issue("folded-kept-huge-texts")
def test_at_most_one_text_over_the_kept_size_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four 20 MB texts and their lowered copies stayed alive per worker."""
    from vnnews import folded as folded_module

    monkeypatch.setattr(folded_module, "_KEPT", ())
    big, other = "a" * (folded_module.KEEP_CHARS + 1), "b" * (folded_module.KEEP_CHARS + 1)
    p = folded(lambda case: case("A"))
    assert p.on("ab")[1] == "ab"
    assert p.on(big)[1] == big
    assert [t for t, _ in folded_module._KEPT] == [big]
    assert p.on("ab")[1] == "ab"
    assert p.on(other)[1] == other
    assert [t for t, _ in folded_module._KEPT] == [other]


@pytest.mark.issue("folded-huge-text-lowered-per-pattern")
def test_a_huge_text_is_lowered_once_for_every_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 5 MB article was lowered again for each of the thousands of patterns asked about it (quadratic)."""
    from vnnews import folded as folded_module

    monkeypatch.setattr(folded_module, "_KEPT", ())
    calls: list[int] = []
    real = folded_module._remember
    monkeypatch.setattr(folded_module, "_remember", lambda text: calls.append(len(text)) or real(text))
    big = "a" * (folded_module.KEEP_CHARS + 1)
    p = folded(lambda case: case("A"))
    for _ in range(5):
        p.on(big)
    assert calls == [len(big)]
