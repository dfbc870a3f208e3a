"""Awards, step 1: the award names written in a clause, each with grade, quoted name, level and issuer.

Names come from ``awards.yaml`` (compiled in :mod:`._award_patterns`); an award word pointing back
('Danh hiệu cao quý này') stands for the award of its kind named last in the paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..segment import Sentence
from ._award_patterns import AwardEntry, AwardPatterns, name_pattern


@dataclass(frozen=True)
class AwardName:
    """One award name found in the text, with what is written around it."""

    start: int
    end: int
    entry: AwardEntry
    base_end: int  # end of name + grade + quoted name, before level and issuer
    issuer: str | None
    level: str | None
    name: str | None = None  # an anaphor's award as named before: 'Danh hiệu cao quý này' -> 'Danh hiệu Anh hùng ...'


def _entry(name: str, titled: bool, pat: AwardPatterns) -> AwardEntry | None:
    """The awards.yaml entry a matched name comes from."""
    key = " ".join(name.casefold().split())
    if key in pat.entries:
        return pat.entries[key]
    for term, entry in pat.entries.items():
        if (titled and entry.needs_name and key.startswith(term)) or (
            "{n}" in term and regex.fullmatch(name_pattern(term), key, regex.IGNORECASE)
        ):
            return entry
    return None


def award_names(text: str, sent: Sentence, pat: AwardPatterns, prior: list[AwardName]) -> list[AwardName]:
    """Award names in one sentence, each with grade, quoted name, level and issuer when written.

    An award word pointing back ('Danh hiệu cao quý này') stands for the last award of its kind named
    before it in the clause or in ``prior`` (earlier clauses of the paragraph).
    """
    out: list[AwardName] = []
    first = pat.first_word.search(text, sent.start, sent.end)
    if first is None:
        return out  # no award word at all (two sentences in three)
    for m in pat.award.finditer(text, first.start(), sent.end):  # every name opens with a first word
        head = m.group("titled") or m.group("with_name")
        entry = pat.entries.get(" ".join(head.casefold().split())) if head else _entry(m.group("name"), False, pat)
        if entry is None:
            continue
        base_end = max(m.end("name"), m.end("grade"), m.end("quoted"))
        issuer = m.group("issuer") or m.group("issuer_bare")
        level = m.group("level1") or m.group("level2")
        if level is None:
            found = pat.level.search(text, m.start(), m.end())
            level = found.group() if found else None
        out.append(AwardName(m.start(), m.end(), entry, base_end, issuer, level))
    for a in pat.anaphor.finditer(text, first.start(), sent.end) if prior or out else ():  # as award names
        kind = pat.entries[" ".join(a.group("head").casefold().split())].kind
        before = [h for h in (*prior, *out) if h.end <= a.start() and h.entry.kind == kind and h.name is None]
        if before:
            h = before[-1]
            out = [o for o in out if not (a.start() <= o.start < a.end())]
            out.append(AwardName(a.start(), a.end(), h.entry, a.end(), h.issuer, h.level, text[h.start : h.end]))
    return sorted(out, key=lambda h: h.start)
