"""Stage 2, segment: lines into blocks (title, paragraph, caption, source, meta, byline), then sentences.

All offsets here are offsets into the *normalised* text; :mod:`vnnews.document` maps them back.
Sentences never cross a line break, and underthesea never sees more than a bounded piece at once.
"""

from __future__ import annotations

import functools
import threading
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Literal

import regex

from ._sentences import sent_tokenize
from .foreign import foreign_line
from .lexicon import Termset, load

#: underthesea's loaders and its ``fixed_words`` pattern are module globals, filled on first use
#: without a lock: every call into underthesea holds this one (threads then gain nothing from it,
#: but no longer see a half-loaded model).
UNDERTHESEA_LOCK = threading.RLock()

BlockKind = Literal["title", "paragraph", "caption", "source", "meta", "byline", "foreign"]

#: Blocks whose text is page furniture, not article content: no facts are read from them.
FURNITURE: frozenset[str] = frozenset({"source", "meta", "byline", "foreign"})  # foreign: not Vietnamese

_SOURCE = regex.compile(r"^\s*Nguồn\b[^\n]{0,120}?(?P<url>https?://\S+)", regex.IGNORECASE)
_URL = regex.compile(r"https?://\S+")
# Date/time furniture: '21/12/2016 21:36:50 Xem cỡ chữ', '12:18 - Thứ Sáu, 28/07/2023 Lượt xem: 6862', a posted date
# and its view counter ('Đăng ngày: 22-11-2019; 219 lần đọc', ach26f: round 27dev) ending the line (mend26f: not
# 'Cập nhật: 10/3/2021, tỉnh ghi nhận thêm 30 ca')
_META = regex.compile(
    r"""^\s*(?:
        \d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b       # 21/12/2016 ...
      | \d{1,2}:\d{2}\b                         # 12:18 - Thứ Sáu ...
      | (?:Thứ\s+\w+|Chủ\s+nhật)\s*,\s*\d{1,2}/ # Thứ Sáu, 28/07/2023
      | (?:Đăng|Ngày\s+đăng|Cập\s+nhật)(?:\s+(?:ngày|lúc))?\s*:\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}  # the whole line,
        (?:[\s,|-]*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*[;,|-]?\s*[\d.,]+\s+(?:lần|lượt)\s+(?:đọc|xem))?\s*$  # no body
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A page's view counter alone on its line: '1,372 lượt xem', 'Lượt xem: 558', '2.045 lượt đọc' (its comma groups
# thousands, no decimal); a counter inside a sentence is read ('thu hút 1,2 triệu lượt xem'). A bullet may open the
# line and the label may be said twice ('• Lượt xem: 5547 lượt xem', ach23e: round 23)
_COUNTER = regex.compile(
    r"""\s*(?:[•·▪●*-]\s*)?(?:
        [\d.,]+\s+(?:lượt|lần)\s+(?:xem|đọc|truy\s+cập)
      | (?:Lượt\s+(?:xem|đọc|truy\s+cập)|Số\s+lượt\s+xem)\s*:?\s*[\d.,]+(?:\s+lượt\s+(?:xem|đọc|truy\s+cập))?
    )\s*""",
    regex.VERBOSE | regex.IGNORECASE,
)
# nofactR40: a line of markup, an image's tag with its alt text ('<image>...alt="tàu cá ..."</image>') or a
# markdown image ('![]() | headline |'): the page's furniture, its words a file name or a link's label
_MARKUP = regex.compile(
    r"\s*(?:<(?:image|img|figure|picture|video|iframe)\b|!\[[^\]\n]*\]\()", regex.IGNORECASE
)
# A colon closing the line before: it announces what follows ('Kết quả ...:'; 'Chia sẻ:' too).
_ANNOUNCED = regex.compile(r":\s*$")


@functools.cache
def _result_words() -> regex.Pattern[str]:
    """Result words (counter_results.yaml): a line announcing a counter with one tells a result ('Kết quả ...:')."""
    words = Termset([e.term for e in load("counter_results")]).pattern(boundary=False)
    return regex.compile(rf"(?<!\w){words}(?!\w)", regex.IGNORECASE)


def _counter(line: str, before: str) -> bool:
    """A view counter alone on its line is page furniture, unless the line before (``before``) announces it with a
    result word: 'Kết quả tuyên truyền trên mạng xã hội:' then '35.000 lượt xem' is a result; 'Chia sẻ:' is none."""
    if not _COUNTER.fullmatch(line):
        return False  # the cheap test first: almost no line is a counter
    return not (_ANNOUNCED.search(before) and _result_words().search(before))


# Bylines: 'Hoàng Phan', 'Tin, ảnh: Đức Linh', 'Ảnh: Thu Hà', 'H.QUỲNH'
_BYLINE = regex.compile(
    r"""^\s*(?:
        (?:(?:Tin|Bài|Ảnh|Bài\s+và\s+ảnh|Tin\s+và\s+ảnh)(?:\s*,\s*(?:ảnh|bài|tin))?\s*:\s*[^\n]{1,60})
      | (?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})   # 1 to 4 capitalised words, nothing else
    )\s*$""",
    regex.VERBOSE,
)
_WORD = regex.compile(r"\w+")
_LINE = regex.compile(r"[^\n]*\S[^\n]*")
_SENT_END = regex.compile(r"(?<=[.!?…;])\s+(?=\S)")
CAPTION_MAX_WORDS = 22


@dataclass(frozen=True)
class Block:
    """One non-empty line of the article."""

    index: int
    start: int
    end: int
    kind: BlockKind
    repeat_of: int | None = None  # index of an earlier block that already holds this text


@dataclass(frozen=True)
class Sentence:
    """One sentence, inside one block."""

    index: int
    block: int
    start: int
    end: int


def _furniture_line(line: str, before: str) -> bool:
    """A date line, a view counter, or markup (an image's tag)."""
    return bool((_META.match(line) and len(_WORD.findall(line)) <= 20) or _counter(line, before) or _MARKUP.match(line))


def split_blocks(text: str) -> list[Block]:
    """Cut the text into non-empty lines and label each one.

    >>> [b.kind for b in split_blocks("Tiêu đề\\n\\nCâu một. Câu hai dài hơn nữa.\\nẢnh: Thu Hà\\n")]
    ['title', 'paragraph', 'byline']
    """
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text, concurrent=False)]
    flat = [" ".join(text[s:e].split()) for s, e in spans]
    repeats = _repeats(flat)
    blocks: list[Block] = []
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        kind: BlockKind
        if _SOURCE.match(line) or (i == len(spans) - 1 and _URL.fullmatch(line.strip())):
            kind = "source"
        elif _furniture_line(line, flat[i - 1] if i else ""):
            kind = "meta"
        elif foreign_line(line):
            kind = "foreign"
        elif i == 0:
            kind = "title"
        elif i >= len(spans) - 3 and _BYLINE.match(line):
            kind = "byline"
        elif _is_caption(line):
            kind = "caption"
        else:
            kind = "paragraph"
        blocks.append(Block(i, s, e, kind, repeats[i]))
    return blocks


