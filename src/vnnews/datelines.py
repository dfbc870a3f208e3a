"""When an article was published (its dateline) and when the event it reports took place.

A dateline is one of the first lines of a page saved as text: ``date 2018-10-12 Title``,
``Ngày đăng: 09/01/2025 08:30``, ``Cập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)``,
``Thứ Năm, 09/01/2025 - 08:30``, ``12:18 - Thứ Sáu, 28/07/2023 Lượt xem: 6862``. A line that
says it was published wins over one that starts with a date, which wins over an update time.

The event date is the day the reported meeting, ceremony or campaign took place: the first day
named in the lead (``Sáng 9/1, Hội LHPN tỉnh tổ chức ...``), preferring one in a sentence with an
event word (``tổ chức``, ``khai mạc``, ``trao``; ``data/rules/dates.yaml``). A day in brackets after a
name is a commemoration (``Ngày Thầy thuốc Việt Nam (27-2)``), not the event.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ._date_rules import _TIME, _WEEKDAY, vocabulary
from .dates import DateHit
from .lexicon import Termset

if TYPE_CHECKING:
    from .document import Document

#: How many sentences (title first) make the lead, where a report says when its event took place.
LEAD_SENTENCES = 4
#: How many non-empty lines from the top may hold the dateline.
DATELINE_LINES = 10
_MAX_LINE = 200
_FLAGS = regex.IGNORECASE | regex.VERBOSE

_PREFIX = regex.compile(r"\s*date\s+(?P<iso>(?:19|20)\d\d-(?:1[0-2]|0[1-9])(?:-(?:3[01]|[12]\d|0[1-9]))?)(?![\d\-])")
_PUBLISHED_CUE = r"ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng|published|posted"
_UPDATED_CUE = r"ngày\s+cập\s+nhật|cập\s+nhật\s+lúc|cập\s+nhật\s+ngày|cập\s+nhật|updated"
_DATE = r"(?P<d>3[01]|[12]\d|0?[1-9])(?P<s>[/.\-])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)"
_ZONE = r"(?:\(?\s*(?:GMT|UTC)\s*(?P<sign>[+\-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d\d))?\s*\)?)"
# The date, with a time before or after it, a weekday and a zone: the body of every dateline.
_BODY = rf"""
    (?:(?:{_TIME})\s*[,\-|]?\s*)?
    (?:{_WEEKDAY}\s*[,\-]?\s*)?(?:ngày\s+)?
    {_DATE}
    (?:\s*[,\-|]?\s*(?:lúc\s+)?(?:{_TIME}))?
    (?:\s*{_ZONE})?
"""
_CUED = regex.compile(rf"(?P<cue>{_PUBLISHED_CUE}|{_UPDATED_CUE})\s*[:,]?\s*(?:lúc\s+)?(?P<body>{_BODY})", _FLAGS)
_LINE = regex.compile(r"[^\n]*\S[^\n]*")  # a line with something on it
_LEADING = regex.compile(rf"\s*(?P<body>{_BODY})(?!\s*[,:]?\s*(?-i:\p{{Ll}}))", _FLAGS)
_UPDATED = regex.compile(_UPDATED_CUE, regex.IGNORECASE)


@dataclass(frozen=True)
class Dateline:
    """The publication date found in the text: its span (normalised offsets) and ISO 8601 value."""

    start: int
    end: int
    iso: str
    rule: str


def _iso(m: regex.Match[str]) -> str:
    """ISO 8601 from a dateline match: the day, the time if written, the zone if written."""
    day = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
    if m["hh"] is None:
        return day
    iso = f"{day}T{int(m['hh']):02d}:{int(m['mm'] or 0):02d}:00"
    if m["zh"] is not None:
        iso += f"{m['sign']}{int(m['zh']):02d}:{int(m['zm'] or 0):02d}"
    return iso


def find_published(text: str) -> Dateline | None:
    """The dateline among the first lines of normalised ``text``, if there is one.

    >>> find_published("Tiêu đề\\nCập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)\\nNội dung").iso
    '2018-02-08T09:53:00+07:00'
    >>> find_published("date 2022-11 Giải Bóng chuyền\\nSáng 16/11, ...").iso
    '2022-11'
    >>> find_published("Ngày 20-7, Công an tỉnh tổ chức lễ kỷ niệm.") is None
    True
    """
    best: tuple[int, Dateline] | None = None
    for n, line in enumerate(_LINE.finditer(text)):
        if n >= DATELINE_LINES:
            break
        if len(line.group()) > _MAX_LINE:
            continue
        found = _in_line(text, line.start(), line.end())
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return best[1] if best else None


def _in_line(text: str, start: int, end: int) -> tuple[int, Dateline] | None:
    """(rank, dateline) for one line: 0 published or 'date' prefix, 1 a line opening with a date, 2 updated."""
    m = _PREFIX.match(text, start, end)
    if m is not None:
        return 0, Dateline(m.start("iso"), m.end("iso"), m["iso"], "dateline.prefix")
    m = _CUED.search(text, start, end)
    if m is not None:
        rank = 2 if _UPDATED.fullmatch(m["cue"]) else 0
        return rank, Dateline(m.start(), m.end(), _iso(m), "dateline.updated" if rank else "dateline.published")
    m = _LEADING.match(text, start, end)
    if m is not None:
        return 1, Dateline(m.start("body"), m.end("body"), _iso(m), "dateline.leading")
    return None


def lead_spans(doc: Document) -> list[tuple[int, int]]:
    """The first :data:`LEAD_SENTENCES` sentences of the title and the body (normalised spans).

    Short paragraphs count too: the segmenter calls a one-line lead a caption.
    """
    kept = [s for s in doc.sentences if doc.blocks[s.block].kind in ("title", "paragraph", "caption")]
    return [(s.start, s.end) for s in kept[:LEAD_SENTENCES]]


@functools.cache
def _event_words() -> regex.Pattern[str]:
    return regex.compile(Termset(vocabulary("event_word")).pattern(), regex.IGNORECASE)


def event_date(
    text: str, hits: Sequence[DateHit], lead: Sequence[tuple[int, int]], dateline: Dateline | None = None
) -> DateHit | None:
    """The day the reported event took place: a day-level mention in the ``lead`` sentences (normalised spans).

    >>> from vnnews.dates import find_dates
    >>> t = "Ngày Thầy thuốc Việt Nam (27-2). Sáng 9/1, Hội LHPN tỉnh tổ chức hội nghị."
    >>> hit = event_date(t, find_dates(t), [(0, 32), (33, len(t))])
    >>> t[hit.start:hit.end], hit.value.start
    ('Sáng 9/1', '--01-09')
    """
    candidates = []
    for s, e in lead:
        for hit in hits:
            if not (s <= hit.start < e) or hit.value is None or hit.value.granularity != "day":
                continue
            if dateline is not None and hit.start < dateline.end and dateline.start < hit.end:
                continue
            if _bracketed(text, hit):
                continue
            candidates.append((0 if _event_words().search(text, s, e) else 1, hit.start, hit))
    return min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None


def _bracketed(text: str, hit: DateHit) -> bool:
    """A day in brackets on its own ('(27-2)' after a named day), not 'Sáng nay (28/7)'."""
    return text[hit.start] == "(" or (hit.start > 0 and text[hit.start - 1] == "(")
