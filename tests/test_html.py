"""Web pages in: the real vnexpress page, 38 built pages (facts equal the article's, none from boilerplate)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import vnnews
from vnnews.html import EXTRACTOR, looks_like_html, read_page

from .conftest import REPO, SHARED, needs_shared
from .tools.make_pages import TRAPS, load_article

PAGES = REPO / "tests" / "pages"
EXPECTED: dict[str, dict[str, Any]] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
VNEXPRESS = SHARED / "html" / "vnexpress-2025-10-22.html.gz"


def _page_html(name: str) -> str:
    data = (PAGES / name).read_bytes()
    return (gzip.decompress(data) if name.endswith(".gz") else data).decode("utf-8")


def _facts(article: vnnews.Article) -> dict[str, list[Any]]:
    """Names with titles, values with units, award counts: what the scorer reads, without spans."""
    return {
        "people": sorted((p.name, sorted(t.text for t in p.titles)) for p in article.people),
        "achievements": sorted((a.value, a.unit, a.qualifier or "") for a in article.achievements),
        "awards": sorted((a.count or -1, a.recipient_type or "", a.award) for a in article.awards),
    }


def test_there_are_thirty_built_pages_in_five_layouts() -> None:
    assert len(EXPECTED) >= 30
    assert {e["layout"] for e in EXPECTED.values()} == {"portal", "html5", "wordpress", "cms", "newspaper"}
    assert {Path(n).suffix for n in EXPECTED} == {".htm", ".html", ".gz"}


@needs_shared  # the pages are built around the shared eval articles
def test_pages_match_their_generator() -> None:
    tool = REPO / "tests" / "tools" / "make_pages.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@needs_shared
@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: n.split(".")[0])
def test_page_gives_the_facts_of_its_article_and_its_metadata(name: str) -> None:
    expected = EXPECTED[name]
    page = read_page(_page_html(name))
    for key in ("title", "published", "author", "site", "url"):
        if key in expected:
            assert getattr(page, key) == expected[key], key
    article = load_article(REPO / expected["article"], int(name[:2]))
    assert _facts(vnnews.extract(page.text)) == _facts(vnnews.extract(article.text()))
    leaked = [t for t in TRAPS if t in page.text and t not in article.text()]
    assert leaked == []


@pytest.mark.skipif(not VNEXPRESS.is_file(), reason="shared html page not found")
def test_real_vnexpress_page_reads_as_a_careful_parser_reads_it() -> None:
    """Title, author, date and body as fundus reads them; the one image caption is left out (precision)."""
    truth = json.loads(VNEXPRESS.with_name("vnexpress-2025-10-22.fundus.json").read_text(encoding="utf-8"))["V1"]
    page = read_page(gzip.decompress(VNEXPRESS.read_bytes()).decode("utf-8"))
    assert page.title == truth["title"]
    assert page.author == truth["authors"][0]
    assert page.published == truth["publishing_date"].replace(" ", "T")
    assert page.url == "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html"
    assert page.site == "vnexpress.net"
    paragraphs = truth["body"]["summary"] + truth["body"]["sections"][0]["paragraphs"]
    missing = [p for p in paragraphs if p not in page.text]
    assert missing == ["Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp"]
    assert page.text.startswith(truth["title"] + "\n\n" + truth["body"]["summary"][0])


def test_html_is_sniffed() -> None:
    assert looks_like_html(_page_html(min(EXPECTED)))
    assert not looks_like_html((REPO / "samples" / "laocai-hoi-phu-nu-2024.txt").read_text(encoding="utf-8"))
    assert EXTRACTOR == "trafilatura 2.3.1"


def test_a_page_without_article_text_is_an_empty_input_error() -> None:
    with pytest.raises(vnnews.EmptyInputError, match="no article text"):
        read_page("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>")
