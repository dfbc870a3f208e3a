"""Awards, step 2: the counts in a clause ('24 tập thể', '43 Bằng khen') and which award each one receives.

1. backward through a link word: 'Bằng khen cho 11 tập thể', '43 Bằng khen, trong đó 4 tập thể'; or with
   nothing between when the award is given or is the act itself: 'tặng bằng khen 15 tập thể',
   'khen thưởng 18 tập thể'; and on along a list: 'cho 11 tập thể và 10 cá nhân' (one record each);
2. forward through a verb: '5 đơn vị được nhận Cờ thi đua', '22 cán bộ, chiến sĩ ... được Chủ tịch
   nước tặng thưởng Huân chương', '95 tác phẩm đạt giải'; or with nothing between in a breakdown: '3 đồng
   chí Huy hiệu 80 năm'; a part of a breakdown that names its own award takes it ('Huy hiệu Đảng, trong
   đó 1 đảng viên nhận Huy hiệu 50 năm tuổi Đảng');
3. a count written straight before the award counts awards: '43 Bằng khen', '2 giải nhất';
4. counts in brackets in a list after an award and a colon: 'được tặng huy hiệu Đảng là: Đảng bộ
   thành phố (171 đảng viên), ...'.

A count of the pool the recipients come from ('trong số hơn 23.000 cán bộ') is no recipient count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from ..numbers import parse_number
from ..segment import Sentence
from ._award_before import named_before
from ._award_bounds import BRACKET_ABBR
from ._award_deeds import deed_times
from ._award_names import AwardName
from ._award_numbers import fraction_before, number_before, share_before, slash_partner
from ._award_parts import recipient_key, same_family
from ._award_patterns import AwardPatterns
from ._award_sums import gift_listed
from ._award_with import case_apart, proposed_for, with_link

#: Longest gap (characters) between a count and the award it receives ('22 cán bộ ... được tặng ...').
MAX_FORWARD_GAP = 160
#: Longest gap between two counts of one list ('cho 10 tập thể có ... tiêu biểu và 10 ...').
MAX_CHAIN_GAP = 100

_CO = regex.compile(r"\s*,?\s*có\s*", regex.IGNORECASE)  # '30 năm tuổi Đảng| có |24 đảng viên'
_BRACKET = regex.compile(r"\(\s*$")
#: The award's short name in brackets after it: 'Danh hiệu “Nông dân Việt Nam xuất sắc”| (NDXS) |gồm 49 nam' (kindC36).
_ABBR = regex.compile(BRACKET_ABBR)
_MERIT_GAP = regex.compile(r",\s*(?:cho\s+)?$", regex.IGNORECASE)  # '... tiêu biểu|, |37 phụ trách đội'
_CLAUSE_END = regex.compile(r"\s*(?:[,.;:!?)]|$)")
_BARE_KINDS = ("individual", "collective")  # recipients.yaml kinds counted bare after a list's comma ('30 cá nhân')
_JOINER_END = regex.compile(r"(?:\s*,\s*|\s+và\s+)$", regex.IGNORECASE)  # '1.780 cá nhân| và |tập thể lao động ...'
#: A prize as the least one won: '33 dự án khởi nghiệp đoạt |từ |giải ba trở lên'.
_FROM = regex.compile(r"(?<=\s)từ\s+$", regex.IGNORECASE)
_TIMES = regex.compile(r"(?<![\w.,])\d+\s+lần(?!\w)", regex.IGNORECASE)
#: The years of a contest's edition after its name: '(Cuộc thi ... lần thứ 9) năm 2021-2022'.
_EDITION = regex.compile(r"\s+năm\s+\d{4}(?:\s*[-–]\s*\d{4})?(?![\w-])", regex.IGNORECASE)

How = Literal["link", "chain", "verb", "awards", "list"]


@dataclass(frozen=True)
class Count:
    """A number and the recipient noun it counts ('24 tập thể'), or the award it counts ('43 Bằng khen')."""

    start: int
    end: int
    value: int
    noun: str | None
    num_end: int  # end of the number as written ('24' of '24 tập thể')


@dataclass(frozen=True)
class Pair:
    """A count and the award it receives, and how they were paired; ``weak`` when a later verb may claim it."""

    count: Count
    award: AwardName
    how: How
    weak: bool = False


def recipient_counts(text: str, sent: Sentence, names: list[AwardName], pat: AwardPatterns) -> list[Count]:
    """Counted recipient nouns ('24 tập thể', '22 cán bộ, chiến sĩ') outside award names."""
    out: list[Count] = []
    for m in pat.recipient.finditer(text, sent.start, sent.end):
        if any(h.start <= m.start() < h.end for h in names):  # 'Tập thể lao động xuất sắc' is a title
            continue
        lo = max([sent.start, *(h.end for h in names if h.end <= m.start())])
        found = fraction_before(text, lo, m.start(), pat) or number_before(text, lo, m.start(), pat)
        end = _before_award(text, m, names)
        if found:
            out.append(Count(found[0], end, found[1], text[m.start() : end], found[2]))
    for h in names:  # '10 khách sạn được trao giải': any noun counted right before a receive verb
        lo = max([sent.start, *(o.end for o in names if o.end <= h.start)])
        at = frm.start() if (frm := _FROM.search(text, lo, h.start)) else h.start  # 'đoạt |từ| giải ba trở lên'
        verb = pat.open_recipient.search(text, lo, at) if _ends_with_verb(text, lo, at, pat) else None
        if verb is None or any(c.start < h.start and verb.start("noun") < c.end for c in out):
            continue
        noun = verb.group("noun").casefold()
        if {noun.split()[0], " ".join(noun.split()[:2])} & pat.not_recipient or noun in pat.score:
            continue  # '5 lần liên tiếp giành danh hiệu': times, no recipients; '80 triệu đồng', '28/30 điểm' đoạt giải
        found = fraction_before(text, lo, verb.start("noun"), pat) or number_before(text, lo, verb.start("noun"), pat)
        if found:  # '10/18 dự án đạt giải': 10 of the 18 won it
            out.append(Count(found[0], verb.end("noun"), found[1], verb.group("noun"), found[2]))
    for h in names:  # 'trao danh hiệu ... cho 10 khách sạn': any noun counted after a link word
        link = pat.open_link.match(text, h.end, sent.end)
        if link is None or any(c.start <= link.start("num") < c.end for c in out):
            continue
        if any(o.start <= link.start("noun") < o.end for o in names):
            continue  # 'giải thưởng gồm 1 |giải Nhất': an award counted, not a recipient
        if link.group("noun").split()[0].casefold() not in pat.not_recipient:
            value = parse_number(link.group("num"))
            if isinstance(value, int) and value > 0:
                out.append(Count(link.start("num"), link.end("noun"), value, link.group("noun"), link.end("num")))
    out += [p for c in out if (p := _partner(text, sent, c)) and not any(o.start <= p.start < o.end for o in out)]
    return _chained(text, sent, names, sorted(out, key=lambda c: c.start), pat)


def _partner(text: str, sent: Sentence, c: Count) -> Count | None:
    """The counted noun a slash joins to ``c``: '|15 dự án|/28 HS đoạt giải'."""
    found = slash_partner(text, sent.start, c.start)
    return Count(found[0], c.start - 1, found[1], found[2], found[3]) if found else None


def _ends_with_verb(text: str, lo: int, end: int, pat: AwardPatterns) -> bool:
    """False when [lo, end) cannot end with a give or win verb, the last word open_recipient reads: that pattern
    is tried from every word of the span. Its verb follows a space and only spaces follow it, so the last word
    here is the verb's last word; one that may go on before the piece read, or none, is no proof."""
    cut = max(lo, end - 64)
    last = text[cut:end].rsplit(None, 1)
    if not last or (len(last) == 1 and cut > lo):
        return True
    return pat.verb_last.fullmatch(last[-1]) is not None


