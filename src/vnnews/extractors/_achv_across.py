"""Where a unit ends at the words right after it: a word across its end, a pronoun or a verb with its object after it.

A unit that ends inside a word as the tokens or underthesea's dictionary have it ('lượt xe phục' of 'phục vụ', 'chiếc
xúc' of 'xúc xích') ends before that word, or takes it whole when it is a noun. A pronoun opening the next clause ends
it before the pronoun ('5 vòng | anh chạy') and a number word counting it ('2 cô giáo | hai cô có'), a one-syllable
verb with a determiner after it before the verb ('131 trang | chứa các nội dung'); two syllables that make one noun
are never parted ('học sinh', 'giáo họ'). A sum written with a scale word and a verb after it is money in đồng
(:func:`spends`).
"""

from __future__ import annotations

import regex

from ..folded import case_key
from ..numbers import number_words
from ._achv_tags import dictionary, in_dictionary, tags
from ._achv_unit_ends import brand_next
from ._achv_vocab import Vocab

#: Tags of a word a unit ends inside that the unit takes whole ('chiếc xúc xích', '4 bệ phóng'); a word
#: tagged otherwise ('lượt xe | phục vụ', 'khán giả | bên dưới', 'công ty | hợp nhất') is none of the unit's.
NOUN_TAGS = frozenset({"N", "Nc", "Nu"})
#: Words after the word a unit ends inside that the tagger reads with it.
WORD_CONTEXT = 2
#: Characters after a unit read for the syllables after it (enough for five).
AFTER_CHARS = 40
# The syllables right after a unit, up to anything else ('dãy nhà | 3 tầng' reads no 'nhà 3').
_RUN = regex.compile(r"(?:[ \u00a0]+[\p{L}\p{M}][\p{L}\p{M}\d]*(?![\p{L}\p{M}\d]))+")
_LETTER = regex.compile(r"\p{L}")  # an amount written with a word: a scale word ('2,5 triệu') or spelled
# Syllables and marks apart: a comma glued to a word ('học sinh,') would hide it from the dictionary and the tagger.
_PIECES = regex.compile(r"[\p{L}\p{M}\d]+|[^\s\p{L}\p{M}\d]")
_SYLLABLES = regex.compile(r"(?<![\p{L}\p{M}\d])[\p{L}\p{M}][\p{L}\p{M}\d]*(?![\p{L}\p{M}\d])")


def word_across(text: str, start: int, end: int, limit: int, v: Vocab) -> int:
    """Where a unit text[start:end] ends when its last syllable and the next one make one word.

    A noun is taken whole ('2 chiếc xúc | xích' -> 'chiếc xúc xích'); any other word goes with the syllable
    the unit holds of it ('9.400 lượt xe phục | vụ' -> 'lượt xe', 'khán giả bên | dưới' -> 'khán giả').
    The word is one of underthesea's dictionary that neither syllable can belong to otherwise: the syllable
    before makes no word with the unit's last ('bệnh nhân | tử vong', 'đoàn thanh tra'), nor the syllable
    after with the next ('người | thương vong'). A unit of one syllable takes a noun whole ('4 bệ | phóng tên lửa'),
    never a stop word ('người | ở ...'), and is left as it is otherwise; one of two keeps its second ('xe đua |
    tranh tài', 'kỳ thủ | từ': compounds the dictionary lacks). A word that is one of three syllables with the
    syllable before it is taken whole, whatever the tagger says ('4 tàu khu | trục' -> 'tàu khu trục'). A pronoun
    opening the next clause ends the unit before it (:func:`_subject_pronoun`).
    The tagger reads the word between its neighbours grouped into dictionary words (no tokens needed).
    """
    spans = list(_SYLLABLES.finditer(text, start, end))
    run = _RUN.match(text, end, min(limit, end + AFTER_CHARS))
    after = run.group().split() if run else []
    if (subject := _subject_pronoun(spans, after, v)) is not None:
        return subject  # '5 vòng | anh chạy': the pronoun is the next clause's subject
    if _verb_before_determiner(spans, after, v):
        return spans[0].end()  # '131 trang | chứa các nội dung'
    if not spans or spans[-1].end() != end or not after or not (spans[-1].group() + after[0]).islower():
        return end
    if brand_next(text, end, limit, v):
        return end  # 'chiếc xe | hiệu Toyota': the marker goes with the name
    if len(spans) < 2 and v.stop.match(run.group().lstrip() if run else ""):
        return end  # 'người | ở Hà Nội' is no 'người ở'
    d = dictionary()
    word = f"{spans[-1].group()} {after[0]}".casefold()
    closes = len(spans) > 1 and f"{spans[-2].group()} {spans[-1].group()}".casefold() in d  # 'bệnh nhân | tử vong'
    opens = len(after) > 1 and " ".join(after[:2]).casefold() in d  # 'người | thương vong'
    if word not in d or closes or opens:
        return end
    if len(spans) > 1 and f"{spans[-2].group()} {word}".casefold() in d:
        return end + run.group().index(after[0]) + len(after[0]) if run else end  # 'tàu khu | trục': a 3-syllable word
    head = _words([m.group() for m in spans[:-1]])
    window = (*head, word, *_words(after[1:])[:WORD_CONTEXT])
    word_tags = tags(window)
    if len(word_tags) != len(window):  # pragma: no cover - no tagger
        return end
    if word_tags[len(head)] in NOUN_TAGS:
        return end + run.group().index(after[0]) + len(after[0]) if run else end
    return spans[-2].end() if len(spans) > 2 else end


