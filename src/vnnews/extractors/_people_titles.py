"""Titles: a post, then the tail that says where it is held.

A title is a post from positions.yaml ("Phó Bí thư"), then a tail of organisations, places, abbreviations, capitalised
words and the small words of organisation names (:mod:`._people_orgs`: "Tỉnh ủy", "Ủy ban MTTQ Việt Nam tỉnh", "Trưởng
phòng quản lý đô thị quận Đống Đa"). :func:`read_title` reads the tail word by word: at each word it tries the steps of
:data:`STEPS` in order, and the first that applies reads on or ends the title (before a name, a post, a verb).
"""

from __future__ import annotations

from collections.abc import Callable

from . import _people_title_cuts as cuts
from ._people_abroad import country_in_title, office_superior
from ._people_bodies import body_read_whole, dashed_body, larger_body, name_after_body, of_clause, opens_clause
from ._people_line import Line, NameHit, TitleHit, is_abbrev, is_foreign_word, is_title_case
from ._people_names import MAX_NAME, address_word, long_run_end, opens_sentence, read_prefix, row_number, run_end, said
from ._people_org_after import abroad, posted_abroad, steering_field
from ._people_orgs import (
    COMMA_ORGS,
    FREE_WORDS,
    adds_organisation,
    branch,
    closes_name,
    comma_place,
    designator,
    ends_in_place,
    free_run,
    free_word,
    glued_end,
    larger_place,
    meeting_clause,
    numbered_place,
    place_number,
)
from ._people_states import countries_apart, country_pair, name_after_country, state_of_post
from ._people_tail import AFTER_HEAD, AFTER_ORG, DASHES, IN_NAME, NO_NAME, NUMBERED, ORDINALS, TAIL_TRIM, Tail
from ._people_title_cuts import abbreviation_in_parens, and_field_next, enumeration, injected_word, letter_fragment
from ._people_title_fields import (
    abbreviation,
    dashed_field,
    edition_year,
    event_role,
    field_abbrev,
    firm_of_post,
    foreign_word,
    more_units,
    prevention_field,
    quoted_name,
    report_word,
    small_field,
)
from ._people_title_names import (
    firm_then_foreign,
    foreign_after_body,
    foreign_after_place,
    foreign_split,
    in_held_firm,
    paired_name,
    split_name,
    superior_named,
)
from ._people_title_units import (
    field_of_post,
    head_written_small,
    in_charge,
    place_written_small,
    task_list,
    task_of_body,
    term_of_office,
    unit_after_head,
    words_before_dash_name,
)

#: Most small words of an aide's field before "của" and the superior's post ("Thư ký báo chí của Tổng thống Nga").
AIDE_FIELD = 4
#: A step of the tail: True reads on (it moved ``tail.k``), False ends the title, None does not apply.
Step = Callable[[Line, Tail], "bool | None"]


def read_title(
    line: Line, start: int, pos_start: int, pos_end: int, *, former: bool = False, role: bool = False
) -> TitleHit:
    """Read the tail of a title from ``pos_end``; stop before a name, a new post or a verb."""
    tail = _opening(line, pos_start, pos_end)
    while tail.k < line.n:
        verdict = next((v for step in STEPS if (v := step(line, tail)) is not None), False)
        if not verdict:
            break
    end = tail.paren if tail.paren >= 0 and tail.k == tail.paren + 3 else tail.k  # a final "(MTTQ)" is left out
    end = tail.body if tail.body >= 0 and not tail.name and not body_read_whole(line, end) else end
    while end > tail.pos_end and line.folds[end - 1] in TAIL_TRIM:
        end -= 1
    return TitleHit(start, end, pos_start, tail.pos_end, former=former, name=tail.name, role=role)


