"""People and their titles.

Each content line is cut into word tokens and read left to right by a small grammar:

- a *title* is a post from positions.yaml (``Phó Bí thư``), maybe after ``nguyên`` (former),
  then a *tail*: organisations, places, abbreviations, capitalised words and the lower-case words
  of organisation names (``Tỉnh ủy``, ``Ủy ban MTTQ Việt Nam tỉnh``, ``UBND huyện Bắc Hà``);
- a *name* is a run of 2 to 5 capitalised syllables opening with a known family name.

A name is a person only in a person's context: after an honorific, rank or degree
(``đồng chí``, ``Đại tá``, ``TS.``), right after a title (``Phó Bí thư Tỉnh ủy Hoàng Giang``:
the tail stops where the name starts), or followed by a title (``Lý Bình Minh, Phó Chủ tịch``).
Titles joined by ``,``/``kiêm``/``và``/``-`` form a chain that goes to one owner (see
:func:`_assign`); a chain with no owner is a :class:`Role`, which :func:`vnnews.link.link_people`
ties back to a named holder of the same title when there is one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

import regex

from ..document import Document
from ..models import Mention, Person, Role, Title
from ..segment import FURNITURE
from ._people_lex import (
    PeopleLexicon,
    Tok,
    is_abbrev,
    is_foreign_word,
    is_title_case,
    is_vietnamese_syllable,
    lexicon,
    tokens,
)

MAX_NAME = 5
#: A capitalised word glued to the next one ("EmNguyễn"): a form of address that lost its space.
GLUED = regex.compile(r"^(?P<address>\p{Lu}\p{Ll}+)(?P<name>\p{Lu}\p{Ll}+)$")
#: Tokens that may stand between the titles of one chain (order matters: longest first).
CHAIN_GAPS: tuple[tuple[str, ...], ...] = (
    (",", "đồng", "thời"),
    (",", "nay", "là"),  # "Chủ tịch UBND tỉnh nay là Bí thư Tỉnh ủy": the former post and the current one
    (",", "hiện", "là"),
    ("nay", "là"),
    ("hiện", "là"),
    ("đồng", "thời"),
    (",", "kiêm"),
    (",", "và"),
    ("kiêm",),
    ("và",),
    (",",),
    ("-",),
)
#: Tokens between two names of one list ("A, B và C").
LIST_GAPS: frozenset[tuple[str, ...]] = frozenset({(",",), ("và",), (",", "và"), (";",)})
#: Tokens between a name and the title that follows it ("Hoàng Giang, Phó Bí thư").
NAME_TITLE_GAPS: frozenset[tuple[str, ...]] = frozenset({(",",), ("-",), ("(",), (":",), (",", "(")})
#: Most small words read in a row as part of an organisation name ("tư vấn thiết kế").
FREE_WORDS = 8
#: Where a title is in an organisation's name written in small letters: not in one; right after
#: its head ("Vụ giáo dục thể chất": the small words may end at any stop word); past a
#: capitalised part ("Xổ số kiến thiết Lào Cai": small words only when a name or mark follows).
NO_NAME, IN_NAME, AFTER_HEAD = 0, 1, 2
#: Organisations a comma may add to one title ("tổ trưởng sản xuất, Công trường ..., Công ty ...").
COMMA_ORGS = 2
#: Most tokens between a passive subject and the verb that gives it a post ("X được ... giữ chức").
PASSIVE_GAP = 24
#: Where in a title's tail a number may name the unit just read ("Ban Chỉ đạo 389", "tổ dân phố số 20").
NUMBERED = frozenset({"org", "head", "open", "word", "abbr", "free"})
#: Most digits of a number that names a unit (longer ones are years or counts).
MAX_UNIT_DIGITS = 3
#: Most capitalised words of a nationality after "người" ("người Nga", "người Hàn Quốc").
MAX_NATIONALITY = 2
#: Most tokens read in the parentheses after a name for a description of the person.
PAREN_WORDS = 12
#: A term of office after a post: "khóa XIV", "khóa 12" (a Roman numeral or a number).
TERM_NUMBER = regex.compile(r"^(?:[IVXL]+|\d{1,2})$")
#: Words after which a name is an object, never the subject of a passive ("cho ông Moon").
OBJECT_MARKS = frozenset({"cho", "của", "với"})
#: Marks that end a sentence inside a line.
SENTENCE_ENDS = frozenset({".", "!", "?"})
#: Lower-case connectors never left at the end of a title ("Chủ tịch UBND tỉnh và").
TAIL_TRIM = frozenset({"và", "các", "-", "của"})


@dataclass
class NameHit:
    """A candidate name: tokens [start, end), with what was written before it."""

    start: int
    end: int
    honorific: str | None = None
    rank: str | None = None
    degree: str | None = None
    confirmed: bool = False
    short: bool = False
    titles: list[TitleHit] = field(default_factory=list)
    rule: str = "people.name"


@dataclass
class TitleHit:
    """A title: tokens [start, end); the post is [pos_start, pos_end)."""

    start: int
    end: int
    pos_start: int
    pos_end: int
    former: bool
    name: NameHit | None = None  # the name written right after it (title before name)
    role: bool = False  # opened by a role head ("Lãnh đạo"), never a person's title
    rule: str = "people.title"


def extract(doc: Document) -> tuple[list[Person], list[Role]]:
    """People named in the article with their titles, and unnamed office holders."""
    lex = lexicon(doc.options.lexicon_dirs)
    people: list[Person] = []
    roles: list[Role] = []
    bare: list[tuple[list[Tok], NameHit]] = []
    said: list[tuple[list[Tok], NameHit]] = []
    lines: list[list[Tok]] = []
    for block in doc.blocks:
        if block.kind in FURNITURE or block.repeat_of is not None:
            continue
        toks = _unglue(tokens(doc.text, block.start, block.end), lex)
        lines.append(toks)
        names, titles = _scan(toks, lex)
        _assign(toks, names, titles, lex)
        _confirm_lists(toks, names)
        for n in names:
            if n.rule == "people.speech_name" and not n.titles:
                said.append((toks, n))
            elif n.confirmed or n.short:
                people.append(_person(doc, toks, n))
            else:
                bare.append((toks, n))
        owned = {(t.start, t.end) for n in names for t in n.titles}
        roles += [_role(doc, toks, t) for t in titles if (t.start, t.end) not in owned and _role_like(toks, t)]
    # "người dân Đồng Tâm cho biết": a verb of saying is no proof when the article names a place so ("xã Đồng Tâm")
    places = set().union(*(_named_places(toks, lex) for toks in lines)) if said else set()
    people += [_person(doc, toks, n) for toks, n in said if _text(toks, n.start, n.end).casefold() not in places]
    known = {p.name.casefold() for p in people if " " in p.name}
    for toks, n in bare:  # a full name written again with nothing around it
        if _text(toks, n.start, n.end).casefold() in known:
            people.append(_person(doc, toks, n))
    return people, roles


# --- scanning -------------------------------------------------------------------------------


def _named_places(toks: list[Tok], lex: PeopleLexicon) -> set[str]:
    """Capitalised runs written after a place or institution word ("xã Đồng Tâm", not "ông xã"), case-folded."""
    found: set[str] = set()
    for i, tok in enumerate(toks):
        if not is_title_case(tok.text) or lex.honorifics.match(toks, max(0, i - 2)) == 2:
            continue
        if _after_namer(toks, i, lex):
            found.add(_text(toks, i, _run(toks, i, lex)).casefold())
    return found


def _unglue(toks: list[Tok], lex: PeopleLexicon) -> list[Tok]:
    """Split a form of address glued to a family name by a lost space ("EmNguyễn" -> "Em", "Nguyễn")."""
    out: list[Tok] = []
    for tok in toks:
        m = GLUED.match(tok.text)
        if m and lex.is_surname(m["name"]):
            cut = tok.start + len(m["address"])
            head = Tok(tok.start, cut, m["address"], m["address"].casefold())
            if lex.honorifics.match([head], 0) == 1:
                out += [head, Tok(cut, tok.end, m["name"], m["name"].casefold())]
                continue
        out.append(tok)
    return out


def _scan(toks: list[Tok], lex: PeopleLexicon) -> tuple[list[NameHit], list[TitleHit]]:
    """Read one line's tokens into name and title hits, left to right."""
    names: list[NameHit] = []
    titles: list[TitleHit] = []
    i, n = 0, len(toks)
    while i < n:
        place = lex.places.match(toks, i)
        if place:  # "Bà Rịa - Vũng Tàu" opens with "bà" but is a place
            i += place
            continue
        j, honorific, rank, degree = _prefix(toks, i, lex)
        if j > i:
            hit = _name(toks, j, lex, prefixed=True)
            if (hit is None or hit.short) and lex.foreign_honorifics.match(toks, i) == j - i:
                hit = _foreign_name(toks, j, lex) or hit  # "ông Choi Young Gyo"
            if hit:
                hit.honorific, hit.rank, hit.degree = honorific, rank, degree
                names.append(hit)
                i = hit.end
            else:
                i = j
            continue
        former = toks[i].fold == "nguyên" and lex.positions.match(toks, i + 1) > 0
        plen = lex.positions.match(toks, i + int(former))
        if plen:
            title = _title(toks, i, i + int(former), i + int(former) + plen, lex)
            title.former = former
            titles.append(title)
            if title.name:
                names.append(title.name)
                i = title.name.end
            else:
                i = title.end
            continue
        rlen = lex.role_heads.match(toks, i)
        if rlen:
            title = _title(toks, i, i, i + rlen, lex)
            title.role = True
            if title.end > i + rlen:
                titles.append(title)
            i = title.end if not title.name else title.name.start
            continue
        org = lex.organisations.match(toks, i)
        skip = lex.places.match(toks, i) or (0 if _all_title_case(toks, i, i + org) else org)
        if skip:  # never read a name inside "Đoàn TNCS Hồ Chí Minh" or "Hà Giang"
            i += skip
            continue
        hit = _foreign_cued(toks, i, lex)
        if hit:  # "kỳ thủ người Nga Vetokhin Savva", "Ivo Zell, nam sinh 18 tuổi"
            names.append(hit)
            i = hit.end
            continue
        if lex.is_surname(toks[i].text) and not _after_namer(toks, i, lex):
            hit = _name(toks, i, lex, prefixed=False)
            if hit and len(toks[i].text) == 1 and lex.places.match(toks, i + 1):
                hit = None  # "Đại học Y Hà Nội": a one-letter word before a place is no family name
            if hit and not hit.short:
                if _cued(toks, hit, lex):  # "nạn nhân Vàng Thị Dở", "Thào Seo Hải (SN 2005)"
                    hit.confirmed, hit.rule = True, "people.cue_name"
                elif _said(toks, hit.end, lex):  # "Hà Trang chia sẻ"
                    hit.confirmed, hit.rule = True, "people.speech_name"
                names.append(hit)
                i = hit.end
                continue
        i += 1
    return names, titles


