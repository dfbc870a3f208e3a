"""Every packaged vocabulary validates, says where it came from, and has no duplicate entries."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from vnnews.lexicon import LexiconFile, load

DATA = Path(str(resources.files("vnnews").joinpath("data")))
FILES = sorted(DATA.glob("*.yaml"))


def key(entry: Any) -> str:
    if isinstance(entry, dict):
        return repr(sorted((k, str(v)) for k, v in entry.items()))
    return str(entry).strip()


def test_there_are_vocabularies() -> None:
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_vocabulary_file_is_valid_sourced_and_without_duplicates(path: Path) -> None:
    data = LexiconFile[Any].model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert data.source.strip(), f"{path.name}: say where the entries come from"
    assert data.entries, f"{path.name}: no entries"
    keys = [key(e) for e in data.entries]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert not dupes, f"{path.name}: duplicate entries {dupes[:5]}"


def test_a_user_folder_extends_a_packaged_vocabulary(tmp_path: Path) -> None:
    (tmp_path / "surnames.yaml").write_text("source: test\nentries: [Xyz]\n", encoding="utf-8")
    packaged = load("surnames")
    extended = load("surnames", str, (tmp_path,))
    assert "Xyz" not in packaged
    assert extended[: len(packaged)] == packaged
    assert extended[-1] == "Xyz"
