"""Awards, step 1: the award names written in a clause, each with grade, quoted name, level and issuer.

Names come from ``awards.yaml`` (compiled in :mod:`._award_patterns`). Beyond a name as written:

- names joined by a comma or 'và' with nothing between them are one award given together ('cờ thi
  đua và bằng khen của Chủ tịch UBND tỉnh', 'Huân chương, Huy chương Kháng chiến'), their parts kept
  (given with no count, each part is an award of its own);
- an award word pointing back ('Danh hiệu cao quý này') stands for the award of its kind named
  last in the paragraph;
- a name written short in a breakdown takes the words it leaves out from the award of its kind
  named just before: '(Huy hiệu Đảng ...) 30 năm tuổi Đảng' is 'Huy hiệu 30 năm tuổi Đảng', and a
  title in quotes after a count ('27 "Sinh viên 5 tốt"') is a title when titles were named before.
  With no such award before, the short name is no award.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

import regex

from ..segment import Sentence
from ._award_firsts import first_words
from ._award_patterns import AwardEntry, AwardPatterns, name_pattern

#: How far back (characters) a short name in a breakdown looks for the award it shortens.
CARRY_WINDOW = 600

_JOINED = regex.compile(r"\s*(?:,|và|-|–)\s*")  # 'cờ thi đua| và |bằng khen', 'Huân chương|, |Huy chương'
_QUOTE = regex.compile(r'"(?-i:\p{Lu})[^"\n]{1,80}"')  # a capitalised name in quotes: "Người tốt, việc tốt"
_COUNTED = regex.compile(r"(?<![\d.,])\d{1,5}\s+$")  # a count right before it: 27 "Sinh viên 5 tốt"
_SHORT_HEAD = regex.compile(r"^(?P<head>.+?)\s+(?:\d|Đảng\b)")  # 'Huy hiệu' of 'Huy hiệu 50 năm tuổi Đảng'
_QUOTED_TITLE = AwardEntry(term='"..."', kind="quoted_title")  # '27 "Sinh viên 5 tốt"': an award only counted
_TITLE_KINDS = ("title", "title_class")
_ITEM_END = regex.compile(r"[ \t]*(?:[,;.:)]|và\b|\n|$)")  # '1 đồng chí 45 năm|, |5 đồng chí 40 năm', not '5 năm liền'


@dataclass(frozen=True)
class AwardName:
    """One award name found in the text, with what is written around it."""

    start: int
    end: int
    entry: AwardEntry
    base_end: int  # end of name + grade + quoted name, before level and issuer
    issuer: str | None
    level: str | None
    name: str | None = None  # the award as named elsewhere: 'Danh hiệu cao quý này' -> 'Danh hiệu Anh hùng ...'
    bare: bool = False  # a class of awards with nothing naming it: 'huân chương', 'giải thưởng', 'khen thưởng'
    parts: tuple[AwardName, ...] = ()  # the names joined into this one: 'cờ thi đua| và |bằng khen'


@functools.lru_cache(maxsize=4096)
def _entry(name: str, titled: bool, pat: AwardPatterns) -> AwardEntry | None:
    """The awards.yaml entry a matched name comes from (kept: the same names come back, and a name with no
    entry of its own is tried against every pattern of a numbered one)."""
    key = " ".join(name.casefold().split())
    if key in pat.entries:
        return pat.entries[key]
    for term, entry in pat.entries.items():
        if (titled and entry.needs_name and key.startswith(term)) or (
            "{n}" in term and regex.fullmatch(name_pattern(term), key, regex.IGNORECASE)
        ):
            return entry
    return None


def award_names(
    text: str, sent: Sentence, pat: AwardPatterns, prior: list[AwardName], recent: list[AwardName]
) -> list[AwardName]:
    """Award names in one clause, each with grade, quoted name, level and issuer when written.

    ``prior`` holds the names of earlier clauses of the paragraph (for anaphors), ``recent`` those of
    the text before (for short names in a breakdown).
    """
    out: list[AwardName] = []
    firsts = first_words(text, sent.start, sent.end, pat.first_scans)
    if firsts:  # no award word at all in two sentences of three
        out = _written(text, firsts, sent.end, pat)
    out = _carried(text, sent, out, recent, pat)
    out = _joined(text, _no_companions(text, out, pat))
    # from the clause's start: a noun standing for any award opens before an award word ('phần |thưởng cao quý này')
    return _anaphors(text, sent.start if prior or out else sent.end, sent.end, out, prior, pat)


def _written(text: str, firsts: list[int], end: int, pat: AwardPatterns) -> list[AwardName]:
    """The names as written, from the first award word of the clause.

    Every name opens with the first word of a term, so the name pattern is tried only where one is.
    """
    out: list[AwardName] = []
    pos = firsts[0]
    for first in firsts:
        m = pat.award.match(text, first, end, concurrent=False) if first >= pos else None
        if m is None:
            continue
        pos = m.end()
        head = m.group("titled") or m.group("with_name") or m.group("cased")
        entry = pat.entries.get(" ".join(head.casefold().split())) if head else _entry(m.group("name"), False, pat)
        if entry is None:
            continue
        base_end = max(m.end("name"), m.end("grade"), m.end("quoted"), m.end("about"))
        issuer = m.group("issuer") or m.group("issuer_bare")
        level = m.group("level1") or m.group("level2")
        if level is None:
            found = pat.level.search(text, m.start(), m.end())
            level = found.group() if found else None
        named = m.group("award_name") or m.group("quoted") or m.group("grade") or m.group("about") or issuer
        bare = entry.generic and not named  # 'giải thưởng' alone; 'giải thưởng của ngành Du lịch' names one
        out.append(_listed_prizes(text, AwardName(m.start(), m.end(), entry, base_end, issuer, level, bare=bare), pat))
        pos = out[-1].end
    return out


def _listed_prizes(text: str, h: AwardName, pat: AwardPatterns) -> AwardName:
    """A prize and the classes listed alone after it, each a prize of its own ('giải Nhất, Nhì, Ba' is 'giải Nhất',
    'giải Nhì', 'giải Ba'): one name given together, whose parts are named in full."""
    if h.entry.kind != "prize" or h.end != h.base_end or not text[h.start : h.end].casefold().startswith("giải "):
        return h
    head = text[h.start : h.end].split()[0]
    parts, end = [h], h.end
    while m := pat.prize_class.match(text, end):
        entry = pat.entries.get(f"giải {m['cls']}".casefold())
        if entry is None:
            break
        parts.append(AwardName(m.start("cls"), m.end(), entry, m.end(), None, None, name=f"{head} {m['cls']}"))
        end = m.end()
    if len(parts) == 1:
        return h
    return AwardName(h.start, end, h.entry, end, h.issuer, h.level, parts=tuple(parts))


def _carried(
    text: str, sent: Sentence, out: list[AwardName], recent: list[AwardName], pat: AwardPatterns
) -> list[AwardName]:
    """Short names completed from the award of their kind named before (without one they are no award); titles
    in quotes after a count when titles were named before, or right after a give verb or a counted recipient."""
    quoted = text.find('"', sent.start, sent.end) >= 0
    if not out and not quoted:
        return []  # no name and no quote in the clause (most): nothing to carry
    kept: list[AwardName] = []
    before = [h for h in recent if h.end > sent.start - CARRY_WINDOW and not h.entry.carried]
    for h in out:
        if not h.entry.carried:
            kept.append(h)
            continue
        if h.entry.ends_item and not _ITEM_END.match(text, h.end):
            continue
        earlier = [o for o in (*before, *kept) if o.entry.kind == h.entry.kind and o.end <= h.start]
        if earlier:
            last = earlier[-1]
            short = _SHORT_HEAD.match(last.name or text[last.start : last.base_end])
            head = short["head"] if short else text[last.start : last.base_end]
            kept.append(replace(h, name=f"{head} {text[h.start : h.end]}"))
    titles = [o for o in (*before, *kept) if o.entry.kind in _TITLE_KINDS]
    for q in _QUOTE.finditer(text, sent.start, sent.end) if quoted else ():
        if any(o.start <= q.start() < o.end for o in kept):
            continue
        counted = _COUNTED.search(text, sent.start, q.start()) and any(t.end <= q.start() for t in titles)
        if counted or pat.given_before.search(text, sent.start, q.start()):
            kept.append(AwardName(q.start(), q.end(), _QUOTED_TITLE, q.end(), None, None))
    return sorted(kept, key=lambda h: h.start)


def _no_companions(text: str, out: list[AwardName], pat: AwardPatterns) -> list[AwardName]:
    """A reward handed over with the award named before it is its gift, no award of its own ('tặng bằng khen| và
    phần thưởng| cho 106 HS'), though counted alone it is one ('53 phần thưởng cho các em')."""
    kept: list[AwardName] = []
    for h in out:
        last = kept[-1] if kept else None
        gift = pat.companion.match(text[last.end : h.end + 80]) if last and h.entry.generic else None
        if gift is None or last is None or last.end + gift.end() < h.end:
            kept.append(h)
    return kept


def _joined(text: str, out: list[AwardName]) -> list[AwardName]:
    """Names written one after the other with only a comma or 'và' between them are one award given together."""
    kept: list[AwardName] = []
    for h in out:
        last = kept[-1] if kept else None
        if (
            last
            and last.name is None
            and h.name is None
            and _JOINED.fullmatch(text, last.end, h.start)
            and not _counted_alone(text, last, h)
        ):
            entry = last.entry.model_copy(
                update={
                    "generic": last.entry.generic and h.entry.generic,
                    "commendation": last.entry.commendation and h.entry.commendation,
                    "needs_count": last.entry.needs_count and h.entry.needs_count,
                }
            )
            kept[-1] = AwardName(
                last.start, h.end, entry, h.base_end, h.issuer or last.issuer, h.level or last.level,
                bare=last.bare and h.bare, parts=(*(last.parts or (last,)), h),
            )
        else:
            kept.append(h)
    return kept


def _counted_alone(text: str, last: AwardName, h: AwardName) -> bool:
    """A count of awards right before the first of two names each naming an award alone counts the first only
    ('01 danh hiệu Chiến sĩ thi đua cấp toàn quốc| và |Bằng khen cho 797 tập thể', '1 HCB| và |HCĐ')."""
    counted = _COUNTED.search(text, max(0, last.start - 8), last.start)
    return not last.parts and not last.bare and not h.bare and counted is not None


def _anaphors(
    text: str, start: int, end: int, out: list[AwardName], prior: list[AwardName], pat: AwardPatterns
) -> list[AwardName]:
    """An award word pointing back ('Danh hiệu cao quý này') as the last award of its kind named before it."""
    for a in pat.anaphor.finditer(text, start, end) if prior or out else ():
        entry = pat.entries.get(" ".join(a.group("head").casefold().split()))  # None: a noun for any award
        if entry is None and a.group("of") is not None:
            continue  # 'phần thưởng này |của Hội Khuyến học': another giver's reward, not the award named before
        kind = entry.kind if entry else None
        before = [
            h for h in (*prior, *out) if h.end <= a.start() and kind in (None, h.entry.kind) and h.name is None
        ]
        if before:
            h = before[-1]
            out = [o for o in out if not (a.start() <= o.start < a.end())]
            out.append(AwardName(a.start(), a.end(), h.entry, a.end(), h.issuer, h.level, text[h.start : h.end]))
    return sorted(out, key=lambda h: h.start)
