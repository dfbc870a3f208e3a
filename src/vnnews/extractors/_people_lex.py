"""Vocabularies of the people extractor, compiled once per set of lexicon folders into one word trie.

Terms are matched on word tokens, not characters, so a term never stops inside a syllable and "T.Ư Đoàn" or "TS." match
the same way in the text and in the data file. Every vocabulary the grammar reads (a :class:`~vnnews.lexicon.Termset`)
goes into one trie of word sequences, case-folded or exact as the termset says: one walk from a word finds the longest
term of every vocabulary that starts there (:meth:`PeopleLexicon.terms_at`), and the grammar then asks "which term of
this vocabulary starts here" by a table lookup, where it once tried each vocabulary in turn.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from ..entries import Appointment, Cue, PeopleUnit
from ..lexicon import Termset, load, terms
from ._people_grammar import GrammarWords
from ._people_words import words

__all__ = ["Found", "PeopleLexicon", "lexicon"]

#: The terms starting at one word: termset -> number of words of its longest term there.
Found = dict[Termset, int]


class _Node:
    """One word of the trie: the words that may follow, and the termsets whose term ends here."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.ends: list[Termset] = []


def _trie(termsets: Iterable[Termset]) -> dict[str, _Node]:
    """The word trie of ``termsets`` (keyed by exact or case-folded words, as each termset says)."""
    root = _Node()
    for ts in termsets:
        for term in ts.terms:
            node = root
            for word in words(term):
                node = node.next.setdefault(word if ts.exact else word.casefold(), _Node())
            if node is not root and ts not in node.ends:
                node.ends.append(ts)
    return root.next


@dataclass(frozen=True, eq=False)
class Appointments:
    """The words of appointments (people_appointments.yaml), by kind."""

    leads: Termset  # the lead, by and sequence words together
    verbs: Termset
    offices: Termset
    to: Termset
    terms: Termset  # 'khóa', 'nhiệm kỳ' (the period words too)
    periods: Termset  # 'nhiệm kỳ': a period the post is held for, never part of the body's name
    sequence: Termset
    by: Termset
    past: Termset  # 'lúc còn là' before a post: held before
    not_past: Termset  # 'đề nghị', 'chưa' right before 'cách chức': a removal asked for or denied, not done