def _opening(line: Line, pos_start: int, pos_end: int) -> Tail:
    """The tail before its first word: "Thường trực" joins the post; "Trưởng ban chỉ đạo" opens an organisation."""
    lex, folds = line.lex, line.folds
    if modifier := Tail.modifier(line, pos_end):  # "Phó Chủ tịch Thường trực", "Phó trưởng đoàn chuyên trách Đoàn"
        pos_end += modifier
    elif pos_end + 1 < line.n and line.words[pos_end] == "," and line.words[pos_end + 1].islower():
        # "Phó Trưởng Ban, phụ trách Ban Thi đua - Khen thưởng tỉnh": a bare post, a comma, the body it is held in
        pos_end += 1 + modifier if (modifier := Tail.modifier(line, pos_end + 1)) else 0
    if folds[pos_end : pos_end + 2] in ORDINALS:  # "Phó Chủ tịch thứ nhất Hội đồng ...": one post
        pos_end += 2
    tail = Tail(pos_start, pos_end, Tail.after_dot(line, pos_start, pos_end))  # "PCT. UBND xã"
    lead = folds[pos_end - 2] if pos_end - pos_start >= 2 else ""  # "Trưởng ban", "Phó ban": a unit's head or deputy
    leads = lex.grammar.head_leads  # "Trưởng ban", "Chủ nhiệm HTX": the post is the unit's head or deputy
    tail.headed = lead in leads and folds[pos_end - 1] in lex.head_words  # "Chủ nhiệm HTX"
    tail.headed = tail.headed or any(  # "Chủ nhiệm Hợp tác xã": a head of several words
        i > pos_start and line.match(lex.small_heads, i) == pos_end - i and folds[i - 1] in leads
        for i in (pos_end - 3, pos_end - 2)
    )
    org = line.match(lex.organisations, pos_end - 1)
    unit = lead in lex.grammar.unit_leads  # "Trưởng đoàn Đại biểu Quốc hội" too
    if (tail.headed or unit) and org > 1:  # "Trưởng ban chỉ đạo": the post's head opens an organisation
        free = AFTER_HEAD if line.match(lex.org_heads, pos_end - 1) == org else AFTER_ORG  # "Ban quản lý an toàn ..."
        tail.k, tail.after, tail.headed, tail.free = pos_end - 1 + org, "org", False, free
    org = line.match(lex.organisations, pos_end - 2) if pos_end - 2 > pos_start else 0
    if org > 2:  # "Phó Chánh Văn phòng Chủ tịch nước": the post ends with an organisation's first words
        tail.k, tail.after, tail.headed, tail.free = pos_end - 2 + org, "org", False, NO_NAME
    return tail


# ---- the steps, in the order they are tried ------------------------------------------------------


def _comma_then_organisation(line: Line, t: Tail) -> bool | None:
    """ "Hiệu trưởng, Trường THPT ...": a comma after the post, or in an organisation, adds where."""
    k = t.k
    comma = line.words[k] == "," and t.commas < COMMA_ORGS and (k == t.pos_end or (t.after != "post" and not t.placed))
    if comma and t.after != "post" and (body := larger_body(line, k + 1, t.pos_start)):
        t.commas, t.body = t.commas + 1, k  # "trưởng phòng đào tạo ĐH, trường ĐH Bách khoa Hà Nội": its larger body
        return t.read(k + 1 + body, "head", AFTER_HEAD)
    if comma and adds_organisation(line, k + 1) and not opens_clause(line, k + 1, t.pos_start) \
            and not meeting_clause(line, k + 1, t.pos_start):  # "..., Phó Bí thư Tỉnh ủy, Hội nghị ... đã thảo luận"
        t.k, t.commas, t.free = k + 1, t.commas + 1, NO_NAME
        return True
    if line.words[k] == "," and t.commas < COMMA_ORGS and comma_place(line, k + 1, t.placed, t.after):
        t.k, t.commas, t.free = k + 1, t.commas + 1, NO_NAME  # "... xã Bình Hòa Trung, huyện Mộc Hóa"
        return True
    return None


