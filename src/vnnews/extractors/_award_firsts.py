"""Awards, before step 1: where the first word of an award name is written, found by one scan of the text.

Every award name opens with the first word of a term of ``awards.yaml`` (or, for '{N} năm tuổi Đảng', with
its number): :mod:`._award_names` tries the name pattern only there. The words and the numbered names are
scanned apart when no match of one can overlap a match of the other (then the two scans find what one scan
of both finds, and each runs faster on its own); the places found are kept for the text's clauses, and a
clause that a kept match crosses into or out of (or that ends inside a word) is scanned again on its own, as
the names are read per clause (:func:`first_words`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

import regex

from ..entries import AwardEntry
from ..folded import Folded, folded
from ..lexicon import Termset


def first_word_scans(awards: Sequence[AwardEntry], name_word: Callable[[str], str]) -> tuple[Folded, ...]:
    """The scans for the first words of award names (a name opening with a number as a whole), one or two."""
    numbered = [a.term for a in awards if a.term.split()[0].casefold() == "{n}"]
    firsts = {a.term.split()[0] for a in awards if a.term not in numbered}

    def words(case: Callable[[str], str]) -> str:
        return Termset({case(w) for w in firsts}).pattern(boundary=False)

    def counts(case: Callable[[str], str]) -> str:
        return Termset([case(t) for t in numbered]).pattern(boundary=False, word=name_word)

    if not all(regex.match(r"\w|\{n\}", t, regex.IGNORECASE) for t in firsts | set(numbered)):
        return (folded(lambda case: rf"(?<!\w)(?:{words(case)}(?!\w)|{counts(case)}(?!\w))"),)
    # '\b' is 'no word character before' where a word character follows: every first word opens with one
    if not numbered or not _apart(firsts, counts(str)):
        return (folded(lambda case: rf"\b(?:{words(case)}(?!\w)|{counts(case)}(?!\w))"),)
    return folded(lambda case: rf"\b{words(case)}(?!\w)"), folded(lambda case: rf"\b{counts(case)}(?!\w)")


def _apart(firsts: set[str], counts: str) -> bool:
    """No first word can overlap a numbered name: none holds a digit or is a word written in its pattern (the
    pattern's letters read as words, 's' of '\\s' too: any doubt keeps one scan)."""
    written = {w.casefold() for w in regex.findall(r"[^\W\d_]+", counts)}
    cores = {regex.sub(r"\W", "", w.casefold()) for w in firsts}
    return not any(regex.search(r"\d", w) for w in firsts) and not cores & written


def first_words(text: str, start: int, end: int, scans: tuple[Folded, ...]) -> list[int]:
    """Where the first word of an award name is written in [start, end): from one scan of the whole text when
    that finds what a scan of the clause alone finds, else (a numbered name's spaces crossing the clause's
    start or end, or a word running on past it) from a scan of the clause, as the names are read per clause."""
    global _FIRSTS
    kept = _FIRSTS  # one tuple, replaced whole: a thread never reads half of another's
    if kept[0] is not text or kept[1] is not scans:
        spans = sorted(_spans(text, scans, 0, len(text)))
        kept = _FIRSTS = (text, scans, [s for s, _ in spans], [e for _, e in spans])
    starts, ends = kept[2], kept[3]
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end, lo)
    # the spans do not overlap (one scan's matches never do, and two scans run only when _apart says theirs
    # cannot): only the one before the clause can run into it, only its last one out of it
    crossed = bool(lo and ends[lo - 1] > start) or bool(hi > lo and ends[hi - 1] > end) or bool(_WORD.match(text, end))
    if crossed:
        return sorted(s for s, _ in _spans(text, scans, start, end))
    return starts[lo:hi]


def _spans(text: str, scans: tuple[Folded, ...], start: int, end: int) -> list[tuple[int, int]]:
    """The spans every scan finds in [start, end) of the text."""
    spans: list[tuple[int, int]] = []
    for scan in scans:
        scan_with, scanned = scan.on(text)  # the lowered text when it finds the same spans (vnnews.folded)
        spans += [m.span() for m in scan_with.finditer(scanned, start, end, concurrent=False)]
    return spans


#: A word character: a clause cut before one (not at a space or a mark) is scanned alone.
_WORD = regex.compile(r"\w")

#: The text last scanned for first words, its scans, and the starts and ends found.
_FIRSTS: tuple[str | None, tuple[Folded, ...] | None, list[int], list[int]] = (None, None, [], [])
