"""The small words of the people grammar (people_grammar_words.yaml), compiled by kind."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..entries import GrammarWord
from ..errors import LexiconError
from ._people_words import words


def _pairs(terms: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, str]]:
    """The comma pairs ("phòng chống": the words on either side of the comma); one that isn't two words is refused."""
    if odd := sorted(" ".join(t) for t in terms if len(t) != 2):
        raise LexiconError(f"people_grammar_words.yaml: a comma_pair is two words ('phòng chống'), not {odd}")
    return frozenset((first, second) for first, second in terms)


def _office_posts(offices: frozenset[tuple[str, ...]], positions: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Posts (folded words) holding an office's words and its superior after them ("Chánh Văn phòng Tổng thống")."""
    posts = [tuple(w.casefold() for w in words(p)) for p in positions]
    return frozenset(p for p in posts for o in offices for i in range(len(p) - len(o)) if p[i : i + len(o)] == o)


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
    offices: frozenset[tuple[str, ...]]  # "Văn phòng": an office named after its superior ("văn phòng Thủ tướng")
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
    name_verbs: frozenset[tuple[str, ...]]  # "đã", "cho biết": after a name, never after "Trong" opening a clause
    home_countries: frozenset[tuple[str, ...]]  # "Việt Nam": the home country, in no countries list (people_countries)
    address_words: frozenset[str]  # "Samdech": a Khmer title of address, never a name's word (exact)
    unit_leads: frozenset[str]  # "trưởng", "phó" before a unit's word: its head or deputy ("Trưởng đoàn")
    head_leads: frozenset[str]  # unit_leads and "nhiệm" before a unit's head word ("Trưởng ban", "Chủ nhiệm HTX")
    state_heads: frozenset[tuple[str, ...]]  # "Tổng thống": a foreign leader's post; one word after it is his surname
    union_heads: frozenset[str]  # "khối", "liên hiệp" before "các": one body of many ("Đảng ủy Khối các cơ quan")

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
            office_posts=_office_posts(tuples("superior_office"), positions), offices=tuples("superior_office"),
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
            name_verbs=tuples("name_verb"),
            home_countries=tuples("home_country"),
            address_words=exact("address_word"),
            unit_leads=folded("unit_lead"),
            head_leads=folded("unit_lead") | folded("head_lead"),
            state_heads=tuples("state_head"), union_heads=folded("union_head"),
        )
