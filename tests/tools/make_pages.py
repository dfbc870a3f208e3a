"""Build the test web pages in tests/pages/ around real article texts, the way provincial sites lay them out.

    python tests/tools/make_pages.py [--check]

Each page wraps one article (a shared eval article, or one from tests/<set>/articles) in one of
five layouts: an old table-layout provincial portal, an HTML5 news site with Open Graph and
JSON-LD, a WordPress blog, a government CMS with 'Ngày đăng:', and a newspaper with a
'Cập nhật, ..., (GMT+7)' dateline. Around the article sit menus, breadcrumbs, related stories,
'most read' boxes, comment boxes and footers whose text is full of names and counts (the traps:
no fact may come from them). ``expected.json`` says, for every page, the article it wraps, the
title the page gives it, and the metadata a careful reader takes from it. ``--check`` compares
instead of writing (the test suite runs it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import html
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "tests" / "pages"
EVAL_ARTICLES = REPO.parent / "shared" / "eval" / "articles"
SETS = ("holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")

MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Video"]
# Boilerplate with names and counts: none of it may turn into a fact.
RELATED = [
    "Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn trao 30 suất quà cho hộ nghèo",
    "Hội Nông dân tỉnh hỗ trợ 150 triệu đồng xây nhà cho hội viên",
    "Trao 45 Bằng khen cho các tập thể có thành tích xuất sắc",
    "Bí thư Huyện ủy Lê Thị Mai thăm 12 gia đình chính sách",
    "Tỉnh đoàn tổ chức 275 buổi tuyên truyền pháp luật cho thanh niên",
]
COMMENTS = [
    ("Nguyễn Thị Lan", "Tuyệt vời, xã tôi cũng có 230 hộ được hỗ trợ vốn vay."),
    ("Trần Minh Đức", "Đề nghị tỉnh tặng Bằng khen cho 17 cá nhân tiêu biểu ở thôn tôi."),
    ("Phạm Văn Bình", "Chủ tịch xã Hoàng Văn Tám rất sâu sát với dân."),
]
FOOTER = (
    "Cơ quan chủ quản: UBND tỉnh. Trưởng Ban biên tập: Trần Văn Hùng. Giấy phép số 125/GP-TTĐT cấp ngày "
    "12/5/2020. Địa chỉ: số 8, đường Hoàng Liên. Điện thoại: 0214.3840.123. Ghi rõ nguồn khi phát hành lại."
)
#: Strings from the boilerplate above that must never show in a fact.
TRAPS = ("Nguyễn Văn Sơn", "Lê Thị Mai", "Nguyễn Thị Lan", "Trần Minh Đức", "Hoàng Văn Tám", "Phạm Văn Bình",
         "Trần Văn Hùng", "30 suất", "150 triệu", "45 Bằng khen", "12 gia đình", "275 buổi", "230 hộ", "17 cá nhân")
AUTHORS = ["Hoàng Phan", "Thu Hà", "Minh Đức", "Lan Anh", "Quang Huy"]
SITES = [("baotinh.vn", "Báo Tỉnh"), ("congthongtin.gov.vn", "Cổng thông tin điện tử tỉnh"),
         ("tintuc-diaphuong.vn", "Tin tức địa phương")]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
# Titles for eval articles whose text starts with the lead (or a caption), not a title.
TITLES = {
    "05": "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Hà Giang",
    "14": "Hội LHPN tỉnh gặp mặt biểu dương phụ nữ điển hình tiên tiến",
    "16": "Thái Nguyên tổng kết chương trình nông thôn mới",
    "25": "Cà Mau tổng kết hoạt động Quỹ hỗ trợ nông dân",
    "28": "Công an tỉnh tổng kết công tác phục vụ sự nghiệp đổi mới",
    "30": "Ngành y tế kỷ niệm Ngày Thầy thuốc Việt Nam",
    "33": "Công an tỉnh kỷ niệm Ngày truyền thống lực lượng cảnh sát nhân dân",
}
# When each eval article was published (chosen to agree with its text).
EVAL_PUBLISHED = {
    "000": "2024-01-09T16:45", "02": "2016-12-21T21:36", "05": "2012-09-21T10:05", "10": "2023-07-28T12:18",
    "14": "2018-10-18T17:20", "16": "2020-09-30T09:00", "20": "2021-11-27T14:04", "25": "2021-01-20T08:00",
    "28": "2026-05-28T18:30", "30": "2013-02-26T10:00", "33": "2022-07-20T15:00",
}


@dataclass(frozen=True)
class Article:
    """One article as a page shows it."""

    source: str  # path of the article text, relative to the repository's parent
    title: str
    paragraphs: tuple[str, ...]
    published: dt.datetime
    author: str
    site: tuple[str, str]
    slug: str

    def text(self) -> str:
        """The article as the page presents it: what its facts must be read from."""
        return "\n\n".join((self.title, *self.paragraphs)) + "\n"


def _is_dateline(line: str) -> bool:
    from vnnews.datelines import find_published
    from vnnews.normalize import normalize

    return find_published(normalize(line).text) is not None


def _is_title(line: str) -> bool:
    return len(line.split()) <= 25 and not line.rstrip().endswith((".", ")")) and not line.startswith("(")


def load_article(path: Path, n: int) -> Article:
    """Split an article text into title and paragraphs; its dateline goes to the page's own dateline."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    key = path.name.split("_")[0]
    if key in TITLES or not _is_title(lines[0]):
        title, body = TITLES[key], lines
    else:
        title, body = lines[0], lines[1:]
    digest = int(hashlib.sha256(path.name.encode()).hexdigest(), 16)
    when = EVAL_PUBLISHED.get(key) if path.parent == EVAL_ARTICLES else None
    published = dt.datetime.fromisoformat(when) if when else dt.datetime(2017, 1 + digest % 12, 1 + digest % 28,
                                                                             7 + digest % 12, digest % 60)
    return Article(
        source=Path(os.path.relpath(path, REPO)).as_posix(),  # same in every clone, whatever its folder's name
        title=title,
        paragraphs=tuple(ln for ln in body if not _is_dateline(ln)),
        published=published,
        author=AUTHORS[n % len(AUTHORS)],
        site=SITES[n % len(SITES)],
        slug=f"{path.stem.split('_')[-1][:40]}-{digest % 100000}",
    )


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _list(items: list[str], n: int, k: int = 3) -> str:
    rotated = items[n % len(items) :] + items[: n % len(items)]
    return "".join(f'<li><a href="/tin/{i}.html">{_e(t)}</a></li>' for i, t in enumerate(rotated[:k]))


