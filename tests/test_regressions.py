"""Regressions, each named after the bug it pins (found while building vnnews, see the commit log)."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnnews
from vnnews.errors import LexiconError
from vnnews.lexicon import load
from vnnews.normalize import modern_tone, normalize
from vnnews.tokenize import tokenize


@pytest.mark.issue("underthesea-fixed-words-leak")
def test_tokens_do_not_depend_on_an_earlier_call_with_other_fixed_words() -> None:
    """underthesea keeps the last fixed_words pattern in a global; we always pass ours explicitly."""
    text = "Phó Bí thư Tỉnh ủy Hoàng Giang phát biểu"
    ours = ("Tỉnh ủy",)
    before = [t.text for t in tokenize(text, 0, len(text), ours)]
    tokenize("Phó Bí thư Hoàng Giang", 0, 22, ("Phó Bí thư Hoàng",))
    assert [t.text for t in tokenize(text, 0, len(text), ours)] == before


@pytest.mark.issue("extract-subpackage-shadowed-entry-point")
def test_vnnews_extract_stays_the_function_after_importing_the_extractors() -> None:
    import vnnews.extractors.people

    assert callable(vnnews.extract)
    assert vnnews.extract("Ông Nguyễn Văn An dự họp.").people[0].name == "Nguyễn Văn An"


@pytest.mark.issue("tone-rule-moved-ue")
@pytest.mark.parametrize("syllable", ["thuế", "Huế", "khuếch", "tuệ"])
def test_tone_rule_leaves_ue_syllables_alone(syllable: str) -> None:
    """Only open o+a, o+e and u+y take the modern placement; 'thuế' once became 'thúê'."""
    assert modern_tone(syllable) == syllable
    assert normalize(syllable).text == syllable


@pytest.mark.issue("lexicon-error-multiline")
def test_a_broken_user_vocabulary_is_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "surnames.yaml").write_text("sourc: x\nentries: [1, 2]\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load("surnames", str, (tmp_path,))
    message = str(info.value)
    assert "\n" not in message
    assert str(tmp_path / "surnames.yaml") in message
    assert "source" in message


@pytest.mark.issue("place-opening-with-an-honorific")
def test_ba_ria_vung_tau_is_a_place_not_an_honorific_and_a_name() -> None:
    article = vnnews.extract("Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Trình dự lễ.")
    assert [p.name for p in article.people] == ["Nguyễn Văn Trình"]
    assert article.people[0].titles[0].text.endswith("Vũng Tàu")
