"""People and their titles.

Each content line is read into word tokens (a :class:`~._people_line.Line`) and left to right by a
small grammar, whose parts each have a module:

- a *name* (:mod:`._people_names`) is a run of 2 to 5 capitalised syllables opening with a known
  family name, a person's only in a person's context: after an honorific, rank or degree
  (``đồng chí``, ``Đại tá``, ``TS.``), with a cue (``nạn nhân``, ``(30 tuổi)``, ``cho biết``),
  right after a title, or followed by one (``Lý Bình Minh, Phó Chủ tịch``);
- a *title* (:mod:`._people_titles`, :mod:`._people_orgs`) is a post from positions.yaml
  (``Phó Bí thư``), maybe after ``nguyên`` (former), then a tail of organisations, places,
  abbreviations and the words of organisation names (``UBND huyện Bắc Hà``);
- *who holds what* (:mod:`._people_holders`): titles joined by ``,``/``kiêm``/``và``/``-`` form a
  chain that goes to one owner; a chain with no owner is a role, which :func:`vnnews.link.link_people`
  ties back to a named holder of the same title when there is one.

:func:`extract` returns the facts as plain frozen hits in offsets of the normalised text
(:class:`~.hits.PersonHit`, :class:`~.hits.RoleHit`); :func:`vnnews.link.link_people` links them and
:mod:`vnnews.records` builds their records, in input offsets, once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

import regex

from ..document import Document
from ..lexicon import Termset
from ..segment import FURNITURE
from ._people_context import aide_post
from ._people_holders import Holder, holders
from ._people_lex import PeopleLexicon, lexicon
from ._people_line import Line, NameHit, TitleHit, is_foreign_word
from ._people_lists import held_before
from ._people_names import (
    FORMER,
    after_namer,
    all_title_case,
    cued,
    foreign_cued,
    foreign_name,
    named_places,
    read_name,
    read_prefix,
    run_end,
    said,
    without_address,
)
from ._people_shared import nobodys, role_like, standing_bodies
from ._people_tail import Tail, dotted_post
from ._people_title_cuts import acting_posts, cut_at_end
from ._people_titles import read_title
from .hits import PersonHit, PersonMention, PersonTitle, RoleHit

_NEXT_SYLLABLE = regex.compile(r"[ \u00a0](?P<w>\p{L}+)(?![\p{L}\p{M}])")  # 'Nguyễn Thực| hiện', 'Nguyễn Hữu| Từ'


def extract(doc: Document) -> tuple[list[PersonHit], list[RoleHit]]:
    """People named in the article with their titles, and unnamed office holders (not linked yet)."""
    lex = lexicon(doc.options.lexicon_dirs)
    people: list[PersonHit] = []
    roles: list[RoleHit] = []
    bare: list[tuple[Line, Holder]] = []
    speakers: list[tuple[Line, Holder]] = []
    lines: list[Line] = []
    for block in doc.blocks:
        if block.kind in FURNITURE or block.repeat_of is not None:
            continue
        line = Line(doc.text, lex, block.start, block.end)
        lines.append(line)
        names, titles = read_line(line)
        held = holders(line, names, titles)
        for h in held:
            if h.name.rule == "people.speech_name" and not h.titles:
                speakers.append((line, h))
            elif h.name.confirmed or h.name.short:
                people.append(_person(doc.text, line, h))
            else:
                bare.append((line, h))
        owned = {(t.start, t.end) for h in held for t, _ in h.titles}
        roles += [_role_hit(doc.text, line, t) for t in titles if (t.start, t.end) not in owned and role_like(line, t)]
    # "người dân Đồng Tâm cho biết": a verb of saying is no proof when the article names a place so ("xã Đồng Tâm")
    places = set().union(*(named_places(line) for line in lines)) if speakers else set()
    people += [_person(doc.text, line, h) for line, h in speakers if _words(line, h.name) not in places]
    known = {p.name.casefold() for p in people if " " in p.name}
    people += [_person(doc.text, line, h) for line, h in bare if _words(line, h.name) in known]  # named again
    people = cut_at_end(doc.text, _run_on_cut(doc.text, _last_syllable_small(doc.text, people)))
    return acting_posts(doc.text, people), roles


def _run_on_cut(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """ "Chủ tịch UBND TP Nguyễn Đức Chung Đúng 8h30, ...": a name one syllable longer than a person named elsewhere in
    the article ran on into the next sentence (a heading or caption with no full stop): cut it back."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for p in people:
        spans.setdefault(p.name.casefold(), []).extend((m.start, m.end) for m in p.mentions if m.kind == "name")
    out = []
    for p in people:
        head = p.name.rsplit(" ", 1)[0]
        own = spans[p.name.casefold()]  # a run-on is written once
        elsewhere = [s for s in spans.get(head.casefold(), []) if all(s[1] <= a or s[0] >= b for a, b in own)]
        elsewhere = [s for s in elsewhere if not _goes_on(text, s[1], p.name)]  # "Nguyễn Hữu| Từ trao": cut, no head
        if p.name.count(" ") >= 2 and len(own) == 1 and elsewhere:
            cut = tuple(replace(m, end=m.start + len(head), text=head) if m.text == p.name else m for m in p.mentions)
            p = replace(p, name=head, mentions=cut)
        out.append(p)
    return out


