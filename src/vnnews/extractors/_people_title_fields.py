"""Steps of a title's tail (:mod:`._people_titles`): a foreign word in a name, a "phòng, chống" field, an event role."""

from __future__ import annotations

import unicodedata

import regex

from ._people_line import Line, is_abbrev, is_foreign_word, is_title_case, is_vietnamese_syllable
from ._people_names import SENTENCE_ENDS
from ._people_orgs import TERM_NUMBER, ends_in_place, free_run
from ._people_tail import DASHES, IN_NAME, NO_NAME, Tail

#: "phòng, chống" written with or without its comma, opening what a committee fights ("Ban phòng, chống dịch").
PREVENTION = (["phòng", ",", "chống"], ["phòng", "chống"])
#: Words before a disease's own name ("dịch Covid-19", "bệnh HIV/AIDS").
ILLNESS = frozenset({"dịch", "bệnh"})
#: A disease's name as written: a capital, then letters or digits ("Covid", "COVID", "H5N1", "HIV/AIDS").
DISEASE = regex.compile(r"^\p{Lu}[\p{L}\d/]*$")
#: The committees whose name such a field follows right away ("Ban Chỉ đạo phòng, chống", "Ban Chỉ huy Phòng, chống");
#: a bare "Trưởng ban"/"Tiểu ban" too, never a body after "ban" ("Trưởng ban Tuyên giáo Tỉnh ủy phòng chống ..." acts).
COMMITTEE = (["ban", "chỉ", "đạo"], ["ban", "chỉ", "huy"])
#: Quotes opening and closing a body's own name, straight or curly, mixed as written ("Câu lạc bộ "Vì ... yêu”").
OPEN_QUOTES, CLOSE_QUOTES = frozenset({'"', "“"}), frozenset({'"', "”"})
#: Most words of a quoted name, and the marks it never runs over.
QUOTED_WORDS, QUOTE_STOPS = 16, frozenset({".", "!", "?", ";", ":"})


#: A capital and the small letters after it: the syllables of a word glued together ("VĩnhThạnh").
CAPITALISED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")
#: An edition's year as written: four digits.
YEAR = regex.compile(r"^(19|20)\d\d$")
#: What a heading in capitals may hold besides its words ("KHÁM, CHỮA BỆNH"), and what ends it inside a line.
HEADING_MARKS = DASHES | {",", "&"}
HEADING_ENDS = SENTENCE_ENDS | {":"}


def edition_year(line: Line, t: Tail) -> bool | None:
    """ "Ban Chỉ đạo Kỳ thi THPT quốc gia năm 2017 tỉnh Yên Bái": an event's year inside a body's name, read on when
    the place the body serves follows (a place word and a capitalised name)."""
    k = t.k
    if t.after in {"word", "free", "place"} and (e := _edition_number(line, t.pos_end, k)):
        return t.read(e, "word", NO_NAME)  # "Trưởng Ban tổ chức Liên hoan phim Việt Nam lần thứ 24"
    if t.after not in {"word", "free"} or k + 3 >= line.n or line.folds[k] not in line.lex.grammar.editions:
        return None
    if not YEAR.match(line.words[k + 1]) or not _holds_event(line, t.pos_end, k):
        return None
    m = max(line.match(line.lex.closed_namers, k + 2), line.match(line.lex.open_namers, k + 2))
    if not m or k + 2 + m >= line.n or not is_title_case(line.words[k + 2 + m]):
        return None
    return t.read(k + 2, "word", NO_NAME)


def _edition_number(line: Line, start: int, k: int) -> int:
    """End of an event's edition by its number at ``k`` ("lần thứ 24", "lần thứ XII") when the body read from
    ``start`` holds an event with editions; else 0."""
    size = line.term_at(line.lex.grammar.edition_ordinals, k)
    e = k + size
    if not size or e >= line.n or not TERM_NUMBER.match(line.words[e]) or not _holds_event(line, start, k):
        return 0
    dated = e + 2 < line.n and line.words[e + 1] in DASHES and YEAR.match(line.words[e + 2])  # "lần thứ VI-2017"
    return e + 3 if dated else e + 1


