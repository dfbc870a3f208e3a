"""The whole 2,000-article corpus: no crash, every record valid against the JSON Schema, every span exact."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vnnews.batch import extract_folder
from vnnews.models import Article
from vnnews.reader import read_article
from vnnews.validate import bad_spans

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("VNNEWS_CORPUS", REPO.parent / "shared" / "corpus" / "baomoi-2000"))

try:
    import jsonschema
except ImportError:  # pragma: no cover - optional test dependency
    jsonschema = None


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not found")
def test_whole_corpus_no_crash_valid_and_grounded(request: pytest.FixtureRequest) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("whole-corpus run: select it with -m slow")
    validator = jsonschema.Draft202012Validator(Article.model_json_schema()) if jsonschema else None
    seen = 0
    for result in extract_folder(CORPUS):
        assert result.article is not None, f"{result.path}: {result.kind}: {result.message}"
        record = result.article.model_dump(mode="json")
        if validator is not None:
            validator.validate(record)
        else:
            Article.model_validate_json(result.article.model_dump_json())
        text, _ = read_article(result.path)
        assert bad_spans(result.article, text.removeprefix("\ufeff")) == [], result.path
        seen += 1
    assert seen == len(list(CORPUS.glob("*.txt")))
