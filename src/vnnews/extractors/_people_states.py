"""A state's name written after a post or a state body, and a foreign name written right after a country.

"Chủ tịch nước cộng hòa XHCNVN", "Thủ tướng Chính phủ nước CHXHCNVN", "Tổng thống nước Cộng hòa Chile": the state a
post or body belongs to, named with "nước", "cộng hòa" or an abbreviation of the republic's name, is part of the
title. "Chủ tịch thứ nhất Hội đồng Liên bang Nga Nikolay Fedorov": a country closes a body's name, and a foreign
name written after it is its holder's, never more words of the body.
"""

from __future__ import annotations

from dataclasses import replace

from ._people_line import Line, is_abbrev, is_foreign_word, is_name_word, is_title_case
from ._people_names import DASHES
from ._people_tail import NO_NAME, Tail
from ._people_title_names import foreign_after_place, superior_named

#: Most words of a body's other name in parentheses ("(Hạ viện)"); twice as many name a republic before its country
#: ("Cộng hòa Dân chủ Nhân dân Lào").
STATE_WORDS = 4


def state_name(line: Line, k: int) -> int:
    """End of a state's name at ``k``, maybe after "nước" ("nước CHXHCNVN", "cộng hòa XHCNVN", "nước Cộng hòa Chile",
    "Cộng hòa Dân chủ Nhân dân Lào"), else ``k``. A republic named in words ends with a country of
    people_countries.yaml; one abbreviated may go on with "Việt Nam" or another country.

    >>> from ._people_lex import lexicon
    >>> line = Line("Chủ tịch nước cộng hòa XHCNVN; Tổng thống nước Cộng hòa Chile Michelle Bachelet", lexicon())
    >>> line.words[state_name(line, 3)], line.words[state_name(line, 9)]
    (';', 'Michelle')
    >>> state_name(line, 0), state_name(Line("Quốc hội nước ta đã", lexicon()), 2)
    (0, 2)
    """
    folds, words = line.folds, line.words
    j = k + (folds[k] == "nước")
    if j >= line.n:
        return k
    if is_abbrev(words[j]) and words[j].startswith(line.lex.grammar.republic_abbrevs):  # "CHXHCNVN", "CHXHCN Việt Nam"
        return _country_after(line, j + 1)
    if folds[j : j + 2] != ["cộng", "hòa"] or j + 2 >= line.n:
        return k
    e = j + 2
    if is_abbrev(words[e]):  # "cộng hòa XHCNVN", "Cộng hòa XHCN Việt Nam"
        return _country_after(line, e + 1)
    for p in range(e, min(line.n, e + 2 * STATE_WORDS)):  # "Cộng hòa Chile", "Cộng hòa Dân chủ Nhân dân Lào"
        if not (words[p].isalpha() and (p > e or words[p][:1].isupper())):
            break
        if m := line.match(line.lex.countries, p):
            return p + m
    return k


def _country_after(line: Line, e: int) -> int:
    """Past "Việt Nam", "VN" or a country right after an abbreviated republic's name ending at ``e``."""
    if home := line.term_at(line.lex.grammar.home_countries, e):  # "Việt Nam" (home_country)
        return e + home
    if e < line.n and line.words[e] == "VN":
        return e + 1
    return e + line.match(line.lex.countries, e) if e < line.n else e


def state_of_post(line: Line, t: Tail) -> bool | None:
    """ "Chủ tịch nước cộng hòa XHCNVN", "Chủ tịch Quốc hội nước CHXHCNVN", "Tổng thống nước Cộng hòa Chile": the
    state right after a post or a body is the title's; a foreign name may follow it."""
    if t.after not in {"post", "org"}:
        return None
    e = state_name(line, t.k)
    return t.read(e, "place", NO_NAME, placed=True) if e > t.k else None


