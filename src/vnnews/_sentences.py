"""underthesea's ``sent_tokenize``, its scan jumping from one '.', '?' or '!' to the next: the same sentences.

underthesea 9.5's splitter (``PunktSentenceTokenizer.sentences_from_text``) walks the text one
character at a time in Python and acts only at a '.', '?' or '!': a twentieth of the pipeline's time
went to stepping over the letters between them. :func:`sent_tokenize` runs the same loop, finding
the next of those characters with a regex, and reads each the way underthesea's ``_is_sentence_boundary``
does, with its abbreviation list (:func:`_is_boundary`); any other underthesea version, or a splitter
without those parts, is called as it is. A test compares the two on every article at hand.
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from ._underthesea import KNOWN_VERSIONS, sent_tokenize_module, version

_ENDS = frozenset(".?!")
_NEXT_END = regex.compile(r"[.?!]")


@functools.cache
def _splitter() -> Any | None:
    """underthesea's splitter object when its loop is the one read here, else None."""
    if not version().startswith(KNOWN_VERSIONS):
        return None
    module = sent_tokenize_module()
    module._load_model()
    tok = getattr(module, "sentence_tokenizer", None)
    fits = getattr(tok, "SENT_END_CHARS", None) == _ENDS and isinstance(getattr(tok, "abbrev_types", None), set)
    return tok if fits else None


def sent_tokenize(text: str) -> list[str]:
    """The sentences of ``text`` as ``underthesea.sent_tokenize`` gives them."""
    tok = _splitter()
    if tok is None:
        return list(sent_tokenize_module().sent_tokenize(text))
    if not text.strip():
        return []
    sentences: list[str] = []
    start = i = 0
    n = len(text)
    while (m := _NEXT_END.search(text, i, concurrent=False)) is not None:  # underthesea steps i += 1 over the rest
        i = m.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis: a boundary at the end or before a capital
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    _add(sentences, text[start:dot_end])
                    while dot_end < n and text[dot_end] in " \t\n\r":
                        dot_end += 1
                    start = dot_end
                i = dot_end
                continue
        if _is_boundary(text, i, tok.abbrev_types):
            end = i + 1
            while end < n and text[end] in _ENDS:
                end += 1
            _add(sentences, text[start:end])
            while end < n and text[end] in " \t\n\r":
                end += 1
            start = i = end
            continue
        i += 1
    _add(sentences, text[start:])
    return sentences


def _is_boundary(text: str, i: int, abbreviations: set[str]) -> bool:
    """underthesea 9.5's ``_is_sentence_boundary``, without its calls: a '.' between digits or after an abbreviation
    ends no sentence; every other way through it ends one (its later checks all answer yes)."""
    if text[i] != ".":
        return True
    if i > 0 and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit():
        return False
    start = i - 1
    while start >= 0 and (text[start].isalnum() or text[start] == "."):  # its _get_preceding_word
        start -= 1
    word = text[start + 1 : i]
    return not (word and word.lower() in abbreviations)


def _add(sentences: list[str], piece: str) -> None:
    """Keep a sentence stripped, when anything is left."""
    if stripped := piece.strip():
        sentences.append(stripped)
