"""What an entry of each vocabulary file holds: one model per file, registered by the file's name.

Every entry has a ``term``; files whose entries say more (a kind, a value, a flag) have a model
that adds those keys. An entry is written either as a plain string, which stands for
``{term: ...}``, or as a mapping with exactly the keys its model declares: a misspelled key, a
missing ``term``, a bare number or an empty entry fails validation. :data:`REGISTRY` is the only
place that says which file uses which model; :func:`vnnews.lexicon.load` reads through it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ._sense_kinds import SenseKind
from .models import QualifierKind


class Entry(BaseModel):
    """A plain term (``- Phó Bí thư`` or ``- {term: Phó Bí thư}``); the models below add keys to it."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
    term: str = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _plain_string(cls, data: object) -> object:
        """A plain string is the term alone; anything but a string or a mapping is no entry."""
        if isinstance(data, str):
            return {"term": data}
        if isinstance(data, (dict, Entry)):
            return data
        raise ValueError(f"an entry is a term or a mapping with a 'term', not {type(data).__name__} {data!r}")


# ---- people -------------------------------------------------------------------------------------


class OrgHead(Entry):
    """``people_org_heads.yaml``: a body's head word; ``brand``: a firm's, foreign words after it are its brand."""

    brand: bool = False


class Namer(Entry):
    """``people_namers.yaml``: a word after which a capitalised run is a place; closed ones keep small words."""

    closed: bool = False


class NameStop(Entry):
    """``people_name_stops.yaml``: a word that opens the next sentence, maybe only before a number or a noun."""

    before_number: bool = False
    preposition: bool = False


CueKind = Literal[
    "before", "after", "after_number", "after_with_number", "in_parens", "speech", "not_speech", "foreign", "plural",
    "meeting", "relation", "bodies",
]


class Cue(Entry):
    """``people_cues.yaml``: words around a name that make it a person's."""

    kind: CueKind


class PeopleUnit(Entry):
    """``people_units.yaml``: a sub-unit a post heads, the larger body it belongs to, a word the body acts by, or a
    department's own name that is no owner ("phòng Thanh tra")."""

    kind: Literal["unit", "body", "act", "copula", "role_verb", "report", "name"]


class Appointment(Entry):
    """``people_appointments.yaml``: the words of an appointment ('được bầu giữ chức')."""

    kind: Literal["lead", "by", "verb", "office", "to", "term", "period", "sequence", "past", "not_past"]


class GrammarWord(Entry):
    """``people_grammar_words.yaml``: a small word of the grammar around posts and names (a delegate's, a vacancy's,
    a plural's, a rank's or time's before a number, a list's)."""

    kind: Literal[
        "delegate", "vacancy", "plural", "ranked", "leaders", "list_join", "prefixed_surname", "committee", "firm_form",
        "delegation", "aide", "report", "sequence", "sequence_verb", "dotted_post",
        "span", "edition", "edition_event", "managed_unit", "prevention_target", "home_country",  # tidy36
        "task_body", "task_review", "task_verb", "task_document", "task_programme",
        "name_particle", "comma_pair", "seat_body", "edition_ordinal", "agency_credit", "person_noun", "name_verb",
        "running_term", "republic_abbrev", "member_role", "meeting", "state_form",  # tidy30; pglue30; pdev32
        "meeting_post", "firm_head", "superior_office", "foreign_surname", "address_title", "address_word",
        "unit_lead", "head_lead",  # tidy38
        "state_head", "union_head",  # peopleK40
    ]


# ---- numbers and achievements -------------------------------------------------------------------

WordKind = Literal[
    "digit", "late_digit", "zero", "ten", "tens", "hundred", "link", "half", "scale", "vague", "few", "not_sign",
    "compound",
]


class NumberWord(Entry):
    """``numbers.yaml``: a number word, its value and how it combines."""

    value: Decimal
    kind: WordKind
    ambiguous: bool = False  # alone, usually not a number ('năm' = year)
    per: bool = False  # alone after a scale, 'per' before what it shares out: '500 ngàn một em' (no 500.001)


