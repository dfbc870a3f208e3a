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
  caption) is one award, unless the mentions name different recipients.
"""

from __future__ import annotations

import dataclasses

import regex

from ..segment import Sentence
from ._award_patterns import AwardPatterns
from .hits import AwardHit

_PUNCT = regex.compile(r"[^\w\s]")


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
            out.append(dataclasses.replace(a, given=False))  # its count is still no achievement
            continue
        mood_end = None
        proposed = bool(pat.propose.search(text, clause.start, name))
        out.append(dataclasses.replace(a, proposed=True) if proposed else a)
    return out


def _not_given(text: str, lo: int, end: int, pat: AwardPatterns) -> bool:
    """A modal word in the clause up to the award ('muốn giành |HCV', 'Cơ cấu giải thưởng'), no fact after it."""
    modals = list(pat.modal.finditer(text, lo, end))
    return bool(modals) and not pat.realis.search(text, modals[-1].end(), end)


def _fold(s: str | None) -> str:
    return " ".join(_PUNCT.sub(" ", s or "").casefold().split())


def _merge_key(a: AwardHit, pat: AwardPatterns) -> tuple[object, ...]:
    """What makes two awards the same fact: count, kind of recipient, award name, proposed or not."""
    noun = _fold(a.recipient_type)
    kind = pat.recipient_kinds.get(noun, "other")
    name = _fold(a.award)
    for extra in (a.issuer, a.level):
        name = name.replace(_fold(extra), "") if extra else name
    return (a.count, noun if kind == "other" else kind, " ".join(name.removesuffix(" của").split()), a.proposed)


def merge_repeats(awards: list[AwardHit], pat: AwardPatterns) -> list[AwardHit]:
    """One hit per fact: a caption restating the text ('10 đơn vị' / '10 tập thể') keeps the first mention."""
    seen: dict[tuple[object, ...], AwardHit] = {}
    out: list[AwardHit] = []
    for a in awards:
        key = _merge_key(a, pat)
        prev = seen.get(key)
        if prev is not None and _same(prev, a):
            continue
        seen[key] = a
        out.append(a)
    return out


def _same(prev: AwardHit, a: AwardHit) -> bool:
    """Two mentions of one fact: the same issuer when both name one; the same recipients when both name them."""
    if prev.issuer is not None and a.issuer is not None and _fold(prev.issuer) != _fold(a.issuer):
        return False
    return a.count is not None or not prev.recipients or not a.recipients or prev.recipients == a.recipients
