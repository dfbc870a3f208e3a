"""Reading names from word tokens: the words in front of a name, the name itself, and its cues.

A name is a run of 2 to 5 capitalised syllables opening with a known family name (or, after
"ông"/"bà", a foreign name as written). A name alone proves nothing: the words in front of it
(honorific, rank, degree: :func:`read_prefix`) or around it (a person's noun, an age, a birth
year, a verb of saying: :func:`cued`, :func:`said`) make it a person. These rules are kept
apart from the title grammar because both the scanner and the title tail need them: a title's
tail ends where a name starts (:func:`run_end`, :func:`is_full_name`).
"""

from __future__ import annotations

import regex

from ._people_hits import NameHit
from ._people_lex import (
    PeopleLexicon,
    Tok,
    is_abbrev,
    is_foreign_word,
    is_title_case,
    is_vietnamese_syllable,
    span_text,
)

MAX_NAME = 5
#: A capitalised word glued to the next one ("EmNguyễn"): a form of address that lost its space.
GLUED = regex.compile(r"^(?P<address>\p{Lu}\p{Ll}+)(?P<name>\p{Lu}\p{Ll}+)$")
#: Most capitalised words of a nationality after "người" ("người Nga", "người Hàn Quốc").
MAX_NATIONALITY = 2
#: Most tokens read in the parentheses after a name for a description of the person.
PAREN_WORDS = 12


def named_places(toks: list[Tok], lex: PeopleLexicon) -> set[str]:
    """Capitalised runs written after a place or institution word ("xã Đồng Tâm", not "ông xã"), case-folded."""
    found: set[str] = set()
    for i, tok in enumerate(toks):
        if not is_title_case(tok.text) or lex.honorifics.match(toks, max(0, i - 2)) == 2:
            continue
        if after_namer(toks, i, lex):
            found.add(span_text(toks, i, run_end(toks, i, lex)).casefold())
    return found


def unglue(toks: list[Tok], lex: PeopleLexicon) -> list[Tok]:
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


def read_prefix(toks: list[Tok], i: int, lex: PeopleLexicon) -> tuple[int, str | None, str | None, str | None]:
    """Honorific, then ranks and degrees, in front of a name: (next index, honorific, rank, degree)."""
    honorific = rank = degree = None
    j = i
    k = lex.honorifics.match(toks, j)
    if k:
        honorific = span_text(toks, j, j + k)
        j += k
    while True:
        k = lex.ranks.match(toks, j)
        if k:
            rank = span_text(toks, j, j + k)
            j += k
            continue
        k = lex.degrees.match(toks, j)
        if k:
            degree = span_text(toks, j, j + k)
            j += k
            continue
        break
    if honorific and j < len(toks) and toks[j].text == ":":  # "các đồng chí: ..."
        return j + 1, None, rank, degree
    return j, honorific, rank, degree


def run_end(toks: list[Tok], i: int, lex: PeopleLexicon) -> int:
    """End of the run of capitalised syllables from ``i`` that could be a name."""
    j = i
    while j < len(toks) and j - i <= MAX_NAME and is_title_case(toks[j].text):
        if j > i and (_starts_term(toks, j, lex) or toks[j - 1].end == toks[j].start or opens_sentence(toks, j, lex)):
            break
        j += 1
    # "Kim Jong-un": a syllable glued to a hyphen is a foreign or compound word, not a name.
    hyphen = j > i and j + 1 < len(toks) and toks[j].text == "-" and not lex.positions.match(toks, j + 1)
    if hyphen and toks[j - 1].end == toks[j].start == toks[j + 1].start - 1:
        return i
    return j


def opens_sentence(toks: list[Tok], j: int, lex: PeopleLexicon) -> bool:
    """A word that opens the next sentence when a full stop was lost ("... Vương Đình Huệ Theo ...")."""
    word = toks[j].text
    if word in lex.name_stops:
        return True
    return word in lex.name_stops_before_number and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit()


