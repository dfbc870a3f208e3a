"""Award counts."""

from __future__ import annotations

from ..document import Document
from ..models import Award


def extract(doc: Document) -> list[Award]:
    """Every award given, with its count of recipients when stated."""
    return []
