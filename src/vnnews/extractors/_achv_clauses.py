"""Where a counted noun phrase runs into the next clause or stops inside a list of verbs (unitL40).

Two shapes, both read from ``achievement_phrases.yaml``:

- An owner opening the next clause ('700 trụ thanh long | gia đình phải bón', '3.000 gốc bưởi | gia đình chị thu
  hoạch'): an ``owner_clause`` noun inside the unit, not its head, with a pronoun or a modal after it
  (``owner_next``: 'anh', 'phải', 'đã') is the subject of what follows; the unit ends before it. 'hộ gia đình', 'quà
  gia đình chính sách' keep it.
- A list of works verbs after the head ('156 công trình cải tạo, xây mới', '20 công trình sửa chữa, nâng cấp'): a
  unit closing with a ``works_verb``, then a comma or 'và' and another, takes the whole list; a number after the
  last verb opens an item of its own ('sửa chữa 20 công trình, nâng cấp 15 tuyến đường').
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ._achv_unit import Unit

_SEP = regex.compile(r"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?i:và)[ \u00a0]+")
_GAP = regex.compile(r"[ \u00a0]+")
_NUMBER_NEXT = regex.compile(r"[ \u00a0]+\d")
# Words before an owner noun that make it part of the head ('hộ gia đình', 'các gia đình').
_OWNED = regex.compile(r"(?i:hộ|các|những|mọi|cho|của)[ \u00a0]+$")


@functools.cache
def _terms(kind: str, dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """The ``kind`` terms of achievement_phrases.yaml, whole words, longest first."""
    terms = Termset([e.term for e in load("achievement_phrases", dirs) if e.kind == kind]).pattern()
    return regex.compile(rf"(?i:{terms})(?![\p{{L}}\p{{M}}\d])")


def owner_cut(text: str, unit: Unit, limit: int, dirs: tuple[Path, ...] = ()) -> Unit:
    """The unit ended before an owner noun opening the next clause ('700 trụ thanh long | gia đình phải bón')."""
    if unit.kind != "noun":
        return unit
    owner = _terms("owner_clause", dirs)
    for m in owner.finditer(text, unit.start + 1, unit.end):
        if text[m.start() - 1] not in " \u00a0" or _OWNED.search(text, unit.start, m.start()):
            continue
        gap = _GAP.match(text, m.end(), limit)
        if gap and _terms("owner_next", dirs).match(text, gap.end(), limit):
            end = m.start() - 1
            return dataclasses.replace(unit, end=end, text=text[unit.start : end])
    return unit


def verb_list(text: str, unit: Unit, limit: int, dirs: tuple[Path, ...] = ()) -> Unit:
    """The unit closing with a works verb carried over the verbs listed after it ('công trình cải tạo, | xây mới')."""
    if unit.kind != "noun":
        return unit
    verbs, end = _terms("works_verb", dirs), unit.end
    if not any(m.end() == end for m in verbs.finditer(text, unit.start, end)):
        return unit
    while (sep := _SEP.match(text, end, limit)) and (verb := verbs.match(text, sep.end(), limit)):
        if _NUMBER_NEXT.match(text, verb.end(), limit):
            break
        end = verb.end()
    return unit if end == unit.end else dataclasses.replace(unit, end=end, text=text[unit.start : end])


def clause_ends(text: str, unit: Unit, limit: int, dirs: tuple[Path, ...] = ()) -> Unit:
    """Both reads: the owner opening the next clause cut off, then the works verbs listed taken in."""
    return verb_list(text, owner_cut(text, unit, limit, dirs), limit, dirs)
