"""Numbers of spec sheets that name a type, a code, a model or a test, no amount (read by :mod:`._achv_names`).

A count that names its head's type ('động cơ 4 kỳ', 'dây đai an toàn 4 điểm', 'xe máy 4 bánh ATV', 'cầu sau hoặc 4
bánh 4MATIC'), an engine code opening with a digit ('động cơ 2 NR-FE'), a model line's number ('các dòng 911 khác')
and the speed of an acceleration test ('từ 0 lên 200 km/h trong 5,3 giây': the time is the fact) count nothing.
Words come from ``achievement_specs.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ..numbers import NumberMatch
from ._achv_vocab import Vocab

#: Characters of the sentence before the number searched for a head, a join or a test's start.
REACH = 60
_SPACE = r"[ \u00a0]+"
# A code in capitals, maybe with digits and joined by '-' ('NR-FE', '4MATIC', 'ATV'), no word in capitals after it.
_CODE = r"(?-i:[\d\p{Lu}]*\p{Lu}{2,}[\d\p{Lu}]*(?:-[\p{L}\d]+)*)(?![\p{L}\p{M}\d])"


@dataclass(frozen=True)
class Specs:
    """achievement_specs.yaml compiled."""

    type_head: regex.Pattern[str]  # 'động cơ ', 'động cơ 2 hoặc ' closing the text before the number
    type_words: dict[str, frozenset[str]]  # a head, lowered, and the words after the count that name its type
    type_word: regex.Pattern[str]  # ' kỳ' right after the number
    drive: regex.Pattern[str]  # ' bánh toàn thời gian', ' bánh 4MATIC' right after the number
    code_head: regex.Pattern[str]  # 'động cơ ' closing the text before the number
    code: regex.Pattern[str]  # ' NR-FE' right after the number
    not_code: regex.Pattern[str]  # ' HP' right after the number: a measure in capitals, no code
    model_head: regex.Pattern[str]  # 'các dòng ' closing the text before the number
    bench_start: regex.Pattern[str]  # 'từ 0 lên ' closing the text before the number
    bench_verb: regex.Pattern[str]  # 'tăng tốc lên ' closing the text before the number
    bench_unit: regex.Pattern[str]  # ' km/h' right after the number
    bench_within: regex.Pattern[str]  # ' trong 4,5 giây' right after the speed: its time
    bench_spent: regex.Pattern[str]  # 'mất khoảng 4,5 giây để ' closing the text before the bench_verb
    bench_converted: regex.Pattern[str]  # 'từ 0 – 124 mph (~ ' closing the text: the bench's speed converted


@functools.cache
def specs(dirs: tuple[Path, ...] = ()) -> Specs:
    """The patterns of achievement_specs.yaml, compiled once per lexicon folders."""
    entries = load("achievement_specs", dirs)

    def terms(kind: str) -> str:
        return Termset([e.term for e in entries if e.kind == kind]).pattern(boundary=False)

    def at_end(kind: str, tail: str = "") -> regex.Pattern[str]:
        return regex.compile(rf"(?<![\p{{L}}\p{{M}}\d])(?P<h>{terms(kind)}){tail}{_SPACE}$", regex.IGNORECASE)

    def after(body: str) -> regex.Pattern[str]:
        return regex.compile(rf"{_SPACE}(?P<w>{body})(?![\p{{L}}\p{{M}}\d])", regex.IGNORECASE)

    heads = [e for e in entries if e.kind == "type_head"]
    # a time: maybe two hedge words ('khoảng', 'chưa đầy'), a number and its unit ('4,5 giây')
    hedged = rf"(?:{_SPACE}[\p{{L}}\p{{M}}]+){{0,2}}?"
    time = rf"{hedged}{_SPACE}\d[\d.,]*[ \u00a0]*(?:{terms('bench_time')})(?![\p{{L}}\p{{M}}])"
    joined = rf"(?:{_SPACE}\d+(?:[.,]\d+)?[ \u00a0]*(?:{terms('type_join')}))?"
    return Specs(
        type_head=at_end("type_head", joined),
        type_words={" ".join(e.term.lower().split()): frozenset(w.lower() for w in e.words) for e in heads},
        type_word=after(Termset([w for e in heads for w in e.words]).pattern(boundary=False)),
        drive=regex.compile(
            rf"{_SPACE}(?:{terms('type_code')}){_SPACE}(?:{terms('drive')})(?![\p{{L}}\p{{M}}\d])", regex.IGNORECASE
        ),
        code_head=at_end("code_head"),
        code=regex.compile(rf"{_SPACE}{_CODE}"),
        not_code=regex.compile(rf"{_SPACE}(?:{terms('not_code')})(?![\p{{L}}\p{{M}}\d])", regex.IGNORECASE),
        model_head=at_end("model_head"),
        bench_start=at_end("bench_start"),
        bench_verb=at_end("bench_verb"),
        bench_unit=regex.compile(rf"[ \u00a0]*(?:{terms('bench_unit')})(?![\p{{L}}\p{{M}}\d])", regex.IGNORECASE),
        # ... and the time closes its clause: 'tăng tốc lên 80 km/h trong 3 giây trước khi tông vào' is a speed driven
        bench_within=regex.compile(
            rf"[ \u00a0]*,?{_SPACE}(?:{terms('bench_within')}){time}(?=[ \u00a0]*(?:[,.;:!?)\n]|$))", regex.IGNORECASE
        ),
        bench_spent=regex.compile(
            rf"(?:(?<![\p{{L}}\p{{M}}])(?:{terms('bench_spend')}){time}(?:{_SPACE}(?:{terms('bench_for')}))?"
            rf"|{time}{_SPACE}(?:{terms('bench_for')})){_SPACE}$",
            regex.IGNORECASE,
        ),
        bench_converted=regex.compile(
            rf"(?:(?<![\p{{L}}\p{{M}}\d])(?:{terms('bench_start')})|(?<![\d.,])0[ \u00a0]*[-–])[ \u00a0]*\d[\d.,]*"
            rf"[ \u00a0]*(?:{terms('bench_unit')})[ \u00a0]*\([ \u00a0]*(?:(?:~|[\p{{L}}\p{{M}}]+)[ \u00a0]*)?$",
            regex.IGNORECASE,
        ),
    )


def names_spec(text: str, num: NumberMatch, whole: str, end: int, v: Vocab, dirs: tuple[Path, ...] = ()) -> bool:
    """The number names a type, a code, a model or a test in a spec sheet: no amount. ``whole`` is the sentence
    before it, ``end`` the sentence's end.

    >>> t = "trang bị động cơ 2 hoặc 4 kỳ với dung tích 50 cc"
    >>> from ._achv_vocab import vocab
    >>> names_spec(t, NumberMatch(24, 25, 4, False, False), t[:24], len(t), vocab())
    True
    >>> t = "Hội đã trao 4 điểm sáng và 2 xe lăn"
    >>> names_spec(t, NumberMatch(12, 13, 4, False, False), t[:12], len(t), vocab())
    False
    """
    s, near = specs(dirs), whole[-REACH:]
    if s.bench_unit.match(text, num.end, end) and s.bench_converted.search(near):
        return True  # 'từ 0 – 124 mph (~ 199,55 km/h) chỉ dưới 8 giây': the bench's speed in other units, its name
    if num.approximate or num.spelled:
        return False
    head = s.type_head.search(near)
    word = s.type_word.match(text, num.end, end) if head else None
    if head and word and word["w"].lower() in s.type_words.get(" ".join(head["h"].lower().split()), ()):
        return True  # 'động cơ 4 kỳ', 'dây đai an toàn 4 điểm', 'động cơ 2 hoặc 4 kỳ'
    if s.drive.match(text, num.end, end):
        return True  # '4 bánh toàn thời gian', '4 bánh 4MATIC', 'xe máy 4 bánh ATV'
    measured = v.unit_after.match(text, num.end, end) is not None or s.not_code.match(text, num.end, end) is not None
    if s.code_head.search(near) and s.code.match(text, num.end, end) and not measured:
        return True  # 'động cơ 2 NR-FE': an engine code; not 'động cơ 2 HP' (a measure)
    if s.model_head.search(near) and not measured:
        return True  # 'các dòng 911 khác': a model line; not 'ngược dòng 20 km' (a way)
    return _bench(text, num, near, end, s)


def _bench(text: str, num: NumberMatch, near: str, end: int, s: Specs) -> bool:
    """The speed of an acceleration test: after 'từ 0 lên' ('từ 0 lên 200 km/h trong 5,3 giây'), or after 'tăng tốc
    lên' with a time tied to it ('tăng tốc lên 100 km/h trong 4,5 giây', 'mất 4,5 giây để tăng tốc lên 100 km/h'); a
    speed reached with no time tied to it is one ('tàu tăng tốc lên 120 km/h sau 30 giây rời ga')."""
    unit = s.bench_unit.match(text, num.end, end)
    if unit is None:
        return False
    if s.bench_start.search(near):
        return True
    verb = s.bench_verb.search(near)
    if verb is None:
        return False
    return bool(s.bench_within.match(text, unit.end(), end) or s.bench_spent.search(near[: verb.start()]))


# The size's 'x' and number before its last length ('3 dài x 2 rộng x | 1,5 cao m').
_LAST = regex.compile(r"[x×][ \u00a0]*\d[\d.,]*$")


@functools.cache
def _dimension(dirs: tuple[Path, ...] = ()) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A length's word, then 'x' and the size's other numbers, each maybe with its word, up to its measure; and the
    last length's word right before the measure."""
    words = Termset([e.term for e in load("achievement_specs", dirs) if e.kind == "dimension"]).pattern(boundary=False)
    other = rf"[ \u00a0]*[x×][ \u00a0]*\d[\d.,]*(?:{_SPACE}(?:{words})(?![\p{{L}}\p{{M}}]))?"
    last = rf"{_SPACE}(?P<w>{words})(?![\p{{L}}\p{{M}}])[ \u00a0]*\(?"
    sized = rf"{_SPACE}(?P<w>{words}){other}(?:{other})*[ \u00a0]*\(?"
    return regex.compile(sized, regex.IGNORECASE), regex.compile(last, regex.IGNORECASE)


