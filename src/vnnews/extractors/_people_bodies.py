"""The body a post belongs to, written after it: a larger body after a sub-unit, a firm after "của".

"trưởng phòng đào tạo ĐH, trường ĐH Bách khoa Hà Nội": the office is part of the university, so the
comma and the university written small go on the title. "giám đốc quản lý của Mercedes-Benz Vans Anh":
"của" and a foreign firm's name (its words, hyphens and the country of the branch) are where the post is.
"""

from __future__ import annotations

from ._people_line import Line, is_abbrev, is_foreign_word, is_title_case
from ._people_names import is_full_name, read_prefix, run_end
from ._people_orgs import adds_organisation, branch, free_run, larger_place
from ._people_tail import Tail
from ._people_title_names import after_cued_name

#: Most words of a foreign firm's name after "của" ("Mercedes - Benz Vans", "BMW Group Asia").
FIRM_WORDS = 6
#: Most small words of a post's field before "của" ("giám đốc kinh doanh của ...", "phó chủ tịch điều hành của ...").
FIELD_WORDS = 3
#: Most small words of a post's field before "tại" and a foreign firm ("Giám đốc giao dịch kim loại tại High Ridge").
FIRM_FIELD = 6
#: Most words of a larger body's name looked through for a predicate of its own ("ngân hàng Chính sách xã hội đã").
BODY_WORDS = 8
#: Earlier posts of the same person looked back over for the name that opens the sentence.
POSTS_BEFORE = 6
#: Most words of a cued name with its form of address and degrees ("Bác sĩ CKII Nguyễn Thị Hằng").
NAME_REACH = 9
#: Most words of an earlier post between two separators ("Phó Bí thư Đảng ủy xã Bản Lầu").
POST_REACH = 12
#: Marks between a name and its posts ("Ông X, Trưởng phòng ...", "Bà X - Phó trưởng khoa ...").
SEPARATORS = frozenset({",", "-", "–"})


def larger_body(line: Line, k: int, start: int) -> int:
    """After a post over a sub-unit from ``start`` ("trưởng phòng", "Khoa Kinh tế"), a larger body at ``k``
    in any case ("trường", "bệnh viện") with its capitalised name or abbreviation after it: the body's words, or 0.
    Never when the sub-unit already has its owner ("Trưởng ban Tuyên giáo Huyện ủy, trường Chính trị huyện")
    nor when the body's name opens a clause of its own ("Theo ông X, ..., sở Tài chính đã cấp đủ kinh phí"); when
    the person opens the sentence the predicate is theirs ("Ông X, Trưởng phòng Đào tạo, trường ĐH Y đã ký ...")."""
    lex = line.lex
    size = line.match(lex.bodies, k)
    if not size or k + size >= line.n or not _unit_unowned(line, start, k):
        return 0
    nxt = line.words[k + size]
    named = (is_title_case(nxt) or is_abbrev(nxt)) and not line.match(lex.positions, k + size)
    if not (named or larger_place(line, k + size)):  # "bệnh viện huyện Sa Pa"
        return 0
    return 0 if opens_clause(line, k + size, start) else size


def dashed_body(line: Line, t: Tail, k: int) -> int:
    """A post over a sub-unit with no owner yet ("Trưởng phòng Thu", "Phó Đội trưởng đội Cảnh sát hình sự về TTXH"),
    a dash, then the larger body the unit is part of ("- BHXH huyện Can Lộc", "- Sở Nội vụ", "- Công an huyện"):
    the body is where the post is held; ``k`` (the body's first word) if so, else 0. Never a post ("- Chủ tịch UBND
    huyện"), a field of the unit's own name ("Tài chính - Kế hoạch") nor a body opening a clause of its own."""
    if t.placed or t.after not in {"word", "abbr", "org", "head", "free"} or not _unit_unowned(line, t.pos_start, t.k):
        return 0
    if not adds_organisation(line, k) or line.match(line.lex.positions, k):
        return 0
    return 0 if opens_clause(line, k, t.pos_start) else k


def opens_clause(line: Line, k: int, pos_start: int) -> bool:
    """A body named at ``k`` after a post at ``pos_start`` and a comma is the subject of a clause of its own ("do X
    làm chủ nhiệm đề tài, Trung tâm Y là đơn vị chủ trì"), unless the person opens the sentence and the predicate
    is theirs ("Ông X, Giám đốc, Sở Y tế đã ..."). "là" opens it only in a frame that closed the person's clause
    (_framed); elsewhere it is the person's ("Báo cáo của ông X, Trưởng phòng, UBND huyện Y là cơ sở ...")."""
    act = _body_acts(line, k)
    if not act or _subject_before(line, pos_start):
        return False
    return act == "act" or _framed(line, pos_start)


