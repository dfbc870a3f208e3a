"""Regressions, each named after the bug it pins (found while building vnnews, see the commit log)."""

from __future__ import annotations

import random
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import vnnews
from vnnews.batch import extract_files
from vnnews.charkinds import CharKinds
from vnnews.document import Document
from vnnews.errors import InternalError, LexiconError
from vnnews.lexicon import load
from vnnews.normalize import modern_tone, normalize
from vnnews.tokenize import tokenize
from vnnews.validate import bad_spans


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
        load("surnames", (tmp_path,))
    message = str(info.value)
    assert "\n" not in message
    assert str(tmp_path / "surnames.yaml") in message
    assert "source" in message


@pytest.mark.issue("place-opening-with-an-honorific")
def test_ba_ria_vung_tau_is_a_place_not_an_honorific_and_a_name() -> None:
    article = vnnews.extract("Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Trình dự lễ.")
    assert [p.name for p in article.people] == ["Nguyễn Văn Trình"]
    assert article.people[0].titles[0].text.endswith("Vũng Tàu")


CRLF_ARTICLE = (
    "Xã Tân Lập vượt khó\n\n"
    "Năm qua, xã Tân Lập đã có nhiều đổi mới. Đời sống người dân được nâng lên.\n\n"
    "Xã vận động xây dựng 12 km đường giao thông nông thôn. Toàn xã có 40 hộ dân nghèo.\n\n"
    "Hội Nông dân tổ chức tập huấn. Người dân tham gia đông đủ. Các mô hình được nhân rộng. Phong trào lan tỏa.\n\n"
    "Đến nay, 40 hộ dân nơi đây đã có nhà kiên cố. Xã tiếp tục phấn đấu trong năm tới.\n"
)


@pytest.mark.issue("crlf-repeats-read-input-offsets")
def test_crlf_article_gives_the_same_facts_as_lf() -> None:
    """'40 hộ dân nơi đây' points back to '40 hộ dân nghèo': one fact, also when every line ends in CRLF.

    Merging repeats read the records' input offsets against the normalised text, so each CR before a
    fact shifted the words it looked at and the pointer back was missed: two facts with CRLF.
    """
    crlf = CRLF_ARTICLE.replace("\n", "\r\n")
    lf_facts = [(a.value, a.unit) for a in vnnews.extract(CRLF_ARTICLE).achievements]
    crlf_article = vnnews.extract(crlf)
    assert lf_facts == [(12, "km"), (40, "hộ dân nghèo")]
    assert [(a.value, a.unit) for a in crlf_article.achievements] == lf_facts
    assert all(crlf[a.start : a.end] == a.text for a in crlf_article.achievements)


@pytest.mark.issue("bom-shifts-every-span")
def test_spans_count_a_leading_bom_of_the_callers_text() -> None:
    """The pipeline dropped the BOM before extracting, so every span was one short of the caller's text."""
    text = "\ufeffPhó Bí thư Tỉnh ủy Hoàng Giang trao Bằng khen cho 24 tập thể."
    article = vnnews.extract(text)
    mention = article.people[0].mentions[0]
    assert text[mention.start : mention.end] == "Hoàng Giang"
    assert article.title is not None
    assert text[article.title.start : article.title.end] == article.title.text
    assert text[article.awards[0].start : article.awards[0].end] == "Bằng khen cho 24 tập thể"
    assert bad_spans(article, text) == []


