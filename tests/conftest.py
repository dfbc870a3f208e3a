"""Shared fixtures and options: where the shared eval set is, and the explicit update flags."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EVAL = SHARED / "eval"
SAMPLES = REPO / "samples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from the current output")
    parser.addoption("--update-eval-baseline", action="store_true", help="raise the F1 floors in eval_baseline.json")
    parser.addoption("--allow-regression", action="store_true", help="with --update-eval-baseline: allow lower floors")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    """The shared evaluation set beside the checkout (articles/, gold/, score.py)."""
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"shared eval set not found at {EVAL}")
    return EVAL
