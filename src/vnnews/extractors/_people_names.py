"""Names: the words in front of a name, the name itself, and the cues that make it a person's.

A name is a run of 2 to 5 capitalised syllables opening with a known family name (or, after
"ông"/"bà", a foreign name as written). A name alone proves nothing: the words in front of it
(honorific, rank, degree: :func:`read_prefix`) or around it (a person's noun, an age, a birth
year, a verb of saying: :func:`cued`, :func:`said`) make it a person. A title's tail ends where a
name starts, so the title grammar reads names through :func:`run_end` and :func:`is_full_name`.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ._people_line import Line, NameHit, is_abbrev, is_foreign_word, is_title_case, is_vietnamese_syllable

MAX_NAME = 5
#: Most capitalised words of a nationality after "người" ("người Nga", "người Hàn Quốc").
MAX_NATIONALITY = 2
#: Most tokens read in the parentheses after a name for a description of the person.
PAREN_WORDS = 12
#: Words that mark a post held before ("nguyên Giám đốc", "cựu Giám đốc CIA").
FORMER = frozenset({"nguyên", "cựu"})
#: Dashes between a title and the name it introduces ("Giám đốc Sở Y tế - Nguyễn Văn A").
DASHES = frozenset({"-", "–", "—"})
#: Marks that end a sentence inside a line.
SENTENCE_ENDS = frozenset({".", "!", "?"})


def named_places(line: Line) -> set[str]:
    """Capitalised runs written after a place or institution word ("xã Đồng Tâm", not "ông xã"), case-folded."""
    found: set[str] = set()
    for i in range(line.n):
        if not is_title_case(line.words[i]) or line.match(line.lex.honorifics, max(0, i - 2)) == 2:
            continue
        if after_namer(line, i):
            found.add(line.text(i, run_end(line, i)).casefold())
    return found


def read_prefix(line: Line, i: int) -> tuple[int, str | None, str | None, str | None]:
    """Honorific, then ranks and degrees, in front of a name: (next index, honorific, rank, degree)."""
    lex = line.lex
    honorific = rank = degree = None
    j = i
    k = line.match(lex.honorifics, j)
    if k:
        honorific = line.text(j, j + k)
        j += k
    while True:
        k = line.match(lex.ranks, j)
        if k:
            rank = line.text(j, j + k)
            j += k
            continue
        k = line.match(lex.degrees, j)
        if k:
            degree = line.text(j, j + k)
            j += k
            continue
        break
    if honorific and j < line.n and line.words[j] == ":":  # "các đồng chí: ..."
        return j + 1, None, rank, degree
    return j, honorific, rank, degree


def run_end(line: Line, i: int) -> int:
    """End of the run of capitalised syllables from ``i`` that could be a name."""
    j = i
    while j < line.n and j - i <= MAX_NAME and is_title_case(line.words[j]):
        if j > i and (starts_term(line, j, long_any_case=True) or line.glued(j) or opens_sentence(line, j)):
            break
        if j > i and _laid_apart(line, j):
            break
        j += 1
    # "Kim Jong-un": a syllable glued to a hyphen is a foreign or compound word, not a name.
    hyphen = j > i and j + 1 < line.n and line.words[j] == "-" and not line.match(line.lex.positions, j + 1)
    if hyphen and line.glued(j) and line.starts[j + 1] - 1 == line.starts[j]:
        return i
    return j


def long_run_end(line: Line, i: int, j: int) -> int:
    """End of the capitalised run from ``i`` past :func:`run_end`'s length limit, up to twice as long: a body's name and
    a holder's name written in one run ("Công ty Cổ phần Sữa Việt Nam Vinamilk Mai Kiều Liên"); ``j`` is
    ``run_end(line, i)``, which the caller has read already."""
    while MAX_NAME < j - i < 2 * MAX_NAME and j < line.n:
        e = run_end(line, j - 1)  # from one word back, so that the word at j is tested as inside the run
        if e <= j:
            break
        j = e
    return j


#: Middle names after which a name always goes on ("Nguyễn Văn", "Hoàng Thị" are never whole names).
MIDDLE_NAMES = frozenset({"Văn", "Thị"})


def _laid_apart(line: Line, j: int) -> bool:
    """Two spaces or more before word ``j``: a lost line break ("Đặng Văn Tới  Tiền vệ: ..."), never inside a name."""
    return line.starts[j] - line.ends[j - 1] >= 2


def opens_sentence(line: Line, j: int) -> bool:
    """A word that opens the next sentence when a full stop was lost ("... Vương Đình Huệ Theo ...")."""
    word = line.words[j]
    if j > 0 and line.match(line.lex.places, j - 1) >= 2:  # "Huyện uỷ Đại Từ", "huyện Ba Vì": a place goes on
        return False
    if word in line.lex.name_stops:  # but "ông Nguyễn Thực Hiện – Phó Chủ tịch": a mark after it, a name's
        middle = j > 0 and line.words[j - 1] in MIDDLE_NAMES  # "Hoàng Thị Như Huy": after "Thị", a name's
        middle = middle or _after_prefixed_surname(line, j)  # "ông Thành Từ Dũ", never "Tâm Từ Hà Nội"
        verb = word in line.lex.name_stop_prepositions and line.term_at(line.lex.grammar.name_verbs, j + 1) > 0
        middle = middle or verb  # "ông Võ Đức Trong đã xác nhận": a verb never follows a clause's "Trong"
        return not middle and j + 1 < line.n and line.words[j + 1][:1].isalnum()
    return word in line.lex.name_stops_before_number and j + 1 < line.n and line.words[j + 1][:1].isdigit()


def _after_prefixed_surname(line: Line, j: int) -> bool:
    """Word ``j`` follows a family name read only after an honorific ("Thành") and comes before a capitalised syllable
    that ends the run and names no place: the name's second syllable ("ông Thành Từ Dũ"), no clause's first word."""
    if not (j > 0 and line.words[j - 1] in line.lex.grammar.prefixed_surnames and j + 1 < line.n):
        return False
    nxt = line.words[j + 1]
    closes = j + 2 >= line.n or not is_title_case(line.words[j + 2])
    return is_title_case(nxt) and closes and not line.match(line.lex.places, j + 1)


def starts_term(line: Line, j: int, *, long_any_case: bool = False) -> bool:
    """A post or organisation starts at word ``j`` and is not itself all capitalised ("Chủ tịch"); with
    ``long_any_case`` one of two words or more, however capitalised, counts too: no name goes on into it
    ("Lê Chiêm Trưởng Ban công tác ...", "Nguyễn Phú Trọng Ban Bí Thư ...")."""
    for terms in (line.lex.positions, line.lex.organisations):
        k = line.match(terms, j)
        if k and ((long_any_case and k >= 2) or not all_title_case(line, j, j + k)):
            return True
    return False


def all_title_case(line: Line, i: int, j: int) -> bool:
    """Every word of [i, j) is capitalised like a name ("Hà Giang", not "Tỉnh ủy")."""
    return all(is_title_case(w) for w in line.words[i:j])


def read_name(line: Line, i: int, *, prefixed: bool) -> NameHit | None:
    """A full name at ``i`` (2-5 syllables from a family name), or after an honorific a short one."""
    if starts_term(line, i):  # "Đồng chí Chủ tịch ...": a post, not a name
        return None
    if i + 1 < line.n and line.folds[i] in FORMER and starts_term(line, i + 1):  # "đồng chí: Nguyên Tổng Bí thư"
        return None
    j = run_end(line, i)
    size = j - i
    if size == 0 or line.match(line.lex.places, i) == size:
        return None
    if is_full_name(line, i, j):
        return NameHit(i, j, confirmed=prefixed, rule="people.honorific_name" if prefixed else "people.name")
    spelled = all(map(is_vietnamese_syllable, line.words[i:j]))
    named = line.words[i] in line.lex.grammar.prefixed_surnames and not line.match(line.lex.places, i + 1)
    if prefixed and size >= 3 and named and spelled:  # never "Anh Thành Hà Nội": a given name, then a place
        return NameHit(i, j, confirmed=True, rule="people.honorific_name")
    if prefixed and size <= 2:
        return NameHit(i, j, short=True, rule="people.short_name")
    return None


def is_full_name(line: Line, i: int, j: int) -> bool:
    """[i, j) is 2-5 syllables opening with a family name, spelled as a Vietnamese name."""
    if not (2 <= j - i <= MAX_NAME and line.lex.is_surname(line.words[i])) or _opens_delegation(line, i, j):
        return False
    return line.lex.spelled_freely(line.words[i]) or all(is_vietnamese_syllable(w) for w in line.words[i:j])


def _opens_delegation(line: Line, i: int, j: int) -> bool:
    """[i, j) opens a delegation's name that runs on in small words ("Đoàn Kiểm tra"): its words, never a name."""
    head = line.folds[i]
    for term in line.lex.grammar.delegations:
        end = i + len(term)
        if term[0] != head or not j < end <= line.n:
            continue  # is_full_name runs in loops: compare one word before slicing
        if tuple(line.folds[i:end]) == term and all(w.islower() for w in line.words[j:end]):
            return True
    return False