def _prefix(toks: list[Tok], i: int, lex: PeopleLexicon) -> tuple[int, str | None, str | None, str | None]:
    """Honorific, then ranks and degrees, in front of a name: (next index, honorific, rank, degree)."""
    honorific = rank = degree = None
    j = i
    k = lex.honorifics.match(toks, j)
    if k:
        honorific = _text(toks, j, j + k)
        j += k
    while True:
        k = lex.ranks.match(toks, j)
        if k:
            rank = _text(toks, j, j + k)
            j += k
            continue
        k = lex.degrees.match(toks, j)
        if k:
            degree = _text(toks, j, j + k)
            j += k
            continue
        break
    if honorific and j < len(toks) and toks[j].text == ":":  # "các đồng chí: ..."
        return j + 1, None, rank, degree
    return j, honorific, rank, degree


def _run(toks: list[Tok], i: int, lex: PeopleLexicon) -> int:
    """End of the run of capitalised syllables from ``i`` that could be a name."""
    j = i
    while j < len(toks) and j - i <= MAX_NAME and is_title_case(toks[j].text):
        if j > i and (_starts_term(toks, j, lex) or toks[j - 1].end == toks[j].start or _opens_sentence(toks, j, lex)):
            break
        j += 1
    # "Kim Jong-un": a syllable glued to a hyphen is a foreign or compound word, not a name.
    hyphen = j > i and j + 1 < len(toks) and toks[j].text == "-" and not lex.positions.match(toks, j + 1)
    if hyphen and toks[j - 1].end == toks[j].start == toks[j + 1].start - 1:
        return i
    return j


def _opens_sentence(toks: list[Tok], j: int, lex: PeopleLexicon) -> bool:
    """A word that opens the next sentence when a full stop was lost ("... Vương Đình Huệ Theo ...")."""
    word = toks[j].text
    if word in lex.name_stops:
        return True
    return word in lex.name_stops_before_number and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit()


