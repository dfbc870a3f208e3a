"""The training facts of the confidence (benchmarks/confidence_rows.py): their groups and their features.

Grouped cross-validation, the held-out check and the gold-out-of-fold score are honest only if a fact's group is its
article, the same for a reader's verdict and a gold fact of that article, and if every kind of row builds its
features the same way.
"""

from __future__ import annotations

import functools
import importlib.util
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "baomoi-2000"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/baomoi-2000 is not beside the repo")


@functools.cache
def _rows() -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("confidence_rows", ROOT / "benchmarks" / "confidence_rows.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["confidence_rows"] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


@needs_corpus
@pytest.mark.issue("gold-rows-grouped-apart-from-their-judged-article")
def test_a_gold_fact_of_a_corpus_article_is_grouped_by_the_corpus_id(tmp_path: Path) -> None:
    """Gold rows were grouped ``set:stem``: readers' verdicts on the same baomoi-2000 article, grouped by its bare
    id, landed in other folds, so the CV, the held-out check and 'gold out of fold' saw their own article."""
    blind = min((ROOT / "tests" / "blind" / "articles").glob("*.txt"))
    assert _rows().gold_group("blind", blind) == blind.stem
    renamed = tmp_path / "01_some-other-name.txt"
    shutil.copy(CORPUS / f"{blind.stem}.txt", renamed)
    assert _rows().gold_group("shared", renamed) == blind.stem
    ceremony = min((ROOT / "tests" / "ceremony1" / "articles").glob("*.txt"))
    assert _rows().gold_group("ceremony1", ceremony) == f"ceremony1:{ceremony.stem}"


GONE = (
    "Hội Nông dân huyện tổng kết năm 2023\n\n"
    "Năm qua, hội đã vận động 120 hộ dân tham gia mô hình, giải ngân hơn 3 tỷ đồng cho vay. "
    "Theo dự báo, năm tới hội có thể thu hai mươi triệu đồng nếu được hỗ trợ.\n"
)


@pytest.mark.issue("gone-negatives-without-value-text")
def test_a_live_fact_built_the_gone_way_has_the_same_features() -> None:
    """The judged-wrong facts no longer output were built from the judged fields, which lack ``value_text``: never
    ``vt:word``, so the fit learned 'vt:word' as a sign of a right fact (+0.574; -0.297 once built alike)."""
    import vnnews

    rows = _rows()
    record = vnnews.extract(GONE, options=vnnews.Options(min_confidence=0)).model_dump(mode="json") | {"text": GONE}
    lines = [line for line in rows.audit.facts_of(record, GONE) if line["kind"] == "achievements"]
    assert len(lines) == len(record["achievements"]) >= 2
    assert any(any(c.isalpha() for c in a["value_text"]) for a in record["achievements"])
    for fact, line in zip(record["achievements"], lines, strict=True):
        gone = rows.gone_features(line, record["title"], rows.counted(record), GONE)
        assert gone == rows.feats(fact, record), fact["text"]


@pytest.mark.issue("confidence-trained-on-baomoi-only")
def test_each_round_of_news_pages_is_joined_to_its_own_folder() -> None:
    """The trainer joined every verdict to a baomoi-2000 run: rounds 19-22 (other articles) never reached the fit."""
    rows = _rows()
    assert rows.folder_of(Path("round19-ach-1.jsonl")).name == "articles"
    assert rows.folder_of(Path("round20-ach-3.jsonl")).parent.name == "round20"
    assert rows.folder_of(Path("round20p-ach-1.jsonl")).parent.name == "round20p"
    assert rows.folder_of(Path("round21-ach-6.jsonl")).parent.name == "round21all"
    assert rows.folder_of(Path("round22-ach-8.jsonl")).parent.name == "round22"
    assert rows.folder_of(Path("train8-ach-1.jsonl")) == rows.CORPUS
    assert rows.sources(["round22-*=/elsewhere"])[0] == ("round22-*", Path("/elsewhere"))
    assert rows.folder_of(Path("round22-ach-1.jsonl"), rows.sources(["round22-*=/elsewhere"])) == Path("/elsewhere")


def _judged_folder(tmp_path: Path) -> tuple[Path, Path, Path]:
    """An article folder (one article), a run over it whose records name no path, and a file judging its facts."""
    import json

    import vnnews

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "0a1b2c3d4e5f.txt").write_text(GONE, encoding="utf-8")
    record = vnnews.extract(GONE).model_dump(mode="json") | {"id": "0a1b2c3d4e5f"}
    run = tmp_path / "run.jsonl"
    run.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = [line | {"verdict": "right"} for line in _rows().audit.facts_of(record, GONE)
             if line["kind"] == "achievements"]
    judged = tmp_path / "round99-ach-1.jsonl"
    judged.write_text("".join(json.dumps(j, ensure_ascii=False) + "\n" for j in lines), encoding="utf-8")
    return folder, run, judged


@pytest.mark.issue("confidence-trained-on-baomoi-only")
def test_verdicts_join_to_a_run_over_their_folder_and_name_its_texts(tmp_path: Path) -> None:
    rows = _rows()
    folder, run, judged = _judged_folder(tmp_path)
    joined = rows.join_all([judged], (("round99-*", folder),), rows.preds([f"{folder}={run}"]), True)
    assert len(joined.rows) >= 2
    assert {(r.group, r.origin, r.label) for r in joined.rows} == {("0a1b2c3d4e5f", judged.name, 1)}
    assert joined.files == [judged]
    assert joined.skipped == {}
    (corpus,) = joined.corpora
    assert (corpus["files"], corpus["judged_files"], corpus["articles"]) == (["round99-*"], 1, 1)
    assert corpus["texts_sha256"] == rows.texts_sha(folder)
    (folder / "0a1b2c3d4e5f.txt").write_text(GONE + "\n", encoding="utf-8")
    assert rows.texts_sha(folder) != corpus["texts_sha256"]


@pytest.mark.issue("confidence-trained-on-baomoi-only")
def test_a_judged_file_whose_folder_is_missing_is_reported_and_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows()
    _, run, judged = _judged_folder(tmp_path)
    missing = tmp_path / "not-here"
    joined = rows.join_all([judged], (("round99-*", missing),), rows.preds([f"{missing}={run}"]), True)
    assert (joined.rows, joined.files, joined.corpora) == ([], [], [])
    assert list(joined.skipped.values()) == [[judged.name]]
    assert "SKIPPED" in capsys.readouterr().err
