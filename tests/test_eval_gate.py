"""Quality gate: the shared scorer over ../shared/eval must not fall below the pinned F1 floors.

Floors live in tests/eval_baseline.json. ``pytest tests/test_eval_gate.py --update-eval-baseline`` raises them
to the current scores; lowering one also needs ``--allow-regression`` (and a reason in the commit message).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import vnnews

BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"
KINDS = ("people", "titles", "achievements", "awards", "qualifiers")
EPSILON = 0.0005  # rounding noise of the scorer's 4-decimal output


@pytest.fixture(scope="module")
def predictions(eval_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    lines = [
        json.dumps(vnnews.extract_file(p).model_dump(mode="json"), ensure_ascii=False)
        for p in sorted((eval_dir / "articles").glob("*.txt"))
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, check=False)


def test_every_span_is_grounded(eval_dir: Path, predictions: Path) -> None:
    done = run(eval_dir / "check_grounding.py", "--pred", str(predictions), "--articles", str(eval_dir / "articles"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "wrong: 0," in done.stdout


def test_f1_floors(eval_dir: Path, predictions: Path, request: pytest.FixtureRequest) -> None:
    done = run(eval_dir / "score.py", "--pred", str(predictions), "--gold", str(eval_dir / "gold"), "--json")
    assert done.returncode == 0, done.stderr
    scores = json.loads(done.stdout)
    assert scores["articles_without_prediction"] == []
    got = {k: scores[k]["f1"] for k in KINDS}
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    if request.config.getoption("--update-eval-baseline"):
        allow = request.config.getoption("--allow-regression")
        new = {k: got[k] if allow else max(got[k], floors.get(k, 0.0)) for k in KINDS}
        BASELINE.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
        floors = new
    low = {k: (got[k], floors[k]) for k in KINDS if got[k] + EPSILON < floors[k]}
    assert not low, f"F1 fell below the pinned floor (got, floor): {low}"
