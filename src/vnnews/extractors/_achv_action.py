"""The action of an amount: the verb this number is the object of, read from the sentence's word classes.

A word of the ``action`` vocabulary in the words before an amount is its action only when it is the
verb that governs this number ('đã tổ chức 12 cuộc thanh tra'). Going back from the amount over its
particles ('được', 'thêm', 'về') and the nouns of its object ('trao chứng chỉ cho 300 chiến sĩ'), the
first verb decides: an action word there is the action, any other verb ('có', 'là', 'giảm', 'thu giữ')
means none. No action is read

- from a word that is only part of a token ('cấp' of 'nâng cấp', 'bắt' of 'bắt đầu', 'khám' of 'Phòng
  khám'), or a verb standing as the noun's modifier after a head noun ('tổng mức đầu tư', 'diện tích
  xây dựng': the ``head`` entries of ``achievement_phrases.yaml``), or a fixed compound ('cấp xã');
- from a verb that makes or grows its own object before a receiver ('tập huấn kỹ thuật trồng rau sạch cho 70 hội
  viên': the members were trained, not planted; ``achievement_sense.yaml``'s ``made_for``, targetR40);
- across a clause (punctuation other than a list comma, a ``barrier`` word: 'của', 'tại', 'để', 'là'),
  or across another number, unless this amount is the next item of a list whose first item the verb
  governs directly ('mua 1 áo khoác, 1 kính râm'): a label after a price ('36,40 triệu đồng/lượng mua
  vào và 37,30 triệu đồng/lượng bán ra') belongs to that price, and 'giảm 10 đồng chiều mua vào và giảm
  20 đồng' has its own verb.

A missing action is better than a wrong one: where the words do not say, the action is None. Tokens
and tags are read only when an action word stands in the words before the amount with no clause or
barrier after it; the sentence's tokens when another step read them already, else those of the words
around the amount alone (a sentence is not tokenized whole for its action).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass

import regex

from ..document import Document
from ..lastwords import last_words_start
from ..lexicon import fixed_words
from ..numbers import number_words
from ..segment import Sentence
from ..tokenize import Token, tokenize
from ._achv_sense import sense
from ._achv_tags import tags
from ._achv_vocab import Vocab
from ._achv_words import DIGIT

#: Words before an amount searched for an action word (the cheap test before any tagging).
ACTION_WINDOW = 5
#: Tokens read back from an amount for its verb, and from a list item for the item before it.
REACH, ITEM_REACH = 6, 8
#: Tokens tagged either side of those read (the tagger's context).
CONTEXT = 3
#: Words before an amount, and characters after its start, tokenized when the sentence has no tokens yet.
PIECE_WORDS, PIECE_AFTER = 16, 12
#: Punctuation that always ends the search back from an amount.
_BREAK = regex.compile(r"[;:()\[\]\"“”…!?]")
_JOIN = regex.compile(r",|(?<!\w)(?:và|hoặc|với)(?!\w)", regex.IGNORECASE)
_SPACE = regex.compile(r"\s")
_LAST_WORD = regex.compile(r"[\p{L}\p{M}]+(?=[ \u00a0]+$)")
_WORDLIKE = regex.compile(r"[\p{L}\p{M}\d]")


def action(doc: Document, sent: Sentence, start: int, v: Vocab) -> str | None:
    """The action verb of the amount starting at ``start`` (its hedge included), or None."""
    text = doc.text
    window = last_words_start(text, sent.start, start, ACTION_WINDOW)
    last = None
    for last in v.action.finditer(text, window, start):  # noqa: B007 - the last one
        pass
    if last is None or _BREAK.search(text, last.end(), start) or _barrier(text, last.end(), start, v):
        return None  # no action word near, or a clause or a barrier after the nearest: no tokens needed
    toks = doc.tokens_read(sent) or tokenize(
        text, last_words_start(text, sent.start, start, PIECE_WORDS), _word_end(text, start + PIECE_AFTER, sent.end),
        fixed_words(doc.options.lexicon_dirs), doc.options.max_piece_chars,
    )
    at = bisect.bisect_left(toks, start, key=lambda t: t.start)  # the first token of the amount
    listed = _JOIN.search(text, last.end(), start)  # an item of a list: the items before are read too
    lo, hi = max(0, at - REACH - (ITEM_REACH if listed else 0) - CONTEXT), min(len(toks), at + CONTEXT)
    word_tags = tags(tuple(t.text for t in toks[lo:hi]))
    if len(word_tags) != hi - lo:
        return None
    made = sense(doc.options.lexicon_dirs).anywhere["made_for"]
    read = _Read(text, toks[lo:hi], word_tags, v, number_words(doc.options.lexicon_dirs), made)
    verb = _governor(read, at - lo)
    return None if verb is None else _action_at(read, verb, at - lo)


def _word_end(text: str, pos: int, end: int) -> int:
    """Where the word at ``pos`` ends (a piece tokenized alone ends between words), at most ``end``.

    >>> _word_end("làm rõ 11.484 vụ/17.663 đối tượng", 20, 33), _word_end("ab cd", 1, 5), _word_end("ab", 9, 2)
    (23, 2, 2)
    """
    if pos >= end:
        return end
    space = _SPACE.search(text, pos, end)
    return space.start() if space else end


def _barrier(text: str, start: int, end: int, v: Vocab) -> bool:
    """A ``barrier`` word in text[start:end], or a ``size`` word not after a head noun ('độ cao' is a noun)."""
    if v.barrier.search(text, start, end):
        return True
    for m in v.size.finditer(text, start, end):
        before = _LAST_WORD.search(text, start, m.start())
        if before is None or not v.head.fullmatch(before.group()):
            return True
    return False


@dataclass(frozen=True)
class _Read:
    """The tokens around an amount with their tags, and the words that tell their roles."""

    text: str
    toks: list[Token]
    tags: tuple[str, ...]
    v: Vocab
    numbers: Mapping[str, object]
    made: regex.Pattern[str]  # verbs that make or grow their object ('trồng rau'): a receiver after it is none of it

    def number(self, k: int) -> bool:
        """Token ``k`` is a number: digits, or a number word the tagger reads as one ('hai')."""
        word = self.toks[k].text
        return bool(DIGIT.search(word)) or (self.tags[k] == "M" and word.casefold() in self.numbers)

    def verb(self, k: int) -> bool:
        """Token ``k`` is a verb: tagged so, or an action word whole (the tagger often reads a verb before a
        number as a numeral: 'thu hút/M 80')."""
        return self.tags[k] == "V" or bool(self.v.action.fullmatch(self.toks[k].text))

    def particle(self, k: int) -> bool:
        """Token ``k`` may stand between a verb and its amount."""
        return bool(self.v.particle.fullmatch(self.toks[k].text))

    def stop(self, k: int) -> bool:
        """Token ``k`` ends the search: punctuation, a number, a ``barrier`` word, a ``size`` word (not after a
        head noun that makes it a noun: 'đạt độ cao 2.800 km')."""
        word = self.toks[k].text
        size = bool(self.v.size.fullmatch(word)) and not (k and self.v.head.fullmatch(self.toks[k - 1].text))
        return not _WORDLIKE.search(word) or self.number(k) or size or bool(self.v.barrier.fullmatch(word))


def _governor(r: _Read, at: int, *, item: bool = False) -> int | None:
    """The index of the verb governing the amount at token ``at``, else None.

    ``item`` reads a list's earlier item: its verb must stand right before it (particles apart).
    """
    k = at - 1
    direct = True  # nothing but particles between the verb and the amount yet
    receiver = False  # a 'cho' passed right before the amount: it counts whom the deed was for
    while k >= 0 and at - k <= REACH:
        if r.particle(k):
            receiver = receiver or (direct and r.toks[k].text.casefold() == "cho")
            k -= 1
            continue
        if direct and _JOIN.fullmatch(r.toks[k].text):
            first = _item_before(r, k)
            return None if first is None else _governor(r, first, item=True)
        if r.stop(k):
            return None  # a clause, another number, a word that takes the amount out of the object
        if r.verb(k):
            return None if receiver and not direct and r.made.fullmatch(r.toks[k].text) else k
        if item:
            return None
        direct = False
        k -= 1
    return None


def _item_before(r: _Read, join: int) -> int | None:
    """The first token of the list item before the join at ``join`` (a number and its unit), else None.

    A verb between that number and the join is the item's own predicate ('1 biển chưa cấp, 1 biển đã
    hủy'): then the amount after the join is no item of that list.
    """
    for k in range(join - 1, max(-1, join - 1 - ITEM_REACH), -1):
        if r.number(k):
            while k > 0 and (r.number(k - 1) or _is_hedge(r.toks[k - 1], r.v)):
                k -= 1  # the whole number ('878 tỷ'), with its hedge
            return k
        if r.verb(k) or r.stop(k):
            return None
    return None


def _is_hedge(tok: Token, v: Vocab) -> bool:
    """A hedge word right before a number ('hơn 3 người')."""
    return v.qualifier_before.match(tok.text + " ") is not None


def _action_at(r: _Read, k: int, at: int) -> str | None:
    """The action word the verb token ``k`` opens or closes ('nhận đỡ đầu', 'thành lập và duy trì'), else None.

    The words tried run from a token at most three before the verb to one before the amount ``at``,
    longest first; the action must be whole tokens.
    """
    toks, v = r.toks, r.v
    spans = [(a, b) for a in range(max(0, k - 3), k + 1) for b in range(k, max(k, at - 1) + 1)]
    for a, b in sorted(spans, key=lambda ab: toks[ab[0]].start - toks[ab[1]].end):
        s, e = toks[a].start, toks[b].end
        m = v.action.fullmatch(r.text, s, e)
        if m is None:
            continue
        if a > 0 and (v.head.fullmatch(toks[a - 1].text) or r.tags[a - 1] == "L"):
            return None  # 'tổng mức đầu tư', 'các tổ chức': a noun, or the verb modifies one
        near = toks[max(0, a - 2)].start, toks[min(len(toks) - 1, b + 2)].end
        if any(n.start() < e and s < n.end() and n.span() != (s, e) for n in v.nonaction.finditer(r.text, *near)):
            return None  # 'cấp xã', 'mốc hỗ trợ'
        if m.group()[0].isupper() and a > 0 and _WORDLIKE.search(toks[a - 1].text):
            return None  # a capitalised action inside the clause is a word of a name ('Chi cục Quản lý thị trường')
        return m.group()
    return None
