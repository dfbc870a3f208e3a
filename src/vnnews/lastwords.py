"""Where the last words before a point begin: one reading for every rule that searches only a text's tail.

A rule that reads at most ``n`` words before a point is tried from the start of the last ``n`` words, not from
the start of the sentence. The rules split words on different spaces, named here: a line break is a space to
the sense patterns and a word character to the achievement windows; the date rules split words by every other
space and never read across a line break (``vnnews._date_rules.window_start`` starts after the last one).
"""

from __future__ import annotations

import functools

import regex

#: The achievement rule windows: words are split by the space character alone.
SPACE = " "
#: The end-anchored sense patterns: by any white space.
WHITESPACE = r"\s"
#: The date rules: by what ``str.isspace`` calls a space but a line break, which is read as a word character here
#: (the date rules' window also starts after the last line break: no date rule reads across one).
LINE_SPACE = r"[\s\x1c-\x1f]--[\n]"


@functools.lru_cache(maxsize=16)
def _last_runs(n: int, spaces: str) -> regex.Pattern[str]:
    """The last ``n`` runs of non-spaces and the spaces after each, read from the end; a run is never split in two."""
    return regex.compile(rf"(?:[^{spaces}]++[{spaces}]*){{{n}}}\Z", regex.REVERSE | regex.VERSION1)


def last_words_start(text: str, start: int, end: int, n: int, spaces: str = SPACE) -> int:
    """Where the last ``n`` words (runs of non-``spaces``) of text[start:end] begin; ``start`` if there are fewer.

    >>> [last_words_start("Ban Chỉ đạo 389", 0, 12, n) for n in (1, 2, 3, 4)]
    [8, 4, 0, 0]
    >>> last_words_start("x\\nhai ba", 0, 8, 2), last_words_start("x\\nhai ba", 0, 8, 2, WHITESPACE)
    (0, 2)
    """
    if spaces == SPACE:  # one space character: str.rfind per word is cheaper than a regex call for a few words
        pos = end
        for _ in range(n):
            while pos > start and text[pos - 1] == " ":
                pos -= 1
            pos = max(text.rfind(" ", start, pos) + 1, start)
        return pos
    if n <= 0:
        return end
    runs = _last_runs(n, spaces).search(text, start, end, concurrent=False)
    return start if runs is None else runs.start()