def _holds_event(line: Line, start: int, end: int) -> bool:
    """The body read in [start, end) holds an event with editions ("Ban Chỉ đạo Kỳ thi THPT quốc gia"): only then is
    a year its edition's, not the date of what follows."""
    events = line.lex.grammar.edition_events
    starts = (i for i in range(start, end) if line.words[i][:1].isupper())
    return any(tuple(line.folds[i : i + len(e)]) in events for i in starts for e in events)


def report_word(line: Line, t: Tail) -> bool | None:
    """ "... Hội CCB Việt Nam Báo cáo Tổng kết": a capitalised report's word after the body ends the title (never
    "Báo cáo viên", "Kết luận 62"; "Báo Lào Cai" is a newspaper)."""
    k = t.k
    if k <= t.pos_end or not line.words[k][:1].isupper():
        return None
    for term in line.lex.grammar.reports:
        end = k + len(term)
        if end <= line.n and tuple(line.folds[k:end]) == term and all(w.islower() for w in line.words[k + 1 : end]):
            nxt = line.words[end] if end < line.n else ""
            return None if nxt == "viên" or nxt[:1].isdigit() else False
    return None


def foreign_word(line: Line, t: Tail) -> bool | None:
    """ "Tập đoàn Hyosung", "tỉnh Osaka": a foreign word right after a head (after more, it is a name)."""
    if ends_in_place(line, t.k) and _glued_syllables(line.words[t.k]):  # "xã VĩnhThạnh": a place, its space lost
        return t.read(t.k + 1, "place", NO_NAME, placed=True)
    if t.after in {"org", "head", "closed", "open"} and is_foreign_word(line.words[t.k]):
        return t.read(t.k + 1, "word")
    # one foreign word after the post is a firm ("Giám đốc Vietjet"), after an abbreviation ends it ("FPT Software")
    nxt = line.words[t.k + 1] if t.k + 1 < line.n else ""
    last = not (nxt[:1].isupper() or is_foreign_word(nxt))  # "Đại học Yuan Ze,": a name's last foreign syllable
    kinh = is_vietnamese_syllable(line.words[t.k - 1])  # never "Thế giới Saber Chowdhury": a foreign name
    firm = _firm_form_before(line, t.pos_end, t.k)  # "Công ty TNHH Dona Pacific Việt Nam": the firm's name goes on
    if t.after == "word" and t.free == IN_NAME and is_foreign_word(line.words[t.k]) and ((last and kinh) or firm):
        return t.read(t.k + 1, "word")
    if t.after == "abbr" and is_foreign_word(line.words[t.k]) and not (nxt[:1].isupper() or is_foreign_word(nxt)):
        return t.read(t.k + 1, "word")
    if t.after == "free" and is_foreign_word(line.words[t.k]) and last and _firm_form_before(line, t.pos_end, t.k):
        return t.read(t.k + 1, "word")  # "Công ty cổ phần thủy sản Cafatex ở tỉnh Hậu Giang": the firm's brand
    small = line.words[t.k].isalpha() and line.words[t.k].islower() and not is_vietnamese_syllable(line.words[t.k])
    if t.after in {"word", "place"} and small and not nxt[:1].isalnum() and _firm_form_before(line, t.pos_end, t.k):
        return t.read(t.k + 1, "word")  # "công ty CP Việt Xô gas:": a foreign word written small ends the firm
    alone = not (nxt[:1].isupper() or is_foreign_word(nxt)) or line.match(line.lex.places, t.k + 1) > 0
    manager = line.manages(t.pos_start, t.pos_end)  # "Thủ tướng Najib" is a name, "Giám đốc X" a firm
    if t.after == "post" and manager and is_foreign_word(line.words[t.k]) and alone:  # "Giám đốc Walmart Việt Nam"
        return t.read(t.k + 1, "word")
    return None


