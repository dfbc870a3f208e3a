"""Review pages: one self-contained HTML file per article with every fact highlighted in its text.

A reader checks a fact by seeing it where it was found. The page shows the article text exactly
as read (the pipeline's input, BOM removed), cut at every span boundary into flat pieces
(:func:`vnnews._review_facts.cut`), so crossing spans need no nested marks and no text is shown
twice. Text and facts are data: every string is escaped, and a Content-Security-Policy with a hash
of the page's own script refuses any other script, event handler or network request.

>>> page = render({"people": [], "achievements": [], "awards": []}, "<script>alert(1)</script>")
>>> "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from . import __version__
from ._jsonl import is_article, read_records, record_text
from ._review_facts import KINDS, Fact, Mark, Piece, Record, cut, facts_of, marks_of
from .errors import InputError
from .models import Article
from .options import DEFAULT_OPTIONS, Options
from .pipeline import extract_file
from .validate import bad_spans

__all__ = ["KINDS", "ReviewEntry", "record_text", "render", "render_index", "review_batch", "review_file"]


@cache
def _template(name: str) -> str:
    """A packaged template, CSS or script file (src/vnnews/templates/)."""
    return resources.files("vnnews").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(script: str) -> str:
    """The CSP source allowing exactly this inline script."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def escape_text(text: str) -> str:
    """Article text as HTML character data that parses back to the same characters.

    A carriage return is written as a reference: the HTML parser would turn a literal CR LF into LF.

    >>> escape_text('a<b & "c"\\r\\n')
    'a&lt;b &amp; "c"&#13;\\n'
    """
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def script_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` can end it early.

    >>> script_json({"t": "</script><b>"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _as_record(article: Article | Record) -> Record:
    return article.model_dump(mode="json") if isinstance(article, Article) else article


def _piece_html(text: str, piece: Piece, kind_of: Mapping[str, str]) -> str:
    chunk = escape_text(text[piece.start : piece.end])
    if not piece.marks:
        return chunk
    kinds = sorted({kind_of[m] for m in piece.marks}, key=KINDS.index)
    classes = " ".join(["p", *(f"has-{k}" for k in kinds)])
    return f'<span class="{classes}" data-m="{" ".join(piece.marks)}">{chunk}</span>'


def _fact_html(fact: Fact) -> str:
    lines = "".join(
        f'<span class="dl"><span class="k">{_attr(k)}:</span> {_attr(v)}</span>' for k, v in fact.details
    )
    where = "" if fact.marks else '<span class="dl empty">not in the text</span>'
    return (
        f'<li class="k-{fact.kind}"><button type="button" class="fbtn k-{fact.kind}" data-fact="{fact.id}" '
        f'data-kind="{fact.kind}"><span class="kind">{fact.kind}</span>'
        f'<span class="label">{_attr(fact.label)}</span>{lines}{where}</button></li>'
    )


def _side_order(facts: Sequence[Fact]) -> list[Fact]:
    """Facts grouped by kind (legend order), each group in text order."""
    return sorted(facts, key=lambda f: (KINDS.index(f.kind), f.marks[0].start if f.marks else -1))


def _meta(record: Record, counts: Mapping[str, int]) -> str:
    source = record.get("source") or {}
    parts = [_attr(str(v)) for v in (record.get("id"), source.get("path")) if v]
    url = source.get("url")
    if isinstance(url, str) and re.match(r"https?://", url):
        parts.append(f'<a href="{_attr(url)}" rel="noopener noreferrer">{_attr(url)}</a>')
    parts.append(", ".join(f"{counts.get(k, 0)} {k}" for k in KINDS))
    return " · ".join(parts)


def _data(facts: Sequence[Fact], marks: Sequence[Mark]) -> dict[str, Any]:
    """What the script needs: each mark's fact and rule, each fact's kind and label."""
    return {
        "marks": {m.id: {"f": m.fact, "r": m.rule} for m in marks},
        "facts": {f.id: {"k": f.kind, "l": f.label} for f in facts},
    }


def render(article: Article | Record, text: str | None = None) -> str:
    """The review page of one record over the text it was made from (``text``, else the record's own)."""
    record = _as_record(article)
    if text is None:
        carried = record.get("text")
        if isinstance(carried, Mapping):  # {content, sha256, extractor}: web pages, or --include-text
            carried = carried.get("content")
        if not isinstance(carried, str):
            raise InputError(f"record {record.get('id')!r} carries no text: pass the article text")
        text = carried
    text = text.removeprefix("\ufeff")  # offsets count from after the BOM, as in the pipeline
    problems = bad_spans({k: v for k, v in record.items() if k != "text"}, text)
    if problems:
        raise InputError(f"record {record.get('id')!r} does not match this text: " + "; ".join(problems[:3]))
    facts = facts_of(record)
    marks = marks_of(facts)
    kind_of = {m.id: m.kind for m in marks}
    counts = Counter(f.kind for f in facts)
    title = (record.get("title") or {}).get("text") or record.get("id") or "article"
    js = _template("review.js")
    filters = "\n".join(
        f'<label class="k-{k}"><input type="checkbox" data-kind="{k}" checked><span class="sw"></span>'
        f"{k} ({counts.get(k, 0)})</label>"
        for k in KINDS
    )
    return Template(_template("review.html")).substitute(
        script_hash=_csp_hash(js),
        version=__version__,
        page_title=_attr(f"vnnews review: {title}"),
        heading=_attr(str(title)),
        meta=_meta(record, counts),
        css=_template("review.css"),
        article="".join(_piece_html(text, p, kind_of) for p in cut(len(text), marks)),
        filters=filters,
        facts="\n".join(_fact_html(f) for f in _side_order(facts)),
        data=script_json(_data(facts, marks)),
        js=js,
    )


def review_file(path: str | Path, options: Options = DEFAULT_OPTIONS) -> str:
    """Extract one article file and return its review page."""
    record = extract_file(path, options=options).model_dump(mode="json")
    return render(record, record_text(record, options=options))


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the batch index: the article, its page (None when none could be made) and counts."""

    id: str
    title: str = ""
    page: str | None = None
    counts: Mapping[str, int] = field(default_factory=dict)
    error: str | None = None


def _page_name(article_id: str, taken: set[str]) -> str:
    """A file name for an article's page: its id made safe, unique within the batch."""
    stem = re.sub(r"[^\w.-]+", "_", article_id).strip("._")[:120] or "article"
    name, n = f"{stem}.html", 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name.lower())
    return name


def review_batch(jsonl: str | Path, out_dir: str | Path, options: Options = DEFAULT_OPTIONS) -> list[ReviewEntry]:
    """Write one page per record of ``jsonl`` and an ``index.html`` into ``out_dir``; the index entries.

    Error lines (``{path, kind, message}``) and records whose text cannot be found are listed in the
    index with the reason, and the batch goes on.
    """
    jsonl, out = Path(jsonl), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    taken, entries = {"index.html"}, []
    for n, record, error in read_records(jsonl):
        entries.append(_review_one(record, error, n, jsonl.parent, out, taken, options))
    (out / "index.html").write_text(render_index(entries), encoding="utf-8")
    return entries


def _review_one(record: Record | None, error: str | None, n: int, base: Path, out: Path, taken: set[str],
                options: Options) -> ReviewEntry:
    if record is None:
        return ReviewEntry(id=f"line {n}", error=error)
    article_id = str(record.get("id") or (record.get("source") or {}).get("path") or record.get("path") or f"line {n}")
    if not is_article(record):  # an errors-file line, or not a vnnews record
        return ReviewEntry(id=article_id, error=str(record.get("message") or "not an article record"))
    counts = Counter(f.kind for f in facts_of(record))
    title = str((record.get("title") or {}).get("text") or "")
    try:
        page = render(record, record_text(record, base, options))
    except InputError as e:
        return ReviewEntry(article_id, title, None, counts, str(e))
    name = _page_name(article_id, taken)
    (out / name).write_text(page, encoding="utf-8")
    return ReviewEntry(article_id, title, name, counts)


def _cell(value: str | int, shown: str | None = None, numeric: bool = False) -> str:
    cls = ' class="n"' if numeric else ""
    return f'<td{cls} data-v="{_attr(str(value))}">{shown if shown is not None else _attr(str(value))}</td>'


def _index_row(e: ReviewEntry) -> str:
    link = f'<a href="{_attr(e.page)}">{_attr(e.id)}</a>' if e.page else _attr(e.id)
    title = _attr(e.title) + (f' <span class="err">{_attr(e.error)}</span>' if e.error else "")
    cells = [_cell(e.id, link), _cell(e.title, title)]
    cells += [_cell(e.counts.get(k, 0), numeric=True) for k in KINDS]
    return "<tr>" + "".join(cells) + "</tr>"


def render_index(entries: Iterable[ReviewEntry]) -> str:
    """The batch index page: one row per article with its counts per kind, sortable by any column."""
    rows = list(entries)
    head = '<th><button type="button">article</button></th><th><button type="button">title</button></th>'
    head += "".join(f'<th class="n"><button type="button">{k}</button></th>' for k in KINDS)
    failed = sum(1 for e in rows if e.error)
    totals = ", ".join(f"{sum(e.counts.get(k, 0) for e in rows)} {k}" for k in KINDS)
    js = _template("index.js")
    return Template(_template("index.html")).substitute(
        script_hash=_csp_hash(js),
        n=len(rows),
        summary=_attr(f"{len(rows) - failed} pages, {failed} without a page; {totals}. Click a heading to sort."),
        head=head,
        rows="\n".join(_index_row(e) for e in rows),
        js=js,
    )
