"""Shared fixtures and options: where the shared eval set is, and the explicit update flags.

Without ``../shared`` beside the checkout the eval gate skips (a fresh clone still runs the rest);
with ``VNNEWS_REQUIRE_SHARED=1`` (set by ``.ci/run``) a missing gate stops the run as a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VNNEWS_SHARED") or REPO.parent / "shared")  # override: tests of CI itself
EVAL = SHARED / "eval"
SAMPLES = REPO / "samples"


#: For tests built on the shared eval articles: skipped on a clone without ``../shared`` (CI requires it, above).
needs_shared = pytest.mark.skipif(not (EVAL / "articles").is_dir(), reason=f"shared eval articles not found at {EVAL}")

#: Set (to anything but "" or "0") where the eval gate must run: CI fails instead of skipping it.
REQUIRE_SHARED = os.environ.get("VNNEWS_REQUIRE_SHARED", "") not in ("", "0")


#: The cache folder this run made for itself (removed at the end), or "" when the caller set one.
_OWN_CACHE = [""]


def pytest_sessionstart(session: pytest.Session) -> None:
    # The vocabulary cache (vnnews._yaml_cache) goes to a folder of this run, not the user's ~/.cache:
    # tests leave nothing behind and never read copies an earlier run wrote. Subprocesses inherit it.
    if "VNNEWS_CACHE_DIR" not in os.environ:
        os.environ["VNNEWS_CACHE_DIR"] = _OWN_CACHE[0] = tempfile.mkdtemp(prefix="vnnews-cache-")
    if REQUIRE_SHARED and not (EVAL / "score.py").is_file():
        pytest.exit(f"VNNEWS_REQUIRE_SHARED is set but the shared eval set is missing at {EVAL}: "
                    "the eval gate cannot run", returncode=1)


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _OWN_CACHE[0]:
        shutil.rmtree(_OWN_CACHE[0], ignore_errors=True)


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
