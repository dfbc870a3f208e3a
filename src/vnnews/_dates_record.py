"""The record's date fields from a document: the publication date, every date mention, the event date.

Date hits carry offsets into the normalised text (:mod:`vnnews.dates`); here they become
:class:`~vnnews.models.DateMention` records with input offsets, like every other fact.
"""

from __future__ import annotations

from dataclasses import asdict

from .datelines import event_date, find_published, lead_spans
from .dates import Anchor, DateHit, find_dates
from .document import Document
from .models import DateMention, DateValue


def _mention(doc: Document, hit: DateHit) -> DateMention:
    value = DateValue(**asdict(hit.value)) if hit.value is not None else None
    return DateMention(**doc.span(hit.start, hit.end), kind=hit.kind, value=value, rule=hit.rule)


def date_fields(doc: Document, published: str | None) -> tuple[str | None, list[DateMention], DateMention | None]:
    """(publication date, date mentions, event date) of one article.

    ``published`` is what the source says (a web page's metadata); without it, the text's
    dateline gives it. Dates without a year, and relative ones, are read against it.
    """
    dateline = find_published(doc.text)
    published = published or (dateline.iso if dateline else None)
    hits = find_dates(doc.text, Anchor.from_iso(published))
    event = event_date(doc.text, hits, lead_spans(doc), dateline)
    return published, [_mention(doc, h) for h in hits], _mention(doc, event) if event is not None else None
