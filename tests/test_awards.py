"""Award counts: one parametrized test over tests/cases/awards.yaml, plus invariants on every record.

Each case lists every award its text gives, in order, naming only the fields it checks. Buckets: dev (forms
from the shared/eval articles), new (forms from issue 5 and the corpus), variants (NFD, old tone marks,
quotes, CRLF), negative (numbers that are not counts, commendations that are not awards).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest

from vnnews import ownership, records
from vnnews.document import Document
from vnnews.extractors import awards
from vnnews.extractors import people as people_extractor
from vnnews.link import link_people
from vnnews.models import Award

from . import cases

CASES = cases.load("awards")


def nfc(value: Any) -> Any:
    """Compare strings as NFC, so NFD input and output still match the table."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    return value


def got_field(award: Award, key: str) -> Any:
    return award.text if key == "span" else getattr(award, key)


def found_in(doc: Document) -> list[Award]:
    """The extractor's hits as the records the pipeline makes of them."""
    people, _ = link_people(*people_extractor.extract(doc))
    return [records.award(doc, h) for h in awards.extract(doc, people) if ownership.listed(h)]


def run(case: dict[str, Any]) -> tuple[str, list[Award]]:
    text = case["text"]
    if case.get("nfd"):
        text = unicodedata.normalize("NFD", text)
    return text, found_in(Document.from_text(text))


def test_table_has_forty_cases_and_negatives() -> None:
    assert len(cases.rows("awards")) >= 40
    assert len(CASES["negative"]) >= 10


@pytest.mark.parametrize("case", cases.params("awards"))
def test_award_cases(case: dict[str, Any]) -> None:
    text, found = run(case)
    want = case["expect"]
    summary = [(a.count, a.recipient_type, a.award, a.rule) for a in found]
    assert len(found) == len(want), summary
    for got, exp in zip(found, want, strict=True):
        for key, value in exp.items():
            assert nfc(got_field(got, key)) == nfc(value), (key, summary)
    for got in found:  # every record is grounded in the input and sits in its sentence
        assert text[got.start : got.end] == got.text
        assert got.sentence is not None
        assert got.sentence.start <= got.start
        assert got.end <= got.sentence.end


def test_counted_span_covers_count_and_noun() -> None:
    """The count '24' and 'tập thể' lie inside the award span (and count_at, which vnnews.ownership reads)."""
    text = "Lào Cai có 24 tập thể được nhận Bằng khen."
    (award,) = found_in(Document.from_text(text))
    assert award.start <= text.index("24")
    assert text.index("tập thể") + len("tập thể") <= award.end
    (hit,) = awards.extract(Document.from_text(text))
    assert hit.count_at is not None
    assert text[slice(*hit.count_at)] == "24"
    assert hit.name_at is not None
    assert text[slice(*hit.name_at)] == "Bằng khen"


def test_clauses_split_at_semicolons() -> None:
    doc = Document.from_text("A tặng Bằng khen cho 5 tập thể; B tặng Giấy khen cho 8 tập thể.")
    parts = [doc.text[c.start : c.end] for s in doc.sentences for c in awards.clauses(doc.text, s)]
    assert parts == ["A tặng Bằng khen cho 5 tập thể;", "B tặng Giấy khen cho 8 tập thể."]


def test_user_lexicon_extends_award_names(tmp_path: Path) -> None:
    """A user's awards.yaml adds a name without code."""
    (tmp_path / "awards.yaml").write_text(
        "source: test\nentries:\n  - {term: Cúp Sen Vàng, kind: prize}\n", encoding="utf-8"
    )
    from vnnews.options import Options

    doc = Document.from_text("Ban tổ chức trao Cúp Sen Vàng cho 3 đơn vị.", Options(lexicon_dirs=(tmp_path,)))
    assert [(a.count, a.award) for a in found_in(doc)] == [(3, "Cúp Sen Vàng")]


def test_user_lexicon_companion_continues_a_list(tmp_path: Path) -> None:
    """A user's 'companion' word (award_words.yaml) reaches the gift after each group of a commendation list too
    (review of unitR36: the list's gift was read from the packaged file only)."""
    (tmp_path / "award_words.yaml").write_text(
        "source: test\nentries:\n  - {term: kèm khoản tiền, role: companion}\n", encoding="utf-8"
    )
    from vnnews.options import Options

    text = "Huyện khen thưởng 120 học sinh kèm khoản tiền 60 triệu đồng, 15 giáo viên kèm khoản tiền 15 triệu đồng."
    plain = [a.count for a in found_in(Document.from_text(text))]
    extended = [a.count for a in found_in(Document.from_text(text, Options(lexicon_dirs=(tmp_path,))))]
    assert (plain, extended) == ([120], [120, 15])
