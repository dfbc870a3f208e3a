"""Where the name starts that is written right after a title ("Chủ tịch UBND huyện Bắc Hà Nguyễn Văn A").

A title's tail may run into a capitalised run that holds the end of the organisation, a place, a
country and then a name: :func:`split_name` finds where the name starts, :func:`foreign_after_place`
reads a foreign name after a country or an abbreviation.
"""

from __future__ import annotations

from dataclasses import replace

from ._people_line import (
    Line,
    NameHit,
    is_abbrev,
    is_foreign_word,
    is_name_word,
    is_title_case,
    is_vietnamese_syllable,
)
from ._people_names import MAX_NAME, foreign_name, is_full_name, read_prefix, run_end


def country_then_foreign(line: Line, k: int, j: int) -> bool:
    """[k, j) is one Vietnamese-spelled word, then 2-3 foreign words: a country and a name ("Mỹ James Comey")."""
    words = line.words
    if not 3 <= j - k <= 4 or not is_vietnamese_syllable(words[k]) or line.lex.is_surname(words[k]):
        return False
    if words[k] in line.lex.grammar.foreign_surnames:  # "Tổng thống Yoon Suk Yeol": a Korean name of three
        return False
    return all(is_foreign_word(w) for w in words[k + 1 : j])


def foreign_split(line: Line, k: int, j: int) -> int | None:
    """Where a foreign name starts in the run [k, j) after a post: at ``k`` for a Korean family name spelled like a
    syllable ("Tổng thống Yoon Suk Yeol"), after a one-word country ("Thủ tướng Đức Angela Merkel"), else None."""
    if line.words[k] in line.lex.grammar.foreign_surnames and 3 <= j - k <= 4:
        return k if all(is_foreign_word(w) for w in line.words[k + 1 : j]) else None
    return k + 1 if country_then_foreign(line, k, j) else None


def country_of_post(line: Line, k: int) -> int:
    """Size of a capitalised country right after a post that is also a form of address ("Thủ tướng Anh Theresa May"),
    before a capitalised name that opens with no Vietnamese family name ("Trưởng thôn Anh Nguyễn Văn Hùng" is one)."""
    m = line.match(line.lex.countries, k) if line.words[k][:1].isupper() else 0
    if not m or k + m >= line.n or not is_title_case(line.words[k + m]):
        return 0
    return 0 if line.lex.is_surname(line.words[k + m]) else m


def paired_name(line: Line, pos_start: int, pos_end: int, k: int, j: int) -> int | None:
    """Where a foreign name starts in the run [k, j) right after the bare post [pos_start, pos_end) when "và" joins
    that pair to another post and name: a list of posts and names, each its own ("Tổng thống Tony Tan Keng Yam và Thủ
    tướng Lý Hiển Long"), not the words of an organisation whose post would go to the last name. A country first is
    the post's ("Tổng thống Belarus Alexander Lukashenko"); a name of one word after it is none ("Tổng thống Mỹ Trump").

    >>> from ._people_lex import lexicon
    >>> paired_name(Line("Tổng thống Tony Tan Keng Yam và Thủ tướng Lý Hiển Long", lexicon()), 0, 2, 2, 6)
    2
    >>> paired_name(Line("Thủ tướng Lý Hiển Long và Tổng thống Belarus Alexander Lukashenko", lexicon()), 6, 8, 8, 11)
    9
    >>> paired_name(Line("Tổng thống Mỹ Trump và Tổng thống Nga Putin", lexicon()), 0, 2, 2, 4) is None
    True
    >>> paired_name(Line("Tổng thống Donald Trump và các bộ trưởng", lexicon()), 0, 2, 2, 4) is None
    True
    """
    start = k + line.match(line.lex.countries, k) if k == pos_end else j
    hit = foreign_name(line, start) if start < j else None
    if hit is None or hit.end != j or not any(is_foreign_word(w) for w in line.words[start:j]):
        return None
    if line.manages(pos_start, k):  # "Giám đốc Samsung Display và ...": a manager's post takes a firm
        return None
    joint = j + (j < line.n and line.words[j] == ",")  # "... Tổng thống Donald Trump, và Bộ trưởng Lục quân Mỹ ..."
    if joint + 1 < line.n and line.folds[joint] == "và" and _capital_post(line, joint + 1) > joint + 1:
        return start
    if pos_start < 2 or line.folds[pos_start - 1] != "và":
        return None
    c = pos_start - 1 - (line.words[pos_start - 2] == ",")  # "Tổng thống Emmanuel Macron, và Thủ tướng Olaf Scholz"
    return start if _pair_ends_at(line, c) else None


