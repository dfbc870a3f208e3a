"""Vocabularies and compiled patterns for the achievements extractor, built once per lexicon folders."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..entries import ContextEntry, PhraseEntry, QualifierEntry, UnitEntry
from ..folded import Needed, needed_words
from ..lexicon import Termset, load, terms
from ..models import QualifierKind
from ..quantity import words
from ._achv_vocab_fields import kind_pattern as _pattern
from ._achv_vocab_fields import kind_terms as _terms
from ._achv_vocab_fields import phrase_patterns as _phrase_patterns
from ._achv_vocab_fields import placed_fields as _placed_fields
from ._achv_words import RANGE_CONNECTORS, RANGE_WORDS

_FLAGS = regex.IGNORECASE | regex.VERBOSE
#: Most characters between an amount and the 'so với' that makes a comparative before it a difference (a bracket
#: counts as one: 'cao hơn 8,7% (+101 USD/ounce) so với cuối năm 2016').
COMPARED_REACH = 40
_COMPARED_GAP = rf"(?:\([^()]*\)|[^,;:.!?()]){{0,{COMPARED_REACH}}}?(?<!\w)"


@dataclass(frozen=True)
class Hedges:
    """The patterns that read 'từ' as a start point or a hedge, and a negation turning a hedge to at most."""

    start_before: regex.Pattern[str]  # 'từ ' right before the number: a start point, a hedge only with no end after
    start_end: regex.Pattern[str]  # 'lên', 'đến', 'còn' later in the clause: 'từ' is a start point, no hedge
    changed: regex.Pattern[str]  # 'tăng', 'xuống' a few words before 'từ': the level a change starts from
    start_level: regex.Pattern[str]  # 'giá', 'chi phí' a few words before 'từ': the amount starts a price, a hedge
    not_level: regex.Pattern[str]  # 'giá trị' at a start_level word: a longer noun, no price
    start_far: regex.Pattern[str]  # 'lên', 'đến nay' past the amount's clause: 'từ' is a start point
    negated: regex.Pattern[str]  # 'không ghi ' right before 'quá'/'hơn': a negation makes the hedge at most
    not_negated: regex.Pattern[str]  # 'không chỉ' at a negation: 'not only', no negation
    measured: frozenset[str]  # hedges only before money or a measure: 'vượt mức'
    only_before: dict[str, frozenset[str]]  # a hedge -> the only units it hedges: 'vượt' -> 'mm' ('vượt 100 mm')
    planned: dict[str, regex.Pattern[str]]  # a hedge -> a plan later in the clause ('đề ra'): a target passed
    surfaces: dict[str, tuple[str, ...]]  # a hedge -> heads of a surface it is 'on' before: 'trên' -> 'sàn'
    on_surface: regex.Pattern[str]  # what is on a surface a few words before the hedge: 'mã ' ('mã trên 2 sàn')
    faulted: regex.Pattern[str]  # a fault a few words before 'trên': 'lỗi hệ thống cửa sổ trời trên 47 chiếc'
    fault_sites: dict[str, tuple[str, ...]]  # a hedge -> heads a fault is on: 'trên' -> 'chiếc'
    places: dict[str, regex.Pattern[str]]  # a hedge -> words right before making it a place: 'vòng quanh'
    compared: frozenset[str]  # comparatives of a count, a difference with 'so với' after: 'nhiều hơn'
    contrast: regex.Pattern[str]  # 'nhưng' between the amount and 'so với': a new clause, nothing compared
    differs: dict[str, frozenset[str]]  # a hedge -> unit kinds a comparative adjective before makes a difference
    level: regex.Pattern[str]  # 'đạt', 'tỷ lệ' in the clause before the adjective: a percent level, no difference
    restated: regex.Pattern[str]  # ', tức là' after money: the comparative states a difference
    trailed: regex.Pattern[str]  # a hedge, then an ellipsis before the number: 'cách mép đường chừng… 20 cm'
    conceded: regex.Pattern[str]  # a bound, then 'cũng' and a verb: 'ít nhất cũng phải tốn 4 - 5 triệu đồng'
    verb_comparative: regex.Pattern[str]  # 'tiết kiệm ' before 'hơn': a comparative with 'so với' right after
    compared_next: regex.Pattern[str]  # ' so với' right after the amount's unit
    elided: regex.Pattern[str]  # ', ' or 'và ' opening a clause: a comparative after it has no subject of its own
    elided_subject: regex.Pattern[str]  # ' đã', ' được' right after the amount: it is a subject, no difference
    coming: regex.Pattern[str]  # 'thời gian tới' with no number after: 'tới' is 'next', no end of a 'từ'
    elided_end: regex.Pattern[str]  # ',', '.', ' khi' right after an amount: its clause ends, no predicate of its own
    respectively: regex.Pattern[str]  # 'lần lượt' before a 'từ': it opens each price listed after
    group_subject: regex.Pattern[str]  # 'nhiều hộ', 'vẫn': a comparative's subject that keeps it a bound
    steady: regex.Pattern[str]  # 'ổn định', 'khá cao' closing the clause: a price held before ', từ'
    saving_subject: regex.Pattern[str]  # 'xe' (group s) or 'nhà máy' (none) before a saving: a product saves


@dataclass(frozen=True)
class Vocab:
    """Every pattern the extractor matches with (compiled once per ``lexicon_dirs``)."""

    qualifier_kinds: dict[str, QualifierKind]
    # ' - ', ' đến ', ' đến hơn ' before a range's second number; then the same after a unit, before a signed
    # number too ('4% - 5%')
    range_joins: tuple[regex.Pattern[str], regex.Pattern[str]]
    attributes: frozenset[str]  # hedges that are also adjectives: 'tối đa'
    qualifier_before: regex.Pattern[str]  # hedge right before the number: 'trên '
    bound_after: regex.Pattern[str]  # bound right after the amount: ' trở lên'
    unit_kinds: dict[str, str]
    units: dict[str, UnitEntry]  # lower-cased unit -> its entry: spelling ('đô la Mỹ'), noun, sum
    money_noun: regex.Pattern[str]  # a noun meaning money, no currency written ('5 triệu tiền thuốc': đồng)
    money_talk: regex.Pattern[str]  # 'hỗ trợ' (group yes) or 'đánh giá' (none): the sentence is about money
    unit_after: regex.Pattern[str]  # measure/currency/percent right after the number
    currency_before: regex.Pattern[str]  # a currency written right before the number: '$', 'USD '
    skip_before: regex.Pattern[str]  # 'ngày ', 'Dự án ', 'lần thứ '
    named: regex.Pattern[str]  # 'Ban Chỉ đạo ': a capitalised body noun (capital first) naming the number after it
    before_ends: tuple[str, ...] | None  # the last words of skip_before's terms, lowered (:func:`last_words`)
    named_ends: tuple[str, ...] | None  # the same of named's
    among: regex.Pattern[str]  # 'trong số ': a 'before' word used as a plain noun
    incident: regex.Pattern[str]  # 'vụ ': a 'before' word that with people after it names a case ('vụ 7 bệnh nhân')
    people: regex.Pattern[str]  # person and case nouns ('người', 'bệnh nhân', 'trường hợp')
    grade: regex.Pattern[str]  # 'cấp ': before one spelled number word, a level ('nhà cấp bốn')
    pair: regex.Pattern[str]  # 'bên', 'nước': after one spelled number word, a known pair ('hai bên')
    duration_after: regex.Pattern[str]  # ' năm', ' tuổi'
    rate_period: regex.Pattern[str]  # 'năm', 'kỳ', 'vụ': a period 'mỗi' puts after a rate ('đồng/ha mỗi vụ')
    per_period: regex.Pattern[str]  # 'mỗi ngày ', 'trong ngày ': a time word before a count, not a date
    frequency: regex.Pattern[str]  # ' lần', ' bữa': after a per_period word the number is a rate ('mỗi ngày 2 lần')
    target: regex.Pattern[str]
    comparative: regex.Pattern[str]  # 'thấp ' right before 'hơn': a comparative, not a hedge, when compared
    compared: regex.Pattern[str]  # ' so với' after the amount in its clause: what the difference is from
    future: regex.Pattern[str]  # ' sẽ' right after the unit: the count is the subject of a plan
    plan: regex.Pattern[str]  # 'theo kế hoạch': a plan named anywhere earlier in the sentence
    plan_needs: Needed | None  # the plan terms' words, lowered (vnnews.folded.needed_words)
    stop: regex.Pattern[str]
    predicates: dict[str, str]  # stops naming an event -> predicate or noun_stop ('giải cứu', 'âm mưu')
    closer: regex.Pattern[str]  # 'ngoài', 'tăng': a stop that may end a word begun before it ('nước ngoài')
    opener: regex.Pattern[str]  # 'lao', 'chỉ': a stop that may open a longer word ('lao động', 'chỉ tiêu')
    list_noun: regex.Pattern[str]
    sibling: regex.Pattern[str]  # 'nam', 'chăn nuôi': a noun that goes on a list only after one of its kind
    counter: regex.Pattern[str]  # 'bộ', 'tên': a list noun counting things, its verb after it names them
    resultative: regex.Pattern[str]  # 'thành công': a word only after a verb, which it makes a predicate
    actor: regex.Pattern[str]  # 'ngư dân', 'cán bộ': list nouns of people a verb with words of its own after cuts
    activity: regex.Pattern[str]  # 'dạy', 'sử dụng': a verb naming what the people counted do, kept after them
    aspect: regex.Pattern[str]  # 'chỉ', 'đã': an adverb of the next clause ('30 học viên nữ, | nam chỉ có 5')
    agent_suffix: regex.Pattern[str]  # 'viên', 'sĩ': closing a dictionary word, a person ('tuyên truyền viên')
    locale: regex.Pattern[str]  # 'thôn', 'xã': a place 'ở' opens ('căn nhà | ở thôn Phú Thượng'), no 'nhà ở'
    at_place: regex.Pattern[str]  # 'ở': closing a noun kept whole ('nhà ở'), before a place it is the preposition
    list_term: regex.Pattern[str]  # 'hộ mới thoát nghèo': a list's later item whole, stop and all
    level_end: regex.Pattern[str]  # ' mầm non' closing a list noun: 'cháu mầm non, học sinh' is one list
    level: regex.Pattern[str]  # 'THCS': a school level listed after one closing the unit ('học sinh tiểu học, THCS')
    level_people: regex.Pattern[str]  # 'học sinh': the only list nouns that go on a list after a level (mend24a)
    brand: regex.Pattern[str]  # 'hiệu', 'nhãn hiệu': before a capitalised name it opens the name, no head
    place: regex.Pattern[str]  # 'xã', 'phường': before one name it names a place, counts none
    provinces: regex.Pattern[str]  # 'Hà Tĩnh', 'Lào Cai' (people_places): after 'xã' it says whose communes
    governs: regex.Pattern[str]  # 'chống': a verb wanting its object, never the unit's last word
    class_word: regex.Pattern[str]  # 'khu vực', 'hạng': a class word whose numeral after it stays in the unit
    join: regex.Pattern[str]  # 'và': joins two list nouns into one unit
    action: regex.Pattern[str]
    nonaction: regex.Pattern[str]  # 'trung cấp', 'cấp tỉnh': a word holding an action syllable, no action
    particle: regex.Pattern[str]  # 'được', 'thêm', 'cho': between an action verb and its amount
    barrier: regex.Pattern[str]  # 'của', 'tại', 'là': between a verb and an amount, the amount is not its object
    head: regex.Pattern[str]  # 'mức', 'diện tích': a head noun an action verb after it modifies ('tổng mức đầu tư')
    size: regex.Pattern[str]  # 'dài', 'rộng': an adjective owning the measure after it ('cây cầu dài 100 m')
    cut_count: regex.Pattern[str]  # 'có': a count's verb; 'có 1 m' closing a text is a word cut off, no measure
    whole: regex.Pattern[str]  # 'tổng' after a '/': the whole a share is of ('5,8%/tổng dư nợ'), no rate
    org: regex.Pattern[str]  # 'Công ty': a capitalised organisation noun may open a unit ('1 Công ty TNHH')
    word: regex.Pattern[str]  # 'giấy chứng nhận': a noun holding a stop word, kept whole
    kinds: regex.Pattern[str]  # 'thể loại', 'môn': a head whose kinds may be listed after it ('2 thể loại màu và ...')
    kinds_not: regex.Pattern[str]  # 'nhiều': an item so opened names no kind ('2 loại ma túy và nhiều tang vật')
    person_heads: tuple[str, ...]  # 'người', 'nạn nhân': one counted group of people, for repeats
    lone: regex.Pattern[str]  # nouns a lone number word counts: 'Hai đơn vị là ...'
    case_heads: tuple[str, ...]  # 'trường hợp', 'ca': the same, in a weaker wording
    titled: regex.Pattern[str]  # capitalised nouns counting people: '125 Mẹ'
    anaphor: regex.Pattern[str]  # ' nơi đây', ' trên' right after a count: it refers to one told before
    anaphor_end: regex.Pattern[str]  # the same word closing the unit ('đối tượng trên')
    times_heads: tuple[str, ...]  # 'lần': counts of occurrences, one fact per value whatever follows
    nominal: regex.Pattern[str]  # 'buổi', 'vụ', 'máy': head nouns whose complement is an action ('vụ vi phạm')
    preverb_end: regex.Pattern[str]  # ' tạm', ' chuyên' closing a unit cut before a verb: the verb's adverb
    order_next: regex.Pattern[str]  # 'đợt tiếp theo', 'giai đoạn 1': which batch, a phrase after the unit
    applied_end: regex.Pattern[str]  # ' áp dụng' closing a unit: what was done to the things counted
    adverb_inside: regex.Pattern[str]  # ' chủ yếu': an adverb of two syllables, with its verb no complement
    done_adverb: regex.Pattern[str]  # 'xã| cơ bản hoàn thành': an adverb between a place and a verb of completion
    subject_before: regex.Pattern[str]  # ', ' or 'khiến' before an amount: it counts the subject of the verb after it
    agent_before: regex.Pattern[str]  # 'bị ' before an amount: it counts who did the verb after it (a passive)
    agent_frame: regex.Pattern[str]  # 'do' (group w) opening the clause's agent: a verb closing it is its predicate
    pronoun: regex.Pattern[str]  # 'anh', 'thầy' closing a unit before a verb: the next clause's subject
    speech: regex.Pattern[str]  # 'cho biết': after 'N học sinh, cô giáo ...' the teacher speaks, no list item
    occasion: regex.Pattern[str]  # 'buổi', 'vụ', 'đợt': a head whose verb names what happened ('vụ cháy rừng')
    aspect_before: regex.Pattern[str]  # 'đã ' right before 'N lần': the times the verb after it happened
    multiple: regex.Pattern[str]  # 'tăng ', 'gấp ' (and a hedge) right before 'N lần': a multiple, '2,3 lần' is 2.3
    hedges: Hedges  # 'từ' as a start point, negations before a hedge, hedges only before money or a measure
    locative: regex.Pattern[str]  # 'chạy ', 'đăng ' right before 'trên': 'on', no hedge ('chạy trên 31 trang web')
    property: regex.Pattern[str]  # 'công suất ' right before 'tối đa': the hedge names the property ('maximum power')
    era_heads: tuple[str, ...]  # 'thời': 'dưới 3 thời tổng thống' is under three presidencies, no hedge
    whole_counters: frozenset[str]  # 'suất': '556,239 suất quà' groups its digits in thousands, no decimal comma
    dated: regex.Pattern[str]  # 'phiên giao dịch ' right before a day-month pair: 'phiên giao dịch 11-12' is a date
    home_currencies: frozenset[str]  # 'đồng': '35,000 đồng' groups its digits in thousands ('71,056 USD' no)
    surface_heads: tuple[str, ...]  # 'chiếc xe': 'giấu trên 2 chiếc xe máy' is on two motorbikes, no hedge
    placing: regex.Pattern[str]  # 'để ', 'chở ' (a verb of placing) closing the words before 'trên': 'on'
    placing_near: regex.Pattern[str]  # 'để ' right before 'trên': on ('để trên 2 chiếc xe máy')
    placing_surface: regex.Pattern[str]  # 'đặt ' right before 'trên': on only before a surface
    placing_not: regex.Pattern[str]  # 'chất lượng', 'đặt mua': another word, no placing verb
    rate_over: regex.Pattern[str]  # a rate word in the clause before 'trên': across the places counted

    @functools.cached_property
    def unit_names(self) -> dict[str, str]:
        """Lower-cased symbol -> the unit reported ('$' -> 'USD'), as units.yaml's canonical names say."""
        return {term: e.canonical for term, e in self.units.items() if e.canonical}


