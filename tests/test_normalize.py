"""Stage 1: the normaliser rewrites spelling variants and keeps an exact map back to the input."""

from __future__ import annotations

import unicodedata

import pytest

from vnnews.normalize import modern_tone, normalize

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Uỷ ban nhân dân", "Ủy ban nhân dân", id="old-tone-uy"),
        pytest.param("hoà bình, khoẻ mạnh", "hòa bình, khỏe mạnh", id="old-tone-oa-oe"),
        pytest.param("Tỉnh uỷ", "Tỉnh ủy", id="tinh-uy"),
        pytest.param("thuế, Huế, quý, hoàng", "thuế, Huế, quý, hoàng", id="already-modern-untouched"),
        pytest.param(NFD("Phó Bí thư Tỉnh ủy"), "Phó Bí thư Tỉnh ủy", id="nfd-to-nfc"),
        pytest.param(NFD("Tỉnh uỷ"), "Tỉnh ủy", id="nfd-and-old-tone"),
        pytest.param("“Phụ nữ tiêu biểu”", '"Phụ nữ tiêu biểu"', id="curly-double-quotes"),
        pytest.param("‘Mẹ đỡ đầu’", "'Mẹ đỡ đầu'", id="curly-single-quotes"),
        pytest.param("2021 – 2026 — x", "2021 - 2026 - x", id="dashes"),
        pytest.param("a\r\nb\rc", "a\nb\nc", id="line-endings"),
        pytest.param("a\u00a0b\tc", "a b c", id="odd-spaces"),
        pytest.param("a\u200bb\u00adc", "abc", id="zero-width-dropped"),
        pytest.param("a\ud800b\x07c", "a b c", id="surrogate-and-control"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Phó Bí thư Tỉnh uỷ Hoàng Giang",
        NFD("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lò Văn Mừng"),
        "“trên 1.800 buổi”\r\n\r\nhoà\u200b bình\u00a0x",
        "e\u0301\u0323 stacked marks, \ud83d\ude00 emoji, \ud800 lone",
    ],
)
def test_offset_map_points_at_the_same_characters(raw: str) -> None:
    """Every normalised character maps to an input range that normalises to it (modulo the rewrite tables)."""
    n = normalize(raw)
    assert len(n.starts) == len(n.ends) == len(n.text)
    for i, ch in enumerate(n.text):
        s, e = n.to_raw(i, i + 1)
        assert 0 <= s < e <= len(raw)
        piece = unicodedata.normalize("NFC", raw[s:e])
        if piece.isalpha() and ch.isalpha():
            assert unicodedata.normalize("NFD", piece)[0].casefold() == unicodedata.normalize("NFD", ch)[0].casefold()
    # a whole-text span maps to the whole input (minus dropped edges)
    s, e = n.to_raw(0, len(n.text))
    assert s == 0
    assert e <= len(raw)


def test_span_of_a_word_in_nfd_input_covers_its_combining_marks() -> None:
    raw = NFD("Tỉnh ủy Hoàng Giang")
    n = normalize(raw)
    i = n.text.index("Hoàng")
    s, e = n.to_raw(i, i + len("Hoàng"))
    assert unicodedata.normalize("NFC", raw[s:e]) == "Hoàng"


def test_empty_span_and_bounds() -> None:
    n = normalize("abc")
    assert n.to_raw(1, 1) == (1, 1)
    assert n.to_raw(3, 3) == (3, 3)
    with pytest.raises(ValueError, match="outside"):
        n.to_raw(2, 5)


@pytest.mark.parametrize(
    ("syllable", "expected"),
    [("Uỷ", "Ủy"), ("uỷ", "ủy"), ("hoà", "hòa"), ("Hoá", "Hóa"), ("khoẻ", "khỏe"), ("thuý", "thúy"),
     ("quý", "quý"), ("thuế", "thuế"), ("hoàng", "hoàng"), ("khuya", "khuya"), ("a", "a"), ("Giàng", "Giàng")],
)
def test_modern_tone(syllable: str, expected: str) -> None:
    assert modern_tone(syllable) == expected


@pytest.mark.issue("9-normalise-trigger-set")
def test_the_trigger_characters_a_text_holds_find_the_places_the_trigger_pattern_finds() -> None:
    """normalize scans for a set of the text's own trigger characters instead of _TRIGGER: the same places."""
    import random
    from pathlib import Path

    from vnnews.normalize import _TRIGGER, _triggers

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("tests/*/articles/*.txt"))]
    rng = random.Random(9)
    odd = "ab \n\r\t\u00a0\u200b\ufeff\u0300\u0301“”‘’–—…\u2028\ud800\x07Uỷ\u1ef7ò\u00adA\u212b\U0001f600"
    texts += ["".join(rng.choice(odd) for _ in range(rng.randrange(40))) for _ in range(3000)]
    for text in texts:
        trigger = _triggers(text)
        found = [m.start() for m in trigger.finditer(text)] if trigger else []
        assert found == [m.start() for m in _TRIGGER.finditer(text)], repr(text)