def _subject_pronoun(spans: list[regex.Match[str]], after: list[str], v: Vocab) -> int | None:
    """Where a pronoun after the unit's first word opens the next clause as its subject, a verb or an adverb after
    it ('5 vòng | anh chạy', '48 lần | thầy mới hài lòng'): the end of the word before it; None when there is none,
    or it makes one word with the syllable before it ('trẻ em', 'giáo họ': :func:`_one_word`)."""
    syllables = [m.group() for m in spans]
    at = next((k for k in range(1, len(spans)) if v.pronoun.fullmatch(syllables[k])), None)
    if at is None or _one_word(spans[at - 1], spans[at], v):
        return None  # 'trẻ em', '25 giáo họ': the pronoun's syllable is part of a noun
    head, rest = _words(syllables[:at]), _words([*syllables[at + 1 :], *after])[:WORD_CONTEXT]
    window = (*head, syllables[at], *rest)
    word_tags = tags(window)
    if not rest or len(word_tags) != len(window) or word_tags[len(head) + 1] not in ("V", "R"):
        return None
    if at > 1 and _counts_pronoun(syllables[at - 1]):
        return spans[at - 2].end()  # '2 cô giáo | hai cô có hành vi': the number word counts the pronoun
    return spans[at - 1].end()


def _counts_pronoun(word: str) -> bool:
    """A digit spelled in words, not an ambiguous one ('năm' is a year too): before a pronoun it counts it."""
    entry = number_words().get(case_key(word))
    return entry is not None and entry.kind == "digit" and not entry.ambiguous


def _verb_before_determiner(spans: list[regex.Match[str]], after: list[str], v: Vocab) -> bool:
    """A head and a one-syllable verb, a determiner after them ('các', 'những': tag L): the verb takes its own object,
    a predicate ('131 trang | chứa các nội dung'); after a nominal head it names the noun ('văn bản nhắc nhở'), and
    two syllables that make one word are a noun ('học sinh các trường', 'đại biểu các sở')."""
    if len(spans) != 2 or not after or v.nominal.match(f"{spans[0].group()} {spans[1].group()}"):
        return False  # 'văn bản', 'nội dung': a nominal head of one syllable or two
    if _one_word(spans[0], spans[1], v):
        return False  # 'học sinh | các trường', 'vở viết | các loại': one noun, no head and verb
    window = (spans[0].group(), spans[1].group(), *_words(after)[: WORD_CONTEXT])
    word_tags = tags(window)
    return len(word_tags) == len(window) and word_tags[1] == "V" and word_tags[2] == "L"


def _one_word(first: regex.Match[str], second: regex.Match[str], v: Vocab) -> bool:
    """Two syllables in a row make one noun: a dictionary word ('học sinh') or a ``word`` entry it lacks ('vở viết')."""
    pair = f"{first.group()} {second.group()}"
    return pair.casefold() in dictionary() or bool(v.word.fullmatch(pair))


def spends(text: str, amount: tuple[int, int], start: int, unit_end: int, v: Vocab) -> bool:
    """A sum of a million or more written with a scale word and no currency, the "unit" after it a verb: money in
    đồng, what it paid for or did the verb's phrase ('2,5 triệu | đặt cọc', 'hơn 20 triệu | mua combo', '22 tỷ |
    cứu U20'); a noun there is counted ('2 triệu | người dùng', '126 triệu | giao dịch': ``word`` entries).

    >>> from ._achv_vocab import vocab
    >>> [spends(t, (0, 9), 10, len(t), vocab()) for t in ("2,5 triệu đặt cọc", "2,5 triệu người dùng")]
    [True, False]
    >>> spends("2.500.000 đặt cọc", (0, 9), 10, 17, vocab())
    False
    >>> spends("26 triệu học sinh, sinh viên tham dự", (0, 8), 9, 36, vocab())
    False
    """
    first = _SYLLABLES.match(text, start, unit_end)
    if first is None or v.word.match(text, start, unit_end) or not _LETTER.search(text, *amount):
        return False
    scale = text[max(0, start - AFTER_CHARS) : start].split()[-2:]  # the tagger reads the amount before it
    syllables = [p for p in _PIECES.findall(text, start, unit_end) if p[0].isalnum()]  # 'học sinh,' is 'học sinh'
    window = (*scale, *_words(syllables)[: WORD_CONTEXT + 1])
    word_tags = tags(window)
    return len(word_tags) == len(window) and word_tags[len(scale)] == "V"


def _words(syllables: list[str]) -> list[str]:
    """Syllables joined into the longest dictionary words, left to right (up to three syllables), for the tagger.

    >>> _words(["công", "ty", "báo", "cáo", "x"])
    ['công ty', 'báo cáo', 'x']
    """
    out: list[str] = []
    i = 0
    while i < len(syllables):
        k = next((k for k in (3, 2) if in_dictionary(syllables[i : i + k])), 1)
        out.append(" ".join(syllables[i : i + k]))
        i += k
    return out