def _paragraphs(a: Article) -> str:
    return "\n".join(f"<p>{_e(p)}</p>" for p in a.paragraphs)


def _comments(n: int) -> str:
    return "".join(f'<div class="comment"><b class="name">{_e(who)}</b><p>{_e(what)}</p></div>'
                   for who, what in COMMENTS[n % 2 :])


def _url(a: Article) -> str:
    return f"https://{a.site[0]}/{a.slug}.html"


def portal_table(a: Article, n: int) -> tuple[str, str]:
    """An old provincial portal: a table layout, a visible dateline without a zone, no metadata tags."""
    d = a.published
    dateline = f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"
    menu = " | ".join(f'<a href="/{i}">{_e(m)}</a>' for i, m in enumerate(MENU))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_e(a.title)} - {_e(a.site[1])}</title></head>
<body><table width="980" border="0">
<tr><td colspan="2" class="banner"><img src="/banner.jpg" alt="{_e(a.site[1])}"></td></tr>
<tr><td colspan="2" class="menu">{menu}</td></tr>
<tr><td width="200" valign="top" class="left">
<div class="box"><b>Tin đọc nhiều</b><ul>{_list(RELATED, n + 1)}</ul></div>
<div class="box"><b>Liên kết website</b><ul><li>Chính phủ</li><li>Quốc hội</li></ul></div></td>
<td valign="top" class="content"><div class="breadcrumb">Trang chủ » Tin tức - Sự kiện » Hoạt động địa phương</div>
<h1 class="title">{_e(a.title)}</h1><span class="date">{dateline}</span>
<div class="news-content">{_paragraphs(a)}</div>
<div class="other"><b>Các tin khác</b><ul>{_list(RELATED, n)}</ul></div></td></tr>
<tr><td colspan="2" class="footer">{_e(FOOTER)}</td></tr></table></body></html>
"""
    return page, f"{d:%Y-%m-%dT%H:%M}:00"


def html5_site(a: Article, n: int) -> tuple[str, str]:
    """A modern news site: Open Graph, article:published_time, JSON-LD with the author, comments."""
    iso = f"{a.published:%Y-%m-%dT%H:%M}:00+07:00"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                     "datePublished": iso, "author": [{"@type": "Person", "name": a.author}],
                     "publisher": {"@type": "Organization", "name": a.site[1]}}, ensure_ascii=False)
    nav = "".join(f'<li><a href="/{i}">{_e(m)}</a></li>' for i, m in enumerate(MENU))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{_e(a.title)} | {_e(a.site[1])}</title>
<meta property="og:title" content="{_e(a.title)}"><meta property="og:site_name" content="{_e(a.site[1])}">
<meta property="og:url" content="{_url(a)}"><meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{_url(a)}"><script type="application/ld+json">{ld}</script>
<script>window.dataLayer = window.dataLayer || []; gtag('config', 'UA-123');</script></head>
<body><header><div class="logo">{_e(a.site[1])}</div><nav><ul class="menu">{nav}</ul></nav></header>
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li></ol>
<main><article class="article"><h1 class="article__title">{_e(a.title)}</h1>
<div class="article__meta"><span class="author">{_e(a.author)}</span></div>
<div class="article__body">{_paragraphs(a)}</div>
<div class="tags">Từ khóa: <a href="/tag/hoi-nghi">hội nghị</a> <a href="/tag/thi-dua">thi đua</a></div></article>
<aside class="related"><h3>Tin liên quan</h3><ul>{_list(RELATED, n + 2)}</ul></aside>
<section id="comments" class="comments"><h3>Bình luận</h3>{_comments(n)}
<form><textarea placeholder="Nhập bình luận"></textarea><button>Gửi</button></form></section></main>
<footer class="footer"><p>{_e(FOOTER)}</p></footer></body></html>
"""
    return page, iso