class QualifierEntry(Entry):
    """``qualifiers.yaml``: a hedge before a number ('trên', 'gần'), or a bound after it ('trở lên')."""

    kind: QualifierKind
    after: bool = False  # a bound written after the amount: 'từ 60 tuổi trở lên'
    attribute: bool = False  # also an adjective after a property noun: 'công suất tối đa' (maximum power)
    range_end: bool = False  # may hedge a range's upper end: 'khoảng 1,5m đến hơn 2m'
    group: bool = False  # bounds a group in a clause defining it: 'những người ăn nhiều hơn 3 khẩu phần'
    start: bool = False  # a start point, a hedge only with no end after: 'giá từ 15.000 USD' is at least
    measured: bool = False  # a hedge only before money or a measure: 'hoàn thành vượt mức 15/18 chỉ tiêu' is none
    only_before: tuple[str, ...] = ()  # the only units it hedges: 'vượt 100 mm' is more; 'vượt 300 hải lý' crosses
    planned: tuple[str, ...] = ()  # right after the amount, a plan passed: no hedge ('vượt mốc ... đề ra')
    plan_stops: tuple[str, ...] = ()  # words a plan after the amount is no longer its figure past: 'và', 'đạt'
    faults: tuple[str, ...] = ()  # a fault a few words before: the things after the word are where it is
    surfaces: tuple[str, ...] = ()  # heads of a surface: before a count of one the word is 'on' ('mã trên 2 sàn')
    on_after: tuple[str, ...] = ()  # what is on a surface, a few words before: 'mã' ('mã trên 2 sàn')
    fault_sites: tuple[str, ...] = ()  # heads a fault is on: 'chiếc' ('lỗi cửa sổ trời trên 47 chiếc Audi Q5')
    compared: bool = False  # with 'so với' after the amount, a difference: 'nhiều hơn 3 bàn so với mùa trước'
    differs: tuple[str, ...] = ()  # unit kinds an adjective before makes a difference: 'sáng hơn 30%'
    levels: tuple[str, ...] = ()  # before the adjective, a level or share, no difference: 'tỷ lệ ... cao hơn 92%'
    restated: tuple[str, ...] = ()  # after the amount, a restatement that makes money a difference: ', tức là'
    contrasts: tuple[str, ...] = ()  # conjunctions a 'so với' after them no longer compares: 'nhưng'
    places: tuple[str, ...] = ()  # words right before it that make it a place: 'vòng quanh 3 km' (around)


class UnitEntry(Entry):
    """``units.yaml``: a measure, currency or percent after a number (some currencies also before it)."""

    kind: Literal["percent", "currency", "measure"]
    noun: bool = False  # also a counted noun that takes a complement ('5 mẫu phân bón': samples)
    before: bool = False  # a currency also written in front of the number: '$15', 'USD 15'
    canonical: str | None = None  # the unit reported for a symbol: '$' -> 'USD'
    money: bool = False  # a noun meaning money, no currency written: '5 triệu tiền thuốc' is in đồng (canonical)
    sum: bool = False  # a currency word also a noun ('bảng'): money for a sum only; '4 bảng rổ' counts boards
    cased: bool = False  # matches its case only, as one letter does: 'Rs' is rupees, 'RS' a trim ('Civic 1.5 RS')
    any_case_after: tuple[str, ...] = ()  # a cased unit in any case after these words: '4.80 lakh RS' is rupees
    goods: bool = False  # a measure goods are weighed or poured in: 'cho 1 kg ghẹ' is 1 kg bought, no rate's base


