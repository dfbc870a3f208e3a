"""The title grammar: from a post, read the tail that says where it is held.

A title is a post from positions.yaml ("Phó Bí thư"), then a tail of organisations, places,
abbreviations, capitalised words and the small words of organisation names ("Tỉnh ủy",
"Ủy ban MTTQ Việt Nam tỉnh", "Trưởng phòng quản lý đô thị quận Đống Đa"). :func:`read_title`
decides token by token whether the tail goes on or stops (before a name, a new post, a verb).
It is the largest and most tuned part of the extractor, so it has a module of its own; it
depends on :mod:`._people_names` only to know where a name written right after the title starts.
"""

from __future__ import annotations

import regex

from ._people_hits import NameHit, TitleHit
from ._people_lex import PeopleLexicon, Tok, is_abbrev, is_foreign_word, is_title_case, is_vietnamese_syllable
from ._people_names import foreign_name, is_full_name, opens_sentence, run_end

#: Most small words read in a row as part of an organisation name ("tư vấn thiết kế").
FREE_WORDS = 8
#: Where a title is in an organisation's name written in small letters: not in one; right after
#: its head ("Vụ giáo dục thể chất": the small words may end at any stop word); past a
#: capitalised part ("Xổ số kiến thiết Lào Cai": small words only when a name or mark follows).
NO_NAME, IN_NAME, AFTER_HEAD = 0, 1, 2
#: Organisations a comma may add to one title ("tổ trưởng sản xuất, Công trường ..., Công ty ...").
COMMA_ORGS = 2
#: Where in a title's tail a number may name the unit just read ("Ban Chỉ đạo 389", "tổ dân phố số 20").
NUMBERED = frozenset({"org", "head", "open", "word", "abbr", "free"})
#: Most digits of a number that names a unit (longer ones are years or counts).
MAX_UNIT_DIGITS = 3
#: A term of office after a post: "khóa XIV", "khóa 12" (a Roman numeral or a number).
TERM_NUMBER = regex.compile(r"^(?:[IVXL]+|\d{1,2})$")
#: Lower-case connectors never left at the end of a title ("Chủ tịch UBND tỉnh và").
TAIL_TRIM = frozenset({"và", "các", "-", "của"})