#: Lines shorter than this (in characters) are never repeats: 'Ảnh minh họa', a byline.
REPEAT_MIN_CHARS = 20
#: How many earlier lines a line is searched in (an exact repeat is found at any distance); far beyond
#: any real article, it bounds the search on files with many thousands of lines.
REPEAT_LOOKBACK = 1000
#: Up to this many lines (an article has fewer) each line is compared with every line before it; after
#: that, only with the lines holding its rarest inner word (see :class:`_Holders`).
REPEAT_DIRECT_LINES = 64


def _repeats(flat: list[str]) -> list[int | None]:
    """For each line (spaces collapsed), the earlier line that already holds it: a lead or caption printed twice.

    A line of REPEAT_MIN_CHARS or more repeats the first of the REPEAT_LOOKBACK lines before it that
    contains it, else the first line equal to it at any distance.

    >>> _repeats(["Lead paragraph printed twice here.", "Other text", "Lead paragraph printed twice", "Other text"])
    [None, None, 0, None]
    """
    first_seen: dict[str, int] = {}
    holders = _Holders(flat)
    out: list[int | None] = []
    for i, line in enumerate(flat):
        found = None
        if len(line) >= REPEAT_MIN_CHARS:
            lo = max(0, i - REPEAT_LOOKBACK)
            candidates = range(lo, i) if i <= REPEAT_DIRECT_LINES else holders.of(i, lo)
            found = next((j for j in candidates if line in flat[j]), None)
            found = first_seen.get(line) if found is None else min(found, first_seen.get(line, found))
        out.append(found)
        first_seen.setdefault(line, i)
    return out


