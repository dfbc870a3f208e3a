"""vnnews._crfsuite reads the attributes of a CRFsuite model file, and nothing from any other file."""

from __future__ import annotations

from pathlib import Path

from vnnews._crfsuite import attributes, known_strings


def test_a_file_that_is_no_model_gives_none(tmp_path: Path) -> None:
    """A missing file, another format or a cut one: None (then every feature goes to the tagger)."""
    other = tmp_path / "other.bin"
    other.write_bytes(b"lCRF" + bytes(60))
    cut = tmp_path / "cut.bin"
    cut.write_bytes(b"lCRF")
    assert attributes(str(tmp_path / "missing.bin")) is None
    assert attributes(str(other)) is None
    assert attributes(str(cut)) is None
    assert known_strings(str(other)) is None


def test_known_strings_by_head() -> None:
    """The word segmentation model's attributes split at their first '=' ('T[-1,0]=' -> its word pairs)."""
    from vnnews._ws_features import MODEL_FILE
    from vnnews.tokenize import _MODEL, word_tokenize_module

    path = str(Path(word_tokenize_module().__file__ or "").parent.joinpath(*_MODEL, MODEL_FILE))
    names = attributes(path)
    known = known_strings(path)
    assert names is not None
    assert known is not None
    assert names[:2] == ["T[-2]=BOS", "T[-1]=BOS"]
    assert sum(map(len, known.values())) == len(set(names))
    assert known["T[0].istitle"]["True"] == "T[0].istitle=True"
    assert all(string == f"{head}={value}" for head, strings in known.items() for value, string in strings.items())