def _before_award(text: str, m: regex.Match[str], names: list[AwardName]) -> int:
    """Where a list of recipient nouns ends: before 'và' or a comma that opens an award name ('1.780 cá nhân| và
    tập thể lao động tiên tiến cho 88 tập thể': the next item of an elliptic list, not a second recipient)."""
    inside = [h.start for h in names if m.start() < h.start < m.end()]
    if not inside:
        return m.end()
    joiner = _JOINER_END.search(text, m.start(), min(inside))
    return joiner.start() if joiner else m.end()


def _chained(text: str, sent: Sentence, names: list[AwardName], out: list[Count], pat: AwardPatterns) -> list[Count]:
    """Any counted noun listed right after a counted recipient: '10 công trình| và 12 |gương thanh niên'."""
    for c in list(out):
        more = pat.open_chain.match(text, c.end, sent.end)
        if more is None or any(o.start <= more.start("num") < o.end for o in out):
            continue
        if any(h.start <= more.start("noun") < h.end for h in names):
            continue
        value = parse_number(more.group("num"))
        if more.group("noun").split()[0].casefold() not in pat.not_recipient and isinstance(value, int) and value > 0:
            out.append(Count(more.start("num"), more.end("noun"), value, more.group("noun"), more.end("num")))
    return sorted(out, key=lambda c: c.start)


