"""Hits become records here, and only here: pydantic models, offsets mapped to the input text.

The extractors work in the normalised text and hand on plain frozen hits
(:mod:`vnnews.extractors.hits`, :class:`vnnews.dates.DateHit`); this module maps each span back to
the input text once, through :meth:`vnnews.document.Document.span`, and builds the frozen records of
:mod:`vnnews.models`. One function per kind of record, each ``(doc, hit) -> record``;
:func:`article` puts them together.
"""

from __future__ import annotations

from pathlib import Path

from .confidence import confidence, facts_counted
from .dates import DateHit
from .document import Document
from .extractors.hits import AchievementHit, AwardHit, PersonHit, RoleHit
from .models import (
    Achievement,
    Article,
    Award,
    DateMention,
    DateValue,
    ExtractedText,
    Mention,
    Person,
    Role,
    Sentence,
    Source,
    Span,
    Title,
)


def span(doc: Document, start: int, end: int) -> Span:
    """The input-text span of normalised offsets [start, end)."""
    return Span(**doc.span(start, end))


def sentence(doc: Document, index: int) -> Sentence:
    """The input-text span of a sentence; without its text when the options ask so (``sentence_text``)."""
    s = doc.sentences[index]
    found = doc.span(s.start, s.end)
    return Sentence(**found) if doc.options.sentence_text else Sentence(start=found["start"], end=found["end"])


def achievement(doc: Document, hit: AchievementHit, facts: int = 1) -> Achievement:
    """One achievement; ``value_text`` and a written hedge keep the input's spelling, the unit is normalised.

    ``facts``: how many achievements the article has (a feature of the confidence, :mod:`vnnews.confidence`),
    scored only when the run asked for a confidence floor.
    """
    fields = dict(
        **doc.span(hit.start, hit.end),
        value=hit.value,
        value_text=doc.span(*hit.number)["text"],
        unit=hit.unit,
        qualifier=doc.span(*hit.qualifier_at)["text"] if hit.qualifier_at else hit.qualifier,
        qualifier_kind=hit.qualifier_kind,
        total=hit.total,
        value_max=hit.value_max,
        approximate=hit.approximate,
        target=hit.target,
        action=hit.action,
        rule=hit.rule,
    )
    level = _confidence(doc, hit, fields, facts) if doc.options.min_confidence is not None else None
    return Achievement(**fields, sentence=sentence(doc, hit.sentence), confidence=level)


def _confidence(doc: Document, hit: AchievementHit, fields: dict[str, object], facts: int) -> float:
    """The model reads the normalised text: the same words, so the same score, whatever the input's spelling."""
    s, title, text = doc.sentences[hit.sentence], doc.title_block(), doc.text
    return confidence(
        {**fields, "start": hit.start, "end": hit.end},
        {"start": s.start, "end": s.end, "text": text[s.start:s.end]},
        {"start": title.start, "end": title.end, "text": text[title.start:title.end]} if title else None,
        facts,
        normalised=True,
        article=text,
    )


def _kept(achievement: Achievement, floor: float | None) -> bool:
    """Every fact when no floor was asked for; else those the model scores at or above it."""
    return floor is None or (achievement.confidence or 0.0) >= floor


def award(doc: Document, hit: AwardHit) -> Award:
    """One award; its names and nouns as the rules read them in the normalised text."""
    return Award(
        **doc.span(hit.start, hit.end),
        count=hit.count,
        recipient_type=hit.recipient_type,
        award=hit.award,
        issuer=hit.issuer,
        level=hit.level,
        giver=hit.giver,
        recipients=list(hit.recipients),
        proposed=hit.proposed,
        sentence=sentence(doc, hit.sentence),
        rule=hit.rule,
    )


def person(doc: Document, hit: PersonHit) -> Person:
    """One person; the name, post and organisation as read in the normalised text, every span the input's."""
    return Person(
        name=hit.name,
        titles=[
            Title(**doc.span(t.start, t.end), position=t.position, organisation=t.organisation, former=t.former,
                  rule=t.rule)
            for t in hit.titles
        ],
        mentions=[Mention(**doc.span(m.start, m.end), kind=m.kind, rule=m.rule) for m in hit.mentions],
        honorific=hit.honorific,
        rank=hit.rank,
        degree=hit.degree,
    )


def role(doc: Document, hit: RoleHit) -> Role:
    """One office held by nobody named."""
    return Role(**doc.span(hit.start, hit.end), rule=hit.rule)


def date(doc: Document, hit: DateHit) -> DateMention:
    """One date mention, its value resolved (null when it cannot be)."""
    value = DateValue(**vars(hit.value)) if hit.value is not None else None  # its fields are plain values: no deep copy
    return DateMention(**doc.span(hit.start, hit.end), kind=hit.kind, value=value, rule=hit.rule)


def article(
    doc: Document,
    source: Source,
    *,
    people: list[PersonHit],
    roles: list[RoleHit],
    achievements: list[AchievementHit],
    awards: list[AwardHit],
    dates: list[DateHit],
    event_date: DateHit | None,
    text: ExtractedText | None,
) -> Article:
    """The article's record: its id and source, the title line, and every fact."""
    title = doc.title_block()
    counted = facts_counted(h.target for h in achievements)
    return Article(
        id=Path(source.path).stem.removesuffix(".html").removesuffix(".htm") if source.path else None,
        source=source,
        title=span(doc, title.start, title.end) if title else None,
        people=[person(doc, h) for h in people],
        roles=[role(doc, h) for h in roles],
        achievements=[a for a in (achievement(doc, h, counted) for h in achievements)
                      if _kept(a, doc.options.min_confidence)],
        awards=[award(doc, h) for h in awards],
        dates=[date(doc, h) for h in dates],
        event_date=date(doc, event_date) if event_date is not None else None,
        text=text,
    )
