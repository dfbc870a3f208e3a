"""The body a post belongs to, written after it: a larger body after a sub-unit, a firm after "của".

"trưởng phòng đào tạo ĐH, trường ĐH Bách khoa Hà Nội": the office is part of the university, so the
comma and the university written small go on the title. "giám đốc quản lý của Mercedes-Benz Vans Anh":
"của" and a foreign firm's name (its words, hyphens and the country of the branch) are where the post is.
"""

from __future__ import annotations

from ._people_line import Line, is_abbrev, is_foreign_word, is_title_case
from ._people_orgs import adds_organisation, free_run, larger_place

#: Most words of a foreign firm's name after "của" ("Mercedes - Benz Vans", "BMW Group Asia").
FIRM_WORDS = 6
#: Most small words of a post's field before "của" ("giám đốc tiếp thị của ...", "phó chủ tịch điều hành của ...").
FIELD_WORDS = 3


def larger_body(line: Line, k: int, start: int) -> int:
    """After a post over a sub-unit from ``start`` ("trưởng phòng", "Khoa Kinh tế"), a larger body at ``k``
    in any case ("trường", "bệnh viện") with its capitalised name or abbreviation after it: the body's words, or 0."""
    lex = line.lex
    size = line.match(lex.bodies, k)
    if not size or k + size >= line.n or not any(line.match(lex.sub_units, i) for i in range(start, k)):
        return 0
    nxt = line.words[k + size]
    named = (is_title_case(nxt) or is_abbrev(nxt)) and not line.match(lex.positions, k + size)
    return size if named or larger_place(line, k + size) else 0  # "bệnh viện huyện Sa Pa"


def of_clause(line: Line, k: int, after: str) -> tuple[int, str] | None:
    """ "của" at ``k`` and whose the post is, or right after the post its field in small words, then "của" and
    an organisation ("giám đốc tiếp thị của Toyota Motor Việt Nam"). Where to read on and what was read."""
    e = free_run(line, k) if after == "post" else k
    field = k < e <= k + FIELD_WORDS and e < line.n and line.folds[e] == "của"
    if field and (found := of_organisation(line, e + 1, "word")):
        return found
    return of_organisation(line, k + 1, after) if line.folds[k] == "của" else None


def of_organisation(line: Line, k: int, after: str) -> tuple[int, str] | None:
    """After "của": an organisation the post or the unit read so far belongs to; after the post a foreign firm's
    name too ("cựu Giám đốc điều hành của Yahoo"), after its field one of two words or more ("giám đốc quản lý
    của Mercedes-Benz Vans Anh"). Where to read on and what was read."""
    if k >= line.n or after not in {"free", "word", "org", "post"}:
        return None
    word = line.words[k]
    firm = _firm_end(line, k) if after in {"post", "word"} and (is_abbrev(word) or is_foreign_word(word)) else k
    # "Giám đốc Quốc gia của WB"; after a field one foreign word may be a person ("thư ký báo chí của Putin")
    if firm > k and (after == "post" or is_abbrev(word) or firm > k + 1):
        return firm, "word"
    return (k, "post") if adds_organisation(line, k) else None


def _firm_end(line: Line, k: int) -> int:
    """End of a foreign firm's name at ``k``: foreign words and abbreviations, joined by hyphens, then the
    country or place of the branch ("Mercedes-Benz Vans Anh", "Toyota Motor Việt Nam")."""
    lex, e = line.lex, k + 1
    while e < k + FIRM_WORDS and e < line.n:
        glued = line.words[e] in {"-", "–"} and e + 1 < line.n  # "Mercedes-Benz"
        nxt = line.words[e + 1] if glued else line.words[e]
        if not (is_foreign_word(nxt) or is_abbrev(nxt)):
            break
        e += 2 if glued else 1
    return e + (line.match(lex.countries, e) or line.match(lex.places, e))
