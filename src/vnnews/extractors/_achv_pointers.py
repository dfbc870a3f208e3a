"""Numbers that point at what is already told or placed, no count of their own.

'1' as one member of a group told ('1 xe máy trong nhóm này va chạm'), a pair of people described by its sexes
('phát hiện 2 đối tượng 1 nam, 1 nữ'), a position counted in things apart ('cách nhau 4 thế hệ'), a phone card's
face value ('thẻ cào mệnh giá 100 ngàn đồng'), a list pointed at below with nothing done to it ('giới thiệu 5 loại
cây cảnh sau đây') and a figure of speech ('2 ngựa thồ quân sự', a headline's '3 ông lớn viễn thông'). Used by
:mod:`._achv_sense`; the words come from ``achievement_sense.yaml`` (kinds one_of_group, sex, pair_link, pair_person,
apart_not, apart_before, apart_unit, face_value, face_card, face_given, below, epithet, epithet_headline). Every
reason starts with ``pointed`` so that the lone-one rule still counts these numbers
(``achievements._drop_lone_ones``). Counts of their own stay: '1 người trong đoàn này bị ngã', 'bầu 2 ủy viên gồm
1 nam và 1 nữ', 'cách trung tâm xã 12 km, có 45 nóc nhà', 'phiếu mua hàng mệnh giá 500.000 đồng', '5 xã sau đây
đạt chuẩn', 'có 5 bóng hồng'.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from ..lexicon import Termset, load

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

#: What every reason of this module starts with (read by the lone-one rule).
POINTED = "pointed"
#: Most words between 'cách' (apart) and a count of things apart ('cách giường của dì | 2 giường').
APART_WORDS = 3
#: Most syllables after the people noun of a pair before its sexes ('2 đối tượng | nghi vấn | gồm 1 nam').
PAIR_WORDS = 2
_SP = r"[ \u00a0]+"
_WORD = r"\p{L}[\p{L}\p{M}]*"

# 'cách' and the words up to the number, no digit nor clause mark between ('cách nhau ', 'cách giường của dì ').
_APART = regex.compile(rf"(?<![\p{{L}}\p{{M}}])cách((?:{_SP}{_WORD}){{1,{APART_WORDS}}}){_SP}$", regex.IGNORECASE)
# A connector between a card and its face value: 'thẻ cào với mệnh giá', 'thẻ cào loại mệnh giá'.
_CARD_LINK = regex.compile(rf"(?:{_SP}(?:với|loại|có))?{_SP}$", regex.IGNORECASE)
# A sentence closed: a stop mark, maybe closing quotes or brackets after it, at the end of what follows the unit
# (_achv_sense's _HEADLINE_END is another test: a closing quote alone ends a sentence there).
_CLOSED = regex.compile(r"[.!?…;:][\"”’')\]]*\s*$")
# The clause after a pointer below ends there: nothing, a colon or the sentence's end.
_CLAUSE_DONE = regex.compile(r"[ \u00a0]*(?:[:.!?…;]|$)")


def pointed(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the number points at what is told or placed rather than counting (``pointed`` and the kind), or None."""
    if at.unit.kind == "currency":
        return f"{POINTED} class" if _face_value(at, s) else None  # 'thẻ cào mệnh giá 100 ngàn đồng'
    if at.unit.kind != "noun":
        return None
    if at.num.value == 1 and not at.num.approximate and _one_of_group(at, s):
        return f"{POINTED} back"  # '1 xe máy trong nhóm này va chạm': one of the group told
    if at.num.value == 1 and s.at_start["sex"].fullmatch(at.unit.text) and _pair_before(at.before, s):
        return f"{POINTED} back"  # '2 đối tượng gồm 1 nam và 1 nữ': the pair told, described
    if s.at_start["apart_unit"].fullmatch(at.unit.text) and _apart(at, s):
        return f"{POINTED} place"  # 'cách nhau 4 thế hệ': where, not how many
    if _below(at, v, s):
        return f"{POINTED} back"  # 'giới thiệu 5 loại cây cảnh sau đây': the article's own list
    if s.at_start["epithet"].match(at.unit.text + at.after) or (
        s.at_start["epithet_headline"].fullmatch(at.unit.text) and _headline(at)
    ):
        return f"{POINTED} idiom"  # '2 ngựa thồ quân sự', a headline's '3 ông lớn viễn thông'
    return None


def _one_of_group(at: Around, s: Sense) -> bool:
    """'1' and its noun, then a group told ('1 xe máy trong nhóm này va chạm'); not when what happened to that one
    follows ('1 người trong đoàn này bị ngã gãy chân': a casualty counted)."""
    found = s.at_start["one_of_group"].match(at.after.lstrip(" \u00a0"))
    if not found:
        return False
    rest = at.after.lstrip(" \u00a0")[found.end() :].lstrip(" \u00a0")
    return not s.at_start["event"].match(rest)