def _goes_on(text: str, end: int, name: str) -> bool:
    """The text after a name's head ending at ``end`` goes on with ``name``'s last syllable ("Nguyễn Hữu| Từ")."""
    nxt = _NEXT_SYLLABLE.match(text, end)
    return nxt is not None and nxt["w"].casefold() == name.rsplit(" ", 1)[-1].casefold()


def _last_syllable_small(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """ "ông Nguyễn Thực hiện nhấn mạnh": a name whose last syllable was written in small letters, read one
    syllable short, is the person the article names so elsewhere ("Ông Nguyễn Thực Hiện – Phó Chủ tịch"); so is a name
    read one syllable short before a verb ("Nguyễn Hữu Từ trao": "Từ" read as "from" opening a clause)."""
    names = {p.name.casefold(): p.name for p in people}
    out = []
    for p in people:
        for m in p.mentions:
            small = _NEXT_SYLLABLE.match(text, m.end) if m.kind == "name" and m.text == p.name else None
            longer = names.get(f"{p.name} {small['w']}".casefold()) if small else None
            if small and longer:
                grown = replace(m, end=small.end(), text=text[m.start : small.end()])
                p = replace(p, name=longer, mentions=tuple(grown if x is m else x for x in p.mentions))
                break
        out.append(p)
    return out


# ---- one line, left to right ---------------------------------------------------------------------

#: A reader tries to read hits at word ``i``: it adds them and returns where to go on, or None.
Reader = Callable[[Line, int, list[NameHit], list[TitleHit]], "int | None"]


def read_line(line: Line) -> tuple[list[NameHit], list[TitleHit]]:
    """Read one line into name and title hits: at each word the readers of :data:`READERS`, in order."""
    names: list[NameHit] = []
    titles: list[TitleHit] = []
    openers = _openers(line.lex)[0]
    # no reader starts at a word in small letters that opens none of their terms, no family name, no "nguyên"
    # (the words readers may start at, listed in one pass; a reader's jump skips those it read)
    kinds = _start_kinds(line.lex)
    starts = [
        k
        for k, kind in enumerate(map(kinds.__getitem__, line.words))
        if kind is _START or (kind is _MAY_START and _may_open(line, k, kinds) and line.opens(openers, k))
    ]
    i = 0
    for k in starts:
        if k >= i:
            i = _read_at(line, k, names, titles)
    return names, titles


def _read_at(line: Line, i: int, names: list[NameHit], titles: list[TitleHit]) -> int:
    """The first reader that reads something at word ``i`` says where to go on; none: the next word.

    Every reader but :func:`_foreign` starts with a term of the openers, "nguyên"/"cựu" or a family
    name: at a word with none of them (three words read of four) only that one is tried.
    """
    if not (line.opens(_openers(line.lex)[0], i) or line.folds[i] in FORMER or line.lex.is_surname(line.words[i])):
        j = _foreign(line, i, names, titles)
        return i + 1 if j is None else j
    for read in READERS:
        j = read(line, i, names, titles)
        if j is not None:
            return j
    return i + 1


#: What a word says of a reader starting at it: one may, one may if a term of the openers starts there, none.
_START, _MAY_START, _NO_START = "start", "may start", "no start"
#: Words whose kind is kept per lexicon (a batch's vocabulary); past it the kinds are found again.
_KINDS_KEPT = 1 << 16


def _may_open(line: Line, k: int, kinds: _StartKinds) -> bool:
    """Whether words ``k`` and ``k + 1`` begin a term of the openers (a word that is one alone starts anyway)."""
    j = k + 1
    if j >= line.n:
        return False
    return (line.folds[k], line.folds[j]) in kinds.pairs or (line.words[k], line.words[j]) in kinds.exact_pairs


class _StartKinds(dict[str, str]):
    """Each word's kind (:data:`_START`...), found on first sight: a family name, a foreign word in capitals, a
    family name's first letter or 'nguyên'/'cựu' start; the first word of an opener's term may start; any other
    word does not. A capitalised word that is none of these is tried by :func:`_foreign` alone, which reads
    nothing at a word spelled as Vietnamese (:func:`foreign_cued`): three capitalised words of four."""

    def __init__(self, lex: PeopleLexicon) -> None:
        super().__init__()
        self.lex = lex
        self.initials = lex.surname_initials
        openers, self.folded, self.exact = _openers(lex)
        self.single, self.pairs = lex.heads(openers, exact=False)
        self.exact_single, self.exact_pairs = lex.heads(openers, exact=True)

    def __missing__(self, word: str) -> str:
        if len(self) >= _KINDS_KEPT:
            self.clear()
        fold = word.casefold()
        initial = word[:1]
        tried = is_foreign_word(word) if initial.isupper() else initial in self.initials
        if tried or fold in FORMER or self.lex.is_surname(word) or fold in self.single or word in self.exact_single:
            kind = _START  # a word that is a term of the openers alone opens one wherever it is
        else:
            kind = _MAY_START if fold in self.folded or word in self.exact else _NO_START
        self[word] = kind
        return kind


@functools.cache
def _start_kinds(lex: PeopleLexicon) -> _StartKinds:
    """The kinds of the words read with ``lex`` so far."""
    return _StartKinds(lex)


@functools.cache
def _openers(lex: PeopleLexicon) -> tuple[frozenset[Termset], frozenset[str], frozenset[str]]:
    """The vocabularies a reader may start with, and the first words of their terms (case-folded, exact)."""
    openers = frozenset(
        (lex.places, lex.honorifics, lex.ranks, lex.degrees, lex.positions, lex.staff_posts, lex.role_heads,
         lex.organisations, lex.cues_before, lex.dotted_posts)
    )
    return openers, *lex.first_words(openers)


def _place(line: Line, i: int, names: list[NameHit], titles: list[TitleHit]) -> int | None:
    """ "Bà Rịa - Vũng Tàu" opens with "bà" but is a place: skip it."""
    size = line.match(line.lex.places, i)
    return i + size if size else None


def _prefixed_name(line: Line, i: int, names: list[NameHit], titles: list[TitleHit]) -> int | None:
    """An honorific, rank or degree and the name after it ("đồng chí Hoàng Giang", "ông Choi Young Gyo")."""
    j, honorific, rank, degree = read_prefix(line, i)
    if j == i:
        return None
    hit = read_name(line, j, prefixed=True)
    if (hit is None or hit.short) and line.match(line.lex.foreign_honorifics, i) == j - i:
        hit = foreign_name(line, j) or hit  # "ông Choi Young Gyo"
    if hit is None:
        return j
    names.append(replace(hit, honorific=honorific, rank=rank, degree=degree))
    return hit.end


def _title(line: Line, i: int, names: list[NameHit], titles: list[TitleHit]) -> int | None:
    """A post ("nguyên", "cựu" before it: held before) and its title, with the name written right after it."""
    former = line.folds[i] in FORMER and bool(line.match(line.lex.positions, i + 1) or dotted_post(line, i + 1))
    size = aide_post(line, i + former) or line.match(line.lex.positions, i + former)
    size = size or _staff_post(line, i + former) or _standing(line, i + former) or dotted_post(line, i + former)
    if not size or line.match(line.lex.organisations, i + former) > size == line.match(line.lex.posted_abroad, i):
        return None  # "Đại sứ quán Việt Nam tại Lào": the mission, never the post "Đại sứ"
    past = not former and held_before(line, i, titles)
    street = i > 0 and line.words[i - 1].isalpha() and line.words[i - 1].islower() and after_namer(line, i)
    if street and line.words[i][:1].isupper():  # "đường Chủ tịch Tôn Đức Thắng": a street's name
        return run_end(line, i + size) if i + size < line.n and line.words[i + size][:1].isupper() else i + size
    title = read_title(line, i, i + former, i + former + size, former=former or past)
    # a number after "top", "số", "Sáng" is a rank, a label or a time: no count ("top 3 Trưởng đoàn")
    counted = i > 0 and line.words[i - 1].isdigit() and not (i > 1 and line.folds[i - 2] in line.lex.grammar.ranked)
    if not title.name and counted and _counted_names(line, title.end, int(line.words[i - 1])):
        counted = False  # "giới thiệu 2 Phó Chủ tịch UBND huyện, ông A và ông B": each of them holds it
    if not title.name and (counted or (i > 0 and line.folds[i - 1] in line.lex.grammar.plural_words)):
        return title.end  # "gồm 7 ủy viên, đồng chí X": many hold it, none alone
    if size and _standing(line, i + former) == size and standing_bodies(line, title.pos_end, title.end):
        return title.end  # "Thường trực Ban Dân vận các huyện, thị xã": the standing bodies, nobody's post
    if nobodys(line, title):  # "Vụ trưởng các Vụ ...", "Tổng thống Putin, Chủ tịch ... X": no one person's post
        return title.end
    if title.name and title.name.rule == "people.name_after_title":  # "ông X, Trưởng phòng ..., Sở Y Nguyễn Văn Z"
        names.append(title.name)  # the name before took the title: Z is someone else, written after it
        titles.append(replace(title, name=None))
        return title.name.end
    titles.append(title)
    if title.name:
        names.append(title.name)
        return title.name.end
    return title.end


def _staff_post(line: Line, i: int) -> int:
    """The size of a staff post right before the capitalised head of its unit ("Cán bộ Khoa ...")."""
    size = line.match(line.lex.staff_posts, i)
    return size if size and line.match(line.lex.org_heads, i + size) > 0 else 0


def _standing(line: Line, i: int) -> int:
    """The size of a capitalised post modifier before a board's head after a comma: "..., Thường trực Ban Bí thư" is
    a post among others ("Thường trực Hội LHPN tỉnh điều hành ..." opening a sentence is the standing body)."""
    size = line.match(line.lex.post_modifiers, i) if i > 0 and line.words[i - 1] == "," else 0
    return size if size and line.words[i][:1].isupper() and line.match(line.lex.org_heads, i + size) > 0 else 0


def _counted_names(line: Line, end: int, count: int) -> bool:
    """As many names as counted, listed after the comma that ends a counted post ("2 Phó Chủ tịch, ông A và ông B")."""
    k = end
    for n in range(count):
        if k >= line.n - 1 or line.words[k] not in (line.lex.grammar.list_joins if n else {","}):
            return False
        k += 1
        k += line.match(line.lex.honorifics, k)
        hit = read_name(line, k, prefixed=True)
        if hit is None:
            return False
        k = hit.end
    if k < line.n - 1 and line.words[k] == ",":  # "ông A và bà B, cùng lãnh đạo": no name nor post after
        j = k + 1 + line.match(line.lex.honorifics, k + 1)
        return not (read_name(line, j, prefixed=True) or line.match(line.lex.positions, k + 1))
    return k >= line.n or line.words[k] not in line.lex.grammar.list_joins


def _role(line: Line, i: int, names: list[NameHit], titles: list[TitleHit]) -> int | None:
    """A role head ("Lãnh đạo", "Đại diện") and the organisation after it: an office, nobody's title."""
    size = line.match(line.lex.role_heads, i)
    if not size:
        return None
    title = read_title(line, i, i, i + size, role=True)
    if title.end > i + size:
        titles.append(title)
    return title.end if not title.name else title.name.start


def _known_term(line: Line, i: int, names: list[NameHit], titles: list[TitleHit]) -> int | None:
    """Never read a name inside "Đoàn TNCS Hồ Chí Minh" or "Hà Giang": skip an organisation or a place."""
    org = line.match(line.lex.organisations, i)
    skip = line.match(line.lex.places, i) or (0 if all_title_case(line, i, i + org) else org)
    return i + skip if skip else None


def _foreign(line: Line, i: int, names: list[NameHit], titles: list[TitleHit]) -> int | None:
    """ "kỳ thủ người Nga Vetokhin Savva", "Ivo Zell, nam sinh 18 tuổi": a foreign name with a cue."""
    hit = foreign_cued(line, i)
    if hit is None:
        return None
    names.append(hit)
    return hit.end


def _family_name(line: Line, i: int, names: list[NameHit], titles: list[TitleHit]) -> int | None:
    """A full name from a family name; a cue ("nạn nhân", "(SN 2005)") or a verb of saying confirms it."""
    if not line.lex.is_surname(line.words[i]) or after_namer(line, i):
        return None
    hit = read_name(line, i, prefixed=False)
    if hit and len(line.words[i]) == 1 and line.match(line.lex.places, i + 1):
        return None  # "Đại học Y Hà Nội": a one-letter word before a place is no family name
    if hit is None or hit.short:
        return None
    if cued(line, hit):  # "nạn nhân Vàng Thị Dở", "Thào Seo Hải (SN 2005)"
        hit = replace(hit, confirmed=True, rule="people.cue_name")
    elif said(line, hit.end):  # "Hà Trang chia sẻ"
        hit = replace(hit, confirmed=True, rule="people.speech_name")
    names.append(hit)
    return hit.end


READERS: tuple[Reader, ...] = (_place, _prefixed_name, _title, _role, _known_term, _foreign, _family_name)


# ---- a line's hits to the article's hits -----------------------------------------------------------


def _words(line: Line, name: NameHit) -> str:
    """A name's words, case-folded, one space between them: for comparing names."""
    return line.text(name.start, name.end).casefold()


def _person(text: str, line: Line, h: Holder) -> PersonHit:
    n = without_address(line, h.name)
    s, e = line.starts[n.start], line.ends[n.end - 1]
    mention = PersonMention(s, e, text[s:e], "short_name" if n.short else "name", n.rule)
    titles = tuple(_title_hit(text, line, t, rule) for t, rule in h.titles)
    return PersonHit(text[s:e], titles, (mention,), n.honorific, n.rank, n.degree)


def _title_hit(text: str, line: Line, t: TitleHit, rule: str) -> PersonTitle:
    s, e = line.starts[t.start], line.ends[t.end - 1]
    body = Tail.after_dot(line, t.pos_start, t.pos_end)  # "PCT. UBND xã": the organisation starts past the dot
    org = text[line.starts[body] : e] if t.end > body else None
    position = text[line.starts[t.pos_start] : line.ends[t.pos_end - 1]]
    return PersonTitle(s, e, text[s:e], position, org, t.former, rule)


def _role_hit(text: str, line: Line, t: TitleHit) -> RoleHit:
    s, e = line.starts[t.start], line.ends[t.end - 1]
    return RoleHit(s, e, text[s:e], "people.role" if t.role else "people.unnamed_title")