def _person_word(line: Line, t: Tail) -> bool | None:
    """A form of address, rank or degree ends the title, unless it opens a place ("tỉnh Bà Rịa - Vũng Tàu")."""
    lex, k = line.lex, t.k
    nxt = line.words[k + 1] if k + 1 < line.n else ""
    label = nxt == ":" or nxt[:1].islower()  # "... của Quốc hội PV: ...", never "Đoàn LS TP.HCM"
    cue = label and is_abbrev(line.words[k]) and line.match(lex.cues_before, k) > 0
    cue = cue and not (larger_place(line, k + 1) or numbered_place(line, k + 1))  # "CCB thôn Phú Thọ", "CCB thôn 3"
    if not (line.match(lex.honorifics, k) or line.match(lex.ranks, k) or line.match(lex.degrees, k) or cue):
        return None
    # "Thủ tướng Anh Theresa May": a country right after the post, never the form of address "anh"
    m = line.match(lex.places, k) or country_in_title(line, k, t.pos_end)
    return t.read(k + m, "place", NO_NAME, placed=True) if m else False


def _small_words(line: Line, t: Tail) -> bool | None:
    """Small words going on an organisation's name ("Xổ số kiến thiết Lào Cai"), after "và" in one closing later."""
    k = t.k
    lead = int(t.free == IN_NAME and line.folds[k] == "và" and k + 1 < line.n and free_word(line, k + 1))
    if not (t.free and (lead or free_word(line, k, closed=True))) or (t.after == "free" and ends_in_place(line, k)):
        return None  # "Trưởng ban Dân tộc tỉnh kiểm tra.": small words ended by "tỉnh" are whole, a verb follows
    if t.placed and t.after in {"word", "place"} and all(is_title_case(w) for w in line.words[k - 2 : k]):
        return None  # "Giám đốc Trung tâm Y tế huyện Bát Xát kiểm tra công tác ...": after the place, a verb
    e = free_run(line, k + lead, closed=True)
    closed = closes_name(line, e, marks=t.free != AFTER_ORG) or (t.free == IN_NAME and and_field_next(line, k, e))
    if k + lead < e and closed:
        return t.read(e, "free", IN_NAME, placed=ends_in_place(line, e))
    e = free_run(line, k)
    if t.free == AFTER_HEAD and k < e <= k + FREE_WORDS:
        return t.read(e, "free", IN_NAME, placed=ends_in_place(line, e))
    return None


def _organisation_head(line: Line, t: Tail) -> bool | None:
    """A bare head of an organisation ("Công ty", "Sở"): the rest of the name may be written small."""
    lex, k = line.lex, t.k
    head = line.match(lex.org_heads, k)
    if not head or head < max(line.match(lex.organisations, k), line.match(lex.tail_stops, k)):  # "khối lượng"
        return None
    return t.read(k + head, "head" if line.match(lex.open_namers, k) == head else "org", AFTER_HEAD)


def _organisation(line: Line, t: Tail) -> bool | None:
    """An organisation from the vocabulary ("Tỉnh ủy", "Hội LHPN")."""
    m = line.match(line.lex.organisations, t.k)
    if not m:
        return None
    # "Ban Quản lý di tích ...", "Sở Y tế tỉnh": one opening with a head may go on in small letters
    return t.read(t.k + m, "org", AFTER_ORG if line.match(line.lex.org_heads, t.k) else NO_NAME)


def _place(line: Line, t: Tail) -> bool | None:
    """A place that is never a person ("Hà Giang"): the organisation is whole."""
    m = line.match(line.lex.places, t.k)
    return t.read(t.k + m, "place", NO_NAME, placed=True) if m else None


def _new_post(line: Line, t: Tail) -> bool | None:
    """A new capitalised post or a role head ends the title; a small one ("đại biểu Quốc hội") is part of it."""
    lex, k = line.lex, t.k
    if k == t.pos_end and line.match(lex.org_heads, k - 1) > 1:  # "Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"
        return None  # the post's last word opens the body's head
    if (line.match(lex.positions, k) and line.words[k][:1].isupper()) or line.match(lex.role_heads, k):
        return office_superior(line, t)  # "Chủ nhiệm văn phòng Thủ tướng X": the office's superior goes on
    return None


