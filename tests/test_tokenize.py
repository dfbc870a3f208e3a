"""Stage 3: underthesea's tokens are re-aligned to exact offsets, lexicon words kept whole."""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest

from vnnews.document import Document
from vnnews.tokenize import tokenize


@pytest.mark.parametrize(
    "text",
    [
        "Phó Bí thư Tỉnh ủy Hoàng Giang trao danh hiệu Chiến sỹ thi đua cấp tỉnh cho các cá nhân.",
        "tổ chức trên 1.800 buổi tuyên truyền;   thành lập 74 mô hình/câu lạc bộ",
        'Huy hiệu "Vì sự nghiệp xây dựng và phát triển tỉnh Lào Cai" cho 4 cá nhân',
        "Giàng A Câu- Chủ tịch, T.Ư Đoàn, 64.9% dân số, 31,5kg heroin",
    ],
)
def test_tokens_are_exact_slices(text: str) -> None:
    tokens = tokenize(text, 0, len(text))
    assert tokens
    for t in tokens:
        assert text[t.start : t.end] == t.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
    # every non-space character is covered by exactly one token
    covered = sum(t.end - t.start - t.text.count(" ") for t in tokens)
    assert covered == sum(not c.isspace() for c in text)


def test_multi_word_titles_stay_whole_via_fixed_words() -> None:
    text = "Dự hội nghị có các đồng chí: Giàng Seo Vần, Ủy viên Ban Thường vụ Tỉnh ủy"
    words = [t.text for t in tokenize(text, 0, len(text), ("Ban Thường vụ Tỉnh ủy", "Ủy viên"))]
    assert "Ban Thường vụ Tỉnh ủy" in words
    assert "Giàng Seo Vần" in words


def test_document_tokens_are_cached_and_map_to_input_offsets() -> None:
    raw = unicodedata.normalize("NFD", "Tiêu đề\n\nPhó Bí thư Tỉnh uỷ Hoàng Giang phát biểu tại hội nghị tổng kết năm.")
    doc = Document.from_text(raw)
    sent = doc.sentences[-1]
    first = doc.tokens(sent)
    assert doc.tokens(sent) is first
    hg = next(t for t in first if t.text == "Hoàng Giang")
    span = doc.span(hg.start, hg.end)
    assert raw[span["start"] : span["end"]] == span["text"]
    assert unicodedata.normalize("NFC", span["text"]) == "Hoàng Giang"


@pytest.mark.parametrize(
    "text",
    [
        "Dự hội nghị có các đồng chí: Giàng Seo Vần, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Tỉnh ủy",
        "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh trao Bằng khen cho 12 tập thể và 30 cá nhân.",
        "tổ chức trên 1.800 buổi tuyên truyền;   thành lập 74 mô hình/câu lạc bộ ở nước ngoài",
    ],
)
def test_word_tokenize_with_the_pattern_built_once_reads_as_underthesea(text: str) -> None:
    """The fixed words' pattern compiled once gives underthesea's own words, call after call."""
    from underthesea import word_tokenize

    from vnnews.lexicon import fixed_words
    from vnnews.tokenize import _word_tokenize

    words = fixed_words(())
    expected = word_tokenize(text, use_token_normalize=False, fixed_words=list(words))
    assert _word_tokenize(text, words) == expected
    assert _word_tokenize(text, words) == expected
    assert _word_tokenize(text, ()) == word_tokenize(text, use_token_normalize=False)


@pytest.mark.parametrize(
    "words",
    [
        ("Bí thư Tỉnh ủy", "Phó Bí thư", "Bí thư", "Phó Chủ tịch", "Chủ tịch"),
        ("Bí thư", "Bí thư Tỉnh ủy", "Bí thư Tỉnh", "Phó Bí thư"),  # a shorter word first keeps winning
        ("Hội Nông dân", "Hội nông dân", "Hội Nông", "hội Nông dân"),  # case-sensitive: no letter stands for another
    ],
)
def test_fixed_words_as_a_tree_match_as_underthesea_alternation(words: tuple[str, ...]) -> None:
    """The fixed words written as a tree find the same words, where underthesea's plain alternation does."""
    import re

    from vnnews.tokenize import fixed_trie

    plain = re.compile("|".join(rf"\b{w.replace(' ', chr(92) + ' ')}\b" for w in words), re.VERBOSE)
    tree = re.compile(rf"\b(?:{fixed_trie(words)})", re.VERBOSE)
    text = "Ông Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủyx, Bí thư Tỉnh, Hội Nông dân và Hội nông dân; hội Nông dânh, Hội Nông"
    for start in range(len(text)):
        found = plain.match(text, start)
        assert (found and found.span()) == ((m := tree.match(text, start)) and m.span())


def test_fixed_words_pattern_is_the_tree() -> None:
    """The pattern the pipeline sets in underthesea holds the fixed words as a tree (not 371 alternatives)."""
    from vnnews.lexicon import fixed_words
    from vnnews.tokenize import _fixed_pattern, fixed_trie

    words = fixed_words(())
    assert fixed_trie(words) in _fixed_pattern(words).pattern


@pytest.mark.parametrize(
    "text",
    [
        "Phó Bí thư  Tỉnh ủy\u00a0Hoàng Giang,\ttrao 12\u2009Bằng khen\n(TP.HCM) – 20.000 USD…",
        " \u3000a\u200ab:) =)) <3 ♥‿♥ 4K 43H-0530 http://x.vn/a email@x.vn 02/05/2014 v.v... ° C\x0b\x0c\x1c ",
    ],
)
def test_no_token_starts_at_a_space(text: str) -> None:
    """The pattern's lookahead for a non-space changes no token: none of underthesea's alternatives starts at one."""
    from vnnews.lexicon import fixed_words
    from vnnews.tokenize import _fixed_pattern

    pattern = _fixed_pattern(fixed_words(()))
    assert pattern.pattern.startswith(r"(?=\S)(")
    without = re.compile(pattern.pattern.removeprefix(r"(?=\S)"), pattern.flags)
    spaces = [chr(c) for c in range(0x3001) if re.match(r"\s", chr(c))]
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in without.finditer(text)]
    assert not [c for c in spaces for after in ("", "a", "1", ".", "Bí thư", ":)") if without.match(c + after)]


@pytest.mark.issue("underthesea-shortcut-without-a-version-check")
def test_an_unchecked_underthesea_version_gets_its_own_word_tokenize(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortcut reads underthesea 9.5's internals; pyproject allows >=6.8: another version's own call."""
    from vnnews import tokenize as tokenize_module
    from vnnews._underthesea import word_tokenize_module

    calls: list[tuple[str, list[str]]] = []

    def own(piece: str, use_token_normalize: bool = True, fixed_words: list[str] | None = None) -> list[str]:
        calls.append((piece, list(fixed_words or [])))
        return piece.split()

    monkeypatch.setattr(tokenize_module, "version", lambda: "6.8.0", raising=False)
    monkeypatch.setattr(word_tokenize_module(), "word_tokenize", own)
    text = "Phó Bí thư Tỉnh ủy Hoàng Giang"
    assert [t.text for t in tokenize(text, 0, len(text), ("Phó Bí thư",))] == text.split()
    assert calls == [(text, ["Phó Bí thư"])]
