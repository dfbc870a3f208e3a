"""The record's date facts from a document: the publication date, every date mention, the event date.

Date hits carry offsets into the normalised text (:mod:`vnnews.dates`); :mod:`vnnews.records` makes
them :class:`~vnnews.models.DateMention` records with input offsets, like every other fact.
"""

from __future__ import annotations

from .datelines import event_date, find_published, lead_spans
from .dates import Anchor, DateHit, find_dates
from .document import Document


def date_fields(doc: Document, published: str | None) -> tuple[str | None, list[DateHit], DateHit | None]:
    """(publication date, date hits, event date hit) of one article.

    ``published`` is what the source says (a web page's metadata); without it, the text's
    dateline gives it. Dates without a year, and relative ones, are read against it.
    """
    dateline = find_published(doc.text)
    published = published or (dateline.iso if dateline else None)
    hits = find_dates(doc.text, Anchor.from_iso(published))
    return published, hits, event_date(doc.text, hits, lead_spans(doc), dateline)
