"""What the review page shows: a record's facts as marks on the text, and the text cut into flat pieces.

Works on the record's plain JSON form (a dict), so records from newer or older vnnews versions
(with or without ``dates``, ``text``, ``published``) render alike.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: Fact kinds in legend order.
KINDS = ("person", "title", "achievement", "award", "date")

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of the text: ``[start, end)`` evidence of fact ``fact``."""

    id: str
    fact: str
    kind: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Fact:
    """One entry of the side list: a heading, its normalised values, and the marks it owns."""

    id: str
    kind: str
    label: str
    details: tuple[tuple[str, str], ...]
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Piece:
    """A stretch of text between two consecutive span boundaries, and the marks covering all of it."""

    start: int
    end: int
    marks: tuple[str, ...]


def number(value: Any) -> str:
    """A normalised number as a reader writes it: no '.0' on whole numbers, no exponent.

    >>> number(1800.0), number(1.5), number(1500000000.0), number(None), number(24)
    ('1800', '1.5', '1500000000', '', '24')
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _pairs(*items: tuple[str, Any]) -> tuple[tuple[str, str], ...]:
    """The (key, value) lines worth showing: empty, None and False values are left out."""
    out = []
    for key, value in items:
        if value is None or value == "" or value is False or value == []:
            continue
        shown = "yes" if value is True else ", ".join(value) if isinstance(value, list) else str(value)
        out.append((key, shown))
    return tuple(out)


def _person_label(p: Record) -> str:
    extra = [str(p[k]) for k in ("honorific", "rank", "degree") if p.get(k)]
    return f"{p['name']} ({', '.join(extra)})" if extra else str(p["name"])


def _achievement_details(a: Record) -> tuple[tuple[str, str], ...]:
    value = number(a.get("value"))
    if a.get("value_max") is not None:
        value += f" to {number(a['value_max'])}"
    if a.get("total") is not None:
        value += f" of {number(a['total'])}"
    qualifier = f"{a['qualifier']} ({a.get('qualifier_kind')})" if a.get("qualifier") else None
    return _pairs(("value", value), ("unit", a.get("unit")), ("as written", a.get("value_text")),
                  ("qualifier", qualifier), ("approximate", a.get("approximate")), ("target", a.get("target")),
                  ("action", a.get("action")))


def _award_details(w: Record) -> tuple[tuple[str, str], ...]:
    count = number(w.get("count")) if w.get("count") is not None else "not stated"
    return _pairs(("count", count), ("recipients", w.get("recipient_type")), ("award", w.get("award")),
                  ("issuer", w.get("issuer")), ("level", w.get("level")), ("giver", w.get("giver")),
                  ("named", w.get("recipients")))


def _date_details(d: Record) -> tuple[tuple[str, str], ...]:
    value: Mapping[str, Any] = d["value"] if isinstance(d.get("value"), Mapping) else {}
    when = value.get("start")
    if when is not None and value.get("end") not in (None, when):
        when = f"{when} to {value['end']}"
    return _pairs(("date", when), ("granularity", value.get("granularity")), ("part of day", value.get("part_of_day")),
                  ("time", value.get("time")), ("kind", d.get("kind")))


class _Builder:
    """Numbers facts and marks in reading order of the record (f1, f2...; m1, m2...)."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []
        self._marks = 0

    def add(self, kind: str, label: str, details: tuple[tuple[str, str], ...], spans: Iterable[Record]) -> None:
        fid = f"f{len(self.facts) + 1}"
        marks = []
        for s in spans:
            self._marks += 1
            marks.append(Mark(f"m{self._marks}", fid, kind, int(s["start"]), int(s["end"]), str(s.get("rule", ""))))
        self.facts.append(Fact(fid, kind, label, details, tuple(marks)))


def facts_of(record: Record) -> list[Fact]:
    """Every fact of a record (people, their titles, unnamed roles, achievements, awards, dates)."""
    b = _Builder()
    for p in record.get("people") or []:
        titles = [t["text"] for t in p.get("titles") or []]
        b.add("person", _person_label(p), _pairs(("titles", titles), ("mentions", str(len(p.get("mentions") or [])))),
              p.get("mentions") or [])
        for t in p.get("titles") or []:
            b.add("title", str(t["text"]), _pairs(("person", p["name"]), ("position", t.get("position")),
                                                  ("organisation", t.get("organisation")), ("former", t.get("former"))),
                  [t])
    for r in record.get("roles") or []:
        b.add("title", str(r["text"]), _pairs(("holder", "not named")), [r])
    for a in record.get("achievements") or []:
        b.add("achievement", f"{number(a.get('value'))} {a.get('unit', '')}".strip(), _achievement_details(a), [a])
    for w in record.get("awards") or []:
        count = f"{number(w['count'])} " if w.get("count") is not None else ""
        b.add("award", f"{count}{w.get('recipient_type') or ''} {w.get('award', '')}".strip(), _award_details(w), [w])
    for d in record.get("dates") or []:
        b.add("date", str(d["text"]), _date_details(d), [d])
    return b.facts


def marks_of(facts: Sequence[Fact]) -> list[Mark]:
    """All marks of all facts, in fact order."""
    return [m for f in facts for m in f.marks]


def cut(length: int, marks: Sequence[Mark]) -> list[Piece]:
    """Cut ``[0, length)`` at every mark boundary into flat pieces, each naming the marks covering it.

    Crossing and nested spans need no nesting: a piece lies wholly inside or wholly outside each
    mark. Empty marks cover nothing; the pieces tile the text exactly.

    >>> ms = [Mark("m1", "f1", "award", 2, 8, ""), Mark("m2", "f2", "person", 5, 10, "")]
    >>> [(p.start, p.end, p.marks) for p in cut(12, ms)]
    [(0, 2, ()), (2, 5, ('m1',)), (5, 8, ('m1', 'm2')), (8, 10, ('m2',)), (10, 12, ())]
    """
    order = {m.id: i for i, m in enumerate(marks)}
    opening: dict[int, list[str]] = defaultdict(list)
    closing: dict[int, list[str]] = defaultdict(list)
    for m in marks:
        lo, hi = min(max(m.start, 0), length), min(max(m.end, 0), length)
        if lo < hi:
            opening[lo].append(m.id)
            closing[hi].append(m.id)
    bounds = sorted({0, length} | opening.keys() | closing.keys())
    active: set[str] = set()
    pieces = []
    for lo, hi in itertools.pairwise(bounds):
        active.difference_update(closing.get(lo, ()))
        active.update(opening.get(lo, ()))
        pieces.append(Piece(lo, hi, tuple(sorted(active, key=order.__getitem__))))
    return pieces