class ContextEntry(Entry):
    """``achievement_context.yaml``: words around a number that say what it is (a date, a target...)."""

    kind: Literal[
        "before", "duration", "target", "plan", "per_period", "frequency", "named", "among", "grade", "incident",
        "out_of",  # tidy30 (_achv_outof)
        "comparative", "compared", "future", "multiple", "locative", "property", "era", "priced", "spoken",
        "options", "chooser", "place_prep",
        "class_percent", "class_measure", "class_count", "signed_class", "quoted_name", "one_of", "member",
        "turn", "hyperbole", "named_group", "every", "not_every", "idiom", "not_class", "class_format",
        "format_head", "quoted_label", "every_then", "plate_word", "start_end", "negator", "not_negator", "start_level",
        "not_start_level", "start_far",
        "rank", "rank_move", "rank_verb", "class_parts", "part_head", "not_rank", "rank_slip",
        "same", "apposed", "pair_owner", "pair_noun", "far", "bare_people",
        "members_copula", "members_plan", "members_done",  # ach24b, mend24b
        "named_person", "named_opener",  # told30
        # names15b
        "org_head", "relative", "id_list", "org_stop",
        # mend15r
        "apposed_frame", "apposed_verb", "pair_not_owner", "audience", "audience_noun",
        "nation_idiom",  # mend22b
        # mend15t
        "apposed_class",
        # hedge16
        "comparative_verb", "elided_open", "elided_subject", "coming",
        # mend16h
        "elided_end", "respectively",
        # mend16h2
        "saving_subject", "not_saving_subject",
        # ach20b
        "told_after", "regroup", "regroup_after",
        # mend20b
        "posture",
        # ach24a: numbers inside an event's or a programme's name
        "event_before", "event_not", "event_distance", "event_after", "programme", "programme_not", "programme_passive",
        "programme_done", "event_sport", "placing_near", "placing_surface", "placing_not",  # mend24a
        "surface", "placing", "whole_counter", "home_currency",
        # reread: who is compared, and a price held
        "group_subject", "group_opener", "still_subject", "steady", "steady_level",
        "dated", "programme_answered",  # ach26d
        "fixed_comparative", "money_talk", "money_talk_not", "change_verb",  # ach26c, mend26c, ach26f
        "colon_name", "colon_deed", "rate_period",  # ach29d, mendD29, achG30
        "rate_over", "rate_over_not", "sample_unit", "land_near",  # achH30
        "vague_length", "vague_close", "vague_times", "thought", "thought_place",  # nofactC38 (_achv_figures)
        "pair_body", "pair_members", "pair_body_not", "deed_give", "vague_built", "pair_between",  # mendC38
    ]


class PhraseEntry(Entry):
    """``achievement_phrases.yaml``: where a counted noun phrase ends, and the nouns it may hold."""

    kind: Literal[
        "stop", "list", "join", "action", "org", "word", "person", "case", "lone", "titled",
        "times", "pair", "closer", "opener", "anaphor", "nominal", "nonaction", "particle", "barrier", "head", "size",
        "subject", "aspect", "preverb", "predicate", "noun_stop", "occasion_stop", "whole", "agent", "pronoun",
        "occasion", "brand", "place", "governs", "class", "speech",
        "level", "level_people",  # ach24a, mend24a
        "kinds", "dashed", "kinds_not",  # ach26b, mend26b
        "order", "ordinal", "applied",  # ach26c
        "done_adverb", "done_head", "done_verb",  # mend26f: '20 xã | cơ bản hoàn thành'
        "sibling", "counter", "resultative",  # achB28: 'vận động viên nam, nữ', 'dự án chăn nuôi, trồng trọt'
        "actor", "activity", "open_predicate",  # mendB28: '120 giáo viên dạy lớp ghép', '3.500 người thụ hưởng'
        "agent_suffix", "locale", "ethnic_before", "agent_frame",  # achF29: 'tuyên truyền viên', 'nhà | ở thôn'
        "list_term", "at_place", "owner_opener", "range_top",  # achF29, achH30 ('đến | cao nhất là | 1 triệu')
        "ethnic_counted", "cut_count",  # r30b: '3 dân tộc | Kinh, Khmer', mendD34: 'có 1 m' ending an excerpt
        "represents",  # unitR38: '1.700 đại biểu | đại diện chính phủ, doanh nghiệp'
        "body_verb",  # unitK40: '15 xã | tổ chức lễ ra quân', '11 đơn vị | tổ chức Đại hội'
        "body_head",  # unitL40: '6 cơ sở kinh doanh | vi phạm quy định'
        "owner_clause", "owner_next", "works_verb",  # unitL40: '| gia đình phải bón', 'cải tạo, xây mới'
    ]


class SenseEntry(Entry):
    """``achievement_sense.yaml``: words around an amount that make it state no result ('nếu', 'mức phạt')."""

    kind: SenseKind
    reach: int | None = None  # own_rule: most words between the term (or its chain's last amount) and the amount


SpecKind = Literal[
    "type_head", "type_join", "type_code", "drive", "code_head", "not_code", "model_head",
    "bench_start", "bench_verb", "bench_unit", "bench_time", "bench_within", "bench_spend", "bench_for", "dimension",
]


