"""A country that is also a form of address ("Anh") written inside a title.

"Thứ trưởng Bộ Ngoại giao Anh Seema Malhotra", "Đại sứ Anh tại Việt Nam Ian Frew", "Đại sứ Việt Nam tại Anh Đỗ Minh
Hùng": the capitalised "Anh" is the United Kingdom, part of the title, never "anh" before the next name.
"""

from __future__ import annotations

from dataclasses import replace

from ._people_line import Line, TitleHit, is_foreign_word, is_name_word, is_title_case
from ._people_names import foreign_name
from ._people_tail import NO_NAME, Tail
from ._people_title_names import country_of_post

#: Words before a country that make it a place ("tại Anh", "ở Anh"): never a form of address after them.
AT_WORDS = frozenset({"tại", "ở"})
#: Most words of a foreign name looked at for a word spelled outside Vietnamese ("Ian Frew", "Lee Jae Myung").
FOREIGN_LOOK = 2


def country_in_title(line: Line, k: int, pos_end: int) -> int:
    """Size of a capitalised country at ``k`` that is also a form of address, read as the country: right after the
    post before a name with no Vietnamese family name (:func:`country_of_post`); after "tại"/"ở"; before "tại"
    ("Đại sứ Anh tại Việt Nam"); or after a capitalised body, before a foreign name ("Bộ Ngoại giao Anh Seema
    Malhotra"). Else 0: "Trưởng thôn Anh Nguyễn Văn Hùng", "Giám đốc Công ty, anh Nguyễn Văn A"."""
    if k == pos_end and (size := country_of_post(line, k)):
        return size
    m = line.match(line.lex.countries, k) if line.words[k][:1].isupper() else 0
    if not m or k + m >= line.n:
        return 0
    if (k > 0 and line.folds[k - 1] in AT_WORDS) or line.folds[k + m] in AT_WORDS:
        return m
    body = any(is_title_case(w) for w in line.words[pos_end:k])
    after = line.words[k + m : k + m + FOREIGN_LOOK]
    named = bool(after) and all(is_name_word(w) for w in after) and not line.lex.is_surname(after[0])
    return m if body and named and any(is_foreign_word(w) for w in after) else 0


def _first_country(line: Line, t: TitleHit) -> str | None:
    """The country written right after a title's post ("Đại sứ Lào tại Việt Nam": lào), the home country too."""
    k = t.pos_end
    size = line.match(line.lex.countries, k) or line.term_at(line.lex.grammar.home_countries, k) if k < t.end else 0
    return " ".join(line.folds[k : k + size]) if size and k + size <= t.end else None


def other_envoy(line: Line, held: list[TitleHit], chain: list[TitleHit]) -> bool:
    """ "Đại sứ Lào tại Việt Nam Khamphao Ernthavanh, Đại sứ Việt Nam tại Lào cùng ...": the same post as one the name
    before holds, of another country, is another person's (one state's envoy is never another's); never "Đại sứ Việt
    Nam tại Lào, Trưởng đoàn ...", his other post."""
    for t in chain:
        post, theirs = line.folds[t.pos_start : t.pos_end], _first_country(line, t)
        for h in held:
            mine = _first_country(line, h)
            if line.folds[h.pos_start : h.pos_end] == post and theirs and mine and theirs != mine:
                return True
    return False


def office_superior(line: Line, t: Tail) -> bool:
    """At a capitalised post right after an office named after its superior ("Chủ nhiệm văn phòng | Thủ tướng
    Bouakhong Nammavong"): a head of state's or government's post (kind state_head) is the superior's, the office's
    name, read on (the name after is the office head's, as after "Văn phòng Chủ tịch nước"); any other post ends the
    title (False)."""
    k = t.k
    office = any(line.term_at(line.lex.grammar.offices, s) == k - s for s in range(max(t.pos_end, k - 2), k))
    size = next((n for n in range(3, 0, -1) if tuple(line.folds[k : k + n]) in line.lex.grammar.state_heads), 0)
    if not (office and size and k + size < line.n):
        return False
    hit = foreign_name(line, k + size)  # "... Thủ tướng Bouakhong Nammavong": a foreign name ends the title
    if hit is None or hit.end - hit.start < 2 or not any(is_foreign_word(w) for w in line.words[hit.start : hit.end]):
        return t.read(k + size, "org", NO_NAME)
    t.name, t.k = replace(hit, rule="people.title_before_name"), k + size
    return False
