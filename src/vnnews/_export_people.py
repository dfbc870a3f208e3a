"""The people index: who held which post, in which articles, linking names across articles carefully.

Within one article a person is already one record. Across articles, two people are linked only
when their names agree *and* they share a title: the folded name (NFC, modern tone marks,
case-folded, spaces collapsed) is equal, and so is the folded post and organisation of at least
one title (``nguyên``/former posts count as the same post). Links are transitive: Nguyễn Văn An,
Chủ tịch UBND tỉnh in one article and Nguyễn Văn An, Chủ tịch UBND tỉnh + Bí thư Tỉnh ủy in
another are one person with two titles. A name seen without a title is never linked: it stays one
entry per article. Organisations are as written, so 'UBND tỉnh' in two provinces' papers is the
same key: the index lists evidence to check, not established identities.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass

from .normalize import normalize

INDEX_DDL = """
CREATE TABLE IF NOT EXISTS people_index (
  person_uid INTEGER NOT NULL, name TEXT NOT NULL, title TEXT, position TEXT, organisation TEXT,
  articles INTEGER NOT NULL, first_article TEXT NOT NULL, last_article TEXT NOT NULL,
  first_published TEXT, last_published TEXT);
CREATE TABLE IF NOT EXISTS people_links (
  person_uid INTEGER NOT NULL, article_id TEXT NOT NULL, person INTEGER NOT NULL,
  PRIMARY KEY (article_id, person),
  FOREIGN KEY (article_id, person) REFERENCES people (article_id, idx));
CREATE INDEX IF NOT EXISTS people_index_uid ON people_index (person_uid);
CREATE INDEX IF NOT EXISTS people_index_name ON people_index (name);
CREATE INDEX IF NOT EXISTS people_links_uid ON people_links (person_uid);
"""


def fold(text: str | None) -> str:
    """The form names and titles are compared in: normalised, case-folded, single spaces.

    >>> fold("Nguyễn  Văn Thuỷ") == fold("nguyễn văn thủy")
    True
    """
    return " ".join(normalize(text or "").text.casefold().split())


def title_key(position: str | None, organisation: str | None, text: str | None) -> str:
    """What two titles must share to be the same post: the post and where it is (or the whole title)."""
    return f"{fold(position or text)}|{fold(organisation)}"


@dataclass
class _Node:
    article_id: str
    person: int
    name: str
    order: int  # export order of the article
    published: str | None
    titles: dict[str, tuple[str, str | None, str | None]]  # key -> (text, position, organisation)


class _Links:
    """Union-find over (article, person) nodes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _nodes(conn: sqlite3.Connection) -> list[_Node]:
    nodes: dict[tuple[str, int], _Node] = {}
    for aid, idx, name, order, published in conn.execute(
        "SELECT p.article_id, p.idx, p.name, a.rowid, a.published FROM people p JOIN articles a ON a.id = p.article_id"
        " ORDER BY a.rowid, p.idx"
    ):
        nodes[(aid, idx)] = _Node(aid, idx, name, order, published, {})
    for aid, person, text, position, organisation in conn.execute(
        "SELECT article_id, person, text, position, organisation FROM titles ORDER BY article_id, person, idx"
    ):
        node = nodes[(aid, person)]
        node.titles.setdefault(title_key(position, organisation, text), (text, position, organisation))
    return list(nodes.values())


def _link(nodes: list[_Node]) -> _Links:
    links = _Links(len(nodes))
    first_with: dict[tuple[str, str], int] = {}
    for i, node in enumerate(nodes):
        for key in node.titles:
            j = first_with.setdefault((fold(node.name), key), i)
            if j != i:
                links.join(i, j)
    return links


def _index_rows(nodes: list[_Node], links: _Links) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    groups: dict[int, list[_Node]] = defaultdict(list)
    for i, node in enumerate(nodes):
        groups[links.find(i)].append(node)
    index: list[tuple[object, ...]] = []
    members: list[tuple[object, ...]] = []
    for uid, group in enumerate(sorted(groups.values(), key=lambda g: (g[0].order, g[0].person)), 1):
        name = Counter(n.name for n in group).most_common(1)[0][0]
        members += [(uid, n.article_id, n.person) for n in group]
        by_title: dict[str, list[_Node]] = defaultdict(list)  # "" for a person seen without a title
        for n in group:
            for key in n.titles or [""]:
                by_title[key].append(n)
        for key, seen in by_title.items():
            written = Counter(n.titles[key] for n in seen).most_common(1)[0][0] if key else (None, None, None)
            dates = sorted(n.published for n in seen if n.published)
            index.append((uid, name, *written, len({n.article_id for n in seen}), seen[0].article_id,
                          seen[-1].article_id, dates[0] if dates else None, dates[-1] if dates else None))
    return index, members


def rebuild_people_index(conn: sqlite3.Connection) -> int:
    """Recompute ``people_index`` and ``people_links`` from every person exported so far; the index rows."""
    conn.executescript(INDEX_DDL)
    nodes = _nodes(conn)
    index, members = _index_rows(nodes, _link(nodes))
    conn.execute("DELETE FROM people_index")
    conn.execute("DELETE FROM people_links")
    conn.executemany("INSERT INTO people_index VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", index)
    conn.executemany("INSERT INTO people_links VALUES (?, ?, ?)", members)
    return len(index)
