"""The achievement confidence: its features (one pure function), the packaged weights, and the option that drops.

The model is :mod:`vnnews.confidence`; ``benchmarks/train_confidence.py`` fits it on the judged facts of
``benchmarks/audit/`` and the development gold sets, and writes the weight file with its provenance.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

import vnnews
from vnnews.confidence import (
    FEATURE_SET,
    Weights,
    confidence,
    context_of,
    facts_counted,
    features,
    score,
    weights,
)
from vnnews.options import GOLD_SAFE_MIN_CONFIDENCE

from . import cases

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "benchmarks" / "audit"


def marked(text: str, at: int = 0) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fact's span and its sentence from a text whose fact stands between ⟦ and ⟧ (offsets from ``at``)."""
    lo = text.index("⟦")
    hi = text.index("⟧") - 1
    plain = text.replace("⟦", "").replace("⟧", "")
    sentence = {"start": at, "end": at + len(plain), "text": plain}
    return {"start": at + lo, "end": at + hi, "text": plain[lo:hi]}, sentence


def case_features(case: dict[str, Any]) -> list[str]:
    title = None
    span, sentence = marked(case["text"], at=200)
    if "title" in case:
        span, sentence = marked(case["text"], at=0)
        title = marked(case["title"])[1]
    elif case.get("title_text"):
        title = {"start": 0, "end": len(case["title_text"]), "text": case["title_text"]}
    fact = {"rule": "achv.noun", "qualifier_kind": None, "action": None} | span | case["fact"]
    return features(fact, context_of(fact, sentence, title, case.get("facts", 1), article=case.get("article", "")))


@pytest.mark.parametrize("case", cases.params("confidence"))
def test_features(case: dict[str, Any]) -> None:
    got = case_features(case)
    assert set(case["expect"].get("has", [])) <= set(got), sorted(set(case["expect"]["has"]) - set(got))
    assert not set(case["expect"].get("lacks", [])) & set(got)


def test_features_are_pure_sorted_and_unique() -> None:
    case = cases.rows("confidence")[0]
    first, second = case_features(case), case_features(case)
    assert first == second == sorted(set(first))


def test_the_packaged_weights_load_and_validate() -> None:
    model = weights()
    assert model.feature_set == FEATURE_SET
    assert model.weights
    assert all(isinstance(w, float) for w in model.weights.values())
    path = ROOT / "src" / "vnnews" / "data" / "models" / "achievement_confidence.json"
    # 17,770 weights once rounds 19-22 (news pages) joined the fit: 408 KB (369 KB with 16,212 on baomoi-2000 only)
    assert path.stat().st_size < 450_000


def test_a_weight_file_of_another_feature_set_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vnnews.confidence.FEATURE_SET", "achv-conf-0")
    weights.cache_clear()
    try:
        with pytest.raises(vnnews.LexiconError, match="feature set"):
            weights()
    finally:
        monkeypatch.undo()
        weights.cache_clear()


def test_the_score_is_the_logistic_of_the_summed_weights() -> None:
    model = Weights(feature_set=FEATURE_SET, bias=0.0, weights={"a": 1.0, "b": -1.0}, provenance={})
    assert score([], model) == 0.5
    assert score(["a", "b", "unknown"], model) == 0.5
    assert score(["a"], model) == round(1 / (1 + 2.718281828459045 ** -1), 4)


@pytest.mark.parametrize(
    ("reported", "hedged"),
    [
        ("Năm qua, hội đã vận động ⟦120 hộ dân⟧ tham gia.",
         "Theo dự báo, năm tới hội sẽ có thể vận động ⟦120 hộ dân⟧ tham gia."),
        ("Đội đã ghi được ⟦3 bàn thắng⟧ trong trận đấu.",
         "Nếu muốn đi tiếp, đội cần ghi ⟦3 bàn thắng⟧ trong trận đấu."),
        ("Công ty đã trả ⟦8 triệu đồng⟧ cho mỗi lao động.", "Công ty dự kiến sẽ trả ⟦8 triệu đồng⟧ cho mỗi lao động."),
        ("Tháng trước, công ty đã bán ⟦300 con bò⟧ cho thương lái.",
         "Nếu công ty bán ⟦300 con bò⟧ cho thương lái, lãi sẽ tăng."),
        ("Năm nay, tỉnh đã thu hút ⟦200 dự án⟧ đầu tư.",
         "Nếu tỉnh thu hút ⟦200 dự án⟧ đầu tư thì kinh tế sẽ khởi sắc."),
        ("Gia đình đã chọn căn hộ ⟦30m2⟧ ở trung tâm.",
         "Nếu muốn tiết kiệm, bạn có thể chọn căn hộ ⟦30m2⟧ ở trung tâm."),
    ],
)
def test_a_fact_in_a_forecast_or_condition_scores_lower_than_the_same_fact_reported(reported: str, hedged: str) -> None:
    def level(text: str) -> float:
        span, sentence = marked(text, at=100)
        fact = span | {"value": 120.0, "value_text": "120", "unit": "x", "rule": "achv.noun", "qualifier_kind": None}
        return confidence(fact, sentence, None, 5, article=sentence["text"])

    assert level(hedged) < level(reported)