def dimension(text: str, pos: int, end: int, v: Vocab, dirs: tuple[Path, ...] = ()) -> tuple[int, int, str] | None:
    """A length of a size 'L x W x H' with its measure at the end, after a number ending at ``pos``: the span of its
    word and the measure's name ('3.495 dài x 1.595 rộng x 1.480 mm': 'dài', 'mm'), else None.

    >>> from ._achv_vocab import vocab
    >>> t = "3.495 dài x 1.595 rộng x 1.480 mm"
    >>> dimension(t, 5, len(t), vocab()), dimension(t, 17, len(t), vocab()), dimension("2 cao x 3 lần", 1, 13, vocab())
    ((6, 9, 'mm'), (18, 22, 'mm'), None)
    >>> t = "3 dài x 2 rộng x 1,5 cao (m)"
    >>> dimension(t, 20, len(t), vocab()), dimension("rộng 1,5 cao m", 8, 14, vocab())
    ((21, 24, 'm'), None)
    """
    sized, last = _dimension(dirs)
    size = sized.match(text, pos, end)
    if size is None and _LAST.search(text[max(0, pos - 20) : pos]):
        size = last.match(text, pos, end)  # '3 dài x 2 rộng x 1,5 cao m': the last length
    unit = v.unit_after.match(text, size.end(), end) if size else None
    if size is None or unit is None or v.unit_kinds.get(unit["u"].lower()) != "measure":
        return None
    return size.start("w"), size.end("w"), v.unit_names.get(unit["u"].lower(), unit["u"])
