"""Stage 1, normalise: one spelling of the text for the rules, with a map back to the input.

Rules match one canonical form: Unicode NFC, the modern tone-mark placement (``Uỷ`` -> ``Ủy``,
``hoà`` -> ``hòa``), straight quotes, ``-`` for every dash, ``\\n`` for every line break, a plain
space for every other space or control character, and no zero-width characters. Offsets of the
record are always offsets into the *input*; :class:`Normalized` keeps, for every character of the
normalised text, the input range it came from (:class:`OffsetMap`, compact: by pieces).
"""

from __future__ import annotations

import functools
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .charkinds import CharKinds

# Characters rewritten one for one (same length, so offsets only need the identity map).
_CHAR_MAP = {
    # quotes: curly, low, prime-like, guillemet-like -> straight
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    # dashes and minus -> hyphen-minus (2021 – 2026, Thừa Thiên – Huế)
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    # letters underthesea also folds (Icelandic eth typed for đ)
    "\u00f0": "đ", "\u00d0": "Đ",
    "\t": " ",
}
# Characters dropped entirely: zero-width and soft hyphen (they split words invisibly).
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot below
# Open syllables ending in these vowel pairs take the tone on the first vowel in the modern
# style (hòa, khỏe, thủy); with a final consonant (hoàng, thuận) both styles agree.
_MOVE_TONE = regex.compile(r"(?i)(?<![q])(?:o[ae]|uy)$")
_SYLLABLE = regex.compile(r"\p{L}+")


def _toned(letters: str) -> str:
    """The letters plus each of them with each of the five tone marks, precomposed."""
    return "".join(unicodedata.normalize("NFC", c + t) for c in letters for t in ("", *sorted(_TONES)))


# Only syllables ending in o+a/e or u+y (any tone, any case) can change in modern_tone: finding
# those final pairs in C keeps the per-syllable Python call off the common path.
_TONE_PAIR = regex.compile(
    rf"(?:[{_toned('oO')}][{_toned('aAeE')}]|[{_toned('uU')}][{_toned('yY')}])(?!\p{{L}})"
)
# Characters that are not copied through unchanged: combining marks, anything in the rewrite
# tables, controls other than \n, spaces other than ' ', surrogates, line/paragraph separators and
# characters NFC rewrites on their own. Text between them is already normal: it is copied in one
# piece with an identity offset map, and only the regions around them take the slow path.
_SPECIAL_CHARS = (
    r"[[^\n ]&&[\p{Cc}\p{Zs}\p{Cs}\p{Zl}\p{Zp}\p{NFC_QC=N}"
    + regex.escape("".join(_CHAR_MAP) + "".join(sorted(_DROP)), special_only=False)
    + "]]"
)
_TRIGGER = regex.compile(rf"\P{{ccc=0}}|{_SPECIAL_CHARS}", regex.V1)
#: Each character seen so far: whether it is one :data:`_TRIGGER` matches.
_TRIGGERING = CharKinds(lambda char: _TRIGGER.match(char) is not None)


def _triggers(raw: str) -> regex.Pattern[str] | None:
    r"""The characters of :data:`_TRIGGER` that ``raw`` holds, as a set of their own (None: none).

    _TRIGGER matches one character at a time, by its properties (half the cost of normalising); a set
    of the few such characters a text holds finds the same places faster.

    >>> _triggers("Uỷ ban “A”\r\n").pattern, _triggers("Ủy ban") is None
    ('[\\U0000000d\\U0000201c\\U0000201d]', True)
    """
    found = _TRIGGERING.marked_in(raw)
    return _set_of("".join(sorted(found))) if found else None


@functools.lru_cache(maxsize=1024)
def _set_of(chars: str) -> regex.Pattern[str]:
    """A set of these characters, each written by its code point."""
    return regex.compile("[" + "".join(f"\\U{ord(c):08x}" for c in chars) + "]")


# A region: clusters with marks or special characters, back to back, plus the \n of a CRLF.
_REGION = regex.compile(rf"(?:(?s:.)?\P{{ccc=0}}+|{_SPECIAL_CHARS})+\n?", regex.V1)