def _glued_syllables(word: str) -> bool:
    """Two or three capitalised Vietnamese syllables written with no space between ("VĩnhThạnh")."""
    parts = CAPITALISED.findall(word)
    return 2 <= len(parts) <= 3 and "".join(parts) == word and all(map(is_vietnamese_syllable, parts))


def _firm_form_before(line: Line, start: int, end: int) -> bool:
    """A firm's legal form ("cổ phần", "TNHH") among the words [start, end) of a title's tail."""
    return any(tuple(line.folds[i : i + len(f)]) == f for i in range(start, end) for f in line.lex.grammar.firm_forms)


def prevention_field(line: Line, t: Tail) -> bool | None:
    """ "Trưởng ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh", "Phó Trưởng ban phòng, chống thiên tai ...": what a
    committee fights is its name, the disease's name too; the place or body after it is read as usual."""
    k, folds = t.k, line.folds
    size = next((len(p) for p in PREVENTION if folds[k : k + len(p)] == p), 0)
    bare = k > t.pos_start and folds[k - 1] == "ban" and (k == t.pos_end or folds[k - 2] == "tiểu")
    if not size or not (bare or folds[k - 3 : k] in COMMITTEE):
        return None
    e = free_run(line, k + size)
    if e == k + size or folds[e - 1] in ILLNESS:  # "phòng, chống dịch Covid-19", "phòng, chống HIV/AIDS"
        e = _disease_end(line, e)
    if e == k + size:
        return None
    if e + 1 < line.n and folds[e] == "và" and is_abbrev(line.words[e + 1]):  # "Phòng, chống thiên tai và TKCN"
        return t.read(e + 2, "abbr")
    e = prevention_list(line, e)  # "phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh"
    nxt = line.words[e] if e < line.n else ""
    return t.read(e, "free", IN_NAME if is_title_case(nxt) else None)


def prevention_list(line: Line, e: int) -> int:
    """Past more targets of a "phòng, chống" body listed from the comma or "và" at ``e`` ("tham nhũng|, lãng phí, tiêu
    cực"), each one of people_grammar_words.yaml's prevention targets, else ``e`` (", mặc dù lũ ..." is no target).

    >>> from ._people_lex import lexicon
    >>> line = Line("chống tham nhũng, lãng phí, tiêu cực chủ trì", lexicon())
    >>> line.words[prevention_list(line, 3)]
    'chủ'
    """
    targets = line.lex.grammar.prevention_targets
    while e + 1 < line.n and (line.words[e] == "," or line.folds[e] == "và"):
        size = line.term_at(targets, e + 1)
        if not size:
            break
        e += 1 + size
    return e


def _disease_end(line: Line, e: int) -> int:
    """Past a disease's name at ``e`` ("Covid-19", "HIV/AIDS", "H5N1"): no Vietnamese syllable, place or body (never
    "... phòng chống dịch Nguyễn Văn A", a name)."""
    words = line.words
    if e >= line.n or not DISEASE.match(words[e]) or is_vietnamese_syllable(words[e]):
        return e
    if line.match(line.lex.places, e) or line.match(line.lex.organisations, e):
        return e
    glued = e + 2 < line.n and words[e + 1] == "-" and words[e + 2].isdigit() and line.glued(e + 1)
    return e + 3 if glued and line.glued(e + 2) else e + 1


def event_role(line: Line, k: int) -> bool:
    """A verb of the title's tail stops, capitalised after a dash and followed by a small word, is what the person
    does at the event ("- Chủ trì buổi lễ", "- Dẫn chương trình"); a field of bodies' names ("- Thông tin huyện")
    goes on."""
    m = line.match(line.lex.tail_stops, k)
    if not m or line.match(line.lex.org_words, k):
        return False
    return k + m >= line.n or not is_title_case(line.words[k + m])


