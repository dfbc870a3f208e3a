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

import regex

from ..entries import Appointment, Cue, GrammarWord, PeopleUnit
from ..errors import LexiconError
from ..lexicon import Termset, load, terms

#: An abbreviation of several parts joined by - & / . ("VH-TT&DL", "LĐ-TB&XH", "NN&PTNT"): one word.
JOINED_ABBREV = r"\p{Lu}[\p{Lu}\p{N}]*(?:[-&/.]\p{Lu}[\p{Lu}\p{N}]*)+(?![\p{L}\p{M}\p{N}])"
#: Place words abbreviated with a full stop and written glued to the place ("TP.Cần Thơ", "TX.Sông
#: Cầu", "H.Krông Pắk", "Q.1", "P.Bến Nghé"): the abbreviation is a word of its own, as when spaced.
PLACE_ABBREV = r"(?:TP|TX|TT|Q|H|P)(?=\.(?:\p{Lu}\p{Ll}|\d))"
#: One token: a joined abbreviation, a glued place abbreviation, a word (letters, digits, with inner
#: ' . / as in H'Mông, T.Ư, 20.9, HIV/AIDS), đ/c, or one mark. A '/' before a capitalised word is a
#: boundary between two names ('Cục Phòng chống AIDS/Bộ Y tế': the unit, then the body above it).
TOKEN = regex.compile(
    rf"[đĐ]/[cC](?!\w)|{JOINED_ABBREV}|{PLACE_ABBREV}"
    rf"|[\p{{L}}\p{{M}}\p{{N}}]+(?:(?:['.]|/(?!\p{{Lu}}\p{{Ll}}))[\p{{L}}\p{{M}}\p{{N}}]+)*|[^\s]"
)

#: The terms starting at one word: termset -> number of words of its longest term there.
Found = dict[Termset, int]


def _pairs(terms: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, str]]:
    """The comma pairs ("phòng chống": the words on either side of the comma); one that isn't two words is refused."""
    if odd := sorted(" ".join(t) for t in terms if len(t) != 2):
        raise LexiconError(f"people_grammar_words.yaml: a comma_pair is two words ('phòng chống'), not {odd}")
    return frozenset((first, second) for first, second in terms)


