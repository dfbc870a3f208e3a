"""Awards, step 5: whether an award was given, and each fact once.

- **Not given**: a wish, a condition, a plan, a chance, a promise, a rule, a contest or a negation
  before the award in its clause ('muốn giành HCV', 'nếu đoạt giải nhất', 'có thể nhận 2 giải Ba',
  'hứa sẽ trao', 'Nghị định quy định việc tặng Bằng khen', 'Cơ cấu giải thưởng gồm 1 giải Nhất ...',
  'không giành được') marks it not given, and every award after it too ('1 giải Nhất ..., 1 giải Nhì
  ...'), unless a word of fact comes between ('phấn đấu ..., đã được tặng'). Such an award is not
  listed, but its count is no achievement either (:mod:`vnnews.ownership`). Words: award_words.yaml,
  roles ``modal`` and ``realis``.
- **Proposed**: an award after a proposal in its clause ('đề nghị Thủ tướng Chính phủ tặng Bằng khen
  cho 5 tập thể', 'xét đề nghị tặng') is listed with ``proposed`` set; 'theo đề nghị của Sở' (on the
  Sở's proposal, then given) is no proposal. Role ``propose``.
- **Repeats**: a counted fact restated (a caption: '10 đơn vị' / '10 tập thể') keeps its first
  mention; an uncounted award named again ('Huân chương Lao động hạng Ba' in the lead, the body and a
  caption) is one award, unless the mentions name different recipients; a proposal told elsewhere as
  given ('được đề nghị tặng danh hiệu Anh hùng Nga', 'được tặng danh hiệu Anh hùng Nga') is the given one.
"""

from __future__ import annotations

import dataclasses

import regex

from ..segment import Sentence
from ._award_parts import recipient_key
from ._award_patterns import AwardPatterns
from .hits import AwardHit

_PUNCT = regex.compile(r"[^\w\s]")
#: A share counted ('10/12 đội đạt giải'): when its award is not given, its count stays the achievement it was read as
#: ('Sau 3 ngày tranh tài, 10/12 đội đạt giải'); any other count of an award not given is still no achievement.
_SHARE = regex.compile(r"\d{1,4}\s*/\s*\d")
_LIST_WORDS = frozenset({"hạng", "và"})  # how classes are listed: 'hạng Nhất, hạng Nhì và hạng Ba'; 'hạng Nhất, Nhì'


def given(text: str, clause: Sentence, hits: list[AwardHit], pat: AwardPatterns) -> list[AwardHit]:
    """The awards of one clause, each marked given or not (wished, promised, ruled), proposals flagged."""
    out: list[AwardHit] = []
    mood_end: int | None = None  # where the last award not given ended: the mood goes on after it
    for a in hits:  # in the order of their counts
        name, name_end = a.name_at or (a.start, a.end)
        if (mood_end is not None and not pat.realis.search(text, mood_end, name)) or _not_given(
            text, clause.start, name_end, pat
        ):
            mood_end = a.end
            share = a.count_at is not None and _SHARE.match(text, a.count_at[0]) is not None
            out.append(dataclasses.replace(a, given=False, count_at=None if share else a.count_at))
            continue
        mood_end = None
        decided = [d.end() for d in pat.decided.finditer(text, clause.start, name)]
        proposed = bool(pat.propose.search(text, decided[-1] if decided else clause.start, name))
        out.append(dataclasses.replace(a, proposed=True) if proposed else a)
    return out


def _not_given(text: str, lo: int, end: int, pat: AwardPatterns) -> bool:
    """A modal word in the clause up to the award ('muốn giành |HCV', 'Cơ cấu giải thưởng'), no fact after it."""
    modals = list(pat.modal.finditer(text, lo, end))
    return bool(modals) and not pat.realis.search(text, modals[-1].end(), end)


def _fold(s: str | None) -> str:
    """A name or noun without punctuation, keyed like a recipient noun: 'cán bộ, công chức' -> 'cán bộ công chức'."""
    return recipient_key(_PUNCT.sub(" ", s or ""))


def _name_key(a: AwardHit) -> str:
    """An award's name without its issuer, level and the way its classes are listed ('hạng Nhất, hạng Nhì và ...')."""
    name = _fold(a.award).removeprefix("danh hiệu ")  # a title is the same with or without 'danh hiệu'
    for extra in (a.issuer, a.level):
        name = name.replace(_fold(extra), "") if extra else name
    return " ".join(w for w in name.removesuffix(" của").split() if w not in _LIST_WORDS)