def quoted_name(line: Line, t: Tail) -> bool | None:
    """A body's name in quotes right after its head belongs to the title ("Phó Chủ nhiệm Câu lạc bộ "Vì Hoàng Sa -
    Trường Sa thân yêu”", "Trưởng ban Ban vận động "Ngày vì người nghèo""): read to the closing quote."""
    k, words = t.k, line.words
    if t.after not in {"head", "org"} or words[k] not in OPEN_QUOTES or k + 2 >= line.n:
        return None
    if not is_title_case(words[k + 1]):
        return None
    for e in range(k + 2, min(line.n, k + 2 + QUOTED_WORDS)):
        if words[e] in QUOTE_STOPS or words[e] in OPEN_QUOTES - CLOSE_QUOTES:
            return None
        if words[e] in CLOSE_QUOTES:
            return t.read(e + 1, "closed", NO_NAME, placed=True)
    return None


def more_units(line: Line, t: Tail, k: int) -> bool:
    """ "và các" then more zones of a kind the board manages ("Khu kinh tế ... và các Khu công nghiệp"): one body."""
    if line.folds[t.k] != "và" or line.folds[k] not in line.lex.grammar.plural_words or k + 1 >= line.n:
        return False
    units = line.lex.grammar.managed_units
    named = any(tuple(line.folds[i : i + len(u)]) == u for u in units for i in range(t.pos_end, t.k))
    return (
        named and line.words[k + 1][:1].isupper() and any(tuple(line.folds[k + 1 : k + 1 + len(u)]) == u for u in units)
    )


def abbreviation(line: Line, t: Tail) -> bool | None:
    """An abbreviation ("UBND", "GD&ĐT"); a unit's fields abbreviated with a comma and "&" are one name ("Sở VH,
    TT&DL": culture, sport and tourism)."""
    k, words = t.k, line.words
    if not is_abbrev(words[k]):
        return None
    if not line.words[t.pos_start].isupper() and _heading(line, k):
        return False  # "Cục Quản lý Khám, chữa bệnh NÂNG CAO CHẤT LƯỢNG": the page's next heading (a title in capitals
        # reads on in capitals: "GIÁM ĐỐC BAN QLDA ĐẦU TƯ XÂY DỰNG ...")
    end = _ampersand(line, k + 1) or k + 1  # GD&ĐT
    if t.after in {"head", "org"} and end == k + 1 and end + 1 < line.n and words[end] == ",":
        end = _ampersand(line, end + 1) or end  # "Sở VH, TT&DL Quảng Nam"
    return t.read(end, "abbr")


def _heading(line: Line, k: int) -> bool:
    """Words in capitals at ``k`` that are Vietnamese syllables, two in a row, one with a mark ("NÂNG CAO"), running
    to the end of the line or of its sentence, after a word written small that is no place word: a heading written in
    capitals, never an abbreviation ("UBND", "TAND" are no syllables or carry no mark), nor a body's name written
    partly in capitals ("Công ty TNHH MỘT THÀNH VIÊN Xổ số ...", "Sở Y tế tỉnh LÀO CAI phát biểu")."""
    run = k
    while run < line.n and run - k < 2 and line.words[run].isupper() and is_vietnamese_syllable(line.words[run]):
        run += 1
    marked = any(unicodedata.normalize("NFD", w) != w for w in line.words[k:run])
    if run - k < 2 or not marked or k == 0 or not line.words[k - 1].islower() or _place_before(line, k):
        return False
    while run < line.n and (line.words[run].isupper() or line.words[run] in HEADING_MARKS):
        run += 1
    return run == line.n or line.words[run] in HEADING_ENDS


def _place_before(line: Line, k: int) -> bool:
    """A place word ("tỉnh", "thành phố") or a firm's legal form ("cổ phần") ends right before ``k``."""
    namers = (line.lex.closed_namers, line.lex.open_namers)
    if any(line.match(n, i) == k - i for n in namers for i in range(max(0, k - 3), k)):
        return True
    return line.term_before(line.lex.grammar.firm_forms, k) > 0


