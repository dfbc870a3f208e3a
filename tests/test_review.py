"""Review pages without a browser: pieces tile the text, the page's text parses back exactly, escaping, batches."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnnews
from vnnews import review
from vnnews._review_facts import Mark, cut, facts_of
from vnnews.errors import InputError

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "samples").glob("*.txt"))
SEED = REPO / "samples" / "laocai-hoi-phu-nu-2024.txt"


class ArticleText(HTMLParser):
    """Collects the character data inside <div id="article">, and any element found inside a piece."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []
        self.nested: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            if self.depth > 1 or tag != "span":
                self.nested.append(tag)
            self.depth += 1
        elif ("id", "article") in attrs:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def article_text(page: str) -> tuple[str, list[str]]:
    parser = ArticleText()
    parser.feed(page)
    return "".join(parser.text), parser.nested


marks_strategy = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 40)).map(sorted), max_size=8
)


@given(length=st.integers(0, 40), spans=marks_strategy)
def test_pieces_tile_the_text_and_name_exactly_the_covering_marks(length: int, spans: list[list[int]]) -> None:
    marks = [Mark(f"m{i}", f"f{i}", "person", s, e, "") for i, (s, e) in enumerate(spans)]
    pieces = cut(length, marks)
    assert [p.start for p in pieces[1:]] == [p.end for p in pieces[:-1]]
    assert (pieces[0].start, pieces[-1].end) == (0, length) if pieces else length == 0
    for p in pieces:
        assert p.start < p.end
        assert set(p.marks) == {m.id for m in marks if m.start <= p.start and p.end <= m.end and m.start < m.end}
        inside = [m for m in marks if m.start < p.end and p.start < m.end and m.start < m.end]
        assert all(m.start <= p.start and p.end <= m.end for m in inside)  # no mark ends inside a piece


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_page_text_parses_back_to_the_article(sample: Path) -> None:
    page = review.review_file(sample)
    text, nested = article_text(page)
    assert text == sample.read_text(encoding="utf-8")
    assert nested == []


def test_every_fact_has_a_list_entry_and_its_marks() -> None:
    record = vnnews.extract_file(SEED).model_dump(mode="json")
    page = review.render(record, SEED.read_text(encoding="utf-8"))
    data = json.loads(re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page, re.DOTALL)[1])
    n_mentions = sum(len(p["mentions"]) for p in record["people"])
    n_titles = sum(len(p["titles"]) for p in record["people"]) + len(record["roles"])
    n_facts = len(record["achievements"]) + len(record["awards"]) + len(record["dates"])  # a date is one mark
    assert len(data["marks"]) == n_mentions + n_titles + n_facts
    assert len(data["facts"]) == len(record["people"]) + n_titles + n_facts
    assert page.count('class="fbtn ') == len(data["facts"])
    assert "<span class=\"label\">1800 buổi tuyên truyền</span>" in page  # normalised value, not '1.800'
    assert '<span class="k">qualifier:</span> trên (more)' in page


def test_csp_allows_only_the_page_script_and_no_network() -> None:
    page = review.render({"people": []}, "Nội dung.")
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page)[1]
    assert "default-src 'none'" in policy
    script = re.search(r"<script>(.*?)</script>", page, re.DOTALL)[1]
    assert review._csp_hash(script) in policy
    assert not re.search(r"(src|href)=\"(https?:)?//", page)


def test_hostile_text_and_facts_are_escaped() -> None:
    text = 'A <script>x()</script> "><img src=x onerror=alert(1)> & B.\r\n'
    start = text.index("<img")
    record: dict[str, Any] = {
        "id": '"><b>id', "source": {"url": "javascript:alert(1)"},
        "achievements": [{"start": start, "end": start + 5, "text": text[start : start + 5], "value": 1.0,
                          "unit": "<i>u</i>", "rule": '"><script>r</script>'}],
    }
    page = review.render(record, text)
    body, nested = article_text(page)
    assert body == text
    assert nested == []
    assert "<img" not in page
    assert "<i>" not in page
    assert "javascript:" not in page
    assert page.count("<script") == 2
    assert "\\u003cscript\\u003er\\u003c/script\\u003e" in page  # the rule id, as JSON data


def test_a_record_that_does_not_match_the_text_is_refused() -> None:
    record = vnnews.extract_file(SEED).model_dump(mode="json")
    with pytest.raises(InputError, match="does not match"):
        review.render(record, "X" + SEED.read_text(encoding="utf-8"))


def test_text_field_and_dates_are_used_when_present_and_absence_is_fine() -> None:
    text = "Sáng 9/1, Hội nghị."
    record = {"id": "d", "text": text, "dates": [{"start": 0, "end": 8, "text": "Sáng 9/1", "rule": "date.dm",
                                                  "value": {"start": "2024-01-09", "end": "2024-01-09",
                                                            "granularity": "day", "part_of_day": "morning"}}]}
    page = review.render(record)
    assert '<span class="p has-date" data-m="m1">Sáng 9/1</span>' in page
    assert '<span class="k">date:</span> 2024-01-09' in page
    assert "morning" in page
    assert [f.kind for f in facts_of({"people": []})] == []
    with pytest.raises(InputError, match="carries no text"):
        review.render({"id": "x"})


def test_bom_is_not_part_of_the_page_text() -> None:
    page = review.render({"people": []}, "\ufeffTin.")
    assert article_text(page)[0] == "Tin."


def _write_batch(tmp_path: Path) -> Path:
    out = tmp_path / "out.jsonl"
    lines = [r.article.model_dump_json() for r in vnnews.extract_folder(REPO / "samples") if r.article]
    moved = json.loads(lines[0])
    moved["source"]["path"] = "gone/nowhere.txt"
    lines.append(json.dumps(moved))
    lines.append(json.dumps({"path": "bad.txt", "kind": "empty_input_error", "message": "bad.txt: empty"}))
    lines.append("{not json")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_batch_writes_a_page_per_article_and_an_index_listing_failures(tmp_path: Path) -> None:
    entries = review.review_batch(_write_batch(tmp_path), tmp_path / "review")
    assert [e.page for e in entries[:3]] == [f"{p.stem}.html" for p in SAMPLES]
    assert [e.page for e in entries[3:]] == [None, None, None]
    assert "source file not found" in (entries[3].error or "")
    assert entries[4].error == "bad.txt: empty"
    assert "not JSON" in (entries[5].error or "")
    index = (tmp_path / "review" / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr>") == 1 + len(entries)
    for p in SAMPLES:
        assert f'<a href="{p.stem}.html">' in index
        assert article_text((tmp_path / "review" / f"{p.stem}.html").read_text(encoding="utf-8"))[0] == (
            p.read_text(encoding="utf-8"))


def test_page_names_are_safe_and_unique() -> None:
    taken: set[str] = set()
    names = [review._page_name(i, taken) for i in ("../../etc/passwd", "a b", "a_b", "")]
    assert names == ["etc_passwd.html", "a_b.html", "a_b-2.html", "article.html"]
