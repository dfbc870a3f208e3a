"""Counts that number the items of a heading: a line of its own that opens with the count and goes on with a
relative 'mà' right after the unit ('8 hiệu ứng kỳ lạ mà các nhà du hành vũ trụ mắc phải') lists what the article
shows, nothing done or found. Only that grammar: a verbless headline, caption or result line of a deed ('3.000 đoàn
viên ra quân', '500 cây xanh cho trường học', '300 suất quà của Hội Phụ nữ huyện') counts, so 'của' after the unit
is no sign ('10 sắc thái của Nadal' counts again). Read after extraction, where the sentence's block is known (step
4, :mod:`._achv_repeats`); the words come from ``achievement_context.yaml`` (kind relative).
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from ..document import Document
from ..lexicon import Termset, load
from ..segment import Sentence
from .hits import AchievementHit

#: Closing punctuation: a line that ends with it is a sentence, no heading (not a colon: a list's lead, mend15t).
_SENTENCE_END = regex.compile(r"[.!?…;]\s*$")
#: A bracket closing a line right after the unit: '(3 mẫu)'.
_BRACKET_END = regex.compile(r"[ \u00a0]*\)\s*$")
#: What may stand before a count that opens a heading: spaces and opening quotes.
_OPENING = regex.compile(r"[\s\"“‘'«(\[]*")


@functools.cache
def _kind(kind: str, dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """The ``achievement_context.yaml`` terms of one kind, as whole words."""
    terms = [e.term for e in load("achievement_context", dirs) if e.kind == kind]
    return regex.compile(Termset(terms).pattern(), regex.IGNORECASE)


def _own_line(doc: Document, sent: Sentence) -> bool:
    """The sentence is a line of its own: a heading (spaces and a CR around it aside)."""
    block, text = doc.blocks[sent.block], doc.text
    return not (text[block.start : sent.start].strip() or text[sent.end : block.end].strip())


def samples_listed(doc: Document, hit: AchievementHit) -> bool:
    """A bare sample noun in brackets closing a line of its own, no land word in it ('• Kể về lễ hội ở quê em - Hội
    Lim (3 mẫu)'): the heading counts the sample texts listed under it, no land measure ('3 mẫu ruộng')."""
    if hit.sentence is None or not _kind("sample_unit", doc.options.lexicon_dirs).fullmatch(hit.unit.strip()):
        return False
    sent = doc.sentences[hit.sentence]
    text = doc.text
    if not _own_line(doc, sent):
        return False
    closed = _BRACKET_END.match(text, hit.end, sent.end)
    opened = text[sent.start : hit.number[0]].rstrip().endswith("(")  # the line's own bracket, no copy of the text
    if not (closed and opened):
        return False
    return not _kind("land_near", doc.options.lexicon_dirs).search(text[sent.start : sent.end])


def lists_items(doc: Document, hit: AchievementHit) -> bool:
    """A plain count of a noun opening a line of its own with 'mà' right after the unit ('8 hiệu ứng kỳ lạ mà ...'):
    the heading lists the article's items. Any other heading, caption or line keeps its count."""
    if hit.rule != "achv.noun" or hit.qualifier or hit.approximate or hit.sentence is None:
        return False
    sent = doc.sentences[hit.sentence]
    text = doc.text
    if not _own_line(doc, sent):
        return False
    opening = _OPENING.match(text, sent.start, hit.number[0])
    if opening is None or opening.end() != hit.number[0] or _SENTENCE_END.search(text, sent.start, sent.end):
        return False
    after = [t for t in doc.tokens(sent) if t.start >= hit.end]  # past the unit ('món | ăn' may split)
    # a word opening a relative clause ('mà'): what the items did is told there, not a deed of the heading's
    return bool(after) and bool(_kind("relative", doc.options.lexicon_dirs).fullmatch(after[0].text))
