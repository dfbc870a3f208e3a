"""Termset patterns written as a tree (vnnews.alternation) match exactly as the plain alternation did."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

import vnnews
from vnnews.alternation import ordered_trie
from vnnews.lexicon import Termset, load, term_regex

#: Every vocabulary shipped: terms of several words, shared prefixes, marks, capitals, short and long.
VOCABULARIES = sorted(p.stem for p in (Path(vnnews.__file__).parent / "data").glob("*.yaml"))
FLAGS = (0, regex.IGNORECASE)
TRICKY_TEXTS = ("abc ab a b a  b", "CÚP VÀNG cúp Chiến cchiến", "ſáu SÁU sáu Ω ω k K \u212a", "tỷ đồng tỷđồng  đồng")


def _plain(terms: tuple[str, ...]) -> str:
    return "|".join(term_regex(t) for t in terms)


def _texts(terms: tuple[str, ...], rng: random.Random) -> list[str]:
    """Texts that hold the terms, their prefixes, other cases, glued and spaced forms, side by side."""
    pieces = [*terms, *(t[: rng.randrange(1, len(t) + 1)] for t in terms), *(t.upper() for t in terms[:50])]
    pieces += [t.replace(" ", "  ") for t in terms[:50]] + [" ", ", ", "x", "1", "\n"]
    return ["".join(rng.choice(pieces) + rng.choice(("", " ", " ", ".")) for _ in range(40)) for _ in range(60)]


@pytest.mark.issue("9-termset-tree-same-matches")
@pytest.mark.parametrize("name", VOCABULARIES)
@pytest.mark.parametrize("flags", FLAGS)
def test_a_vocabulary_as_a_tree_finds_what_its_alternation_finds(name: str, flags: int) -> None:
    terms = Termset(e.term for e in load(name)).terms
    rng = random.Random(name)
    for bounded in (False, True):
        wrap = (lambda b: rf"(?<!\w)(?:{b})(?!\w)") if bounded else (lambda b: f"(?:{b})")
        tree, plain = regex.compile(wrap(ordered_trie(terms)), flags), regex.compile(wrap(_plain(terms)), flags)
        for text in _texts(terms, rng):
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize(
    "terms",
    [
        ("tỷ đồng", "tỷ", "triệu đồng", "triệu"),
        ("a  b", "a b", "ab", "a"),  # the same regex twice, a shorter term after a longer one
        ("Cúp", "Chiến", "cúp", "CÚP vàng", "c"),  # case forms apart in the order
        ("ſáu", "sáu", "Ω", "ω", "K", "k"),  # characters that fold alike
        ("b", "ab", "abc"),  # a shorter term first: it wins where it matches, as in the alternation
    ],
)
@pytest.mark.parametrize("flags", FLAGS)
def test_order_and_case_are_kept_on_tricky_terms(terms: tuple[str, ...], flags: int) -> None:
    for tail in ("", r"(?!\w)", r"\b", r"c", r"\s*$"):
        tree = regex.compile(f"(?:{ordered_trie(terms)}){tail}", flags)
        plain = regex.compile(f"(?:{_plain(terms)}){tail}", flags)
        for text in TRICKY_TEXTS:
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)], (tail, text)


def test_there_are_vocabularies_to_compare_on() -> None:
    assert len(VOCABULARIES) > 20
