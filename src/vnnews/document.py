"""The document every extractor reads: normalised text, blocks, sentences, lazy tokens, offset map.

Extractors match on ``doc.text`` (normalised) and hand spans of it to :meth:`Document.span`,
which returns ``(start, end, text)`` in the *input* text: offsets are defined once, on the input.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from .lexicon import fixed_words
from .normalize import Normalized, normalize
from .options import DEFAULT_OPTIONS, Options
from .segment import Block, Sentence, source_url, split_blocks, split_sentences
from .tokenize import Token, tokenize


@dataclass
class Document:
    """One article, ready for the extractors."""

    norm: Normalized
    blocks: list[Block]
    sentences: list[Sentence]
    options: Options = DEFAULT_OPTIONS
    _tokens: dict[int, list[Token]] = field(default_factory=dict, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_text(cls, raw: str, options: Options = DEFAULT_OPTIONS) -> Document:
        """Normalise and segment ``raw`` (a decoded str, BOM already removed)."""
        norm = normalize(raw)
        blocks = split_blocks(norm.text)
        sentences = split_sentences(norm.text, blocks, options.max_piece_chars)
        doc = cls(norm, blocks, sentences, options)
        doc._sentence_starts = [s.start for s in sentences]
        return doc

    @property
    def raw(self) -> str:
        """The input text exactly as given."""
        return self.norm.raw

    @property
    def text(self) -> str:
        """The normalised text the rules match on."""
        return self.norm.text

    def span(self, start: int, end: int) -> dict[str, Any]:
        """``{start, end, text}`` in the input text for a span of the normalised text."""
        s, e = self.norm.to_raw(start, end)
        return {"start": s, "end": e, "text": self.raw[s:e]}

    def block_of(self, sentence: Sentence) -> Block:
        """The block a sentence sits in."""
        return self.blocks[sentence.block]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding normalised offset ``offset``, if any."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_span(self, offset: int) -> dict[str, Any] | None:
        """``{start, end, text}`` (input offsets) of the sentence holding ``offset``."""
        s = self.sentence_at(offset)
        return self.span(s.start, s.end) if s else None

    def tokens(self, sentence: Sentence) -> list[Token]:
        """Word tokens of one sentence, computed once, on first use."""
        if sentence.index not in self._tokens:
            self._tokens[sentence.index] = tokenize(
                self.text,
                sentence.start,
                sentence.end,
                fixed_words(self.options.lexicon_dirs),
                self.options.max_piece_chars,
            )
        return self._tokens[sentence.index]

    def title_block(self) -> Block | None:
        """The first line, when it reads as a title."""
        return self.blocks[0] if self.blocks and self.blocks[0].kind == "title" else None

    def source_url(self) -> str | None:
        """URL from the 'Nguồn: ...' line."""
        return source_url(self.text, self.blocks)
