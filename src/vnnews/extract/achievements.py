"""Numeric achievements."""

from __future__ import annotations

from ..document import Document
from ..models import Achievement


def extract(doc: Document) -> list[Achievement]:
    """Every stated quantity of something done, reached, given or counted."""
    return []