def read_title(toks: list[Tok], start: int, pos_start: int, pos_end: int, lex: PeopleLexicon) -> TitleHit:
    """Read the tail of a title from ``pos_end``; stop before a name, a new post or a verb."""
    k = pos_end
    if lex.org_words.match(toks, k) == 2 and toks[k].fold == "thường":  # "Phó Chủ tịch Thường trực"
        pos_end = k = k + 2
    after = "post"
    free = NO_NAME  # how an organisation head's name written in small letters may go on
    # "Trưởng ban", "Trưởng phòng": the head of a unit, whose name may follow in small letters
    headed = (
        pos_end - pos_start >= 2 and toks[pos_end - 2].fold == "trưởng" and toks[pos_end - 1].fold in lex.head_words
    )
    if headed and lex.organisations.match(toks, pos_end - 1) > 1:  # "Trưởng ban chỉ đạo": the post's head opens one
        k = pos_end - 1 + lex.organisations.match(toks, pos_end - 1)
        after, headed = "org", False
    commas = 0
    placed = False  # a place was read: the organisation is whole, a comma after it ends the title
    name: NameHit | None = None
    paren = -1  # where a parenthesised abbreviation was read ("Mặt trận Tổ quốc (MTTQ) Việt Nam")
    n = len(toks)
    while k < n:
        tok = toks[k]
        if after != "post" and abbrev_in_parens(toks, k):
            paren, k = k, k + 3
            continue
        comma = tok.text == "," and commas < COMMA_ORGS and (k == pos_end or (after != "post" and not placed))
        if comma and _adds_organisation(toks, k + 1, lex):  # "Hiệu trưởng, Trường THPT ...": the comma adds where
            k, commas, free = k + 1, commas + 1, NO_NAME
            continue
        if lex.honorifics.match(toks, k) or lex.ranks.match(toks, k) or lex.degrees.match(toks, k):
            m = lex.places.match(toks, k)  # "tỉnh Bà Rịa - Vũng Tàu" is a place, not "bà"
            if not m:
                break
            k, after, free, placed = k + m, "place", NO_NAME, True
            continue
        if free and _free_word(toks, k, lex):
            e = _free_run(toks, k, lex)
            if k < e <= k + FREE_WORDS and (free == AFTER_HEAD or _closes_name(toks, e, lex)):
                k, after, free = e, "free", IN_NAME
                continue
        if headed and k == pos_end and _free_word(toks, k, lex):  # "Trưởng ban chỉ đạo Tây Nguyên"
            e = _free_run(toks, k, lex)
            if k < e <= k + FREE_WORDS and _names_unit(toks, k, e, lex):
                k, after, free = e, "free", IN_NAME
                continue
        if k == pos_end and _small_head(toks, k, lex):  # "Cục trưởng cục Chống tham nhũng": the unit repeated small
            k, after, free = k + 1, "org", NO_NAME
            continue
        if _term_of_office(toks, k, lex):  # "đại biểu Quốc hội khóa XIV", "Ủy viên Trung ương Đảng khóa XII"
            k += lex.appoint_terms.match(toks, k) + 1
            continue
        field = _field_before_org(toks, k, lex) if k == pos_end and not headed else None
        if field:  # "chủ nhiệm hậu cần, kỹ thuật, Ban chỉ huy quân sự huyện": the post's field, then where
            k, after, free = field, "free", NO_NAME
            continue
        head = lex.org_heads.match(toks, k)
        m = lex.organisations.match(toks, k)
        if head and head >= m:  # a bare head: the rest of the name may be written small
            after = "head" if lex.open_namers.match(toks, k) == head else "org"
            k, free = k + head, AFTER_HEAD
            continue
        if m:
            k, after, free = k + m, "org", NO_NAME
            continue
        m = lex.places.match(toks, k)
        if m:
            k, after, free, placed = k + m, "place", NO_NAME, True
            continue
        if (lex.positions.match(toks, k) and tok.text[:1].isupper()) or lex.role_heads.match(toks, k):
            break  # a new post; a lower-case one ("đại biểu Quốc hội") is part of the organisation
        m = lex.closed_namers.match(toks, k)
        if m:
            k, after, placed = k + m, "closed", True  # a place word keeps a small-letter name going
            continue
        m = lex.open_namers.match(toks, k)
        if m:
            k, after, placed = k + m, "open", True
            continue
        m = _designator(toks, k, lex) if after in NUMBERED else 0
        if m:  # "Ban Chỉ đạo 389 tỉnh", "tổ dân phố số 20", "Đội CSGT số 2": a unit named by a number
            k, after, free = k + m, "word", NO_NAME
            continue
        if tok.fold == "của" and after in {"free", "word", "org"} and _adds_organisation(toks, k + 1, lex):
            k, after, free = k + 1, "post", NO_NAME  # "Chủ tịch ngành hóa chất của Tập đoàn Hyosung"
            continue
        if after in {"place", "abbr"} and (hit := _foreign_after_place(toks, k, after, lex)):
            name, k = hit, hit.start  # "Chủ tịch Quốc hội Campuchia Heng Samrin", "... điều hành WEF Philipp Roesler"
            break
        if is_title_case(tok.text):
            j = run_end(toks, k, lex)
            if j == k or opens_sentence(toks, k, lex):  # "..., Thanh tra Chính phủ Ngày 8/2"
                break
            split = _split(toks, k, j, after, lex)
            if split is None and _country_then_foreign(toks, k, j, lex):
                split = k + 1  # "Thủ tướng Đức Angela Merkel": a one-word country, then a foreign name
            if split is not None:
                name = NameHit(split, j, confirmed=True, rule="people.title_before_name")
                k = split
                break
            # "Sở Văn hóa", "Tổng cục": a capitalised word's next syllable is written small
            if after in {"post", "org", "abbr", "word"} or (after in {"free", "head"} and j == k + 1):
                j = _glued(toks, j, lex)  # but "Công ty Hoàng Long xây nhà": a firm's name is whole
            # "Trưởng phòng Cảnh sát hình sự Công an tỉnh": a unit's name right after its head may go on small
            k, after, free = j, "word", IN_NAME if free or (headed and k == pos_end) else NO_NAME
            continue
        if after in {"org", "head", "closed", "open"} and is_foreign_word(tok.text):  # "Tập đoàn Hyosung", "tỉnh Osaka"
            k, after = k + 1, "word"  # only right after the head: "Bộ trưởng Quốc phòng Mỹ James Mattis" is a name
            continue
        if is_abbrev(tok.text):
            k, after = k + 1, "abbr"
            if k + 1 < n and toks[k].text == "&" and is_abbrev(toks[k + 1].text):  # GD&ĐT
                k += 2
            continue
        m = lex.org_words.match(toks, k)
        if m and tok.fold != "và":
            k, after, free = k + m, "word", NO_NAME
            continue
        if tok.fold == "và" and k + 1 < n and is_title_case(toks[k + 1].text) and not (
            lex.positions.match(toks, k + 1) or _split(toks, k + 1, run_end(toks, k + 1, lex), "org", lex) is not None
        ):
            k, after, free = k + 1, "word", NO_NAME
            continue
        break
    end = paren if paren >= 0 and k == paren + 3 else k  # an abbreviation ending the title is not part of it
    while end > pos_end and toks[end - 1].fold in TAIL_TRIM:
        end -= 1
    return TitleHit(start, end, pos_start, pos_end, former=False, name=name)


