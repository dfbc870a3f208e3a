"""The attributes a CRFsuite model file knows, read from the file: a tagger scores only those.

A CRF tagger adds the weights of the attributes it has seen in training; any other feature string adds nothing
(the tagger looks it up and skips it), so the tags are the same without it. Handing the tagger only the known ones
spares building the others and converting them all into the tagger's own strings: about two in five of the word
segmentation model's features ('T[-1,0]=...' of word pairs it never saw).

The file layout is CRFsuite's (``crf1m_model.c``: a header of twelve 32-bit little-endian fields, then chunks; the
attributes are a CQDB chunk whose backward array gives each attribute's record: id, size, UTF-8 text and a NUL).
"""

from __future__ import annotations

import re
import struct
from itertools import accumulate

#: CRFsuite's header: magic, size, type, version, features, labels, attributes, then five chunk offsets.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
#: A CQDB chunk's header: its id, size, flag, byte order, backward array size and offset (from the chunk).
_CQDB = struct.Struct("<4sIIIII")
_PAIR = struct.Struct("<II")


def attributes(path: str) -> list[str] | None:
    """The attribute strings of the CRFsuite model saved in ``path``, by id; None when the file is not one (or its
    records are not written one after another in id order, as CRFsuite writes them: read in one scan)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        magic, _, _, _, _, _, count, _, _, at, _, _ = _HEADER.unpack_from(data, 0)
        chunk, _, _, _, size, backward = _CQDB.unpack_from(data, at)
        offsets = list(struct.unpack_from(f"<{size}I", data, at + backward))
        if magic != b"lCRF" or chunk != b"CQDB" or size != count or not offsets:
            return None
        last = at + offsets[-1]
        texts = _RECORD.findall(data, at + offsets[0], last + _PAIR.size + _PAIR.unpack_from(data, last)[1])
        # each record where the backward array puts it: its text and NUL end where the next one starts
        ends = list(accumulate(map(len, texts), _next_record, initial=offsets[0]))
        if not texts or ends[:-1] != offsets:
            return None
        return b"\0".join(texts).decode("utf-8").split("\0")
    except (OSError, struct.error, IndexError, UnicodeDecodeError):
        return None


#: One attribute's record: its id and size (4 bytes each), its text, a NUL.
_RECORD = re.compile(rb"(?s)........([^\0]*)\0")


def _next_record(offset: int, length: int) -> int:
    return offset + _PAIR.size + length + 1


def known_strings(path: str) -> dict[str, dict[str, str]] | None:
    """The feature strings the model in ``path`` knows, by the feature and its value ('T[-1,0]' -> {'thành phố':
    'T[-1,0]=thành phố', ...}), or None when the file cannot be read: then every feature string goes to the tagger."""
    names = attributes(path)
    if names is None:
        return None
    by_head: dict[str, dict[str, str]] = {}
    for name in names:
        head, equals, value = name.partition("=")
        if equals:
            by_head.setdefault(head, {})[value] = name
    return by_head
