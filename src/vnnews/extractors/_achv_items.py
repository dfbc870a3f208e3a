"""What goes on a counted list after a comma or 'và' (split from _achv_unit by size).

A list noun ('cán bộ', 'thôn': ``list`` entries) after a unit ending in one is the list's next item ('cán bộ, đoàn
viên'); a sibling after one of its kind ('vận động viên nam, nữ', 'nhóm hàng hóa và dịch vụ'). A noun kept whole
(``word`` entries) opening with a list noun is an item whole, stop words and all ('làng nghề, làng có nghề', 'hộ cận
nghèo, hộ mới thoát nghèo'); a person named by an agent suffix (``agent_suffix``: 'viên', 'sĩ'), a word the
dictionary has ('tuyên truyền viên'), goes on a list of people as a list noun does ('diễn viên, tuyên truyền viên,
nhạc công'). After an abbreviation in capitals ('GV', 'DN') the next one is an item with its compound and rate ('GV,
CBQL', 'DN, HTX và hộ kinh doanh', :func:`._achv_rates.titled_end`).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ._achv_listed import abbreviation, sibling_item
from ._achv_rates import titled_end
from ._achv_tags import in_dictionary
from ._achv_unit_ends import InsideWord, stray_item, tail_end
from ._achv_vocab import Vocab
from ._achv_words import PLAIN_SYLLABLE, SPACES

#: Most syllables of a word named by an agent suffix ('tuyên truyền viên', 'kỹ thuật viên').
AGENT_SYLLABLES = 4
_NEXT = regex.compile(r"[ \u00a0]+(?P<w>[\p{L}\p{M}]+)")
_SPEC = regex.compile(r"[ \u00a0]+\d+(?:[.,]\d+)?")
#: Syllables after a list item before the verb of a clause of its own ('khách | nội địa | đạt 1.098.433').
PARALLEL_SYLLABLES = 4
#: Characters before the unit read for the verb that took its amount, with the hedge and the number.
PARALLEL_REACH = 60
_AMOUNT_AFTER = regex.compile(r"[ \u00a0]+(?:[\p{L}\p{M}]+[ \u00a0]+)?\d")
_AMOUNT_BEFORE = r"[ \u00a0]+(?:[\p{L}\p{M}]+[ \u00a0]+)?\d[\d.,]*[ \u00a0]+"
_RUN = regex.compile(rf"[\p{{L}}\p{{M}}]+(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{0,{AGENT_SYLLABLES - 1}}}")


def list_item(text: str, words: list[tuple[int, int]], nxt: int, end: int, v: Vocab) -> tuple[int, int] | None:
    """The next list noun when a comma or 'và' at ``nxt`` joins nouns of one list ('cán bộ, đoàn viên'), a noun kept
    whole opening with one, a person named by an agent suffix, an abbreviation after one ('GV, CBQL'), or the next
    sibling after one of its kind ('vận động viên nam, nữ', 'dự án chăn nuôi, trồng trọt')."""
    m = SPACES.match(text[nxt:end])
    start = nxt + (m.end() if m else 0)
    if sibling := sibling_item(text, words, start, end, v):
        return sibling
    if v.sibling.match(text, start, end):
        return None  # a force after no force: '8 thuyền viên, | bộ đội biên phòng đã kịp thời ứng cứu'
    head = v.level_end.sub("", whole := text[words[0][0] : words[-1][1]])  # 'cháu mầm non, học sinh': level aside
    abbreviated = abbreviation(text, *words[-1], v) is not None  # 'GV, CBQL', 'DN, HTX và hộ kinh doanh'
    if abbreviated and (abbr := abbreviation(text, start, end, v)):
        return start, titled_end(text, abbr, end, v)
    closes_list = any(m.end() == len(head) for m in v.list_noun.finditer(head)) or _agent_ends(head, v)
    if not abbreviated and not closes_list:
        return None
    if head != whole and (level := v.level.match(text, start, end)):
        return start, level.end()  # '230 học sinh tiểu học, THCS, THPT': the levels listed share the noun
    if not (text[start : start + 1].islower() or _titled_list(text, words, v)) or _subtype(text, whole, start, end):
        return None  # '318 làng nghề, | làng nghề truyền thống': a kind of the things counted, no more of them
    kept = v.list_term.match(text, start, end) or v.word.match(text, start, end)
    opening = v.list_noun.match(text, start, kept.end()) if kept else None
    if kept and opening and opening.end() < kept.end():
        return start, kept.end()  # 'làng nghề, | làng có nghề', 'hộ cận nghèo, | hộ mới thoát nghèo'
    listed = v.list_noun.match(text, start, end)
    item_end = listed.end() if listed else _agent_at(text, start, end, v)  # 'diễn viên, | tuyên truyền viên'
    if item_end is None or v.stop.match(text, start, end) or _parallel_clause(text, words, item_end, v):
        return None
    return None if stray_item(text, head, start, item_end, end, v, levelled=head != whole) else (start, item_end)


def _parallel_clause(text: str, words: list[tuple[int, int]], item_end: int, v: Vocab) -> bool:
    """The item after the comma opens a clause of its own: a few words after it, the verb that took the unit's amount
    comes again with an amount of its own ('khách quốc tế đạt 7.567 lượt người, | khách nội địa đạt 1.098.433 lượt
    người'), so it is the next clause's subject, no next item (unitR40)."""
    pos = item_end
    for _ in range(PARALLEL_SYLLABLES):
        space = SPACES.match(text, pos)
        verb = v.action.match(text, space.end()) if space else None
        if verb and _AMOUNT_AFTER.match(text, verb.end()):
            said = r"[ \u00a0]+".join(regex.escape(w) for w in verb.group().split())
            before = text[max(0, words[0][0] - PARALLEL_REACH) : words[0][0]]
            return regex.search(rf"(?<!\w){said}{_AMOUNT_BEFORE}$", before, regex.I) is not None
        nxt = _NEXT.match(text, pos)
        if nxt is None:
            return False
        pos = nxt.end()
    return False


def _titled_list(text: str, words: list[tuple[int, int]], v: Vocab) -> bool:
    """The unit is one capitalised title ('tân Kỹ sư'): the titles listed after it are written so too ('150 tân Kỹ sư
    và Cử nhân', unitR36)."""
    titled = v.titled.match(text, words[0][0], words[-1][1])
    return titled is not None and titled.end() == words[-1][1] and not titled.group().isupper()


def _subtype(text: str, unit: str, start: int, end: int) -> bool:
    """The words at ``start`` repeat the whole unit so far with more after it ('làng nghề, | làng nghề truyền thống'):
    a kind of the things counted, which they hold already, no next item."""
    said = " ".join(unit.split()).casefold()
    return " ".join(text[start : min(end, start + 2 * len(unit) + 1)].split()).casefold().startswith(f"{said} ")


def _agent_at(text: str, start: int, end: int, v: Vocab) -> int | None:
    """The end of a person's noun named by an agent suffix opening at ``start`` ('tuyên truyền viên', 'kỹ sư'): two to
    AGENT_SYLLABLES syllables, a dictionary word closing with the suffix; else None."""
    run = _RUN.match(text, start, end)
    syllables = list(PLAIN_SYLLABLE.finditer(text, start, run.end())) if run else []
    k = _agent_span([s.group() for s in syllables], v, from_end=False)
    return syllables[k - 1].end() if k else None


def _agent_ends(head: str, v: Vocab) -> bool:
    """The unit so far closes with a person's noun named by an agent suffix ('diễn viên, tuyên truyền viên')."""
    return _agent_span(head.split(), v, from_end=True) > 0


def _agent_span(syllables: list[str], v: Vocab, *, from_end: bool) -> int:
    """How many syllables at the front of ``syllables`` (at the back if ``from_end``) make a person's noun named by
    an agent suffix, longest first; 0 if none."""
    for k in range(min(AGENT_SYLLABLES, len(syllables)), 1, -1):
        if _agent_word(" ".join(syllables[-k:] if from_end else syllables[:k]), v):
            return k
    return 0


def _agent_word(word: str, v: Vocab) -> bool:
    """``word`` is one dictionary word of a few syllables closing with an agent suffix ('tuyên truyền viên')."""
    syllables = word.split()
    return (
        1 < len(syllables) <= AGENT_SYLLABLES
        and word.islower()
        and bool(v.agent_suffix.fullmatch(syllables[-1]))
        and in_dictionary(syllables)
    )


def preposition_end(text: str, kept: regex.Match[str], end: int, v: Vocab) -> int | None:
    """A noun kept whole closing with a preposition of place ('nhà ở': ``at_place``) before a place, a ``locale`` noun
    or a capitalised name: the preposition opens the place ('hàng trăm căn nhà | ở thôn Phú Thượng', 'nhà | ở Hà
    Nội'), the noun ends before it (its end, else None). Not before a longer word the place noun opens ('nhà ở xã
    hội')."""
    *rest, last = kept.group().split() or [""]
    gap = SPACES.match(text, kept.end(), end)
    if not rest or gap is None or not v.at_place.fullmatch(last):
        return None
    place = v.locale.match(text, gap.end(), end)
    if not (place or text[gap.end() : gap.end() + 1].isupper()):
        return None
    nxt = _NEXT.match(text, place.end(), end) if place else None
    if place and nxt and in_dictionary([place.group(), nxt["w"]]):
        return None
    return kept.start() + len(kept.group()[: -len(last)].rstrip(" \u00a0"))


def tail_ends(text: str, words: list[tuple[int, int]], end: int, v: Vocab, inside_word: InsideWord) -> None:
    """Give back the unit's tail that is none of it: a verb wanting its object, an order noun with its ordinal
    (:func:`._achv_unit_ends.tail_end`), a class word with its size ('3 chiếc xe tải | loại 13 tấn')."""
    tail_end(text, words, end, v, inside_word)
    spec_end(text, words, end, v)


def spec_end(text: str, words: list[tuple[int, int]], end: int, v: Vocab) -> None:
    """Drop a class word closing the unit before a number and a measure ('3 chiếc xe tải | loại 13 tấn'): the class's
    size goes with the word, none of the things counted. The head stays."""
    spec = _SPEC.match(text, words[-1][1], end) if len(words) > 1 else None
    if spec is None or not (measure := v.unit_after.match(text, spec.end(), end)) or measure.group("pre") is None:
        return
    drop_class(text, words, v, range(len(words) - 1, 0, -1))


def drop_class(text: str, words: list[tuple[int, int]], v: Vocab, ks: Iterable[int]) -> None:
    """Drop the words from the first ``k`` of ``ks`` whose words to the unit's end are a class word ('loại', 'khu
    vực'); never the head (``k`` 0)."""
    for k in ks:
        if k > 0 and v.class_word.fullmatch(text, words[k][0], words[-1][1]):
            del words[k:]
            return
