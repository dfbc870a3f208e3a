"""Data files read back from their cached JSON copy: the same data, a fresh parse whenever the text changes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vnnews import _yaml_cache
from vnnews._yaml_cache import FORMAT, load_yaml

TEXT = "source: t\nentries:\n  - term: Bí thư\n    kind: party\n  - 3\n  - null\n  - 1.5\n  - true\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("VNNEWS_CACHE_DIR", str(folder))
    return folder


def _copies(folder: Path) -> list[Path]:
    return sorted((folder / FORMAT).glob("*.json")) if (folder / FORMAT).is_dir() else []


def test_the_second_read_comes_from_the_copy_and_gives_the_same_data(cache: Path) -> None:
    parsed = yaml.safe_load(TEXT)
    assert load_yaml(TEXT) == parsed
    [copy] = _copies(cache)
    copy.write_text('{"from": "the copy"}', encoding="utf-8")  # proves the next read is the copy's
    assert load_yaml(TEXT) == {"from": "the copy"}


def test_an_edited_file_is_parsed_again(cache: Path) -> None:
    load_yaml(TEXT)
    edited = TEXT.replace("party", "state")
    assert load_yaml(edited)["entries"][0]["kind"] == "state"
    assert len(_copies(cache)) == 2


@pytest.mark.parametrize("text", ["when: 2024-01-02\n", "1: one\n", "x: .nan\n"], ids=["date", "int-key", "nan"])
def test_data_json_would_not_give_back_is_parsed_every_time_never_copied(cache: Path, text: str) -> None:
    first = load_yaml(text)
    assert _copies(cache) == []
    assert repr(load_yaml(text)) == repr(first) == repr(yaml.safe_load(text))


def test_a_broken_copy_is_parsed_again_and_rewritten(cache: Path) -> None:
    load_yaml(TEXT)
    [copy] = _copies(cache)
    copy.write_bytes(b'{"source": "t", "entr')  # cut short
    assert load_yaml(TEXT) == yaml.safe_load(TEXT)
    assert load_yaml(TEXT) == yaml.safe_load(TEXT)
    assert copy.read_text(encoding="utf-8").endswith("}")


def test_an_unwritable_cache_folder_only_means_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VNNEWS_CACHE_DIR", str(blocker))
    assert load_yaml(TEXT) == yaml.safe_load(TEXT)


def test_an_empty_cache_dir_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNNEWS_CACHE_DIR", "")
    assert _yaml_cache.cache_dir() is None
    assert load_yaml(TEXT) == yaml.safe_load(TEXT)


def test_bad_yaml_still_raises(cache: Path) -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("entries: [ông\n")
    assert _copies(cache) == []


def test_the_folder_follows_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VNNEWS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _yaml_cache.cache_dir() == tmp_path / "vnnews"
