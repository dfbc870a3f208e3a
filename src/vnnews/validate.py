"""Stage 6, validate: the record is a valid model and every span is exact on the input text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from .models import Article, Sentence, Span


def iter_spans(node: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every ``{start, end, text}`` object anywhere inside a dumped record, with its JSON path."""
    if isinstance(node, dict):
        if all(isinstance(node.get(k), t) for k, t in (("start", int), ("end", int), ("text", str))):
            yield path, node
        for k, v in node.items():
            yield from iter_spans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from iter_spans(v, f"{path}[{i}]")


def _model_spans(node: object, path: str) -> Iterator[tuple[str, Span | Sentence]]:
    """Every span inside a record (no dump needed), with its JSON path; a sentence kept without its text is none."""
    if isinstance(node, BaseModel):
        if isinstance(node, Span) or (isinstance(node, Sentence) and node.text is not None):
            yield path, node
        for name in type(node).model_fields:
            value = getattr(node, name)
            if isinstance(value, (BaseModel, list)):
                yield from _model_spans(value, f"{path}.{name}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _model_spans(v, f"{path}[{i}]")


def _exact(node: object, raw: str) -> bool:
    """Every span inside a record is exact on ``raw``: :func:`_model_spans` without building paths (the usual case)."""
    if isinstance(node, list):
        return all(_exact(v, raw) for v in node)
    if not isinstance(node, BaseModel):
        return True
    if isinstance(node, Span) or (isinstance(node, Sentence) and node.text is not None):
        text = node.text or ""
        if not (0 <= node.start <= node.end <= len(raw)) or raw[node.start : node.end] != text:
            return False
    fields = type(node).model_fields
    return all(_exact(v, raw) for v in map(node.__dict__.__getitem__, fields) if isinstance(v, (BaseModel, list)))


def bad_spans(article: Article | dict[str, Any], raw: str) -> list[str]:
    """Descriptions of spans whose text is not ``raw[start:end]`` (empty when all are exact).

    Takes the record or its dump; a record is first checked without paths, which only a bad span needs.
    """
    if isinstance(article, Article) and _exact(article, raw):
        return []
    spans = (
        ((p, s.start, s.end, s.text or "") for p, s in _model_spans(article, "$"))
        if isinstance(article, Article)
        else ((p, s["start"], s["end"], s["text"]) for p, s in iter_spans(article))
    )
    return [
        f"{path}: [{start}:{end}] != {text!r}"
        for path, start, end, text in spans
        if not (0 <= start <= end <= len(raw)) or raw[start:end] != text
    ]
