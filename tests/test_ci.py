"""CI must fail, not skip, when the eval gate cannot run (``.ci/run`` sets VNNEWS_REQUIRE_SHARED)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def gate_without_shared(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The eval gate's tests, run as if ../shared were not beside the clone."""
    cmd = [sys.executable, "-m", "pytest", "tests/test_eval_gate.py", "-q", "-p", "no:cacheprovider",
           "--no-header", "-k", "shared"]
    environ = os.environ | {"VNNEWS_SHARED": str(tmp_path / "no-shared")} | env
    return subprocess.run(cmd, cwd=REPO, env=environ, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.issue("12-eval-gate-skips-silently-in-ci")
def test_missing_shared_skips_for_a_developer_and_fails_in_ci(tmp_path: Path) -> None:
    dev = gate_without_shared(tmp_path, VNNEWS_REQUIRE_SHARED="")
    assert dev.returncode == 0, dev.stdout + dev.stderr
    assert "skipped" in dev.stdout
    ci = gate_without_shared(tmp_path, VNNEWS_REQUIRE_SHARED="1")
    assert ci.returncode == 1
    assert "the eval gate cannot run" in ci.stdout + ci.stderr
    assert "VNNEWS_REQUIRE_SHARED=1" in (REPO / ".ci" / "run").read_text()
