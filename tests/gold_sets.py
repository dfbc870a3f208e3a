"""The gold sets, and which of them gate ``make test``: one place decides, each set's README.

A set is ``../shared/eval`` (the project's development set) or any ``tests/<name>/`` with
``articles/`` and ``gold/``. A set under tests/ is a *development* set, gated by ``make test``
through the F1 floors of ``tests/eval_baseline.json``, only when its README says so::

    ## Status: now a development set

Every other set (``## Status: untouched``, or no status yet: a new blind set) is *measuring-only*:
``make eval-all`` scores it, ``make test`` never runs it, so nobody tunes on it by accident.

``python -m tests.gold_sets`` (``make eval-all``) scores every set and prints one line each.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .conftest import EVAL  # ../shared/eval, or where VNNEWS_SHARED says

HERE = Path(__file__).resolve().parent
SCORER = EVAL / "score.py"
GROUNDING = EVAL / "check_grounding.py"
BASELINE = HERE / "eval_baseline.json"
KINDS = ("people", "titles", "achievements", "awards", "qualifiers")
_STATUS = re.compile(r"^## Status:\s*(?P<status>.+?)\s*$", re.MULTILINE)


def gold_sets() -> dict[str, Path]:
    """Every gold set by name: ``shared`` and each tests/<name>/ holding gold/."""
    return {"shared": EVAL} | {p.parent.name: p.parent for p in sorted(HERE.glob("*/gold"))}


def status(folder: Path) -> str:
    """The set's status line from its README ('now a development set', 'untouched'), '' if none."""
    if folder == EVAL:
        return "development set (the project's eval set)"
    readme = folder / "README.md"
    found = _STATUS.search(readme.read_text(encoding="utf-8")) if readme.is_file() else None
    return found["status"] if found else ""


def gated(folder: Path) -> bool:
    """A development set (``make test`` holds it to its floors), not a measuring-only one."""
    return "development set" in status(folder)


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, check=False)


def predict(folder: Path, out: Path) -> Path:
    """vnnews's records for the set's articles, as JSON Lines in ``out``."""
    import vnnews

    lines = [
        json.dumps(vnnews.extract_file(p).model_dump(mode="json"), ensure_ascii=False)
        for p in sorted((folder / "articles").glob("*.txt"))
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def score(folder: Path, pred: Path) -> dict[str, Any]:
    """The shared scorer's JSON report for the set."""
    done = run(SCORER, "--pred", str(pred), "--gold", str(folder / "gold"), "--json")
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def grounding(folder: Path, pred: Path) -> str:
    """check_grounding.py's verdict for the set's predictions: 'N spans, M wrong'."""
    done = run(GROUNDING, "--pred", str(pred), "--articles", str(folder / "articles"))
    found = re.search(r"spans checked: (\d+), wrong: (\d+)", done.stdout)
    return f"{found[1]} spans, {found[2]} wrong" if found else (done.stdout + done.stderr).strip()


def main() -> int:
    """Score every gold set, development and measuring-only; exit 1 if a development set is under a floor."""
    if not SCORER.is_file():
        print(f"shared scorer not found at {SCORER}", file=sys.stderr)
        return 2
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    low = []
    print(f"{'set':<12} {'gate':<9} " + " ".join(f"{k[:12]:>12}" for k in KINDS) + "  grounding")
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in gold_sets().items():
            pred = predict(folder, Path(tmp) / f"{name}.jsonl")
            report = score(folder, pred)
            got = {k: report[k]["f1"] for k in KINDS}
            dev = gated(folder)
            under = [k for k in KINDS if got[k] + 0.0005 < floors.get(name, {}).get(k, 0.0)]
            low += [f"{name}.{k}" for k in under] if dev else []
            cells = " ".join(f"{got[k]:>11.3f}{'!' if k in under else ' '}" for k in KINDS)
            print(f"{name:<12} {'make test' if dev else 'measuring':<9} {cells} {grounding(folder, pred)}")
    verdict = f"under their floors (tests/eval_baseline.json): {', '.join(low)}" if low else "at or above their floors"
    print(f"development sets: {verdict}")
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