def _place_word(line: Line, t: Tail) -> bool | None:
    """A place word ("huyện", "tỉnh"): the name after it goes on, a closed one keeps small words going."""
    m = line.match(line.lex.closed_namers, t.k)
    if m:
        return t.read(t.k + m, "closed", placed=True)
    m = line.match(line.lex.open_namers, t.k)
    if m and place_number(line, t.k + m):  # "UBND quận 1", "Q.10", "phường 3"
        return t.read(t.k + m + 1, "place", NO_NAME, placed=True)
    verb = line.words[t.k].islower() and line.match(line.lex.tail_stops, t.k) > m  # "giải trình": a verb, no prize
    if not m or verb or line.match(line.lex.org_words, t.k) > m:  # "Vận tải đường sắt": no street
        return None
    head = m == 1 and line.folds[t.k] in line.lex.head_words  # "trường mầm non Sen Vàng": a name may go on small
    return t.read(t.k + m, "open", AFTER_ORG if head else None, placed=True)


def _unit_number(line: Line, t: Tail) -> bool | None:
    """ "Ban Chỉ đạo 389 tỉnh", "Đội CSGT số 2", "Trưởng phòng 3": a unit named by a number."""
    m = designator(line, t.k) if t.after in NUMBERED or (t.headed and t.k == t.pos_end) else 0
    if m == 1 and row_number(line, t.k):  # "... Quốc hội 2 Huỳnh Thị Hoa Điệp Ủy viên": a table's next row
        return False
    return t.read(t.k + m, "word", NO_NAME) if m else None


def _of_organisation(line: Line, t: Tail) -> bool | None:
    """ "Chủ tịch ngành hóa chất của Tập đoàn Hyosung", "giám đốc điều hành của Yahoo": "của" and the organisation."""
    if found := of_clause(line, t.k, t.after):
        return t.read(found[0], found[1], NO_NAME) and found[1] != "end"
    if e := steering_field(line, t.k, t.pos_start):  # "Ban Chỉ đạo Nhà nước về Du lịch"
        return t.read(e, "word", NO_NAME)
    e = abroad(line, t.k)  # "... người Việt Nam tại Lào", "... Mỹ tại Thái Bình Dương": a foreign name may follow
    return t.read(e, "place", NO_NAME, placed=True) if e else None


def _of_superior(line: Line, t: Tail) -> bool | None:
    """ "Thư ký báo chí của Tổng thống Nga": an aide's post (a relation's word, people_cues.yaml), its field, "của" and
    the superior's post are one title, the aide's, when no name follows the superior's post (in "Thư ký của Chủ tịch
    UBND tỉnh Nguyễn Văn A" the name is the superior's: the title ends before "của")."""
    if t.k != t.pos_end or not line.match(line.lex.relations, t.pos_start):
        return None
    c = t.k
    while c < line.n and c - t.k < AIDE_FIELD and line.words[c].isalpha() and line.words[c].islower():
        if line.folds[c] == "của":
            break
        c += 1
    size = line.match(line.lex.positions, c + 1) if c + 1 < line.n and line.folds[c] == "của" else 0
    if not size or not line.words[c + 1][:1].isupper():
        return None
    superior = read_title(line, c + 1, c + 1, c + 1 + size)
    if superior.name is not None:
        return None
    t.k = superior.end
    return False


def _foreign_name_after_place(line: Line, t: Tail) -> bool | None:
    """ "Chủ tịch Quốc hội Campuchia Heng Samrin", "... điều hành WEF Philipp Roesler": the name ends the title."""
    hit = foreign_after_place(line, t.k, t.after) if t.after in {"place", "abbr"} else None
    hit = hit or foreign_after_body(line, t.pos_end, t.k, t.after)  # "... Quốc phòng Quốc gia Rustem Umerov"
    if hit:  # "Tổng thống Myanmar U Htin Kyaw": a Burmese form of address between is neither title nor name
        address = hit.start > t.k and address_word(line, hit.start - 1)
        t.name, t.k = hit, hit.start - address
        return False
    return None