def wordpress(a: Article, n: int) -> tuple[str, str]:
    """A WordPress blog: <time datetime> with a zone, a vcard author, sidebar widgets, a comment list."""
    iso = f"{a.published:%Y-%m-%dT%H:%M}:00+07:00"
    comments = "".join(f'<li class="comment"><cite class="fn">{_e(who)}</cite> nói: <p>{_e(what)}</p></li>'
                       for who, what in COMMENTS)
    page = f"""<!doctype html><html><head><meta charset="UTF-8"><title>{_e(a.title)} &#8211; {_e(a.site[1])}</title>
<meta name="author" content="{_e(a.author)}"><meta property="og:site_name" content="{_e(a.site[1])}"></head>
<body class="single-post"><div id="page"><header id="masthead"><p class="site-title">{_e(a.site[1])}</p>
<nav class="main-navigation"><ul>{"".join(f"<li>{_e(m)}</li>" for m in MENU[:6])}</ul></nav></header>
<div id="content"><div id="primary"><article class="post"><header class="entry-header">
<h1 class="entry-title">{_e(a.title)}</h1><div class="entry-meta">Đăng ngày
<time class="entry-date published" datetime="{iso}">{a.published:%d/%m/%Y}</time> bởi
<span class="author vcard"><a class="url fn n" href="/author/">{_e(a.author)}</a></span></div></header>
<div class="entry-content">{_paragraphs(a)}</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 bình luận</h2>
<ol class="comment-list">{comments}</ol></div></div>
<div id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Bài viết mới</h2>
<ul>{_list(RELATED, n + 3, 4)}</ul></section></div></div>
<footer id="colophon"><div class="site-info">{_e(FOOTER)}</div></footer></div></body></html>
"""
    return page, iso


