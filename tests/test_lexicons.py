"""Every packaged vocabulary is registered, validates, says where it came from, and has no duplicate entries."""

from __future__ import annotations

import typing
from importlib import resources
from pathlib import Path

import pytest
import typing_extensions
import yaml

from vnnews import lexicon
from vnnews.entries import REGISTRY, Entry, NumberWord
from vnnews.errors import LexiconError
from vnnews.extractors._people_grammar import _pairs
from vnnews.lexicon import LexiconFile, Termset, check_dir, load

DATA = Path(str(resources.files("vnnews").joinpath("data")))
FILES = sorted(DATA.glob("*.yaml"))


def test_every_data_file_is_registered_and_every_registered_name_has_a_file() -> None:
    assert sorted(p.stem for p in FILES) == sorted(REGISTRY)
    assert not [p.name for p in DATA.iterdir() if p.is_file() and p.suffix != ".yaml"]  # no positions.yml


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_vocabulary_file_is_valid_sourced_and_without_duplicates(path: Path) -> None:
    data = LexiconFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert data.source.strip(), f"{path.name}: say where the entries come from"
    entries = load(path.stem)
    assert len(entries) == len(data.entries) > 0
    assert all(isinstance(e, REGISTRY[path.stem]) for e in entries)
    keys = [e.model_dump_json() for e in entries]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert not dupes, f"{path.name}: duplicate entries {dupes[:5]}"


def test_the_typed_overloads_of_load_say_what_the_registry_says() -> None:
    overloads = typing_extensions.get_overloads(load)
    typed = {}
    for fn in overloads:
        hints = typing.get_type_hints(fn, vars(lexicon))
        (name,) = typing.get_args(hints["name"]) or ("*",)
        (model, _) = typing.get_args(hints["return"])
        typed[name] = model
    assert typed.pop("*") is Entry
    assert typed == {name: model for name, model in REGISTRY.items() if model is not Entry}


def test_a_plain_string_is_an_entry_with_only_a_term() -> None:
    assert Entry.model_validate(" Phó Bí thư ") == Entry(term="Phó Bí thư")
    assert load("numbers")[0] == NumberWord(term="một", value=1, kind="digit", per=True)


def test_a_user_folder_extends_a_packaged_vocabulary(tmp_path: Path) -> None:
    (tmp_path / "surnames.yaml").write_text("source: test\nentries: [Xyz, {term: Qwe}]\n", encoding="utf-8")
    packaged = load("surnames")
    extended = load("surnames", (tmp_path,))
    assert "Xyz" not in {e.term for e in packaged}
    assert extended[: len(packaged)] == packaged
    assert [e.term for e in extended[-2:]] == ["Xyz", "Qwe"]


def test_a_folder_with_only_other_files_is_fine(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("our vocabularies", encoding="utf-8")
    check_dir(tmp_path)
    assert load("positions", (tmp_path,)) == load("positions")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({}, "does not exist"),
        ({"position.yaml": "source: t\nentries: [Trưởng ban]\n"}, "did you mean positions.yaml?"),
        ({"positions.yml": "source: t\nentries: [Trưởng ban]\n"}, "did you mean positions.yaml?"),
        ({"qualifiers.yaml": "source: t\nentries: [trên]\n"}, "at entries.0 ('trên'): kind: Field required"),
        ({"units.yaml": "source: t\nentries:\n  - {term: ha, kind: area}\n"}, "at entries.0"),
        ({"people_cues.yaml": "entries: [a]\n"}, "at source: Field required"),
        ({"honorifics.yaml": "source: t\nentries: [ông\n"}, "not valid YAML"),
    ],
    ids=["missing-folder", "unknown-name", "yml-suffix", "missing-key", "wrong-kind", "no-source", "broken-yaml"],
)
def test_check_dir_refuses_a_broken_user_folder_naming_the_file(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    folder = tmp_path / "vocab"
    if files:
        folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        check_dir(folder)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)
    if files:
        assert str(folder / next(iter(files))) in str(info.value)


def test_an_unknown_vocabulary_name_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match=r"did you mean surnames\.yaml"):
        load("surname")


def test_termset_is_deduplicated_longest_first_and_compared_by_identity() -> None:
    ts = Termset(["Bí thư", " Phó Bí thư", "Bí thư ", ""])
    assert ts.terms == ("Phó Bí thư", "Bí thư")
    assert ts != Termset(ts.terms)



@pytest.mark.parametrize("term", ["phòng", "phòng chống dịch"])
def test_comma_pair_is_two_words(term: str) -> None:
    """A comma_pair that isn't two words is refused when read, never dropped silently."""
    assert _pairs(frozenset({("khám", "chữa")})) == {("khám", "chữa")}
    with pytest.raises(LexiconError, match="two words"):
        _pairs(frozenset({tuple(term.split())}))