def foreign_name(line: Line, i: int) -> NameHit | None:
    """After "ông"/"bà", 2-4 capitalised words with a foreign one, or 3-4 of any: a name as written."""
    lex, words = line.lex, line.words
    j = i
    while j < line.n and j - i < 4 and (is_title_case(words[j]) or is_foreign_word(words[j])):
        if j > i and (line.glued(j) or opens_sentence(line, j)):
            break
        if line.match(lex.positions, j) or line.match(lex.organisations, j) or line.match(lex.places, j):
            break
        if j > i and line.match(lex.foreign_honorifics, j):  # "bà Marine Le Pen Bà Le Pen": the next one's "Bà"
            break
        j += 1
    if j < line.n and line.glued(j) and words[j] == "-":  # "Kim Jong-un"
        return None
    j += _last_foreign(line, i, j)
    foreign = any(is_foreign_word(w) for w in words[i:j])
    if j - i >= 3 or (j - i == 2 and foreign):
        return NameHit(i, j, confirmed=True, rule="people.foreign_name")
    return None


#: A family name written after its initial with a dot and no space ("Noel Eugene Eusebio M.Servigon").
INITIAL_SURNAME = regex.compile(r"^\p{Lu}\.\p{Lu}\p{Ll}+$")


def _last_foreign(line: Line, i: int, j: int) -> int:
    """One more word of the foreign name [i, j): a family name after its initial ("Noel Eugene Eusebio M.Servigon"),
    or a fifth word when all five are foreign ("Hany Mostafa Mohamed Mostafa Hassan"); else 0."""
    if not 2 <= j - i <= 4 or j >= line.n or line.glued(j) or opens_sentence(line, j):
        return 0
    if INITIAL_SURNAME.match(line.words[j]):
        return 1
    fifth = j - i == 4 and not line.match(line.lex.positions, j)
    return 1 if fifth and all(is_foreign_word(w) for w in line.words[i : j + 1]) else 0


