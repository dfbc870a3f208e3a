"""Lists of names: "A, B và C", "gồm: A, B, C", "A (SN 2016), B" (items of one list are alike).

:mod:`._people_holders` confirms the names of a list together: one known person makes the others
persons, and so does a colon that opens the list.
"""

from __future__ import annotations

from ._people_context import met
from ._people_line import Line, NameHit, TitleHit, is_title_case

#: Tokens between two names of one list ("A, B và C").
LIST_GAPS: frozenset[tuple[str, ...]] = frozenset({(",",), ("và",), (",", "và"), (";",)})


#: Joins that carry a post once held to the next post of its list ("từng giữ chức A, B và C"); "nay là" breaks it.
PAST_JOINS = frozenset({",", ";", "và"})


def held_before(line: Line, i: int, titles: list[TitleHit]) -> bool:
    """A phrase of kind past ends right before word ``i`` ('lúc còn là | chủ tịch nước'), not after one of kind
    not_past ('đề nghị cách chức'), or the post before, held before, is joined to it ('từng giữ chức A, B')."""
    lex = line.lex
    for k in range(max(0, i - 4), i - 1):
        if line.match(lex.appoint.past, k) == i - k:
            return not any(line.match(lex.appoint.not_past, s) == k - s for s in range(max(0, k - 3), k))
    prev = titles[-1] if titles else None
    if prev is None or not prev.former or prev.pos_start != prev.start or prev.end >= i:
        return False  # "nguyên" marks only its own post
    return all(w in PAST_JOINS for w in line.folds[prev.end : i]) and held_before(line, prev.start, titles[:-1])


def _honorific_before(line: Line, end: int, start: int) -> int:
    """Size of an honorific written right before ``start`` after ``end`` ("và ông B")."""
    return next((w for w in (2, 1) if start - w > end and line.match(line.lex.honorifics, start - w) == w), 0)


def listed(line: Line, end: int, start: int) -> bool:
    """Two names written as items of one list: 'A, B', 'A và B', 'A (SN 2016), B'."""
    k = end
    if k < start and line.words[k] == "(":
        close = next((c for c in range(k, min(start, k + 16)) if line.words[c] == ")"), None)
        if close is None:
            return False
        k = close + 1
    return tuple(line.folds[k:start]) in LIST_GAPS or _unread_item(line, k, start)


def listed_after_titles(line: Line, a: NameHit, b: NameHit, held: list[TitleHit]) -> bool:
    """B is the next item of a list whose item A ends with A's own titles: "đồng chí A, Trưởng ban Tổ chức Huyện
    ủy và Lương Văn B" (B a name of three syllables or more: a two-syllable one may close a body named after a
    person, "Trường THPT Lê Quý Đôn và Nguyễn Trãi")."""
    end = a.end
    for t in sorted(held, key=lambda t: t.start):
        if t.start >= end and all(w in _TITLE_JOINS for w in line.folds[end : t.start]):
            end = t.end
    return end > a.end and b.end - b.start >= 3 and tuple(line.folds[end : b.start]) == ("và",)


#: What stands between a name and its titles written after it, or between two of them ("A, Phó Bí thư - Chủ tịch").
_TITLE_JOINS = frozenset({",", "-", "–", "kiêm"})


def _unread_item(line: Line, k: int, start: int) -> bool:
    """[k, start) is one more item of the list, a capitalised name not read as one: "; Văn Phú Tuấn, ".

    The item may carry another name in parentheses ("Cu Xân (Quỳnh Hoàng), ").
    """
    if not (k < start - 3 and line.words[k] in {",", ";"} and line.words[start - 1] == ","):
        return False
    end = start - 1
    if line.words[end - 1] == ")" and "(" in line.words[k + 1 : end]:  # "Cu Xân (Quỳnh Hoàng), ": its other name
        end = max(j for j in range(k + 1, end) if line.words[j] == "(")
    return 2 <= end - (k + 1) <= 4 and all(is_title_case(w) for w in line.words[k + 1 : end])


def colon_list(line: Line, name: NameHit) -> bool:
    """The name opens a list after a colon, which no place word leads ("phố: Hoàng Diệu, Lê Hồng Phong")."""
    colon = name.start - 1
    if colon < 1 or line.words[colon] != ":":
        return False
    lex = line.lex
    return not any(
        line.match(lex.open_namers, k) == colon - k or line.match(lex.closed_namers, k) == colon - k
        for k in range(max(0, colon - 3), colon)
    )


def in_parens(line: Line, name: NameHit) -> bool:
    """The name is all that is written in parentheses ("(Viên Minh)")."""
    return name.start > 0 and name.end < line.n and line.words[name.start - 1] == "(" and line.words[name.end] == ")"