def _capitalised(line: Line, t: Tail) -> bool | None:
    """A capitalised run: a name that ends the title, or a word of the organisation's name ("Sở Văn hóa")."""
    k = t.k
    if not is_title_case(line.words[k]):
        return None
    j = run_end(line, k)
    if j == k or opens_sentence(line, k):  # "..., Thanh tra Chính phủ Ngày 8/2"
        return False
    if k == t.pos_end and (country := superior_named(line, t.pos_start, k)) is not None:  # "... Tổng thống Zelensky"
        t.read(k + country, t.after)  # the title ends after the country, the name is the superior's
        return False
    short = j == k + 1 and not is_foreign_word(line.words[k])  # never "Chủ tịch Vinamilk cho biết"
    if t.after == "post" and short and said(line, j):  # "Thứ trưởng Biên cho hay": a short name, someone else's post
        t.name, t.k = NameHit(k, j, short=True, rule="people.short_name"), k
        return False
    split = None if in_held_firm(line, t.pos_start, t.pos_end, k) else split_name(line, k, j, t.after)
    if split is not None and j - k > MAX_NAME and (far := long_run_end(line, k, j)) > j:  # "... Vinamilk Mai Kiều Liên"
        split, j = (far_split, far) if (far_split := split_name(line, k, far, t.after)) is not None else (split, j)
    if split is None:  # "Thủ tướng Đức Angela Merkel": a one-word country, then a foreign name; "Yoon Suk Yeol"
        split = foreign_split(line, k, j)
    split = paired_name(line, t.pos_start, t.pos_end, k, j) if split is None else split  # "X và Thủ tướng Y"
    if split is None and t.after == "head" and (firm := firm_then_foreign(line, k)):
        split, j = k + 1, firm  # "Tập đoàn Shire Linda Seah, Phó Chủ tịch ...": a firm, then a guest's name
    split, j, own = name_after_body(line, t, k, j, split)  # "ông X, Giám đốc Cty Luật Hà Việt"
    if split is not None:
        rule = "people.title_before_name" if own else "people.name_after_title"  # "ông X, Giám đốc ..., Y dự"
        t.name, t.k = NameHit(split, j, confirmed=True, rule=rule), split
        return False
    # "Sở Văn hóa", "Tổng cục": a capitalised word's next syllable is written small
    if t.after in {"post", "org", "abbr", "word"} or (t.after in {"free", "head"} and j == k + 1):
        placed = any(line.match(line.lex.places, i) == j - i for i in range(k, j))  # "Liên đoàn Karate Nghệ An đọc"
        j = j if placed else glued_end(line, j)  # but "Công ty Hoàng Long xây nhà": a firm's name is whole, a place's
    # "Trưởng phòng Cảnh sát hình sự Công an tỉnh": a unit's name right after its head may go on small
    return t.read(j, "word", IN_NAME if t.free or (t.headed and k == t.pos_end) else NO_NAME)


def _organisation_word(line: Line, t: Tail) -> bool | None:
    """A small word of organisation names ("ủy", "ban", "đoàn")."""
    m = line.match(line.lex.org_words, t.k)
    if not m or line.folds[t.k] == "và" or line.match(line.lex.tail_stops, t.k) >= m:
        return None  # "thông tin", "kiểm tra" after a title are verbs, unless inside a closed name (_small_words)
    return t.read(t.k + m, "word", NO_NAME)


