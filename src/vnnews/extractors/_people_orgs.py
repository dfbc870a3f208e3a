"""Organisation names inside a title's tail: where their small words, numbers and abbreviations go on.

Vietnamese writes many organisation names partly in small letters ("Sở Tài nguyên và môi trường",
"Trưởng phòng quản lý đô thị quận Đống Đa", "tổ dân phố số 20"). These tests tell the title
grammar (:mod:`._people_titles`) whether the words after a head still name the organisation or
already say something else (a verb, a new post, a count), and where terms of office end.
"""

from __future__ import annotations

import regex

from ._people_dated import dated_name as _dated_name
from ._people_line import Line, is_abbrev, is_foreign_word, is_title_case, is_typo
from ._people_names import read_prefix, run_end
from ._people_tail import clause_word
from ._people_title_names import split_name

#: Most small words read in a row as part of an organisation name ("tư vấn thiết kế").
FREE_WORDS = 8
#: Most small words of a name that something closes (a mark, a capitalised word): "dự báo nhu cầu nhân
#: lực và thông tin thị trường lao động TP HCM", "điều tra tội phạm về kinh tế và tham nhũng Công an ...".
CLOSED_WORDS = 14
#: Organisations a comma may add to one title ("tổ trưởng sản xuất, Công trường ..., Công ty ...").
COMMA_ORGS = 2
#: Most digits of a number that names a unit (longer ones are years or counts).
MAX_UNIT_DIGITS = 3
#: Most digits of a number that names a place after its place word ("quận 10", "phường 3", "Q.1").
MAX_PLACE_DIGITS = 2
#: Words after which a number counts time or times, not a place ("phường 3 năm nay", "xã 3 đợt").
COUNT_WORDS = frozenset({"năm", "tháng", "ngày", "tuần", "giờ", "lần", "tuổi", "đợt"})
#: A level ("thi tốt nghiệp THPT cấp tỉnh kiểm tra", people_org_words.yaml) ends a name's small words.
LEVEL = "cấp"
#: Most fields of an organisation's name listed with commas ("Văn hóa, Giáo dục, Thanh niên, ... và Nhi đồng").
ENUMERATED = 6
#: A police or army unit's code, letters then digits ("A84", "C46", "PC45").
UNIT_CODE = regex.compile(r"^\p{Lu}{1,3}\d{1,3}$")
#: A term of office after a post, or an event's edition: "khóa XIV", "khóa 12", "lần thứ 24" (a Roman numeral or a
#: number of up to three digits).
_ROMAN = r"[IVXL]+"
TERM_NUMBER = regex.compile(rf"^(?:{_ROMAN}|\d{{1,3}})$")
#: A further term listed after the first ("khóa X, XI, XII"): a Roman numeral only.
ROMAN_TERM = regex.compile(rf"^{_ROMAN}$")


def abbrev_in_parens(line: Line, k: int) -> bool:
    """An organisation's abbreviation in parentheses at ``k``: "(MTTQ)", "(BĐATHHMN)"."""
    words = line.words
    if not (k + 2 < line.n and words[k] == "(" and words[k + 2] == ")"):
        return False
    return is_abbrev(words[k + 1]) or UNIT_CODE.match(words[k + 1]) is not None  # "(A84)", "(PC45)": a police code


def adds_organisation(line: Line, k: int) -> bool:
    """After a bare post and a comma, an institution follows (not a new post, a name or a person)."""
    lex = line.lex
    if k >= line.n or not line.words[k][:1].isupper():
        return False
    if line.match(lex.positions, k) or line.match(lex.honorifics, k) or line.match(lex.ranks, k):
        return False
    m = line.match(lex.post_modifiers, k)
    if m and line.match(lex.org_heads, k + m) > line.match(lex.organisations, k) - m:  # "..., Thường trực Ban Bí thư"
        return False  # a post of its own
    return bool(line.match(lex.organisations, k) or line.match(lex.org_heads, k) or line.match(lex.open_namers, k))