def _framed(line: Line, pos_start: int) -> bool:
    """The post at ``pos_start`` follows a verb of the role ("do X làm chủ nhiệm đề tài, ..."), or its sentence opens
    by a source ("Theo ông X, Trưởng phòng Kinh tế, ...")."""
    lex = line.lex
    if pos_start > 0 and line.match(lex.role_verbs, pos_start - 1):
        return True
    s = pos_start
    while s > 0 and (line.words[s - 1][:1].isalnum() or line.words[s - 1] in SEPARATORS or line.words[s - 1] == "."):
        if line.words[s - 1] == "." and (s < 2 or line.match(lex.degrees, s - 2) < 2):
            break  # a full stop, not a degree's ("CN.", "TS.")
        s -= 1
    return bool(line.match(lex.report_frames, s))


def body_read_whole(line: Line, end: int) -> bool:
    """The larger body's name read up to ``end`` reaches the clause's end or its predicate ("..., trường ĐH Y cho
    biết"), not cut short before a number or a small word of its name ("công ty Xây dựng số | 1", "công ty Môi
    trường | đô thị"): a cut body is dropped, the post alone is the title."""
    if end >= line.n or not line.words[end][:1].isalnum():
        return True
    lex, word = line.lex, line.words[end]
    return word.islower() and bool(line.match(lex.body_acts, end) or line.match(lex.tail_stops, end))


def _unit_unowned(line: Line, start: int, k: int) -> bool:
    """A sub-unit in the title [start, k) with no organisation or place read after it ("Trưởng phòng Đào tạo",
    never "Chánh Văn phòng Tỉnh ủy", "Trưởng phòng Y tế huyện"). The unit's own name is no owner: an organisation
    right after the unit word when it is a department's own name ("phòng Thanh tra", never "Văn phòng Huyện ủy"), a
    namer inside a word written small ("phòng Quản lý thị trường", never "phòng Tài nguyên và Môi trường")."""
    lex = line.lex
    units = [i + size for i in range(start, k) if (size := line.match(lex.sub_units, i))]
    if not units:
        return False
    first = max(units)
    for j in range(first, k):
        own_name = j == first and line.match(lex.unit_names, j)
        if (line.match(lex.organisations, j) and not own_name) or line.match(lex.places, j):
            return False
        namer = line.match(lex.closed_namers, j) or (line.words[j].islower() and line.match(lex.open_namers, j))
        if namer and _owns(line, j, namer):
            return False
    return True


def _owns(line: Line, j: int, size: int) -> bool:
    """The namer [j, j + size) names an owner: a capitalised name, an abbreviation or a place follows it
    ("phòng Y tế huyện Bắc Hà"), or it is a word of its own ("Y tế huyện"), not the last syllable of a word the
    organisation words join ("thị trường", "môi trường")."""
    e = j + size
    if e < line.n and (is_title_case(line.words[e]) or is_abbrev(line.words[e]) or line.match(line.lex.places, e)):
        return True
    inside = (line.match(line.lex.org_words, s) > j - s and line.words[s].islower() for s in range(max(0, j - 2), j))
    return not any(inside)


def _subject_before(line: Line, pos_start: int) -> bool:
    """The post at ``pos_start`` follows a comma or a dash and a name that opens the sentence or clause, cued by a
    form of address and degrees or bare at its start ("Ông X, Trưởng phòng ...", "Bác sĩ CKII X - Trưởng khoa ...",
    "Lê Văn Tám, ...", never "Theo ông X, Trưởng phòng ..."), maybe with posts of their own between ("Ông X, Phó Bí
    thư Đảng ủy, Trưởng phòng ..."): the sentence's verb is that person's."""
    c = pos_start - 1
    for _ in range(POSTS_BEFORE):
        if c < 2 or line.words[c] not in SEPARATORS:
            return False
        if _opening_name(line, c):
            return True
        c = _post_before(line, c)
    return False


def _opening_name(line: Line, c: int) -> bool:
    """A name ends at ``c``, cued by a form of address (and degrees) after a mark, or bare at the sentence's start."""
    lex = line.lex
    for s in range(max(0, c - NAME_REACH), c - 1):
        if s > 0 and line.words[s - 1][:1].isalnum():
            continue
        j = max(read_prefix(line, s)[0], s + line.match(lex.degrees, s), s + line.match(lex.cues_before, s))
        j = read_prefix(line, j)[0] if j > s else j  # "Bác sĩ CKII Lê Thị Mai": degrees after the cue
        bare = j == s and (s == 0 or line.words[s - 1] not in SEPARATORS) and not line.match(lex.places, s)
        if (j > s or bare) and is_full_name(line, j, c):  # "Lê Văn Tám, Trưởng phòng ...", "Bác sĩ X, ..."
            return True
    return False


def _post_before(line: Line, c: int) -> int:
    """The comma or dash before a post that ends at the separator ``c`` ("..., Phó Bí thư Đảng ủy, ..."), else -1."""
    for b in range(c - 2, max(0, c - POST_REACH) - 1, -1):
        if line.words[b] in SEPARATORS:
            return b if line.match(line.lex.positions, b + 1) else -1
        if not line.words[b][:1].isalnum():
            return -1
    return -1


