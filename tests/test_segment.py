"""Stage 2: blocks are labelled (title, caption, source, meta, byline) and sentences stay inside blocks."""

from __future__ import annotations

import itertools
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews import segment
from vnnews.document import Document
from vnnews.segment import align, pieces, source_url, split_blocks, split_sentences

ARTICLE = """Tiêu đề bài báo về hội nghị

21/12/2016 21:36:50 Xem cỡ chữ Google

Dự hội nghị có đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy. Hội nghị đánh giá kết quả năm 2023.

Quang cảnh hội nghị.

Trong năm, các cấp hội tổ chức trên 1.800 buổi tuyên truyền; thành lập 74 mô hình.
Dòng thứ hai không có dòng trống trước nó. Nó có hai câu nên là một đoạn.

Tin, ảnh: Đức Linh

Nguồn Lào Cai: https://baolaocai.vn/bai-viet-post1.html
"""


def kinds(text: str) -> list[str]:
    return [b.kind for b in split_blocks(text)]


def test_blocks_are_labelled() -> None:
    assert kinds(ARTICLE) == ["title", "meta", "paragraph", "caption", "paragraph", "paragraph", "byline", "source"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        pytest.param("Nguồn: https://yenbai.gov.vn/x.aspx?ItemID=1", "source", id="source-plain"),
        pytest.param("Nguồn Lào Cai: https://baolaocai.vn/a-post378293.html", "source", id="source-with-paper"),
        pytest.param("12:18 - Thứ Sáu, 28/07/2023 Lượt xem: 6862 In bài viết", "meta", id="meta-time-first"),
        pytest.param("27/11/2021 - 14:04", "meta", id="meta-date-first"),
        pytest.param("Hội LHPN tỉnh tặng quà cho phụ nữ điển hình tiên tiến |", "caption", id="caption-pipe"),
        pytest.param("Phó Bí thư Tỉnh ủy Hoàng Giang phát biểu tại hội nghị.", "caption", id="caption-short"),
    ],
)
def test_line_kinds(line: str, kind: str) -> None:
    text = f"Tiêu đề\n\n{line}\n\nMột đoạn văn bình thường. Nó có hai câu và đủ dài để là đoạn văn.\n\nMột đoạn nữa."
    assert kinds(text)[1] == kind


def test_source_url() -> None:
    text = ARTICLE
    assert source_url(text, split_blocks(text)) == "https://baolaocai.vn/bai-viet-post1.html"


def test_sentences_never_cross_blocks_and_skip_furniture() -> None:
    blocks = split_blocks(ARTICLE)
    sents = split_sentences(ARTICLE, blocks)
    for s in sents:
        b = blocks[s.block]
        assert b.start <= s.start < s.end <= b.end
        assert b.kind not in {"meta", "source", "byline"}
    texts = [ARTICLE[s.start : s.end] for s in sents]
    assert "Dự hội nghị có đồng chí Hoàng Giang, Phó Bí thư Tỉnh ủy." in texts
    assert "Hội nghị đánh giá kết quả năm 2023." in texts


def test_repeated_lead_is_read_once() -> None:
    lead = "Sở Y tế đã tổ chức lễ kỷ niệm 58 năm Ngày Thầy thuốc Việt Nam, có 300 đại biểu dự."
    doc = Document.from_text(f"{lead}\n\n{lead}\n\nĐoạn khác hẳn, nói về một việc khác trong ngày.")
    assert [b.repeat_of for b in doc.blocks] == [None, 0, None]
    assert all(s.block != 1 for s in doc.sentences)


@pytest.mark.parametrize("limit", [120, 500])
def test_pieces_are_bounded_and_cover_the_text(limit: int) -> None:
    text = ("Một câu khá dài về hội nghị tổng kết. " * 60) + ("x" * 700)
    got = list(pieces(text, 0, len(text), limit))
    assert all(e - s <= limit for s, e in got)
    assert got[0][0] == 0
    assert got[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(got))


def test_align_tolerates_whitespace_and_reports_loss() -> None:
    text = "văn  bản   mới"
    assert align(text, 0, len(text), ["văn bản", "mới"]) == [(0, 8), (11, 14)]
    assert align(text, 0, len(text), ["văn", "khác"]) is None


def _repeats_by_full_scan(flat: list[str]) -> list[int | None]:
    """The repeat rule as first written: each line against every line of the window, one by one."""
    first_seen: dict[str, int] = {}
    out: list[int | None] = []
    for i, line in enumerate(flat):
        found = None
        if len(line) >= segment.REPEAT_MIN_CHARS:
            holder = next((j for j in range(max(0, i - segment.REPEAT_LOOKBACK), i) if line in flat[j]), None)
            found = first_seen.get(line) if holder is None else min(holder, first_seen.get(line, holder))
        out.append(found)
        first_seen.setdefault(line, i)
    return out


_SYLLABLES = ["không", "ông", "Hội", "hội", "viên", "nghị", "tỉnh", "Lào", "Cai", "24", "tập", "thể", "năm", "ăm"]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_repeats_found_through_words_are_those_a_full_scan_finds(data: st.DataObject) -> None:
    """Long texts look repeats up through the lines' words: the result must be the full scan's, window included."""
    flat: list[str] = []
    for _ in range(data.draw(st.integers(30, 90))):
        if flat and data.draw(st.booleans()):  # a piece of an earlier line, maybe cut inside its words
            earlier = data.draw(st.sampled_from(flat))
            a = data.draw(st.integers(0, len(earlier)))
            line = earlier[a : data.draw(st.integers(a, len(earlier)))].strip()
        else:
            line = " ".join(data.draw(st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=14)))
        flat.append(" ".join(line.split()) or "x")
    with patch.object(segment, "REPEAT_DIRECT_LINES", 4), patch.object(segment, "REPEAT_LOOKBACK", 25):
        assert segment._repeats(flat) == _repeats_by_full_scan(flat)