ARTICLE = (
    "Hội Nông dân huyện tổng kết năm 2023\n\n"
    "Năm qua, hội đã vận động 120 hộ dân tham gia mô hình. "
    "Theo dự báo, năm tới có thể có 3 người tham gia nếu được hỗ trợ.\n"
)


def test_every_achievement_carries_its_confidence() -> None:
    record = vnnews.extract(ARTICLE, options=vnnews.Options(min_confidence=0))
    assert record.achievements
    assert all(a.confidence is not None and 0.0 <= a.confidence <= 1.0 for a in record.achievements)


def test_by_default_every_fact_is_scored_and_those_below_the_gold_safe_floor_left_out() -> None:
    every = vnnews.extract(MIXED, options=vnnews.Options(min_confidence=0)).achievements
    default = vnnews.extract(MIXED).achievements
    assert [a.text for a in default] == [a.text for a in every if (a.confidence or 0) >= GOLD_SAFE_MIN_CONFIDENCE]
    assert len(default) < len(every)  # MIXED holds facts below the floor: the default does leave them out
    assert all(a.confidence is not None for a in default)


def test_none_scores_nothing_and_keeps_every_fact() -> None:
    every = vnnews.extract(MIXED, options=vnnews.Options(min_confidence=0)).achievements
    unscored = vnnews.extract(MIXED, options=vnnews.Options(min_confidence=None)).achievements
    assert [a.text for a in unscored] == [a.text for a in every]
    assert all(a.confidence is None for a in unscored)


MIXED = (
    "Hội Nông dân huyện tổng kết năm 2023\n\n"
    "Năm qua, hội đã vận động 120 hộ dân tham gia mô hình. Giá vé vào cửa là 50.000 đồng/người. "
    "Người ta thường nói 3 điều.\n"
)


def test_a_floor_drops_the_facts_scored_below_it() -> None:
    every = vnnews.extract(MIXED, options=vnnews.Options(min_confidence=0)).achievements
    assert len(every) == 3
    floor = max(a.confidence for a in every if a.confidence is not None)
    kept = vnnews.extract(MIXED, options=vnnews.Options(min_confidence=floor)).achievements
    assert [a.text for a in kept] == [a.text for a in every if (a.confidence or 0.0) >= floor]
    assert 0 < len(kept) < len(every)
    safe = vnnews.extract(MIXED, options=vnnews.Options(min_confidence=GOLD_SAFE_MIN_CONFIDENCE)).achievements
    assert [a.text for a in safe] == [a.text for a in every if (a.confidence or 0.0) >= GOLD_SAFE_MIN_CONFIDENCE]


def test_the_option_is_a_flag_and_refuses_a_level_outside_zero_and_one() -> None:
    with pytest.raises(ValueError, match="less than or equal to 1"):
        vnnews.Options(min_confidence=1.5)
    from vnnews.cli import split_flags

    options, _ = split_flags({"min_confidence": 0.0, "output": None})
    assert options.min_confidence == 0.0


def test_the_schema_has_the_confidence() -> None:
    schema = json.loads((ROOT / "schema" / "article.schema.json").read_text(encoding="utf-8"))
    field = schema["$defs"]["Achievement"]["properties"]["confidence"]
    number, empty = field["anyOf"]
    assert (number["type"], number["minimum"], number["maximum"]) == ("number", 0, 1)
    assert empty == {"type": "null"}


def test_the_gold_safe_floor_keeps_every_development_gold_fact_the_training_scored() -> None:
    provenance = weights().provenance
    assert provenance["gold_min_score"] >= GOLD_SAFE_MIN_CONFIDENCE


@functools.cache
def _audit() -> Any:
    """benchmarks/audit.py, whose ``judges_achievements`` picks the training files of benchmarks/train_confidence.py."""
    spec = importlib.util.spec_from_file_location("vnnews_bench_audit", ROOT / "benchmarks" / "audit.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not AUDIT.is_dir(), reason="benchmarks/audit/ is not beside the tests")
def test_the_weights_were_trained_on_the_judged_files_that_exist() -> None:
    """A judged file added or changed since the training means: run benchmarks/train_confidence.py again."""
    provenance = weights().provenance
    judged = [*sorted(AUDIT.glob("*.jsonl")), *sorted(f for g in provenance.get("judged_globs", [])
                                                       for f in AUDIT.parent.glob(g))]
    skipped = {name for names in provenance.get("skipped", {}).values() for name in names}  # folder not on the machine
    present = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in judged
               if _audit().judges_achievements(p) and p.name not in skipped}
    assert provenance["training_files"] == present


