"""Dates: the case table in tests/cases/dates.yaml (mentions, datelines, event dates), plus invariants."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import vnnews
from vnnews.datelines import event_date, find_published, lead_spans
from vnnews.dates import Anchor, find_dates
from vnnews.document import Document
from vnnews.normalize import normalize

TABLE = yaml.safe_load((Path(__file__).parent / "cases" / "dates.yaml").read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = TABLE["cases"]


def test_table_has_sixty_forms_in_every_bucket() -> None:
    assert len([c for c in CASES if c["bucket"] != "negative"]) >= 60
    assert {c["bucket"] for c in CASES} == {"day", "period", "month", "relative", "negative"}
    assert len({c["id"] for c in CASES}) == len(CASES)


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


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_date_cases(case: dict[str, Any]) -> None:
    published = case.get("published", TABLE["published"])
    assert _mentions(case["text"], published) == case["dates"]


@pytest.mark.parametrize("case", TABLE["datelines"], ids=[c["id"] for c in TABLE["datelines"]])
def test_datelines(case: dict[str, Any]) -> None:
    found = find_published(normalize(case["text"]).text)
    assert (found.iso if found else None) == case["published"]


@pytest.mark.parametrize("case", TABLE["events"], ids=[c["id"] for c in TABLE["events"]])
def test_event_dates(case: dict[str, Any]) -> None:
    doc = Document.from_text(case["text"])
    dateline = find_published(doc.text)
    anchor = Anchor.from_iso(case.get("published") or (dateline.iso if dateline else TABLE["published"]))
    hit = event_date(doc.text, find_dates(doc.text, anchor), lead_spans(doc), dateline)
    if case["event"] is None:
        assert hit is None
        return
    assert hit is not None
    assert doc.text[hit.start : hit.end] == case["event"]
    assert hit.value is not None
    assert hit.value.start == case["value"]


def test_every_value_is_an_ordered_range() -> None:
    """start <= end for every resolved value, and day values are one day."""
    for case in CASES:
        for hit in find_dates(normalize(case["text"]).text, Anchor.from_iso(TABLE["published"])):
            if hit.value is None or hit.value.start.startswith("--"):
                continue
            assert hit.value.start <= hit.value.end, case["id"]
            if hit.value.granularity == "day":
                assert hit.value.start == hit.value.end, case["id"]


@pytest.mark.parametrize("case", TABLE["eval_events"], ids=[c["article"][:3] for c in TABLE["eval_events"]])
def test_event_dates_of_the_shared_eval_articles(case: dict[str, Any], eval_dir: Path) -> None:
    """The record's event date, as checked by reading each shared eval article's lead."""
    article = vnnews.extract_file(eval_dir / "articles" / case["article"])
    if case["event"] is None:
        assert article.event_date is None
        return
    assert article.event_date is not None
    assert article.event_date.value is not None
    got = (article.event_date.text, article.event_date.value.start, article.event_date.value.part_of_day)
    assert got == (case["event"], case["value"], case.get("part"))
