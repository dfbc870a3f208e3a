"""Stage 5, link: merge mentions into people, tie title-only mentions back, settle overlaps."""

from __future__ import annotations

from .document import Document
from .models import Achievement, Award, Person, Role


def link_people(doc: Document, people: list[Person], roles: list[Role]) -> tuple[list[Person], list[Role]]:
    """One person per name with all their titles; title-only mentions attached to their holder."""
    return people, roles


def drop_award_counts(achievements: list[Achievement], awards: list[Award]) -> list[Achievement]:
    """An award count is reported once, as an award: drop achievements inside a counted award's span."""
    counted = [(a.start, a.end) for a in awards if a.count is not None]
    return [x for x in achievements if not any(s <= x.start < e or x.start <= s < x.end for s, e in counted)]