def name_after_country(line: Line, t: Tail) -> bool | None:
    """ "Hội đồng Liên bang Nga Nikolay Fedorov", "Cộng hòa Chile Michelle Bachelet Jeria", "Duma Quốc gia (Hạ viện)
    Nga Ivan Melnikov": a country inside a body's name (maybe after the body's other name in parentheses), then a
    foreign name of two words or more: the country ends the title, the name is its holder's."""
    c = _gloss_end(line, t.k) if t.after != "post" else t.k
    m = line.match(line.lex.countries, c) if c < line.n else 0
    if not m or c + m >= line.n:
        return None
    if t.after == "post" and superior_named(line, t.pos_start, c):  # "ông A, Chánh Văn phòng Tổng thống Ukraine B"
        t.k = c + m  # the holder is named in apposition: the name after the country is the superior's
        return False
    hit = foreign_after_place(line, c + m, "place")
    if hit is None or hit.start != c + m:  # "Thủ tướng Timor-Leste - ông X": a hyphened country is read whole
        hyphened = t.after == "post" and "-" in line.words[c : c + m]
        return t.read(c + m, "place", NO_NAME, placed=True) if hyphened else None
    if _address_title(line, c + m, _particles_end(line, hit.end)):  # "Qatar Sheikh Mohammed bin ...": the title
        hit = replace(hit, start=c + m + 1)  # of address is no part of the name ("Bangladesh Sheikh Hasina" keeps it)
    if hit.end - hit.start == 2 and not is_foreign_word(line.words[hit.end - 1]):
        return None  # "tổng thống Nga Putin Việc ...": a caption's name, then the next sentence's first word
    t.name, t.k = replace(hit, end=_particles_end(line, hit.end)), c + m
    return False


def _address_title(line: Line, k: int, e: int) -> bool:
    """The word at ``k`` is an Arab ruler's title of address before a genealogical name ending at ``e``, one with a
    particle ("Sheikh Mohammed bin Abdulrahman al-Thani"); never before a name without one, where it may be the
    family name ("Sheikh Hasina")."""
    if line.words[k] not in line.lex.grammar.address_titles or e - k < 3:
        return False
    return any(f in line.lex.grammar.name_particles for f in line.folds[k + 2 : e])


def _particles_end(line: Line, e: int) -> int:
    """Past a foreign name's particles, each with the capitalised words after it ("Sheikh Mohammed| bin Abdulrahman
    al-Thani", "Ali Sherif| al-Emadi"), else ``e``."""
    while e + 1 < line.n and line.folds[e] in line.lex.grammar.name_particles and line.words[e] == line.folds[e]:
        j = e + 1
        if line.words[j] == "-" and line.glued(j) and j + 1 < line.n and line.glued(j + 1):  # "al-Emadi"
            j += 1
        start = j
        while j < line.n and j - start < STATE_WORDS and is_name_word(line.words[j]):
            j += 1
        if j == start:
            break
        e = j
    return e


def _gloss_end(line: Line, k: int) -> int:
    """Past a body's other name in parentheses at ``k`` ("(Hạ viện)", "(Thượng viện)"): a capitalised word, then
    words of up to :data:`STATE_WORDS` in all, no digit; else ``k``."""
    if line.words[k] != "(" or k + 2 >= line.n or not is_title_case(line.words[k + 1]):
        return k
    for e in range(k + 2, min(line.n, k + 2 + STATE_WORDS)):
        if line.words[e] == ")":
            return e + 1
        if not line.words[e].isalpha():
            return k
    return k


def country_pair(line: Line, t: Tail) -> bool | None:
    """ "Hội hữu nghị Việt Nam - Lào", "Ủy ban liên hợp phân giới cắm mốc biên giới Việt Nam - Cămpuchia": a dash
    between two countries of one body's name goes on with the second country, never ends the title."""
    k, lex = t.k, line.lex
    if not (t.k > t.pos_end and k + 1 < line.n and line.words[k] in DASHES):
        return None
    vn = line.term_before(lex.grammar.home_countries, k) > 0
    if not (vn or any(line.match(lex.countries, s) == k - s for s in range(max(0, k - 3), k))):
        return None
    m = line.match(lex.countries, k + 1)
    if not m or line.match(lex.places, k + 1) > m:  # never "Việt Nam - Lào Cai"
        return None
    return t.read(k + 1 + m, "place", NO_NAME, placed=True)


def countries_apart(line: Line, t: Tail) -> bool | None:
    """ "các Bộ trưởng Ngoại giao Nga và Ukraina Sergei Lavrov và Dmitry Kuleba": a post many hold ("các", "những"),
    then two countries joined by "và": each country's post is one person's, so the first country ends the title; the
    first of two names joined by "và" after the second country holds it (each name its country's post, in order)."""
    k, lex = t.k, line.lex
    if line.folds[k] != "và" or k + 1 >= line.n or t.pos_start == 0:
        return None
    if line.folds[t.pos_start - 1] not in lex.grammar.plural_words:
        return None
    before = any(line.match(lex.countries, s) == k - s for s in range(max(t.pos_end, k - 3), k))
    m = line.match(lex.countries, k + 1)
    if not (before and m):
        return None
    hit = foreign_after_place(line, k + 1 + m, "place") if k + 1 + m < line.n else None
    if hit is not None and hit.start == k + 1 + m and hit.end < line.n and line.folds[hit.end] == "và":
        t.name = hit
    return False