def _starts_term(toks: list[Tok], j: int, lex: PeopleLexicon) -> bool:
    """A post or organisation starts at ``toks[j]`` and is not itself all capitalised ("Chủ tịch")."""
    for terms in (lex.positions, lex.organisations):
        k = terms.match(toks, j)
        if k and not _all_title_case(toks, j, j + k):
            return True
    return False


def _all_title_case(toks: list[Tok], i: int, j: int) -> bool:
    return all(is_title_case(t.text) for t in toks[i:j])


def _name(toks: list[Tok], i: int, lex: PeopleLexicon, *, prefixed: bool) -> NameHit | None:
    """A full name at ``i`` (2-5 syllables from a family name), or after an honorific a short one."""
    if _starts_term(toks, i, lex):  # "Đồng chí Chủ tịch ...": a post, not a name
        return None
    j = _run(toks, i, lex)
    size = j - i
    if size == 0 or lex.places.match(toks, i) == size:
        return None
    if _is_full_name(toks, i, j, lex):
        return NameHit(i, j, confirmed=prefixed, rule="people.honorific_name" if prefixed else "people.name")
    if prefixed and size <= 2:
        return NameHit(i, j, short=True, rule="people.short_name")
    return None


def _is_full_name(toks: list[Tok], i: int, j: int, lex: PeopleLexicon) -> bool:
    """[i, j) is 2-5 syllables opening with a family name, spelled as a Vietnamese name."""
    if not (2 <= j - i <= MAX_NAME and lex.is_surname(toks[i].text)):
        return False
    return lex.spelled_freely(toks[i].text) or all(is_vietnamese_syllable(t.text) for t in toks[i:j])


def _foreign_name(toks: list[Tok], i: int, lex: PeopleLexicon) -> NameHit | None:
    """After "ông"/"bà", 2-4 capitalised words with a foreign one, or 3-4 of any: a name as written."""
    j = i
    while j < len(toks) and j - i < 4 and (is_title_case(toks[j].text) or is_foreign_word(toks[j].text)):
        if j > i and (toks[j - 1].end == toks[j].start or _opens_sentence(toks, j, lex)):
            break
        if lex.positions.match(toks, j) or lex.organisations.match(toks, j) or lex.places.match(toks, j):
            break
        j += 1
    if j < len(toks) and toks[j - 1].end == toks[j].start and toks[j].text == "-":  # "Kim Jong-un"
        return None
    foreign = any(is_foreign_word(t.text) for t in toks[i:j])
    if j - i >= 3 or (j - i == 2 and foreign):
        return NameHit(i, j, confirmed=True, rule="people.foreign_name")
    return None


def _foreign_cued(toks: list[Tok], i: int, lex: PeopleLexicon) -> NameHit | None:
    """A foreign name as written, after a person's noun and nationality or before a person's description.

    "kỳ thủ người Nga Vetokhin Savva" (noun, "người", the nationality, then a foreign word) or a run
    with a foreign word followed by an age, birth year or description ("Ivo Zell, nam sinh 18 tuổi").
    """
    size = lex.cues_before.match(toks, i)
    if not size and not toks[i].text[:1].isupper():
        return None
    if size and i + size < len(toks) and toks[i + size].fold == "người":
        j = i + size + 1
        while j - i - size <= MAX_NATIONALITY and j < len(toks) and is_title_case(toks[j].text):
            if is_foreign_word(toks[j].text):
                break
            j += 1
        if j > i + size + 1 and j < len(toks) and is_foreign_word(toks[j].text):
            return _foreign_name(toks, j, lex)
        return None
    word = toks[i].text
    if not is_foreign_word(word) or (i > 0 and (is_title_case(toks[i - 1].text) or is_foreign_word(toks[i - 1].text))):
        return None
    hit = _foreign_name(toks, i, lex)
    if hit and hit.end - hit.start <= 3 and _described_after(toks, hit.end, lex):
        hit.rule = "people.cue_foreign_name"
        return hit
    return None


def _cued(toks: list[Tok], hit: NameHit, lex: PeopleLexicon) -> bool:
    """A person's noun before the name ("nạn nhân", "HLV") or their birth year, age, home or
    description after it ("(SN 1982", "(U8 nữ)", ", học sinh lớp 12")."""
    i = hit.start
    if any(i - size >= 0 and lex.cues_before.match(toks, i - size) == size for size in (1, 2, 3)):
        return True
    return _described_after(toks, hit.end, lex)