def counts_of_awards(text: str, sent: Sentence, names: list[AwardName], pat: AwardPatterns) -> dict[int, Count]:
    """Counts written straight before an award name ('43 Bằng khen', '2 giải nhất') or in times won ('2 lần đoạt
    HCV'), by hit index."""
    out: dict[int, Count] = {}
    for i, h in enumerate(names):
        lo = names[i - 1].end if i else sent.start
        times = pat.times_won.search(text, lo, h.start)
        if times and deed_times(text, lo, h.start, pat):
            continue  # '44 cá nhân hiến máu tình nguyện 40 lần được trao kỷ niệm chương': the deed's times
        pos = times.start() if times else h.start
        found = share_before(text, lo, pos, pat, h) or number_before(text, lo, pos, pat)
        if found and h.entry.needs_count and not pat.count_follow.match(text, h.end, sent.end):
            continue
        if found and not h.entry.carried:  # '03 đồng chí |70 tuổi Đảng': the count is the comrades'
            out[i] = Count(found[0], h.base_end, found[1], None, found[2])
    return out


def _won_bare(text: str, p: Pair, end: int, pat: AwardPatterns) -> bool:
    """A bare prize won by a counted recipient: '95 tác phẩm đạt giải, trong đó ...', not 'được giải quyết'."""
    gap = text[p.count.end : p.award.start]
    won = pat.win_gap.match(gap) or pat.chosen_gap.match(gap)  # '20 đơn vị xuất sắc nhất để trao giải'
    return p.how == "verb" and bool(won) and bool(pat.count_follow.match(text, p.award.end, end))


def _given_bare(text: str, p: Pair, pat: AwardPatterns) -> bool:
    """A bare prize handed over to counted recipients, a give verb right before it: 'trao giải Cuộc thi ... cho 12
    nông dân'; not 'tổ chức giải cho 200 vận động viên' (a tournament)."""
    return p.how == "link" and bool(pat.give_tail.search(text, max(0, p.award.start - 40), p.award.start))


def _part_of_won(text: str, p: Pair, pairs: list[Pair], end: int, pat: AwardPatterns) -> bool:
    """A part of a breakdown of recipients who won a bare prize, counted by the same noun, won it too ('5 thí sinh
    đạt giải, trong đó có 4 thí sinh là học sinh Trường ... và một thí sinh của Trường ...')."""
    if p.how not in ("link", "chain") or not p.count.noun or pat.own_verb.match(text, p.count.end, end):
        return False  # '36 học sinh đạt giải, trong đó có 1 học sinh được chọn ...': the part has its own predicate
    noun = p.count.noun.casefold()
    return any(
        w.award is p.award and w.count.noun and w.count.noun.casefold() == noun and _won_bare(text, w, end, pat)
        for w in pairs
    ) and (p.how == "chain" or bool(pat.breakdown.search(text, p.award.end, p.count.start)))


def _linked(gap: str, pat: AwardPatterns) -> bool:
    """Award and count joined by a link word, maybe after a gift: '| cho |', '| kèm theo tiền thưởng cho |'."""
    gift = pat.companion.match(gap)
    return bool(pat.link_gap.fullmatch(gap[gift.end() :] if gift else gap))


