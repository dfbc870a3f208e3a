"""A number in its sentence, as the sense rules read it (:mod:`._achv_sense` and the modules it reads)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..folded import lowered
from ..numbers import NumberMatch
from ._achv_unit import Unit
from ._achv_words import CLAUSE_BREAK


@dataclass(frozen=True)
class Around:
    """A number in its sentence: the text before it (from the sentence and its paragraph) and the unit after it."""

    before: str  # the sentence up to the number
    paragraph: str  # the paragraph up to the number
    num: NumberMatch
    unit: Unit
    after: str  # the sentence after the unit
    written: str = ""  # the number as written ('4.0')
    earlier: tuple[str, int] = ("", 0)  # the article and where the sentence starts in it (nothing copied)

    @functools.cached_property
    def clause(self) -> str:
        """The clause up to the number, after the last clause break before it (split once, read by many rules)."""
        return CLAUSE_BREAK.split(self.before)[-1]

    @functools.cached_property
    def next_clause(self) -> str:
        """The clause after the unit, up to the first clause break after it."""
        found = CLAUSE_BREAK.search(self.after)
        return self.after if found is None else self.after[: found.start()]

    @functools.cached_property
    def lowered_before(self) -> tuple[str, str] | None:
        """The paragraph and the sentence up to the number, lowered, when the article lowers faithfully
        (:mod:`vnnews.folded`): where no term has all its words, no scan for one is needed."""
        text, start = self.earlier
        low = lowered(text) if text else None
        if low is None:
            return None
        end = start + len(self.before)
        return low[end - len(self.paragraph) : end], low[start:end]
