"""Counts that number the items of a heading: a title or a line of its own that opens with the count and names no
deed ('10 sắc thái của Nadal ở Roland Garros', '8 hiệu ứng kỳ lạ mà các nhà du hành vũ trụ mắc phải') lists what
the article shows, nothing done or found. Read after extraction, where the sentence's block is known (step 4,
:mod:`._achv_repeats`); the words come from ``achievement_context.yaml`` (kind relative).
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from ..document import Document
from ..lexicon import Termset, load
from ._achv_tags import tags
from .hits import AchievementHit

#: Closing punctuation: a line that ends with it is a sentence, no heading.
_SENTENCE_END = regex.compile(r"[.!?…;]\s*$")
#: What may stand before a count that opens a heading: spaces and opening quotes.
_OPENING = regex.compile(r"[\s\"“‘'«(\[]*")
#: underthesea's tag of a verb.
VERB = "V"


@functools.cache
def _relative(dirs: tuple[Path, ...] = ()) -> regex.Pattern[str]:
    """A word opening a relative clause ('mà'): what the items did is told there, not a deed of the heading's."""
    terms = [e.term for e in load("achievement_context", dirs) if e.kind == "relative"]
    return regex.compile(rf"(?:{Termset(terms).pattern(boundary=False)})", regex.IGNORECASE)


def lists_items(doc: Document, hit: AchievementHit) -> bool:
    """A plain count of a noun opening a heading whose words after the unit hold no verb (up to a relative 'mà'):
    the heading lists the article's items ('8 hiệu ứng kỳ lạ mà ...'); a deed keeps it ('4 cảnh sát Pháp bị bắt',
    '9 địa phương bổ nhiệm 58 người nhà')."""
    if hit.rule != "achv.noun" or hit.qualifier or hit.approximate or hit.sentence is None:
        return False
    sent = doc.sentences[hit.sentence]
    block = doc.blocks[sent.block]
    text = doc.text
    if block.start != sent.start or block.end != sent.end or _SENTENCE_END.search(text, sent.start, sent.end):
        return False  # a heading is a line of its own, no closing punctuation
    opening = _OPENING.match(text, sent.start, hit.number[0])
    if opening is None or opening.end() != hit.number[0]:
        return False
    toks = doc.tokens(sent)
    word_tags = tags(tuple(t.text for t in toks))
    if len(word_tags) != len(toks):
        return False
    relative = _relative(doc.options.lexicon_dirs)
    for tok, tag in zip(toks, word_tags, strict=True):
        if tok.start < hit.end:
            continue  # the unit's words: the tokenizer may split its noun ('món | ăn')
        if relative.fullmatch(tok.text):
            return True
        if tag == VERB:
            return False
    return True
