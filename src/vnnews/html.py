"""Web pages in: the article's text and its metadata, read with trafilatura.

trafilatura (the maintained main-text extractor) is pinned to one version in pyproject.toml:
the text it returns is what a record's spans index, so another version may move every offset;
:data:`EXTRACTOR` names it in every record made from a page. It runs in precision mode with
comments left out, so menus, related stories, comment boxes and footers stay out of the text.

The text handed to the pipeline is the title, the lead (the page's description, when the page
shows it and the extracted body does not already hold it) and the body paragraphs, separated by
blank lines, like the plain-text articles. Metadata comes from the page's own tags first
(JSON-LD, ``article:published_time``, ``itemprop=datePublished``, Open Graph), then a visible
dateline, then trafilatura's guesses.
"""

from __future__ import annotations

import functools
import html as html_lib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any
from urllib.parse import urlparse

from .datelines import find_published
from .errors import EmptyInputError, InputError
from .segment import split_blocks

#: The extractor and its version, as records made from pages name it (trafilatura and lxml are
#: imported on the first page only: reading text articles does not pay for them).
EXTRACTOR = f"trafilatura {version('trafilatura')}"
#: A page whose extracted text is shorter than this holds no article (a menu, an error page).
MIN_TEXT_CHARS = 40
_SNIFF = 2048
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+\-]\d{2}:?\d{2})?$"
)
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish_date",
    "dc.date.issued", "dc.date", "date",
)
_DATE_LABEL = re.compile(r"date|time|meta|publish|posted|ngay")
_PERSON_TYPES = {"person"}
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle"}


@dataclass(frozen=True)
class Page:
    """What a page gives the pipeline: the article text and what the page says about it."""

    text: str
    title: str | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, with the zone when the page gives one


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like a web page (doctype, ``<html>``, ``<head>``, ``<body>``).

    >>> looks_like_html("<!DOCTYPE html><html>..."), looks_like_html("Tiêu đề\\n<b>nội dung</b>")
    (True, False)
    """
    return bool(_HTML_START.match(text[:_SNIFF].lstrip("\ufeff")))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>`` or ``http-equiv``).

    >>> declared_charset(b'<html><head><meta charset="windows-1258">'), declared_charset(b"<html>")
    ('windows-1258', None)
    """
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", data[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii").lower() if m else None


def iso8601(value: str | None) -> str | None:
    """A page's date as ISO 8601, with seconds and zone when it has them; None if it is not one.

    >>> iso8601("2025-10-22T19:25:52+07:00"), iso8601("2025-10-22 19:25+0700"), iso8601("2025-10-22")
    ('2025-10-22T19:25:52+07:00', '2025-10-22T19:25:00+07:00', '2025-10-22')
    >>> iso8601("2025-01-09T01:30:00Z"), iso8601("hôm qua")
    ('2025-01-09T01:30:00+00:00', None)
    """
    m = _ISO.match((value or "").strip())
    if m is None:
        return None
    y, mo, d, hh, mm, ss, zone = m.groups()
    if hh is None:
        return f"{y}-{mo}-{d}"
    iso = f"{y}-{mo}-{d}T{hh}:{mm}:{ss or '00'}"
    if zone == "Z":
        return iso + "+00:00"
    if zone:
        digits = zone[1:].replace(":", "")
        return f"{iso}{zone[0]}{digits[:2]}:{digits[2:]}"
    return iso


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page (lists and ``@graph`` flattened); broken blocks are skipped."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        todo = [data]
        while todo:
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(item)
            elif isinstance(item, dict):
                todo.extend(v for k, v in item.items() if k == "@graph")
                yield item


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", [])
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}


def _metas(tree: Any) -> dict[str, str]:
    """``<meta>`` values by lower-case property, name or itemprop (first one wins)."""
    out: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        for key in ("property", "name", "itemprop"):
            name = (meta.get(key) or "").strip().lower()
            if name and name not in out:
                out[name] = meta.get("content").strip()
    return out


def _ld_people(value: Any) -> list[str]:
    """Names of the Person authors in a JSON-LD ``author`` value."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict) and _types(item) & _PERSON_TYPES and isinstance(item.get("name"), str):
            names.append(item["name"].strip())
    return [n for n in names if n]


def _not_the_site(name: str | None, site: str | None) -> str | None:
    """An author name, unless it is only the site's own name or a URL ('VnExpress' on vnexpress.net)."""
    if not name or "://" in name:
        return None
    squash = re.sub(r"[\W_]+", "", name.casefold())
    site_squash = re.sub(r"[\W_]+", "", (site or "").casefold())
    return None if site_squash and (site_squash.startswith(squash) or squash.startswith(site_squash)) else name


def _visible_dateline(tree: Any) -> str | None:
    """A dateline shown on the page: the first element whose class or id says date, time or meta and holds one."""
    for el in tree.xpath("//*[@class or @id]"):
        label = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if not _DATE_LABEL.search(label):
            continue
        text = " ".join(el.text_content().split())
        found = find_published(text) if len(text) <= 200 else None
        if found is not None:
            return found.iso
    return None


