"""vnnews.lastwords reads the last words as each rule's own loop did (issue 9 review): speed, never output."""

from __future__ import annotations

import random

import regex

from vnnews._date_rules import window_start
from vnnews.lastwords import LINE_SPACE, SPACE, WHITESPACE, last_words_start

ALPHABET = "ab đ1 \n\t\u00a0\u3000\x1c,."


def _walk(text: str, start: int, end: int, n: int, space: str) -> int:
    """The loops the helper replaced: skip the spaces, then the word, ``n`` times, never before ``start``."""
    pos = end
    for _ in range(n):
        while pos > start and regex.match(space, text[pos - 1]):
            pos -= 1
        while pos > start and not regex.match(space, text[pos - 1]):
            pos -= 1
    return pos


def test_the_last_words_start_where_the_word_by_word_walk_ends_for_every_rule_of_spaces() -> None:
    rnd = random.Random(9)
    rules = {SPACE: " ", WHITESPACE: r"\s", LINE_SPACE: r"[^\S\n]|[\x1c-\x1f]"}
    for _ in range(4000):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randrange(0, 14)))
        start = rnd.randrange(0, len(text) + 1)
        end = rnd.randrange(start, len(text) + 1)
        n = rnd.randrange(1, 5)
        for spaces, space in rules.items():
            assert last_words_start(text, start, end, n, spaces) == _walk(text, start, end, n, space), (text, n)


def test_the_date_rules_spaces_are_those_str_isspace_names_but_the_line_break() -> None:
    spaces = regex.compile(f"[{LINE_SPACE}]", regex.VERSION1)
    chars = map(chr, range(0x3001))  # every space str.isspace knows is below U+3001
    assert {c for c in chars if spaces.match(c)} == {c for c in map(chr, range(0x3001)) if c.isspace()} - {"\n"}


def _words_back(text: str, pos: int, words: int, floor: int) -> int:
    """The date rules' own loop before vnnews.lastwords (dc7c94b): spaces skipped but a line break, which ends it."""
    for _ in range(words):
        while pos > floor and text[pos - 1].isspace() and text[pos - 1] != "\n":
            pos -= 1
        while pos > floor and not text[pos - 1].isspace():
            pos -= 1
    return pos


def test_date_window_never_crosses_a_line_break_as_the_loop_it_replaced() -> None:
    """Regression (review of mend7): last_words_start read a line break as a word character, so the date rules'
    window ran on into the line before ('từ\\nngày 9 đến 11/1' opened at 'từ')."""
    assert window_start("từ\nngày 9 đến 11/1/2025", 0, 3 + 5, 2) == 3
    rnd = random.Random(11)
    for _ in range(20000):
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randrange(0, 14)))
        floor = rnd.randrange(0, len(text) + 1)
        pos = rnd.randrange(floor, len(text) + 1)
        n = rnd.randrange(1, 5)
        assert window_start(text, floor, pos, n) == _words_back(text, pos, n, floor), (text, floor, pos, n)