@pytest.mark.issue("inexact-span-is-vnnews-error")
def test_an_inexact_span_is_an_internal_error_also_in_a_batch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A rule that maps a span wrong is a bug: InternalError, kind 'internal_error' in a batch (was 'vnnews_error')."""

    def off_by_one(self: Document, start: int, end: int) -> dict[str, Any]:
        s, e = self.norm.to_raw(start, end)
        return {"start": s + 1, "end": e + 1, "text": self.raw[s:e]}

    monkeypatch.setattr(Document, "span", off_by_one)
    text = "Phó Bí thư Tỉnh ủy Hoàng Giang trao Bằng khen cho 24 tập thể."
    with pytest.raises(InternalError, match="inexact spans"):
        vnnews.extract(text)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (result,) = extract_files([str(tmp_path / "a.txt")], workers=1)
    assert (result.ok, result.kind) == (False, "internal_error")
    assert InternalError("x").kind == "internal_error"


@pytest.mark.issue("user-vocabulary-entries-loaded-untyped")
@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ("{trem: Trưởng ban Quản trị}", "trem: Extra inputs are not permitted"),
        ("5", "not int 5"),
        ("null", "not NoneType None"),
        ("{foo: 1}", "foo: Extra inputs are not permitted"),
        ('""', "term: String should have at least 1 character"),
    ],
    ids=["misspelled-key", "bare-number", "null", "unknown-key", "empty"],
)
def test_a_malformed_user_entry_is_a_lexicon_error_naming_the_file_and_the_entry(
    tmp_path: Path, entry: str, says: str
) -> None:
    """`lexicon.terms` read entries untyped: `{trem: ...}`, a number or null in a user file loaded silently."""
    from vnnews.options import Options

    path = tmp_path / "positions.yaml"
    path.write_text(f"source: test\nentries:\n  - Trưởng ban Quản trị\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        vnnews.extract("Ông Nguyễn Văn Bình dự họp.", options=Options(lexicon_dirs=(tmp_path,)))
    message = str(info.value)
    assert str(path) in message
    assert "at entries.1" in message
    assert says in message


@pytest.mark.issue("user-vocabulary-with-an-unknown-name-ignored")
def test_a_user_file_that_is_no_vocabulary_is_a_lexicon_error_naming_it(tmp_path: Path) -> None:
    """`position.yaml` (for positions.yaml) in a lexicon folder was skipped without a word."""
    from vnnews.options import Options

    (tmp_path / "position.yaml").write_text("source: test\nentries: [Trưởng ban Quản trị]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"position\.yaml: no vocabulary is named 'position\.yaml'"):
        vnnews.extract("Ông Nguyễn Văn Bình dự họp.", options=Options(lexicon_dirs=(tmp_path,)))


@pytest.mark.issue("number-word-matched-by-case-folding-crashed")
def test_a_number_word_the_pattern_matches_ignoring_case_is_read() -> None:
    """'ſáu' (long s) matched the number pattern ignoring case but was looked up lower-cased: KeyError."""
    text = "Có ſáu người được khen thưởng."
    record = vnnews.extract(text)
    assert [(a.count, a.recipient_type, a.award) for a in record.awards] == [(6, "người", "khen thưởng")]
    assert all(text[a.start : a.end] == a.text for a in record.awards)


@pytest.mark.issue("capital-dotted-i-matched-case-blind-crashed")
@pytest.mark.parametrize(
    "text",
    ["Ngày 9/1/2024, tỉnh có HAİ nghìn hộ.", "CUỐİ tháng 3/2024, tỉnh có 5 hộ mới.", "Ngày 9/1/2024, có MƯỜİ hộ mới."],
)
def test_a_word_with_a_capital_dotted_i_the_scan_matched_is_looked_up_as_read(text: str) -> None:
    """'İ' matches 'i' case-blind but lowers to 'i' and a combining dot: the number and date lookups raised KeyError."""
    record = vnnews.extract(text)
    assert not bad_spans(record, text)


@pytest.mark.issue("capital-dotted-i-matched-case-blind-crashed")
def test_a_date_word_with_a_capital_dotted_i_keeps_its_meaning() -> None:
    """'CHİỀU' matched the part-of-day pattern case-blind but its lowered form was no key: the afternoon was lost."""
    record = vnnews.extract("CHİỀU 9/1/2024, tỉnh trao 5 suất quà.")
    assert [(d.text, d.value.part_of_day) for d in record.dates] == [("CHİỀU 9/1/2024", "afternoon")]


@pytest.mark.issue("award-numbered-name-scan-crosses-clause-ends")
@pytest.mark.parametrize(
    ("text", "awards"),
    [  # a numbered name's spaces crossing a line break: from the line before, or past the clause's end
        (
            (
                "Số đảng viên nhận Huy hiệu Đảng năm 2025: 12\n"
                "- 50 năm tuổi Đảng có 2 đồng chí, 40 năm tuổi Đảng có 10 đồng chí."
            ),
            [(None, "Huy hiệu Đảng năm 2025"), (2, "Huy hiệu 50 năm tuổi Đảng"), (10, "Huy hiệu 40 năm tuổi Đảng")],
        ),
        # the per-clause search's own answer, kept (not the right one: the name is '... 30 năm tuổi Đảng', cut
        # at the line break as every award name is)
        ("Huy hiệu 5 viên nhận 30 năm\ntuổi Đảng.", [(5, "Huy hiệu 30 năm")]),
    ],
)
def test_a_numbered_award_name_is_found_within_its_clause_as_the_per_clause_search_found_it(
    text: str, awards: list[tuple[int | None, str]]
) -> None:
    assert [(a.count, a.award) for a in vnnews.extract(text).awards] == awards


@pytest.mark.issue("charkinds-relist-while-another-thread-inserts")
def test_char_kinds_sorted_by_many_threads_at_once_never_change_size_while_relisted() -> None:
    """vnnews.extract is thread-safe: a thread sorting a new character never resizes the dict another relists."""
    errors: list[BaseException] = []

    def work(kinds: CharKinds, seed: int) -> None:
        rnd = random.Random(seed)
        try:
            for _ in range(200):  # relisting stops at MAX_PLAIN plain characters: fresh kinds each round
                kinds.marked_in("".join(chr(rnd.randrange(0x4E00, 0x9FFF)) for _ in range(30)))
        except RuntimeError as e:  # 'dictionary changed size during iteration'
            errors.append(e)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for round_ in range(8):
            kinds = CharKinds(str.isupper)
            threads = [threading.Thread(target=work, args=(kinds, 4 * round_ + k)) for k in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