def _back(
    text: str, c: Count, h: AwardName, last: Pair | None, prev: Count | None, pat: AwardPatterns, parts: _Parts
) -> Pair | None:
    """The award named before a count that gives it to them: by a link word, right after it, or along a list."""
    gap = text[_past_contest(text, h, c.start, pat) : c.start]
    gap = gap[abbr.end() :] if (abbr := _ABBR.match(gap)) else gap
    hedge = pat.hedge.search(gap)  # 'khen thưởng |hơn| 5.500 tập thể'
    gap = gap[: hedge.start()] if hedge else gap
    if _linked(gap, pat) or with_link(text, gap, c, h, pat):  # 'hạng Ba| với |1 tập thể' (kindR38)
        return Pair(c, h, "link", weak=h.entry.generic or bool(pat.breakdown.search(gap)))
    act = h.entry.kind == "commendation"  # 'khen thưởng đột xuất 4 tập thể': the act is the award
    if not gap.strip() and (act or h.entry.carried or _given(text, h, pat)) and c.noun:
        return Pair(c, h, "link", weak=h.entry.generic)  # 'tặng bằng khen 15 tập thể', 'khen thưởng 18 tập thể'
    if h.entry.carried and _CO.fullmatch(gap):
        return Pair(c, h, "link")  # '30 năm tuổi Đảng có 24 đảng viên'
    if c.noun and pat.parts.body_of.fullmatch(gap) and pat.parts.body_place.match(c.noun):
        return Pair(c, h, "link")  # 'Cờ thi đua cho Hội LHPN |08 tỉnh/thành': the bodies of 8 provinces
    named = pat.named_then.fullmatch(gap)  # '| cho tập thể Công an tỉnh Đồng Nai và |hai cá nhân'
    if named and not pat.verb.search(gap, named.end("link")) and c.noun:
        return Pair(c, h, "chain")
    if last is not None and last.award is h and last.how in ("link", "chain") and prev is last.count:
        between = text[last.count.end : c.start]
        listed = pat.chain_gap.search(between) or _merit_listed(text, between, c, pat)
        listed = listed or gift_listed(between, pat.gift_gap)
        listed = listed or (_broken_down(between, pat) and _part(text, c, parts, pat))
        if len(between) <= MAX_CHAIN_GAP and listed and _no_predicate(text, between, c, pat):
            return Pair(c, h, "chain", weak=last.weak)
    return None


def _merit_listed(text: str, between: str, c: Count, pat: AwardPatterns) -> bool:
    """A comma after the first item's merit, the next item ending in its merit or a bare individual or collective:
    '185 gương đội viên tiêu biểu|, |37 phụ trách đội xuất sắc', '15 tập thể có thành tích xuất sắc|, |30 cá nhân.';
    not '30 tập thể tiêu biểu, 200 đại biểu tham dự' (guests) nor '7 xã đạt chuẩn' (a predicate of its own; kindC36)."""
    if not _MERIT_GAP.search(between):
        return False
    kind = pat.recipient_kinds.get(recipient_key(c.noun))
    return bool(pat.parts.merit.match(text, c.end) or (kind in _BARE_KINDS and _CLAUSE_END.match(text, c.end)))


def _past_contest(text: str, h: AwardName, stop: int, pat: AwardPatterns) -> int:
    """Where a bare prize's words end, past the contest it is of and the years of its edition: 'trao giải| Cuộc thi
    ... lần thứ 9| năm 2021-2022| cho 12 nông dân'; other awards end at their name."""
    contest = pat.parts.contest.match(text, h.end, stop) if h.entry.needs_count else None
    if contest is None:
        return h.end
    edition = _EDITION.match(text, contest.end(), stop)
    return (edition or contest).end()


def _broken_down(between: str, pat: AwardPatterns) -> bool:
    """A part of the count before it, the same award's: '... được trao cho 30 cán bộ| Hội, trong đó có |17 cán bộ'
    (from the comma: the words before it end the first recipients)."""
    tail = between[between.rfind(",") :] if "," in between else between
    return bool(pat.breakdown.search(tail) and pat.link_gap.fullmatch(tail))


@dataclass(frozen=True)
class _Parts:
    """The counts a later count may be a part of (the same award's), and where its own predicate would end."""

    totals: list[Count]
    stop: int  # the next award's start, or the clause's end


