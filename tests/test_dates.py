"""Dates: the case tables tests/cases/dates.yaml (mentions), datelines.yaml and events.yaml, plus invariants."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import vnnews
from vnnews.datelines import event_date, find_published, lead_spans
from vnnews.dates import Anchor, find_dates
from vnnews.document import Document
from vnnews.normalize import normalize

from . import cases

#: The publication date the tables are read against, unless a row gives its own (a Friday).
PUBLISHED = "2025-01-10"
CASES = cases.rows("dates")
# Event dates of the shared eval articles, checked by reading each lead (None: the article names no
# day for its event; in 30 the bracketed '(27-2)' is the day commemorated, not the ceremony's day).
# Years come only from a dateline in the text (02, 10, 20); the others name none, so '--MM-DD'.
EVAL_EVENTS: list[tuple[str, str | None, str | None, str | None]] = [
    ("000_6bec16079aff259a.txt", "sáng 9/1", "--01-09", "morning"),
    ("02_yenbai-tinh-doan-tuyen-duong-2016.txt", "Tối 21/12", "2016-12-21", "evening"),
    ("05_hagiang-dai-hoi-doan-tinh-2012.txt", "Ngày 20.9", "--09-20", None),
    ("10_dienbien-tiep-nhan-500-trieu-nha-dai-doan-ket.txt", "Sáng nay (28/7)", "2023-07-28", "morning"),
    ("14_backan-hoilhpn-bieu-duong-dien-hinh-2018.txt", "Ngày 18/10", "--10-18", None),
    ("16_thainguyen-tong-ket-10-nam-nong-thon-moi.txt", None, None, None),
    ("20_quangngai-dai-hoi-phu-nu-tinh-2021.txt", "vào ngày 24/11", "2021-11-24", None),
    ("25_camau-tong-ket-7-nam-quy-ho-tro-nong-dan.txt", None, None, None),
    ("28_bariavungtau-cong-an-tong-ket-40-nam.txt", "Chiều 28/5", "--05-28", "afternoon"),
    ("30_dongnai-nganh-y-te-ky-niem-ngay-thay-thuoc.txt", None, None, None),
    ("33_thuathienhue-cong-an-60-nam-canh-sat-nhan-dan.txt", "Ngày 20-7", "--07-20", None),
]


def test_table_has_sixty_forms_in_every_bucket() -> None:
    table = cases.load("dates")
    assert sum(len(rows) for bucket, rows in table.items() if bucket != "negative") >= 60
    assert set(table) == {"day", "period", "month", "relative", "negative"}


def _mentions(text: str, published: str | None) -> list[dict[str, Any]]:
    """Date mentions of ``text`` in the table's terms, offsets mapped back to the text as written."""
    norm = normalize(text)
    out = []
    for hit in find_dates(norm.text, Anchor.from_iso(published)):
        start, end = norm.to_raw(hit.start, hit.end)
        row: dict[str, Any] = {"text": text[start:end], "start": start}
        if hit.value is None:
            row["value"] = None
        else:
            v = hit.value
            row.update({"from": v.start, "to": v.end, "granularity": v.granularity})
            row.update({k: x for k, x in (("part", v.part_of_day), ("time", v.time), ("modifier", v.modifier)) if x})
        out.append(row)
    return out


@pytest.mark.parametrize("case", cases.params("dates"))
def test_date_cases(case: dict[str, Any]) -> None:
    published = case.get("published", PUBLISHED)
    assert _mentions(case["text"], published) == case["expect"]


@pytest.mark.parametrize("case", cases.params("datelines"))
def test_datelines(case: dict[str, Any]) -> None:
    found = find_published(normalize(case["text"]).text)
    assert (found.iso if found else None) == case["expect"]


@pytest.mark.parametrize("case", cases.params("events"))
def test_event_dates(case: dict[str, Any]) -> None:
    doc = Document.from_text(case["text"])
    dateline = find_published(doc.text)
    anchor = Anchor.from_iso(case.get("published") or (dateline.iso if dateline else PUBLISHED))
    hit = event_date(doc.text, find_dates(doc.text, anchor), lead_spans(doc), dateline)
    expect = case["expect"]
    if expect["event"] is None:
        assert hit is None
        return
    assert hit is not None
    assert doc.text[hit.start : hit.end] == expect["event"]
    assert hit.value is not None
    assert hit.value.start == expect["value"]


def test_every_value_is_an_ordered_range() -> None:
    """start <= end for every resolved value, and day values are one day."""
    for case in CASES:
        for hit in find_dates(normalize(case["text"]).text, Anchor.from_iso(PUBLISHED)):
            if hit.value is None or hit.value.start.startswith("--"):
                continue
            assert hit.value.start <= hit.value.end, case["id"]
            if hit.value.granularity == "day":
                assert hit.value.start == hit.value.end, case["id"]


@pytest.mark.parametrize(("name", "event", "value", "part"), EVAL_EVENTS, ids=[row[0][:3] for row in EVAL_EVENTS])
def test_event_dates_of_the_shared_eval_articles(
    name: str, event: str | None, value: str | None, part: str | None, eval_dir: Path
) -> None:
    """The record's event date, as checked by reading each shared eval article's lead."""
    article = vnnews.extract_file(eval_dir / "articles" / name)
    if event is None:
        assert article.event_date is None
        return
    assert article.event_date is not None
    assert article.event_date.value is not None
    got = (article.event_date.text, article.event_date.value.start, article.event_date.value.part_of_day)
    assert got == (event, value, part)
