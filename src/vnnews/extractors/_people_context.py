"""Words around a chain of titles that say it is not the person's next to it.

A delegate's superior ("thừa ủy quyền của Chủ tịch nước, ..."), a guest in a clause that opens with
meeting them ("Tiếp Chủ tịch Tập đoàn P&G, Thủ tướng ..."), a post shared by a plural ("2 đại biểu
Quốc hội A, B"): :mod:`._people_holders` asks these before it gives a chain to a name.
"""

from __future__ import annotations

from ._people_abroad import other_envoy
from ._people_line import Line, NameHit, TitleHit
from ._people_names import DASHES

#: Most names one plural post is shared by ("2 đại biểu Quốc hội A, B"); larger numbers are counts.
MAX_LISTED = 20
#: Marks that end a clause: a meeting verb opens the clause a guest's post is in.
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?"})
#: Most words before a meeting verb that opens a clause ("Tại cuộc hội kiến với", "Trong buổi tiếp").
MEETING_LEAD = 4


def delegated(line: Line, title: TitleHit) -> bool:
    """ "thừa ủy quyền (của) Chủ tịch nước, Phó Chủ tịch UBND tỉnh X", "Thay mặt (cho) Chủ tịch nước, đồng chí X, ...":
    the next title is the delegate's."""
    k = title.start - (title.start > 0 and line.folds[title.start - 1] in {"của", "cho"})  # "Thay mặt cho ..."
    return line.term_before(line.lex.grammar.delegates, k) > 0


def vacant(line: Line, title: TitleHit, name: NameHit) -> bool:
    """ "chờ kiện toàn chức vụ Bí thư Thành ủy, đồng chí X, Phó Bí thư ...": an office named after "chức vụ" with
    the next name's own posts after it is vacant, not his; "bầu bổ sung chức danh ...", "bổ nhiệm chức vụ ..." name
    the office he takes."""
    office = line.folds[max(0, title.start - 2) : title.start] in (["chức", "vụ"], ["chức", "danh"])
    vacancy = line.lex.grammar.vacancy
    office = office and any(f in vacancy for f in line.folds[max(0, title.start - 5) : title.start - 2])
    own = name.end < line.n - 1 and line.words[name.end] == "," and line.match(line.lex.positions, name.end + 1) > 0
    return office and own


def many_bodies(line: Line, k: int) -> bool:
    """A plural word at ``k`` in a standing post's tail names many bodies ("các huyện", "những sở, ngành", "nhiều
    đơn vị"); 'các/những' only before a place or unit word, not in "Ban Chỉ đạo các chương trình mục tiêu ..."."""
    if line.folds[k] not in {"các", "những"}:
        return True
    lex = line.lex
    return any(line.match(terms, k + 1) for terms in (lex.open_namers, lex.closed_namers, lex.many_bodies))


def met(line: Line, start: int, nxt: TitleHit | None = None) -> bool:
    """The post at ``start`` is a guest's, in a clause that opens with meeting them ("Tiếp Chủ tịch Tập đoàn P&G,
    Thủ tướng ...", "Tại cuộc hội kiến với Chủ tịch nước X, ..."): the clause's comma ends what is theirs.

    >>> from ._people_lex import lexicon
    >>> met(Line("Tiếp Chủ tịch Tập đoàn P&G, Thủ tướng Nguyễn Xuân Phúc đề nghị", lexicon()), 1)
    True
    >>> met(Line("Thủ tướng tiếp Chủ tịch Tập đoàn P&G, Giám đốc X", lexicon()), 3)
    False

    With ``nxt``, the post after it: a clause that opens with a sequence word is another's too (:func:`fronted`).
    """
    if nxt is not None and fronted(line, start, nxt):
        return True
    k = start
    while k > 0 and line.words[k - 1] not in CLAUSE_ENDS:
        k -= 1
    for j in range(k, min(start, k + MEETING_LEAD + 1)):
        size = line.match(line.lex.meetings, j)
        if size and line.folds[j + size : start] in ([], ["với"]):
            if line.words[j][:1].isupper():  # "Ảnh: TTXVN Tiếp Giám đốc ...": a capital opens the sentence
                return True
            lead = line.words[k:j]  # "Tại cuộc hội kiến với", never "Thủ tướng tiếp ...": a subject before the verb
            return not line.match(line.lex.positions, k) and all(w.islower() for w in lead[1:])
    return False


def plural(line: Line, start: int) -> bool:
    """A count or plural word right before a post ("2 đại biểu", "các Phó Chủ tịch")."""
    if start == 0:
        return False
    word = line.words[start - 1]
    if word.isdigit():
        return 2 <= int(word) <= MAX_LISTED
    return line.match(line.lex.plurals, start - 1) == 1


