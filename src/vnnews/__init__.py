"""vnnews: Vietnamese provincial news articles to structured, validated, grounded records.

>>> import vnnews
>>> record = vnnews.extract("Phó Bí thư Tỉnh ủy Hoàng Giang dự hội nghị.")
>>> isinstance(record.people, list)
True
"""

import logging

from .batch import Result, extract_folder
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
