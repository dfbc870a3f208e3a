"""Numbers that close a name or go on a list of identifiers, read before a number is taken as an amount (by
:mod:`._achv_names`).

A body's number at the end of its name with the clause's verb right after it ('Công ty CP Quản lý và Xây dựng công
trình giao thông 236 trúng gói thầu', 'Viện Nghiên cứu nuôi trồng thủy sản 2 thu 4 mẫu') and the last of a list of
numbers an identifier word opens ('Điều 34, 35, 36 dự thảo Luật') count nothing. Words come from
``achievement_context.yaml`` (kinds org_head, id_list).
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ..numbers import NumberMatch
from ._achv_tags import dictionary, tags

#: Most words of a name between its body word and the number ('Công ty CP Quản lý và Xây dựng công trình giao thông').
ORG_WORDS = 10
#: Fewest words between them: a name names more than its body ('Trường tuyển 1.400 chỉ tiêu' is a verb and a count).
ORG_MIN_WORDS = 3
#: Characters before the number searched for the body word.
ORG_REACH = 90
#: Most syllables of a word looked up in the tagger's dictionary ('nghiên cứu', 'đề xuất').
WORD_SYLLABLES = 3
#: underthesea's tag of a verb.
VERB = "V"
_SYLLABLES = regex.compile(r"(?:[ \u00a0]+[\p{L}\p{M}]+){1,3}")
#: Characters before the number searched for a list of identifiers.
ID_LIST_REACH = 60
#: Farthest the number may run past the list's last one and still go on it ('Điều 34, 35, 36', 'câu 1, 3, 5').
ID_STEP = 3


@functools.cache
def _org_name(dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """A capitalised body word and only words after it, up to the number ('Viện Nghiên cứu nuôi trồng thủy sản ')."""
    heads = Termset([e.term for e in load("achievement_context", dirs) if e.kind == "org_head"]).pattern(boundary=False)
    words = rf"(?P<words>(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{{ORG_MIN_WORDS},{ORG_WORDS}}})"
    return regex.compile(rf"(?<!\w)(?P<head>{heads}){words}[ \u00a0]+$")


@functools.cache
def _org_stops(dirs: tuple[Path, ...] = ()) -> frozenset[str]:
    """Words no name holds: an aspect or a time ('đã', 'mỗi'), so a clause of the body's own runs there."""
    return frozenset(e.term.lower() for e in load("achievement_context", dirs) if e.kind == "org_stop")


def _grouped(syllables: list[str]) -> list[str]:
    """The syllables joined into the longest words the tagger's dictionary knows ('thủy sản', 'đề xuất')."""
    known, words, i = dictionary(), [], 0
    while i < len(syllables):
        size = next((k for k in range(WORD_SYLLABLES, 1, -1) if " ".join(syllables[i : i + k]).lower() in known), 1)
        words.append(" ".join(syllables[i : i + size]))
        i += size
    return words


@functools.cache
def _id_list(dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """An identifier word and two numbers or more, each after a comma or 'và', up to the number ('Điều 34, 35, ')."""
    words = Termset([e.term for e in load("achievement_context", dirs) if e.kind == "id_list"]).pattern(boundary=False)
    more = r"[ \u00a0]*(?:,|và)[ \u00a0]*"
    return regex.compile(rf"(?<!\w){words}[ \u00a0]+\d+(?:{more}\d+)*{more}(?P<last>\d+){more}$", regex.IGNORECASE)


def listed_id(whole: str, value: float, dirs: tuple[Path, ...] = ()) -> bool:
    """The number goes on a list of identifiers an identifier word opens, next after its last one: 'Điều 34, 35, 36
    dự thảo Luật'; the word names each number of the list, not only the first. One number before it is no list
    ('Theo khoản 2 Điều 12, 150 hộ dân'), nor a number far past the last ('Điều 5, 6 và 120 đại biểu').

    >>> listed_id("ĐB cho rằng, Điều 34, 35, ", 36), listed_id("Căn cứ khoản 1, ", 300), listed_id("Điều 5, 6 và ", 120)
    (True, False, False)
    """
    found = _id_list(dirs).search(whole, max(0, len(whole) - ID_LIST_REACH))
    return found is not None and 0 < value - int(found["last"]) <= ID_STEP


def closes_org_name(text: str, num: NumberMatch, whole: str, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """The number ends a body's name: a body word a few words before it, nothing but words of a name between (no
    aspect or time word: 'Trung tâm Y tế huyện Bắc Hà đã trao 300 xuất ăn' is the body's deed), the last a lower-case
    noun, and a verb right after it, all tagged in one window ('... giao thông 236 trúng Gói thầu', 'Viện Nghiên
    cứu nuôi trồng thủy sản 2 thu 4 mẫu'); not a count after the body's own verb ('... tiếp nhận 5 em bé').

    >>> t = "Viện Nghiên cứu nuôi trồng thủy sản 2 thu 4 mẫu"
    >>> closes_org_name(t, NumberMatch(36, 37, 2, False, False), t[:36], len(t))
    True
    >>> t = "Bệnh viện Đa khoa tỉnh tiếp nhận 5 em bé"
    >>> closes_org_name(t, NumberMatch(33, 34, 5, False, False), t[:33], len(t))
    False
    """
    name = None if num.approximate or num.spelled else _org_name(dirs).search(whole, max(0, len(whole) - ORG_REACH))
    after = _SYLLABLES.match(text, num.end, end)
    if name is None or after is None:
        return False
    syllables = name["words"].split()
    if not syllables[-1][:1].islower() or any(w.lower() in _org_stops(dirs) for w in syllables):
        return False  # 'tỉnh Lào Cai 300', 'đã xây 12 bể': no name's last word, a clause of the body's own
    before = [name["head"], *_grouped(syllables)]
    following = _grouped(after.group().split())
    found = tags((*before, text[num.start : num.end], *following[:2]))
    at = len(before)
    return len(found) > at + 1 and found[at - 1] != VERB and found[at + 1] == VERB
