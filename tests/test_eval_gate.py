"""Quality gate: the shared scorer over each development gold set must not fall below its pinned F1 floors.

Sets: ``shared`` is ../shared/eval (the project's eval set, beside the checkout); every folder of
tests/ with ``articles/`` and ``gold/`` is another set, annotated blind by a reader who never saw
vnnews output. Only development sets are gated here; which those are, each set's README says
(see tests/gold_sets.py): measuring-only sets run in ``make eval-all``, never in ``make test``.
Floors live in tests/eval_baseline.json. ``pytest tests/test_eval_gate.py --update-eval-baseline``
raises them to the current scores; lowering one also needs ``--allow-regression`` (and a reason in
the commit message).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .gold_sets import BASELINE, GROUNDING, KINDS, SCORER, gated, gold_sets, predict, run

SETS = {name: folder for name, folder in gold_sets().items() if gated(folder)}
EPSILON = 0.0005  # rounding noise of the scorer's 4-decimal output


@pytest.fixture(scope="module", params=sorted(SETS))
def gold_set(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """(name, set folder, predictions JSONL) for one gold set."""
    name, folder = request.param, SETS[request.param]
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER}")
    if not (folder / "gold").is_dir():
        pytest.skip(f"no gold set at {folder}")
    return name, folder, predict(folder, tmp_path_factory.mktemp(name) / "pred.jsonl")


def test_every_span_is_grounded(gold_set: tuple[str, Path, Path]) -> None:
    _, folder, pred = gold_set
    done = run(GROUNDING, "--pred", str(pred), "--articles", str(folder / "articles"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "wrong: 0," in done.stdout


def test_f1_floors(gold_set: tuple[str, Path, Path], request: pytest.FixtureRequest) -> None:
    name, folder, pred = gold_set
    done = run(SCORER, "--pred", str(pred), "--gold", str(folder / "gold"), "--json")
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)
    assert scores["articles_without_prediction"] == []
    got = {k: scores[k]["f1"] for k in KINDS}
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    floors = baseline.get(name, dict.fromkeys(KINDS, 0.0))
    if request.config.getoption("--update-eval-baseline"):
        allow = request.config.getoption("--allow-regression")
        floors = {k: got[k] if allow else max(got[k], floors.get(k, 0.0)) for k in KINDS}
        baseline[name] = floors
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    low = {k: (got[k], floors[k]) for k in KINDS if got[k] + EPSILON < floors[k]}
    assert not low, f"{name}: F1 fell below the pinned floor (got, floor): {low}"


@pytest.mark.parametrize(
    ("readme", "is_gated"),
    [
        ("# A set\n\n## Status: now a development set\n\nScored once, untouched, then tuned on.\n", True),
        ("# A set\n\n## Status: untouched\n\nScored once, untouched.\n", False),
        ("# A new blind set, no status yet\n", False),
        (None, False),
    ],
    ids=["development", "untouched", "no-status", "no-readme"],
)
def test_only_a_set_whose_readme_says_development_is_gated(tmp_path: Path, readme: str | None, is_gated: bool) -> None:
    """Measuring-only is the default: a new blind set is never tuned on by accident through make test."""
    if readme is not None:
        (tmp_path / "README.md").write_text(readme, encoding="utf-8")
    assert gated(tmp_path) is is_gated


def test_every_gated_set_has_floors_and_every_set_is_scored_somewhere() -> None:
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert set(SETS) <= set(floors), "a development set needs its floors in eval_baseline.json"
    assert set(SETS) <= set(gold_sets())
