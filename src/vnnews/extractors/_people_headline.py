"""Posts a headline lists after a name that the article's body gives to someone else.

Headlines list guests by name or by post alone: "Nguyên Chủ tịch nước Trương Tấn Sang, Bí thư thứ nhất T.Ư Đoàn dự
Đại hội Đoàn TPHCM" names two people, the second by his post, whom the body names ("Anh Bùi Quang Huy - ..., Bí thư
thứ nhất T.Ư Đoàn"). A post written after a headline's name and a comma is that name's only if the body does not give
the very same post to another name and not to this one, while it names this one in full.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Document
from .hits import PersonHit, PersonTitle

#: The rule of a post read after a name ("Name, post"), the only one a headline's list of guests is mistaken by.
AFTER_NAME = "people.name_then_title"


def headline_posts(doc: Document, people: list[PersonHit]) -> list[PersonHit]:
    """``people`` without the posts a headline writes after their name that the body gives to another name only."""
    heads = [(b.start, b.end) for b in doc.blocks if b.kind == "title"]
    if not heads:
        return people

    def in_head(t: PersonTitle) -> bool:
        return any(s <= t.start < e for s, e in heads)

    body: dict[str, set[str]] = {}  # a post as written (folded) -> the names the body gives it to
    named = set()  # the names the body writes in full
    for p in people:
        if any(m.kind == "name" and not any(s <= m.start < e for s, e in heads) for m in p.mentions):
            named.add(_fold(p.name))
        for t in p.titles:
            if not in_head(t):
                body.setdefault(_fold(t.text), set()).add(_fold(p.name))
    out = []
    for p in people:
        name = _fold(p.name)
        if name not in named:  # "Ông A, Chủ tịch UBND tỉnh thăm ..." and "ông A" alone after it: nothing to compare
            out.append(p)
            continue
        others = [t for t in p.titles if in_head(t) and t.rule == AFTER_NAME]
        gone = {id(t) for t in others if name not in body.get(_fold(t.text), {name})}
        out.append(replace(p, titles=tuple(t for t in p.titles if id(t) not in gone)) if gone else p)
    return out


def _fold(text: str) -> str:
    """A post or name compared as written, whatever its case and spacing."""
    return " ".join(text.casefold().split())
