"""A vocabulary's alternation with shared prefixes written once: the same matches, tried faster.

The regex engine tries the alternatives of ``(?:Phó Bí thư|Phó Chủ tịch|Bí thư|...)`` one after the
other at every character, and a vocabulary of hundreds of terms made the sense, unit and award
patterns a large part of the pipeline's time. :func:`ordered_trie` writes the same alternation as a
tree (``Ph(?:ó\\s+Bí\\s+thư|ó\\s+Chủ\\s+tịch)`` becomes ``Phó\\s+(?:Bí\\s+thư|Chủ\\s+tịch)``) that
keeps the leftmost-first meaning exactly, with or without IGNORECASE: an alternative only moves ahead
of others that cannot match where it does (a different first character, told apart case-blind), never
ahead of a shorter term that ends there, so whichever alternative the plain alternation would pick,
and where it would backtrack to, stays the same.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

#: The separator atom between the words of a term: any run of spaces (as :func:`vnnews.lexicon.term_regex`).
SPACE = r"\s+"
_END = ""


def atoms(term: str, space: str = SPACE) -> list[str]:
    r"""A term as the atoms of its regex: each character of its words, and ``space`` between words.

    >>> atoms("Bí  thư"), atoms("Bí thư", " ")
    (['B', 'í', '\\s+', 't', 'h', 'ư'], ['B', 'í', ' ', 't', 'h', 'ư'])
    """
    out: list[str] = []
    for i, word in enumerate(term.split()):
        if i:
            out.append(space)
        out.extend(word)
    return out


def _plain(c: str) -> bool:
    """A character whose case forms Python and the regex engine agree on (Latin, Vietnamese), or the separator."""
    return c == SPACE or (len(c) == 1 and (ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF))


@functools.cache  # asked of the same pairs of letters again and again, when vocabularies load
def may_match_alike(a: str, b: str) -> bool:
    """Whether atoms ``a`` and ``b`` might match the same character when case is ignored (kept in order then).

    >>> may_match_alike("C", "c"), may_match_alike("C", "B"), may_match_alike("ſ", "s"), may_match_alike("Ω", "x")
    (True, False, True, True)
    """
    if not (_plain(a) and _plain(b)):
        return True  # outside Latin and Vietnamese letters, take no chances with case
    if SPACE in (a, b):
        return a == b  # characters of words are never spaces
    return a == b or a.casefold() == b.casefold() or a.upper() == b.upper() or a.lower() == b.lower()


def ordered_trie(terms: Sequence[str], space: str = SPACE, close: str | None = None) -> str:
    r"""The alternation ``t1|t2|...`` of the terms in this order (words escaped, ``space`` between), as a tree.

    ``close``: a zero-width regex atom ending every term (``\b``); nothing moves past a term closing there.

    >>> ordered_trie(["Phó Bí thư", "Phó Chủ tịch", "Bí thư"])
    'Phó\\s+(?:Bí\\s+thư|Chủ\\s+tịch)|Bí\\s+thư'
    >>> ordered_trie(["tỷ đồng", "tỷ"]), ordered_trie(["Cúp", "Chiến", "cúp"])
    ('tỷ(?:\\s+đồng|)', 'C(?:úp|hiến)|cúp')
    """
    items: dict[tuple[str, ...], None] = {}  # one written twice ('a  b', 'a b') can never win the second time
    for t in terms:
        items.setdefault((*atoms(t, space), *((close,) if close else ())))
    return _tree([list(i) for i in items])


def _tree(items: list[list[str]]) -> str:
    """The alternation of ``items`` (atom lists, in order of preference) with shared first atoms factored out."""
    groups: list[tuple[str, list[list[str]]]] = []
    for item in items:
        key = item[0] if item else _END
        into = None
        for g_key, members in reversed(groups):
            if key != _END and g_key == key:
                into = members
                break
            if key == _END or g_key == _END or may_match_alike(g_key, key):
                break  # moving ahead of it could change which alternative wins
        if into is None:
            groups.append((key, [item[1:]] if item else []))
        else:
            into.append(item[1:])
    return "|".join(_branch(key, members) for key, members in groups)


def _branch(key: str, rests: list[list[str]]) -> str:
    """One first atom and the alternation of what follows it."""
    if key == _END:
        return ""
    head = _atom(key)
    while len(rests) > 1 and all(r and r[0] == rests[0][0] for r in rests):
        head += _atom(rests[0][0])  # a chain every alternative shares: 'Phó\\s+' once
        rests = [r[1:] for r in rests]
    if len(rests) == 1:
        return head + "".join(map(_atom, rests[0]))
    return f"{head}(?:{_tree(rests)})"


@functools.cache
def _atom(a: str) -> str:
    """One atom as a regex: an escaped character, or a regex atom as written (the ``\\s+`` separator, a close)."""
    return a if len(a) > 1 else regex.escape(a)