def government_cms(a: Article, n: int) -> tuple[str, str]:
    """A government portal CMS: 'Ngày đăng: dd/mm/yyyy HH:MM', a print toolbar, 'Các tin khác'."""
    d = a.published
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_e(a.site[1])} - {_e(a.title)}</title><meta property="og:site_name" content="{_e(a.site[1])}" /></head>
<body><div id="header"><div class="top-links">Sơ đồ cổng | Liên hệ | English</div>
<div class="mainmenu">{" ".join(f"<a>{_e(m)}</a>" for m in MENU)}</div></div>
<div id="wrapper"><div class="col-left"><div class="news-detail"><div class="path">Tin tức &gt; Tin địa phương</div>
<h2 class="news-title">{_e(a.title)}</h2><div class="post-date">Ngày đăng: {d:%d/%m/%Y %H:%M}</div>
<div class="toolbar">In bài | Gửi email | Chia sẻ | Lượt xem: {1000 + n * 37}</div>
<div class="news-body">{_paragraphs(a)}</div><div class="source">Nguồn tin: {_e(a.site[1])}</div></div>
<div class="tin-khac"><h3>Các tin khác</h3><ul>{_list(RELATED, n + 4)}</ul></div></div>
<div class="col-right"><div class="poll">Thăm dò ý kiến: Bạn đánh giá thế nào về cổng thông tin?</div></div></div>
<div id="footer">{_e(FOOTER)}</div></body></html>
"""
    return page, f"{d:%Y-%m-%dT%H:%M}:00"


def newspaper(a: Article, n: int) -> tuple[str, str]:
    """A newspaper: 'Cập nhật, HH:MM, Thứ ..., dd/mm/yyyy (GMT+7)', tags, same-section stories, a comment box."""
    d = a.published
    dateline = f"Cập nhật, {d:%H:%M}, {WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} (GMT+7)"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_e(a.title)}</title>
<meta property="og:title" content="{_e(a.title)}"><meta property="og:type" content="article">
<meta property="og:site_name" content="{_e(a.site[1])}"><meta property="og:url" content="{_url(a)}"></head>
<body><div class="header"><div class="menu">{"".join(f'<a class="menu__item">{_e(m)}</a>' for m in MENU)}</div>
<div class="hot-topics">Chủ đề nóng: Bầu cử | Nông thôn mới | Chuyển đổi số</div></div>
<div class="container"><div class="detail"><ul class="breadcrumbs"><li>Xã hội</li><li>Đời sống</li></ul>
<div class="detail__meta">{dateline}</div><h1 class="detail__title">{_e(a.title)}</h1>
<div class="detail__content">{_paragraphs(a)}</div>
<div class="detail__author">{_e(a.author)}</div></div>
<div class="box-same-category"><h3>Tin cùng chuyên mục</h3><ul>{_list(RELATED, n + 1, 4)}</ul></div>
<div class="comment-box"><h3>Ý kiến bạn đọc</h3>{_comments(n + 1)}<textarea></textarea></div></div>
<div class="footer">{_e(FOOTER)}</div></body></html>
"""
    return page, f"{d:%Y-%m-%dT%H:%M}:00+07:00"


LAYOUTS: list[tuple[str, Callable[[Article, int], tuple[str, str]], str]] = [
    ("portal", portal_table, ".htm"), ("html5", html5_site, ".html"), ("wordpress", wordpress, ".html.gz"),
    ("cms", government_cms, ".html"), ("newspaper", newspaper, ".htm"),
]


def articles() -> list[Path]:
    """Every shared eval article (two layouts each) and the first two of each tests/<set>/articles."""
    picked = sorted(EVAL_ARTICLES.glob("*.txt"))
    for name in SETS:
        picked += sorted((REPO / "tests" / name / "articles").glob("*.txt"))[:2]
    return picked


def pages() -> dict[str, tuple[bytes, dict[str, str | None]]]:
    """Every page: file name -> (bytes, expectations)."""
    out: dict[str, tuple[bytes, dict[str, str | None]]] = {}
    n = 0
    for path in articles():
        for _ in range(2 if path.parent == EVAL_ARTICLES else 1):
            a = load_article(path, n)
            layout, build, ext = LAYOUTS[n % len(LAYOUTS)]
            page, published = build(a, n)
            name = f"{n:02d}-{layout}-{path.stem.split('_')[0]}{ext}"
            data = page.encode("utf-8")
            # What the page states outright (a field it does not state is not checked).
            said: dict[str, str | None] = {
                "article": a.source, "layout": layout, "title": a.title, "published": published
            }
            if layout in ("html5", "wordpress"):
                said["author"] = a.author
            if layout != "portal":
                said["site"] = a.site[1]
            if layout in ("html5", "newspaper"):
                said["url"] = _url(a)
            out[name] = (gzip.compress(data, mtime=0) if ext.endswith(".gz") else data, said)
            n += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with tests/pages, write nothing")
    args = ap.parse_args()
    built = pages()
    expected = json.dumps({k: v for k, (_, v) in built.items()}, ensure_ascii=False, indent=1) + "\n"
    files = {**{k: b for k, (b, _) in built.items()}, "expected.json": expected.encode("utf-8")}
    if args.check:
        stale = [k for k, b in files.items() if not (OUT / k).is_file() or (OUT / k).read_bytes() != b]
        extra = [p.name for p in OUT.iterdir() if p.name not in files and p.name != "README.md"]
        if stale or extra:
            print(f"stale: {stale} extra: {extra}", file=sys.stderr)
            return 1
        return 0
    OUT.mkdir(exist_ok=True)
    for k, b in files.items():
        (OUT / k).write_bytes(b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
