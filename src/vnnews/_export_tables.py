"""The exported tables, as data: their columns, and the rows one record gives each of them.

One column list per table serves every format (SQLite DDL, CSV header, Parquet schema), so the
formats cannot drift apart. Every fact row carries its article id, its span and its sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .document import Document

Record = Mapping[str, Any]
Row = dict[str, Any]
Type = Literal["TEXT", "INTEGER", "REAL", "BOOLEAN"]

_SPAN: tuple[tuple[str, Type], ...] = (("start", "INTEGER"), ("end", "INTEGER"), ("text", "TEXT"))
_SENTENCE: tuple[tuple[str, Type], ...] = (("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"),
                                           ("sentence", "TEXT"))


@dataclass(frozen=True)
class Table:
    """A table's columns (name, type), its key and the tables it points to."""

    name: str
    columns: tuple[tuple[str, Type], ...]
    key: tuple[str, ...]
    parents: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()  # (columns, table, their columns)
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def names(self) -> list[str]:
        """Column names in order."""
        return [c for c, _ in self.columns]


_ARTICLE = ((("article_id",), "articles", ("id",)),)
TABLES: tuple[Table, ...] = (
    Table("articles", (("id", "TEXT"), ("record_id", "TEXT"), ("path", "TEXT"), ("url", "TEXT"), ("title", "TEXT"),
                       ("published", "TEXT"), ("encoding", "TEXT"), ("schema_version", "TEXT"), ("batch", "INTEGER"),
                       ("people", "INTEGER"), ("titles", "INTEGER"), ("achievements", "INTEGER"),
                       ("awards", "INTEGER")),
          ("id",), indexes=(("record_id", "path"), ("published",))),
    Table("people", (("article_id", "TEXT"), ("idx", "INTEGER"), ("name", "TEXT"), ("honorific", "TEXT"),
                     ("rank", "TEXT"), ("degree", "TEXT"), ("mentions", "INTEGER"), *_SPAN, *_SENTENCE),
          ("article_id", "idx"), _ARTICLE, (("name",),)),
    Table("titles", (("article_id", "TEXT"), ("person", "INTEGER"), ("idx", "INTEGER"), ("person_name", "TEXT"),
                     *_SPAN, ("position", "TEXT"), ("organisation", "TEXT"), ("former", "BOOLEAN"), ("rule", "TEXT"),
                     *_SENTENCE),
          ("article_id", "person", "idx"), (*_ARTICLE, (("article_id", "person"), "people", ("article_id", "idx"))),
          (("position",), ("organisation",), ("person_name",))),
    Table("achievements", (("article_id", "TEXT"), ("idx", "INTEGER"), *_SPAN, ("value", "REAL"),
                           ("value_text", "TEXT"), ("value_max", "REAL"), ("total", "REAL"), ("unit", "TEXT"),
                           ("qualifier", "TEXT"), ("qualifier_kind", "TEXT"), ("approximate", "BOOLEAN"),
                           ("target", "BOOLEAN"), ("action", "TEXT"), ("rule", "TEXT"), *_SENTENCE,
                           ("confidence", "REAL")),  # last: an export made before it had no such column
          ("article_id", "idx"), _ARTICLE, (("unit",),)),
    Table("awards", (("article_id", "TEXT"), ("idx", "INTEGER"), ("recipient_idx", "INTEGER"), ("recipient", "TEXT"),
                     *_SPAN, ("count", "INTEGER"), ("recipient_type", "TEXT"), ("award", "TEXT"), ("issuer", "TEXT"),
                     ("level", "TEXT"), ("giver", "TEXT"), ("rule", "TEXT"), *_SENTENCE),
          ("article_id", "idx", "recipient_idx"), _ARTICLE, (("award",), ("recipient",))),
)
TABLE = {t.name: t for t in TABLES}


class Sentences:
    """The sentences of an article's text (input offsets), to find the one holding a span."""

    def __init__(self, text: str | None) -> None:
        spans = []
        if text:
            doc = Document.from_text(text)
            spans = [doc.span(s.start, s.end) for s in doc.sentences]
        self._spans = spans
        self._starts = [s["start"] for s in spans]

    def at(self, offset: int) -> Row:
        """``{sentence_start, sentence_end, sentence}`` of the sentence holding ``offset`` (None values if none)."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self._spans[i]["start"] <= offset < self._spans[i]["end"]:
            s = self._spans[i]
            return {"sentence_start": s["start"], "sentence_end": s["end"], "sentence": s["text"]}
        return {"sentence_start": None, "sentence_end": None, "sentence": None}


def _span(fact: Record) -> Row:
    return {"start": fact["start"], "end": fact["end"], "text": fact["text"]}


def _own_sentence(fact: Record) -> Row:
    s = fact.get("sentence") or {}
    return {"sentence_start": s.get("start"), "sentence_end": s.get("end"), "sentence": s.get("text")}


def _pick(fact: Record, names: Sequence[str]) -> Row:
    return {n: fact.get(n) for n in names}


def _people_rows(aid: str, record: Record, sentences: Sentences) -> tuple[list[Row], list[Row]]:
    people, titles = [], []
    for i, p in enumerate(record.get("people") or []):
        mentions = p.get("mentions") or []
        first: Row = _span(mentions[0]) if mentions else {"start": None, "end": None, "text": None}
        where = sentences.at(first["start"]) if mentions else sentences.at(-1)
        people.append({"article_id": aid, "idx": i, **_pick(p, ("name", "honorific", "rank", "degree")),
                       "mentions": len(mentions), **first, **where})
        for j, t in enumerate(p.get("titles") or []):
            titles.append({"article_id": aid, "person": i, "idx": j, "person_name": p.get("name"), **_span(t),
                           **_pick(t, ("position", "organisation", "former", "rule")), **sentences.at(t["start"])})
    return people, titles


def _award_rows(aid: str, record: Record) -> list[Row]:
    rows = []
    for i, w in enumerate(record.get("awards") or []):
        base = {"article_id": aid, "idx": i, **_span(w), **_own_sentence(w),
                **_pick(w, ("count", "recipient_type", "award", "issuer", "level", "giver", "rule"))}
        names = w.get("recipients") or [None]
        rows += [{**base, "recipient_idx": k, "recipient": name} for k, name in enumerate(names)]
    return rows


def rows_of(aid: str, record: Record, text: str | None, batch: int) -> dict[str, list[Row]]:
    """The rows one record adds to each table; people and titles take their sentence from ``text``."""
    sentences = Sentences(text)
    people, titles = _people_rows(aid, record, sentences)
    achv_cols = TABLE["achievements"].names[5:-3]
    achievements = [{"article_id": aid, "idx": i, **_span(a), **_pick(a, achv_cols), **_own_sentence(a)}
                    for i, a in enumerate(record.get("achievements") or [])]
    awards = _award_rows(aid, record)
    source = record.get("source") or {}
    article = {
        "id": aid, "record_id": record.get("id"), "path": source.get("path"), "url": source.get("url"),
        "title": (record.get("title") or {}).get("text"),
        "published": record.get("published") or source.get("published"),
        "encoding": source.get("encoding"), "schema_version": record.get("schema_version"), "batch": batch,
        "people": len(people), "titles": len(titles), "achievements": len(achievements),
        "awards": len(record.get("awards") or []),
    }
    return {"articles": [article], "people": people, "titles": titles, "achievements": achievements,
            "awards": awards}
