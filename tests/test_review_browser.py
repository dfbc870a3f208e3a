"""The review page in a real headless browser (Debian's chromium driven by Playwright).

Run with ``make test-browser`` (installs chromium when missing); deselected from ``make test``.
These tests never skip: when the browser cannot start, they fail.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import vnnews
from vnnews import review
from vnnews.models import Source

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "laocai-hoi-phu-nu-2024.txt"
CHROMIUM = os.environ.get("VNNEWS_CHROMIUM", "/usr/bin/chromium")
# No network, no first-run work, no background fetches: the page must stand on its own.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Each highlighted stretch, measured in the DOM: offsets counted over the article's text nodes.
MEASURE_JS = """() => {
  const data = JSON.parse(document.getElementById('review-data').textContent);
  const spans = {}; let offset = 0;
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) { offset += child.data.length; continue; }
      const start = offset; walk(child);
      for (const m of (child.getAttribute('data-m') || '').split(' ').filter(Boolean)) {
        const s = spans[m];
        if (!s) { spans[m] = {start: start, end: offset, gap: false}; continue; }
        if (s.end !== start) { s.gap = true; }  // a mark's pieces must follow each other
        s.end = offset;
      }
    }
  };
  walk(document.getElementById('article'));
  return Object.entries(spans).map(([m, s]) =>
    [data.facts[data.marks[m].f].k, s.start, s.end, Boolean(s.gap), data.marks[m].r]);
}"""

IN_VIEW_JS = """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight; }"""


def expected_spans(record: dict[str, Any]) -> list[tuple[str, int, int, bool, str]]:
    """Every span the record says, by kind, read from the record itself (not from the page)."""
    out = []
    for p in record["people"]:
        out += [("person", m["start"], m["end"], False, m["rule"]) for m in p["mentions"]]
        out += [("title", t["start"], t["end"], False, t["rule"]) for t in p["titles"]]
    out += [("title", r["start"], r["end"], False, r["rule"]) for r in record["roles"]]
    out += [("achievement", a["start"], a["end"], False, a["rule"]) for a in record["achievements"]]
    out += [("award", w["start"], w["end"], False, w["rule"]) for w in record["awards"]]
    out += [("date", d["start"], d["end"], False, d["rule"]) for d in record.get("dates", [])]
    return sorted(out)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=FLAGS, headless=True, viewport={"width": 1280, "height": 700}
        )
        yield context
        context.close()


class Opened:
    """A review page open in the browser, with everything it printed to the console."""

    def __init__(self, context: Any, html: str, where: Path) -> None:
        where.write_text(html, encoding="utf-8")
        self.messages: list[tuple[str, str]] = []
        self.requests: list[str] = []
        self.page = context.new_page()
        self.page.on("console", lambda m: self.messages.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.messages.append(("pageerror", str(e))))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(where.as_uri())
        self.page.wait_for_load_state("load")


def seed_record() -> tuple[dict[str, Any], str]:
    text = SEED.read_text(encoding="utf-8")
    record = vnnews.extract(text, source=Source(path=str(SEED), encoding="utf-8")).model_dump(mode="json")
    return record, text


def open_page(browser: Any, tmp_path: Path, record: dict[str, Any], text: str) -> Opened:
    return Opened(browser, review.render(record, text), tmp_path / "page.html")


def test_seed_page_loads_clean_and_shows_the_text_exactly(browser: Any, tmp_path: Path) -> None:
    record, text = seed_record()
    opened = open_page(browser, tmp_path, record, text)
    assert opened.messages == []
    assert opened.requests == [(tmp_path / "page.html").as_uri()]  # nothing fetched but the page itself
    assert opened.page.inner_text("#article") == text
    assert opened.page.eval_on_selector("#article", "e => e.textContent") == text


def test_each_highlight_is_where_its_span_says(browser: Any, tmp_path: Path) -> None:
    record, text = seed_record()
    opened = open_page(browser, tmp_path, record, text)
    got = sorted(tuple(s) for s in opened.page.evaluate(MEASURE_JS))
    assert got == expected_spans(record)
    assert len(got) > 30
    # every highlighted piece is visibly coloured
    colours = opened.page.eval_on_selector_all(".p", "ps => ps.map(p => getComputedStyle(p).backgroundColor)")
    assert colours
    assert "rgba(0, 0, 0, 0)" not in colours


def test_crossing_spans_render_flat_and_in_place(browser: Any, tmp_path: Path) -> None:
    text = "Ông Nguyễn Văn An trao 25 Bằng khen cho 10 tập thể.\r\nHết."
    record = {
        "id": "crossing", "people": [{"name": "Nguyễn Văn An", "titles": [], "honorific": "ông",
                                      "mentions": [{"start": 4, "end": 17, "text": text[4:17], "rule": "r.name"}]}],
        "roles": [], "achievements": [{"start": 11, "end": 33, "text": text[11:33], "value": 25.0, "unit": "x",
                                       "value_text": "25", "rule": "r.cross"}],
        "awards": [{"start": 23, "end": 51, "text": text[23:51], "count": 10, "award": "Bằng khen", "rule": "r.aw"}],
        "dates": [{"start": 0, "end": 3, "text": "Ông", "rule": "r.date", "value": {"start": "2024-01-09"}}],
    }
    opened = open_page(browser, tmp_path, record, text)
    assert opened.messages == []
    assert opened.page.eval_on_selector("#article", "e => e.textContent") == text  # CR LF kept
    assert opened.page.eval_on_selector_all("#article .p .p, #article mark", "x => x.length") == 0
    assert sorted(tuple(s) for s in opened.page.evaluate(MEASURE_JS)) == expected_spans(record)


def test_clicking_a_fact_scrolls_its_text_into_view_and_flashes_it(browser: Any, tmp_path: Path) -> None:
    record, text = seed_record()
    page = open_page(browser, tmp_path, record, text).page
    mark = page.eval_on_selector_all(".p.has-achievement", "ps => ps[ps.length - 1].getAttribute('data-m')")
    fact = page.evaluate("(m) => JSON.parse(document.getElementById('review-data').textContent).marks[m].f",
                         mark.split()[0])
    target = f'.p[data-m~="{_first_mark(page, fact)}"]'
    assert not page.evaluate(IN_VIEW_JS, target), "the test needs a fact below the fold"
    page.click(f'.fbtn[data-fact="{fact}"]')
    page.wait_for_function(IN_VIEW_JS, arg=target, timeout=5000)
    assert "flash" in (page.get_attribute(target, "class") or "")


def _first_mark(page: Any, fact: str) -> str:
    return str(page.evaluate(
        """(f) => { const d = JSON.parse(document.getElementById('review-data').textContent);
        return Object.keys(d.marks).find(m => d.marks[m].f === f); }""", fact))


def test_keyboard_reaches_facts_and_enter_flashes(browser: Any, tmp_path: Path) -> None:
    record, text = seed_record()
    page = open_page(browser, tmp_path, record, text).page
    for _ in range(12):  # past the source link and the five filters
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('fbtn')"):
            break
    fact = page.evaluate("document.activeElement.getAttribute('data-fact')")
    assert fact, "no fact button reachable with Tab"
    page.keyboard.press("Enter")
    assert page.eval_on_selector_all(f'.p[data-m~="{_first_mark(page, fact)}"]',
                                     "ps => ps.every(p => p.classList.contains('flash'))")


def test_hover_shows_fact_and_rule_and_filters_hide_a_kind(browser: Any, tmp_path: Path) -> None:
    record, text = seed_record()
    page = open_page(browser, tmp_path, record, text).page
    mention = record["people"][0]["mentions"][0]
    piece = ".p.has-person"
    page.hover(piece)
    tip = page.inner_text("#tip")
    assert page.is_visible("#tip")
    assert record["people"][0]["name"] in tip
    assert mention["rule"] in tip
    page.uncheck('input[data-kind="person"]')
    assert page.eval_on_selector_all(".fbtn.k-person", "bs => bs.every(b => b.offsetParent === null)")
    only_person = '.p.has-person:not(.has-title):not(.has-award):not(.has-achievement):not(.has-date)'
    assert page.eval_on_selector(only_person, "p => getComputedStyle(p).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.check('input[data-kind="person"]')
    assert page.eval_on_selector(only_person, "p => getComputedStyle(p).backgroundColor") != "rgba(0, 0, 0, 0)"


HOSTILE = (
    'Chủ tịch UBND tỉnh Nguyễn Văn An trao 25 Bằng khen cho 10 tập thể. <script>window.pwned = 1</script>\n'
    '"><img src=x onerror="window.pwned = 2"> <iframe src="javascript:window.pwned=3"></iframe> &amp; </div>\n'
)


def test_a_hostile_article_stays_inert(browser: Any, tmp_path: Path) -> None:
    record = vnnews.extract(HOSTILE).model_dump(mode="json")
    start = HOSTILE.index("<img")
    end = HOSTILE.index(">", start) + 1
    record["achievements"].append({"start": start, "end": end, "text": HOSTILE[start:end], "value": 1.0,
                                   "value_text": "1", "unit": '<img src=x onerror="window.pwned=4">',
                                   "rule": '"><script>window.pwned=5</script>'})
    record["source"] = {"path": "</title><script>window.pwned=6</script>", "url": "javascript:window.pwned=7"}
    opened = open_page(browser, tmp_path, record, HOSTILE)
    page = opened.page
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.eval_on_selector_all("img, iframe", "x => x.length") == 0
    assert page.eval_on_selector_all("script", "x => x.length") == 2  # the page's data and its own script
    assert page.eval_on_selector("#article", "e => e.textContent") == HOSTILE
    page.hover(f'.p[data-m~="{_first_mark_of_kind(page, "achievement", -1)}"]')
    assert '"><script>' in page.inner_text("#tip")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert [m for m in opened.messages if m[0] in ("error", "pageerror")] == []


def _first_mark_of_kind(page: Any, kind: str, which: int) -> str:
    return str(page.evaluate(
        """([k, i]) => { const d = JSON.parse(document.getElementById('review-data').textContent);
        const ms = Object.keys(d.marks).filter(m => d.facts[d.marks[m].f].k === k);
        return ms[(ms.length + i) % ms.length]; }""", [kind, which]))


def test_batch_index_sorts_by_a_count(browser: Any, tmp_path: Path) -> None:
    entries = [review.ReviewEntry("a", "A", None, {"person": 3}), review.ReviewEntry("b", "B", None, {"person": 10}),
               review.ReviewEntry("c", "C", None, {"person": 1})]
    page = Opened(browser, review.render_index(entries), tmp_path / "index.html").page
    page.click("th:nth-child(3) button")  # person
    assert page.eval_on_selector_all("tbody tr td:first-child", "tds => tds.map(t => t.textContent)") == ["c", "a", "b"]
    page.click("th:nth-child(3) button")
    assert page.eval_on_selector_all("tbody tr td:first-child", "tds => tds.map(t => t.textContent)") == ["b", "a", "c"]