def _field_before_org(toks: list[Tok], k: int, lex: PeopleLexicon) -> int | None:
    """End of the small words of a post's field ("hậu cần, kỹ thuật") when a comma and an institution follow."""
    e = k
    for _ in range(COMMA_ORGS):
        f = _free_run(toks, e, lex)
        if f == e or f >= len(toks) or toks[f].text != ",":
            return None
        if _adds_organisation(toks, f + 1, lex):
            return f
        e = f + 1
    return None


def _small_head(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """An organisation head written small before its capitalised name ("cục Chống tham nhũng", "vụ Pháp chế")."""
    tok = toks[k]
    if tok.text != tok.fold or tok.fold not in lex.head_words or k + 1 >= len(toks):
        return False
    if lex.organisations.match(toks, k):  # "sở Tài nguyên và Môi trường" is read whole as an organisation
        return False
    nxt = toks[k + 1].text
    return (is_title_case(nxt) or is_abbrev(nxt)) and not lex.positions.match(toks, k + 1)


def past_term(toks: list[Tok], k: int, lex: PeopleLexicon) -> int:
    """Past the terms of office written after a post ("2 nhiệm kỳ 2005-2011,", "khóa XIV"), else ``k``."""
    j = k + 1 if k < len(toks) and toks[k].text.isdigit() else k
    size = lex.appoint_terms.match(toks, j)
    if not size:
        return k
    j += size
    while j < len(toks) and (toks[j].text.isdigit() or toks[j].text == "-" or TERM_NUMBER.match(toks[j].text)):
        j += 1
    return j + 1 if j < len(toks) and toks[j].text == "," else j


def _term_of_office(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """A term of office at ``k``: "khóa" and a Roman numeral or small number, then no more word."""
    size = lex.appoint_terms.match(toks, k)
    if not size or k + size >= len(toks) or not TERM_NUMBER.match(toks[k + size].text):
        return False
    k += size - 1
    return k + 2 == len(toks) or not toks[k + 2].text[:1].isalnum() or toks[k + 2].text.islower()


def _country_then_foreign(toks: list[Tok], k: int, j: int, lex: PeopleLexicon) -> bool:
    """[k, j) is one Vietnamese-spelled word, then 2-3 foreign words: a country and a name ("Mỹ James Comey")."""
    if not 3 <= j - k <= 4 or not is_vietnamese_syllable(toks[k].text) or lex.is_surname(toks[k].text):
        return False
    return all(is_foreign_word(t.text) for t in toks[k + 1 : j])


def _foreign_after_place(toks: list[Tok], k: int, after: str, lex: PeopleLexicon) -> NameHit | None:
    """A foreign name that follows a country or an abbreviation closing a title ("Campuchia Heng Samrin").

    The name has a word spelled outside Vietnamese and is no Vietnamese name ("Y Biêr Niê" splits as one).
    """
    if not (is_title_case(toks[k].text) or is_foreign_word(toks[k].text)):
        return None
    hit = foreign_name(toks, k, lex)
    if hit is None or not any(is_foreign_word(t.text) for t in toks[hit.start : hit.end]):
        return None
    if _country_then_foreign(toks, hit.start, hit.end, lex):  # "LB Mỹ James Comey"
        hit.start += 1
    if is_title_case(toks[k].text) and _split(toks, k, run_end(toks, k, lex), after, lex) is not None:
        return None
    hit.rule = "people.title_before_name"
    return hit


def _designator(toks: list[Tok], k: int, lex: PeopleLexicon) -> int:
    """Tokens of the number that names a unit at ``k``: "số 20", "số 2A", or "389" before a mark or a name word.

    A bare number followed by a small word is a count, not a name ("Giám đốc Sở 2 năm").
    """
    if toks[k].fold == "số" and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit() and toks[k + 1].text.isalnum():
        return 2
    if not (toks[k].text.isdigit() and len(toks[k].text) <= MAX_UNIT_DIGITS):
        return 0
    if k + 1 == len(toks):
        return 1
    nxt = toks[k + 1]
    if nxt.text in {",", ";", ")", "(", ":"} or (nxt.text == "." and not _digit_at(toks, k + 2)):
        return 1
    if nxt.text.islower() and not (lex.org_words.match(toks, k + 1) or lex.closed_namers.match(toks, k + 1)):
        return 0
    return 1 if nxt.text[:1].isalpha() else 0


def _digit_at(toks: list[Tok], k: int) -> bool:
    return k < len(toks) and toks[k].text[:1].isdigit()


def abbrev_in_parens(toks: list[Tok], k: int) -> bool:
    """An organisation's abbreviation in parentheses at ``k``: "(MTTQ)", "(BĐATHHMN)"."""
    return k + 2 < len(toks) and toks[k].text == "(" and is_abbrev(toks[k + 1].text) and toks[k + 2].text == ")"


def _free_word(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """A small word or number that can go on an organisation name: not a verb, post or stop word."""
    word = toks[k].text
    if word.isdigit():
        return True
    if not (word.isalpha() and word.islower()):
        return False
    if lex.open_namers.match(toks, k) or lex.closed_namers.match(toks, k):  # "huyện Bắc Hà": the namer reads it
        nxt = k + (lex.open_namers.match(toks, k) or lex.closed_namers.match(toks, k))
        return not (nxt < len(toks) and (is_title_case(toks[nxt].text) or is_abbrev(toks[nxt].text)))
    return not (lex.tail_stops.match(toks, k) or lex.positions.match(toks, k))


def _free_run(toks: list[Tok], k: int, lex: PeopleLexicon) -> int:
    """End of the small words of a name from ``k``, joined by "và" ("tài nguyên và môi trường")."""
    e = k
    while e < len(toks) and e - k <= FREE_WORDS:
        if _verb_before_post(toks, e, lex):  # "Thứ trưởng Bộ Xây dựng làm Phó bí thư": a verb, not the name
            break
        if _free_word(toks, e, lex):
            e += lex.org_words.match(toks, e) or 1
        elif toks[e].fold == "và" and e > k and e + 1 < len(toks) and _free_word(toks, e + 1, lex):
            e += 1
        else:
            break
    return e


def _verb_before_post(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """An appointment verb at ``k`` right before a capitalised post ("làm Phó bí thư", "là Trưởng ban")."""
    size = lex.appoint_verbs.match(toks, k)
    nxt = k + size
    return bool(size) and nxt < len(toks) and toks[nxt].text[:1].isupper() and lex.positions.match(toks, nxt) > 0


def _closes_name(toks: list[Tok], e: int, lex: PeopleLexicon) -> bool:
    """What follows small words that end a name: a mark, a capitalised word, an abbreviation or the end."""
    if e >= len(toks):
        return True
    word = toks[e].text
    return not word[:1].isalnum() or is_title_case(word) or is_abbrev(word) or word.isdigit()


def _names_unit(toks: list[Tok], k: int, e: int, lex: PeopleLexicon) -> bool:
    """Small words [k, e) after "Trưởng phòng" name the unit when a capitalised parent or place follows.

    A place may follow behind its place word ("Trưởng phòng quản lý đô thị quận Đống Đa").
    A mark alone is not enough ("Trưởng ban đánh giá cao, ..." is a verb); a namer ending the words
    is ("Trưởng phòng kinh tế huyện,"). Never a new post ("... đặc biệt làm Trưởng đoàn") nor a
    person ("... tỉnh và bà Nguyễn Thị Như Ý").
    """
    for s in range(k, e):
        if lex.honorifics.match(toks, s) == e - s or lex.ranks.match(toks, s) == e - s:
            return False
    if e < len(toks) and (is_title_case(toks[e].text) or is_abbrev(toks[e].text)):
        return not lex.positions.match(toks, e)
    namer = lex.open_namers.match(toks, e) or lex.closed_namers.match(toks, e)
    if namer and e + namer < len(toks) and is_title_case(toks[e + namer].text):  # "... đô thị quận Đống Đa"
        return True
    return any(lex.open_namers.match(toks, s) == e - s for s in range(max(k, e - 3), e))


def _adds_organisation(toks: list[Tok], k: int, lex: PeopleLexicon) -> bool:
    """After a bare post and a comma, an institution follows (not a new post, a name or a person)."""
    if k >= len(toks) or not toks[k].text[:1].isupper():
        return False
    if lex.positions.match(toks, k) or lex.honorifics.match(toks, k) or lex.ranks.match(toks, k):
        return False
    return bool(lex.organisations.match(toks, k) or lex.org_heads.match(toks, k) or lex.open_namers.match(toks, k))


def _glued(toks: list[Tok], j: int, lex: PeopleLexicon) -> int:
    """Past the (up to two) small syllables that finish a capitalised word: "Sở Văn hóa", "Viện nghiên cứu"."""
    for step in range(2):
        if j >= len(toks) or not toks[j].text.isalpha() or toks[j].fold != toks[j].text:
            break
        if lex.tail_stops.match(toks, j) or (step and lex.org_words.match(toks, j)):
            break
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        if step and nxt.isalpha() and nxt.islower():  # "Ngân sách nêu ý kiến": a verb, not the word
            break
        if nxt[:1].isupper() and lex.positions.match(toks, j + 1):  # "Chính phủ Lào làm Trưởng đoàn": a verb
            break
        j += 1
    return j


def _split(toks: list[Tok], i: int, j: int, after: str, lex: PeopleLexicon) -> int | None:
    """Where a name starts in the capitalised run [i, j) that follows a title's tail, if it does.

    After "huyện"/"xã"... the first syllables are the place ("huyện Bắc Hà Nguyễn Văn A"), most
    often two; elsewhere the name takes the whole run.
    """
    cands = [s for s in range(i, j) if is_full_name(toks, s, j, lex) and not lex.places.match(toks, s)]
    # "Trường Đại học Y Phạm Ngọc Thạch": a one-letter family name before another family name is a word
    cands = [s for s in cands if not (len(toks[s].text) == 1 and s + 1 in cands)]
    if after == "free" and i in cands and 3 <= j - i <= 4:  # "Tổng cục Thể dục thể thao Trần Đức Phấn"
        return i
    if after in {"open", "free", "head"}:  # "Công ty CP than Hà Lầm": the run names the firm first
        cands = [s for s in cands if s > i]
        if i + 2 in cands:
            return i + 2
    return min(cands) if cands else None