@dataclass(frozen=True)
class OffsetMap:
    """For each character of the normalised text, the input range it came from, stored by pieces.

    Most of a text is copied through unchanged: such a piece is one number, the input offset of its
    first character. Only the rewritten regions (marks composed, quotes, CRLF, dropped characters)
    keep an input range per character. A long text costs a few bytes per rewritten character, not
    eight per character.
    """

    pieces: Sequence[int]  # normalised offset where each piece begins, ascending
    origins: Sequence[int]  # copied piece: input offset of its first character; rewritten: -1 - index into starts
    starts: Sequence[int]  # input range of each character of the rewritten pieces
    ends: Sequence[int]

    def start(self, i: int) -> int:
        """Input offset of the first input character that normalised character ``i`` comes from."""
        k = bisect_right(self.pieces, i) - 1
        origin = self.origins[k]
        return origin + i - self.pieces[k] if origin >= 0 else self.starts[-1 - origin + i - self.pieces[k]]

    def end(self, i: int) -> int:
        """Input offset after the last input character that normalised character ``i`` comes from."""
        k = bisect_right(self.pieces, i) - 1
        origin = self.origins[k]
        return origin + i - self.pieces[k] + 1 if origin >= 0 else self.ends[-1 - origin + i - self.pieces[k]]


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the input range it came from."""

    raw: str
    text: str
    map: OffsetMap

    @property
    def starts(self) -> list[int]:
        """The input start of every normalised character (built on demand: for checks, not for use)."""
        return [self.map.start(i) for i in range(len(self.text))]

    @property
    def ends(self) -> list[int]:
        """The input end of every normalised character (built on demand)."""
        return [self.map.end(i) for i in range(len(self.text))]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the input text.

        >>> n = normalize("Ho\\u0300a  bi\\u0300nh")
        >>> n.text
        'Hòa  bình'
        >>> n.to_raw(0, 3)
        (0, 4)
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside text of length {len(self.text)}")
        if start == len(self.text):
            return len(self.raw), len(self.raw)
        if start == end:
            return self.map.start(start), self.map.start(start)
        return self.map.start(start), self.map.end(end - 1)


def strip_tones(word: str) -> str:
    """The word without its five tone marks, vowel letters (ă â ê ô ơ ư) and đ kept: for comparing spellings.

    >>> strip_tones("Nguyễn Quỳnh"), strip_tones("nghệ sỹ")
    ('Nguyên Quynh', 'nghê sy')
    """
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


def modern_tone(syllable: str) -> str:
    """Move the tone mark of one NFC syllable to its modern place (``Uỷ`` -> ``Ủy``).

    >>> modern_tone("Uỷ"), modern_tone("hoà"), modern_tone("thuỷ"), modern_tone("quý"), modern_tone("hoàng")
    ('Ủy', 'hòa', 'thủy', 'quý', 'hoàng')
    """
    if len(syllable) < 2:
        return syllable
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) != 1:
        return syllable
    base = strip_tones(syllable)
    if not _MOVE_TONE.search(base):
        return syllable
    first = len(base) - 2
    moved = base[:first] + unicodedata.normalize("NFC", base[first] + tones[0]) + base[first + 1 :]
    return moved if len(moved) == len(syllable) else syllable


def _clusters(raw: str) -> list[tuple[int, int]]:
    """Split text into (start, end) runs of a base character and its combining marks."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(raw)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        out.append((i, j))
        i = j
    return out


def _clean_char(ch: str) -> str:
    """Map one character to its normalised replacement ('' drops it)."""
    if ch in _CHAR_MAP:
        return _CHAR_MAP[ch]
    if ch in _DROP:
        return ""
    if ch == "\n":
        return ch
    cat = unicodedata.category(ch)
    if cat == "Zs" or cat == "Cc" or cat == "Cs" or ch in "\u2028\u2029\x85":
        return "\n" if ch in "\r\u2028\u2029\x85\x0b\x0c" else " "
    return ch


def _normalize_region(raw: str, lo: int, hi: int, chars: list[str], starts: array[int], ends: array[int]) -> None:
    """Normalise raw[lo:hi] cluster by cluster (the slow path), appending text and map."""
    clusters = _clusters(raw[lo:hi])
    k = 0
    while k < len(clusters):
        s, e = clusters[k][0] + lo, clusters[k][1] + lo
        # CRLF is one line break.
        if raw[s] == "\r" and k + 1 < len(clusters) and raw[clusters[k + 1][0] + lo] == "\n":
            chars.append("\n")
            starts.append(s)
            ends.append(clusters[k + 1][1] + lo)
            k += 2
            continue
        piece = raw[s:e]
        composed = unicodedata.normalize("NFC", piece) if e - s > 1 or ord(piece) > 0x7F else piece
        for ch in composed:
            for out in _clean_char(ch):
                chars.append(out)
                starts.append(s)
                ends.append(e)
        k += 1


def _modern_tones(text: str) -> str:
    """Apply :func:`modern_tone` to every syllable that could change (length-preserving in NFC).

    >>> _modern_tones("Tỉnh uỷ và Hội Nông dân, hoà bình, quý")
    'Tỉnh ủy và Hội Nông dân, hòa bình, quý'
    """
    out: list[str] = []
    pos = 0
    for m in _TONE_PAIR.finditer(text, concurrent=False):
        start = m.start()
        while start > pos and text[start - 1].isalpha():
            start -= 1
        out += (text[pos:start], modern_tone(text[start : m.end()]))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` and keep the offset map (see module docstring).

    >>> normalize("Uỷ ban “A”\\r\\n").text
    'Ủy ban "A"\\n'
    """
    chars: list[str] = []
    code = "i" if len(raw) < 2**31 - 1 else "q"  # 4 bytes per offset unless the text is huge
    pieces: array[int] = array(code)
    origins: array[int] = array(code)
    starts: array[int] = array(code)
    ends: array[int] = array(code)
    size = 0  # characters of normalised text so far
    pos = 0
    trigger = _triggers(raw)
    while trigger is not None and (m := trigger.search(raw, pos, concurrent=False)) is not None:
        lo = m.start()
        if lo > pos and unicodedata.combining(raw[lo]):
            lo -= 1  # the base character the mark attaches to
        region = _REGION.match(raw, lo, concurrent=False)
        hi = max(region.end() if region else 0, m.end())
        if lo > pos:  # already-normal run: copy it, one piece
            chars.append(raw[pos:lo])
            pieces.append(size)
            origins.append(pos)
            size += lo - pos
        rewritten = len(starts)
        _normalize_region(raw, lo, hi, chars, starts, ends)
        if len(starts) > rewritten:  # a region may drop all it holds (a BOM, zero-width spaces)
            pieces.append(size)
            origins.append(-1 - rewritten)
            size += len(starts) - rewritten
        pos = hi
    if pos < len(raw):
        chars.append(raw[pos:])
        pieces.append(size)
        origins.append(pos)
    text = _modern_tones("".join(chars))
    return Normalized(raw=raw, text=text, map=OffsetMap(pieces, origins, starts, ends))