def _recipients_key(a: AwardHit, pat: AwardPatterns) -> str:
    """The kind of recipient ('tập thể' and 'đơn vị' are one kind), or the noun as written."""
    noun = _fold(a.recipient_type)
    kind = pat.recipient_kinds.get(noun, "other")
    return noun if kind == "other" else kind


def merge_repeats(awards: list[AwardHit], pat: AwardPatterns) -> list[AwardHit]:
    """One listed hit per fact: a caption restating the text ('10 đơn vị' / '10 tập thể') keeps the first mention,
    the others are marked ``restated`` (not listed, but their counts stay awards': :mod:`vnnews.ownership`); a
    later mention that names the recipients the first left out ('đạt 5 giải', then '5 thí sinh đạt giải') is kept.

    A count of awards with no recipient restates a counted award of the same name ('8 học sinh đoạt giải
    Nhất' ... '8 giải Nhất'); an act named as the award ('Khen thưởng 13 thanh niên') restates the award
    named for the same count elsewhere ('tặng giấy khen cho 13 gương thanh niên').
    """
    seen: dict[tuple[object, ...], list[AwardHit]] = {}
    out: list[AwardHit] = []
    for a in awards:
        bucket = seen.setdefault((a.count, _name_key(a), a.proposed), [])
        prev = next((p for p in bucket if _same(p, a, pat)), None) if a.given else None
        if prev is not None and _says_more(a, prev):  # 'đạt 5 giải' (headline), then '5 thí sinh đạt giải'
            out = [dataclasses.replace(o, restated=True) if o is prev else o for o in out]
            bucket[bucket.index(prev)] = a
        elif prev is not None:
            out.append(dataclasses.replace(a, restated=True))  # not listed; its count is still no achievement
            continue
        else:
            bucket.append(a)
        out.append(a)
    kept = [a for a in out if not a.restated and a.given]
    return [
        dataclasses.replace(a, restated=True)
        if not a.restated and (_act_restated(a, kept, pat) or _proposal_given(a, kept, pat))
        else a
        for a in out
    ]


def _says_more(a: AwardHit, prev: AwardHit) -> bool:
    """A later mention of a counted award that names its recipients where the first named none: the one listed."""
    return a.count is not None and prev.recipient_type is None and a.recipient_type is not None


def _proposal_given(a: AwardHit, out: list[AwardHit], pat: AwardPatterns) -> bool:
    """A proposal the article tells elsewhere as given ('được đề nghị tặng danh hiệu Anh hùng Nga' and 'vị trung tá
    được tặng danh hiệu Anh hùng Nga'): one award, and the given one stands."""
    key = (a.count, _name_key(a))
    return a.proposed and any(
        not b.proposed and b.given and (b.count, _name_key(b)) == key and _same(b, a, pat) for b in out
    )


def _same(prev: AwardHit, a: AwardHit, pat: AwardPatterns) -> bool:
    """Two mentions of one fact: the same recipients (or none said), issuers that agree, named recipients that agree."""
    mine, theirs = _recipients_key(a, pat), _recipients_key(prev, pat)
    if mine != theirs and a.count is not None and mine and theirs:
        return False
    if prev.issuer is not None and a.issuer is not None and not _agree(_fold(prev.issuer), _fold(a.issuer)):
        return False
    return a.count is not None or not prev.recipients or not a.recipients or prev.recipients == a.recipients


def _agree(one: str, other: str) -> bool:
    """One issuer names the other, maybe shorter: 'thủ tướng' and 'thủ tướng chính phủ'."""
    return one.startswith(other) or other.startswith(one)


def _act_restated(a: AwardHit, out: list[AwardHit], pat: AwardPatterns) -> bool:
    """An act named as the award ('Khen thưởng 13 thanh niên') when an award is named for that count elsewhere."""
    entry = pat.entries.get(" ".join(a.award.casefold().split()))
    if a.count is None or entry is None or entry.kind != "commendation" or not entry.generic:
        return False
    nouns = set(_fold(a.recipient_type).split())
    return any(  # in another sentence: 'khen thưởng 57 học sinh đạt giải quốc gia' names two awards
        b is not a and b.sentence != a.sentence and b.count == a.count and nouns <= set(_fold(b.recipient_type).split())
        for b in out
    )
