"""Stage 5, link: merge mentions into people, tie title-only mentions back, settle overlaps."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from itertools import accumulate

from .document import Document
from .extractors.hits import AchievementHit, AwardHit
from .models import Mention, Person, Role, Title
from .normalize import modern_tone


def link_people(doc: Document, people: list[Person], roles: list[Role]) -> tuple[list[Person], list[Role]]:
    """One person per name with all their titles; title-only mentions attached to their holder.

    Short names ("ông Giang") join the one full name ending with them (with any title they hold),
    or are dropped unless two syllables hold a title ("Ông Phương Đông, Phó Huyện trưởng"); a Role
    whose title one named person holds ("Phó Bí thư Tỉnh ủy đề nghị...") becomes that person's
    mention of kind "title".
    """
    merged: dict[str, Person] = {}
    short: list[Person] = []
    for p in people:
        if any(m.kind == "short_name" for m in p.mentions):
            short.append(p)
            continue
        key = _fold(p.name)
        if key in merged:
            _merge(merged[key], p)
        else:
            merged[key] = p.model_copy(deep=True)
    found = list(merged.values())
    for s in short:
        tail = _fold(s.name).split()
        owners = [p for p in found if _fold(p.name).split()[-len(tail) :] == tail]
        if len(owners) == 1:
            owners[0].mentions += s.mentions
            owners[0].titles += s.titles
        elif not owners and s.titles and len(tail) >= 2:  # "Ông Phương Đông, Phó Huyện trưởng": a name
            kept_short = s.model_copy(deep=True)
            kept_short.mentions = [m.model_copy(update={"kind": "name"}) for m in s.mentions]
            found.append(kept_short)
    for p in found:
        _dedupe_titles(p)
    kept: list[Role] = []
    for r in roles:
        holders = [p for p in found if any(_same_title(r.text, t) for t in p.titles)]
        if len(holders) == 1:
            holders[0].mentions.append(
                Mention(start=r.start, end=r.end, text=r.text, kind="title", rule="link.title_mention")
            )
        else:
            kept.append(r)
    for p in found:
        p.mentions.sort(key=lambda m: m.start)
    found.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    return found, kept


def _fold(text: str) -> str:
    """Case- and spelling-folded words, for comparing names and titles.

    >>> _fold("Phó Bí thư  Tỉnh Uỷ") == _fold("phó bí thư tỉnh ủy")
    True
    """
    return " ".join(modern_tone(w) for w in unicodedata.normalize("NFC", text).casefold().split())


def _merge(into: Person, other: Person) -> None:
    """Add another mention of the same person: its titles, mentions and missing attributes."""
    into.titles += other.titles
    into.mentions += other.mentions
    into.honorific = into.honorific or other.honorific
    into.rank = into.rank or other.rank
    into.degree = into.degree or other.degree


def _dedupe_titles(person: Person) -> None:
    """Keep each title once; one that a longer title of the same post contains becomes a mention."""
    kept: list[Title] = []
    for t in sorted(person.titles, key=lambda t: (-len(set(_post_words(t))), t.start)):
        post = _fold(t.position or "")
        dup = next((k for k in kept if _fold(k.position or "") == post and _within(_post_words(t), k)), None)
        if dup is None:
            kept.append(t)
        elif (t.start, t.end) != (dup.start, dup.end):
            person.mentions.append(Mention(start=t.start, end=t.end, text=t.text, kind="title", rule=t.rule))
            dup.former = dup.former or t.former  # "nguyên Bí thư Ban cán sự đảng": the same post, held before
    person.titles = sorted(kept, key=lambda t: t.start)


def _post_words(title: Title) -> list[str]:
    """The words of a title in order, without the "nguyên" that marks a former post (the post is the same)."""
    words = _fold(title.text).replace(",", " ").split()
    return words[1:] if title.former and words[:1] == ["nguyên"] else words


def _within(words: list[str], title: Title) -> bool:
    """Every word is in the title in the same order, or abbreviates a run of its words ("TN&MT").

    >>> t = Title(start=0, end=43, text="Bí thư Ban cán sự đảng Ủy ban nhân dân tỉnh", rule="r")
    >>> _within(["bí", "thư", "ban", "cán", "sự", "đảng"], t), _within(["bí", "thư", "tỉnh", "ủy"], t)
    (True, False)
    """
    longer = _fold(title.text).replace(",", " ").split()
    at = 0
    for w in words:
        if w in longer[at:]:
            at = longer.index(w, at) + 1
        elif not _abbreviates(w, longer):
            return False
    return True


def _abbreviates(abbrev: str, words: list[str]) -> bool:
    """``abbrev`` spells the initials of consecutive ``words``, "và" left out.

    >>> _abbreviates("tn&mt", "sở tài nguyên và môi trường tỉnh".split()), _abbreviates("ubnd", ["ủy", "ban"])
    (True, False)
    """
    letters = "".join(c for c in abbrev if c.isalpha())
    if len(letters) < 2:
        return False
    initials = [(i, unicodedata.normalize("NFD", w)[0]) for i, w in enumerate(words) if w != "và"]
    for s in range(len(initials) - len(letters) + 1):
        run = initials[s : s + len(letters)]
        if "".join(c for _, c in run) == letters and run[-1][0] - run[0][0] < 2 * len(letters):
            return True
    return False


def _same_title(text: str, title: Title) -> bool:
    """A title-only mention names the same office as a person's title."""
    return _fold(text) == _fold(title.text)


def drop_award_counts(achievements: list[AchievementHit], awards: list[AwardHit]) -> list[AchievementHit]:
    """An award count is reported once, as an award: drop achievements overlapping a counted award's span."""
    counted = sorted((a.start, a.end) for a in awards if a.count is not None)
    starts = [s for s, _ in counted]
    reach = list(accumulate((e for _, e in counted), max))  # furthest end among the awards starting so far
    return [x for x in achievements if not _overlaps(x, starts, reach)]


def _overlaps(x: AchievementHit, starts: list[int], reach: list[int]) -> bool:
    """An award span opens inside ``x``, or one opening before ``x`` is still open at its start."""
    before = bisect_right(starts, x.start)
    if before and reach[before - 1] > x.start:
        return True
    inside = bisect_left(starts, x.start)
    return inside < len(starts) and starts[inside] < x.end
