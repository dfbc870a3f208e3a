"""Step 4: a fact restated in another sentence (headline, lead, caption, body) is one fact.

Same value and same folded unit (one may extend the other; for a title or caption the same head
word is enough: 'ít nhất 16 người chết' / '16 người thiệt mạng') in different sentences merge into
the most complete mention: not the title, not a 'case' wording ('trường hợp', 'ca'), the longest
unit ('8 dự án đầu tư' in a lead over '8 dự án' in the body), body before caption, then one with a
hedge, then the first. Body sentences more than REPEAT_DISTANCE apart tell two events ('khống chế
2 đối tượng' ... 'phát hiện 2 đối tượng') unless one sums up (title, caption, lead), they share a
neighbouring word or the later one points back ('nơi đây', 'nói trên'). Equal amounts in one
sentence ('U Minh 900 triệu đồng, Đầm Dơi 900 triệu đồng') stay apart; percentages also need the
same words after the '%'.

Everything a comparison needs is computed once per hit, and a hit is compared only with the groups
that share its value and the first word of its key (no other group can take it), so merging costs
time in proportion to the facts, not to their square.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import regex

from ..document import Document
from ..normalize import strip_tones
from ._achv_headings import lists_items, samples_listed
from ._achv_vocab import Vocab, vocab
from ._achv_words import WORD, words_after, words_before
from .hits import AchievementHit

_BLOCK_RANK = {"paragraph": 0, "caption": 1, "title": 2}
_TITLE_RANK = _BLOCK_RANK["title"]
#: Body sentences further apart than this restate a count only if one of them sums up (title, caption, lead).
REPEAT_DISTANCE = 3
#: Sentences opening the first body paragraph that sum up the article (its lead) like a title does.
LEAD_SENTENCES = 2
#: Words either side of two distant equal counts compared: one shared word ('sau 2 lần', '96 xã thực hiện') joins them.
REPEAT_CONTEXT_WORDS = 2
#: Words after a '%' that say what it is a share of ('100% số xã'): percentages merge only when these agree.
PERCENT_CONTEXT_WORDS = 2
_FINAL_Y = regex.compile(r"(?<=[^aăâeêioôơuưy])y$")
_FLAT_EXPONENT = regex.compile(r"(?<=\b[kcdm]?m)[ \u00a0](?=[23]\b)")

Key = tuple[str, ...]


@functools.lru_cache(maxsize=8192)
def fold_unit(unit: str) -> Key:
    """Unit words compared for repeats: case, tone marks and a final 'y' after a consonant folded (sỹ = sĩ).

    >>> fold_unit("Nghệ sỹ") == fold_unit("nghệ sĩ"), fold_unit("thủy") == fold_unit("thủi")
    (True, False)
    >>> fold_unit("đồng/m 2") == fold_unit("đồng/m2")
    True
    """
    glued = _FLAT_EXPONENT.sub("", unicodedata.normalize("NFC", unit).lower())  # 'm 2' is 'm2'
    return tuple(_FINAL_Y.sub("i", strip_tones(w)) for w in WORD.findall(glued))


@dataclass(frozen=True)
class _Heads:
    """Folded head nouns of the repeat rules, longest first."""

    times: tuple[Key, ...]  # 'lần': the count of times is the fact, whatever follows
    people: tuple[Key, ...]  # 'người', 'nạn nhân', 'trường hợp', 'ca': one key for them all
    case: tuple[Key, ...]  # 'trường hợp', 'ca': a weaker wording, kept only when no other


@functools.cache
def _heads(dirs: tuple[Path, ...]) -> _Heads:
    """The folded heads of the vocabularies loaded for ``dirs`` (folded once, not per fact)."""
    v = vocab(dirs)
    people = sorted((fold_unit(t) for t in (*v.person_heads, *v.case_heads)), key=len, reverse=True)
    return _Heads(
        times=tuple(fold_unit(t) for t in v.times_heads),
        people=tuple(people),
        case=tuple(fold_unit(t) for t in v.case_heads),
    )


def _same_fact(a: Key, b: Key) -> bool:
    """Two folded units name one thing when one is the other or starts it ('quốc gia' / 'quốc gia và vùng lãnh thổ')."""
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def _fold_head(unit: Key, heads: tuple[Key, ...]) -> Key:
    """A unit whose head is one of ``heads`` ('nạn nhân', 'ca') keyed by one word for them all.

    >>> _fold_head(("ca", "bong", "nang"), (("nan", "nhan"), ("ca",)))
    ('<people>', 'bong', 'nang')
    """
    for head in heads:
        if unit[: len(head)] == head:
            return ("<people>", *unit[len(head) :])
    return unit


def _repeat_key(text: str, hit: AchievementHit, sent_end: int, heads: _Heads) -> Key:
    """What a repeat must share besides the value: the folded unit, for '%' also the words after it.

    Nouns that count people ('người', 'nạn nhân', 'trường hợp', 'ca') fold to one key, so a fact
    restated with another of them ('4 nạn nhân bị bỏng nặng' / '4 ca bỏng nặng') is one fact.
    """
    if hit.unit != "%":
        folded = fold_unit(hit.unit)
        times = next((t for t in heads.times if folded[: len(t)] == t), None)
        if times is not None:
            return times  # '2 lần phỏng vấn' / '2 lần trượt phỏng vấn': the count of times is the fact
        return _fold_head(folded, heads.people) if hit.value != 1 else folded  # 'one person' is too common
    return ("%", *fold_unit(words_after(text, hit.end, sent_end, PERCENT_CONTEXT_WORDS)))


@dataclass(frozen=True)
class _Fact:
    """One hit with everything the repeat rules compare, computed once."""

    index: int
    hit: AchievementHit
    key: Key
    block: int  # rank of its block: paragraph 0, caption 1, title 2
    summary: bool  # title, caption or lead: it may restate a count told anywhere
    context: frozenset[str]  # '<w' for the words before, '>w' for the words after
    refers_back: bool  # '40 hộ dân nơi đây', '2 đối tượng trên' point to an earlier mention


def _fact(doc: Document, index: int, hit: AchievementHit, lead: set[int], v: Vocab, heads: _Heads) -> _Fact:
    sent = doc.sentences[hit.sentence]
    block = _BLOCK_RANK.get(doc.blocks[sent.block].kind, 0)
    before = words_before(doc.text, sent.start, hit.start, REPEAT_CONTEXT_WORDS).lower().split()
    after = words_after(doc.text, hit.end, sent.end, REPEAT_CONTEXT_WORDS).lower().split()
    return _Fact(
        index=index,
        hit=hit,
        key=_repeat_key(doc.text, hit, sent.end, heads),
        block=block,
        summary=block > 0 or hit.sentence in lead,
        context=frozenset({f"<{w}" for w in before} | {f">{w}" for w in after}),
        refers_back=bool(v.anaphor.match(doc.text, hit.end, sent.end) or v.anaphor_end.search(hit.unit)),
    )


def _same(a: _Fact, b: _Fact) -> bool:
    """Same value and unit in two sentences (a headline or the next sentence may reword the tail)."""
    if a.hit.value != b.hit.value or a.hit.sentence == b.hit.sentence:
        return False
    gap = abs(a.hit.sentence - b.hit.sentence)
    headline = a.block > 0 or b.block > 0 or (gap <= 1 and a.key[:1] != ("%",))
    return _same_fact(a.key, b.key) or (headline and a.key[:1] == b.key[:1])


def _near(earlier: _Fact, later: _Fact) -> bool:
    """Close enough to be one report: a summary, a shared neighbouring word, a pointer back, or a few sentences."""
    if earlier.summary or later.summary or earlier.context & later.context or later.refers_back:
        return True
    return abs(earlier.hit.sentence - later.hit.sentence) <= REPEAT_DISTANCE


@dataclass
class _Group:
    """Mentions of one fact, in reading order."""

    members: list[_Fact] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)

    def takes(self, f: _Fact) -> bool:
        """``f`` restates this fact: not in a sentence already holding it, same as and near some member."""
        if f.hit.sentence in self.sentences:
            return False
        return any(_same(m, f) for m in self.members) and any(_near(m, f) for m in self.members)

    def add(self, f: _Fact) -> None:
        self.members.append(f)
        self.sentences.add(f.hit.sentence)


def _lead(doc: Document) -> set[int]:
    """Indices of the first LEAD_SENTENCES sentences of the first body paragraph (the lead sums up like a title)."""
    first_body = next((b.index for b in doc.blocks if b.kind == "paragraph"), None)
    return set([s.index for s in doc.sentences if s.block == first_body][:LEAD_SENTENCES])


def _rank(f: _Fact, heads: _Heads) -> tuple[bool, bool, int, int, bool, int]:
    """Which mention of a fact is kept: the lowest (see the module docstring)."""
    folded = fold_unit(f.hit.unit)
    case_worded = any(folded[: len(h)] == h for h in heads.case)
    return (f.block == _TITLE_RANK, case_worded, -len(folded), f.block, f.hit.qualifier is None, f.index)


def merge_repeats(doc: Document, hits: list[AchievementHit], v: Vocab) -> list[AchievementHit]:
    """One hit per fact, in reading order (see the module docstring for which mentions merge); a count numbering a
    heading's items is none (:mod:`._achv_headings`)."""
    hits = [h for h in hits if not (lists_items(doc, h) or samples_listed(doc, h))]  # '8 hiệu ứng mà', '(3 mẫu)'
    heads = _heads(doc.options.lexicon_dirs)
    lead = _lead(doc)
    groups: list[_Group] = []
    by_value: dict[tuple[object, ...], list[_Group]] = {}
    for i, hit in enumerate(hits):
        f = _fact(doc, i, hit, lead, v, heads)
        candidates = by_value.setdefault((hit.value, f.key[:1]), [])  # every member shares both
        group = next((g for g in candidates if g.takes(f)), None)
        if group is None:
            group = _Group()
            candidates.append(group)
            groups.append(group)
        group.add(f)
    kept = sorted((min(g.members, key=lambda f: _rank(f, heads)) for g in groups), key=lambda f: f.index)
    return [f.hit for f in kept]
