"""Bodies or places counted, then what they did: the unit ends before the verb of the clause.

'15 xã tổ chức lễ ra quân', '11 đơn vị tổ chức | Đại hội trực tuyến', '20 xã đăng cai giải đấu' count communes and
units: the verb right after the list noun of bodies or places (``achievement_phrases.yaml``'s body_verb entries:
'tổ chức', 'phát động', 'đăng cai'), with its object after it, opens the clause's predicate, as after people
(:mod:`._achv_listed`). A list of such nouns ('5 tỉnh, thành phố tổ chức thi') or an acronym naming the kind
('45 trường THPT tổ chức thi thử') may stand before the verb. A verb with nothing after it names the things counted
and stays ('3 đơn vị tổ chức.'), and so does a verb after a head whose complement is an action ('ban tổ chức' is
the committee, '40 cơ sở tổ chức' a nominal head's), or after a noun the head only opens ('thành viên ban').
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ._achv_clauses import clause_ends
from ._achv_represent import represented
from ._achv_unit import Unit
from ._achv_vocab import Vocab

# Between list items: a comma or 'và'; an acronym naming the kind after the noun ('trường THPT').
_LIST_SEP = regex.compile(r"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?i:và)[ \u00a0]+")
_ACRONYM_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}{2,}(?![\p{L}\p{M}\d])")
_GAP = regex.compile(r"[ \u00a0]+")
# A word right after the verb: its object ('tổ chức | Đại hội', 'tổ chức | lễ').
_WORD_AFTER = regex.compile(r"[ \u00a0]+[\p{L}\p{M}\d]")


@functools.cache
def _body_verbs(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """A verb a body or place does, a whole word."""
    terms = Termset([e.term for e in load("achievement_phrases", dirs) if e.kind == "body_verb"]).pattern()
    return regex.compile(rf"(?i:{terms})(?![\p{{L}}\p{{M}}\d])")


@functools.cache
def _body_heads(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """A body named by its head and trade or role ('cơ sở kinh doanh', 'cơ quan tham mưu'), a whole word."""
    terms = Termset([e.term for e in load("achievement_phrases", dirs) if e.kind == "body_head"]).pattern()
    return regex.compile(rf"(?i:{terms})(?![\p{{L}}\p{{M}}\d])")


def _listed_end(text: str, start: int, end: int, v: Vocab, dirs: tuple[Path, ...] = ()) -> int | None:
    """Where the list nouns opening the unit at ``start`` end ('xã', 'tỉnh, thành phố', 'trường THPT'), or a body's
    head with its trade ('cơ sở kinh doanh'); None when the unit opens with no list noun or with a head whose
    complement is an action ('cơ sở', 'ban')."""
    if (body := _body_heads(dirs).match(text, start, end)) is not None:
        return body.end()
    at = start
    while True:
        head = v.list_noun.match(text, at, end)
        nominal = v.nominal.match(text, at, end)
        if head is None or (nominal is not None and nominal.end() >= head.end()):
            return None if at == start else at
        at = head.end()
        acronym = _ACRONYM_AFTER.match(text, at, end)
        at = acronym.end() if acronym else at
        sep = _LIST_SEP.match(text, at, end)
        if sep is None or not v.list_noun.match(text, sep.end(), end):
            return at
        at = sep.end()


def acting_bodies(text: str, unit: Unit, limit: int, v: Vocab, dirs: tuple[Path, ...] = ()) -> Unit:
    """The unit cut before a body's verb right after its list nouns, when the verb has a word after it (in the unit
    or right past it, before ``limit``); else the unit unchanged."""
    if unit.kind != "noun":
        return unit
    listed = _listed_end(text, unit.start, unit.end, v, dirs)
    gap = _GAP.match(text, listed, unit.end) if listed is not None else None
    verb = _body_verbs(dirs).match(text, gap.end(), unit.end) if gap else None
    if verb is None or listed is None or not _WORD_AFTER.match(text, verb.end(), max(limit, unit.end)):
        return unit
    return dataclasses.replace(unit, end=listed, text=text[unit.start : listed])


def clause_cut(text: str, unit: Unit, limit: int, v: Vocab, dirs: tuple[Path, ...] = ()) -> Unit:
    """The unit ended before what the things counted represent ('1.700 đại biểu | đại diện chính phủ, ...',
    :func:`._achv_represent.represented`) or before what the bodies counted did ('15 xã | tổ chức lễ ra quân')."""
    unit = acting_bodies(text, represented(text, unit, limit, dirs), limit, v, dirs)
    return clause_ends(text, unit, limit, dirs)  # '700 trụ thanh long | gia đình phải', 'cải tạo, xây mới'
