"""vnnews._ws_features builds the strings underthesea's Rust featurizer builds, or leaves the text to it."""

from __future__ import annotations

import os
import random
from typing import Any

import pytest

from vnnews import _ws_features as W
from vnnews._crfsuite import attributes
from vnnews.tokenize import _MODEL, word_tokenize_module


def _model(every: bool = True) -> tuple[Any, W.Featurize]:
    """underthesea's word segmentation model, loaded, and the featurizer built here for it (every string, or only
    those the model knows)."""
    ws = word_tokenize_module()
    ws.word_tokenize("Việt Nam", use_token_normalize=False)
    featurize = W.for_model(os.path.join(os.path.dirname(ws.__file__), *_MODEL), every)
    assert featurize is not None
    return ws.word_tokenize_model, featurize


def _known(model: Any) -> frozenset[str]:
    """Every feature string the model knows (its attributes)."""
    names = attributes(os.path.join(os.path.dirname(word_tokenize_module().__file__ or ""), *_MODEL, W.MODEL_FILE))
    assert names is not None
    assert len(names) == 50671
    return frozenset(names)


def _rust(model: Any, tokens: list[str]) -> list[list[str]]:
    """The features underthesea's own featurizer gives."""
    return list(model.featurizer.process([[[t] for t in tokens]])[0])


@pytest.mark.parametrize(
    "tokens",
    [
        [],
        ["Việt Nam"],
        ["Ông", "Nguyễn Văn A", ",", "Chủ tịch", "UBND", "tỉnh", "trao", "12", "Bằng khen", "."],
        ["giá", "20.000", "USD", "(", "TP.HCM", ")", "…", "“", "COVID-19", "”"],
        ["-1", "+01", "2147483647", "2147483648", "-2147483648", "-2147483649", "1.5", "+", "-0"],  # Rust's i32 parse
        ["ĐỒNG", "đồng", "Đồng Nai", "ß", "ŉ", "İ", "ÿ", "Ơ", "ưu", "a b c"],
    ],
)
def test_features_are_the_rust_featurizers(tokens: list[str]) -> None:
    """The same strings in the same order ('USD' and ',' are titles, '-1' a digit, '2147483648' none)."""
    model, featurize = _model()
    assert featurize(tokens) == _rust(model, tokens)


def test_every_safe_character_reads_as_in_rust() -> None:
    """Each character :data:`SAFE` admits, alone, in words and beside digits, gives Rust's strings."""
    model, featurize = _model()
    chars = [chr(c) for c in range(0x2100) if W.SAFE.fullmatch(chr(c)) and chr(c) != " "]
    for c in chars:
        for tokens in ([c], [c + "a", "B" + c, "x"], [c.upper(), c.lower(), c * 2, "a " + c], ["1", c + "1", "Ab" + c]):
            assert featurize(tokens) == _rust(model, tokens), tokens


def test_random_sentences_read_as_in_rust() -> None:
    """Random sentences of safe characters, numbers and dictionary words give Rust's strings."""
    model, featurize = _model()
    rng = random.Random(9)
    chars = [chr(c) for c in range(0x2100) if W.SAFE.fullmatch(chr(c)) and chr(c) != " "]
    words = ["phục vụ", "Hà Nội", "XE MÁY", "năm", "-12", "+3", "99999999999", "0", "Đ"]
    for _ in range(2000):
        tokens = [
            rng.choice(words) if rng.random() < 0.5 else "".join(rng.choices(chars, k=rng.randint(1, 4)))
            for _ in range(rng.randint(0, 8))
        ]
        assert featurize(tokens) == _rust(model, tokens), tokens


def test_known_strings_only_and_the_same_tags() -> None:
    """The featurizer the tokenizer uses gives Rust's strings the model knows, in order, and the tagger reads the same
    tags with the same score from them (the others weigh nothing)."""
    model, _ = _model()
    _, known_only = _model(every=False)
    known = _known(model)
    rng = random.Random(13)
    words = ["phục vụ", "Hà Nội", "XE MÁY", "năm", "-12", "Ông", "trao", "12", "Bằng khen", ",", "cho", "tập thể", "q"]
    for _ in range(300):
        tokens = rng.choices(words, k=rng.randint(0, 12))
        rust = _rust(model, tokens)
        got = known_only(tokens)
        assert got == [[f for f in row if f in known] for row in rust], tokens
        assert model.estimator.tag_with_score(got) == model.estimator.tag_with_score(rust), tokens


@pytest.mark.parametrize("text", ["ĸa b", "α β", "a\u00a0b", "x\ty"])
def test_unsafe_text_goes_to_underthesea(text: str) -> None:
    """A character not checked against Rust (kra, Greek, other spaces) leaves the text to underthesea's featurizer."""
    model, _ = _model()

    def fail(tokens: list[str]) -> list[list[str]]:
        raise AssertionError("featurized here")

    tokens = text.split()
    assert W.tags(model, text, tokens, fail) == list(model.predict([[t] for t in tokens]))


def test_tags_are_underthesea_tags() -> None:
    """The tagger reads the same tags from the features built here."""
    model, featurize = _model(every=False)
    tokens = ["Ông", "Nguyễn Văn A", "trao", "Bằng khen", "cho", "12", "tập", "thể", "và", "30", "cá", "nhân", "."]
    text = " ".join(tokens)
    assert W.tags(model, text, tokens, featurize) == list(model.predict([[t] for t in tokens]))


def test_another_underthesea_core_keeps_its_own_featurizer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The values were measured against underthesea_core 3.3: another version's featurizer may differ, so none here."""
    path = os.path.join(os.path.dirname(word_tokenize_module().__file__ or ""), *_MODEL)
    assert W.for_model(path) is not None  # this environment's 3.3 has one
    monkeypatch.setattr(W, "core_version", lambda: "4.0.0")
    W.for_model.cache_clear()
    try:
        assert W.for_model(path) is None
    finally:
        W.for_model.cache_clear()