def _office_posts(offices: frozenset[tuple[str, ...]], positions: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Posts (folded words) holding an office's words and its superior after them ("Chánh Văn phòng Tổng thống")."""
    posts = [tuple(w.casefold() for w in words(p)) for p in positions]
    return frozenset(p for p in posts for o in offices for i in range(len(p) - len(o)) if p[i : i + len(o)] == o)


def words(text: str) -> list[str]:
    """The word tokens of ``text``.

    >>> words("Bí thư T.Ư Đoàn, anh Nguyễn Mạnh Dũng")
    ['Bí', 'thư', 'T.Ư', 'Đoàn', ',', 'anh', 'Nguyễn', 'Mạnh', 'Dũng']
    >>> words("Sở VH-TT&DL, Sở NN&PTNT, VN-Index 6-2")
    ['Sở', 'VH-TT&DL', ',', 'Sở', 'NN&PTNT', ',', 'VN', '-', 'Index', '6', '-', '2']
    >>> words("UBND TP.Cần Thơ, UBND Q.1, TP.HCM, Cty TNHH P.A")
    ['UBND', 'TP', '.', 'Cần', 'Thơ', ',', 'UBND', 'Q', '.', '1', ',', 'TP.HCM', ',', 'Cty', 'TNHH', 'P.A']
    """
    return TOKEN.findall(text)


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


@dataclass(frozen=True)
class GrammarWords:
    """The small words of the grammar around posts and names (people_grammar_words.yaml), by kind."""

    delegates: frozenset[tuple[str, ...]]  # "ủy quyền", "thay mặt" before a superior's post: the next is a delegate
    vacancy: frozenset[str]  # "kiện toàn", "khuyết" before "chức vụ": the office is vacant
    plural_words: frozenset[str]  # "các", "những" before a post: many hold it
    ranked: frozenset[str]  # "top", "số", "Sáng" before a number: a rank, label or time, no count
    leaders: frozenset[tuple[str, ...]]  # ", lãnh đạo các sở": a list of unnamed leaders
    list_joins: frozenset[str]  # ",", "và" between the names of a list (exact)
    prefixed_surnames: frozenset[str]  # "Nguyên": a family name only after an honorific (exact)
    committees: frozenset[tuple[str, ...]]  # "Huyện ủy" before its place's name
    firm_forms: frozenset[tuple[str, ...]]  # "TNHH", "cổ phần": a firm's legal form, its own name follows
    delegations: frozenset[tuple[str, ...]]  # "Đoàn kiểm tra": a delegation's name, never a surname and a name
    aides: frozenset[tuple[str, ...]]  # "Trợ lý", "Thư ký" right before a post: the aide's post is one title
    reports: frozenset[tuple[str, ...]]  # "Báo cáo", "Tờ trình" capitalised after a title's body: the next heading
    sequences: frozenset[str]  # "Sau" opening a clause: "Sau phát biểu của <post>, <post> X <verb>" is two people
    sequence_verbs: frozenset[tuple[str, ...]]  # "báo cáo", "kết luận": the verb after X in that clause
    spans: frozenset[tuple[str, ...]]  # "giai đoạn", "nhiệm kỳ" after a number: a count of periods, no firm's number
    editions: frozenset[str]  # "năm" before an edition's year inside a body's name, then its place
    edition_events: frozenset[tuple[str, ...]]  # "Kỳ thi", "Hội diễn": a body's event that has editions by year
    meetings: frozenset[tuple[str, ...]]  # "Hội nghị", "Kỳ họp" after a post and a comma: a clause's subject
    state_forms: frozenset[tuple[str, ...]]  # "Cộng hòa", "Vương quốc": a state's form, its foreign name follows
    meeting_posts: frozenset[tuple[str, ...]]  # "Ban Tổ chức", "Thư ký": a meeting's own post, held in the meeting
    firm_heads: frozenset[tuple[str, ...]]  # "Công ty", "Nhà hàng": a firm's head, foreign words after it its brand
    office_posts: frozenset[tuple[str, ...]]  # "Chánh Văn phòng Tổng thống": a bare name after it is the superior's
    managed_units: frozenset[tuple[str, ...]]  # "Khu kinh tế", "Khu công nghiệp": units one board manages, "và các"
    prevention_targets: frozenset[tuple[str, ...]]  # "lãng phí", "tiêu cực": what a "phòng, chống" body fights, listed
    task_bodies: frozenset[tuple[str, ...]]  # "Tổ công tác", "Ban Chỉ đạo": bodies named by the task they carry out
    task_reviews: frozenset[tuple[str, ...]]  # "tổng kết", "sơ kết" (N năm) before the task verb
    task_verbs: frozenset[tuple[str, ...]]  # "thực hiện": the task, then the document it carries out
    task_documents: frozenset[tuple[str, ...]]  # "Quyết định", "Kết luận": a document named by its number
    task_programmes: frozenset[tuple[str, ...]]  # "Chương trình mục tiêu quốc gia": a task named whole, no number
    name_particles: frozenset[str]  # "bin", "al": small words inside a foreign name ("Sheikh Mohammed bin Abdulrahman")
    comma_pairs: frozenset[tuple[str, str]]  # "phòng, chống", "khám, chữa": two verbs one name writes with a comma
    seat_bodies: frozenset[tuple[str, ...]]  # "cấp cao": a body's name ending so is named by its seat ("tại Đà Nẵng")
    edition_ordinals: frozenset[tuple[str, ...]]  # "lần thứ": an event's edition by its number ("lần thứ 24")
    agency_credits: frozenset[str]  # "TTXVN", "VNA": a news agency credited after a dash (exact)
    person_nouns: frozenset[tuple[str, ...]]  # "người", "con": a person described after a dash, no field
    running_terms: frozenset[tuple[str, ...]]  # "khóa liền": after a place word's number, a count of terms
    republic_abbrevs: tuple[str, ...]  # "CH": how an abbreviated republic's name opens (exact)
    member_roles: frozenset[tuple[str, ...]]  # "Đại biểu", "Thành viên": a role after a dash, never a field
    foreign_surnames: frozenset[str]  # "Yoon": a foreign family name spelled like a syllable, never a country
    address_titles: frozenset[str]  # "Sheikh": a title of address before an Arab name with particles (exact)
    home_countries: frozenset[tuple[str, ...]]  # "Việt Nam": the home country, in no countries list (people_countries)
    address_words: frozenset[str]  # "Samdech": a Khmer title of address, never a name's word (exact)

    @classmethod
    def of(cls, entries: tuple[GrammarWord, ...], positions: Iterable[str], brands: Iterable[str]) -> GrammarWords:
        """``entries`` by kind (folded words or tuples, or exact), the firm heads with ``brands``, the office posts."""

        def folded(kind: str) -> frozenset[str]:
            return frozenset(e.term.casefold() for e in entries if e.kind == kind)

        def tuples(kind: str) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(w.casefold() for w in words(e.term)) for e in entries if e.kind == kind)

        def exact(kind: str) -> frozenset[str]:
            return frozenset(e.term for e in entries if e.kind == kind)

        return cls(
            delegates=tuples("delegate"),
            vacancy=folded("vacancy"),
            plural_words=folded("plural"),
            ranked=folded("ranked"),
            leaders=tuples("leaders"),
            list_joins=exact("list_join"),
            prefixed_surnames=exact("prefixed_surname"),
            committees=tuples("committee"),
            firm_forms=tuples("firm_form"),
            delegations=tuples("delegation"),
            aides=tuples("aide"),
            reports=tuples("report"),
            sequences=folded("sequence"),
            sequence_verbs=tuples("sequence_verb"),
            spans=tuples("span"),
            editions=folded("edition"),
            edition_events=tuples("edition_event"),
            meetings=tuples("meeting"),
            state_forms=tuples("state_form"),
            meeting_posts=tuples("meeting_post"),
            firm_heads=tuples("firm_head") | frozenset(tuple(w.casefold() for w in words(b)) for b in brands),
            office_posts=_office_posts(tuples("superior_office"), positions),
            managed_units=tuples("managed_unit"),
            prevention_targets=tuples("prevention_target"),
            task_bodies=tuples("task_body"),
            task_reviews=tuples("task_review"),
            task_verbs=tuples("task_verb"),
            task_documents=tuples("task_document"),
            task_programmes=tuples("task_programme"),
            name_particles=folded("name_particle"),
            comma_pairs=_pairs(tuples("comma_pair")),
            seat_bodies=tuples("seat_body"),
            edition_ordinals=tuples("edition_ordinal"),
            agency_credits=exact("agency_credit"),
            person_nouns=tuples("person_noun"),
            running_terms=tuples("running_term"),
            republic_abbrevs=tuple(sorted(exact("republic_abbrev"))),
            member_roles=tuples("member_role"),
            foreign_surnames=exact("foreign_surname"),
            address_titles=exact("address_title"),
            home_countries=tuples("home_country"),
            address_words=exact("address_word"),
        )


@dataclass(frozen=True, eq=False)
class Appointments:
    """The words of appointments (people_appointments.yaml), by kind."""

    leads: Termset  # the lead, by and sequence words together
    verbs: Termset
    offices: Termset
    to: Termset
    terms: Termset
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
        terms=_of_kind(words, "term"),
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
        loose=tuple(terms("people_loose_surnames", dirs)),
        surnames=frozenset(s.split()[0] for s in surnames if not s.endswith("'")),
        surname_prefixes=tuple(s for s in surnames if s.endswith("'")),
        grammar=GrammarWords.of(grammar, terms("positions", dirs), brands),
    )