def list_after(line: Line, first: NameHit, names: list[NameHit], *, titled: bool = False) -> list[NameHit]:
    """The full names listed right after ``first`` ("A, B và C" gives B and C; ``titled``: "ông A và ông B" too)."""
    out: list[NameHit] = []
    prev = first
    for n in sorted((n for n in names if n.start >= first.end and not n.short), key=lambda n: n.start):
        start = n.start
        if titled and start > prev.end and (size := _honorific_before(line, prev.end, start)):
            start -= size
        if not listed(line, prev.end, start):
            break
        out.append(n)
        prev = n
    return out


def owner_before(
    line: Line, name: NameHit, held: list[TitleHit], by_end: dict[int, NameHit], post_at: int
) -> NameHit | None:
    """Who owns a post written at ``post_at`` after ``name`` (which holds ``held`` so far): not a name its own post
    shows met ("Tại cuộc hội kiến với Chủ tịch nước X, Thủ tướng Belarus khẳng định"); for a name written after a
    relation's noun and its own post, the object of an apposition, when a verb of the role comes between ("bà A, phu
    nhân Bộ trưởng B làm Trưởng đoàn"), the person the apposition describes (A, the name before the comma) or nobody
    named; after a bare comma the post is the object's own ("bà A, phu nhân Chủ tịch UBND tỉnh B, Phó Bí thư")."""
    own = next((t for t in held if t.end == name.start), None)
    if own is None:
        return name
    if met(line, own.start):
        return None
    if not any(line.match(line.lex.appoint.verbs, j) for j in range(name.end, post_at)):
        return name
    for j in range(max(0, own.start - 3), own.start):
        if line.match(line.lex.relations, j) == own.start - j:
            return by_end.get(j - 1) if j > 0 and line.words[j - 1] == "," else None
    return name


def _places_after(line: Line, end: int, titles: list[TitleHit], names: list[NameHit]) -> int:
    """How many places are listed right after a post's own place ("Vĩnh Phúc, Tuyên Quang và Bình Dương"): each
    a group of one to four capitalised syllables after ',' or 'và' that opens no title and no listed name, of the
    same kind as the post's own place (a province after a province, never "huyện Bảo Thắng, Lào Cai": a district's
    province); 0 when none."""
    starts = {t.start for t in titles} | {n.start for n in names}  # "..., Phó Chủ tịch UBND tỉnh, Lê Văn C, ..."
    places = line.lex.places
    own = any(line.match(places, s) == end - s for s in range(max(0, end - 4), end))
    count, k = 0, end
    while k < line.n and line.folds[k] in {",", "và"}:
        j = k + 1
        while j < line.n and j - (k + 1) < 4 and is_title_case(line.words[j]) and j not in starts:
            j += 1
        if j == k + 1 or (k + 1) in starts or (line.match(places, k + 1) == j - k - 1) != own:
            break
        count, k = count + 1, j
    return count


def distributed(
    line: Line, owner: NameHit, names: list[NameHit], span: tuple[int, int], titles: list[TitleHit]
) -> bool:
    """``owner`` closes a list of names whose one post [span) follows a verb and names each one's place in turn ("Bà
    A, ông B, ông C tiếp tục được bầu giữ chức Bí thư Tỉnh ủy Vĩnh Phúc, Tuyên Quang, Bình Dương"): the place written
    with the post is the first person's, not the last one's, so the post goes to none of them as written. Never
    in apposition ("ông A, ông B, Trưởng Công an xã Bản Vược, Bát Xát": the commune's district)."""
    start, end = span
    if _posts_in_turn(line, owner, names, span, titles):
        return True
    if line.words[owner.end : start] == [","]:
        return False
    places = _places_after(line, end, titles, names)  # almost always 0: the lists need not be built
    if not places:
        return False
    lists = (list_after(line, n, names, titled=True) for n in names if n.end <= owner.start)
    return max((len(items) for items in lists if owner in items), default=0) == places


#: Fewest posts of a list's names written in turn in one pair of parentheses after it.
IN_TURN = 3


def _posts_in_turn(
    line: Line, owner: NameHit, names: list[NameHit], span: tuple[int, int], titles: list[TitleHit]
) -> bool:
    """ "bốn bị cáo A, B, C, D (nguyên giám đốc, phó giám đốc, trưởng phòng kế toán, ...)": at least :data:`IN_TURN`
    posts in the parentheses right after a bare list of as many names (or more) are each one's in turn, never all the
    last one's. Never when a name before has its own parentheses ("ông A (Chủ tịch UBND huyện), ông B (Phó Bí
    thư Huyện ủy, Chủ tịch HĐND huyện)": B's own posts) or for two names ("ông A, ông B (Phó Bí thư Tỉnh ủy, Chủ tịch
    UBND tỉnh)": one may hold both)."""
    start, end = span
    if line.words[owner.end : start] != ["("]:
        return False
    posts = sum(start <= t.start and t.end <= end for t in titles)
    if posts < IN_TURN:
        return False
    for n in (n for n in names if n.end <= owner.start):
        items = list_after(line, n, names, titled=True)
        if owner in items and "(" not in line.words[n.end : owner.start]:
            return items.index(owner) + 2 >= posts  # a post the titles miss ("phó phòng kế toán")
    return False