def _predicates(phr: tuple[PhraseEntry, ...]) -> dict[str, str]:
    """The stops naming an event after a nominal head ('cuộc | giải cứu') and their kind (noun_stop: also a noun;
    occasion_stop: only after an occasion head, 'vụ | đâm chém')."""
    kinds = ("predicate", "noun_stop", "occasion_stop", "open_predicate")
    return {" ".join(e.term.lower().split()): e.kind for e in phr if e.kind in kinds}


def _owners(phr: tuple[PhraseEntry, ...]) -> list[str]:
    """Stops of two words: 'một' before an organisation noun opens the owner of the things counted ('23 sinh viên |
    một trường cao đẳng'): each ``owner_opener`` with each ``org`` entry."""
    return [f"{o} {org}" for o in _terms(phr, "owner_opener") for org in _terms(phr, "org")]


def _range_joins(dirs: tuple[Path, ...], phr: tuple[PhraseEntry, ...]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A range's connector ('cho đến' too), maybe a hedge on its upper end ('khoảng 1,5m đến hơn 2m') or the top
    (``range_top``: 'đến cao nhất là 1 triệu đồng'): before digits, and (after a unit) before digits or a minus."""
    ends = Termset([q.term for q in load("qualifiers", dirs) if q.range_end]).pattern(boundary=False)
    ends = rf"(?:{ends}|{Termset(_terms(phr, 'range_top')).pattern(boundary=False)})"
    join = rf"(?:[ \u00a0]+cho(?=[ \u00a0]+(?:{RANGE_WORDS})))?\s*(?:{RANGE_CONNECTORS})"
    join += rf"(?:(?<={RANGE_WORDS})[ \u00a0]+{ends})?\s*"
    return regex.compile(rf"{join}(?=\d)", regex.IGNORECASE), regex.compile(rf"{join}(?=[-\d])", regex.IGNORECASE)


def last_words(terms: list[str]) -> tuple[str, ...] | None:
    """The last word of each term, lowered: a case-blind match of a term closing a faithful text leaves its lowered
    copy ending with one (None when a term's letters may not lower so: :func:`vnnews.folded.needed_words`).

    >>> last_words(["Bóng đá", "cứ", "nhận  được"]), last_words(["ſ"])
    (('đá', 'cứ', 'được'), None)
    """
    if needed_words(terms) is None:
        return None
    return tuple({t.split()[-1].lower(): None for t in terms if t.split()})


def _planned(words: tuple[str, ...], stops: tuple[str, ...]) -> str:
    """A plan right after the amount ('vượt mốc 1.000 tỷ đồng kế hoạch tỉnh giao'): the mark is its figure; the
    words before it (group ``gap``) are counted by the caller, and none is a stop ('và vượt kế hoạch')."""
    stop = rf"(?!{Termset(stops).pattern(boundary=False)}(?!\w))" if stops else ""
    plan = Termset(words).pattern(boundary=False)
    return rf"(?P<gap>(?:[ \u00a0]+{stop}[^\s,;:.!?]+)*?)[ \u00a0]+{plan}(?!\w)"


_BOUNDS = ("least", "most")  # bounds a 'cũng' and a verb may follow ('ít nhất cũng phải tốn')


def _places(quals: tuple[QualifierEntry, ...]) -> dict[str, regex.Pattern[str]]:
    """A hedge -> the words right before it that make it a place ('vòng quanh 3 km': around, no hedge)."""
    return {
        q.term.casefold(): regex.compile(rf"(?<!\w){Termset(q.places).pattern(boundary=False)}[ \u00a0]+$", _FLAGS)
        for q in quals
        if q.places
    }


def _hedges(ctx: tuple[ContextEntry, ...], dirs: tuple[Path, ...]) -> Hedges:
    """The patterns that read 'từ' as a start point or a hedge, and a negation turning a hedge to at most."""
    quals = load("qualifiers", dirs)
    starts = Termset([q.term for q in quals if q.start]).pattern(boundary=False)
    hedges = Termset([q.term for q in quals if not q.after and not q.start]).pattern(boundary=False)
    faults = Termset([f for q in quals for f in q.faults]).pattern(boundary=False)
    on_after = Termset([f for q in quals for f in q.on_after]).pattern(boundary=False)
    bounds = Termset([q.term for q in quals if q.kind in _BOUNDS and not (q.after or q.start)]).pattern(boundary=False)
    return Hedges(
        start_before=regex.compile(rf"(?<!\w)(?P<q>{starts})\s+$", _FLAGS),
        start_end=regex.compile(rf"(?<!\w){_pattern(ctx, 'start_end', boundary=False)}(?!\w)", _FLAGS),
        changed=regex.compile(rf"(?<!\w)(?:{_pattern(ctx, 'multiple')}|{_pattern(ctx, 'start_end')})(?!\w)", _FLAGS),
        start_level=regex.compile(rf"(?<!\w){_pattern(ctx, 'start_level')}(?!\w)", _FLAGS),
        not_level=regex.compile(_pattern(ctx, "not_start_level"), _FLAGS),
        start_far=regex.compile(rf"(?<!\w){_pattern(ctx, 'start_far')}(?!\w)", _FLAGS),
        negated=regex.compile(
            rf"(?:(?P<prev>\w+)\s+)?(?<!\w)(?P<neg>{_pattern(ctx, 'negator', boundary=False)})"
            r"(?P<rest>(?:\s+\w+){0,2})\s+$",
            _FLAGS,
        ),
        not_negated=regex.compile(rf"{_pattern(ctx, 'not_negator', boundary=False)}(?!\w)", _FLAGS),
        measured=frozenset(q.term.casefold() for q in quals if q.measured),
        only_before={q.term.casefold(): frozenset(u.casefold() for u in q.only_before) for q in quals if q.only_before},
        planned={
            q.term.casefold(): regex.compile(_planned(q.planned, q.plan_stops), _FLAGS) for q in quals if q.planned
        },
        surfaces={q.term.casefold(): tuple(h.casefold() for h in q.surfaces) for q in quals if q.surfaces},
        on_surface=regex.compile(rf"(?<!\w){on_after}(?:[ \u00a0]+[\w\-]+){{0,3}}[ \u00a0]+$", _FLAGS),
        faulted=regex.compile(rf"(?<!\w){faults}(?:[ \u00a0]+[\w\-]+){{0,5}}[ \u00a0]+$", _FLAGS),
        fault_sites={q.term.casefold(): tuple(h.casefold() for h in q.fault_sites) for q in quals if q.fault_sites},
        places=_places(quals),
        compared=frozenset(q.term.casefold() for q in quals if q.compared),
        contrast=regex.compile(Termset([c for q in quals for c in q.contrasts]).pattern(), _FLAGS),
        differs={q.term.casefold(): frozenset(q.differs) for q in quals if q.differs},
        level=regex.compile(Termset([w for q in quals for w in q.levels]).pattern(), _FLAGS),
        restated=regex.compile(
            rf"[ \u00a0]*,?[ \u00a0]*{Termset([w for q in quals for w in q.restated]).pattern(boundary=False)}(?!\w)",
            _FLAGS,
        ),
        trailed=regex.compile(rf"(?<!\w)(?P<q>{hedges})[ \u00a0]*(?:…|\.{{3}})[ \u00a0]*$", _FLAGS),
        conceded=regex.compile(rf"(?<!\w)(?P<q>{bounds})[ \u00a0]+cũng(?:[ \u00a0]+\w+){{1,2}}[ \u00a0]+$", _FLAGS),
        verb_comparative=regex.compile(rf"(?<!\w){_pattern(ctx, 'comparative_verb', boundary=False)}\s+$", _FLAGS),
        compared_next=regex.compile(rf"[ \u00a0]*{_pattern(ctx, 'compared')}", _FLAGS),
        elided=regex.compile(rf"(?:[,;]|(?<!\w){_pattern(ctx, 'elided_open', boundary=False)})[ \u00a0]*$", _FLAGS),
        elided_subject=regex.compile(rf"[ \u00a0]+{_pattern(ctx, 'elided_subject')}", _FLAGS),
        coming=regex.compile(rf"(?<![\w/]){_pattern(ctx, 'coming', boundary=False)}(?![ \u00a0]*\d)(?!\w)", _FLAGS),
        elided_end=regex.compile(rf"[ \u00a0]*(?:[,;:.!?)]|$|{_pattern(ctx, 'elided_end')})", _FLAGS),
        respectively=regex.compile(_pattern(ctx, "respectively"), _FLAGS),
        group_subject=regex.compile(
            rf"^[ \u00a0]*(?:{_pattern(ctx, 'group_opener', boundary=False)}[ \u00a0]+)?"
            rf"{_pattern(ctx, 'group_subject')}|{_pattern(ctx, 'still_subject')}",
            _FLAGS,
        ),
        steady=regex.compile(
            rf"{_pattern(ctx, 'steady')}|(?<!\w){_pattern(ctx, 'steady_level', boundary=False)}[ ]?$", _FLAGS
        ),
        saving_subject=regex.compile(
            rf"(?<!\w)(?:{_pattern(ctx, 'not_saving_subject')}|(?P<s>{_pattern(ctx, 'saving_subject')}))(?!\w)", _FLAGS
        ),
    )


def _comparative(ctx: tuple[ContextEntry, ...]) -> regex.Pattern[str]:
    """A comparative adjective right before 'hơn', not closing a fixed phrase that names a thing ('doanh nghiệp vừa
    và nhỏ | hơn 48 tỷ đồng': 'hơn' hedges the amount) nor a verb of change ('thu hẹp hơn')."""
    comparative = (  # not after a verb of change: 'thu hẹp hơn 1,1 tỉ' is by more than
        rf"(?<!\w){_pattern(ctx, 'comparative', boundary=False)}"
        rf"(?<!(?<!\w){_pattern(ctx, 'change_verb', boundary=False)})\s+$"
    )
    fixed = _terms(ctx, "fixed_comparative")
    if not fixed:
        return regex.compile(comparative, _FLAGS)
    return regex.compile(rf"{comparative}(?<!(?<!\w){Termset(fixed).pattern(boundary=False)}\s+)", _FLAGS)


def _hedge_before(hedge: regex.Pattern[str], ctx: tuple[ContextEntry, ...]) -> regex.Pattern[str]:
    """The hedge before a number, none opening with the adjective that closes a fixed phrase ('doanh nghiệp vừa và
    nhỏ hơn 48 tỷ đồng' is 'hơn', no 'nhỏ hơn')."""
    fixed = _terms(ctx, "fixed_comparative")
    if not fixed:
        return hedge
    closing = []
    for term in sorted(fixed, key=len, reverse=True):
        *head, last = term.split()
        opening = r"[ \u00a0]+".join(regex.escape(w) for w in head)
        closing.append(rf"(?<=(?<!\w){opening}[ \u00a0]){regex.escape(last)}(?!\w)")
    return regex.compile(rf"(?!{'|'.join(closing)}){hedge.pattern}", hedge.flags)


def _adverb_inside(phr: tuple[PhraseEntry, ...]) -> regex.Pattern[str]:
    """An adverb of two syllables after a nominal head ('chủ yếu', 'đồng loạt'): no complement of the nominal."""
    adverbs = [t for t in _terms(phr, "preverb") if " " in t]
    return regex.compile(rf"[ \u00a0]+{Termset(adverbs).pattern()}", _FLAGS)


def _done_adverb(phr: tuple[PhraseEntry, ...]) -> regex.Pattern[str]:
    """'xã| cơ bản hoàn thành': an adverb (group ``adv``) between a place or household and a verb of completion."""
    return regex.compile(
        rf"{_pattern(phr, 'done_head')}(?P<adv>[ \u00a0]+{_pattern(phr, 'done_adverb')})"
        rf"[ \u00a0]+{_pattern(phr, 'done_verb')}",
        _FLAGS,
    )


@functools.cache
def vocab(dirs: tuple[Path, ...] = ()) -> Vocab:
    """Load the achievement vocabularies and compile their patterns."""
    qw = words(dirs)  # hedges, bounds and units as vnnews.quantity reads them
    ctx, phr, units = load("achievement_context", dirs), load("achievement_phrases", dirs), load("units", dirs)
    return Vocab(
        **_phrase_patterns(phr, dirs),
        **_placed_fields(ctx, phr),
        qualifier_kinds=qw.kinds,
        range_joins=_range_joins(dirs, phr),
        attributes=qw.attributes,
        qualifier_before=_hedge_before(qw.hedge, ctx),
        bound_after=qw.bound,
        unit_kinds={u.term.lower(): u.kind for u in units},
        units=qw.units,
        unit_after=qw.unit,
        money_noun=regex.compile(Termset([u.term for u in units if u.money]).pattern(), _FLAGS),
        money_talk=regex.compile(rf"{_pattern(ctx, 'money_talk_not')}|(?P<yes>{_pattern(ctx, 'money_talk')})", _FLAGS),
        currency_before=qw.currency_before,
        before_ends=last_words(_terms(ctx, "before")),
        named_ends=last_words(_terms(ctx, "named")),
        skip_before=regex.compile(rf"(?<!\w){_pattern(ctx, 'before', boundary=False)}\s+$", _FLAGS),
        named=regex.compile(rf"(?<!\w)(?P<n>(?-i:(?=\p{{Lu}})){_pattern(ctx, 'named', boundary=False)})\s+$", _FLAGS),
        incident=regex.compile(rf"(?<!\w){_pattern(ctx, 'incident', boundary=False)}\s+$", _FLAGS),
        people=regex.compile(Termset([*_terms(phr, "person"), *_terms(phr, "case")]).pattern(), _FLAGS),
        grade=regex.compile(rf"(?<!\w){_pattern(ctx, 'grade', boundary=False)}\s+$", _FLAGS),
        among=regex.compile(rf"(?<!\w){_pattern(ctx, 'among', boundary=False)}\s+$", _FLAGS),
        per_period=regex.compile(rf"(?<!\w){_pattern(ctx, 'per_period', boundary=False)}\s+$", _FLAGS),
        frequency=regex.compile(rf"[ \u00a0]+{_pattern(ctx, 'frequency')}", _FLAGS),
        duration_after=regex.compile(rf"\s+{_pattern(ctx, 'duration')}", _FLAGS),
        rate_period=regex.compile(rf"(?:{_pattern(ctx, 'duration')}|{_pattern(ctx, 'rate_period')})", _FLAGS),
        target=regex.compile(_pattern(ctx, "target"), _FLAGS),
        plan=regex.compile(_pattern(ctx, "plan"), _FLAGS),
        plan_needs=needed_words(_terms(ctx, "plan")),
        future=regex.compile(rf"[ \u00a0]+{_pattern(ctx, 'future')}", _FLAGS),
        comparative=_comparative(ctx),
        compared=regex.compile(_COMPARED_GAP + _pattern(ctx, "compared"), _FLAGS),
        stop=regex.compile(Termset([*_terms(phr, "stop"), *_predicates(phr), *_owners(phr)]).pattern(), _FLAGS),
        predicates=_predicates(phr),
        provinces=regex.compile(Termset(terms("people_places", dirs)).pattern(), _FLAGS),
        person_heads=tuple(_terms(phr, "person")),
        case_heads=tuple(_terms(phr, "case")),
        times_heads=tuple(_terms(phr, "times")),
        era_heads=tuple(_terms(ctx, "era")),
        anaphor=regex.compile(rf"[ \u00a0]+{_pattern(phr, 'anaphor')}", _FLAGS),
        anaphor_end=regex.compile(rf"{_pattern(phr, 'anaphor')}$", _FLAGS),
        preverb_end=regex.compile(rf"[ \u00a0]+{_pattern(phr, 'preverb')}$", _FLAGS),
        applied_end=regex.compile(rf"[ \u00a0]+{_pattern(phr, 'applied')}$", _FLAGS),
        order_next=regex.compile(
            rf"{_pattern(phr, 'order')}[ \u00a0]+(?:{_pattern(phr, 'ordinal')}|\d+(?![\d\p{{L}}]))", _FLAGS
        ),
        adverb_inside=_adverb_inside(phr),
        done_adverb=_done_adverb(phr),
        subject_before=regex.compile(rf"(?:^|[,;:(]|(?<!\w){_pattern(phr, 'subject', boundary=False)})\s*$", _FLAGS),
        aspect_before=regex.compile(rf"(?<!\w){_pattern(phr, 'aspect', boundary=False)}\s+$", _FLAGS),
        agent_before=regex.compile(rf"(?<!\w){_pattern(phr, 'agent', boundary=False)}\s+$", _FLAGS),
        locative=regex.compile(rf"(?<!\w){_pattern(ctx, 'locative', boundary=False)}\s+$", _FLAGS),
        property=regex.compile(rf"(?<!\w){_pattern(ctx, 'property', boundary=False)}\s+$", _FLAGS),
        multiple=regex.compile(rf"(?<!\w){_pattern(ctx, 'multiple', boundary=False)}\s+(?:\w+\s+)?$", _FLAGS),
        hedges=_hedges(ctx, dirs),
    )