def _part(text: str, c: Count, parts: _Parts, pat: AwardPatterns) -> bool:
    """A part of a total of the same award: no more than it, the same noun, no predicate of its own ('trong đó có 5
    tập thể, 10 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen', '200 hội viên tham gia', not '35 cá nhân')."""
    if pat.parts.own.search(text, c.end, parts.stop) or not c.noun:
        return False
    kinds = pat.recipient_kinds
    return any(
        t.noun and c.value <= t.value and same_family(t.noun, c.noun, kinds, pat.parts) for t in parts.totals
    )


def _no_predicate(text: str, between: str, c: Count, pat: AwardPatterns) -> bool:
    """No verb between two counts of a list but one that describes the first recipients, and none after the next:
    '4 chi bộ |trực thuộc Thành ủy đạt trong sạch vững mạnh 5 năm liền (2010 -2014) và |39 đảng viên xuất sắc'."""
    if not pat.verb.search(between):
        return True
    return not pat.give.search(between) and not pat.own_verb.match(text, c.end)


def _given(text: str, h: AwardName, pat: AwardPatterns) -> bool:
    """A give verb before the award in its clause: 'UBND tỉnh tặng |bằng khen', 'trao ... cho 6 đồng chí, |Huy hiệu'."""
    start = max(0, h.start - 200)
    stop = max(text.rfind(". ", start, h.start), text.rfind(";", start, h.start), text.rfind("\n", start, h.start))
    return bool(pat.give.search(text, max(start, stop + 1), h.start))


def _forward(text: str, c: Count, h: AwardName, counts: list[Count], pat: AwardPatterns) -> Pair | None:
    """The award named after a count that the count receives: through a verb, or right after it in a breakdown."""
    gap = text[c.end : h.start]
    if any(c.end <= o.start < h.start for o in counts) or len(gap) > MAX_FORWARD_GAP:
        return None
    if _TIMES.search(gap) and not deed_times(text, c.start, h.start, pat):
        return None  # 'một tập thể gắn kết để 2 lần đoạt HCV': the award is counted in times, not recipients
    if _taking_part(text, c, h, pat):
        return None  # 'cử 45 VĐV tham gia, giành được 5 HC Vàng': the medals are counted, the athletes took part
    if pat.new_clause.match(gap) or (pat.opener.match(gap[gap.find(",") + 1 :]) and gap.lstrip().startswith(",")):
        return None  # 'Công ty có 500 người lao động, năm 2023 công ty được tặng Bằng khen': the firm's, a new clause
    given = not gap.strip() and bool(pat.give_tail.search(text[max(0, c.start - 40) : c.start]))
    if case_apart(gap, c, pat):
        return None  # '35 trường hợp vi phạm, tặng Giấy khen cho 5 tập thể': someone else's award (kindR38)
    if pat.verb.search(gap) or given or proposed_for(gap, pat) or (not gap.strip() and c.noun and not h.entry.generic):
        return Pair(c, h, "verb")  # '5 đơn vị được nhận Cờ thi đua', '3 đồng chí Huy hiệu 80 năm'
    return None


def _taking_part(text: str, c: Count, h: AwardName, pat: AwardPatterns) -> bool:
    """A count of those taking part ('45 VĐV| tham gia', 'quy tụ |210 VĐV', 'với |120 VĐV') before an award counted
    by its own number ('trao 20 HC Vàng') or a ceremony of giving ('tham dự lễ trao'): the count receives none of it."""
    taking = pat.parts.taking_part.match(text, c.end) is not None
    if taking and pat.parts.ceremony.search(text, c.end, h.start) and not pat.parts.receive_too.match(text, h.end):
        return True  # '300 đại biểu tham dự |lễ trao| Bằng khen' (achP32): they attend the ceremony, none receives
    if number_before(text, c.end, h.start, pat) is None:
        return False
    gathered = pat.parts.gathering.search(text, max(0, c.start - 40), c.start)
    return gathered is not None or taking


def _won_too(text: str, back: Pair, fwd: Pair, pat: AwardPatterns) -> bool:
    """Recipients given an award for a prize they won: 'khen thưởng 57 học sinh |đạt giải quốc gia'; no breakdown."""
    c = back.count
    return (
        not back.award.entry.commendation
        and not pat.breakdown.search(text, back.award.end, c.start)
        and bool(pat.win_gap.match(text[c.end : fwd.award.start]))
    )