@functools.cache
def _pair_patterns(dirs: tuple[Path, ...]) -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    """The first sex told right before the second ('... 1 nam, ', '... 1 nam và '), a pair told right before its first
    sex with its noun in group 1 ('2 đối tượng ', '2 đối tượng gồm ', 'hai người là '), and the words linking the two
    (``achievement_sense.yaml``, kinds sex and pair_link)."""
    by_kind = {k: [e.term for e in load("achievement_sense", dirs) if e.kind == k] for k in ("sex", "pair_link")}
    sexes, links = Termset(by_kind["sex"]).pattern(), Termset(by_kind["pair_link"]).pattern()
    first_sex = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d.,])1[ \u00a0]+{sexes}[ \u00a0]*(?:,|và)[ \u00a0]*$", regex.I)
    pair = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\d.,])(?:2|hai)((?:{_SP}{_WORD}){{1,5}})[ \u00a0]*"
        rf"(?:[,:(][ \u00a0]*|{_SP}{links}{_SP})?$",
        regex.IGNORECASE,
    )
    return first_sex, pair, frozenset(t.casefold() for t in by_kind["pair_link"])


def _pair_before(before: str, s: Sense) -> bool:
    """A pair of people told right before the sexes ('2 đối tượng 1 nam', '2 đối tượng nghi vấn gồm 1 nam và 1 nữ');
    not an elected or admitted pair ('bầu 2 ủy viên gồm 1 nam và 1 nữ', '2 đại biểu trong đó có 1 nữ')."""
    first_sex, pair, links = _pair_patterns(s.dirs)
    first = first_sex.search(before)
    found = pair.search(before[: first.start()] if first else before)
    if not found:
        return False
    words = found.group(1).split()
    words = words[:-1] if words[-1].casefold() in links else words
    person = s.at_start["pair_person"]
    return any(person.fullmatch(" ".join(words[:k])) for k in range(max(1, len(words) - PAIR_WORDS), len(words) + 1))


def _apart(at: Around, s: Sense) -> bool:
    """'cách' (apart) and at most a few words, no number nor clause mark, right before the count ('cách nhau 4
    thế hệ'); not 'cách đây', 'cách ly', 'cách mạng', 'cách làm', 'cách xa', nor 'bằng cách' (by way of)."""
    found = _APART.search(at.before)
    if not found:
        return False
    if s.at_start["apart_not"].match(found.group(1).lstrip(" \u00a0")):
        return False  # 'cách đây 2 năm', 'cách ly', 'cách mạng'
    return not s.at_end["apart_before"].search(at.before[: found.start()])  # 'bằng cách', 'phong cách'


def _face_value(at: Around, s: Sense) -> bool:
    """'mệnh giá' right before the money after a phone card ('thẻ cào mệnh giá 100.000 đồng'), not one given
    ('trao ... thẻ cào mệnh giá 100.000 đồng'); an issue's total
    ('giá trị theo mệnh giá 200 tỷ đồng') and a voucher given ('phiếu mua hàng mệnh giá 500.000 đồng') stay."""
    found = s.at_end["face_value"].search(at.before)
    if not found:
        return False
    head = at.before[: found.start()]
    link = _CARD_LINK.search(head)
    card = s.at_end["face_card"].search(head[: link.start()] + " " if link else head)
    return bool(card) and not s.anywhere["face_given"].search(at.clause)  # 'trao ... thẻ cào mệnh giá': given


def _below(at: Around, v: Vocab, s: Sense) -> bool:
    """A pointer to the list below right after the unit ('5 loại cây cảnh sau đây') ending the clause, with no
    verb of a deed before it in the clause: the article's own list. Not '5 xã sau đây đạt chuẩn' (a result after
    it) nor 'hỗ trợ ... cho 15 hộ dưới đây' (a deed before it)."""
    found = s.at_start["below"].match(at.after.lstrip(" \u00a0"))
    if not found:
        return False
    rest = at.after.lstrip(" \u00a0")[found.end() :]
    return bool(_CLAUSE_DONE.match(rest)) and not v.action.search(at.clause)


def _headline(at: Around) -> bool:
    """A headline: a linked title in brackets closing right after the unit ('[... cuộc đua của 3 ông lớn]'), or the
    sentence is a line of its own with no closing stop (its paragraph opens with it)."""
    if at.after.startswith("]") and "[" in at.before:
        return True
    return at.paragraph.strip() == at.before.strip() and not _CLOSED.search(at.after)
