"""vnnews._sentences.sent_tokenize gives underthesea's sentences, only faster."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from underthesea import sent_tokenize as underthesea_sent_tokenize

from vnnews._sentences import _splitter, sent_tokenize
from vnnews.document import Document

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted([*ROOT.glob("tests/*/articles/*.txt"), *ROOT.glob("samples/*.txt")])


def test_the_fast_loop_is_used_with_the_installed_underthesea() -> None:
    assert _splitter() is not None  # else this file tests nothing new: the plain call is made


@pytest.mark.issue("9-sentences-jump-same-sentences")
def test_sentences_of_every_block_are_underthesea_s() -> None:
    for path in ARTICLES:
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        for b in doc.blocks:
            piece = doc.text[b.start : b.end]
            assert sent_tokenize(piece) == underthesea_sent_tokenize(piece), piece


def test_sentences_of_odd_text_are_underthesea_s() -> None:
    rng = random.Random(9)
    alphabet = [*"aB1 .?!\t\n\r", "...", "TP.", "Dr.", "1.500", " Ông", "e.g.", "…"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(25)))
        assert sent_tokenize(text) == underthesea_sent_tokenize(text), text