def meeting_clause(line: Line, k: int, pos_start: int) -> bool:
    """A meeting named at ``k`` after a comma opens a clause of its own ("..., Phó Bí thư Tỉnh ủy, Hội nghị lần thứ 25
    ... đã thảo luận"), unless the post from ``pos_start`` is the meeting's own ("Phó Trưởng ban Tổ chức, Hội thảo
    khoa học ...", "Tổng Thư ký, Hội nghị Bộ trưởng Kinh tế ASEAN")."""
    g = line.lex.grammar
    if not line.term_at(g.meetings, k):
        return False
    return not any(line.term_at(g.meeting_posts, s) for s in range(pos_start, k))


def field_before_org(line: Line, k: int, pos_start: int) -> int | None:
    """End of the small words of a post's field ("hậu cần, kỹ thuật") when a comma and an institution follow."""
    e = k
    for _ in range(COMMA_ORGS):
        f = free_run(line, e)
        if f == e or f >= line.n or line.words[f] != ",":
            return None
        if adds_organisation(line, f + 1):
            return None if meeting_clause(line, f + 1, pos_start) else f
        e = f + 1
    return None


def small_head(line: Line, k: int) -> int:
    """Words of an organisation head written small before its capitalised name ("cục Chống tham nhũng",
    "vụ Pháp chế", "chi nhánh Vận tải đường sắt", "tạp chí Toán học"), or of two words before small ones, else 0."""
    lex, word = line.lex, line.words[k]
    size = line.match(lex.small_heads, k)
    if word != line.folds[k] or not size or k + size >= line.n:
        return 0
    if line.match(lex.organisations, k):  # "sở Tài nguyên và Môi trường" is read whole as an organisation
        return 0
    nxt = line.words[k + size]
    if size >= 2 and free_word(line, k + size):  # "cơ quan tình báo ..."
        return size
    if k + size < (e := free_run(line, k + size, closed=True)) and closes_name(line, e, marks=False):
        return size  # "giám đốc trung tâm điều hành ... Nội Bài", "hãng luật Hưng Yên": small words, then a name
    named = is_title_case(nxt) or is_abbrev(nxt) or is_foreign_word(nxt)  # "tập đoàn Zenith Group Hàn Quốc"
    return size if named and not line.match(lex.positions, k + size) else 0


def past_term(line: Line, k: int) -> int:
    """Past the terms of office written after a post ("2 nhiệm kỳ 2005-2011,", "khóa XIV"), else ``k``."""
    words = line.words
    j = k + 1 if k < line.n and words[k].isdigit() else k
    size = line.match(line.lex.appoint.terms, j)
    if not size:
        return k
    j += size
    while j < line.n and (words[j].isdigit() or words[j] == "-" or TERM_NUMBER.match(words[j])):
        j += 1
    return j + 1 if j < line.n and words[j] == "," else j


def place_number(line: Line, k: int) -> bool:
    """A number at ``k`` that names the place its place word opens ("quận 1", "P.3"), not a count ("2 năm")."""
    if k >= line.n or not (line.words[k].isdigit() and len(line.words[k]) <= MAX_PLACE_DIGITS):
        return False
    nxt = line.words[k + 1] if k + 1 < line.n else ""
    terms = nxt.islower() and line.term_at(line.lex.grammar.running_terms, k + 1) > 0  # "khóa liền": "khóa" small
    if nxt in COUNT_WORDS or terms:
        return False
    return not (nxt.isalpha() and nxt.islower() and line.match(line.lex.tail_stops, k + 1) == 0)


def designator(line: Line, k: int) -> int:
    """Words of the number that names a unit at ``k``: "số 20", "số 2A", or "389" before a mark or a name word.

    A bare number followed by a small word is a count, not a name ("Giám đốc Sở 2 năm"), unless the word is a
    verb that ends the title ("Trưởng phòng Thanh tra 1 làm Trưởng đoàn").
    """
    words = line.words
    if line.folds[k] == "số" and k + 1 < line.n and words[k + 1][:1].isdigit() and words[k + 1].isalnum():
        return 2
    if not (words[k].isdigit() and len(words[k]) <= MAX_UNIT_DIGITS) and _dated_name(line, k) != 1:  # "Công ty 3/2"
        return 0
    if k + 1 == line.n:
        return 1
    nxt = words[k + 1]
    if nxt in {",", ";", ")", "(", ":"} or (nxt == "." and not (k + 2 < line.n and words[k + 2][:1].isdigit())):
        return 1
    lex = line.lex
    verb = line.match(lex.appoint.verbs, k + 1) or line.match(lex.speech, k + 1)  # "Phòng Thanh tra 1 làm ..."
    verb = verb or clause_word(line, k + 1)  # "Tổng Công ty Xây dựng công trình giao thông 4 được bầu ..."
    if nxt.islower() and not (line.match(lex.org_words, k + 1) or line.match(lex.closed_namers, k + 1) or verb):
        return 0
    return 1 if nxt[:1].isalpha() else 0