@pytest.mark.issue("confidence-train-and-run-read-alike")
@pytest.mark.parametrize("spelling", ["as is", "crlf+nfd"])
def test_a_json_record_scores_as_the_pipeline_scored(spelling: str) -> None:
    """The training script reads JSON records (input text); the pipeline reads its normalised text: same scores."""
    import unicodedata

    text = ARTICLE if spelling == "as is" else unicodedata.normalize("NFD", ARTICLE.replace("\n", "\r\n"))
    record = vnnews.extract(text, options=vnnews.Options(min_confidence=0)).model_dump(mode="json")
    for fact in record["achievements"]:
        counted = facts_counted(bool(a["target"]) for a in record["achievements"])
        again = confidence(fact, fact["sentence"], record["title"], counted, article=text)
        assert again == fact["confidence"]


@pytest.mark.issue("confidence-without-its-article-dropped-the-genre")
def test_a_fact_is_never_scored_without_its_article() -> None:
    """``article`` was optional: a caller who left it out got no genre features and another score, silently."""
    record = vnnews.extract(ARTICLE, options=vnnews.Options(min_confidence=0)).model_dump(mode="json")
    fact = record["achievements"][0]
    with pytest.raises(TypeError, match="article"):
        confidence(fact, fact["sentence"], record["title"], 2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="article"):
        context_of(fact, fact["sentence"], record["title"], 2)  # type: ignore[call-arg]


@pytest.mark.issue("art-facts-counted-planned-targets")
def test_a_fact_scores_alike_with_or_without_the_planned_targets_kept() -> None:
    """'art:facts' counted the targets --keep-targets adds: the same fact scored differently."""
    text = ("Hội Nông dân huyện tổng kết năm 2023\n\nNăm qua, hội đã vận động 120 hộ dân tham gia mô hình. "
            "Năm 2024 phấn đấu đạt 80% hộ đạt chuẩn, 50 mô hình mới, 30 hộ vượt nghèo, 20 tổ hợp tác.\n")
    scored = [
        {a.text: a.confidence for a in vnnews.extract(text, options=vnnews.Options(min_confidence=0, keep_targets=keep))
         .achievements if not a.target}
        for keep in (False, True)
    ]
    assert "120 hộ dân" in scored[0]
    assert scored[0] == scored[1]


def _in_article(article: str, sentence: str, fact: str, title_end: int) -> list[str]:
    """The features of ``fact`` in ``sentence`` of ``article`` (its title line ``title_end`` characters long)."""
    s0 = article.index(sentence)
    lo = s0 + sentence.index(fact)
    span = {"start": lo, "end": lo + len(fact), "text": fact}
    record = span | {"value": 2.0, "value_text": "2", "unit": fact.split(" ", 1)[1], "rule": "achv.noun",
                     "qualifier_kind": None, "action": None}
    title = {"start": 0, "end": title_end, "text": article[:title_end]}
    sent = {"start": s0, "end": s0 + len(sentence), "text": sentence}
    return features(record, context_of(record, sent, title, 3, article=article))


@pytest.mark.parametrize(
    ("article", "expect"),
    [
        ("Tai nạn trên sông\nHôm qua 2 nữ sinh bị nạn. Sau đó 2 nữ sinh vẫn tiếp tục bơi.", "ref:body"),
        ("Cứu 2 nữ sinh bị nạn\nHôm qua trời mưa. Sau đó 2 nữ sinh vẫn tiếp tục bơi.", "ref:title"),
        ("Tai nạn trên sông\nHôm qua 12 nữ sinh bị nạn. Sau đó 2 nữ sinh vẫn tiếp tục bơi.", None),
        ("Tai nạn trên sông\nSau đó 2 nữ sinh vẫn tiếp tục bơi. Hôm qua 2 nữ sinh bị nạn.", None),
        ("Tai nạn trên sông\nHôm qua 3 nữ sinh bị nạn. Sau đó 2 nữ sinh vẫn tiếp tục bơi.", None),
    ],
    ids=["body", "title", "not-inside-12", "only-later", "another-amount"],
)
def test_a_fact_written_earlier_in_the_article_refers_back(article: str, expect: str | None) -> None:
    title_end = article.index("\n")
    got = {n for n in _in_article(article, "Sau đó 2 nữ sinh vẫn tiếp tục bơi.", "2 nữ sinh", title_end)
           if n.startswith("ref:")}
    assert got == ({expect} if expect else set())
