"""The errors vnnews raises, one small hierarchy so callers can catch exactly what they mean.

    VnnewsError                  anything vnnews raises on purpose
    ├── InputError               an article that cannot be read as text
    │   ├── EmptyInputError      nothing but whitespace
    │   ├── BinaryInputError     NUL bytes or a known binary signature (PDF, PNG, JPEG, ...)
    │   ├── DecodingError        bytes that no supported encoding decodes cleanly
    │   └── TooLargeError        over the configured size limit
    ├── LexiconError             a vocabulary file that is missing, malformed or invalid
    ├── ArgumentError            a batch run's arguments cannot be used (missing input, output = input)
    └── InternalError            a bug in vnnews (a record with an inexact span): never the input's fault

Every error has a stable ``kind`` (the class name in snake case) used in batch error records.
Nothing found is never an error: extractors return empty lists.
"""

from __future__ import annotations

import re


class VnnewsError(Exception):
    """Base class of every error vnnews raises on purpose."""

    @property
    def kind(self) -> str:
        """Stable snake-case name of the error class, for machine-readable error records."""
        return re.sub(r"(?<!^)(?=[A-Z])", "_", type(self).__name__).lower()


class InputError(VnnewsError):
    """An article that cannot be read as text."""


class EmptyInputError(InputError):
    """The article holds nothing but whitespace."""


class BinaryInputError(InputError):
    """The article looks like binary data (NUL bytes, a PDF or image signature)."""


class DecodingError(InputError):
    """No supported encoding decodes the article's bytes cleanly."""


class TooLargeError(InputError):
    """The article is larger than the configured size limit."""


class LexiconError(VnnewsError):
    """A vocabulary file is missing, malformed or fails validation."""


class ArgumentError(VnnewsError):
    """A batch run cannot start with these arguments (nothing has been written): exit status 2."""


class InternalError(VnnewsError):
    """A bug in vnnews: a rule produced a record that fails its own checks (an inexact span); please report it."""


def one_line(message: str) -> str:
    """Collapse a multi-line message (pydantic, YAML) so error lines and error records stay one line.

    >>> one_line("bad\\n  thing")
    'bad thing'
    """
    return " ".join(message.split())
