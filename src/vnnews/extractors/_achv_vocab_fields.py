"""Vocab fields built from achievement_phrases.yaml and achievement_context.yaml entries, kind by kind: the phrase
alternations and the fields for things placed, counted whole or listed by level (split from _achv_vocab by size)."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

import regex

from ..entries import ContextEntry, PhraseEntry
from ..lexicon import Termset, term_regex, terms

_FLAGS = regex.IGNORECASE | regex.VERBOSE


def kind_terms(entries: tuple[ContextEntry | PhraseEntry, ...], kind: str) -> list[str]:
    """The terms of one kind of entries."""
    return [e.term for e in entries if e.kind == kind]


def kind_pattern(entries: tuple[ContextEntry | PhraseEntry, ...], kind: str, *, boundary: bool = True) -> str:
    """The regex alternation of the terms of one kind."""
    return Termset(kind_terms(entries, kind)).pattern(boundary=boundary)


#: Vocab fields that are the alternation of one kind of achievement_phrases.yaml entries, by field name.
PHRASE_FIELDS = {
    "pair": "pair", "pronoun": "pronoun", "governs": "governs", "class_word": "class", "closer": "closer",
    "opener": "opener", "list_noun": "list", "join": "join", "occasion": "occasion", "place": "place",
    "nonaction": "nonaction", "particle": "particle", "brand": "brand", "barrier": "barrier", "head": "head",
    "action": "action", "size": "size", "whole": "whole", "org": "org", "word": "word", "lone": "lone",
    "titled": "titled", "nominal": "nominal", "speech": "speech", "kinds": "kinds", "kinds_not": "kinds_not",
    "sibling": "sibling", "counter": "counter", "resultative": "resultative", "actor": "actor", "activity": "activity",
    "aspect": "aspect", "agent_suffix": "agent_suffix", "locale": "locale", "list_term": "list_term",
    "at_place": "at_place", "cut_count": "cut_count",
}


def phrase_patterns(phr: tuple[PhraseEntry, ...], dirs: tuple[Path, ...]) -> dict[str, regex.Pattern[str]]:
    """The Vocab fields matching one kind of phrase entry each ('list_noun': the 'list' entries), by field name;
    whole words too are ethnic groups' names after 'dân tộc' or 'đồng bào' (ethnic_groups.yaml; the ``ethnic_before``
    entries), one or a list ('người dân tộc Kinh', 'hộ dân tộc Tày, Nùng', 'người đồng bào Chăm'), and the dashed
    pairs ('kinh tế - xã hội', en dash or hyphen); and 'do' opening a clause's agent (``agent_frame``: 'do Bộ phối
    hợp 12 tỉnh, thành ...' with no punctuation after it)."""
    fields = {f: regex.compile(kind_pattern(phr, k), _FLAGS) for f, k in PHRASE_FIELDS.items() if f != "word"}
    group = rf"(?-i:(?=\p{{Lu}})){Termset(terms('ethnic_groups', dirs)).pattern(boundary=False)}(?![\w'’])"
    peoples = rf"{group}(?:(?:[ \u00a0]*,|[ \u00a0]+và)[ \u00a0]+{group}(?-i:(?![ \u00a0]+\p{{Lu}})))*"  # not 'Hoa Lư'
    dashed = _dashed(kind_terms(phr, "dashed"))
    before = kind_pattern(phr, "ethnic_before", boundary=False)  # 'dân tộc', 'đồng bào'
    counted = kind_pattern(phr, "ethnic_counted", boundary=False)  # 'dân tộc' heading the unit counts the groups
    fields["word"] = regex.compile(
        rf"(?<!\w)(?:(?P<counted>{counted})|{before})\s+(?P<people>{peoples})|{dashed}|{kind_pattern(phr, 'word')}",
        _FLAGS,
    )
    framing = kind_pattern(phr, "agent_frame", boundary=False)  # 'do' opening an agent, no punctuation after it
    fields["agent_frame"] = regex.compile(rf"(?<!\w)(?P<w>{framing})\s[^,;:!?()]*$", _FLAGS)
    return fields


def _dashed(pairs: list[str]) -> str:
    """The dashed pairs, spaced or not around the dash, a hyphen or an en dash ('kinh tế - xã hội', 'kinh tế-xã hội').

    >>> bool(regex.fullmatch(_dashed(["kinh tế - xã hội"]), "kinh tế-xã hội")), regex.match(_dashed(["a - b"]), "a-bc")
    (True, None)
    """
    body = "|".join(
        r"\s*[-–]\s*".join(term_regex(part) for part in regex.split(r"\s+-\s+", t))
        for t in sorted(set(pairs), key=lambda t: (-len(t), t))
    )
    return rf"(?:(?<!\w)(?:{body or '(?!x)x'})(?!\w))"


class Placed(TypedDict):
    """The Vocab fields :func:`placed_fields` makes."""

    surface_heads: tuple[str, ...]
    level_end: regex.Pattern[str]
    level: regex.Pattern[str]
    level_people: regex.Pattern[str]
    whole_counters: frozenset[str]
    dated: regex.Pattern[str]
    home_currencies: frozenset[str]
    placing: regex.Pattern[str]
    placing_near: regex.Pattern[str]
    placing_surface: regex.Pattern[str]
    placing_not: regex.Pattern[str]
    rate_over: regex.Pattern[str]


def placed_fields(ctx: tuple[ContextEntry, ...], phr: tuple[PhraseEntry, ...]) -> Placed:
    """Fields for things placed, counted whole or listed by level ('để trên 2 xe', '556,239 suất', 'cháu mầm non')."""
    return Placed(
        surface_heads=tuple(kind_terms(ctx, "surface")),
        # one level or more listed: 'cháu mầm non', 'học sinh tiểu học, THCS và THPT'
        level_end=regex.compile(
            rf"(?:(?:,|[ \u00a0]+và)?[ \u00a0]+{kind_pattern(phr, 'level', boundary=False)})+$", _FLAGS
        ),
        level=regex.compile(kind_pattern(phr, "level"), _FLAGS),
        level_people=regex.compile(Termset(kind_terms(phr, "level_people")).pattern(boundary=False), _FLAGS),
        whole_counters=frozenset(t.casefold() for t in kind_terms(ctx, "whole_counter")),
        home_currencies=frozenset(t.casefold() for t in kind_terms(ctx, "home_currency")),
        dated=regex.compile(rf"(?<!\w){kind_pattern(ctx, 'dated', boundary=False)}[ \u00a0]+$", regex.I),
        placing=regex.compile(rf"(?<!\w){kind_pattern(ctx, 'placing', boundary=False)}(?!\w)", _FLAGS),
        placing_near=regex.compile(rf"(?<!\w){kind_pattern(ctx, 'placing_near', boundary=False)}[ \u00a0]*$", regex.I),
        placing_surface=regex.compile(
            rf"(?<!\w){kind_pattern(ctx, 'placing_surface', boundary=False)}[ \u00a0]*$", regex.I
        ),
        placing_not=regex.compile(rf"(?<!\w){kind_pattern(ctx, 'placing_not', boundary=False)}(?!\w)", regex.I),
        rate_over=regex.compile(  # no number, verb of the rate or joining word before 'trên': 'đạt 60% với trên 90 xã'
            rf"(?<!\w){kind_pattern(ctx, 'rate_over', boundary=False)}"
            rf"(?:(?!(?<!\w){kind_pattern(ctx, 'rate_over_not', boundary=False)}(?!\w))[^,;:.!?()\d])*$",
            regex.I,
        ),
    )
