"""Who owns a number: the one policy step that settles what the award and achievement extractors both read.

The two extractors read the text on their own, and a number like '24' in '24 tập thể được nhận Bằng
khen' is read by both. This step, run by the pipeline after both of them (as spaCy's span filters
settle overlapping entities after the matchers have run), decides which fact each number belongs
to, so that a number is reported once (GUIDELINES.md: award counts are no achievements):

1. **An award's count is the award's.** A number an award counts (its recipients, or the awards
   given: '43 Bằng khen') is no achievement, whatever the award: a proposal ('đề nghị tặng Bằng khen
   cho 5 tập thể'), the holders of an honorary title ('toàn tỉnh có 52 Thầy thuốc ưu tú', awards
   like any other), or a commendation with no award named ('biểu dương 29 phụ nữ điển hình').
2. **A number inside an award's name is part of the name**: 'Huy hiệu 50 năm tuổi Đảng', giải
   "Khách sạn 5 sao hàng đầu".
3. **Every other number is the achievement extractor's to judge**, even beside an award: in 'tặng
   Bằng khen cho 10 tập thể và hỗ trợ 50 triệu đồng' the 10 is the award's and the 50 million an
   achievement; in 'Lễ trao Bằng khen có 300 đại biểu tham dự' nothing counts the delegates as
   recipients, so they stay participants.
4. **A fact told twice keeps its first reading.** Holders counted again after the same people were
   counted as people ('hiện 125 Mẹ còn sống' ... '125 Mẹ Việt Nam Anh hùng còn sống được phụng
   dưỡng') are that count restated: an achievement, no award. And a count whose noun phrase is the
   name of an award given to as many elsewhere is that award told again (a headline: '27.235 nông dân
   sản xuất, kinh doanh giỏi' over '27.235 hộ đạt danh hiệu "Nông dân sản xuất, kinh doanh giỏi, ..."'):
   no achievement; a noun of TOLD_WORDS words or more, the award's name holding it whole.
5. **Commendations with no award named, awards not given and facts told again are not listed.**
   'tuyên dương 26 tập thể' is optional by GUIDELINES and the eval sets name such praise by what it
   praises, not by the act; 'muốn giành 3 HCV', 'có thể nhận 2 giải Ba' are no awards given; a
   caption restating the text is the same award. vnnews leaves them out of the record, but their
   counts stay theirs (rule 1): no achievements either.

Holders of an honorary title counted where nothing is given ('Huyện có 37 Anh hùng Lực lượng vũ trang
nhân dân') are an award and nothing more (rule 1): GUIDELINES.md counts holders as awards, and award counts
are no achievements; only holders counted *again* after a count of people keep that first reading (rule 4).

The step reads no vocabulary: what makes a number an award's count is decided by the award
extractor alone, from its own files (awards.yaml, recipients.yaml, award_words.yaml), and no other
module keeps a copy of those words. ``tests/cases/ownership.yaml`` holds the rules' cases, read
through ``vnnews.extract``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

import regex

from .extractors.hits import AchievementHit, AwardHit

#: The rule of an award counting the holders of an honorary title where nothing is given (rule 4).
HOLDERS = "award.holders"
#: Fewest words of a count's noun that, inside the name of an award given to as many, tell that award again (rule 4).
TOLD_WORDS = 3
_NOT_WORD = regex.compile(r"[\W_]+")


def settle(achievements: list[AchievementHit], awards: list[AwardHit]) -> tuple[list[AchievementHit], list[AwardHit]]:
    """The achievements and awards of a text, each number with its one owner (rules 1 to 5, in order)."""
    awards = [a for a in awards if not _restated(a, achievements)]  # rule 4
    owned = claims(awards)
    starts = [s for s, _ in owned]
    reach = list(accumulate((e for _, e in owned), max))  # furthest end among the claims starting so far
    kept = [x for x in achievements if not _owned(x.number, starts, reach)]  # rules 1 to 3
    kept = [x for x in kept if not _told_again(x, awards)]  # rule 4
    return sorted(kept, key=lambda x: x.start), [a for a in awards if listed(a)]  # rule 5


def listed(award: AwardHit) -> bool:
    """An award the record lists (rule 5): given, an award named (not praise alone), not a fact told again."""
    return award.given and not award.commendation and not award.restated


def claims(awards: list[AwardHit]) -> list[tuple[int, int]]:
    """The spans whose numbers awards own, sorted: each counted award's count (rule 1), each award's name (rule 2).

    >>> hit = AwardHit(0, 30, 24, "tập thể", "Bằng khen", None, None, None, (), 0, "r", (0, 2), (22, 31))
    >>> claims([hit])
    [(0, 2), (22, 31)]
    """
    owned = [a.count_at for a in awards if a.count is not None and a.count_at is not None]
    owned += [a.name_at for a in awards if a.name_at is not None]
    return sorted(owned)


def _owned(number: tuple[int, int], starts: list[int], reach: list[int]) -> bool:
    """A claim opens inside ``number``, or one opening before it is still open at its start.

    >>> _owned((5, 7), [0, 20], [6, 25]), _owned((7, 9), [0, 20], [6, 25]), _owned((18, 21), [0, 20], [6, 25])
    (True, False, True)
    """
    start, end = number
    before = bisect_right(starts, start)
    if before and reach[before - 1] > start:
        return True
    inside = bisect_left(starts, start)
    return inside < len(starts) and starts[inside] < end


def _restated(award: AwardHit, achievements: list[AchievementHit]) -> bool:
    """Holders counted again after the same people were counted as people: '125 Mẹ' ... '125 Mẹ Việt Nam Anh hùng'."""
    if award.rule != HOLDERS:
        return False
    head = award.award.casefold().split()[:1]
    return any(
        x.start < award.start and x.value == award.count and x.unit.casefold().split()[:1] == head
        for x in achievements
    )


def _words(text: str) -> str:
    """The words of ``text``, case-folded, one space between: 'Nông dân sản xuất, kinh doanh' -> 'nông dân sản xuất kinh
    doanh'."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def _told_again(x: AchievementHit, awards: list[AwardHit]) -> bool:
    """A count of as many as an award given elsewhere, its noun the award's name or inside it (rule 4).

    >>> hit = AwardHit(40, 90, 27235, "hộ", 'danh hiệu "Nông dân sản xuất, kinh doanh giỏi, đoàn kết"', None, None,
    ...                None, (), 1, "award.verb", (40, 46), (50, 90))
    >>> def count(unit: str) -> AchievementHit:
    ...     return AchievementHit(0, 30, (0, 6), 27235.0, unit, None, None, None, None, None, False, False, None, 0, "")
    >>> _told_again(count("nông dân sản xuất, kinh doanh giỏi"), [hit]), _told_again(count("nông dân"), [hit])
    (True, False)
    """
    unit = _words(x.unit)
    if len(unit.split()) < TOLD_WORDS:
        return False
    return any(
        a.count == x.value
        and listed(a)
        and not (a.start < x.end and x.start < a.end)
        and f" {unit} " in f" {_words(a.award)} "
        for a in awards
    )
