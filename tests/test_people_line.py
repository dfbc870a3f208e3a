"""The words a people rule reads: a Line's tokens, and the vocabulary terms the trie finds at each word."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from vnnews.document import Document
from vnnews.extractors._people_lex import lexicon
from vnnews.extractors._people_line import Line
from vnnews.extractors._people_words import words
from vnnews.lexicon import Termset
from vnnews.segment import FURNITURE

SAMPLES = sorted((Path(__file__).parents[1] / "samples").glob("*.txt"))


def term_keys(ts: Termset) -> set[tuple[str, ...]]:
    """Each term of ``ts`` as the words a line compares it with (case-folded unless the termset is exact)."""
    return {tuple(w if ts.exact else w.casefold() for w in words(t)) for t in ts.terms}


def longest(keys: set[tuple[str, ...]], line_keys: list[str], i: int) -> int:
    """The longest term at word ``i``, the plain way: the words from ``i`` compared with every term."""
    return max((len(k) for k in keys if tuple(line_keys[i : i + len(k)]) == k), default=0)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_the_trie_finds_the_longest_term_of_every_vocabulary_at_every_word(path: Path) -> None:
    doc = Document.from_text(path.read_text(encoding="utf-8"))
    lex = lexicon()
    termsets = {v: term_keys(v) for f in fields(lex) if isinstance(v := getattr(lex, f.name), Termset)}
    lines = [Line(doc.text, lex, b.start, b.end) for b in doc.blocks if b.kind not in FURNITURE]
    found = 0
    for line in lines:
        for ts, keys in termsets.items():
            line_keys = line.words if ts.exact else line.folds
            for i in range(line.n):
                assert line.match(ts, i) == longest(keys, line_keys, i), (ts, line.text(i, min(i + 4, line.n)))
                found += line.match(ts, i) > 0
    assert found > 100


def test_a_line_keeps_offsets_into_the_text_and_splits_a_glued_form_of_address() -> None:
    text = "Dự có  EmNguyễn Văn An (SN 2016)"
    line = Line(text, lexicon(), 3)
    assert line.words[:4] == ["có", "Em", "Nguyễn", "Văn"]
    assert [text[s:e] for s, e in zip(line.starts, line.ends, strict=True)] == line.words
    assert line.text(0, 5) == "có EmNguyễn Văn An"  # a space only where the text has one
    assert line.glued(2)
    assert not line.glued(1)


def test_match_outside_the_line_is_zero() -> None:
    line = Line("Phó Bí thư", lexicon())
    assert line.match(line.lex.positions, 0) == 3
    assert line.match(line.lex.positions, -1) == line.match(line.lex.positions, 3) == 0


def test_no_word_the_glued_check_skips_has_a_capital_to_regex() -> None:
    """Line._unglue skips a word whose letters after the first are all small to str (islower and isalpha): no
    character regex calls a capital (\\p{Lu}, of any Unicode version it knows) passes that test."""
    import sys

    import regex

    capital = regex.compile(r"\p{Lu}")
    for code in range(sys.maxunicode + 1):
        rest = f"a{chr(code)}a"
        if rest.islower() and rest.isalpha():
            assert not capital.match(chr(code)), hex(code)
    assert Line("EmNguyễn Văn A, ôngTrần", lexicon()).words == ["Em", "Nguyễn", "Văn", "A", ",", "ôngTrần"]