def _said(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """A verb of saying at ``k`` ("cho biết", "nói:"), not a phrase that opens with one ("nói chung")."""
    size = lex.speech.match(toks, k)
    return size > 0 and lex.not_speech.match(toks, k) < size


def _described_after(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """Birth year, age, home or a person's description right after a name ending at ``k``."""
    if k < len(toks) and toks[k].text == "(" and _described_in_parens(toks, k, lex):
        return True
    if k < len(toks) and toks[k].text in {"(", ",", "-"}:
        k += 1
    if lex.cues_after.match(toks, k):
        return True
    size = lex.cues_after_with_number.match(toks, k)
    if size and k + size < len(toks) and toks[k + size].text.isdigit():  # "sinh 1991"
        return True
    return k + 1 < len(toks) and toks[k].text.isdigit() and lex.cues_after_number.match(toks, k + 1) > 0


def _described_in_parens(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """The parentheses opening at ``k`` describe a person: "(U8 nữ)", "(lớp 11, ...)", "(tức Miu, SN 1994)"."""
    for j in range(k + 1, min(len(toks), k + 1 + PAREN_WORDS)):
        tok = toks[j]
        if tok.text in {")", "("}:
            return False
        if tok.text == tok.fold and lex.cues_in_parens.match(toks, j):  # small letters: "nữ", never "(Hà Nam)"
            return True
        if lex.cues_after.match(toks, j) and (j == k + 1 or toks[j - 1].text == ","):
            return True
        if tok.text.isdigit() and lex.cues_after_number.match(toks, j + 1):
            return True
    return False


def _listed(toks: list[Tok], end: int, start: int) -> bool:
    """Two names written as items of one list: 'A, B', 'A và B', 'A (SN 2016), B'."""
    k = end
    if k < start and toks[k].text == "(":
        close = next((c for c in range(k, min(start, k + 16)) if toks[c].text == ")"), None)
        if close is None:
            return False
        k = close + 1
    return _gap(toks, k, start) in LIST_GAPS


def _confirm_lists(toks: list[Tok], names: list[NameHit]) -> None:
    """Full names listed with a known person are persons too ("Vàng Thị Dở (SN 2016), Tráng Thị Say")."""
    full = sorted((n for n in names if not n.short), key=lambda n: n.start)
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(full):
            if a.confirmed != b.confirmed and _listed(toks, a.end, b.start):
                other = b if a.confirmed else a
                if (a if a.confirmed else b).rule == "people.speech_name":
                    continue  # "thuộc biên chế Thái Sơn Nam, Trần Văn Vũ cho biết": the verb is one name's
                if other.end - other.start < 3 and other.end < len(toks) and toks[other.end].text[:1].isalnum():
                    continue  # "Nguyễn Xuân Phúc và Đoàn Cấp cao": two syllables running into a word
                other.confirmed, other.rule, changed = True, "people.listed_name", True


def _after_namer(toks: list[Tok], i: int, lex: PeopleLexicon) -> bool:
    """The token before ``i`` ends a place or institution word ("huyện", "Trường THPT", "BV")."""
    if i > 0 and is_abbrev(toks[i - 1].text) and lex.org_heads.match(toks, i - 1) == 1:
        return True  # "BV Bạch Mai cho biết": an abbreviated institution before a name
    for k in range(max(0, i - 4), i):
        if lex.open_namers.match(toks, k) == i - k or lex.closed_namers.match(toks, k) == i - k:
            return True
    return False


def _title(toks: list[Tok], start: int, pos_start: int, pos_end: int, lex: PeopleLexicon) -> TitleHit:
    """Read the tail of a title from ``pos_end``; stop before a name, a new post or a verb."""
    k = pos_end
    if lex.org_words.match(toks, k) == 2 and toks[k].fold == "thường":  # "Phó Chủ tịch Thường trực"
        pos_end = k = k + 2
    after = "post"
    free = NO_NAME  # how an organisation head's name written in small letters may go on
    # "Trưởng ban", "Trưởng phòng": the head of a unit, whose name may follow in small letters
    headed = (
        pos_end - pos_start >= 2 and toks[pos_end - 2].fold == "trưởng" and toks[pos_end - 1].fold in lex.head_words
    )
    if headed and lex.organisations.match(toks, pos_end - 1) > 1:  # "Trưởng ban chỉ đạo": the post's head opens one
        k = pos_end - 1 + lex.organisations.match(toks, pos_end - 1)
        after, headed = "org", False
    commas = 0
    placed = False  # a place was read: the organisation is whole, a comma after it ends the title
    name: NameHit | None = None
    paren = -1  # where a parenthesised abbreviation was read ("Mặt trận Tổ quốc (MTTQ) Việt Nam")
    n = len(toks)
    while k < n:
        tok = toks[k]
        if after != "post" and _abbrev_in_parens(toks, k):
            paren, k = k, k + 3
            continue
        comma = tok.text == "," and commas < COMMA_ORGS and (k == pos_end or (after != "post" and not placed))
        if comma and _adds_organisation(toks, k + 1, lex):  # "Hiệu trưởng, Trường THPT ...": the comma adds where
            k, commas, free = k + 1, commas + 1, NO_NAME
            continue
        if lex.honorifics.match(toks, k) or lex.ranks.match(toks, k) or lex.degrees.match(toks, k):
            m = lex.places.match(toks, k)  # "tỉnh Bà Rịa - Vũng Tàu" is a place, not "bà"
            if not m:
                break
            k, after, free, placed = k + m, "place", NO_NAME, True
            continue
        if free and _free_word(toks, k, lex):
            e = _free_run(toks, k, lex)
            if k < e <= k + FREE_WORDS and (free == AFTER_HEAD or _closes_name(toks, e, lex)):
                k, after, free = e, "free", IN_NAME
                continue
        if headed and k == pos_end and _free_word(toks, k, lex):  # "Trưởng ban chỉ đạo Tây Nguyên"
            e = _free_run(toks, k, lex)
            if k < e <= k + FREE_WORDS and _names_unit(toks, k, e, lex):
                k, after, free = e, "free", IN_NAME
                continue
        if k == pos_end and _small_head(toks, k, lex):  # "Cục trưởng cục Chống tham nhũng": the unit repeated small
            k, after, free = k + 1, "org", NO_NAME
            continue
        if _term_of_office(toks, k, lex):  # "đại biểu Quốc hội khóa XIV", "Ủy viên Trung ương Đảng khóa XII"
            k += lex.appoint_terms.match(toks, k) + 1
            continue
        field = _field_before_org(toks, k, lex) if k == pos_end and not headed else None
        if field:  # "chủ nhiệm hậu cần, kỹ thuật, Ban chỉ huy quân sự huyện": the post's field, then where
            k, after, free = field, "free", NO_NAME
            continue
        head = lex.org_heads.match(toks, k)
        m = lex.organisations.match(toks, k)
        if head and head >= m:  # a bare head: the rest of the name may be written small
            after = "head" if lex.open_namers.match(toks, k) == head else "org"
            k, free = k + head, AFTER_HEAD
            continue
        if m:
            k, after, free = k + m, "org", NO_NAME
            continue
        m = lex.places.match(toks, k)
        if m:
            k, after, free, placed = k + m, "place", NO_NAME, True
            continue
        if (lex.positions.match(toks, k) and tok.text[:1].isupper()) or lex.role_heads.match(toks, k):
            break  # a new post; a lower-case one ("đại biểu Quốc hội") is part of the organisation
        m = lex.closed_namers.match(toks, k)
        if m:
            k, after, placed = k + m, "closed", True  # a place word keeps a small-letter name going
            continue
        m = lex.open_namers.match(toks, k)
        if m:
            k, after, placed = k + m, "open", True
            continue
        m = _designator(toks, k, lex) if after in NUMBERED else 0
        if m:  # "Ban Chỉ đạo 389 tỉnh", "tổ dân phố số 20", "Đội CSGT số 2": a unit named by a number
            k, after, free = k + m, "word", NO_NAME
            continue
        if tok.fold == "của" and after in {"free", "word", "org"} and _adds_organisation(toks, k + 1, lex):
            k, after, free = k + 1, "post", NO_NAME  # "Chủ tịch ngành hóa chất của Tập đoàn Hyosung"
            continue
        if after in {"place", "abbr"} and (hit := _foreign_after_place(toks, k, after, lex)):
            name, k = hit, hit.start  # "Chủ tịch Quốc hội Campuchia Heng Samrin", "... điều hành WEF Philipp Roesler"
            break
        if is_title_case(tok.text):
            j = _run(toks, k, lex)
            if j == k or _opens_sentence(toks, k, lex):  # "..., Thanh tra Chính phủ Ngày 8/2"
                break
            split = _split(toks, k, j, after, lex)
            if split is None and _country_then_foreign(toks, k, j, lex):
                split = k + 1  # "Thủ tướng Đức Angela Merkel": a one-word country, then a foreign name
            if split is not None:
                name = NameHit(split, j, confirmed=True, rule="people.title_before_name")
                k = split
                break
            # "Sở Văn hóa", "Tổng cục": a capitalised word's next syllable is written small
            if after in {"post", "org", "abbr", "word"} or (after in {"free", "head"} and j == k + 1):
                j = _glued(toks, j, lex)  # but "Công ty Hoàng Long xây nhà": a firm's name is whole
            k, after, free = j, "word", IN_NAME if free else NO_NAME
            continue
        if after in {"org", "head", "closed", "open"} and is_foreign_word(tok.text):  # "Tập đoàn Hyosung", "tỉnh Osaka"
            k, after = k + 1, "word"  # only right after the head: "Bộ trưởng Quốc phòng Mỹ James Mattis" is a name
            continue
        if is_abbrev(tok.text):
            k, after = k + 1, "abbr"
            if k + 1 < n and toks[k].text == "&" and is_abbrev(toks[k + 1].text):  # GD&ĐT
                k += 2
            continue
        m = lex.org_words.match(toks, k)
        if m and tok.fold != "và":
            k, after, free = k + m, "word", NO_NAME
            continue
        if tok.fold == "và" and k + 1 < n and is_title_case(toks[k + 1].text) and not (
            lex.positions.match(toks, k + 1) or _split(toks, k + 1, _run(toks, k + 1, lex), "org", lex) is not None
        ):
            k, after, free = k + 1, "word", NO_NAME
            continue
        break
    end = paren if paren >= 0 and k == paren + 3 else k  # an abbreviation ending the title is not part of it
    while end > pos_end and toks[end - 1].fold in TAIL_TRIM:
        end -= 1
    return TitleHit(start, end, pos_start, pos_end, former=False, name=name)


def _field_before_org(toks: list[Tok], k: int, lex: PeopleLexicon) -> int | None:
    """End of the small words of a post's field ("hậu cần, kỹ thuật") when a comma and an institution follow."""
    e = k
    for _ in range(COMMA_ORGS):
        f = _free_run(toks, e, lex)
        if f == e or f >= len(toks) or toks[f].text != ",":
            return None
        if _adds_organisation(toks, f + 1, lex):
            return f
        e = f + 1
    return None


def _small_head(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """An organisation head written small before its capitalised name ("cục Chống tham nhũng", "vụ Pháp chế")."""
    tok = toks[k]
    if tok.text != tok.fold or tok.fold not in lex.head_words or k + 1 >= len(toks):
        return False
    if lex.organisations.match(toks, k):  # "sở Tài nguyên và Môi trường" is read whole as an organisation
        return False
    nxt = toks[k + 1].text
    return (is_title_case(nxt) or is_abbrev(nxt)) and not lex.positions.match(toks, k + 1)


def _past_term(toks: list[Tok], k: int, lex: PeopleLexicon) -> int:
    """Past the terms of office written after a post ("2 nhiệm kỳ 2005-2011,", "khóa XIV"), else ``k``."""
    j = k + 1 if k < len(toks) and toks[k].text.isdigit() else k
    size = lex.appoint_terms.match(toks, j)
    if not size:
        return k
    j += size
    while j < len(toks) and (toks[j].text.isdigit() or toks[j].text == "-" or TERM_NUMBER.match(toks[j].text)):
        j += 1
    return j + 1 if j < len(toks) and toks[j].text == "," else j


def _term_of_office(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """A term of office at ``k``: "khóa" and a Roman numeral or small number, then no more word."""
    size = lex.appoint_terms.match(toks, k)
    if not size or k + size >= len(toks) or not TERM_NUMBER.match(toks[k + size].text):
        return False
    k += size - 1
    return k + 2 == len(toks) or not toks[k + 2].text[:1].isalnum() or toks[k + 2].text.islower()


def _country_then_foreign(toks: list[Tok], k: int, j: int, lex: PeopleLexicon) -> bool:
    """[k, j) is one Vietnamese-spelled word, then 2-3 foreign words: a country and a name ("Mỹ James Comey")."""
    if not 3 <= j - k <= 4 or not is_vietnamese_syllable(toks[k].text) or lex.is_surname(toks[k].text):
        return False
    return all(is_foreign_word(t.text) for t in toks[k + 1 : j])


def _foreign_after_place(toks: list[Tok], k: int, after: str, lex: PeopleLexicon) -> NameHit | None:
    """A foreign name that follows a country or an abbreviation closing a title ("Campuchia Heng Samrin").

    The name has a word spelled outside Vietnamese and is no Vietnamese name ("Y Biêr Niê" splits as one).
    """
    if not (is_title_case(toks[k].text) or is_foreign_word(toks[k].text)):
        return None
    hit = _foreign_name(toks, k, lex)
    if hit is None or not any(is_foreign_word(t.text) for t in toks[hit.start : hit.end]):
        return None
    if _country_then_foreign(toks, hit.start, hit.end, lex):  # "LB Mỹ James Comey"
        hit.start += 1
    if is_title_case(toks[k].text) and _split(toks, k, _run(toks, k, lex), after, lex) is not None:
        return None
    hit.rule = "people.title_before_name"
    return hit


def _designator(toks: list[Tok], k: int, lex: PeopleLexicon) -> int:
    """Tokens of the number that names a unit at ``k``: "số 20", "số 2A", or "389" before a mark or a name word.

    A bare number followed by a small word is a count, not a name ("Giám đốc Sở 2 năm").
    """
    if toks[k].fold == "số" and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit() and toks[k + 1].text.isalnum():
        return 2
    if not (toks[k].text.isdigit() and len(toks[k].text) <= MAX_UNIT_DIGITS):
        return 0
    if k + 1 == len(toks):
        return 1
    nxt = toks[k + 1]
    if nxt.text in {",", ";", ")", "(", ":"} or (nxt.text == "." and not _digit_at(toks, k + 2)):
        return 1
    if nxt.text.islower() and not (lex.org_words.match(toks, k + 1) or lex.closed_namers.match(toks, k + 1)):
        return 0
    return 1 if nxt.text[:1].isalpha() else 0


def _digit_at(toks: list[Tok], k: int) -> bool:
    return k < len(toks) and toks[k].text[:1].isdigit()


def _abbrev_in_parens(toks: list[Tok], k: int) -> bool:
    """An organisation's abbreviation in parentheses at ``k``: "(MTTQ)", "(BĐATHHMN)"."""
    return k + 2 < len(toks) and toks[k].text == "(" and is_abbrev(toks[k + 1].text) and toks[k + 2].text == ")"


def _free_word(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """A small word or number that can go on an organisation name: not a verb, post or stop word."""
    word = toks[k].text
    if word.isdigit():
        return True
    if not (word.isalpha() and word.islower()):
        return False
    if lex.open_namers.match(toks, k) or lex.closed_namers.match(toks, k):  # "huyện Bắc Hà": the namer reads it
        nxt = k + (lex.open_namers.match(toks, k) or lex.closed_namers.match(toks, k))
        return not (nxt < len(toks) and (is_title_case(toks[nxt].text) or is_abbrev(toks[nxt].text)))
    return not (lex.tail_stops.match(toks, k) or lex.positions.match(toks, k))


def _free_run(toks: list[Tok], k: int, lex: PeopleLexicon) -> int:
    """End of the small words of a name from ``k``, joined by "và" ("tài nguyên và môi trường")."""
    e = k
    while e < len(toks) and e - k <= FREE_WORDS:
        if _verb_before_post(toks, e, lex):  # "Thứ trưởng Bộ Xây dựng làm Phó bí thư": a verb, not the name
            break
        if _free_word(toks, e, lex):
            e += lex.org_words.match(toks, e) or 1
        elif toks[e].fold == "và" and e > k and e + 1 < len(toks) and _free_word(toks, e + 1, lex):
            e += 1
        else:
            break
    return e


def _verb_before_post(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """An appointment verb at ``k`` right before a capitalised post ("làm Phó bí thư", "là Trưởng ban")."""
    size = lex.appoint_verbs.match(toks, k)
    nxt = k + size
    return bool(size) and nxt < len(toks) and toks[nxt].text[:1].isupper() and lex.positions.match(toks, nxt) > 0


def _closes_name(toks: list[Tok], e: int, lex: PeopleLexicon) -> bool:
    """What follows small words that end a name: a mark, a capitalised word, an abbreviation or the end."""
    if e >= len(toks):
        return True
    word = toks[e].text
    return not word[:1].isalnum() or is_title_case(word) or is_abbrev(word) or word.isdigit()


def _names_unit(toks: list[Tok], k: int, e: int, lex: PeopleLexicon) -> bool:
    """Small words [k, e) after "Trưởng phòng" name the unit when a capitalised parent or place follows.

    A place may follow behind its place word ("Trưởng phòng quản lý đô thị quận Đống Đa").
    A mark alone is not enough ("Trưởng ban đánh giá cao, ..." is a verb); a namer ending the words
    is ("Trưởng phòng kinh tế huyện,"). Never a new post ("... đặc biệt làm Trưởng đoàn") nor a
    person ("... tỉnh và bà Nguyễn Thị Như Ý").
    """
    for s in range(k, e):
        if lex.honorifics.match(toks, s) == e - s or lex.ranks.match(toks, s) == e - s:
            return False
    if e < len(toks) and (is_title_case(toks[e].text) or is_abbrev(toks[e].text)):
        return not lex.positions.match(toks, e)
    namer = lex.open_namers.match(toks, e) or lex.closed_namers.match(toks, e)
    if namer and e + namer < len(toks) and is_title_case(toks[e + namer].text):  # "... đô thị quận Đống Đa"
        return True
    return any(lex.open_namers.match(toks, s) == e - s for s in range(max(k, e - 3), e))


def _adds_organisation(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """After a bare post and a comma, an institution follows (not a new post, a name or a person)."""
    if k >= len(toks) or not toks[k].text[:1].isupper():
        return False
    if lex.positions.match(toks, k) or lex.honorifics.match(toks, k) or lex.ranks.match(toks, k):
        return False
    return bool(lex.organisations.match(toks, k) or lex.org_heads.match(toks, k) or lex.open_namers.match(toks, k))


def _glued(toks: list[Tok], j: int, lex: PeopleLexicon) -> int:
    """Past the (up to two) small syllables that finish a capitalised word: "Sở Văn hóa", "Viện nghiên cứu"."""
    for step in range(2):
        if j >= len(toks) or not toks[j].text.isalpha() or toks[j].fold != toks[j].text:
            break
        if lex.tail_stops.match(toks, j) or (step and lex.org_words.match(toks, j)):
            break
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        if step and nxt.isalpha() and nxt.islower():  # "Ngân sách nêu ý kiến": a verb, not the word
            break
        if nxt[:1].isupper() and lex.positions.match(toks, j + 1):  # "Chính phủ Lào làm Trưởng đoàn": a verb
            break
        j += 1
    return j


def _split(toks: list[Tok], i: int, j: int, after: str, lex: PeopleLexicon) -> int | None:
    """Where a name starts in the capitalised run [i, j) that follows a title's tail, if it does.

    After "huyện"/"xã"... the first syllables are the place ("huyện Bắc Hà Nguyễn Văn A"), most
    often two; elsewhere the name takes the whole run.
    """
    cands = [s for s in range(i, j) if _is_full_name(toks, s, j, lex) and not lex.places.match(toks, s)]
    # "Trường Đại học Y Phạm Ngọc Thạch": a one-letter family name before another family name is a word
    cands = [s for s in cands if not (len(toks[s].text) == 1 and s + 1 in cands)]
    if after == "free" and i in cands and 3 <= j - i <= 4:  # "Tổng cục Thể dục thể thao Trần Đức Phấn"
        return i
    if after in {"open", "free", "head"}:  # "Công ty CP than Hà Lầm": the run names the firm first
        cands = [s for s in cands if s > i]
        if i + 2 in cands:
            return i + 2
    return min(cands) if cands else None


# --- assigning titles to names --------------------------------------------------------------


def _gap(toks: list[Tok], a: int, b: int) -> tuple[str, ...]:
    return tuple(t.fold for t in toks[a:b])


def _chains(toks: list[Tok], titles: list[TitleHit], lex: PeopleLexicon) -> list[list[TitleHit]]:
    """Titles written one after another, joined by ',', 'kiêm', 'và', '-' or a career verb: one person's."""
    chains: list[list[TitleHit]] = []
    for t in titles:
        prev = chains[-1][-1] if chains else None
        if (
            prev
            and prev.name is None
            and not prev.role
            and not t.role
            and (_gap(toks, prev.end, t.start) in CHAIN_GAPS or _career_gap(toks, prev.end, t.start, lex))
        ):
            chains[-1].append(t)
        else:
            chains.append([t])
    return chains


def _career_gap(toks: list[Tok], a: int, b: int, lex: PeopleLexicon) -> bool:
    """[a, b) is ',', leads and an appointment verb: the next post of the same person.

    "Phó vụ trưởng Vụ Tổ chức cán bộ, rồi đảm nhận chức vụ Chánh văn phòng", "Thứ trưởng Bộ Xây
    dựng làm Phó bí thư tỉnh Yên Bái"; not "Thủ tướng bổ nhiệm làm Thứ trưởng" (an appointer's
    verb with no "được" before it).
    """
    k = a + 1 if a < b and toks[a].text == "," else a
    passive = False
    while k < b:
        if lex.appoint_verbs.match(toks, k) == b - k:
            return True
        size = lex.appoint_leads.match(toks, k)
        if not size or k + size > b or (lex.appoint_by.match(toks, k) == size and not passive):
            return False
        passive = passive or toks[k].fold == "được"
        k += size
    return False


def _assign(toks: list[Tok], names: list[NameHit], titles: list[TitleHit], lex: PeopleLexicon) -> None:
    """Give each chain of titles to its owner.

    Order matters: a name written right after the chain ("... Tỉnh ủy Hoàng Giang") wins (all of
    the chain when the name before it had its own title in front: "Thủ tướng A, Chủ tịch X, Bí thư
    Y B" lists people title first), then a
    name just before it with a comma, dash, parenthesis or an appointment phrase ("Lê Na được
    bầu giữ chức ..."), then a name after ", [honorific]" ("Bí thư Tỉnh ủy, ông Triệu Tài Vinh"),
    then who an appointment verb names, then the one person of the sentence before when a career
    story goes on with no subject ("... ông Duy là giảng viên. Sau đó làm Phó vụ trưởng ...").
    A chain after ';' with no owner of its own continues the previous person's titles.
    """
    # "Ông Phương Đông, Phó Huyện trưởng ...": two syllables after an honorific may own a title
    by_end = {n.end: n for n in names if not n.short or n.end - n.start == 2}
    by_start = {n.start: n for n in names if not n.short}
    any_end = {n.end: n for n in names}  # "Trước đó, ông Súy là ...": a short name then a verb
    last_owner: NameHit | None = None
    last_end = -1
    for chain in _chains(toks, [t for t in titles if not t.role], lex):
        first, last = chain[0], chain[-1]
        before = _name_before(toks, first.start, by_end, lex) or _appointed_before(toks, first.start, any_end, lex)
        after = last.name or _name_after(toks, last.end, by_start, lex)
        owner: NameHit | None = None
        if last.name and before and len(chain) > 1 and before.rule != "people.title_before_name":
            _give(before, chain[:-1], "people.name_then_title")
            _give(last.name, [last], "people.title_before_name")
            owner = last.name
        elif last.name:
            _give(last.name, chain, "people.title_before_name")
            owner = last.name
        elif before:
            _give(before, chain, "people.name_then_title")
            owner = before
        elif after:
            _give(after, chain, "people.title_comma_name")
            owner = after
        elif appointee := _appointee(toks, first, last, names, lex):
            _give(appointee, chain, "people.appointment")
            owner = appointee
        elif subject := _career_subject(toks, first.start, names, lex):
            _give(subject, chain, "people.career")
            owner = subject
        elif last_owner and _gap(toks, last_end, first.start) == (";",):
            _give(last_owner, chain, "people.name_then_title")
            owner = last_owner
        last_owner, last_end = (owner, last.end) if owner and owner is not last.name else (None, -1)


def _give(owner: NameHit, chain: list[TitleHit], rule: str) -> None:
    owner.confirmed = True
    for t in chain:
        t.rule = rule
        owner.titles.append(t)


def _name_before(toks: list[Tok], start: int, by_end: dict[int, NameHit], lex: PeopleLexicon) -> NameHit | None:
    """The name a title follows: 'Name, title', 'Name - title', 'Name (title', 'Name được bầu giữ chức title'."""
    for width in (1, 2):
        hit = by_end.get(start - width)
        if hit and _gap(toks, hit.end, start) in NAME_TITLE_GAPS:
            return hit
    if start > 0 and toks[start - 1].text in {",", ":"}:  # "cụ Lê Đình Kình (82 tuổi, nguyên Bí thư ...)"
        hit = by_end.get(_paren_open(toks, start - 1, by_end))
        if hit:
            return hit
    # appointment phrase: leads* verb
    k = start
    verb = 0
    for size in range(1, 4):
        if k - size >= 0 and lex.appoint_verbs.match(toks, k - size) == size:
            verb = size
            break
    if not verb:
        return None
    k -= verb
    while True:
        for size in (4, 3, 2, 1):
            if k - size >= 0 and lex.appoint_leads.match(toks, k - size) == size:
                k -= size
                break
        else:
            break
    if k > 0 and toks[k - 1].text == ",":  # "Đặng Quang Trung, nguyên là Bí thư chi bộ"
        return by_end.get(k - 1)
    if k > 0 and toks[k - 1].text == ")":  # "Ông Võ Kim Cự (60 tuổi, quê ...) nguyên là Bí thư Tỉnh ủy"
        return by_end.get(_paren_before(toks, k - 1))
    return by_end.get(k)


def _paren_open(toks: list[Tok], k: int, by_end: dict[int, NameHit]) -> int:
    """Where the parentheses still open at ``k`` start, when no name stands inside them before ``k`` (else -1)."""
    for j in range(k - 1, max(-1, k - 2 * PAREN_WORDS), -1):
        if toks[j].text == ")" or j + 1 in by_end:
            return -1
        if toks[j].text == "(":
            return j
    return -1


def _paren_before(toks: list[Tok], close: int) -> int:
    """Where the parentheses that close at ``close`` open (-1 if not within reach)."""
    for j in range(close - 1, max(-1, close - 2 * PAREN_WORDS), -1):
        if toks[j].text in {")", "."}:
            return -1
        if toks[j].text == "(":
            return j
    return -1


def _appointed_before(toks: list[Tok], start: int, by_end: dict[int, NameHit], lex: PeopleLexicon) -> NameHit | None:
    """A short name right before an appointment verb: "ông Súy là Tổng giám đốc" (joined to the full name later)."""
    k = start
    for size in range(1, 4):
        if k - size >= 0 and lex.appoint_verbs.match(toks, k - size) == size:
            hit = by_end.get(k - size)
            return hit if hit and hit.short and hit.honorific else None
    return None


def _office_verb(toks: list[Tok], start: int, lex: PeopleLexicon) -> int | None:
    """Where the verb that gives the post at ``start`` begins ("bổ nhiệm giữ chức Tổng giám đốc")."""
    for size in range(4, 0, -1):
        if start - size >= 0 and lex.appoint_offices.match(toks, start - size) == size:
            return start - size
    return None


def _appointee(
    toks: list[Tok], first: TitleHit, last: TitleHit, names: list[NameHit], lex: PeopleLexicon
) -> NameHit | None:
    """Who a post given by an appointment verb goes to, when no name is written next to it.

    Either named after it ("giữ chức Thành viên HĐTV ... đối với ông Bùi Thế Hùng") or the subject
    of a passive earlier in the sentence ("ông Phạm Quốc Súy được Bộ GTVT quyết định giữ chức ...").
    """
    verb = _office_verb(toks, first.start, lex)
    if verb is None:
        return None
    end = last.end + 3 if _abbrev_in_parens(toks, last.end) else last.end
    end = _past_term(toks, end, lex)  # "cách chức Ủy viên Ban thường vụ Tỉnh ủy 2 nhiệm kỳ 2005-2011, với ông X"
    size = lex.appoint_to.match(toks, end)
    if size:
        j, honorific, _, _ = _prefix(toks, end + size, lex)
        hit = next((n for n in names if n.start == j and not n.short), None)
        if hit and (honorific or hit.confirmed):
            return hit
    # "ông Trang được ... bổ nhiệm": a short name after an honorific is joined to the full name later
    earlier = [n for n in names if n.end <= verb and (not n.short or n.honorific)]
    if not earlier:
        return None
    subject = max(earlier, key=lambda n: n.end)
    lead = subject.start - sum(len(tokens(w)) for w in (subject.honorific, subject.rank, subject.degree) if w)
    if lead > 0 and toks[lead - 1].fold in OBJECT_MARKS:  # "cố vấn cho ông Moon ..., được bổ nhiệm": no subject
        return None
    between = [t.fold for t in toks[subject.end : verb]]
    if len(between) > PASSIVE_GAP or any(w in {".", ";", "?", "!", ":"} for w in between):
        return None
    return subject if "được" in between and (subject.confirmed or subject.short) else None


def _career_subject(toks: list[Tok], start: int, names: list[NameHit], lex: PeopleLexicon) -> NameHit | None:
    """The one person of the sentence before, when a sentence goes on their career with no subject.

    "Trước khi về Bộ Xây dựng, ông Duy là giảng viên ... Sau đó làm Phó vụ trưởng ...": a word of
    kind sequence opens the sentence, then leads and the verb right before the post.
    """
    k = start
    sizes = range(4, 0, -1)
    verb = next((size for size in sizes if k - size >= 0 and lex.appoint_verbs.match(toks, k - size) == size), 0)
    if not verb:
        return None
    k -= verb
    sequence = False
    while True:
        size = next((s for s in range(4, 0, -1) if k - s >= 0 and lex.appoint_leads.match(toks, k - s) == s), 0)
        if not size:
            break
        k -= size
        sequence = sequence or lex.appoint_sequence.match(toks, k) == size
    if not sequence or k == 0 or toks[k - 1].text not in SENTENCE_ENDS:
        return None
    before = next((j for j in range(k - 2, -1, -1) if toks[j].text in SENTENCE_ENDS), -1)
    told = [n for n in names if before < n.start and n.end < k and (not n.short or n.honorific)]
    return told[0] if len(told) == 1 else None


def _name_after(toks: list[Tok], end: int, by_start: dict[int, NameHit], lex: PeopleLexicon) -> NameHit | None:
    """The name after ', [honorific] [rank]' or ', [person's noun]' that a chain of titles introduces."""
    if end >= len(toks) or toks[end].text != ",":
        return None
    j, _, _, _ = _prefix(toks, end + 1, lex)
    if j == end + 1:  # "Tổ trưởng tổ dân phố số 20, CCB Bùi Trung Bình"
        j += lex.cues_before.match(toks, j)
    hit = by_start.get(j)
    return hit if hit and (j > end + 1 or hit.confirmed) else None


def _role_like(toks: list[Tok], title: TitleHit) -> bool:
    """An unowned title worth keeping as a Role: capitalised, with an organisation, not 'của ...'."""
    if title.end <= title.pos_end or not toks[title.pos_start].text[:1].isupper():
        return False
    return not (title.start > 0 and toks[title.start - 1].fold in {"của", "cho"})


# --- records --------------------------------------------------------------------------------


def _text(toks: list[Tok], i: int, j: int) -> str:
    """The tokens' text, with a space only where the text had one ("TS." stays "TS.")."""
    return "".join((" " if k > i and toks[k - 1].end < toks[k].start else "") + toks[k].text for k in range(i, j))


def _person(doc: Document, toks: list[Tok], n: NameHit) -> Person:
    s, e = toks[n.start].start, toks[n.end - 1].end
    kind = "short_name" if n.short else "name"
    return Person(
        name=doc.text[s:e],
        titles=[_title_record(doc, toks, t) for t in n.titles],
        mentions=[Mention(**doc.span(s, e), kind=kind, rule=n.rule)],
        honorific=n.honorific,
        rank=n.rank,
        degree=n.degree,
    )


def _title_record(doc: Document, toks: list[Tok], t: TitleHit) -> Title:
    s, e = toks[t.start].start, toks[t.end - 1].end
    org = doc.text[toks[t.pos_end].start : e] if t.end > t.pos_end else None
    position = doc.text[toks[t.pos_start].start : toks[t.pos_end - 1].end]
    return Title(**doc.span(s, e), position=position, organisation=org, former=t.former, rule=t.rule)


def _role(doc: Document, toks: list[Tok], t: TitleHit) -> Role:
    s, e = toks[t.start].start, toks[t.end - 1].end
    return Role(**doc.span(s, e), rule="people.role" if t.role else "people.unnamed_title")