def foreign_cued(line: Line, i: int) -> NameHit | None:
    """A foreign name as written, after a person's noun and nationality or before a person's description.

    "kỳ thủ người Nga Vetokhin Savva" (noun, "người", the nationality, then a foreign word) or a run
    with a foreign word followed by an age, birth year or description ("Ivo Zell, nam sinh 18 tuổi").
    """
    words = line.words
    size = line.match(line.lex.cues_before, i)
    if not size and not words[i][:1].isupper():
        return None
    if size and i + size < line.n and line.folds[i + size] == "người":
        j = i + size + 1
        while j - i - size <= MAX_NATIONALITY and j < line.n and is_title_case(words[j]):
            if is_foreign_word(words[j]):
                break
            j += 1
        if j > i + size + 1 and j < line.n and is_foreign_word(words[j]):
            return foreign_name(line, j)
        return None
    if not is_foreign_word(words[i]) or (i > 0 and (is_title_case(words[i - 1]) or is_foreign_word(words[i - 1]))):
        return None
    hit = foreign_name(line, i)
    if hit and hit.end - hit.start <= 3 and _described_after(line, hit.end):
        return replace(hit, rule="people.cue_foreign_name")
    return None


def cued(line: Line, hit: NameHit) -> bool:
    """A person's noun before the name ("nạn nhân", "HLV") or their birth year, age, home or
    description after it ("(SN 1982", "(U8 nữ)", ", học sinh lớp 12")."""
    i = hit.start - (hit.start > 0 and line.folds[hit.start - 1] == "là")  # "hai con liệt sĩ là Lương Đức Hiền"
    if any(i - size >= 0 and line.match(line.lex.cues_before, i - size) == size for size in (1, 2, 3, 4)):
        return True
    return _described_after(line, hit.end)


def said(line: Line, k: int) -> bool:
    """A verb of saying at ``k`` ("cho biết", "nói:"), not a phrase that opens with one ("nói chung")."""
    size = line.match(line.lex.speech, k)
    return size > 0 and line.match(line.lex.not_speech, k) < size


