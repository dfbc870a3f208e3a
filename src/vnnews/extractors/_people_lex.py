"""Vocabularies of the people extractor, compiled once per set of lexicon folders, and the
word tokens every people module reads.

Terms are matched on word tokens (``Tok``), not characters, so a term never stops inside a
syllable and "T.Ư Đoàn" or "TS." match the same way in the text and in the data file.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..entries import Appointment, Cue
from ..lexicon import load, terms
from ..normalize import strip_tones

#: An abbreviation of several parts joined by - & / . ("VH-TT&DL", "LĐ-TB&XH", "NN&PTNT"): one word.
JOINED_ABBREV = r"\p{Lu}[\p{Lu}\p{N}]*(?:[-&/.]\p{Lu}[\p{Lu}\p{N}]*)+(?![\p{L}\p{M}\p{N}])"
#: One token: a joined abbreviation, a word (letters, digits, with inner ' . / as in H'Mông, T.Ư,
#: 20.9), đ/c, or one mark.
TOKEN = regex.compile(
    rf"[đĐ]/[cC](?!\w)|{JOINED_ABBREV}|[\p{{L}}\p{{M}}\p{{N}}]+(?:['./][\p{{L}}\p{{M}}\p{{N}}]+)*|[^\s]"
)
#: A syllable written with a capital and the rest small: Hoàng, A, H'Hen (never UBND).
TITLE_CASE = regex.compile(r"^\p{Lu}(?:'\p{Lu}?)?[\p{Ll}\p{M}]*$")
#: An abbreviation: two or more capitals, maybe digits, dots or joins (UBND, T.Ư, HĐND, VH-TT&DL).
ABBREV = regex.compile(r"^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{N}.&/-]*$")
#: Letters Vietnamese spelling lacks: a syllable with one is a foreign name (Jong, Wang).
FOREIGN = regex.compile(r"[fjwzFJWZ]")


_V = "aăâeêioôơuưy"
#: A Vietnamese syllable once tone marks are stripped: onset, vowels, coda (Nguyễn, Quỳnh, Giàng).
SYLLABLE = regex.compile(
    rf"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_V}]{{1,3}}(?:ng|nh|ch|[cmnpt])?$"
)


def is_vietnamese_syllable(text: str) -> bool:
    """True for a syllable Vietnamese spelling allows; False for Donald, Tusk, Draghi.

    >>> [is_vietnamese_syllable(w) for w in ("Nguyễn", "Quỳnh", "Giàng", "A", "Donald", "Tusk")]
    [True, True, True, True, False, False]
    """
    return bool(SYLLABLE.match(strip_tones(text.casefold())))


@dataclass(frozen=True)
class Tok:
    """One token of the normalised text, with its offsets."""

    start: int
    end: int
    text: str
    fold: str


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    >>> [t.text for t in tokens("Bí thư T.Ư Đoàn, anh Nguyễn Mạnh Dũng")]
    ['Bí', 'thư', 'T.Ư', 'Đoàn', ',', 'anh', 'Nguyễn', 'Mạnh', 'Dũng']
    >>> [t.text for t in tokens("Sở VH-TT&DL, Sở NN&PTNT, VN-Index 6-2")]
    ['Sở', 'VH-TT&DL', ',', 'Sở', 'NN&PTNT', ',', 'VN', '-', 'Index', '6', '-', '2']
    """
    stop = len(text) if end is None else end
    return [Tok(m.start(), m.end(), m.group(), m.group().casefold()) for m in TOKEN.finditer(text, start, stop)]


class Termset:
    """Multi-token terms, matched longest first at a token index, folded or exact."""

    def __init__(self, terms: list[str], *, exact: bool = False) -> None:
        self.exact = exact
        table: dict[str, list[tuple[str, ...]]] = {}
        for term in terms:
            key = tuple(t.text if exact else t.fold for t in tokens(term.strip()))
            if key:
                table.setdefault(key[0], []).append(key)
        self.table = {k: sorted(set(v), key=len, reverse=True) for k, v in table.items()}

    def match(self, toks: list[Tok], i: int) -> int:
        """Number of tokens of the longest term starting at ``toks[i]`` (0 if none)."""
        if i >= len(toks):
            return 0
        key = toks[i].text if self.exact else toks[i].fold
        for cand in self.table.get(key, ()):
            j = i + len(cand)
            if j <= len(toks) and all(
                (toks[i + k].text if self.exact else toks[i + k].fold) == cand[k] for k in range(len(cand))
            ):
                return len(cand)
        return 0


def _terms(name: str, dirs: tuple[Path, ...]) -> list[str]:
    """The terms of a vocabulary."""
    return terms(name, dirs)