@dataclass(frozen=True, eq=False)
class PeopleLexicon:
    """Every vocabulary the people extractor reads, and the trie that finds their terms in a line."""

    positions: Termset
    organisations: Termset
    awards: Termset  # award names, never a field of an organisation's name ("Bộ Công Thương, Cờ thi đua")
    org_heads: Termset
    small_heads: Termset  # the same heads in any case ("chi nhánh", "tạp chí" written small after a post)
    places: Termset
    open_namers: Termset
    closed_namers: Termset
    honorifics: Termset
    ranks: Termset
    degrees: Termset
    org_words: Termset
    role_heads: Termset
    staff_posts: Termset  # a post only before the head of its unit ("Cán bộ Khoa Chống nhiễm khuẩn")
    sub_units: Termset  # what a post may head inside a larger body ("khoa", "phòng")
    bodies: Termset  # the larger body after a sub-unit and a comma ("trường ĐH ...")
    body_acts: Termset  # after the body's name, a clause of its own ("..., sở Tài chính đã cấp ...")
    body_copulas: Termset  # "là" after the body's name: its own clause only in a frame (_people_bodies._framed)
    role_verbs: Termset  # "làm" before a post: "do X làm chủ nhiệm, ..." closes the person's clause
    report_frames: Termset  # "Theo" opening a sentence: the source's clause ends at its apposition
    unit_names: Termset  # a department's own name, no owner of its unit ("phòng Thanh tra", never "Huyện ủy")
    appoint: Appointments  # people_appointments.yaml's words by kind ('được bầu giữ chức')
    tail_stops: Termset
    dotted_posts: Termset  # "PCT", "CT" before ". UBND xã": an abbreviated post, its body after the dot (exact)
    post_modifiers: Termset  # "chuyên trách", "Thường trực" right after a post: how it is held
    countries: Termset  # foreign countries: "tại" and a place after a body named so is where it is
    posted_abroad: Termset  # diplomats' posts: "tại" and where they serve is the post's ("Đại sứ Nga tại Mỹ")
    cues_before: Termset
    cues_after: Termset
    cues_after_number: Termset
    cues_after_with_number: Termset
    cues_in_parens: Termset
    speech: Termset
    not_speech: Termset
    foreign_honorifics: Termset
    plurals: Termset
    many_bodies: Termset  # 'các sở', 'những địa phương': many bodies after a plural word
    meetings: Termset
    relations: Termset
    head_words: frozenset[str]
    name_stops: frozenset[str]
    name_stops_before_number: frozenset[str]
    name_stop_prepositions: frozenset[str]  # "Trong", "Từ": they open a clause only before a noun, never a verb
    surnames: frozenset[str]
    loose: tuple[str, ...]
    surname_prefixes: tuple[str, ...]
    grammar: GrammarWords  # people_grammar_words.yaml: "thay mặt", "các", "top", "Huyện ủy"
    surname_initials: frozenset[str] = field(init=False)  # the first letters of family names and prefixes
    _folded: dict[str, _Node] = field(init=False, repr=False)
    _exact: dict[str, _Node] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        termsets = [v for f in fields(self) if f.init and isinstance(v := getattr(self, f.name), Termset)]
        termsets += [getattr(self.appoint, f.name) for f in fields(self.appoint)]  # the appointment words too
        object.__setattr__(self, "_folded", _trie(ts for ts in termsets if not ts.exact))
        object.__setattr__(self, "_exact", _trie(ts for ts in termsets if ts.exact))
        object.__setattr__(self, "surname_initials", frozenset(s[:1] for s in (*self.surnames, *self.surname_prefixes)))

    def terms_at(self, texts: Sequence[str], folds: Sequence[str], i: int) -> Found:
        """The vocabularies with a term starting at word ``i`` of a line, each with its longest term's length."""
        found: Found = {}
        n = len(folds)
        for trie, keys in ((self._folded, folds), (self._exact, texts)):
            node = trie.get(keys[i])
            j = i + 1
            while node is not None:  # walk on while the words go on a term; longer terms overwrite
                for ts in node.ends:
                    found[ts] = j - i
                node = node.next.get(keys[j]) if j < n else None
                j += 1
        return found

    def first_words(self, termsets: Iterable[Termset]) -> tuple[frozenset[str], frozenset[str]]:
        """The first words of the terms of ``termsets``: (case-folded, exact)."""
        folded = frozenset(words(t)[0].casefold() for ts in termsets if not ts.exact for t in ts.terms)
        exact = frozenset(words(t)[0] for ts in termsets if ts.exact for t in ts.terms)
        return folded & self._folded.keys(), exact & self._exact.keys()

    def heads(self, termsets: Iterable[Termset], exact: bool) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        """One-word terms of the exact (or folded) ``termsets`` and longer terms' first two words, as the trie keys."""
        single: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for ts in termsets:
            if ts.exact != exact:
                continue
            for term in ts.terms:
                ws = words(term) if exact else [w.casefold() for w in words(term)]
                if len(ws) == 1:
                    single.add(ws[0])
                elif ws:
                    pairs.add((ws[0], ws[1]))
        return frozenset(single), frozenset(pairs)

    def one_word(self, terms: Termset, word: str) -> bool:
        """``word`` alone is a term of ``terms``."""
        node = (self._exact if terms.exact else self._folded).get(word if terms.exact else word.casefold())
        return node is not None and terms in node.ends

    def spelled_freely(self, syllable: str) -> bool:
        """Names opening with ``syllable`` may hold non-Kinh syllables (Y Biêr Niê, H'Hen Niê)."""
        return any(syllable == p or (p.endswith("'") and syllable.startswith(p)) for p in self.loose)

    def is_surname(self, syllable: str) -> bool:
        """True when ``syllable`` can open a full name (Nguyễn, Giàng, Y, H'Hen)."""
        if syllable in self.surnames:
            return True
        return any(syllable.startswith(p) and len(syllable) > len(p) for p in self.surname_prefixes)


def _of_kind(entries: tuple[Cue, ...] | tuple[Appointment, ...] | tuple[PeopleUnit, ...], *kinds: str) -> Termset:
    """The terms of the entries of one or more kinds."""
    return Termset(e.term for e in entries if e.kind in kinds)


