"""The hits the people modules hand to each other: a candidate name and a title, as token ranges.

They live apart from the code that makes them so that reading (:mod:`._people_names`,
:mod:`._people_titles`, :mod:`._people_scan`), assigning (:mod:`._people_assign`) and record
building (:mod:`.people`) share one definition without importing each other. A name collects
the titles given to it; a title remembers the name written right after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class NameHit:
    """A candidate name: tokens [start, end), with what was written before it."""

    start: int
    end: int
    honorific: str | None = None
    rank: str | None = None
    degree: str | None = None
    confirmed: bool = False
    short: bool = False
    titles: list[TitleHit] = field(default_factory=list)
    rule: str = "people.name"


@dataclass
class TitleHit:
    """A title: tokens [start, end); the post is [pos_start, pos_end)."""

    start: int
    end: int
    pos_start: int
    pos_end: int
    former: bool
    name: NameHit | None = None  # the name written right after it (title before name)
    role: bool = False  # opened by a role head ("Lãnh đạo"), never a person's title
    rule: str = "people.title"
