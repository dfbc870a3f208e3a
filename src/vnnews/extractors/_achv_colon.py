"""Unquoted names after a project's noun and a colon: 'Nghiệm thu Đề án: Điều tra, đánh giá ... của 03 nhóm ngành sản
xuất ...' (a title, or a sentence quoting no marks), read to the sentence's end as a quotation is (:func:`._achv_context
.protected`); the nouns are ``achievement_context.yaml``'s colon_name, the speaking verbs before them its spoken.
A deed after the colon (its colon_deed words 'đã', 'vừa', or 'được' and an action verb) makes a report's sentence: the
name, if any, ends at the last comma before the deed ('Đối với Dự án: Hỗ trợ phát triển sản xuất, | huyện đã giải
ngân 15 tỷ đồng'), and without a comma there is none ('Kết quả thực hiện Đề án: Toàn tỉnh đã cấp 500 nghìn ...').
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ._achv_names import NAME_REACH, names
from ._achv_vocab import vocab

#: Where an unquoted name after a colon ends: its sentence's end (not the point grouping digits: '1.000'), a line's end.
_NAME_CLOSE = regex.compile(r"[.;!?…](?=\s|$)|\n")
#: 'được' before a verb: a deed when an action verb follows ('đã được thành lập', 'được hỗ trợ').
_PASSIVE = regex.compile(r"(?<![\p{L}\p{M}])(?i:được)[ \u00a0]+")


@functools.cache
def _colon_name(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """'Đề án: ' right before a capital: the nouns of kind colon_name, a colon, the name's first letter ahead."""
    terms = Termset([e.term for e in load("achievement_context", dirs) if e.kind == "colon_name"]).pattern()
    return regex.compile(rf"(?i:{terms})[ \u00a0]*:[ \u00a0]*(?=\p{{Lu}})")


def colon_names(text: str, start: int, end: int, dirs: tuple[Path, ...] = ()) -> list[tuple[int, int]]:
    """Unquoted names after a project's noun and a colon, each to its sentence's end ('Nghiệm thu Đề án: Điều tra,
    đánh giá ... của 03 nhóm ngành sản xuất ...'); not after a verb of speaking ('Nói về đề án: ...').

    >>> colon_names("Nghiệm thu Đề án: Điều tra 03 nhóm ngành. Đã có 5 xã.", 0, 48)
    [(18, 40)]
    """
    n, out = names(dirs), []
    for m in _colon_name(dirs).finditer(text, start, end):
        if n.spoken.search(text, max(start, m.start() - NAME_REACH), m.start()):
            continue
        close = _NAME_CLOSE.search(text, m.end(), end)
        stop = close.start() if close else end
        deed = _deed(text, m.end(), stop, dirs)
        if deed is not None:  # a report's sentence: the name ends at the comma before the deed, if any
            stop = text.rfind(",", m.end(), deed)
        if stop > m.end():
            out.append((m.end(), stop))
    return out


@functools.cache
def _deed_words(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """The colon_deed words ('đã', 'vừa'): a deed told, no name."""
    terms = [e.term for e in load("achievement_context", dirs) if e.kind == "colon_deed"]
    return regex.compile(Termset(terms).pattern())


def _deed(text: str, start: int, end: int, dirs: tuple[Path, ...]) -> int | None:
    """Where the first deed between start and end opens ('đã', 'vừa', 'được' and an action verb), or None."""
    found = [m.start() for m in _deed_words(dirs).finditer(text, start, end)]
    action = vocab(dirs).action
    found += [m.start() for m in _PASSIVE.finditer(text, start, end) if action.match(text, m.end(), end)]
    return min(found) if found else None