def _starts_term(toks: list[Tok], j: int, lex: PeopleLexicon) -> bool:
    """A post or organisation starts at ``toks[j]`` and is not itself all capitalised ("Chủ tịch")."""
    for terms in (lex.positions, lex.organisations):
        k = terms.match(toks, j)
        if k and not all_title_case(toks, j, j + k):
            return True
    return False


def all_title_case(toks: list[Tok], i: int, j: int) -> bool:
    """Every token of [i, j) is capitalised like a name ("Hà Giang", not "Tỉnh ủy")."""
    return all(is_title_case(t.text) for t in toks[i:j])


def read_name(toks: list[Tok], i: int, lex: PeopleLexicon, *, prefixed: bool) -> NameHit | None:
    """A full name at ``i`` (2-5 syllables from a family name), or after an honorific a short one."""
    if _starts_term(toks, i, lex):  # "Đồng chí Chủ tịch ...": a post, not a name
        return None
    j = run_end(toks, i, lex)
    size = j - i
    if size == 0 or lex.places.match(toks, i) == size:
        return None
    if is_full_name(toks, i, j, lex):
        return NameHit(i, j, confirmed=prefixed, rule="people.honorific_name" if prefixed else "people.name")
    if prefixed and size <= 2:
        return NameHit(i, j, short=True, rule="people.short_name")
    return None


def is_full_name(toks: list[Tok], i: int, j: int, lex: PeopleLexicon) -> bool:
    """[i, j) is 2-5 syllables opening with a family name, spelled as a Vietnamese name."""
    if not (2 <= j - i <= MAX_NAME and lex.is_surname(toks[i].text)):
        return False
    return lex.spelled_freely(toks[i].text) or all(is_vietnamese_syllable(t.text) for t in toks[i:j])


def foreign_name(toks: list[Tok], i: int, lex: PeopleLexicon) -> NameHit | None:
    """After "ông"/"bà", 2-4 capitalised words with a foreign one, or 3-4 of any: a name as written."""
    j = i
    while j < len(toks) and j - i < 4 and (is_title_case(toks[j].text) or is_foreign_word(toks[j].text)):
        if j > i and (toks[j - 1].end == toks[j].start or opens_sentence(toks, j, lex)):
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


def foreign_cued(toks: list[Tok], i: int, lex: PeopleLexicon) -> NameHit | None:
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
            return foreign_name(toks, j, lex)
        return None
    word = toks[i].text
    if not is_foreign_word(word) or (i > 0 and (is_title_case(toks[i - 1].text) or is_foreign_word(toks[i - 1].text))):
        return None
    hit = foreign_name(toks, i, lex)
    if hit and hit.end - hit.start <= 3 and _described_after(toks, hit.end, lex):
        hit.rule = "people.cue_foreign_name"
        return hit
    return None


def cued(toks: list[Tok], hit: NameHit, lex: PeopleLexicon) -> bool:
    """A person's noun before the name ("nạn nhân", "HLV") or their birth year, age, home or
    description after it ("(SN 1982", "(U8 nữ)", ", học sinh lớp 12")."""
    i = hit.start
    if any(i - size >= 0 and lex.cues_before.match(toks, i - size) == size for size in (1, 2, 3)):
        return True
    return _described_after(toks, hit.end, lex)


def said(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
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


def after_namer(toks: list[Tok], i: int, lex: PeopleLexicon) -> bool:
    """The token before ``i`` ends a place or institution word ("huyện", "Trường THPT", "BV")."""
    if i > 0 and is_abbrev(toks[i - 1].text) and lex.org_heads.match(toks, i - 1) == 1:
        return True  # "BV Bạch Mai cho biết": an abbreviated institution before a name
    for k in range(max(0, i - 4), i):
        if lex.open_namers.match(toks, k) == i - k or lex.closed_namers.match(toks, k) == i - k:
            return True
    return False