def _body_acts(line: Line, k: int) -> str:
    """The body's name from ``k`` is followed by a word that opens its own predicate ("đã", "hiện", "sẽ": "act"; "là":
    "copula") before any other stop word or mark: the body may be the subject of the next clause; "" if none."""
    for j in range(k, min(line.n, k + BODY_WORDS)):
        if not line.words[j][:1].isalnum():
            return ""
        if line.words[j].islower() and line.match(line.lex.body_acts, j):
            return "act"
        if line.words[j].islower() and line.match(line.lex.body_copulas, j):
            return "copula"
        if line.words[j].islower() and line.match(line.lex.tail_stops, j):
            return ""
    return ""


def name_after_body(line: Line, t: Tail, k: int, j: int, split: int | None) -> tuple[int | None, int, bool]:
    """Where a name starts in the capitalised run [k, j) after a title's tail (``split`` as read so far), where it
    ends, and whether the title is its own. A body's name closed by a place or a known organisation, then a full
    name, are two ("trường Đại học Y Dược Thái Bình Nguyễn Văn Bình"). After "ông X," a post whose tail took a
    comma ("ông X, Trưởng phòng Tổ chức, sở Tài chính Y") is X's, so the name after it is someone else's; after a
    body's head the run is the body's ("ông X, Giám đốc Cty Luật Hà Việt", "PGS.TS X, Hiệu trưởng Trường ĐH Y
    Phạm Ngọc Thạch")."""
    found = _closed_then_name(line, k, j)
    cued = (split is not None or found is not None) and after_cued_name(line, t.pos_start)
    if found:
        return found[0], found[1], not (cued and t.commas)
    if cued and t.after in {"org", "head", "abbr", "word"}:
        return None, j, False
    return split, j, not (cued and t.commas)


def _closed_then_name(line: Line, k: int, j: int) -> tuple[int, int] | None:
    """In the run from ``k``, a body's name that a place or a known organisation closes, then a full name of three
    syllables or more ("Điện lực Lào Cai Trần Văn Bình"): where the name starts and ends (the run may have been cut
    short at ``j``)."""
    lex = line.lex
    for p in range(k, min(j + 1, line.n)):
        e = run_end(line, p)
        if e - p < 3 or not is_full_name(line, p, e) or line.match(lex.places, p):
            continue
        committee = tuple(line.folds[max(0, p - 2) : p]) in lex.grammar.committees
        if e - p >= 5 and committee and is_full_name(line, p + 2, e):
            continue  # "Huyện ủy Châu Phú Nguyễn Duy Đức": a committee's place first, then the name (split_name)
        back = range(max(0, p - 6), p)
        if any(line.match(lex.places, s) == p - s or line.match(lex.organisations, s) == p - s for s in back):
            return p, e
    return None


def of_clause(line: Line, k: int, after: str) -> tuple[int, str] | None:
    """ "của" at ``k`` and whose the post is, or right after the post its field in small words, then "của" and
    an organisation ("giám đốc kinh doanh của Toyota Motor Việt Nam"). Where to read on and what was read."""
    if after == "post" and (firm := _foreign_firm_at(line, k)):
        return firm, "word"  # "Giám đốc giao dịch kim loại tại High Ridge Futures"
    e = free_run(line, k) if after in {"post", "word"} else k
    field = k < e <= k + FIELD_WORDS and e < line.n and line.folds[e] == "của"
    if field and (found := (after == "word" and _of_place(line, e + 1)) or of_organisation(line, e + 1, "word")):
        return found
    if field and after == "word":  # "Văn phòng Đăng ký đất đai của tỉnh": the name ends before "của", never inside
        return e, "end"
    return of_organisation(line, k + 1, after) if line.folds[k] == "của" else None


def _foreign_firm_at(line: Line, k: int) -> int:
    """End of a post's field in small words from ``k``, "tại" and a foreign firm's name of two words or more ("giao dịch
    kim loại tại High Ridge Futures", "nghiên cứu tại Capital Economics"): where the post is held; 0 if none (a
    place: "tại Hà Nội", "tại Mỹ"; one word: "tại Kitco"; a verb of saying: "cho biết tại ...")."""
    e = k
    while e < line.n and e - k < FIRM_FIELD and line.words[e].isalpha() and line.words[e].islower():
        if line.folds[e] == "tại" or line.match(line.lex.speech, e):
            break
        e += 1
    if not k < e < line.n - 2 or line.folds[e] != "tại" or not is_foreign_word(line.words[e + 1]):
        return 0
    if line.match(line.lex.countries, e + 1) or line.match(line.lex.places, e + 1):
        return 0
    end = _firm_end(line, e + 1)
    return end if end > e + 2 else 0  # its first word is foreign (tested above)


def _of_place(line: Line, k: int) -> tuple[int, str] | None:
    """ "Văn phòng Đăng ký đất đai của huyện Phú Quốc": a name's small words, "của" and a named place."""
    m = max(line.match(line.lex.closed_namers, k), line.match(line.lex.open_namers, k))
    return (k, "post") if m and k + m < line.n and is_title_case(line.words[k + m]) else None


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
    e += line.match(lex.countries, e) or line.match(lex.places, e)
    return branch(line, e, small=True) or e  # "Vietcombank chi nhánh tỉnh", "... chi nhánh huyện Bắc Hà"
