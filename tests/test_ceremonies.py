"""Ceremony sentences and the ownership policy, through vnnews.extract (tests/cases/ceremonies.yaml, ownership.yaml).

Both tables read each text as a one-paragraph article under a title line, the way a user's article is read:
the award extractor, the people extractor it reads recipients from, and the one policy step that decides
whether a number is an award's or an achievement's all take part.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

import vnnews
from vnnews.models import Article, Award

from . import cases

TITLE = "Tin tức\n\n"


def nfc(value: Any) -> Any:
    """Strings compared as NFC, quotes straight (the record's award names are read in the normalised text)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).replace("“", '"').replace("”", '"')
    if isinstance(value, list):
        return [nfc(v) for v in value]
    return value


def field(award: Award, key: str) -> Any:
    return award.text if key == "span" else getattr(award, key)


def read(text: str) -> Article:
    return vnnews.extract(TITLE + text)


def test_tables_are_big_enough() -> None:
    """Issue 10: at least 60 ceremony sentences, non-awards among them, and the policy's own table."""
    assert len(cases.rows("ceremonies")) >= 60
    assert len(cases.load("ceremonies")["not_awards"]) >= 15
    assert len(cases.rows("ownership")) >= 15


@pytest.mark.parametrize("case", cases.params("ceremonies"))
def test_ceremony_cases(case: dict[str, Any]) -> None:
    record = read(case["text"])
    summary = [(a.count, a.recipient_type, a.award, a.rule) for a in record.awards]
    assert len(record.awards) == len(case["expect"]), summary
    for got, want in zip(record.awards, case["expect"], strict=True):
        for key, value in want.items():
            assert nfc(field(got, key)) == nfc(value), (key, summary)
    if "achievements" in case:
        assert [[a.value, a.unit] for a in record.achievements] == case["achievements"]


@pytest.mark.parametrize("case", cases.params("ownership"))
def test_ownership_cases(case: dict[str, Any]) -> None:
    record = read(unicodedata.normalize("NFD", case["text"]) if case.get("nfd") else case["text"])
    counted = [[a.count, nfc(a.award)] for a in record.awards if a.count is not None]
    assert counted == nfc(case["expect"]["awards"])
    assert [[a.value, nfc(a.unit)] for a in record.achievements] == nfc(case["expect"]["achievements"])
