"""parse_number / parse_amount / find_numbers against the case table in tests/cases/numbers.yaml."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from vnnews.numbers import find_numbers, parse_amount, parse_digits, parse_number
from vnnews.quantity import parse_quantity

from . import cases

CASES = cases.rows("numbers")


@pytest.mark.parametrize("case", cases.params("numbers"))
def test_parse_number(case: dict[str, Any]) -> None:
    text = unicodedata.normalize("NFD", case["text"]) if case.get("nfd") else case["text"]
    if isinstance(case["expect"], dict):
        quantity = parse_quantity(text)
        if case["expect"] == {"quantity": None}:
            assert quantity is None
            return
        assert quantity is not None
        assert {k: getattr(quantity, k) for k in case["expect"]} == case["expect"]
        return
    got = parse_number(text)
    assert got == case["expect"]
    if isinstance(got, float):
        assert not got.is_integer(), "integral values come back as int"


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 60
    assert len({c["id"] for c in CASES}) == len(CASES)


def test_integral_values_are_int_not_float() -> None:
    value = parse_number("1,5 tỷ")
    assert value == 1500000000
    assert isinstance(value, int)


def test_vague_amount_is_flagged() -> None:
    amount = parse_amount("hàng nghìn")
    assert amount is not None
    assert (amount.value, amount.approximate) == (1000, True)
    exact = parse_amount("3 nghìn")
    assert exact is not None
    assert exact.approximate is False


def test_digits_only_reader() -> None:
    assert parse_digits("3.700") == 3700
    assert parse_digits("1.2.3") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trên 1.800 buổi", [("1.800", 1800)]),
        ("6 tỷ 097 triệu đồng", [("6 tỷ 097 triệu", 6097000000)]),
        ("5 năm xây gần 500 mái ấm", [("5", 5), ("500", 500)]),  # 'năm' after 5 is the unit
        ("Năm nay có 20 người", [("20", 20)]),  # 'năm' alone is 'year'
        ("hai mươi mốt người", [("hai mươi mốt", 21)]),
        ("11.484 vụ/17.663 đối tượng", [("11.484", 11484), ("17.663", 17663)]),
        ("31,5kg heroin", [("31,5", 31.5)]),
        ("km2 và F1", []),  # digits glued to letters are no numbers
        ("2010 2020", [("2010", 2010), ("2020", 2020)]),
        ("đầu tư hai máy vắt sữa", [("hai", 2)]),  # 'tư' of 'đầu tư' opens no number
        ("thứ tư ba người", [("ba", 3)]),
        ("vài ba triệu đồng", []),  # 'vài ba' is vague: no 3 million
        ("hai mươi tư người", [("hai mươi tư", 24)]),
        # the word 'âm' before digits is minus, unless it closes a word (numbers.yaml not_sign)
        ("nhiệt độ âm 3 độ C", [("âm 3", -3)]),
        ("lợi nhuận âm 49,3 tỷ đồng", [("âm 49,3 tỷ", -49300000000)]),
        ("hướng dẫn phát âm 59 tên cầu thủ", [("59", 59)]),  # pronounce
        ("Ghi âm 3 cuộc gọi, siêu âm 2 lần", [("3", 3), ("2", 2)]),  # record, ultrasound
        # a scale word opening a word is no scale (numbers.yaml compound): 'tỉ trọng' is a share, 'tỷ lệ' a rate
        ("chiếm một tỉ trọng khá lớn", [("một", 1)]),
        ("một tỷ lệ cao, hai tỷ đồng", [("một", 1), ("hai tỷ", 2000000000)]),
        ("thu hơn 500 tỷ lệ phí", [("500 tỷ", 500000000000)]),  # after digits a scale word is one: 'lệ phí' (fees)
        ("gần 1.000 tỷ giá trị giao dịch", [("1.000 tỷ", 1000000000000)]),  # 'tỷ giá' (exchange rate) is none
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, float]]) -> None:
    got = [(text[m.start : m.end], m.value) for m in find_numbers(text)]
    assert got == expected