def _and_capitalised(line: Line, t: Tail) -> bool | None:
    """ "Sở Tài nguyên và Môi trường", "Phòng Tài chính - Kế hoạch": "và" or a hyphen inside a name, before
    a capitalised word that is no post, no person's word and no name."""
    k = t.k + 1
    if k >= line.n:
        return None
    if line.words[t.k] in DASHES and ((e := branch(line, k)) or (e := dashed_body(line, t, k))):
        return t.read(e, "word")  # "nguyên Giám đốc VNCB - chi nhánh Sài Gòn", "Trưởng phòng Thu - BHXH huyện"
    dash = line.words[t.k] in DASHES and t.after in {"word", "free"} and not t.placed
    dash = dash or dashed_field(line, t, k)  # "Sở Tài chính - Kế hoạch": a whole body's second field
    unit = dash and is_abbrev(line.words[k]) and line.match(line.lex.org_heads, k) > 0  # "... tổng hợp – BV Tai"
    field = line.match(line.lex.org_words, k)  # "Phòng CSGT đường sắt – đường bộ": a second field of the unit
    if dash and field and line.words[k].islower() and line.match(line.lex.tail_stops, k) < field:
        return t.read(k, "word")
    if dash and (e := small_field(line, t, k)):  # "Ủy ban Tài chính - ngân sách Quốc hội": a second field, small
        return t.read(e, "free", IN_NAME)
    if line.words[t.k] in DASHES and t.after == "abbr" and not t.placed and field_abbrev(line, k):
        # "Trung tâm GDNN – GDTX huyện Hưng Nguyên": a second field's abbreviation
        return t.read(k + 1, "abbr")
    if firm_of_post(line, t, k):
        return t.read(k, "word")
    if more_units(line, t, k):
        return t.read(k + 1, "word")  # "Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh"
    if not (is_title_case(line.words[k]) or unit) or (line.folds[t.k] != "và" and not dash):
        return None
    if dash and event_role(line, k):  # "Phó Hiệu trưởng Nhà trường - Chủ trì buổi lễ": his part in the event
        return None
    if line.term_at(line.lex.grammar.delegations, k):
        return None  # "Chủ tịch UBND tỉnh và Đoàn công tác của tỉnh đã đến thăm": those with him, no name's words
    if read_prefix(line, k)[0] > k or line.match(line.lex.foreign_honorifics, k) or opens_sentence(line, k):
        return None  # "... Đảng Công Minh - Ngài Natsuo Yamaguchi"
    if k + 1 < line.n and line.words[k + 1] == ":":  # "... Mohammed bin Salman - Ảnh: Reuters": a label
        return None
    if line.match(line.lex.positions, k) or split_name(line, k, run_end(line, k), "org") is not None:
        return None
    # "Cục Khảo thí và Kiểm định chất lượng", "Chi cục trưởng Thủy lợi và Biến đổi khí hậu TP Huế": the name goes on as
    # before "và", its small words too when something closes them (:func:`_small_words`)
    return t.read(k, "word", IN_NAME if line.folds[t.k] == "và" and t.after == "word" else None)


STEPS: tuple[Step, ...] = (
    report_word,
    in_charge,
    abbreviation_in_parens,
    quoted_name,
    enumeration,
    _comma_then_organisation,
    _person_word,
    state_of_post, country_pair, countries_apart,  # "Hội hữu nghị Việt Nam - Lào": two countries of one body
    prevention_field,
    task_list,
    task_of_body,  # before the small words: "Ban Chỉ đạo Trung ương | xóa nhà tạm, nhà dột nát" is one task
    cuts.verb_after_name,  # "... Quốc gia kiểm tra hiện trường": a verb only a mark closes ends the title
    _small_words,
    words_before_dash_name,
    unit_after_head,
    head_written_small,
    term_of_office,
    edition_year,
    field_of_post,
    _organisation_head,
    _organisation,
    _place,
    place_written_small,
    _new_post,
    _place_word,
    _unit_number,
    posted_abroad,
    _of_superior,
    _of_organisation,
    name_after_country,
    _foreign_name_after_place,
    letter_fragment,  # "Phó Chủ tịch Trung ương H Hiện toàn tỉnh": a letter left by a cut, then the next sentence
    injected_word,  # "Giám đốc Sở gowin99 Thể thao và Du lịch": a word injected into the name
    _capitalised,
    foreign_word,
    abbreviation,
    _organisation_word,
    _and_capitalised,
)