def _described_after(line: Line, k: int) -> bool:
    """Birth year, age, home or a person's description right after a name ending at ``k``."""
    lex, words = line.lex, line.words
    if k < line.n and words[k] == "(" and _described_in_parens(line, k):
        return True
    if k < line.n and words[k] in {"(", ",", "-"}:
        k += 1
    if line.match(lex.cues_after, k):
        return True
    size = line.match(lex.cues_after_with_number, k)
    if size and k + size < line.n and words[k + size].isdigit():  # "sinh 1991"
        return True
    return k + 1 < line.n and words[k].isdigit() and line.match(lex.cues_after_number, k + 1) > 0


def _described_in_parens(line: Line, k: int) -> bool:
    """The parentheses opening at ``k`` describe a person: "(U8 nữ)", "(lớp 11, ...)", "(tức Miu, SN 1994)"."""
    lex, words = line.lex, line.words
    for j in range(k + 1, min(line.n, k + 1 + PAREN_WORDS)):
        if words[j] in {")", "("}:
            return False
        if words[j] == line.folds[j] and line.match(lex.cues_in_parens, j):  # small letters: "nữ", never "(Hà Nam)"
            return True
        if line.match(lex.cues_after, j) and (j == k + 1 or words[j - 1] == ","):
            return True
        if words[j].isdigit() and line.match(lex.cues_after_number, j + 1):
            return True
    return False


def aside_before(line: Line, start: int) -> int:
    """Where parentheses that describe a person open ("(43 tuổi)", "(SN 1970)") when they close right before the comma
    or dash at ``start - 1`` ("Lê Trọng Bằng (43 tuổi) - Giám đốc ..."); -1 otherwise ("đại biểu X (Thanh Hóa), Bộ
    trưởng đã ...": a delegate's province, and the post opens the next clause)."""
    if start < 2 or (line.words[start - 1] != "," and line.words[start - 1] not in DASHES):
        return -1
    if line.words[start - 2] != ")" or (j := paren_before(line, start - 2, PAREN_WORDS)) < 0:
        return -1
    return j if _described_in_parens(line, j) else -1


def paren_before(line: Line, close: int, reach: int) -> int:
    """Where the parentheses that close at ``close`` open, at most ``reach`` words back (-1 if not within reach, or
    if a ")" or "." comes first)."""
    for j in range(close - 1, max(-1, close - 1 - reach), -1):
        if line.words[j] in {")", "."}:
            return -1
        if line.words[j] == "(":
            return j
    return -1


def after_namer(line: Line, i: int) -> bool:
    """The word before ``i`` ends a place or institution word ("huyện", "Trường THPT", "BV")."""
    lex = line.lex
    if 0 < i < line.n and line.glued(i) and line.words[i - 1][-1:].isalpha():
        return False  # "Công an tỉnhPhó Bí thư ...": a word split off the one before (Line), a lost space
    if i > 0 and is_abbrev(line.words[i - 1]) and line.match(lex.org_heads, i - 1) == 1:
        return True  # "BV Bạch Mai cho biết": an abbreviated institution before a name
    for k in range(max(0, i - 4), i):
        if line.match(lex.open_namers, k) == i - k or line.match(lex.closed_namers, k) == i - k:
            return True
    return False


def row_number(line: Line, k: int) -> bool:
    """A bare number at ``k`` opening a table's row flattened into text: a full name, then that person's post ("...
    Đảng ủy Quốc hội 2 Huỳnh Thị Hoa Điệp Ủy viên Ban Thường vụ"), so it ends the title before it."""
    if k < 0 or not (line.words[k].isdigit() and len(line.words[k]) <= 3):
        return False
    ends = range(k + 3, min(line.n, k + 2 + MAX_NAME))
    return any(line.match(line.lex.positions, e) and is_full_name(line, k + 1, e) for e in ends)


def without_address(line: Line, name: NameHit) -> NameHit:
    """A name past the titles of address written at its start ("Samdech Say Chhum", "Samdech Techo Hun Sen": Say
    Chhum, Hun Sen), the first kept as the honorific when none was written; whole when fewer than two words would be
    left."""
    s = name.start
    while s + 1 < name.end and address_word(line, s):
        s += 1
    if s == name.start or name.end - s < 2:
        return name
    return replace(name, start=s, honorific=name.honorific or line.words[name.start])


def address_word(line: Line, k: int) -> bool:
    """A title of address at ``k`` ("Samdech", Burmese "U", "Daw") before a name spelled foreign ("U Htin Kyaw"),
    never a Vietnamese syllable such a word could begin ("U Thị Lan", "Daw" never; peopleJ38 review)."""
    return line.words[k] in line.lex.grammar.address_words and k + 1 < line.n and line.words[k + 1].isascii()
