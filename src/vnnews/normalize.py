"""Stage 1, normalise: one spelling of the text for the rules, with a map back to the input.

Rules match one canonical form: Unicode NFC, the modern tone-mark placement (``Uỷ`` -> ``Ủy``,
``hoà`` -> ``hòa``), straight quotes, ``-`` for every dash, ``\\n`` for every line break, a plain
space for every other space or control character, and no zero-width characters. Offsets of the
record are always offsets into the *input*; :class:`Normalized` keeps, for every character of the
normalised text, the input range it came from.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

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


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the input range it came from."""

    raw: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

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
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]


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
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
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


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` and keep the offset map (see module docstring).

    >>> normalize("Uỷ ban “A”\\r\\n").text
    'Ủy ban "A"\\n'
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clusters = _clusters(raw)
    k = 0
    while k < len(clusters):
        s, e = clusters[k]
        # CRLF is one line break.
        if raw[s] == "\r" and k + 1 < len(clusters) and raw[clusters[k + 1][0]] == "\n":
            chars.append("\n")
            starts.append(s)
            ends.append(clusters[k + 1][1])
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
    text = "".join(chars)
    # Tone placement is length-preserving in NFC, so the map is unchanged.
    text = _SYLLABLE.sub(lambda m: modern_tone(m.group()), text)
    return Normalized(raw=raw, text=text, starts=tuple(starts), ends=tuple(ends))