def _capital_post(line: Line, i: int) -> int:
    """Where a capitalised post starting at ``i`` ends ("Thủ tướng"), or -1 when none starts there."""
    size = line.match(line.lex.positions, i)
    return i + size if size and line.words[i][:1].isupper() else -1


def _pair_ends_at(line: Line, c: int) -> bool:
    """A capitalised post, then right after it a name (Vietnamese, or foreign as written) end at ``c``."""
    for s in range(max(1, c - MAX_NAME), c - 1):
        name = is_full_name(line, s, c) or ((hit := foreign_name(line, s)) is not None and hit.end == c)
        if name and any(_capital_post(line, p) == s for p in range(max(0, s - 4), s)):
            return True
    return False


def firm_then_foreign(line: Line, k: int) -> int:
    """End of a foreign name after a firm's one Latin word at ``k`` (right after an organisation's head) that closes
    an item of a list of guests ("Tập đoàn Shire Linda Seah, Phó Chủ tịch ...", "Tập đoàn GE Christian Bennett…");
    0 if none.

    >>> from ._people_lex import lexicon
    >>> firm_then_foreign(Line("Tập đoàn Cisco Goh Seow Hiong, Chủ tịch Tập đoàn GE", lexicon()), 2)
    6
    >>> firm_then_foreign(Line("Công ty Honda Motor Co cho biết", lexicon()), 2)
    0
    """
    words = line.words
    if not (is_foreign_word(words[k]) or words[k].isupper()) or k + 1 >= line.n:
        return 0
    hit = foreign_name(line, k + 1)
    if hit is None or not any(is_foreign_word(w) for w in words[k + 1 : hit.end]):
        return 0
    j = hit.end
    if j == line.n or words[j] in {"…", ".", ";"}:
        return j
    return j if words[j] == "," and j + 1 < line.n and line.match(line.lex.positions, j + 1) > 0 else 0


def foreign_after_place(line: Line, k: int, after: str) -> NameHit | None:
    """A foreign name that follows a country or an abbreviation closing a title ("Campuchia Heng Samrin").

    The name has a word spelled outside Vietnamese and is no Vietnamese name ("Y Biêr Niê" splits as one).
    """
    word = line.words[k]
    if not is_name_word(word):
        return None
    hit = foreign_name(line, k)
    if hit is None or not any(is_foreign_word(w) for w in line.words[hit.start : hit.end]):
        return None
    if country_then_foreign(line, hit.start, hit.end):  # "LB Mỹ James Comey"
        hit = replace(hit, start=hit.start + 1)
    if is_title_case(word) and split_name(line, k, run_end(line, k), after) is not None:
        return None
    return replace(hit, rule="people.title_before_name")


def foreign_after_body(line: Line, start: int, k: int, after: str) -> NameHit | None:
    """A foreign name that follows a body's Vietnamese name read from ``start``: right after its capitalised words
    (:func:`_foreign_after_words`), or closing the capitalised run at ``k`` after a closed body
    (:func:`_foreign_after_closed`)."""
    return _foreign_after_words(line, start, k, after) or _foreign_after_closed(line, start, k, after)