def _appointments(dirs: tuple[Path, ...]) -> Appointments:
    """The words of appointments by kind ('được bầu giữ chức', 'lúc còn là', 'đề nghị cách chức')."""
    words = load("people_appointments", dirs)
    return Appointments(
        leads=_of_kind(words, "lead", "by", "sequence"),
        verbs=_of_kind(words, "verb"),
        offices=_of_kind(words, "office"),
        to=_of_kind(words, "to"),
        terms=_of_kind(words, "term", "period"),
        periods=_of_kind(words, "period"),
        sequence=_of_kind(words, "sequence"),
        by=_of_kind(words, "by"),
        past=_of_kind(words, "past"),
        not_past=_of_kind(words, "not_past"),
    )


@functools.cache
def lexicon(dirs: tuple[Path, ...] = ()) -> PeopleLexicon:
    """The compiled vocabularies for ``dirs`` (packaged files plus the user's)."""
    surnames = terms("surnames", dirs)
    namers = load("people_namers", dirs)
    stops = load("people_name_stops", dirs)
    cues = load("people_cues", dirs)
    units = load("people_units", dirs)
    grammar = load("people_grammar_words", dirs)
    brands = [h.term for h in load("people_org_heads", dirs) if h.brand]  # firm heads: foreign words after, a brand
    return PeopleLexicon(
        positions=Termset(terms("positions", dirs) + terms("people_posted_abroad", dirs)),
        organisations=Termset(terms("organisations", dirs)),
        awards=Termset(terms("awards", dirs)),
        org_heads=Termset(terms("people_org_heads", dirs), exact=True),
        small_heads=Termset(terms("people_org_heads", dirs)),
        places=Termset(terms("people_places", dirs) + terms("people_towns", dirs), exact=True),
        open_namers=Termset((n.term for n in namers if not n.closed), exact=True),
        closed_namers=Termset((n.term for n in namers if n.closed), exact=True),
        honorifics=Termset(terms("honorifics", dirs)),
        ranks=Termset(terms("ranks", dirs)),
        degrees=Termset(terms("degrees", dirs), exact=True),
        org_words=Termset(terms("people_org_words", dirs)),
        role_heads=Termset(terms("people_role_heads", dirs), exact=True),
        staff_posts=Termset(terms("people_staff_posts", dirs), exact=True),
        sub_units=_of_kind(units, "unit"),
        bodies=_of_kind(units, "body"),
        body_acts=_of_kind(units, "act"),
        body_copulas=_of_kind(units, "copula"),
        role_verbs=_of_kind(units, "role_verb"),
        report_frames=_of_kind(units, "report"),
        unit_names=_of_kind(units, "name"),
        appoint=_appointments(dirs),
        tail_stops=Termset(terms("people_tail_stops", dirs)),
        dotted_posts=Termset((w.term for w in grammar if w.kind == "dotted_post"), exact=True),  # "PCT. UBND xã"
        post_modifiers=Termset(terms("people_post_modifiers", dirs)),
        posted_abroad=Termset(terms("people_posted_abroad", dirs)),
        countries=Termset(terms("people_countries", dirs), exact=True),
        cues_before=_of_kind(cues, "before"),
        cues_after=_of_kind(cues, "after"),
        cues_after_number=_of_kind(cues, "after_number"),
        cues_after_with_number=_of_kind(cues, "after_with_number"),
        cues_in_parens=_of_kind(cues, "in_parens"),
        speech=_of_kind(cues, "speech"),
        not_speech=_of_kind(cues, "not_speech"),
        foreign_honorifics=_of_kind(cues, "foreign"),
        plurals=_of_kind(cues, "plural"),
        many_bodies=_of_kind(cues, "bodies"),
        meetings=_of_kind(cues, "meeting"),
        relations=_of_kind(cues, "relation"),
        head_words=frozenset(h.casefold() for h in terms("people_org_heads", dirs) if " " not in h),
        name_stops=frozenset(s.term for s in stops if not s.before_number),
        name_stops_before_number=frozenset(s.term for s in stops if s.before_number),
        name_stop_prepositions=frozenset(s.term for s in stops if s.preposition),
        loose=tuple(terms("people_loose_surnames", dirs)),
        surnames=frozenset(s.split()[0] for s in surnames if not s.endswith("'")),
        surname_prefixes=tuple(s for s in surnames if s.endswith("'")),
        grammar=GrammarWords.of(grammar, terms("positions", dirs), brands),
    )
