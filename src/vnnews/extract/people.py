"""People and their titles."""

from __future__ import annotations

from ..document import Document
from ..models import Person, Role


def extract(doc: Document) -> tuple[list[Person], list[Role]]:
    """People named in the article with their titles, and unnamed office holders."""
    return [], []