def _listed(text: str, c: Count, names: list[AwardName]) -> Pair | None:
    """A count in brackets in a list that follows an award and a colon: 'huy hiệu Đảng là: ... (171 đảng viên)'."""
    before = [h for h in names if h.end <= c.start]
    if not before or ":" not in text[before[-1].end : c.start]:
        return None
    if not _BRACKET.search(text, max(0, c.start - 3), c.start):
        return None
    return Pair(c, before[-1], "list")


def pair(text: str, names: list[AwardName], counts: list[Count], end: int, pat: AwardPatterns) -> list[Pair]:
    """Give each counted recipient its award: by link word, along a list, through a verb, or in a bracketed list."""
    pairs: list[Pair] = []
    won: list[Pair] = []  # prizes the recipients of another award had won: 'khen thưởng 57 học sinh |đạt giải'
    last: Pair | None = None
    anchor: Pair | None = None  # the praise a count's title took it from, for the next count of the list
    for i, c in enumerate(counts):
        before = [h for h in names if h.end <= c.start]
        after = [h for h in names if h.start >= c.end]
        totals = _Parts([p.count for p in pairs if before and p.award is before[-1]], after[0].start if after else end)
        back = _back(text, c, before[-1], last, counts[i - 1] if i else None, pat, totals) if before else None
        if back is None and anchor is not None and i and anchor.count is counts[i - 1]:
            back = _back(text, c, anchor.award, anchor, anchor.count, pat, totals)  # the list goes on past a title
        fwd = _forward(text, c, after[0], counts, pat) if after else None
        if back and fwd and _won_too(text, back, fwd, pat):
            won.append(fwd)  # commended for a prize they won: both
            fwd = None
        own = fwd is not None and fwd.award.entry.carried and not text[c.end : fwd.award.start].strip()
        chosen = back if back and not ((back.weak or own) and fwd) else fwd or back  # a part names its own award
        if chosen is None:
            chosen = _listed(text, c, names)
        if (chosen is None or chosen.award.entry.commendation) and (earlier := named_before(text, c, names, end, pat)):
            chosen = Pair(c, earlier, "link")  # 'trao Giải thưởng X ... 100 cán bộ ... được vinh danh': X, not praise
        if chosen and chosen.award.entry.needs_count and not _won_bare(text, chosen, end, pat):
            kept = _part_of_won(text, chosen, pairs, end, pat) or _given_bare(text, chosen, pat)
            chosen = chosen if kept else None
        if chosen:
            pairs.append(chosen)
        last = chosen
        # 'Tuyên dương 185 gương đội viên “Cháu ngoan Bác Hồ” tiêu biểu, 37 phụ trách đội': a title after the count
        # takes it, the praise before goes on to the list's next count (kindC36)
        anchor = back if back and chosen is fwd and back.how in ("link", "chain") else None
    won = [p for p in won if p not in pairs and (not p.award.entry.needs_count or _won_bare(text, p, end, pat))]
    return sorted(_share_subject(text, counts, pairs, pat) + won, key=lambda p: p.count.start)


def _share_subject(text: str, counts: list[Count], pairs: list[Pair], pat: AwardPatterns) -> list[Pair]:
    """Counts listed before one verb share its award: '2 tập thể và 15 cá nhân được tặng Giấy khen'."""
    by_count = {id(p.count): p for p in pairs}
    for i in range(len(counts) - 2, -1, -1):
        c, nxt = counts[i], by_count.get(id(counts[i + 1]))
        mine = by_count.get(id(c))
        if (mine is not None and not mine.weak) or nxt is None or nxt.how != "verb":
            continue
        gap = text[c.end : counts[i + 1].start]
        if c.noun and c.noun == counts[i + 1].noun and c.value > counts[i + 1].value:
            continue  # 'Đảng bộ có 120 đảng viên, 10 đảng viên được tặng Huy hiệu ...': the part given, not the whole
        if any(ch.isdigit() for ch in gap):
            continue  # '128 đơn vị vào vòng 2 và 20 đơn vị ... để trao giải': another predicate
        slash = gap == "/"  # '15 dự án|/|28 HS đoạt giải': one group counted twice
        if slash or (len(gap) <= MAX_CHAIN_GAP and pat.chain_gap.search(gap) and not pat.verb.search(gap)):
            by_count[id(c)] = Pair(c, nxt.award, "verb")
    return sorted(by_count.values(), key=lambda p: p.count.start)