def related(line: Line, title: TitleHit) -> bool:
    """ "Thư ký báo chí của Tổng thống Nga, ông Dmitry Peskov": a name after the post and a comma is its holder's aide
    or kin (a noun of kind "relation" before "của", or right before the post: "Phu nhân Chủ tịch nước, bà A"),
    never the holder.

    >>> from ._people_lex import lexicon
    >>> line = Line("người phát ngôn của Tổng thống Philippines Ernesto Abella", lexicon())
    >>> visit = Line("Chuyến thăm của Tổng thống Mỹ", lexicon())
    >>> related(line, TitleHit(4, 7, 4, 6)), related(visit, TitleHit(3, 6, 3, 5))
    (True, False)
    """
    k = title.start
    if k >= 1 and any(line.match(line.lex.relations, j) == k - j for j in range(max(0, k - 3), k)):
        return True  # "Phu nhân Chủ tịch Trung Quốc, bà Bành Lệ Viện": the wife, the post her husband's
    if k < 2 or line.folds[k - 1] != "của":
        return False
    return any(line.match(line.lex.relations, j) == k - 1 - j for j in range(max(0, k - 6), k - 1))


def attendees_follow(line: Line, first: TitleHit, end: int) -> bool:
    """ "...; Trưởng Ban Dân tộc, các Phó Trưởng Ban ...": an unnamed post after a semicolon that a plural post
    follows is one more attendee of the list (a body's head, then its deputies), not the last person's next post."""
    if end + 2 >= line.n:
        return False
    unit = line.folds[first.pos_end - 1] in line.lex.head_words  # "Trưởng ban", never "Chủ tịch HĐND" held with it
    leaders = line.term_at(line.lex.grammar.leaders, end + 1) > 0
    if unit and leaders and line.folds[end] in {"và", "cùng"}:
        return True  # "...; Trưởng ban Dân tộc tỉnh và lãnh đạo các sở, ngành": a board's head among the guests
    if line.words[end] != "," or line.match(line.lex.plurals, end + 1) != 1:
        return False
    return line.match(line.lex.positions, end + 2) > 0  # ", các Phó Trưởng Ban ...": the body's deputies


def two_holders(line: Line, prev: TitleHit, title: TitleHit, joined: int) -> bool:
    """ "Thủ tướng Australia và Thủ tướng Phạm Minh Chính": the same post twice, joined by "và", is held by two
    people (no one holds one post twice), so the first is not the named one's. So are two posts joined by "và" with a
    name written after the second only ("Thứ trưởng Bộ Ngoại giao Việt Nam và Đại sứ Hàn Quốc tại Việt Nam Park Noh
    Wan": ``joined``, the posts of the chain so far, is one) when the second is another state's or the first's body's.
    One person's posts are joined by commas, or by "và" across bodies ("Bí thư Đảng ủy và Chủ tịch HĐND xã X")."""
    if prev.end >= line.n or line.folds[prev.end] != "và" or prev.end + 1 != title.start:
        return False
    same = line.folds[prev.pos_start : prev.pos_end] == line.folds[title.pos_start : title.pos_end]
    if same or joined != 1 or title.name is None:
        return same
    return _other_country(line, prev, title) or _same_body(line, prev, title)


def _countries(line: Line, t: TitleHit) -> set[str]:
    """The foreign countries named in a title's words after its post."""
    found, k = set(), t.pos_end
    while k < t.end:
        m = line.match(line.lex.countries, k)
        found.add(" ".join(line.folds[k : k + m])) if m else None
        k += m or 1
    return found


def _other_country(line: Line, prev: TitleHit, title: TitleHit) -> bool:
    """ "Thứ trưởng Bộ Ngoại giao Việt Nam và Đại sứ Hàn Quốc tại Việt Nam X": the second post is another state's;
    "Tổng thống Mỹ và Chủ tịch nước X": the first is a foreign state's post, named by its country alone, the second
    names no country."""
    theirs = _countries(line, title)
    if theirs - _countries(line, prev):
        return True
    m = line.match(line.lex.countries, prev.pos_end) if prev.pos_end < prev.end else 0
    return bool(m) and prev.pos_end + m == prev.end and not theirs


def _same_body(line: Line, prev: TitleHit, title: TitleHit) -> bool:
    """ "Giám đốc Sở Y tế và Phó Giám đốc Sở Y tế X": two posts of one body are two people's."""
    body = line.folds[prev.pos_end : prev.end]
    return bool(body) and line.folds[title.pos_end : title.pos_end + len(body)] == body


def small_post_ends(line: Line, prev: TitleHit, title: TitleHit, joined: int) -> bool:
    """ "đắc cử tổng thống, Thủ tướng Nhật Bản X", "tiếp xúc với đại biểu Quốc hội, Bí thư Tỉnh ủy X": a post
    written small is what someone did or met, unless it follows a name or another post ("Thào Xuân Sùng, Ủy viên
    Trung ương Đảng, đại biểu Quốc hội, Chủ tịch ...")."""
    words, s = line.words, prev.pos_start
    if prev.end != prev.pos_end or not words[s].islower() or not words[title.start][:1].isupper():
        return False
    if all(w.islower() for w in words[s : prev.end]):
        return True
    named = s >= 2 and words[s - 1] in {",", "-", "–"} and words[s - 2][:1].isupper()  # "X, đại biểu Quốc hội"
    return not (joined > 1 or named)