def _foreign_after_closed(line: Line, start: int, k: int, after: str) -> NameHit | None:
    """ "Tổng Thư ký Liên Hợp Quốc Antonio Guterres", "Chủ tịch Hội đồng châu Âu Antonio Costa", "Tổng Giám đốc Quỹ
    Tiền tệ Quốc tế (IMF) Kristalina Georgieva": a body closed (a known organisation, its last capitalised Vietnamese
    words, an abbreviation in parentheses), then 2-4 capitalised words opening with a foreign one that end the
    capitalised run: the holder's name, never more words of the body (a firm's foreign brand follows its head, its
    legal form or its small words: "Công ty Du lịch Topas Travel", "Công ty TNHH Samsung Electronics")."""
    words, lex = line.words, line.lex
    if after not in {"org", "word", "free", "abbr"} or k <= start or not is_title_case(words[k]):
        return None
    j, s = run_end(line, k), k
    while s < j and not is_foreign_word(words[s]) and is_vietnamese_syllable(words[s]):
        s += 1
    closed = words[s - 1] == ")" or (s > k and is_title_case(words[s - 1])) or _organisation_ends(line, start, s)
    if not 2 <= j - s <= 4 or not closed or any(len(w) < 2 for w in words[s:j]):  # never "David S. Cohen" cut
        return None
    if any(line.term_at(lex.grammar.firm_heads, i) for i in range(start, s)):
        return None
    if line.term_before(lex.grammar.firm_forms, s):
        return None
    if line.match(lex.countries, s) or line.term_before(lex.grammar.state_forms, s) or _local_place(line, s, j):
        return None
    hit = foreign_name(line, s)
    return replace(hit, rule="people.title_before_name") if hit is not None and hit.end == j else None


def _organisation_ends(line: Line, start: int, s: int) -> bool:
    """A known organisation's name ends right before ``s`` ("Liên hợp quốc"; never "... của Honda Motorcycle")."""
    return any(line.match(line.lex.organisations, i) == s - i for i in range(max(start, s - 6), s))


#: Letters of Vietnamese spelling never written in a European name: the words of a Vietnamese place ("Krông Búk"
#: spells as a foreign word, but "Đắk", "Lắk", "Pắc" are Vietnamese letters).
VIETNAMESE_LETTERS = frozenset("đơưăạảắằẳẵặậầẩẫấẻẽẹếềểễệỉịỏọốồổỗộớờởỡợủụứừửữựỳỷỹỵ")


def _local_place(line: Line, s: int, j: int) -> bool:
    """The capitalised words [s, j) name a Vietnamese place, no foreign holder: after a place word or a local
    committee ("huyện", "xã", "Huyện ủy", "Tỉnh ủy Đắk Lắk"), an abbreviated body ("UBND Ea Kar"), or spelled with
    Vietnamese letters."""
    lex, w = line.lex, line.words[s - 1]
    if line.folds[s - 1] == "ủy" or is_abbrev(w) or any(c in VIETNAMESE_LETTERS for c in line.text(s, j).casefold()):
        return True
    namers = (lex.closed_namers, lex.open_namers)
    return any(line.match(n, i) == s - i for n in namers for i in range(max(0, s - 3), s))


