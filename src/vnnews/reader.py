"""Reading an article file: bytes to text, with a clear error for anything that is not text."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from .errors import BinaryInputError, DecodingError, EmptyInputError, InputError, TooLargeError
from .options import DEFAULT_OPTIONS, Options

# Signatures of binary formats people drop into article folders by mistake.
_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (docx/xlsx?)",
    b"\xd0\xcf\x11\xe0": "OLE document (doc/xls?)",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes to text and the encoding used; raise InputError subclasses otherwise.

    >>> decode("Ủy ban".encode("utf-8"))
    ('Ủy ban', 'utf-8')
    >>> decode(b"\\xef\\xbb\\xbfabc")
    ('abc', 'utf-8-sig')
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInputError(f"{name}: binary file ({what}), not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise DecodingError(f"{name}: starts with a {enc} byte-order mark but does not decode: {e}") from e
    if b"\x00" in data[:65536]:
        raise BinaryInputError(f"{name}: contains NUL bytes, not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=["cp1258", "cp1252", "utf_16", "latin_1"]).best()
    if best is None:
        raise DecodingError(f"{name}: not UTF-8 and no supported encoding decodes it")
    return str(best), best.encoding


def read_article(path: str | Path, options: Options = DEFAULT_OPTIONS) -> tuple[str, str]:
    """Read and decode one article file: (text, encoding). Raises InputError with a one-line reason."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > options.max_bytes:
            raise TooLargeError(f"{p}: {size} bytes is over the limit of {options.max_bytes} (max_bytes)")
        data = p.read_bytes()
    except InputError:
        raise
    except OSError as e:
        raise InputError(f"{p}: cannot read: {e.strerror or e}") from e
    text, encoding = decode(data, str(p))
    if not text.strip():
        raise EmptyInputError(f"{p}: empty article (no text)")
    return text, encoding
