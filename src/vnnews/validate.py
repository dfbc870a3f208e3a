"""Stage 6, validate: the record is a valid model and every span is exact on the input text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .models import Article


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


def bad_spans(article: Article | dict[str, Any], raw: str) -> list[str]:
    """Descriptions of spans whose text is not ``raw[start:end]`` (empty when all are exact).

    Takes the record or its dump (the pipeline dumps once and reuses the dump).
    """
    out = []
    record = article.model_dump() if isinstance(article, Article) else article
    for path, s in iter_spans(record):
        if not (0 <= s["start"] <= s["end"] <= len(raw)) or raw[s["start"] : s["end"]] != s["text"]:
            out.append(f"{path}: [{s['start']}:{s['end']}] != {s['text']!r}")
    return out
