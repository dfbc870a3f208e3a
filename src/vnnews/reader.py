"""Reading an article file: bytes to text, with a clear one-line error for anything that is not text.

Order of checks (order matters): binary signatures, byte-order marks (UTF-32 before UTF-16, whose
BOM is a prefix of it), NUL bytes (UTF-16 without a BOM, else binary), strict UTF-8, the charset a
web page declares, then the legacy Vietnamese encodings (Windows-1258, TCVN3, VNI, VISCII, VPS),
keeping the one whose words are Vietnamese (:func:`vnnews.legacy.detect`). An encoding given in
the options is used as it is. ``.gz`` files (saved web pages) are decompressed first.
"""

from __future__ import annotations

import errno
import os
import sys
import unicodedata
import zlib
from pathlib import Path
from typing import BinaryIO

from . import legacy
from .errors import BinaryInputError, DecodingError, EmptyInputError, InputError, TooLargeError
from .html import declared_charset
from .options import DEFAULT_OPTIONS, Options

# Signatures of binary formats people drop into article folders by mistake.
_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (docx/xlsx?)",
    b"\xd0\xcf\x11\xe0": "OLE document (doc/xls?)",
    b"\x1f\x8b": "gzip archive",
    b"7z\xbc\xaf\x27\x1c": "7z archive",
    b"Rar!": "RAR archive",
    b"\x7fELF": "executable",
    b"{\\rtf": "RTF document",
}
# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: Legacy encodings tried when the bytes are not UTF-8 (Vietnamese Windows code page first).
LEGACY_ENCODINGS = legacy.CANDIDATES
#: Decoded text with a larger share of control characters than this is binary data, not text.
MAX_CONTROL_SHARE = 0.05
_SAMPLE = 65536


def _control_share(text: str) -> float:
    """Share of control characters other than line breaks and tabs in a sample of ``text``.

    >>> _control_share("ab\\x00\\x01"), _control_share("a\\tb\\r\\n")
    (0.5, 0.0)
    """
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if c not in "\t\n\r\f" and unicodedata.category(c) == "Cc")
    return bad / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """Byte order of BOM-less UTF-16 text: NULs (the high byte of ASCII) sit on one parity only."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    half = max(1, len(sample) // 2)
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd >= 0.2 and even <= 0.01:
        return "utf-16-le"
    if even >= 0.2 and odd <= 0.01:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str = "<bytes>", encoding: str | None = None) -> tuple[str, str]:
    """Decode article bytes to text and the encoding used; raise InputError subclasses otherwise.

    ``encoding`` (the options' one) is used as it is, with no guessing.

    >>> decode("Ủy ban".encode("utf-8"))
    ('Ủy ban', 'utf-8')
    >>> decode(b"\\xef\\xbb\\xbfabc")
    ('abc', 'utf-8-sig')
    >>> decode("Ủy ban".encode("utf-16-le"))
    ('Ủy ban', 'utf-16-le')
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInputError(f"{name}: binary file ({what}), not text")
    if encoding is not None:
        try:
            return legacy.decode(data, encoding), legacy.canonical(encoding)
        except (DecodingError, LookupError) as e:
            raise DecodingError(f"{name}: {e}") from e
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise DecodingError(f"{name}: starts with a {enc} byte-order mark but does not decode: {e}") from e
    if b"\x00" in data[:_SAMPLE]:
        enc16 = _utf16_without_bom(data)
        if enc16 is not None:
            try:
                text = data.decode(enc16)
            except UnicodeDecodeError:
                pass
            else:
                if _control_share(text) <= MAX_CONTROL_SHARE:
                    return text, enc16
        raise BinaryInputError(f"{name}: contains NUL bytes, not a text file")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _not_utf8(data, name)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise BinaryInputError(f"{name}: full of control characters, not a text file")
    return text, encoding


def _not_utf8(data: bytes, name: str) -> tuple[str, str]:
    """Bytes that are not UTF-8: the charset a web page declares if it decodes, else the legacy guess."""
    declared = declared_charset(data)
    if declared is not None:
        try:
            return legacy.decode(data, declared), legacy.canonical(declared)
        except (DecodingError, LookupError):
            pass
    return legacy.detect(data, name)  # the decoded text is checked for control characters after


def gunzip(data: bytes, limit: int, name: str) -> bytes:
    """Decompress a ``.gz`` file, never to more than ``limit`` bytes (a zip bomb is TooLargeError)."""
    try:
        out = zlib.decompressobj(wbits=31).decompress(data, limit + 1)
    except zlib.error as e:
        raise InputError(f"{name}: not a readable gzip file: {e}") from e
    if len(out) > limit:
        raise TooLargeError(f"{name}: decompresses to more than {limit} bytes, over the limit (max_bytes)")
    return out


def read_bytes(path: str | Path, limit: int) -> bytes:
    """Read at most ``limit`` bytes of a file; TooLargeError past it, InputError on any OS error."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory, not an article file")
        with p.open("rb") as f:
            return _read_limited(f, limit, str(p))
    except InputError:
        raise
    except OSError as e:
        reason = "symbolic link loop" if e.errno == errno.ELOOP else (e.strerror or str(e))
        raise InputError(f"{p}: cannot read: {reason}") from e


def _read_limited(f: BinaryIO, limit: int, name: str) -> bytes:
    """Read a stream but never more than ``limit`` + 1 bytes (so a huge file cannot exhaust memory)."""
    try:
        size = os.fstat(f.fileno()).st_size
    except (OSError, ValueError, AttributeError):
        size = 0
    if size > limit:
        raise TooLargeError(f"{name}: {size} bytes is over the limit of {limit} bytes (max_bytes)")
    data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"{name}: more than {limit} bytes, over the limit of {limit} bytes (max_bytes)")
    return data


def read_article(path: str | Path, options: Options = DEFAULT_OPTIONS) -> tuple[str, str]:
    """Read and decode one article file: (text, encoding). Raises InputError with a one-line reason."""
    return decode_article(read_bytes(path, options.max_bytes), str(path), options)


def decode_article(data: bytes, name: str, options: Options = DEFAULT_OPTIONS) -> tuple[str, str]:
    """The bytes of an article file (or of a URL, vnnews.sources) named ``name``: ungzipped, decoded, not empty."""
    if name.lower().endswith(".gz") and data.startswith(b"\x1f\x8b"):
        data = gunzip(data, options.max_bytes, name)
    text, encoding = decode(data, name, options.encoding)
    if not text.strip():
        raise EmptyInputError(f"{name}: empty article (no text)")
    return text, encoding


def read_stdin(options: Options = DEFAULT_OPTIONS) -> tuple[str, str]:
    """Read and decode one article from standard input, with the same checks as a file."""
    data = _read_limited(sys.stdin.buffer, options.max_bytes, "<stdin>")
    text, encoding = decode(data, "<stdin>", options.encoding)
    if not text.strip():
        raise EmptyInputError("<stdin>: empty article (no text)")
    return text, encoding
