"""The one-call entry points: text, web page or file in, validated :class:`~vnnews.models.Article` out.

normalise + segment (Document) -> extract (hits, tokenized lazily) -> link -> who owns a number
(:mod:`vnnews.ownership`) -> records -> validate;
writing is the CLI's.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

from . import html as _html
from . import records
from ._dates_record import date_fields
from .document import Document
from .errors import EmptyInputError, InternalError, TooLargeError
from .extractors import achievements as _achievements
from .extractors import awards as _awards
from .extractors import people as _people
from .link import link_people
from .models import Article, ExtractedText, Source
from .options import DEFAULT_OPTIONS, Options
from .ownership import settle
from .reader import read_article
from .validate import bad_spans


def extract(text: str, *, source: Source | str | Path | None = None, options: Options | None = None) -> Article:
    """Extract people, achievements and awards from one article's text.

    ``text`` is always the article itself, never a file name: ``extract("articles/a.txt")`` reads
    those 14 characters as an article (and warns when they name an existing file); read files with
    :func:`extract_file`. ``source`` is a :class:`Source` or a path (its stem becomes the record ``id``).
    Spans are offsets into ``text`` exactly as given, a leading BOM included.

    >>> extract("Phó Bí thư Tỉnh ủy Hoàng Giang dự.").schema_version
    '1.3'
    """
    opts = options or DEFAULT_OPTIONS
    if not isinstance(text, str):
        raise TypeError(f"extract() takes str, not {type(text).__name__}; use extract_file() for files")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > opts.max_bytes:
        raise TooLargeError(f"text of {size} bytes (UTF-8) is over the limit of {opts.max_bytes} bytes (max_bytes)")
    if len(text) < 4096 and "\n" not in text and os.path.isfile(text.strip()):
        warnings.warn(f"extract() reads {text!r} as article text, not as a file: use extract_file()", stacklevel=2)
    return _extract(text, source, opts, keep_text=opts.include_text, extractor=None)


def _extract(
    text: str, source: Source | str | Path | None, opts: Options, *, keep_text: bool, extractor: str | None
) -> Article:
    """The pipeline; ``keep_text`` puts the text the spans index in the record, ``extractor`` says what made it."""
    if not text.removeprefix("\ufeff").strip():
        raise EmptyInputError("empty article (no text)")
    src = Source(path=str(source)) if isinstance(source, (str, Path)) else (source or Source())
    doc = Document.from_text(text, opts)  # normalising drops a BOM and keeps offsets into ``text``
    people, roles = link_people(*_people.extract(doc))
    awards = _awards.extract(doc, people)  # givers and named recipients: the people found above
    achievements, awards = settle(_achievements.extract(doc), awards)  # who owns a number
    published, dates, event = date_fields(doc, src.published)
    text_record = None
    if keep_text:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        text_record = ExtractedText(content=text, sha256=digest, extractor=extractor)
    article = records.article(
        doc,
        src.model_copy(update={"url": src.url or doc.source_url(), "published": published}),
        people=people,
        roles=roles,
        achievements=achievements,
        awards=awards,
        dates=dates,
        event_date=event,
        text=text_record,
    )
    problems = bad_spans(article, text)
    if problems:  # a bug in a rule, never the user's fault: fail loudly
        raise InternalError("inexact spans: " + "; ".join(problems[:3]))
    return article


def extract_html(
    html: str, url: str | None = None, *, source: Source | None = None, options: Options | None = None
) -> Article:
    """Extract from a web page: its article text (trafilatura) and what the page says about it.

    The record carries the extracted text (``record.text``: content, sha256, extractor and its
    version): that text is what the spans index.
    """
    opts = options or DEFAULT_OPTIONS
    if not isinstance(html, str):
        raise TypeError(f"extract_html() takes str, not {type(html).__name__}; use extract_file() for files")
    size = len(html.encode("utf-8", "surrogatepass"))
    if size > opts.max_bytes:
        raise TooLargeError(f"page of {size} bytes (UTF-8) is over the limit of {opts.max_bytes} bytes (max_bytes)")
    page = _html.read_page(html, url)
    src = (source or Source()).model_copy(
        update={"url": page.url, "title": page.title, "site": page.site, "author": page.author,
                "published": page.published}
    )
    return _extract(page.text, src, opts, keep_text=True, extractor=_html.EXTRACTOR)


def extract_file(path: str | Path, *, options: Options | None = None) -> Article:
    """Read, decode and extract one article file or saved web page (.html, .htm, .html.gz, or sniffed)."""
    opts = options or DEFAULT_OPTIONS
    text, encoding = read_article(path, opts)
    return extract_decoded(text, Source(path=str(path), encoding=encoding), options=opts)


def extract_decoded(text: str, source: Source, *, options: Options | None = None) -> Article:
    """What a file's decoded text holds: a saved web page's article, or the text itself (files and URLs alike)."""
    if _html.looks_like_html(text):
        return extract_html(text.removeprefix("\ufeff"), source=source, options=options)
    return extract(text, source=source, options=options)