class _Holders:
    """The lines that may hold a line, found through its words, so that long texts cost no lines x lines.

    A line inside another holds each of its inner words (all but the first and last, which may be the
    ends of longer words) as a whole word of it: only the lines holding its rarest inner word can hold it.
    Lines are indexed by their words on first need, that is only in texts longer than an article.
    """

    def __init__(self, flat: list[str]) -> None:
        self.flat = flat
        self.lines: dict[str, list[int]] = {}  # word -> the lines holding it, in order
        self.indexed = 0

    def of(self, i: int, lo: int) -> Sequence[int]:
        """Lines in [lo, i) that may hold line ``i``, in order."""
        for k in range(self.indexed, i):
            for w in set(self.flat[k].split(" ")):
                self.lines.setdefault(w, []).append(k)
        self.indexed = i
        inner = self.flat[i].split(" ")[1:-1]
        if not inner:
            return range(lo, i)
        rarest = min((self.lines.get(w, []) for w in inner), key=len)
        return rarest[bisect_left(rarest, lo) :]


def _is_caption(line: str) -> bool:
    """A short single-sentence line between paragraphs, such as 'Quang cảnh hội nghị.'"""
    stripped = line.strip()
    if stripped.endswith("|"):
        return True
    words = _WORD.finditer(stripped)  # counted up to one past the limit: a long paragraph is no caption
    if next(islice(words, CAPTION_MAX_WORDS, None), None) is not None or stripped.endswith(":"):
        return False
    return _SENT_END.search(stripped) is None


def source_url(text: str, blocks: list[Block]) -> str | None:
    """The URL of the 'Nguồn ...: https://...' line, if there is one."""
    for b in reversed(blocks):
        if b.kind == "source":
            m = _URL.search(text, b.start, b.end)
            if m:
                return m.group().rstrip(".,;)")
    return None


def pieces(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut [start, end) into pieces of at most ``limit`` chars, at sentence ends or spaces if possible."""
    while end - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("; "), window.rfind("! "), window.rfind("? "))
        if cut < limit // 4:
            cut = window.rfind(" ")
        cut = limit if cut < limit // 4 else cut + 1
        yield start, start + cut
        start += cut
    if end > start:
        yield start, end


def align(text: str, start: int, end: int, parts: list[str]) -> list[tuple[int, int]] | None:
    """Find each part, in order, in text[start:end], allowing whitespace to differ; None if lost.

    >>> align("Câu một.  Câu hai.", 0, 18, ["Câu một.", "Câu  hai."])
    [(0, 8), (10, 18)]
    """
    out: list[tuple[int, int]] = []
    pos = start
    for part in parts:
        word = part.strip()
        if not word:
            continue
        while pos < end and text[pos].isspace():
            pos += 1
        first = pos
        if text.startswith(word, first, end):  # as written: the usual case, one comparison
            pos = first + len(word)
            out.append((first, pos))
            continue
        found = _align_chars(text, first, end, word)
        if found is None:
            return None
        pos = found
        out.append((first, pos))
    return out


def _align_chars(text: str, pos: int, end: int, part: str) -> int | None:
    """End of ``part``'s characters read from ``pos`` on, skipping whitespace in both; None if they differ."""
    for c in part:
        if c.isspace():
            continue
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end or text[pos] != c:
            return None
        pos += 1
    return pos


def split_sentences(text: str, blocks: list[Block], limit: int = 2000) -> list[Sentence]:
    """Sentences of every content block, by underthesea's ``sent_tokenize`` (see _sentences), never across blocks."""
    sentences: list[Sentence] = []
    for b in blocks:
        if b.kind in FURNITURE or b.repeat_of is not None:
            continue
        for ps, pe in pieces(text, b.start, b.end, limit):
            with UNDERTHESEA_LOCK:
                found_text = sent_tokenize(text[ps:pe])
            found = align(text, ps, pe, found_text)
            if found is None:  # underthesea rewrote something: keep the piece whole
                found = [(ps, pe)]
            for s, e in found:
                sentences.append(Sentence(len(sentences), b.index, s, e))
    return sentences