def _foreign_after_words(line: Line, start: int, k: int, after: str) -> NameHit | None:
    """A name all in foreign words right after a body's Vietnamese name, the body read from ``start`` ("Thư ký Hội
    đồng An ninh và Quốc phòng Quốc gia Rustem Umerov và ..."): the holder, never more words of the body (a firm's
    foreign name follows its head or small words: "tập đoàn Zenith Group"; a firm's or unit's head anywhere in the
    body: "Công ty Du lịch Topas Travel", "Trung tâm Ngoại ngữ Quốc tế Apollo English")."""
    words, lex = line.words, line.lex
    if after != "word" or k < 2 or not any(is_title_case(w) for w in words[k - 2 : k]):
        return None
    if any(line.term_at(lex.grammar.firm_heads, s) for s in range(start, k)):
        return None
    if not all(w.isalpha() and is_vietnamese_syllable(w) for w in words[k - 2 : k]):
        return None
    heads = (lex.org_heads, lex.organisations)  # "Công ty Zenith Group": a head, then the firm's own name
    if any(line.match(h, s) == k - s for h in heads for s in range(max(0, k - 4), k)):
        return None
    if line.term_before(lex.grammar.firm_forms, k) or line.match(lex.countries, k):  # "Công ty TNHH Samsung", "Iraq"
        return None
    if line.term_before(lex.grammar.state_forms, k):  # "Đại sứ Cộng hòa Mauritius Issop Patel": the state's name first
        return None
    hit = foreign_name(line, k)
    if hit is None or hit.end != run_end(line, k) or not all(is_foreign_word(w) for w in words[hit.start : hit.end]):
        return None
    return replace(hit, rule="people.title_before_name")


def superior_named(line: Line, pos_start: int, k: int) -> int | None:
    """After the post [pos_start, k) heading a superior's office, the words at ``k`` are a bare name: the superior's
    ("Chánh Văn phòng Tổng thống Volodymyr Zelensky"), never the title's words: 0, the title ends at ``k``. A country
    first makes the name the holder's ("Chánh Văn phòng Tổng thống Mỹ Susie Wiles"), unless the holder is named
    in apposition, before ("ông Andriy Yermak, Chánh Văn phòng Tổng thống Ukraine Volodymyr Zelensky") or after
    ("..., ông Andriy Yermak"): then the country's size, the title ends after it. None: the words are the title's."""
    lex = line.lex
    if line.term_at(lex.grammar.office_posts, pos_start) != k - pos_start or k + 1 >= line.n:
        return None
    country = line.match(lex.countries, k)
    n = k + country
    if n + 1 >= line.n or not all(w[:1].isupper() and w[1:].islower() for w in line.words[n : n + 2]):
        return None  # a name's two words at least
    if country:
        return country if _holder_in_apposition(line, pos_start, n) else None
    if line.match(lex.organisations, k):  # never "places": "Volodymyr" is a town
        return None
    return None if line.match(lex.org_heads, k) or line.match(lex.positions, k) else 0


def _holder_in_apposition(line: Line, pos_start: int, n: int) -> bool:
    """An honorific and a name end in a comma right before the post, or follow the name at ``n`` after a comma."""
    lex, words = line.lex, line.words
    if pos_start >= 3 and words[pos_start - 1] == ",":
        for h in range(max(0, pos_start - 7), pos_start - 2):
            size = line.match(lex.honorifics, h)
            name = words[h + size : pos_start - 1]  # "bà Susie Wiles": a foreign name too
            if size and name and all(is_name_word(w) for w in name):
                return True
    e = n
    while e < line.n and e - n < MAX_NAME and is_name_word(words[e]):
        e += 1
    return e + 2 < line.n and words[e] == "," and bool(line.match(lex.honorifics, e + 1))


