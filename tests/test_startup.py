"""Cold start: what ``import vnnews`` and a first article load, and that underthesea stays whole for its other users."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Parts of underthesea's package ``__init__`` vnnews never uses (each loads a dictionary or pulls in requests).
UNUSED = ("underthesea.pipeline.chunking", "underthesea.pipeline.ner", "underthesea.pipeline.classification",
          "requests")


def _run(code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object."""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    result: dict[str, object] = json.loads(out)
    return result


@pytest.mark.issue("cold-start-imports-all-of-underthesea")
def test_import_and_an_article_load_no_underthesea_pipeline_vnnews_does_not_use() -> None:
    got = _run(
        "import json, sys, vnnews\n"
        "imported = {m: m in sys.modules for m in ('joblib', 'underthesea.pipeline.word_tokenize')}\n"
        "vnnews.extract('Phó Bí thư Tỉnh ủy Hoàng Giang trao 25 Bằng khen cho 10 tập thể.')\n"
        f"print(json.dumps(imported | {{'unused': [m for m in {UNUSED!r} if m in sys.modules]}}))\n"
    )
    # word segmentation (joblib, numpy and its model) waits for the first word an extractor needs
    assert got == {"joblib": False, "underthesea.pipeline.word_tokenize": False, "unused": []}


def test_underthesea_imported_after_vnnews_is_the_whole_package() -> None:
    got = _run(
        "import importlib.metadata, json, sys, vnnews\n"
        "vnnews.extract('Phó Bí thư Tỉnh ủy Hoàng Giang dự hội nghị.')\n"
        "from vnnews.tokenize import tokenize\n"
        "tokenize('Hội nghị tổng kết', 0, 17)\n"
        "import underthesea\n"
        "from underthesea import chunk, word_tokenize\n"
        "print(json.dumps({'version': underthesea.__version__ == importlib.metadata.version('underthesea'),\n"
        "    'same_word_tokenize': word_tokenize is sys.modules['underthesea.pipeline.word_tokenize'].word_tokenize,\n"
        "    'pos_tag': underthesea.pos_tag('Hội nghị tổng kết')[0][0], 'chunk': callable(chunk),\n"
        "    'missing': hasattr(underthesea, 'no_such_name')}))\n"
    )
    assert got == {"version": True, "same_word_tokenize": True, "pos_tag": "Hội nghị", "chunk": True,
                   "missing": False}


def test_underthesea_imported_before_vnnews_is_left_as_it_is() -> None:
    got = _run(
        "import json, sys, underthesea\n"
        "before = sys.modules['underthesea']\n"
        "import vnnews\n"
        "record = vnnews.extract('Phó Bí thư Tỉnh ủy Hoàng Giang dự hội nghị.')\n"
        "print(json.dumps({'same': sys.modules['underthesea'] is before, 'people': len(record.people)}))\n"
    )
    assert got == {"same": True, "people": 1}


@pytest.mark.issue("cold-start-imports-the-batch-modules")
def test_one_article_imports_no_batch_module_yet_the_batch_api_resolves() -> None:
    got = _run(
        "import json, sys, vnnews\n"
        "vnnews.extract('Phó Bí thư Tỉnh ủy Hoàng Giang trao 25 Bằng khen cho 10 tập thể.')\n"
        "batch = ('vnnews.batch', 'vnnews.pool', 'vnnews.resume', 'tqdm', 'concurrent.futures.process')\n"
        "before = [m for m in batch if m in sys.modules]\n"
        "from vnnews import *\n"
        "print(json.dumps({'before': before, 'result': vnnews.Result.__module__, 'folder': callable(extract_folder),\n"
        "    'run': callable(vnnews.batch.run), 'star': Result is vnnews.pool.Result}))\n"
    )
    assert got == {"before": [], "result": "vnnews.pool", "folder": True, "run": True, "star": True}


def test_libyaml_reads_every_rule_table_as_the_python_loader_does() -> None:
    """Rule tables are parsed with libyaml's safe loader when there: the same data as yaml.safe_load, faster."""
    from importlib import resources

    import yaml

    from vnnews._yaml_cache import LOADER

    tables = sorted(resources.files("vnnews").joinpath("data").joinpath("rules").iterdir(), key=str)
    assert len(tables) >= 2
    for table in tables:
        text = table.read_text("utf-8")
        assert yaml.load(text, Loader=LOADER) == yaml.safe_load(text)