def free_word(line: Line, k: int, *, closed: bool = False) -> bool:
    """A small word or number that can go on an organisation name: not a verb, post, person or stop word.

    In a run that something closes (``closed``), a word of organisation names at least as long as the
    stop word there wins ("dự báo", "điều hành", "tội phạm về", "bà mẹ").
    """
    lex, word = line.lex, line.words[k]
    if word.isdigit() or _dated_name(line, k) == 1:  # "Công ty 3/2"
        return True
    if not (word.isalpha() and word.islower()):
        return False
    if _namer_size(line, k):  # "huyện Bắc Hà": the namer reads it
        if line.match(lex.speech, k) > _namer_size(line, k):  # "Sở TN&MT giải trình" speaks; not "giải phóng ..."
            return False
        nxt = k + _namer_size(line, k)
        return not (nxt < line.n and (is_title_case(line.words[nxt]) or is_abbrev(line.words[nxt])))
    if line.match(lex.positions, k) or line.folds[k] == "và":  # "và" joins two words of a name (free_run)
        return False
    stop = max(line.match(lex.tail_stops, k), line.match(lex.honorifics, k))
    return not stop or (closed and line.match(lex.org_words, k) >= stop)


def _namer_size(line: Line, k: int) -> int:
    """Words of the place word at ``k`` ("huyện", "thành phố"), 0 if none or if a longer name word starts there."""
    size = line.match(line.lex.open_namers, k) or line.match(line.lex.closed_namers, k)
    return size if size >= line.match(line.lex.org_words, k) else 0


def _unit_place(line: Line, k: int) -> int:
    """Words of an administrative place word at ``k`` ("tỉnh", "thị xã"): a place word that names units too."""
    size = _namer_size(line, k)
    return size if size and line.match(line.lex.org_words, k) == size else 0


def free_run(line: Line, k: int, *, closed: bool = False) -> int:
    """End of the small words of a name from ``k``, joined by "và" ("tài nguyên và môi trường").

    A place word with no name after it ends the run ("... xã hội tỉnh tiết lộ": the name stops at "tỉnh").
    ``closed``: the run counts only if something closes it (:func:`closes_name`), see :func:`free_word`.
    """
    e = k
    while e < line.n and e - k <= CLOSED_WORDS:
        if _verb_before_post(line, e):  # "Thứ trưởng Bộ Xây dựng làm Phó bí thư": a verb, not the name
            break
        if free_word(line, e, closed=closed):
            size = line.match(line.lex.org_words, e) or _dated_name(line, e) or 1
            if _unit_place(line, e) >= size or (size > 1 and line.folds[e] == LEVEL):  # "... cấp tỉnh" ends it
                return e + max(size, _unit_place(line, e))
            e += size
        elif line.folds[e] == "và" and e > k and e + 1 < line.n and free_word(line, e + 1, closed=closed):
            e += 1
        else:
            break
    return e


def _verb_before_post(line: Line, k: int) -> bool:
    """An appointment verb at ``k`` right before a capitalised post ("làm Phó bí thư", "là Trưởng ban")."""
    size = line.match(line.lex.appoint.verbs, k)
    nxt = k + size
    return bool(size) and nxt < line.n and line.words[nxt][:1].isupper() and line.match(line.lex.positions, nxt) > 0


def ends_in_place(line: Line, e: int) -> bool:
    """The small words before ``e`` end with an administrative place word ("... xã hội tỉnh")."""
    return e > 0 and line.words[e - 1].islower() and _unit_place(line, e - 1) == 1


