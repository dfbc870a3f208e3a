"""Award counts: '24 tập thể được nhận Bằng khen của Trung ương Hội', 'tặng Giấy khen cho 8 tập thể và 30 cá nhân'.

Per clause (the segmenter already cuts sentences at ';'; :func:`clauses` cuts what is left), in steps:

1. :mod:`._award_names`: the award names (awards.yaml, with grade, quoted name, level and issuer);
2. :mod:`._award_counts`: the counted recipient nouns (recipients.yaml: '24 tập thể'), each paired
   with the award it receives (by a link word, along a list, through a verb), and counts of awards;
3. :mod:`._award_context`: who grants, hands over or receives each award;
4. here: one :class:`~.hits.AwardHit` per pair; awards handed over without a number ('trao Bằng
   khen cho các tập thể', 'trao cờ thi đua ... cho Hội LHPN tỉnh') with ``count=None``; a counted
   fact restated (a caption) kept once.

String fields (award, recipient_type, issuer...) are taken from the normalised text (NFC, modern
tone marks, straight quotes); offsets are in the normalised text until :mod:`vnnews.records`.
"""

from __future__ import annotations

import dataclasses

import regex

from ..document import Document
from ..segment import Sentence
from ._award_context import context
from ._award_counts import Count, counts_of_awards, pair, recipient_counts
from ._award_names import AwardName, award_names
from ._award_patterns import AwardPatterns, patterns
from .hits import AwardHit

#: How far after an award name its recipients are looked for when no count is given.
UNCOUNTED_WINDOW = 200

_CLAUSE_END = regex.compile(r";\s*")
_PUNCT = regex.compile(r"[^\w\s]")


def extract(doc: Document) -> list[AwardHit]:
    """Every award given, with its count of recipients when stated."""
    pat = patterns(doc.options.lexicon_dirs)
    found: list[AwardHit] = []
    prior: dict[int, list[AwardName]] = {}  # awards named so far in each paragraph, for anaphors
    for sent in doc.sentences:
        for clause in clauses(doc.text, sent):
            found += _clause_awards(doc, clause, pat, prior.setdefault(sent.block, []))
    return merge_repeats(found, pat)


def clauses(text: str, sent: Sentence) -> list[Sentence]:
    """The parts of a sentence between semicolons: each one gives its own awards.

    >>> [(c.start, c.end) for c in clauses("a b; c d", Sentence(0, 0, 0, 8))]
    [(0, 4), (5, 8)]
    """
    out: list[Sentence] = []
    start = sent.start
    for m in _CLAUSE_END.finditer(text, sent.start, sent.end):
        out.append(Sentence(sent.index, sent.block, start, m.start() + 1))
        start = m.end()
    if start < sent.end:
        out.append(Sentence(sent.index, sent.block, start, sent.end))
    return out


def _clause_awards(doc: Document, clause: Sentence, pat: AwardPatterns, prior: list[AwardName]) -> list[AwardHit]:
    """The awards of one clause, in reading order; ``prior`` collects the names for later anaphors."""
    text = doc.text
    names = award_names(text, clause, pat, prior)
    prior += names
    if not names:
        return []
    out: list[tuple[int, AwardHit]] = []
    used: set[int] = set()
    for i, c in counts_of_awards(text, clause, names, pat).items():
        h = names[i]
        out.append((c.start, _hit(doc, clause, c.start, h.end, h, c, "award.count_of_awards", pat)))
        used.add(i)
    for p in pair(text, names, recipient_counts(text, clause, names, pat), clause.end, pat):
        c, h = p.count, p.award
        start, end = (c.start, h.end) if p.how == "verb" else (h.start, c.end)
        out.append((c.start, _hit(doc, clause, start, end, h, c, f"award.{p.how}", pat)))
        used.add(names.index(h))
    for i, h in enumerate(names):
        if i not in used and (hit := _uncounted(doc, clause, h, pat)):
            out.append((h.start, hit))
    return [a for _, a in sorted(out, key=lambda x: x[0])]


def _hit(
    doc: Document, clause: Sentence, start: int, end: int, h: AwardName, c: Count | None, rule: str, pat: AwardPatterns
) -> AwardHit:
    """The award given by name ``h`` to count ``c`` (if any), evidence [start, end)."""
    ctx = context(doc.text, clause, h, pat)
    return AwardHit(
        start=start,
        end=end,
        count=c.value if c else None,
        recipient_type=c.noun if c else None,
        award=h.name or doc.text[h.start : h.end],
        issuer=h.issuer or ctx.issuer,
        level=h.level,
        giver=ctx.giver,
        recipients=(ctx.receiver,) if ctx.receiver and c is None else (),
        sentence=clause.index,
        rule=rule,
    )


def _uncounted(doc: Document, clause: Sentence, h: AwardName, pat: AwardPatterns) -> AwardHit | None:
    """An award handed over without a number: 'trao Bằng khen cho các tập thể', '... cho Hội LHPN tỉnh'."""
    if h.entry.generic or h.entry.needs_count or h.name is not None:
        return None
    text = doc.text
    after = text[h.end : min(clause.end, h.end + UNCOUNTED_WINDOW)]
    end, noun = h.end, None
    named: tuple[str, ...] = ()
    plural = pat.plural_after.match(after)
    who = pat.named_after.match(after)
    if plural and (noun_m := pat.recipient.match(after, plural.end())):
        end, noun = h.end + noun_m.end(), noun_m.group()
    elif who:
        end = h.end + who.end()
        named = (pat.honorific.sub("", who.group("who"), count=1).strip(),)
    elif not pat.verb.search(text, clause.start, h.start):
        return None
    hit = _hit(doc, clause, h.start, end, h, None, "award.uncounted", pat)
    return dataclasses.replace(hit, recipient_type=noun, recipients=named or hit.recipients)


def _fold(s: str | None) -> str:
    return " ".join(_PUNCT.sub(" ", s or "").casefold().split())


def _merge_key(a: AwardHit, pat: AwardPatterns) -> tuple[object, ...]:
    """What makes two counted awards the same fact: count, kind of recipient, award name."""
    noun = _fold(a.recipient_type)
    kind = pat.recipient_kinds.get(noun, "other")
    name = _fold(a.award)
    for extra in (a.issuer, a.level):
        name = name.replace(_fold(extra), "") if extra else name
    return (a.count, noun if kind == "other" else kind, " ".join(name.removesuffix(" của").split()))


def merge_repeats(awards: list[AwardHit], pat: AwardPatterns) -> list[AwardHit]:
    """One hit per counted fact: a caption restating the text ('10 đơn vị' / '10 tập thể') keeps the first."""
    seen: dict[tuple[object, ...], AwardHit] = {}
    out: list[AwardHit] = []
    for a in awards:
        if a.count is None:
            out.append(a)
            continue
        key = _merge_key(a, pat)
        prev = seen.get(key)
        if prev is not None and (prev.issuer is None or a.issuer is None or _fold(prev.issuer) == _fold(a.issuer)):
            continue
        seen[key] = a
        out.append(a)
    return out
