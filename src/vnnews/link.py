"""Stage 5, link: merge mentions into people, tie title-only mentions back (awards vs achievements: ownership)."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import replace

from .extractors.hits import PersonHit, PersonMention, PersonTitle, RoleHit
from .normalize import modern_tone, strip_tones


def link_people(people: list[PersonHit], roles: list[RoleHit]) -> tuple[list[PersonHit], list[RoleHit]]:
    """One person per name with all their titles; title-only mentions attached to their holder.

    Short names ("ông Giang") join the one full name ending with them (with any title they hold),
    or are dropped unless two syllables hold a title ("Ông Phương Đông, Phó Huyện trưởng"); a role
    whose title one named person holds ("Phó Bí thư Tỉnh ủy đề nghị...") becomes that person's
    mention of kind "title". Works on the people extractor's hits (normalised offsets), in order.
    """
    merged: dict[str, PersonHit] = {}
    short: list[PersonHit] = []
    for p in people:
        if any(m.kind == "short_name" for m in p.mentions):
            short.append(p)
            continue
        key = _fold(p.name)
        merged[key] = _merge(merged[key], p) if key in merged else p
    found = _join_cut_names(list(merged.values()))
    by_tail: dict[tuple[str, ...], list[int]] = {}  # every ending of every name -> the people so named
    for i, p in enumerate(found):
        _index_tails(by_tail, p.name, i)
    for s in short:
        owners = by_tail.get(tuple(_fold(s.name).split()), [])
        if len(owners) == 1:
            owner = found[owners[0]]
            found[owners[0]] = replace(owner, titles=owner.titles + s.titles, mentions=owner.mentions + s.mentions)
        elif not owners and s.titles and len(_fold(s.name).split()) >= 2:  # "Ông Phương Đông, Phó Huyện trưởng"
            _index_tails(by_tail, s.name, len(found))
            found.append(replace(s, mentions=tuple(replace(m, kind="name") for m in s.mentions)))
    found = [_dedupe_titles(p) for p in found]
    by_title: dict[str, list[int]] = {}  # a folded title -> the people holding it, each once
    for i, p in enumerate(found):
        for key in dict.fromkeys(_fold(t.text) for t in p.titles):
            by_title.setdefault(key, []).append(i)
    kept: list[RoleHit] = []
    for r in roles:
        holders = by_title.get(_fold(r.text), [])
        if len(holders) == 1:
            mention = PersonMention(r.start, r.end, r.text, "title", "link.title_mention")
            found[holders[0]] = replace(found[holders[0]], mentions=(*found[holders[0]].mentions, mention))
        else:
            kept.append(r)
    found = [replace(p, mentions=tuple(sorted(p.mentions, key=lambda m: m.start))) for p in found]
    found.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    return found, kept


def _join_cut_names(found: list[PersonHit]) -> list[PersonHit]:
    """A name whose title swallowed its first syllables is the longer name of the article ("Phó Chủ tịch
    UBND huyện Nguyễn" + "Kim Hải" beside "Đồng chí Nguyễn Kim Hải"): merged into it, the title cut back."""
    by_tail: dict[tuple[str, ...], list[int]] = {}
    for i, p in enumerate(found):
        _index_tails(by_tail, p.name, i)
    into: dict[int, int] = {}
    for i, p in enumerate(found):
        longer = [j for j in by_tail.get(tuple(_fold(p.name).split()), []) if j != i]
        if len(longer) == 1 and longer[0] not in into:
            cut = _cut_back(p, found[longer[0]].name)
            if cut is not None:
                found[i], into[i] = cut, longer[0]
    for i, j in into.items():
        found[j] = _merge(found[j], found[i])
    return [p for i, p in enumerate(found) if i not in into]


def _cut_back(person: PersonHit, longer: str) -> PersonHit | None:
    """``person`` with the title that ends in the syllables ``longer`` has before its name cut back (None if none).

    >>> t = PersonTitle(0, 30, "Phó Chủ tịch UBND huyện Nguyễn", "Phó Chủ tịch", "UBND huyện Nguyễn", False, "r")
    >>> _cut_back(PersonHit("Kim Hải", (t,), ()), "Nguyễn Kim Hải").titles[0].text
    'Phó Chủ tịch UBND huyện'
    """
    words = longer.split()
    missing = " " + " ".join(words[: len(words) - len(person.name.split())])
    titles = list(person.titles)
    for k, t in enumerate(titles):
        org = t.organisation
        if t.text.endswith(missing) and org and org.endswith(missing):
            text, org = t.text[: -len(missing)], org[: -len(missing)]
            titles[k] = replace(t, end=t.end - len(missing), text=text, organisation=org or None)
            return replace(person, titles=tuple(titles))
    return None


def _index_tails(by_tail: dict[tuple[str, ...], list[int]], name: str, i: int) -> None:
    """File person ``i`` under every ending of its folded name ("giang", "hoàng giang", ...).

    >>> index: dict[tuple[str, ...], list[int]] = {}
    >>> _index_tails(index, "Hoàng Giang", 0); sorted(index)
    [('giang',), ('hoàng', 'giang')]
    """
    words = tuple(_fold(name).split())
    for k in range(len(words)) if words else (0,):
        by_tail.setdefault(words[k:], []).append(i)


@functools.lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Case- and spelling-folded words, for comparing names and titles.

    >>> _fold("Phó Bí thư  Tỉnh Uỷ") == _fold("phó bí thư tỉnh ủy")
    True
    """
    return " ".join(modern_tone(w) for w in unicodedata.normalize("NFC", text).casefold().split())


def _merge(into: PersonHit, other: PersonHit) -> PersonHit:
    """Another mention of the same person: its titles, mentions and the attributes still missing."""
    return replace(
        into,
        titles=into.titles + other.titles,
        mentions=into.mentions + other.mentions,
        honorific=into.honorific or other.honorific,
        rank=into.rank or other.rank,
        degree=into.degree or other.degree,
    )


def _dedupe_titles(person: PersonHit) -> PersonHit:
    """Keep each title once; one that a longer title of the same post contains becomes a mention."""
    kept: list[PersonTitle] = []
    mentions = list(person.mentions)
    for t in sorted(person.titles, key=lambda t: (-len(set(_post_words(t))), t.start)):
        post = _fold(t.position)
        at = next((i for i, k in enumerate(kept) if _same_post(t, post, k) and _repeats(t, k)), None)
        if at is None:
            kept.append(t)
        elif (t.start, t.end) != (kept[at].start, kept[at].end):
            if t.start < kept[at].start and _spells_out(_post_words(t), _post_words(kept[at])):
                t, kept[at] = kept[at], replace(t, former=t.former or kept[at].former)  # the first written wins
            mentions.append(PersonMention(t.start, t.end, t.text, "title", t.rule))
            if t.former:  # "nguyên Bí thư Ban cán sự đảng": the same post, held before
                kept[at] = replace(kept[at], former=True)
    return replace(person, titles=tuple(sorted(kept, key=lambda t: t.start)), mentions=tuple(mentions))


def _same_post(title: PersonTitle, post: str, kept: PersonTitle) -> bool:
    """``kept`` holds the post of ``title`` (folded ``post``): the same post, or ``title`` is a bare post with no
    body that opens ``kept``'s longer post ("Bộ trưởng Mai Tiến Dũng" after "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ
    Mai Tiến Dũng": a short repeat, no title of its own).

    >>> k = PersonTitle(0, 39, "Bộ trưởng Chủ nhiệm VPCP", "Bộ trưởng Chủ nhiệm", "VPCP", False, "r")
    >>> _same_post(PersonTitle(50, 59, "Bộ trưởng", "Bộ trưởng", None, False, "r"), "bộ trưởng", k)
    True
    """
    longer = _fold(kept.position)
    if longer == post:
        return True
    return title.organisation is None and longer.split()[: len(post.split())] == post.split()


def _repeats(title: PersonTitle, longer: PersonTitle) -> bool:
    """``title`` says no more than ``longer``: its words are within it, or it is a later copy cut off inside its
    last word by the end of an excerpt ("Phó giám đốc Sở Văn hóa và Thể tha" after "... và Thể thao tỉnh Lào Cai")."""
    words = _post_words(title)
    if _within(words, longer):
        return True
    return title.start > longer.start and len(words) >= 3 and _cut_within(words, _title_words(longer.text))


def _cut_within(words: list[str], longer: list[str]) -> bool:
    """``words`` are the first words of ``longer`` but for the last, which only begins its word there.

    >>> _cut_within(_title_words("Giám đốc Sở Văn hóa và Thể tha"), _title_words("Giám đốc Sở Văn hóa và Thể thao"))
    True
    >>> _cut_within(_title_words("Giám đốc Sở Y"), _title_words("Giám đốc Sở Văn hóa"))
    False
    """
    n = len(words)
    cut = n <= len(longer) and longer[n - 1] != words[-1] and longer[n - 1].startswith(words[-1])
    return cut and words[:-1] == longer[: n - 1]


def _post_words(title: PersonTitle) -> list[str]:
    """The words of a title in order, without the "nguyên"/"cựu" that marks a former post (the post is the same)."""
    words = _title_words(title.text)
    return words[1:] if title.former and words[:1] in (["nguyên"], ["cưu"]) else words


def _title_words(text: str) -> list[str]:
    """A title's folded words without tone marks, marks between words left out: "UBND TP.Hà Nội" is
    "UBND TP Hà Nội", and a tone mistyped in a repeat ("Môi trưởng" for "Môi trường") is the same word.

    >>> _title_words("Phó Chủ tịch UBND TP.Hà Nội, Trưởng ban")
    ['pho', 'chu', 'tich', 'ubnd', 'tp', 'ha', 'nôi', 'trương', 'ban']
    """
    return strip_tones(_fold(text)).replace(",", " ").replace(".", " ").split()


def _within(words: list[str], title: PersonTitle) -> bool:
    """Every word is in the title in the same order, or abbreviates a run of its words ("TN&MT").

    >>> t = PersonTitle(0, 43, "Bí thư Ban cán sự đảng Ủy ban nhân dân tỉnh", "Bí thư", "Ban cán sự đảng", False, "r")
    >>> _within(_title_words("Bí thư Ban cán sự đảng"), t), _within(_title_words("Bí thư Tỉnh ủy"), t)
    (True, False)
    """
    longer = _title_words(title.text)
    at = 0
    for w in words:
        if w in longer[at:]:
            at = longer.index(w, at) + 1
        elif not _abbreviates(w, longer):
            return False
    return True


def _spells_out(short: list[str], long: list[str]) -> bool:
    """``long`` is ``short`` with its abbreviations spelled out, nothing more ("UBND" for "Ủy ban nhân dân").

    >>> _spells_out(_title_words("Chủ tịch UBND huyện"), _title_words("Chủ tịch Ủy ban nhân dân huyện"))
    True
    >>> _spells_out(_title_words("Chủ tịch UBND"), _title_words("Chủ tịch Ủy ban nhân dân huyện"))
    False
    """
    plain = [w for w in long if w not in {"và", "va"}]
    size = sum(1 if w in plain else sum(c.isalpha() for c in w) for w in short if w not in {"và", "va"})
    return size == len(plain) and any(w not in plain for w in short)


def _abbreviates(abbrev: str, words: list[str]) -> bool:
    """``abbrev`` spells the initials of consecutive ``words``, "và" left out.

    >>> _abbreviates("tn&mt", "sở tài nguyên và môi trường tỉnh".split()), _abbreviates("ubnd", ["ủy", "ban"])
    (True, False)
    """
    letters = "".join(c for c in abbrev if c.isalpha())
    if len(letters) < 2:
        return False
    initials = [(i, unicodedata.normalize("NFD", w)[0]) for i, w in enumerate(words) if w not in {"và", "va"}]
    for s in range(len(initials) - len(letters) + 1):
        run = initials[s : s + len(letters)]
        if "".join(c for _, c in run) == letters and run[-1][0] - run[0][0] < 2 * len(letters):
            return True
    return False
