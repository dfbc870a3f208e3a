"""Quality gate: the shared scorer over each gold set must not fall below its pinned F1 floors.

Sets: ``shared`` is ../shared/eval (the project's eval set, beside the checkout); every folder of
tests/ with ``articles/`` and ``gold/`` is another set (``holdout``, ``blind``...``blind6``), each
annotated blind by a reader who never saw vnnews output; each README says whether it was later used
for development or is still untouched.
Floors live in tests/eval_baseline.json. ``pytest tests/test_eval_gate.py --update-eval-baseline``
raises them to the current scores; lowering one also needs ``--allow-regression`` (and a reason in
the commit message).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import vnnews

from .conftest import EVAL

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "eval_baseline.json"
SCORER = EVAL / "score.py"
GROUNDING = EVAL / "check_grounding.py"
SETS = {"shared": EVAL} | {p.parent.name: p.parent for p in sorted(HERE.glob("*/gold"))}
KINDS = ("people", "titles", "achievements", "awards", "qualifiers")
EPSILON = 0.0005  # rounding noise of the scorer's 4-decimal output


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, check=False)


@pytest.fixture(scope="module", params=sorted(SETS))
def gold_set(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """(name, set folder, predictions JSONL) for one gold set."""
    name, folder = request.param, SETS[request.param]
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER}")
    if not (folder / "gold").is_dir():
        pytest.skip(f"no gold set at {folder}")
    out = tmp_path_factory.mktemp(name) / "pred.jsonl"
    lines = [
        json.dumps(vnnews.extract_file(p).model_dump(mode="json"), ensure_ascii=False)
        for p in sorted((folder / "articles").glob("*.txt"))
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name, folder, out


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