def _ampersand(line: Line, k: int) -> int:
    """End of "&" and an abbreviation at ``k``, or of an abbreviation, "&" and one ("TT&DL") when ``k`` follows a
    comma, else 0."""
    words = line.words
    if k + 1 < line.n and words[k] == "&" and is_abbrev(words[k + 1]):
        return k + 2
    if words[k - 1] != "," or k >= line.n or not is_abbrev(words[k]):
        return 0
    if "&" in words[k]:
        return k + 1
    return k + 3 if k + 2 < line.n and words[k + 1] == "&" and is_abbrev(words[k + 2]) else 0


def firm_of_post(line: Line, t: Tail, k: int) -> bool:
    """A bare post, a dash, then a firm named with its legal form ("Chủ tịch Hội đồng quản trị - Công ty Cổ phần BP
    Solar"): the firm the post is held in, never a new title."""
    if line.words[t.k] not in DASHES or t.after != "post" or t.k != t.pos_end:
        return False
    head = line.match(line.lex.org_heads, k)
    return head > 0 and line.term_at(line.lex.grammar.firm_forms, k + head) > 0


def dashed_field(line: Line, t: Tail, k: int) -> bool:
    """A dash after a whole organisation, then a capitalised field of bodies' names ("Sở Tài chính - Kế hoạch",
    "Sở Nội vụ - Lao động"): the body's second field, its name goes on (never a new body, a place or a post)."""
    lex = line.lex
    if line.words[t.k] not in DASHES or t.after != "org" or t.placed or not is_title_case(line.words[k]):
        return False
    if line.term_at(lex.grammar.member_roles, k):  # "- Đại biểu HĐND tỉnh", "- Thành viên Ban Chỉ đạo": a role
        return False
    field = line.match(lex.org_words, k)
    if not field or line.match(lex.org_heads, k) or line.match(lex.organisations, k) or line.match(lex.positions, k):
        return False
    return not (line.match(lex.open_namers, k) or line.match(lex.closed_namers, k) or line.match(lex.places, k))


def small_field(line: Line, t: Tail, k: int) -> int:
    """End of a second field written small after a dash inside a capitalised name, closed by the name's capitalised
    rest or an abbreviation ("Ủy ban Tài chính - ngân sách Quốc hội"), else 0; never a verb ("... - phát biểu") nor a
    person described ("Giám đốc Sở Du lịch - người con Sa Pa")."""
    if not line.words[k].islower() or not any(is_title_case(w) for w in line.words[t.pos_end : t.k]):
        return 0
    lex = line.lex
    if line.match(lex.honorifics, k) or line.match(lex.relations, k) or line.term_at(lex.grammar.person_nouns, k):
        return 0
    e = free_run(line, k, closed=True)
    if e == k or e >= line.n or not (is_title_case(line.words[e]) or is_abbrev(line.words[e])):
        return 0
    named = line.match(lex.organisations, e) or line.match(lex.places, e) or is_abbrev(line.words[e])
    return e if named and not line.match(lex.positions, e) else 0


def field_abbrev(line: Line, k: int) -> bool:
    """An abbreviated second field after a dash at ``k`` ("GDNN – GDTX"): an abbreviation no body, post, person's
    word or news agency stands for, then a place word or a mark."""
    lex, word = line.lex, line.words[k]
    if not is_abbrev(word) or line.match(lex.organisations, k) or line.match(lex.positions, k):
        return False
    if set(word.split("/")) <= lex.grammar.agency_credits:  # "– TTXVN/VNA": a photo's credit
        return False
    if line.match(lex.degrees, k) or line.match(lex.ranks, k) or line.match(lex.honorifics, k):
        return False
    nxt = k + 1
    return nxt >= line.n or not line.words[nxt][:1].isalnum() or bool(
        line.match(lex.open_namers, nxt) or line.match(lex.closed_namers, nxt)
    )