def closes_name(line: Line, e: int, *, marks: bool = True) -> bool:
    """What ends the small words of a name: a mark or the end (unless ``marks`` is False), a capitalised
    word, an abbreviation, a number or a place word; a run that ends with a place word is closed too."""
    if ends_in_place(line, e):
        return True
    if e >= line.n:
        return marks
    word = line.words[e]
    if not word[:1].isalnum():
        return marks
    return is_title_case(word) or is_abbrev(word) or word.isdigit() or _unit_place(line, e) > 0


def _numbered_unit(line: Line, k: int, e: int) -> bool:
    """Small words [k, e) end with a number that numbers the unit they name: nothing counted follows, only a mark, a
    verb or the end ("Trưởng khối thi đua 8 đã báo cáo", "... số 8,"; never "Trưởng ban tổ chức 3 ngày")."""
    if not (e - 1 > k and line.words[e - 1].isdigit()):
        return False
    return e >= line.n or not line.words[e].isalnum() or line.match(line.lex.tail_stops, e) > 0


def names_unit(line: Line, k: int, e: int) -> bool:
    """Small words [k, e) after "Trưởng phòng" name the unit when a capitalised parent or place follows.

    A place may follow behind its place word ("Trưởng phòng quản lý đô thị quận Đống Đa").
    A mark alone is not enough ("Trưởng ban đánh giá cao, ..." is a verb); a namer ending the words
    is ("Trưởng phòng kinh tế huyện,"). Never a new post ("... đặc biệt làm Trưởng đoàn") nor a
    person ("... tỉnh và bà Nguyễn Thị Như Ý").
    """
    lex = line.lex
    for s in range(k, e):
        if line.match(lex.honorifics, s) == e - s or line.match(lex.ranks, s) == e - s:
            return False
    if e < line.n and (is_title_case(line.words[e]) or is_abbrev(line.words[e])):
        return not line.match(lex.positions, e)
    if _numbered_unit(line, k, e):  # "Trưởng khối thi đua 8 đã báo cáo", "Trưởng khối thi đua số 8,"
        return True
    if e + 1 < line.n and line.words[e] == "(" and line.match(lex.org_heads, e + 1):  # "... sốt xuất huyết (Bệnh viện"
        return True
    namer = line.match(lex.open_namers, e) or line.match(lex.closed_namers, e)
    if namer and e + namer < line.n and is_title_case(line.words[e + namer]):  # "... đô thị quận Đống Đa"
        return True
    return any(line.match(lex.open_namers, s) == e - s for s in range(max(k, e - 3), e))


def glued_end(line: Line, j: int) -> int:
    """Past the (up to two) small syllables that finish a capitalised word: "Sở Văn hóa", "Viện nghiên cứu"."""
    lex, words = line.lex, line.words
    for step in range(2):
        if j >= line.n or not words[j].isalpha() or line.folds[j] != words[j] or is_typo(words[j]):
            break
        whole = line.match(lex.org_words, j - 1) > 1  # "Bộ Thông tin", "Bộ Ngoại giao": one word of names
        stop = line.match(lex.tail_stops, j) or line.match(lex.honorifics, j)  # "Cáp treo bà Nguyễn Thị Mai"
        if (stop and not whole) or (step and line.match(lex.org_words, j)):
            break
        nxt = words[j + 1] if j + 1 < line.n else ""
        if step and nxt.isalpha() and nxt.islower() and line.match(lex.tail_stops, j + 1) < 2:
            break  # "Ngân sách nêu ý kiến", "Tư pháp chuẩn bị": a verb; "Ngoại thần kinh cho biết": the word
        if nxt[:1].isupper() and line.match(lex.positions, j + 1):  # "Chính phủ Lào làm Trưởng đoàn": a verb
            break
        j += 1
    return j


def enumerated(line: Line, j: int) -> int | None:
    """ "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng", "Trung tâm Xúc tiến đầu tư, thương
    mại và du lịch Lâm Đồng": from the comma at ``j``, fields listed up to a "và" are one organisation's name.
    Where the name goes on, or None."""
    if line.words[j] != ",":
        return None
    if j > 0 and (line.folds[j - 1], line.folds[j + 1] if j + 1 < line.n else "") in line.lex.grammar.comma_pairs:
        return max(free_run(line, j + 2), j + 2)  # "Trung tâm Phòng, chống HIV/AIDS", "Cục Quản lý Khám, chữa bệnh"
    capitalised = any(is_title_case(w) for w in line.words[max(0, j - 2) : j])  # fields written alike
    if (e := _fields_to_abbrev(line, j)) is not None:
        return e
    for _ in range(ENUMERATED):
        e = _field_end(line, j + 1, capitalised)
        if e == j + 1:
            return None
        if line.folds[j] == "và":
            return e
        if e >= line.n or (line.words[e] != "," and line.folds[e] != "và"):
            return None
        j = e
    return None


