"""What the words around a number miss: the unit's family, a reference back, a name or code after it (achv-conf-4).

Readers reject rule quantities and fee schedules, spec sheets and bad units far more than the words near a
number tell (:mod:`vnnews.confidence`): a word means one thing before money and another before a count ('mức',
'là', 'có'), so the clause's cues, its opener, the word before the number and the nearest verb are also read
crossed with the unit's family (``units.yaml``: percent, currency, measure; a rate; else a counted noun), with
how many amounts of that family the sentence holds (a price list, a spec sheet). An amount written the same
way earlier in the article refers back to it ('2 nữ sinh vẫn tiếp tục ...'); a capitalised word, a code or a
digit right after the fact or inside its unit is a name, a model, a class ('mâm 6 cánh xoắn GP-10', '4356 vi
phạm' of 'HP - 4356'). Each is read from the fact's spans and the text they index alone, so a JSON record
scores as the pipeline does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: The features crossed with the unit's family: the clause's cues, its opener, the word before, the nearest verb.
CROSSED = ("ccue:", "b1:", "cop:", "nv:")
#: Characters of the article before the fact in which a reference back is looked for.
BACK = 6000


def referred(article: str, start: int, end: int, body: int) -> list[str]:
    """The fact's text (amount and unit as written) stands earlier in the article: in the title (a body fact
    repeating the headline's), or the body (a reference back). Its offsets index ``article``; the body starts at
    ``body`` (the title's end, 0 without one)."""
    fact = article[start:end]
    if not any(c.isalpha() for c in fact) or start < body:
        return []
    at = article.rfind(fact, max(0, start - BACK), start)
    while at > 0 and (article[at - 1].isalnum() or article[at - 1] in ".,"):  # '12 người' is no '2 người'
        at = article.rfind(fact, max(0, start - BACK), at)
    if at < 0 or (at + len(fact) < len(article) and article[at + len(fact)].isalnum()):
        return []
    return ["ref:title" if at < body else "ref:body"]


def after_shape(after: str) -> list[str]:
    """The word right after the fact as written (the folded context lost its case): a digit, a name, an acronym."""
    word = _WORD.match(after.lstrip(" \u00a0"))
    if word is None:
        return []
    w = word.group()
    if any(c.isdigit() for c in w):
        return ["a1s:digit"]
    if w[0].isupper():
        return ["a1s:upper" if w.isupper() and len(w) > 1 else "a1s:title"]
    return []


def unit_shape(fact: Mapping[str, Any]) -> list[str]:
    """A unit holding a digit, or a capitalised word after its head: a model, a code, a class ('GP-10', 'V21')."""
    words = str(fact.get("unit") or "").split()
    out = []
    if any(c.isdigit() for w in words for c in w):
        out.append("us:digit")
    if any(w[:1].isupper() for w in words[1:]):
        out.append("us:cap")
    return out


def family(unit: str) -> str:
    """The unit's family as ``units.yaml`` has it (percent, currency, measure), a rate ('đồng/kg', 'km/h'), or a
    counted noun ('count')."""
    from .quantity import words

    folded = unit.casefold().strip()
    if "/" in folded:
        return "rate"
    units = words().units
    head = folded.split()
    for key in (folded, " ".join(head[:2]), head[0] if head else ""):
        if key in units:
            return units[key].kind
    return "count"


@functools.lru_cache(maxsize=64)
def families_in(whole: str) -> tuple[str, ...]:
    """The family of each amount of a folded sentence written with a unit of ``units.yaml`` (a count is none)."""
    from .quantity import words

    read, scale_word = words(), _scale()
    out = []
    for m in _NUMBER.finditer(whole):
        scale = scale_word.match(whole, m.end())
        u = read.unit.match(whole, scale.end() if scale else m.end())
        if u:
            entry = read.units.get(u["u"].casefold())
            out.append("rate" if whole.startswith("/", u.end()) else entry.kind if entry else "count")
    return tuple(out)


@functools.cache
def _scale() -> re.Pattern[str]:
    """A scale word of ``numbers.yaml`` between a number and its unit ('20 triệu đồng'), longest first."""
    from .numbers import number_words

    scales = sorted((w.term for w in number_words().values() if w.kind == "scale"), key=len, reverse=True)
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, scales))})(?!\w)")


def family_features(fam: str, whole: str, names: set[str]) -> list[str]:
    """The unit's family, how many amounts of the sentence share it (0-3), and the family crossed with the
    features named in CROSSED (the rule families differ by unit: a fee is money, a spec a measure)."""
    share = families_in(whole).count(fam)
    out = [f"fam:{fam}", f"fam:{fam}|n:{min(share, 3)}"]
    return out + [f"fam:{fam}|{n}" for n in names if n.startswith(CROSSED)]