@dataclass(frozen=True)
class PeopleLexicon:
    """Every vocabulary the people extractor reads."""

    positions: Termset
    organisations: Termset
    org_heads: Termset
    places: Termset
    open_namers: Termset
    closed_namers: Termset
    honorifics: Termset
    ranks: Termset
    degrees: Termset
    org_words: Termset
    role_heads: Termset
    appoint_leads: Termset
    appoint_verbs: Termset
    appoint_offices: Termset
    appoint_to: Termset
    appoint_terms: Termset
    appoint_sequence: Termset
    appoint_by: Termset
    tail_stops: Termset
    cues_before: Termset
    cues_after: Termset
    cues_after_number: Termset
    cues_after_with_number: Termset
    cues_in_parens: Termset
    speech: Termset
    not_speech: Termset
    foreign_honorifics: Termset
    plurals: Termset
    head_words: frozenset[str]
    name_stops: frozenset[str]
    name_stops_before_number: frozenset[str]
    surnames: frozenset[str]
    loose: tuple[str, ...]
    surname_prefixes: tuple[str, ...]

    def spelled_freely(self, syllable: str) -> bool:
        """Names opening with ``syllable`` may hold non-Kinh syllables (Y Biêr Niê, H'Hen Niê)."""
        return any(syllable == p or (p.endswith("'") and syllable.startswith(p)) for p in self.loose)

    def is_surname(self, syllable: str) -> bool:
        """True when ``syllable`` can open a full name (Nguyễn, Giàng, Y, H'Hen)."""
        return syllable in self.surnames or any(
            syllable.startswith(p) and len(syllable) > len(p) for p in self.surname_prefixes
        )


def _of_kind(entries: tuple[Cue, ...] | tuple[Appointment, ...], *kinds: str) -> Termset:
    """The terms of the entries of one or more kinds, as a Termset."""
    return Termset([e.term for e in entries if e.kind in kinds])


@functools.cache
def lexicon(dirs: tuple[Path, ...] = ()) -> PeopleLexicon:
    """The compiled vocabularies for ``dirs`` (packaged files plus the user's)."""
    surnames = _terms("surnames", dirs)
    namers = load("people_namers", dirs)
    appointments = load("people_appointments", dirs)
    stops = load("people_name_stops", dirs)
    cues = load("people_cues", dirs)
    return PeopleLexicon(
        positions=Termset(_terms("positions", dirs)),
        organisations=Termset(_terms("organisations", dirs)),
        org_heads=Termset(_terms("people_org_heads", dirs), exact=True),
        places=Termset(_terms("people_places", dirs) + _terms("people_towns", dirs), exact=True),
        open_namers=Termset([n.term for n in namers if not n.closed], exact=True),
        closed_namers=Termset([n.term for n in namers if n.closed], exact=True),
        honorifics=Termset(_terms("honorifics", dirs)),
        ranks=Termset(_terms("ranks", dirs)),
        degrees=Termset(_terms("degrees", dirs), exact=True),
        org_words=Termset(_terms("people_org_words", dirs)),
        role_heads=Termset(_terms("people_role_heads", dirs), exact=True),
        appoint_leads=_of_kind(appointments, "lead", "by", "sequence"),
        appoint_verbs=_of_kind(appointments, "verb"),
        appoint_offices=_of_kind(appointments, "office"),
        appoint_to=_of_kind(appointments, "to"),
        appoint_terms=_of_kind(appointments, "term"),
        appoint_sequence=_of_kind(appointments, "sequence"),
        appoint_by=_of_kind(appointments, "by"),
        tail_stops=Termset(_terms("people_tail_stops", dirs)),
        cues_before=_of_kind(cues, "before"),
        cues_after=_of_kind(cues, "after"),
        cues_after_number=_of_kind(cues, "after_number"),
        cues_after_with_number=_of_kind(cues, "after_with_number"),
        cues_in_parens=_of_kind(cues, "in_parens"),
        speech=_of_kind(cues, "speech"),
        not_speech=_of_kind(cues, "not_speech"),
        foreign_honorifics=_of_kind(cues, "foreign"),
        plurals=_of_kind(cues, "plural"),
        head_words=frozenset(h.casefold() for h in _terms("people_org_heads", dirs) if " " not in h.strip()),
        name_stops=frozenset(s.term for s in stops if not s.before_number),
        name_stops_before_number=frozenset(s.term for s in stops if s.before_number),
        loose=tuple(_terms("people_loose_surnames", dirs)),
        surnames=frozenset(s.split()[0] for s in surnames if s and not s.endswith("'")),
        surname_prefixes=tuple(s for s in surnames if s.endswith("'")),
    )


def is_title_case(text: str) -> bool:
    """A syllable that can be part of a name: capital first, small after, no foreign letter.

    >>> is_title_case("Hoàng"), is_title_case("UBND"), is_title_case("H'Hen"), is_title_case("Jong")
    (True, False, True, False)
    """
    return bool(TITLE_CASE.match(text)) and not FOREIGN.search(text)


def is_abbrev(text: str) -> bool:
    """An upper-case abbreviation such as UBND or T.Ư.

    >>> is_abbrev("T.Ư"), is_abbrev("A"), is_abbrev("Hội"), is_abbrev("LĐ-TB&XH")
    (True, False, False, True)
    """
    return bool(ABBREV.match(text))


def is_foreign_word(text: str) -> bool:
    """A capitalised word spelled outside Vietnamese (Festival, Hyosung, Corporation).

    >>> is_foreign_word("Festival"), is_foreign_word("Hyosung"), is_foreign_word("Hoàng"), is_foreign_word("UBND")
    (True, True, False, False)
    """
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha() and len(text) > 1):
        return False
    return bool(FOREIGN.search(text)) or not is_vietnamese_syllable(text)


def span_text(toks: list[Tok], i: int, j: int) -> str:
    """The tokens' text, with a space only where the text had one ("TS." stays "TS.").

    >>> span_text(tokens("ông TS. Lê  Văn"), 1, 5)
    'TS. Lê Văn'
    """
    return "".join((" " if k > i and toks[k - 1].end < toks[k].start else "") + toks[k].text for k in range(i, j))
