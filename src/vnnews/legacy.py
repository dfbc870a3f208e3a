"""Pre-Unicode Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VISCII and VPS, read, written and guessed.

Python has no codec for any of them, and charset-normalizer reads VNI as cp1250 and VISCII as
ISO-8859-10 (mojibake both) and TCVN3 or VPS as nothing at all. The tables are package data
(``data/charmaps/*.tsv``, see their headers for where each comes from); :func:`detect` decodes
the bytes with every candidate and keeps the one whose words are Vietnamese syllables
(:mod:`vnnews.syllables`).

TCVN3 has no toned capitals: the ABC fonts drew them by switching to a capitals-only font, so a
TCVN3 file holds ``ñy ban`` for both ``ủy ban`` and ``Ủy ban``. :func:`encode` writes a toned
capital as its small letter, as those files do; :func:`decode` gives the small letter back and
then restores the capital where the text says so (:mod:`vnnews._recase`). Everything else
round-trips exactly.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from ._recase import recase
from .errors import DecodingError
from .syllables import vietnamese_share

#: Encodings of our own, by canonical name.
LEGACY_ENCODINGS = ("tcvn3", "vni", "viscii", "vps")
#: Candidates :func:`detect` tries when bytes are not UTF-8, in order of preference on a tie.
CANDIDATES = ("cp1258", "tcvn3", "vni", "viscii", "vps")
_ALIASES = {
    "abc": "tcvn3", "vn3": "tcvn3", "tcvn": "tcvn3", "tcvn-3": "tcvn3", "tcvn5712": "tcvn3",
    "tcvn5712-3": "tcvn3", "vscii": "tcvn3", "vni-windows": "vni", "vni-win": "vni", "vniwin": "vni",
    "viscii1.1": "viscii", "csviscii": "viscii", "x-viet-vps": "vps", "vps": "vps",
}
#: A decoding is plausible when at least this share of its non-ASCII words are syllables.
MIN_SHARE = 0.6
_SAMPLE = 65536
_TONED_SMALL = frozenset(
    c for c in (unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in "\u0301\u0300\u0309\u0303\u0323")
)


@dataclass(frozen=True)
class Charmap:
    """One legacy encoding: byte sequences (one or two bytes) to characters and back."""

    name: str
    to_char: dict[bytes, str]
    to_bytes: dict[str, bytes]
    fallback: str  # Python codec for the bytes the table leaves alone

    @property
    def single_byte(self) -> bool:
        """True when every character is one byte (so decoded offsets equal byte offsets)."""
        return all(len(k) == 1 for k in self.to_char)


def _parse(text: str) -> dict[bytes, str]:
    """``bytes<TAB>U+XXXX<TAB>name`` lines (``#`` comments) to a mapping."""
    out: dict[bytes, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        seq, code, _name = line.split("\t")
        out[bytes(int(b, 16) for b in seq.split())] = chr(int(code.removeprefix("U+"), 16))
    return out


@functools.cache
def charmap(name: str) -> Charmap:
    """The table of one of :data:`LEGACY_ENCODINGS` (loaded once)."""
    canon = canonical(name)
    if canon not in LEGACY_ENCODINGS:
        raise LookupError(f"{name!r} is not one of {', '.join(LEGACY_ENCODINGS)}")
    text = resources.files("vnnews").joinpath("data").joinpath("charmaps").joinpath(f"{canon}.tsv").read_text(
        encoding="utf-8"
    )
    to_char = _parse(text)
    to_bytes = {c: seq for seq, c in to_char.items()}
    if canon == "tcvn3":  # VN3 (what ABC files hold): a toned capital is written as its small letter
        for c in _TONED_SMALL:
            to_bytes[c.upper()] = to_bytes[c]
    fallback = "cp1252" if canon in ("tcvn3", "vni") else "latin-1"
    return Charmap(canon, to_char, to_bytes, fallback)


def canonical(name: str) -> str:
    """Our name for an encoding, or Python's codec name; LookupError if neither knows it.

    >>> canonical("ABC"), canonical("VNI-Windows"), canonical("windows-1258"), canonical("utf8")
    ('tcvn3', 'vni', 'cp1258', 'utf-8')
    """
    key = name.strip().lower().replace("_", "-")
    if key in LEGACY_ENCODINGS:
        return key
    if key in _ALIASES:
        return _ALIASES[key]
    return codecs.lookup(key).name


def _fallback_char(b: int, fallback: str) -> str:
    """A byte the table leaves alone, read with the table's base code page (latin-1 where cp1252 has a hole)."""
    try:
        return bytes([b]).decode(fallback)
    except UnicodeDecodeError:
        return chr(b)


@functools.cache
def _single_table(name: str) -> dict[int, str]:
    """``str.translate`` table from latin-1 code points to characters, for a single-byte charmap."""
    cm = charmap(name)
    table = {b: _fallback_char(b, cm.fallback) for b in range(0x80, 0x100)}
    table.update({seq[0]: c for seq, c in cm.to_char.items()})
    return {k: v for k, v in table.items() if v != chr(k)}


@functools.cache
def _vni_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """VNI as latin-1 strings (a letter + its mark, or one byte) to characters, and the pattern finding them.

    A mark byte follows the case of its letter in the table; one of the other case is read the same.
    """
    cm = charmap("vni")
    table = {chr(b): _fallback_char(b, cm.fallback) for b in range(0x80, 0x100)}
    for seq, c in cm.to_char.items():
        key = seq.decode("latin-1")
        table[key] = c
        if len(key) == 2:
            table.setdefault(key[0] + chr(ord(key[1]) ^ 0x20), c)
    pairs = [k for k in table if len(k) == 2]
    firsts = "".join(sorted({k[0] for k in pairs}))
    marks = "".join(sorted({k[1] for k in pairs}))
    return re.compile(f"[{re.escape(firsts)}][{re.escape(marks)}]|[\x80-\xff]"), table


def _decode_vni(data: bytes) -> str:
    """VNI: a letter and the mark byte after it make one character; any other byte stands alone."""
    if data.isascii():
        return data.decode("ascii")
    pattern, table = _vni_table()

    def one(m: re.Match[str]) -> str:
        s = m.group()
        return table.get(s) or "".join(table.get(c, c) for c in s)

    return pattern.sub(one, data.decode("latin-1"))


def decode(data: bytes, encoding: str, *, restore_case: bool = True) -> str:
    """Decode ``data`` with one of ours or any Python codec; DecodingError if it does not decode.

    >>> decode(b"H\\xe9i N\\xabng d\\xa9n", "tcvn3"), decode(b"Ho\\xe4i No\\xe2ng da\\xe2n", "vni")
    ('Hội Nông dân', 'Hội Nông dân')
    >>> decode(b"\\xf1y ban nh\\xa9n d\\xa9n", "tcvn3")    # no capitals in TCVN3: the start of a line gets one
    'Ủy ban nhân dân'
    """
    canon = canonical(encoding)
    if canon == "vni":
        return _decode_vni(data)
    if canon in LEGACY_ENCODINGS:
        text = data.decode("latin-1").translate(_single_table(canon))
        if canon == "tcvn3" and restore_case and not _has_tcvn_capitals(data):
            text = recase(text)
        return text
    try:
        return data.decode(canon)
    except UnicodeDecodeError as e:
        raise DecodingError(f"does not decode as {canon}: {e}") from e


@functools.cache
def _tcvn_capital_bytes() -> frozenset[int]:
    """Bytes of VN2's toned capitals and combining marks, which a writer without capitals never produces."""
    toned_caps = {c.upper() for c in _TONED_SMALL}
    return frozenset(
        seq[0] for seq, c in charmap("tcvn3").to_char.items() if unicodedata.combining(c) or c in toned_caps
    )


def _has_tcvn_capitals(data: bytes) -> bool:
    """True when the file uses VN2's toned capitals or combining marks: its writer had capitals, keep the case."""
    return any(bytes([b]) in data for b in _tcvn_capital_bytes())


def encode(text: str, encoding: str, *, errors: str = "strict") -> bytes:
    """Write ``text`` (NFC first) in one of ours or any Python codec; with ``errors="replace"``, '?' for the rest.

    >>> encode("Hội Nông dân", "tcvn3"), encode("Ủy ban", "tcvn3") == encode("ủy ban", "tcvn3")
    (b'H\\xe9i N\\xabng d\\xa9n', True)
    >>> encode("Quốc", "vni")
    b'Quo\\xe1c'
    """
    canon = canonical(encoding)
    nfc = unicodedata.normalize("NFC", text)
    if canon == "cp1258":  # Windows-1258 has few precomposed letters: base letter + combining tone
        nfc = "".join(_cp1258_letter(c) for c in nfc)
    if canon not in LEGACY_ENCODINGS:
        return nfc.encode(canon, errors=errors)
    cm = charmap(canon)
    used = {seq[0] for seq in cm.to_bytes.values()}
    out = bytearray()
    for i, ch in enumerate(nfc):
        seq = cm.to_bytes.get(ch)
        if seq is None and ch.isascii():
            seq = ch.encode("ascii")
        if seq is None:
            seq = _fallback_bytes(ch, cm.fallback, used)
        if seq is None:
            if errors != "replace":
                raise UnicodeEncodeError(canon, nfc, i, i + 1, f"{ch!r} has no code in {canon}")
            seq = b"?"
        out += seq
    return bytes(out)


def _cp1258_letter(ch: str) -> str:
    """A letter as Windows-1258 writes it: the toneless letter (precomposed) and a combining tone mark."""
    parts = unicodedata.normalize("NFD", ch)
    tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
    if not tones:
        return ch
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tones


def _fallback_bytes(ch: str, fallback: str, used: set[int]) -> bytes | None:
    """The base code page's byte for ``ch`` when the table does not use that byte for a letter."""
    try:
        b = ch.encode(fallback)
    except UnicodeEncodeError:
        return None
    return b if b[0] not in used else None


@dataclass(frozen=True)
class Guess:
    """How well one candidate encoding reads the bytes."""

    encoding: str
    syllables: int
    words: int

    @property
    def share(self) -> float:
        """Share of non-ASCII words that are Vietnamese syllables (1.0 when there are none)."""
        return self.syllables / self.words if self.words else 1.0

    @property
    def score(self) -> int:
        """Syllables found minus words that are not syllables: what the best candidate maximises."""
        return 2 * self.syllables - self.words


def guesses(data: bytes) -> list[Guess]:
    """Every candidate's reading of a sample of ``data``, best first (ties keep :data:`CANDIDATES` order)."""
    sample = data[:_SAMPLE]
    out = []
    for enc in CANDIDATES:
        try:
            text = decode(sample, enc, restore_case=False)
        except DecodingError:
            continue
        out.append(Guess(enc, *vietnamese_share(text)))
    return sorted(out, key=lambda g: -g.score)


def detect(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes that are not UTF-8 with the legacy encoding that gives Vietnamese: (text, encoding).

    DecodingError when no candidate reads as Vietnamese (random bytes, another language's code page).

    >>> detect(encode("Đại hội Phụ nữ tỉnh Quảng Ngãi", "cp1258"))[1]
    'cp1258'
    >>> detect(encode("Đại hội Phụ nữ tỉnh Quảng Ngãi", "vni"))[1]
    'vni'
    """
    ranked = guesses(data)
    best = ranked[0] if ranked else None
    if best is None or best.share < MIN_SHARE:
        undecodable = [e for e in CANDIDATES if e not in {g.encoding for g in ranked}]
        tried = ", ".join([f"{g.encoding} {g.syllables}/{g.words}" for g in ranked] + [f"{e} -" for e in undecodable])
        raise DecodingError(
            f"{name}: not UTF-8, and no Vietnamese legacy encoding reads it as Vietnamese "
            f"(syllables/words with accents, - when it does not decode: {tried}); pass --encoding if you know it"
        )
    return decode(data, best.encoding), best.encoding
