"""Golden whole-article records: samples/<name>.txt -> tests/golden/<name>.json, compared exactly.

After a deliberate change, regenerate with ``make golden`` (pytest --update-golden) and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vnnews
from vnnews.models import Source

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden"
SAMPLES = sorted((REPO / "samples").glob("*.txt"))


def canonical(article: vnnews.Article) -> str:
    return json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_golden_record(sample: Path, request: pytest.FixtureRequest) -> None:
    text = sample.read_text(encoding="utf-8")
    got = canonical(vnnews.extract(text, source=Source(path=f"samples/{sample.name}", encoding="utf-8")))
    golden = GOLDEN / f"{sample.stem}.json"
    if request.config.getoption("--update-golden"):
        golden.write_text(got, encoding="utf-8")
    assert golden.is_file(), f"no golden record for {sample.name}: run `make golden` and review it"
    assert got == golden.read_text(encoding="utf-8")