def split_name(line: Line, i: int, j: int, after: str) -> int | None:
    """Where a name starts in the capitalised run [i, j) that follows a title's tail, if it does.

    After "huyện"/"xã"... the first syllables are the place ("huyện Bắc Hà Nguyễn Văn A"), most
    often two; elsewhere the name takes the whole run.
    """
    if i >= 2 and tuple(line.folds[i - 2 : i]) in line.lex.grammar.committees:  # "Bí thư Huyện ủy Hà Trung, ..."
        after = "open"  # a district's committee: its place is named first, like after "huyện"
    cands = [s for s in range(i, j) if is_full_name(line, s, j) and not line.match(line.lex.places, s)]
    cands = [] if _cuts_body(line, j) else [s for s in cands if not _cuts_body(line, s)]  # "Hội Sinh Viên Trường"
    if j - i == 3 and i + 1 in cands and line.words[i] in line.lex.grammar.prefixed_surnames:
        return i  # "Thành ủy Thành Từ Dũ": a family name read only after an honorific opens a name of three
    # "Trường Đại học Y Phạm Ngọc Thạch": a one-letter family name before another family name is a word
    cands = [s for s in cands if not (len(line.words[s]) == 1 and s + 1 in cands)]
    highlands = len(line.words[i]) > 2 and line.lex.spelled_freely(line.words[i])  # "... dân tộc Ksor Phước"
    if after == "free" and i in cands and (3 <= j - i <= 4 or highlands):  # "Tổng cục Thể dục thể thao Trần Đức Phấn"
        return i
    # "Trưởng ban Chỉ đạo phòng, chống dịch huyện Vàng Seo Dinh phát biểu": a full name after "huyện" is the holder
    whole = after == "open" and i > 0 and line.folds[i - 1] in {"huyện", "tỉnh"} and 3 <= j - i <= 4
    if whole and i in cands and (j >= line.n or not is_title_case(line.words[j])):
        return i
    if after in {"open", "free", "head"}:  # "Công ty CP than Hà Lầm": the run names the firm first
        # "H.Nam Trà My (Trần Duy Dũng)": a one-syllable place leaving a name of 2 or 5 syllables is the first of a
        # longer place; one leaving a full name of 3-4 is whole ("Thành ủy Huế Phan Ngọc Thọ", "huyện Kbang X")
        one = after == "open" and is_vietnamese_syllable(line.words[i]) and not 3 <= j - i - 1 < MAX_NAME
        cands = [s for s in cands if s > i + one]
        if is_foreign_word(line.words[i]) and i + 1 in cands:  # "Công ty Cổ phần Vinamilk Mai Kiều Liên": a brand
            return i + 1
        if i + 2 in cands:
            return i + 2
    return min(cands) if cands else None


def _cuts_body(line: Line, s: int) -> bool:
    """A word of a body's name ("sinh viên", "Đại học", people_org_words, organisations, countries) runs across
    ``s``: a name never starts or ends there ("Chủ tịch Hội Sinh Viên Trường Đại học Vinh" has no "Viên Trường Đại")."""
    lex, near = line.lex, range(max(0, s - 3), s)
    bodies = (lex.org_words, lex.organisations, lex.countries)  # "Tổng thống Đại Hàn Dân Quốc Lee Jae-myung"
    return any(line.match(terms, p) > s - p for terms in bodies for p in near)


def after_cued_name(line: Line, pos_start: int) -> bool:
    """The post at ``pos_start`` follows a name cued by a form of address, rank or degree and a comma, so it is
    that name's ("ông Nguyễn Thành Luân, Giám đốc Cty Luật Hà Việt": "Hà Việt" names the firm, no person)."""
    c = pos_start - 1
    if c < 3 or line.words[c] != ",":
        return False
    return any((j := read_prefix(line, s)[0]) > s and is_full_name(line, j, c) for s in range(max(0, c - 8), c - 2))


#: Marks after which a post goes on a chain of posts ("..., Giám đốc Công ty", "... - Giám đốc Công ty").
CHAIN_MARKS = frozenset({",", "-", "–"})


def in_held_firm(line: Line, pos_start: int, pos_end: int, k: int) -> bool:
    """The run at ``k`` follows a firm's legal form ("Công ty TNHH", "cổ phần") in a post that goes on a chain held
    by a name before it, so the run is the firm's own name ("..., Giám đốc Công ty TNHH Đầu tư Xây dựng An Viên An
    Lộc Phát"); a post after another's name ("Chủ tịch X Nguyễn A, Giám đốc Công ty CP Y Nguyễn B") may still
    name its holder after the firm."""
    c = pos_start - 1
    if c < 2 or line.words[c] not in CHAIN_MARKS:
        return False
    forms = line.lex.grammar.firm_forms
    if not any(tuple(line.folds[s : s + len(f)]) == f for s in range(pos_end, k) for f in forms):
        return False
    named = any(is_full_name(line, s, c) for s in range(max(0, c - 5), c - 1))
    return not named or after_cued_name(line, pos_start)