def aide_post(line: Line, i: int) -> int:
    """The size of an aide's post at ``i``, the aide's word and the superior's post ("Trợ lý Tổng Bí thư"), else 0."""
    aide = line.term_at(line.lex.grammar.aides, i)
    size = line.match(line.lex.positions, i + aide) if aide else 0
    return aide + size if size else 0


def fronted(line: Line, start: int, nxt: TitleHit) -> bool:
    """ "Sau phát biểu của Chủ tịch Quốc hội, Thủ tướng Phạm Minh Chính báo cáo ...": a post after "của" in a clause
    that opens with a sequence word is the earlier speaker's when the next post's name is the subject of a speaker's
    verb ("... Vũ Xuân Cường tại hội nghị", "... về tình hình": the chain goes on)."""
    if start < 2 or line.folds[start - 1] != "của" or nxt.name is None:
        return False
    k = nxt.name.end
    if not line.term_at(line.lex.grammar.sequence_verbs, k):
        return False
    k = start - 1
    while k > 0 and line.words[k - 1] not in CLAUSE_ENDS:
        k -= 1
    lead = line.folds[k : k + 2]
    return lead[0] in line.lex.grammar.sequences or " ".join(lead) in line.lex.grammar.sequences


def next_listed(line: Line, before: NameHit, after: NameHit | None, chain: list[TitleHit]) -> bool:
    """ "Tổng thống Nam Phi Cyril Ramaphosa, Thủ tướng Timor-Leste - ông Xanana Gusmao": in a list of people written
    title first, a post followed by a dash and an honorific's name is that next person's, never the one before; so is
    a post followed by a comma and the name when it is a foreign state's ("..., Thủ tướng Lào, ông X"). A
    Vietnamese post before a comma is the one before's concurrent post ("Bí thư Tỉnh ủy A, Chủ tịch HĐND tỉnh, ông
    B": A's); never a post the next one holds after a dash or comma, his own ("..., Trưởng ban X, ông B – ...")."""
    end = chain[-1].end
    if after is None or not after.honorific or before.rule != "people.title_before_name" or end >= line.n:
        return False
    if line.words[before.end] != ",":
        return False
    if line.words[end] in DASHES:
        return True
    return line.words[end] == "," and not _own_post_follows(line, after.end) and any(_foreign(line, t) for t in chain)


def _foreign(line: Line, t: TitleHit) -> bool:
    """A title naming a foreign country after its post, never a province spelled with one ("Lào Cai")."""
    found = ((line.match(line.lex.countries, k), line.match(line.lex.places, k)) for k in range(t.pos_end, t.end))
    return any(m and place <= m for m, place in found)


def _own_post_follows(line: Line, k: int) -> bool:
    """A dash or a comma and a post right after the name at ``k``: the name has a post of its own."""
    return k + 1 < line.n and line.words[k] in {*DASHES, ","} and bool(line.match(line.lex.positions, k + 1))


def foreign_of(
    line: Line, before: NameHit, given: dict[NameHit, list[tuple[TitleHit, str]]], chain: list[TitleHit]
) -> bool:
    """ "Chủ tịch nước Trần Đại Quang, Thủ tướng Belarus khẳng định": after a Vietnamese name whose posts written in
    front of it name no country, an unnamed post of a foreign state ("Thủ tướng Belarus") is the next person's, the
    subject of a clause of its own, never the name's; a post held abroad for Việt Nam ("Đại sứ Việt Nam tại Lào",
    "Chủ tịch Hội hữu nghị Việt - Nga") stays his. Only in a clause that opens with meeting the name (:func:`met`):
    a name that is the subject keeps the post, the news writing Chinese leaders' names like Vietnamese ones
    ("Tổng Bí thư Tập Cận Bình, Chủ tịch nước Trung Quốc đã hội đàm"). ``given``: the titles each name holds."""
    held = [t for t, _ in given.get(before, ())]
    if chain[-1].name is None and other_envoy(line, held, chain):  # "Đại sứ Lào tại VN X, Đại sứ VN tại Lào"
        return True
    if chain[-1].name is not None or not held or not line.lex.is_surname(line.words[before.start]):
        return False
    if not met(line, min(t.start for t in held)):
        return False
    if any(_countries(line, t) for t in held):
        return False
    return any(_foreign_state(line, t) for t in chain)


def _foreign_state(line: Line, t: TitleHit) -> bool:
    """A title whose words after the post name a foreign country and neither Việt Nam nor a place abroad ("tại")."""
    folds = line.folds[t.pos_end : t.end]
    if "việt" in folds or "tại" in folds or "ở" in folds:
        return False
    return _foreign(line, t)
