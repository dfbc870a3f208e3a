"""The facts the extractors hand on: plain frozen hits, offsets in the normalised text.

Extractors match, merge repeats and settle overlaps on these; :mod:`vnnews.records` turns each into
its pydantic record once, at the end, mapping every offset to the input text in that one place.
String fields hold what the rules read in the normalised text (NFC, modern tone marks, straight
quotes), except where a field names a span: then the record takes the input's spelling.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..models import QualifierKind

MentionKind = Literal["name", "short_name", "title"]


@dataclass(frozen=True)
class AchievementHit:
    """A stated quantity: evidence [start, end), the number as written at ``number``, in sentence ``sentence``."""

    start: int
    end: int
    number: tuple[int, int]
    value: int | float
    unit: str
    qualifier: str | None
    qualifier_at: tuple[int, int] | None  # where the hedge is written, when it is (else it opens the number)
    qualifier_kind: QualifierKind | None
    total: int | float | None
    value_max: int | float | None
    approximate: bool
    target: bool
    action: str | None
    sentence: int  # index into Document.sentences
    rule: str


@dataclass(frozen=True)
class AwardHit:
    """An award given: evidence [start, end), in sentence ``sentence``."""

    start: int
    end: int
    count: int | None
    recipient_type: str | None
    award: str
    issuer: str | None
    level: str | None
    giver: str | None
    recipients: tuple[str, ...]
    sentence: int  # index into Document.sentences
    rule: str
    count_at: tuple[int, int] | None = None  # the count and what it counts ('24 tập thể'), when counted
    name_at: tuple[int, int] | None = None  # the award's name as written ('Huy hiệu 50 năm tuổi Đảng')
    proposed: bool = False  # only proposed: 'đề nghị tặng Bằng khen cho 5 tập thể'
    commendation: bool = False  # praised with no award named: 'tuyên dương 26 tập thể' (owns its count, not listed)
    given: bool = True  # False when wished, promised or ruled: 'muốn giành HCV' (owns its count, not listed)
    restated: bool = False  # a fact told again: a caption, an act named for an award named elsewhere (same)


@dataclass(frozen=True)
class PersonTitle:
    """A title a person holds: [start, end), and its post and organisation as read."""

    start: int
    end: int
    text: str
    position: str
    organisation: str | None
    former: bool
    rule: str


@dataclass(frozen=True)
class PersonMention:
    """Where a person is named (``name``, ``short_name``) or referred to by a title alone (``title``)."""

    start: int
    end: int
    text: str
    kind: MentionKind
    rule: str


@dataclass(frozen=True)
class PersonHit:
    """A person: the name as written, their titles and mentions, and the words in front of the name."""

    name: str
    titles: tuple[PersonTitle, ...]
    mentions: tuple[PersonMention, ...]
    honorific: str | None = None
    rank: str | None = None
    degree: str | None = None


@dataclass(frozen=True)
class RoleHit:
    """A title nobody named holds ("Lãnh đạo UBND huyện", "Phó Bí thư Tỉnh ủy đề nghị ...")."""

    start: int
    end: int
    text: str
    rule: str
