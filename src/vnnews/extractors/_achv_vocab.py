"""Vocabularies and compiled patterns for the achievements extractor, built once per lexicon folders."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from ..lexicon import load, terms_pattern
from ..models import QualifierKind
from ._award_patterns import AwardEntry

_FLAGS = regex.IGNORECASE | regex.VERBOSE


class QualifierEntry(BaseModel):
    """One entry of ``qualifiers.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    term: str
    kind: QualifierKind


class UnitEntry(BaseModel):
    """One entry of ``units.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    term: str
    kind: Literal["percent", "currency", "measure"]
    noun: bool = False  # also a counted noun that takes a complement ('5 mẫu phân bón': samples)


class ContextEntry(BaseModel):
    """One entry of ``achievement_context.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    term: str
    kind: Literal["before", "duration", "target", "per_period", "frequency", "named", "among", "grade", "incident"]


class PhraseEntry(BaseModel):
    """One entry of ``achievement_phrases.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    term: str
    kind: Literal[
        "stop",
        "list",
        "join",
        "award",
        "recipient",
        "action",
        "org",
        "word",
        "person",
        "case",
        "lone",
        "titled",
        "times",
        "pair",
        "closer",
        "anaphor",
    ]


@dataclass(frozen=True)
class Vocab:
    """Every pattern the extractor matches with (compiled once per ``lexicon_dirs``)."""

    qualifier_kinds: dict[str, QualifierKind]
    qualifier_before: regex.Pattern[str]  # hedge right before the number: 'trên '
    unit_kinds: dict[str, str]
    noun_units: frozenset[str]  # measures that are also nouns: read with what follows ('mẫu phân bón')
    unit_after: regex.Pattern[str]  # measure/currency/percent right after the number
    skip_before: regex.Pattern[str]  # 'ngày ', 'Dự án ', 'lần thứ '
    named: regex.Pattern[str]  # 'Ban Chỉ đạo ': a capitalised body noun naming the number after it
    among: regex.Pattern[str]  # 'trong số ': a 'before' word used as a plain noun
    incident: regex.Pattern[str]  # 'vụ ': a 'before' word that with people after it names a case ('vụ 7 bệnh nhân')
    people: regex.Pattern[str]  # person and case nouns ('người', 'bệnh nhân', 'trường hợp')
    grade: regex.Pattern[str]  # 'cấp ': before one spelled number word, a level ('nhà cấp bốn')
    pair: regex.Pattern[str]  # 'bên', 'nước': after one spelled number word, a known pair ('hai bên')
    duration_after: regex.Pattern[str]  # ' năm', ' tuổi'
    per_period: regex.Pattern[str]  # 'mỗi ngày ', 'trong ngày ': a time word before a count, not a date
    frequency: regex.Pattern[str]  # ' lần', ' bữa': after a per_period word the number is a rate ('mỗi ngày 2 lần')
    target: regex.Pattern[str]
    stop: regex.Pattern[str]
    closer: regex.Pattern[str]  # 'ngoài', 'tăng': a stop that may end a word begun before it ('nước ngoài')
    list_noun: regex.Pattern[str]
    join: regex.Pattern[str]  # 'và': joins two list nouns into one unit
    award: regex.Pattern[str]
    recipient: regex.Pattern[str]
    action: regex.Pattern[str]
    org: regex.Pattern[str]  # 'Công ty': a capitalised organisation noun may open a unit ('1 Công ty TNHH')
    word: regex.Pattern[str]  # 'giấy chứng nhận': a noun holding a stop word, kept whole
    person_heads: tuple[str, ...]  # 'người', 'nạn nhân': one counted group of people, for repeats
    lone: regex.Pattern[str]  # nouns a lone number word counts: 'Hai đơn vị là ...'
    case_heads: tuple[str, ...]  # 'trường hợp', 'ca': the same, in a weaker wording
    titled: regex.Pattern[str]  # capitalised nouns counting people: '37 Anh hùng Lao động', '125 Mẹ'
    anaphor: regex.Pattern[str]  # ' nơi đây', ' trên' right after a count: it refers to one told before
    anaphor_end: regex.Pattern[str]  # the same word closing the unit ('đối tượng trên')
    times_heads: tuple[str, ...]  # 'lần': counts of occurrences, one fact per value whatever follows


def _terms(entries: tuple[ContextEntry | PhraseEntry, ...], kind: str) -> list[str]:
    return [e.term for e in entries if e.kind == kind]


@functools.cache
def vocab(dirs: tuple[Path, ...] = ()) -> Vocab:
    """Load the achievement vocabularies and compile their patterns."""
    quals: tuple[QualifierEntry, ...] = load("qualifiers", QualifierEntry, dirs)
    units: tuple[UnitEntry, ...] = load("units", UnitEntry, dirs)
    ctx: tuple[ContextEntry, ...] = load("achievement_context", ContextEntry, dirs)
    phr: tuple[PhraseEntry, ...] = load("achievement_phrases", PhraseEntry, dirs)
    awards: tuple[AwardEntry, ...] = load("awards", AwardEntry, dirs)
    honorary = [a.term for a in awards if a.honorary]  # titles people hold, counted as people
    # '%' has no word boundary; the other units must not run into a following letter.
    qual_terms = terms_pattern([q.term for q in quals], boundary=False)
    unit_terms = terms_pattern([u.term for u in units if u.term != "%"], boundary=False)
    named_terms = terms_pattern(_terms(ctx, "named"), boundary=False)
    return Vocab(
        qualifier_kinds={q.term.lower(): q.kind for q in quals},
        qualifier_before=regex.compile(rf"(?<!\w)(?P<q>{qual_terms})\s+$", _FLAGS),
        unit_kinds={u.term.lower(): u.kind for u in units},
        noun_units=frozenset(u.term.lower() for u in units if u.noun),
        unit_after=regex.compile(
            rf"""(?P<pre>[ \u00a0]?)(?P<u>%|{unit_terms}(?!\w))   # '%', ' ha', 'kg', ' triệu đồng' (after scale)""",
            _FLAGS,
        ),
        skip_before=regex.compile(rf"(?<!\w){terms_pattern(_terms(ctx, 'before'), boundary=False)}\s+$", _FLAGS),
        named=regex.compile(rf"(?<!\w)(?P<n>(?-i:(?=\p{{Lu}})){named_terms})\s+$", _FLAGS),  # capital first
        incident=regex.compile(rf"(?<!\w){terms_pattern(_terms(ctx, 'incident'), boundary=False)}\s+$", _FLAGS),
        people=regex.compile(terms_pattern([*_terms(phr, "person"), *_terms(phr, "case")]), _FLAGS),
        grade=regex.compile(rf"(?<!\w){terms_pattern(_terms(ctx, 'grade'), boundary=False)}\s+$", _FLAGS),
        pair=regex.compile(terms_pattern(_terms(phr, "pair")), _FLAGS),
        among=regex.compile(rf"(?<!\w){terms_pattern(_terms(ctx, 'among'), boundary=False)}\s+$", _FLAGS),
        per_period=regex.compile(rf"(?<!\w){terms_pattern(_terms(ctx, 'per_period'), boundary=False)}\s+$", _FLAGS),
        frequency=regex.compile(rf"[ \u00a0]+{terms_pattern(_terms(ctx, 'frequency'))}", _FLAGS),
        duration_after=regex.compile(rf"\s+{terms_pattern(_terms(ctx, 'duration'))}", _FLAGS),
        target=regex.compile(terms_pattern(_terms(ctx, "target")), _FLAGS),
        stop=regex.compile(terms_pattern(_terms(phr, "stop")), _FLAGS),
        closer=regex.compile(terms_pattern(_terms(phr, "closer")), _FLAGS),
        list_noun=regex.compile(terms_pattern(_terms(phr, "list")), _FLAGS),
        join=regex.compile(terms_pattern(_terms(phr, "join")), _FLAGS),
        award=regex.compile(terms_pattern(_terms(phr, "award")), _FLAGS),
        recipient=regex.compile(terms_pattern(_terms(phr, "recipient")), _FLAGS),
        action=regex.compile(terms_pattern(_terms(phr, "action")), _FLAGS),
        org=regex.compile(terms_pattern(_terms(phr, "org")), _FLAGS),
        word=regex.compile(terms_pattern(_terms(phr, "word")), _FLAGS),
        person_heads=tuple(_terms(phr, "person")),
        lone=regex.compile(terms_pattern(_terms(phr, "lone")), _FLAGS),
        case_heads=tuple(_terms(phr, "case")),
        titled=regex.compile(terms_pattern([*honorary, *_terms(phr, "titled")]), _FLAGS),
        times_heads=tuple(_terms(phr, "times")),
        anaphor=regex.compile(rf"[ \u00a0]+{terms_pattern(_terms(phr, 'anaphor'))}", _FLAGS),
        anaphor_end=regex.compile(rf"{terms_pattern(_terms(phr, 'anaphor'))}$", _FLAGS),
    )
