"""Awards, step 2: the counts in a clause ('24 tập thể', '43 Bằng khen') and which award each one receives.

1. backward through a link word: 'Bằng khen cho 11 tập thể', '43 Bằng khen, trong đó 4 tập thể';
   and on along a list: 'cho 11 tập thể và 10 cá nhân' (one record per recipient type);
2. forward through a verb: '5 đơn vị được nhận Cờ thi đua', '22 cán bộ, chiến sĩ ... được Chủ tịch
   nước tặng thưởng Huân chương', '95 tác phẩm đạt giải'; or after one: 'vinh danh 50 cá nhân Phụ nữ tiêu biểu';
3. a count written straight before the award counts awards: '43 Bằng khen', '2 giải nhất'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from ..numbers import parse_number
from ..segment import Sentence
from ._award_names import AwardName
from ._award_patterns import AwardPatterns

#: Longest gap (characters) between a count and the award it receives ('22 cán bộ ... được tặng ...').
MAX_FORWARD_GAP = 160
#: Longest gap between two counts of one list ('cho 10 tập thể có ... tiêu biểu và 10 ...').
MAX_CHAIN_GAP = 100
#: At most this many words are read as one spelled-out number ('hai mươi lăm').
MAX_NUMBER_WORDS = 4

_WORD = regex.compile(r"(?<!\w)(?:\d[\d.,]*\d|\d|[^\W\d_]+)(?!\w)")  # whole words only: nothing from '11A3'

How = Literal["link", "chain", "verb", "awards"]


@dataclass(frozen=True)
class Count:
    """A number and the recipient noun it counts ('24 tập thể'), or the award it counts ('43 Bằng khen')."""

    start: int
    end: int
    value: int
    noun: str | None


@dataclass(frozen=True)
class Pair:
    """A count and the award it receives, and how they were paired."""

    count: Count
    award: AwardName
    how: How


def _number_before(text: str, lo: int, pos: int, pat: AwardPatterns) -> tuple[int, int] | None:
    """``(start, value)`` of a count written right before ``pos`` ('24 |tập thể', 'hai mươi |cá nhân')."""
    words = list(_WORD.finditer(text, max(lo, pos - 60), pos))
    run: list[regex.Match[str]] = []
    edge = pos
    for w in reversed(words):  # whole words joined by spaces only, ending at pos: not '11A|3 trường'
        if not text[w.end() : edge].isspace():
            break
        run.insert(0, w)
        edge = w.start()
    while run and text[run[0].start() - 1 : run[0].start()] == "/":  # '1/|8 Cúp' is a fraction or a date
        run.pop(0)
    if run and run[-1].group().casefold() in pat.modifier:  # '15 nguyên |lãnh đạo'
        run.pop()
    run = run[-MAX_NUMBER_WORDS:]
    for k in range(len(run), 0, -1):
        first = run[-k]
        if first.group().casefold() in pat.ordinal:  # 'hàng trăm' is vague, not a count
            continue
        value = parse_number(text[first.start() : run[-1].end()])
        if value is None or (isinstance(value, float) and not value.is_integer()) or value <= 0:
            continue
        before = run[-k - 1].group().casefold() if k < len(run) else ""
        if before in pat.ordinal:  # 'năm 2018', 'lần thứ Hai', 'hàng trăm'
            return None
        return first.start(), int(value)
    return None


def recipient_counts(text: str, sent: Sentence, names: list[AwardName], pat: AwardPatterns) -> list[Count]:
    """Counted recipient nouns ('24 tập thể', '22 cán bộ, chiến sĩ') outside award names."""
    out: list[Count] = []
    for m in pat.recipient.finditer(text, sent.start, sent.end):
        if any(h.start <= m.start() < h.end for h in names):  # 'Tập thể lao động xuất sắc' is a title
            continue
        lo = max([sent.start, *(h.end for h in names if h.end <= m.start())])
        found = _fraction_before(text, lo, m.start(), pat) or _number_before(text, lo, m.start(), pat)
        if found:
            out.append(Count(found[0], m.end(), found[1], m.group()))
    for h in names:  # '10 khách sạn được trao giải': any noun counted right before a receive verb
        lo = max([sent.start, *(o.end for o in names if o.end <= h.start)])
        verb = pat.open_recipient.search(text, lo, h.start)
        if verb is None or any(c.start < h.start and verb.start("noun") < c.end for c in out):
            continue
        if verb.group("noun").split()[0].casefold() in pat.not_recipient:
            continue  # '5 lần liên tiếp giành danh hiệu': times, not recipients
        found = _number_before(text, lo, verb.start("noun"), pat)
        if found:
            out.append(Count(found[0], verb.end("noun"), found[1], verb.group("noun")))
    for h in names:  # 'trao danh hiệu ... cho 10 khách sạn': any noun counted after a link word
        link = pat.open_link.match(text, h.end, sent.end)
        if link is None or any(c.start <= link.start("num") < c.end for c in out):
            continue
        if link.group("noun").split()[0].casefold() not in pat.not_recipient:
            value = parse_number(link.group("num"))
            if isinstance(value, int) and value > 0:
                out.append(Count(link.start("num"), link.end("noun"), value, link.group("noun")))
    return sorted(out, key=lambda c: c.start)


def _fraction_before(text: str, lo: int, pos: int, pat: AwardPatterns) -> tuple[int, int] | None:
    """``(start, value)`` of 'X/Y' right before a recipient noun: '16/18 |xã' counts 16; 'ngày 16/6 |xã' is a date."""
    if not text[pos : pos + 1].islower():
        return None
    m = pat.fraction.search(text, lo, pos)
    if m is None or not 0 < int(m["x"]) <= int(m["y"]):
        return None
    return m.start("x"), int(m["x"])


def counts_of_awards(text: str, sent: Sentence, names: list[AwardName], pat: AwardPatterns) -> dict[int, Count]:
    """Counts written straight before an award name ('43 Bằng khen', '2 giải nhất'), by hit index."""
    out: dict[int, Count] = {}
    for i, h in enumerate(names):
        lo = names[i - 1].end if i else sent.start
        found = _number_before(text, lo, h.start, pat)
        if found and h.entry.needs_count and not pat.count_follow.match(text, h.end, sent.end):
            continue
        if found and h.entry.honorary and not pat.give.search(text, sent.start, sent.end):
            continue  # '37 Anh hùng Lực lượng vũ trang nhân dân' counts people holding a title: an achievement
        if found:
            out[i] = Count(found[0], h.base_end, found[1], None)
    return out


def _won_bare(text: str, p: Pair, end: int, pat: AwardPatterns) -> bool:
    """A bare prize won by a counted recipient: '95 tác phẩm đạt giải, trong đó ...', not 'được giải quyết'."""
    return (
        p.how == "verb"
        and bool(pat.win_gap.match(text[p.count.end : p.award.start]))
        and bool(pat.count_follow.match(text, p.award.end, end))
    )


def pair(text: str, names: list[AwardName], counts: list[Count], end: int, pat: AwardPatterns) -> list[Pair]:
    """Give each counted recipient its award: by link word, along a list, or through a verb."""
    pairs: list[Pair] = []
    last: Pair | None = None
    for i, c in enumerate(counts):
        before = [h for h in names if h.end <= c.start]
        after = [h for h in names if h.start >= c.end]
        back: Pair | None = None
        if before:
            h = before[-1]
            if pat.link_gap.fullmatch(text[h.end : c.start]):
                back = Pair(c, h, "link")
            elif last is not None and last.award is h and last.how in ("link", "chain") and counts[i - 1] is last.count:
                gap = text[last.count.end : c.start]
                if len(gap) <= MAX_CHAIN_GAP and pat.chain_gap.search(gap) and not pat.verb.search(gap):
                    back = Pair(c, h, "chain")
        fwd: Pair | None = None
        if after:
            h = after[0]
            gap = text[c.end : h.start]
            between = any(c.end <= o.start < h.start for o in counts)
            given = not gap.strip() and pat.give_tail.search(text[max(0, c.start - 40) : c.start])
            if len(gap) <= MAX_FORWARD_GAP and not between and (pat.verb.search(gap) or given):
                fwd = Pair(c, h, "verb")
        chosen = back if back and not back.award.entry.generic else fwd or back
        if chosen and chosen.award.entry.needs_count and not _won_bare(text, chosen, end, pat):
            chosen = None
        if chosen:
            pairs.append(chosen)
        last = chosen
    return _share_subject(text, counts, pairs, pat)


def _share_subject(text: str, counts: list[Count], pairs: list[Pair], pat: AwardPatterns) -> list[Pair]:
    """Counts listed before one verb share its award: '2 tập thể và 15 cá nhân được tặng Giấy khen'."""
    by_count = {id(p.count): p for p in pairs}
    for i in range(len(counts) - 2, -1, -1):
        c, nxt = counts[i], by_count.get(id(counts[i + 1]))
        if id(c) in by_count or nxt is None or nxt.how != "verb":
            continue
        gap = text[c.end : counts[i + 1].start]
        if len(gap) <= MAX_CHAIN_GAP and pat.chain_gap.search(gap) and not pat.verb.search(gap):
            by_count[id(c)] = Pair(c, nxt.award, "verb")
    return sorted(by_count.values(), key=lambda p: p.count.start)