def _published(tree: Any, metas: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    """The publication date the page states: JSON-LD, meta tags, ``<time>``, then a visible dateline.

    trafilatura's own guess (htmldate) is not used: on a page that states no date it can pick a
    related story's date, and a wrong date is worse than none.
    """
    for item in ld:
        if _types(item) & _ARTICLE_TYPES and iso8601(str(item.get("datePublished", ""))):
            return iso8601(str(item["datePublished"]))
    for key in _DATE_META:
        if iso8601(metas.get(key)):
            return iso8601(metas[key])
    for el in tree.xpath('//time[@datetime][@pubdate or @itemprop="datePublished" or contains(@class,"published")]'):
        if iso8601(el.get("datetime")):
            return iso8601(el.get("datetime"))
    return _visible_dateline(tree)


def _body_text(tree: Any) -> str:
    body = tree.find("body")
    return " ".join((body if body is not None else tree).text_content().split())


def _byline(body: str) -> str | None:
    """A name standing alone on the last line of the article ('Lê Phương'), as news pages sign."""
    blocks = split_blocks(body)
    if blocks and blocks[-1].kind == "byline":
        line = body[blocks[-1].start : blocks[-1].end].strip()
        return re.sub(r"^(?:Tin|Bài|Ảnh)[^:]{0,20}:\s*", "", line) or None
    return None


@functools.cache
def _parser() -> Any:
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8")


def _parse(html: str) -> Any:
    """The page as an lxml tree; EmptyInputError when lxml cannot make one (an empty document)."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.fromstring(html.encode("utf-8", "replace"), parser=_parser())
    except (etree.ParserError, ValueError) as e:
        raise EmptyInputError(f"not a readable web page: {e}") from e


def read_page(html: str, url: str | None = None) -> Page:
    """The article text and metadata of one page; EmptyInputError when it has no article text."""
    import trafilatura

    tree = _parse(html)
    metas = _metas(tree)
    if metas.get("generator", "").startswith("vnnews") or (tree.findtext(".//title") or "").startswith("vnnews review"):
        raise InputError("a vnnews review page, not a news page")
    doc = trafilatura.bare_extraction(
        _unwrap_layout_tables(html), url=url, favor_precision=True, include_comments=False, include_tables=True,
        with_metadata=True, deduplicate=False,
    )
    body = "\n\n".join(line.strip() for line in (getattr(doc, "text", None) or "").splitlines() if line.strip())
    if len(body) < MIN_TEXT_CHARS:  # trafilatura falls back to any text on the page, a menu included
        raise EmptyInputError("no article text found in the page")
    ld = list(_json_ld(tree))
    article_ld = next((i for i in ld if _types(i) & _ARTICLE_TYPES), {})
    title = metas.get("og:title") or article_ld.get("headline") or getattr(doc, "title", None)
    site = metas.get("og:site_name") or getattr(doc, "sitename", None) or (urlparse(url).hostname if url else None)
    page_url = url or _canonical(tree) or metas.get("og:url") or getattr(doc, "url", None)
    author = ", ".join(_ld_people(article_ld.get("author"))) or _not_the_site(metas.get("author"), site)
    author = author or getattr(doc, "author", None) or _byline(body)
    lead = _lead(metas.get("og:description") or metas.get("description"), body, tree)
    parts = [p for p in (title and " ".join(html_lib.unescape(title).split()), lead, body) if p]
    return Page(
        text="\n\n".join(parts) + "\n",
        title=title,
        url=page_url,
        site=site,
        author=author,
        published=_published(tree, metas, ld),
    )


def _unwrap_layout_tables(html: str) -> str:
    """The page with its layout tables (tables holding paragraphs, headings, lists or tables) turned into divs.

    Old provincial portals lay the whole page out in one table; trafilatura then reads it as a data
    table and returns menus and footers with the article. A data table (text in its cells) is kept.
    """
    import lxml.html

    tree = _parse(html)
    layout = [t for t in tree.iter("table") if t.xpath(".//p|.//div|.//h1|.//h2|.//h3|.//ul|.//ol|.//table")]
    if not layout:
        return html
    for table in layout:
        for el in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
            el.tag = "div"
            for attr in ("width", "colspan", "rowspan", "valign", "border"):
                el.attrib.pop(attr, None)
    return str(lxml.html.tostring(tree, encoding="unicode"))


def _canonical(tree: Any) -> str | None:
    links = tree.xpath('//link[@rel="canonical"]/@href')
    return str(links[0]).strip() if links else None


def _lead(description: str | None, body: str, tree: Any) -> str | None:
    """The page's description as the lead paragraph, when the page shows it and the body does not hold it."""
    if not description:
        return None
    lead = " ".join(html_lib.unescape(description).split())
    if len(lead) < 20 or lead.endswith(("...", "…")) or lead[:60] in " ".join(body.split()):
        return None
    return lead if lead in _body_text(tree) else None
