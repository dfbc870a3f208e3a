"""link_people looks short names and title-only mentions up by index: the same result as comparing all pairs."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.extractors.hits import PersonHit, PersonMention, PersonTitle, RoleHit
from vnnews.link import _dedupe_titles, _fold, _merge, link_people

NAMES = ("Hoàng Giang", "Nguyễn Văn Giang", "Lê Văn An", "Trần An", "Văn An", "Giang", "An", "Lò Thị Mai")
TITLES = ("Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "chủ tịch ubnd TỈNH", "Giám đốc Sở Y tế")


def pairwise_link(people: list[PersonHit], roles: list[RoleHit]) -> tuple[list[PersonHit], list[RoleHit]]:
    """link_people as it was written before the indexes: every short name and role against every person."""
    merged: dict[str, PersonHit] = {}
    short: list[PersonHit] = []
    for p in people:
        if any(m.kind == "short_name" for m in p.mentions):
            short.append(p)
            continue
        key = _fold(p.name)
        merged[key] = _merge(merged[key], p) if key in merged else p
    found = list(merged.values())
    for s in short:
        tail = _fold(s.name).split()
        owners = [i for i, p in enumerate(found) if _fold(p.name).split()[-len(tail) :] == tail]
        if len(owners) == 1:
            owner = found[owners[0]]
            found[owners[0]] = replace(owner, titles=owner.titles + s.titles, mentions=owner.mentions + s.mentions)
        elif not owners and s.titles and len(tail) >= 2:
            found.append(replace(s, mentions=tuple(replace(m, kind="name") for m in s.mentions)))
    found = [_dedupe_titles(p) for p in found]
    kept: list[RoleHit] = []
    for r in roles:
        holders = [i for i, p in enumerate(found) if any(_fold(r.text) == _fold(t.text) for t in p.titles)]
        if len(holders) == 1:
            mention = PersonMention(r.start, r.end, r.text, "title", "link.title_mention")
            found[holders[0]] = replace(found[holders[0]], mentions=(*found[holders[0]].mentions, mention))
        else:
            kept.append(r)
    found = [replace(p, mentions=tuple(sorted(p.mentions, key=lambda m: m.start))) for p in found]
    found.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    return found, kept


@st.composite
def hits(draw: st.DrawFn) -> tuple[list[PersonHit], list[RoleHit]]:
    """People (some short names, some with titles) and roles at increasing offsets."""
    people: list[PersonHit] = []
    roles: list[RoleHit] = []
    at = 0
    for _ in range(draw(st.integers(0, 12))):
        name = draw(st.sampled_from(NAMES))
        kind = "short_name" if draw(st.booleans()) else "name"
        titles = tuple(
            PersonTitle(at + 20 + k, at + 30 + k, t, t.split()[0], None, False, "r")
            for k, t in enumerate(draw(st.lists(st.sampled_from(TITLES), max_size=2)))
        )
        people.append(PersonHit(name, titles, (PersonMention(at, at + len(name), name, kind, "r"),)))
        if draw(st.booleans()):
            t = draw(st.sampled_from(TITLES))
            roles.append(RoleHit(at + 40, at + 40 + len(t), t, "people.unnamed_title"))
        at += 100
    return people, roles


@settings(max_examples=300, deadline=None)
@given(hits())
def test_indexed_link_equals_pairwise_link(found: tuple[list[PersonHit], list[RoleHit]]) -> None:
    assert link_people(*found) == pairwise_link(*found)


def test_short_name_joins_the_one_full_name_ending_with_it() -> None:
    full = PersonHit("Hoàng Giang", (), (PersonMention(0, 11, "Hoàng Giang", "name", "r"),))
    title = PersonTitle(30, 48, "Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy", False, "r")
    short = PersonHit("Giang", (title,), (PersonMention(20, 25, "Giang", "short_name", "r"),))
    found, _ = link_people([full, short], [])
    assert [(p.name, [t.text for t in p.titles], len(p.mentions)) for p in found] == [
        ("Hoàng Giang", ["Phó Bí thư Tỉnh ủy"], 2)
    ]
