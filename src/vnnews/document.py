"""The document every extractor reads: normalised text, blocks, sentences, lazy tokens, offset map.

Extractors match on ``doc.text`` (normalised) and keep every offset in it; :mod:`vnnews.records`
hands their spans to :meth:`Document.span`, which returns ``{start, end, text}`` in the *input*
text: offsets are mapped once, at the end.
"""

from __future__ import annotations

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

    @classmethod
    def from_text(cls, raw: str, options: Options = DEFAULT_OPTIONS) -> Document:
        """Normalise and segment ``raw`` (a decoded str; a BOM is dropped by normalising, offsets stay in ``raw``)."""
        norm = normalize(raw)
        blocks = split_blocks(norm.text)
        return cls(norm, blocks, split_sentences(norm.text, blocks, options.max_piece_chars), options)

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

    def tokens_read(self, sentence: Sentence) -> list[Token] | None:
        """The sentence's word tokens when a step has read them already, else None (nothing is tokenized)."""
        return self._tokens.get(sentence.index)

    def title_block(self) -> Block | None:
        """The first line, when it reads as a title."""
        return self.blocks[0] if self.blocks and self.blocks[0].kind == "title" else None

    def source_url(self) -> str | None:
        """URL from the 'Nguồn: ...' line."""
        return source_url(self.text, self.blocks)
