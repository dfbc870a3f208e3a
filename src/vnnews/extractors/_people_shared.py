"""Posts written with no one person of the line as their holder, and the small post written after a name.

"Vụ trưởng các Vụ chuyên ngành", "Chủ tịch UBND các huyện", "Giám đốc các bệnh viện": a post over many units is held
by many, nobody's. "Tổng thống Putin, Chủ tịch Trung Quốc Tập Cận Bình": a foreign leader's post with his one-word
name is his, never the next name's. "ông John Smith, Tổng thống Joe Biden đã ký": a bare post right before a foreign
name it does not read is that name's, never the name's before it. "đồng chí Phùng Thành Vinh chủ tịch UBND huyện,
đồng chí Nguyễn Trung Thành ...": a post written small right after a name, with its body, is that name's.
"""

from __future__ import annotations

from ._people_context import many_bodies
from ._people_line import Line, NameHit, TitleHit, is_abbrev, is_foreign_word, is_name_word
from ._people_names import foreign_name, read_prefix

PLURALS = frozenset({"các", "những"})
#: What opens a list's item before a title: a mark, "có" ("Tham dự có ..."), "và".
ITEM_OPENS = frozenset({",", ";", ":", "(", "có", "và"})


def nobodys(line: Line, title: TitleHit) -> bool:
    """A title with no name after it that no single person of the line holds (see the module)."""
    return title.name is None and (_shared(line, title) or _mononym(line, title) or _unread_holder(line, title))


def standing_bodies(line: Line, start: int, end: int) -> bool:
    """A standing post's tail naming many bodies ("Thường trực Ban Dân vận các huyện") or before a list of leaders
    (", lãnh đạo các sở, ngành"): the standing bodies invited, nobody's post."""
    if any(line.folds[k] in line.lex.grammar.plural_words and many_bodies(line, k) for k in range(start, end)):
        return True
    leaders = tuple(line.folds[end + 1 : end + 3]) in line.lex.grammar.leaders
    return end < line.n - 1 and line.words[end] == "," and leaders


def _shared(line: Line, title: TitleHit) -> bool:
    """ "Vụ trưởng các Vụ ...", "Chủ tịch UBND các huyện", "Trưởng phòng | các phòng": "các"/"những" and a unit word
    right after the post or its body's abbreviation (never "Đảng ủy Khối các cơ quan", "Liên hiệp các Hội ...")."""
    for k in range(title.pos_end, min(title.end + 1, line.n - 1)):
        if line.folds[k] not in PLURALS or not many_bodies(line, k):
            continue
        prev = line.words[k - 1]
        if k == title.pos_end or (is_abbrev(prev) and prev.casefold() not in line.lex.grammar.union_heads):
            return True
    return False


def _mononym(line: Line, title: TitleHit) -> bool:
    """ "Tổng thống Putin", "Thủ tướng Modi": a foreign leader's post, then one capitalised word that is no country,
    place or body: his surname, not a body of the post."""
    post = tuple(line.folds[title.pos_start : title.pos_end])
    k = title.pos_end
    if post not in line.lex.grammar.state_heads or title.end != k + 1:
        return False
    word = line.words[k]
    lex = line.lex
    if k + 2 < line.n and line.words[k + 1] == "," and read_prefix(line, k + 2)[0] > k + 2:
        return False  # "Thủ tướng Malta, ông Joseph Muscat": a country, then its holder
    if not is_name_word(word) or is_abbrev(word) or word.casefold() in lex.grammar.union_heads:
        return False
    return not (line.match(lex.countries, k) or line.match(lex.places, k) or line.match(lex.organisations, k))


def _unread_holder(line: Line, title: TitleHit) -> bool:
    """ "Tổng thống Prabowo Subianto": a foreign leader's bare post right before a foreign name it does not read (never
    "Chánh Văn phòng Tổng thống Volodymyr Zelensky", the superior's);
    "Thủ tướng Bouakhong Nammavong, Chủ nhiệm ... Sanya Praseuth": nor one whose words after the post are that name
    read as its body, never the next name's (peopleS40, round 40)."""
    k = title.pos_end
    post = tuple(line.folds[title.pos_start : title.pos_end])
    if k >= line.n or not is_name_word(line.words[k]) or post not in line.lex.grammar.state_heads:
        return False
    hit = foreign_name(line, k)
    if hit is None or title.end not in {k, hit.end}:
        return False
    return hit.end - k >= 2 and any(is_foreign_word(w) for w in line.words[k : hit.end])


def small_post_after(line: Line, start: int) -> bool:
    """ "đồng chí A chủ tịch UBND huyện": a post written small, then its body's capital, right after a name."""
    size = line.match(line.lex.positions, start)
    return size > 0 and start + size < line.n and line.words[start + size][:1].isupper()


def honorific_after(line: Line, start: int, end: int, by_start: dict[int, NameHit]) -> NameHit | None:
    """ "có Phó Tổng cục trưởng Ông Lê Trung Hiếu": a name after an honorific written capitalised right after a title
    [start, end) that opens a list's item (no mark between) is its holder, before any name the title follows (never
    "Cáp treo bà ...", a firm's "Bà Nà"; never "Đ/c: A", a list's label; never "A làm Phó trưởng Ban X Ông B sau đó
    ...", a caption run into the next sentence)."""
    if end >= line.n or not line.words[end][:1].isupper():
        return None
    if start > 0 and line.words[start - 1] not in ITEM_OPENS and line.folds[start - 1] not in ITEM_OPENS:
        return None
    j = read_prefix(line, end)[0]
    return by_start.get(j) if j > end and ":" not in line.words[end:j] else None


def role_like(line: Line, title: TitleHit) -> bool:
    """An unowned title worth keeping as a Role: capitalised, with an organisation, not 'của ...'."""
    if title.end <= title.pos_end or not line.words[title.pos_start][:1].isupper():
        return False
    return not (title.start > 0 and line.folds[title.start - 1] in {"của", "cho"})