class SpecEntry(Entry):
    """``achievement_specs.yaml``: spec sheets' words around a number naming a type, a code or a test, no amount."""

    kind: SpecKind
    words: tuple[str, ...] = ()  # type_head: the words after the number that make it the head's type ('động cơ 4 kỳ')


# ---- awards -------------------------------------------------------------------------------------


class AwardEntry(Entry):
    """``awards.yaml``: one award name (``{N}`` stands for a number inside it)."""

    kind: str
    needs_name: bool = False
    generic: bool = False
    needs_count: bool = False
    cased: bool = False
    named: bool = False
    honorary: bool = False
    carried: bool = False  # names an award only after one of its kind: '(Huy hiệu Đảng ...) 30 năm tuổi Đảng'
    ends_item: bool = False  # only where a list item ends after it: '1 đồng chí 45 năm, ...', not '5 năm liền'
    commendation: bool = False  # praise with no award named: 'tuyên dương', 'biểu dương'
    not_after: tuple[str, ...] = ()  # words that make it part of another word before it: 'tặng thưởng', 'tiền thưởng'
    not_before: tuple[str, ...] = ()  # words that make it part of another word after it: 'thưởng Tết' is a bonus
    given_before: tuple[str, ...] = ()  # verbs giving an award named after them, which takes the count instead
    not_in_clause: tuple[str, ...] = ()  # words later in its clause that make it a wage bonus: 'dịp cuối năm'
    yields: bool = False  # dropped for a named award the same count won: 'thưởng cho 25 học sinh đạt giải cấp tỉnh'
    paid_to: tuple[str, ...] = ()  # workers later in its clause who, with a sum in đồng there, are paid a bonus


class RecipientEntry(Entry):
    """``recipients.yaml``: one recipient noun."""

    kind: Literal["collective", "individual", "other"] = "other"
    place: bool = False  # a place whose bodies are counted: 'cho Hội LHPN 08 tỉnh/thành' (tidy30, was body_place)


WordRole = Literal[
    "grade", "level", "issuer_head", "stop", "give", "receive", "link", "opener", "on_behalf", "ordinal", "modifier",
    "plural", "adverb", "follow", "ceremony", "win", "anaphor", "praise", "date", "class", "companion", "filler",
    "modal", "unwon", "realis", "propose", "not_after", "measure", "pool", "breakdown", "hedge", "range", "opening",
    "receiver_link", "receiver_mark", "decide", "gift_money", "occasion", "vetted", "praised", "taking_part",
    "gathering", "own_family", "contest", "total", "given_to", "score", "holiday", "paper",  # prize30; achK32
    "anaphor_head", "then", "of", "confer", "confer_link", "merit", "with_link", "case_noun",  # achP32 .. kindR38
    "win_before",  # awardL40
]


class WordEntry(Entry):
    """``award_words.yaml``: one framing word and its role."""

    role: WordRole


#: Every vocabulary file (``vnnews/data/<name>.yaml``, or a user's file of the same name) and its entry model.
REGISTRY: dict[str, type[Entry]] = {
    # people: plain term lists, then the files whose entries say more
    **dict.fromkeys(
        (
            "positions", "organisations", "honorifics", "ranks", "degrees", "surnames", "people_loose_surnames",
            "people_org_words", "people_places", "people_towns", "people_role_heads", "people_staff_posts",
            "people_tail_stops", "people_post_modifiers", "counter_results", "people_posted_abroad", "people_countries",
            "ethnic_groups",
        ),
        Entry,
    ),
    "people_org_heads": OrgHead,
    "people_namers": Namer,
    "people_name_stops": NameStop,
    "people_cues": Cue,
    "people_appointments": Appointment,
    "people_units": PeopleUnit,
    "people_grammar_words": GrammarWord,
    # numbers and achievements
    "numbers": NumberWord,
    "qualifiers": QualifierEntry,
    "units": UnitEntry,
    "achievement_context": ContextEntry,
    "achievement_phrases": PhraseEntry,
    "achievement_sense": SenseEntry,
    "achievement_specs": SpecEntry,
    # awards
    "awards": AwardEntry,
    "recipients": RecipientEntry,
    "award_words": WordEntry,
}
