"""A tail pattern finds what its whole pattern finds, its last words' start kept per text between searches."""

from __future__ import annotations

import regex

from vnnews.extractors._achv_words import Tail

#: At most two words closing the text, and the spaces after them.
_TWO_LAST = regex.compile(r"(?<!\S)\S+(?:\s+\S+)?\s*$")


def test_tails_searched_in_turn_find_the_whole_patterns_matches() -> None:
    """Tails over 2 to 5 words, asked in turn over texts and bounds that change: each finds the whole pattern's
    match (the starts kept for one text and bounds are never read for another)."""
    texts = ["không được hưởng  30", "a b c d e f", "x\nhai ba ", "   ", "", "một"]
    asks = [(t, pos, end) for t in texts for pos in (0, 1) for end in (None, len(t) - 1) if pos <= len(t)]
    for words in (2, 5, 3, 2, 4):
        for text, pos, end in [*asks, *reversed(asks)]:
            found = Tail(_TWO_LAST, words).search(text, pos, end)
            whole = _TWO_LAST.search(text, pos, len(text) if end is None else end)
            assert (found and found.span()) == (whole and whole.span()), (text, pos, end, words)


def test_a_text_equal_to_the_last_but_another_object() -> None:
    """A copy of the last text (another object, the same words) reads its own starts: the same matches."""
    text = "đã đạt 3 giải nhất"
    copy = "".join(list(text))
    assert copy is not text
    whole = _TWO_LAST.search(text, 0, 9)
    assert whole is not None
    for tail in (Tail(_TWO_LAST, 2), Tail(_TWO_LAST, 3)):
        first, second = tail.search(text, 0, 9), tail.search(copy, 0, 9)
        assert first is not None
        assert second is not None
        assert first.span() == second.span() == whole.span()
