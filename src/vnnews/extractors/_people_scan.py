"""One line read left to right into name and title hits, with no owners yet.

At each token the scanner tries, in order: a place that only looks like an honorific ("Bà Rịa"),
an honorific, rank or degree and the name after it, a post and its title (with the name written
right after it), a role head ("Lãnh đạo"), an organisation or place to skip, a foreign name with
a cue, and a family name with a cue. Kept apart from :mod:`._people_assign` so that what a line
says (hits) and who holds what (owners) can be read and tested one at a time.
"""

from __future__ import annotations

from ._people_hits import NameHit, TitleHit
from ._people_lex import PeopleLexicon, Tok
from ._people_names import after_namer, all_title_case, cued, foreign_cued, foreign_name, read_name, read_prefix, said
from ._people_titles import read_title


def scan(toks: list[Tok], lex: PeopleLexicon) -> tuple[list[NameHit], list[TitleHit]]:
    """Read one line's tokens into name and title hits, left to right."""
    names: list[NameHit] = []
    titles: list[TitleHit] = []
    i, n = 0, len(toks)
    while i < n:
        place = lex.places.match(toks, i)
        if place:  # "Bà Rịa - Vũng Tàu" opens with "bà" but is a place
            i += place
            continue
        j, honorific, rank, degree = read_prefix(toks, i, lex)
        if j > i:
            hit = read_name(toks, j, lex, prefixed=True)
            if (hit is None or hit.short) and lex.foreign_honorifics.match(toks, i) == j - i:
                hit = foreign_name(toks, j, lex) or hit  # "ông Choi Young Gyo"
            if hit:
                hit.honorific, hit.rank, hit.degree = honorific, rank, degree
                names.append(hit)
                i = hit.end
            else:
                i = j
            continue
        former = toks[i].fold == "nguyên" and lex.positions.match(toks, i + 1) > 0
        plen = lex.positions.match(toks, i + int(former))
        if plen:
            title = read_title(toks, i, i + int(former), i + int(former) + plen, lex)
            title.former = former
            titles.append(title)
            if title.name:
                names.append(title.name)
                i = title.name.end
            else:
                i = title.end
            continue
        rlen = lex.role_heads.match(toks, i)
        if rlen:
            title = read_title(toks, i, i, i + rlen, lex)
            title.role = True
            if title.end > i + rlen:
                titles.append(title)
            i = title.end if not title.name else title.name.start
            continue
        org = lex.organisations.match(toks, i)
        skip = lex.places.match(toks, i) or (0 if all_title_case(toks, i, i + org) else org)
        if skip:  # never read a name inside "Đoàn TNCS Hồ Chí Minh" or "Hà Giang"
            i += skip
            continue
        hit = foreign_cued(toks, i, lex)
        if hit:  # "kỳ thủ người Nga Vetokhin Savva", "Ivo Zell, nam sinh 18 tuổi"
            names.append(hit)
            i = hit.end
            continue
        if lex.is_surname(toks[i].text) and not after_namer(toks, i, lex):
            hit = read_name(toks, i, lex, prefixed=False)
            if hit and len(toks[i].text) == 1 and lex.places.match(toks, i + 1):
                hit = None  # "Đại học Y Hà Nội": a one-letter word before a place is no family name
            if hit and not hit.short:
                if cued(toks, hit, lex):  # "nạn nhân Vàng Thị Dở", "Thào Seo Hải (SN 2005)"
                    hit.confirmed, hit.rule = True, "people.cue_name"
                elif said(toks, hit.end, lex):  # "Hà Trang chia sẻ"
                    hit.confirmed, hit.rule = True, "people.speech_name"
                names.append(hit)
                i = hit.end
                continue
        i += 1
    return names, titles