#: Most words between "phụ trách" and the "của"/"thuộc" that names whose post it is.
IN_CHARGE_WORDS = 14
#: Marks a post's field never runs over.
FIELD_ENDS = frozenset({".", "!", "?", ":", ";", '"', "“", "”"})


def in_charge_of(line: Line, k: int) -> int | None:
    """Where the organisation starts after a bare post's field ("Phó Chủ tịch phụ trách mảng phát triển phần mềm
    Windows của Microsoft", "Phó chủ tịch cao cấp, phụ trách bán hàng ... của Honda"), when "của"/"thuộc" and a
    capitalised name close it; else None.

    >>> from ._people_lex import lexicon
    >>> line = Line("Cục trưởng phụ trách các vấn đề châu Âu và quốc tế thuộc Bộ Văn hóa Pháp cho biết", lexicon())
    >>> line.words[in_charge_of(line, 2)]
    'Bộ'
    >>> in_charge_of(Line("Phó Chủ tịch phụ trách văn xã của tỉnh cho biết", lexicon()), 3) is None
    True
    """
    folds = line.folds
    if folds[k : k + 2] == ["cao", "cấp"]:
        k += 3 if k + 2 < line.n and folds[k + 2] == "," else 2
    if folds[k : k + 2] != ["phụ", "trách"]:
        return None
    for e in range(k + 2, min(line.n - 1, k + 2 + IN_CHARGE_WORDS)):
        if line.words[e] in FIELD_ENDS:
            return None
        if folds[e] in {"của", "thuộc"}:
            nxt = line.words[e + 1]
            return e + 1 if nxt[:1].isupper() else None
    return None


def posted_at(line: Line, k: int, pos_start: int, pos_end: int, after: str) -> tuple[int, str] | NameHit | None:
    """Where a diplomat's post goes on at ``k`` ("của Việt Nam", "tại Mỹ", "ở Lào") and what was read, or the name
    that follows the place ("Đại sứ Nga tại Mỹ Sergei Kislyak"); None when the post is no diplomat's.

    >>> from ._people_lex import lexicon
    >>> line = Line("Đại sứ Nga tại Mỹ Sergei Kislyak", lexicon())
    >>> posted_at(line, 3, 0, 2, "word").start, posted_at(line, 3, 0, 2, "post")
    (5, None)
    """
    if k + 1 >= line.n or not is_title_case(line.words[k + 1]):
        return None
    size = line.match(line.lex.posted_abroad, pos_start)
    embassy = any(line.match(line.lex.posted_abroad, i) for i in range(pos_end, k))  # "Bí thư thứ ba Đại sứ quán X"
    if not embassy and (not size or size < pos_end - pos_start - 2):  # "Trưởng phái đoàn thường trực" too
        return None
    country = max(line.match(line.lex.places, k + 1), line.match(line.lex.countries, k + 1))
    if line.folds[k] in {"của", "nước"} and country:  # "... thường trực của Việt Nam tại", "... nước Mông Cổ tại"
        return k + 1 + country, "place"
    if line.folds[k] not in {"tại", "ở"} or after == "post":
        return None
    hit = foreign_after_place(line, k + 1, "place")
    if hit and hit.start > k + 1:
        return hit
    if country > 1:  # a country or place of two words or more read whole: "tại Liên bang Nga"
        return k + 1 + country, "place"
    if m := line.match(line.lex.organisations, k + 1):  # "... tại Liên hợp quốc Nikki Haley": a name may follow
        return k + 1 + m, "place"
    return k + 1, "open"