def _fields_to_abbrev(line: Line, j: int) -> int | None:
    """ "Cục An ninh Tài chính, tiền tệ, đầu tư (A84)": small fields listed from the comma at ``j`` up to
    the organisation's abbreviation in parentheses are its name. Where the abbreviation opens, or None."""
    for _ in range(ENUMERATED):
        e = _field_end(line, j + 1, False)
        if e == j + 1 or e >= line.n:
            return None
        if abbrev_in_parens(line, e):
            return e
        if line.words[e] != ",":
            return None
        j = e
    return None


def _field_end(line: Line, k: int, capitalised: bool) -> int:
    """End of one field of an enumerated name at ``k``: 1-3 name words (the first capitalised as the fields
    before it), no post, person or award."""
    e = k
    if k >= line.n or is_title_case(line.words[k]) != capitalised or line.match(line.lex.awards, k):
        return k
    while e < line.n and e - k < 3 and line.folds[e] != "và":
        word = line.words[e]
        if is_title_case(word):
            if (
                line.match(line.lex.positions, e)
                or read_prefix(line, e)[0] > e
                or split_name(line, e, run_end(line, e), "word") is not None
            ):
                break
        elif not free_word(line, e):
            break
        e += 1
    return e


def branch(line: Line, k: int, small: bool = False) -> int:
    """End of "chi nhánh" and the branch's place at ``k``: its capitalised name ("chi nhánh Sài Gòn"), with ``small``
    also a place word written small with its name ("chi nhánh huyện Bắc Hà") or alone ("chi nhánh tỉnh"; not after
    a dash: "Agribank - chi nhánh tỉnh cho biết" ends at the firm); 0 if none there."""
    if line.folds[k : k + 2] != ["chi", "nhánh"] or k + 2 >= line.n:
        return 0
    j = k + 2
    if is_title_case(line.words[j]):
        return run_end(line, j)
    if not small:
        return 0
    if larger_place(line, j):
        return run_end(line, j + (line.match(line.lex.open_namers, j) or line.match(line.lex.closed_namers, j)))
    size = line.match(line.lex.closed_namers, j)
    return j + size if size and line.words[j].islower() else 0


def larger_place(line: Line, k: int) -> bool:
    """A place word in small letters and the place's name at ``k`` ("huyện Mộc Hóa", "tỉnh Hà Nam")."""
    size = line.match(line.lex.open_namers, k) or line.match(line.lex.closed_namers, k)
    return size > 0 and line.words[k].islower() and k + size < line.n and is_title_case(line.words[k + size])


def numbered_place(line: Line, k: int) -> bool:
    """A small place word and the number naming the place at ``k`` ("thôn 3", "tổ 5")."""
    size = line.match(line.lex.open_namers, k)
    return size > 0 and line.words[k].islower() and place_number(line, k + size)


def comma_place(line: Line, k: int, placed: bool, after: str) -> bool:
    """A place after a comma at ``k``: a larger one after a place ("xã Bình Hòa Trung, huyện Mộc Hóa"), or after a
    body naming none one closing the clause (", tỉnh Lào Cai." after "Sở Công Thương")."""
    if not larger_place(line, k) or not (placed or after == "org"):
        return False
    if placed:
        return True
    e = run_end(line, k + (line.match(line.lex.open_namers, k) or line.match(line.lex.closed_namers, k)))
    return e == line.n or line.words[e] in {".", ";"}


def unit_of_post(line: Line, pos_start: int, pos_end: int) -> str:
    """The unit a head's post names, folded: "vụ" for "Vụ trưởng", "đội" for "Phó Đội trưởng" ('' if none)."""
    folds = line.folds[pos_start:pos_end]
    at = folds.index("trưởng") if "trưởng" in folds else 0
    return folds[at - 1] if at else ""
