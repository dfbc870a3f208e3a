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
#: Syllables after the number read for the word there (the longest the dictionary knows: 'đề xuất').
NEXT_SYLLABLES = 2
_SYLLABLES = regex.compile(r"(?:[ \u00a0]+[\p{L}\p{M}]+){1,3}")
#: Characters before the number searched for a list of identifiers.
ID_LIST_REACH = 60


@functools.cache
def _org_name(dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """A capitalised body word and only words after it, up to the number ('Viện Nghiên cứu nuôi trồng thủy sản ')."""
    heads = Termset([e.term for e in load("achievement_context", dirs) if e.kind == "org_head"]).pattern(boundary=False)
    return regex.compile(rf"(?<!\w){heads}(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{{ORG_MIN_WORDS},{ORG_WORDS}}}[ \u00a0]+$")


@functools.cache
def _id_list(dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """An identifier word, its number and more, each after a comma or 'và', up to the number ('Điều 34, 35, ')."""
    words = Termset([e.term for e in load("achievement_context", dirs) if e.kind == "id_list"]).pattern(boundary=False)
    more = r"[ \u00a0]*(?:,|và)[ \u00a0]*"
    return regex.compile(rf"(?<!\w){words}[ \u00a0]+\d+(?:{more}\d+)*{more}$", regex.IGNORECASE)


def listed_id(whole: str, dirs: tuple[Path, ...] = ()) -> bool:
    """The number goes on a list of identifiers an identifier word opens: 'Điều 34, 35, 36 dự thảo Luật', 'khoản 1 và
    2 Điều 5'; the word names each number of the list, not only the first.

    >>> listed_id("ĐB cho rằng, Điều 34, 35, "), listed_id("học sinh lớp 1 và ")
    (True, False)
    """
    return bool(_id_list(dirs).search(whole, max(0, len(whole) - ID_LIST_REACH)))


def closes_org_name(text: str, num: NumberMatch, whole: str, end: int, dirs: tuple[Path, ...] = ()) -> bool:
    """The number ends a body's name: a body word a few words before it, nothing but words between, and a verb
    right after it ('... giao thông 236 trúng Gói thầu', 'Công ty ... và đầu tư 168 đề xuất với'); not a count
    after the body's own verb ('Bệnh viện ... tiếp nhận 5 em bé': a noun follows).

    >>> t = "Viện Nghiên cứu nuôi trồng thủy sản 2 thu 4 mẫu"
    >>> closes_org_name(t, NumberMatch(36, 37, 2, False, False), t[:36], len(t))
    True
    >>> t = "Bệnh viện Đa khoa tỉnh tiếp nhận 5 em bé"
    >>> closes_org_name(t, NumberMatch(33, 34, 5, False, False), t[:33], len(t))
    False
    """
    if num.approximate or num.spelled or not _org_name(dirs).search(whole, max(0, len(whole) - ORG_REACH)):
        return False
    after = _SYLLABLES.match(text, num.end, end)
    if after is None:
        return False
    syllables = after.group().split()
    known = dictionary()
    size = next((k for k in range(NEXT_SYLLABLES, 1, -1) if " ".join(syllables[:k]).lower() in known), 1)
    words = (text[num.start : num.end], " ".join(syllables[:size]), *syllables[size : size + 1])
    found = tags(words)
    return len(found) > 1 and found[1] == "V"
