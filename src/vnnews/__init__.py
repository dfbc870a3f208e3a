"""vnnews: Vietnamese provincial news articles to structured, validated, grounded records.

>>> import vnnews
>>> record = vnnews.extract("Phó Bí thư Tỉnh ủy Hoàng Giang dự hội nghị.")
>>> isinstance(record.people, list)
True
"""

import logging
import typing as _typing

from .errors import (
    ArgumentError,
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    InputError,
    InternalError,
    LexiconError,
    TooLargeError,
    VnnewsError,
)
from .models import (
    SCHEMA_VERSION,
    Achievement,
    Article,
    Award,
    DateMention,
    DateValue,
    ExtractedText,
    Mention,
    Person,
    Role,
    Source,
    Span,
    Title,
)
from .options import Options
from .pipeline import extract, extract_file, extract_html

if _typing.TYPE_CHECKING:
    from .batch import extract_folder
    from .pool import Result

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Achievement",
    "ArgumentError",
    "Article",
    "Award",
    "BinaryInputError",
    "DateMention",
    "DateValue",
    "DecodingError",
    "EmptyInputError",
    "ExtractedText",
    "InputError",
    "InternalError",
    "LexiconError",
    "Mention",
    "Options",
    "Person",
    "Result",
    "Role",
    "Source",
    "Span",
    "Title",
    "TooLargeError",
    "VnnewsError",
    "__version__",
    "extract",
    "extract_file",
    "extract_folder",
    "extract_html",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

#: Names imported on first use: a batch's modules (process pool, resume, progress bar) are not needed
#: to extract one article, and ``vnnews.batch`` and the rest still resolve after ``import vnnews``.
_LAZY = {"Result": "pool", "extract_folder": "batch"}
_LAZY_MODULES = frozenset({"batch", "pool", "resume", "report", "inputs"})


def __getattr__(name: str) -> object:
    """The batch API (``Result``, ``extract_folder``) and the batch modules, imported when first asked for."""
    import importlib

    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    if name in _LAZY_MODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The module's names, the batch API among them before its first use."""
    return sorted({*globals(), *_LAZY})
