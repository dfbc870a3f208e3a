"""Steps of a title's tail (:mod:`._people_titles`) right after the post: its unit written small ("Cục trưởng cục
Chống tham nhũng", "Trưởng ban chỉ đạo Tây Nguyên"), its field ("chủ nhiệm hậu cần, kỹ thuật, Ban chỉ huy ..."), a
term of office ("khóa XIV"). Split from :mod:`._people_titles` by size."""

from __future__ import annotations

from ._people_line import Line, is_abbrev
from ._people_lists import PAST_JOINS
from ._people_names import is_full_name, run_end
from ._people_orgs import (
    FREE_WORDS,
    ROMAN_TERM,
    TERM_NUMBER,
    ends_in_place,
    field_before_org,
    free_run,
    free_word,
    names_unit,
    small_head,
    unit_of_post,
)
from ._people_tail import AFTER_HEAD, AFTER_ORG, DASHES, IN_NAME, NO_NAME, Tail
from ._people_title_names import in_charge_of

#: What joins the further terms listed ("khóa X, XI", "khóa XI và XII"): the joins past a list's items, no ';'.
TERM_JOINS = PAST_JOINS - {";"}


def words_before_dash_name(line: Line, t: Tail) -> bool | None:
    """ "Trưởng ban Tổ chức hội thi - Lê Văn Hùng": small words right after the post or its organisation,
    then a dash and the holder's name, are the post's unit."""
    if not (t.k == t.pos_end or t.free == AFTER_ORG) or not free_word(line, t.k):
        return None
    e = free_run(line, t.k)
    if not (t.k < e <= t.k + FREE_WORDS and e + 1 < line.n and line.words[e] in DASHES):
        return None
    return t.read(e, "free", NO_NAME) if is_full_name(line, e + 1, run_end(line, e + 1)) else None


def unit_after_head(line: Line, t: Tail) -> bool | None:
    """ "Trưởng ban chỉ đạo Tây Nguyên": small words right after a unit's head name the unit."""
    if not (t.headed and t.k == t.pos_end and free_word(line, t.k, closed=True)):
        return None
    e = free_run(line, t.k, closed=True)  # "Trưởng Ban điều hành Ngôi nhà trí tuệ": a stop word of names, then a name
    if t.k < e <= t.k + FREE_WORDS and names_unit(line, t.k, e):
        return t.read(e, "free", IN_NAME)
    return None


def head_written_small(line: Line, t: Tail) -> bool | None:
    """ "Cục trưởng cục Chống tham nhũng", "Vụ trưởng vụ thể thao ...": the unit of the post repeated small."""
    if t.k != t.pos_end:
        return None
    if size := small_head(line, t.k):
        return t.read(t.k + size, "org", AFTER_HEAD if line.words[t.k + size].islower() else NO_NAME)
    small = line.words[t.k] == line.folds[t.k]
    unit = unit_of_post(line, t.pos_start, t.pos_end)
    if small and line.folds[t.k] == unit and unit in line.lex.head_words:
        return t.read(t.k + 1, "head", AFTER_HEAD)  # its name may go on in small letters
    return None


def term_of_office(line: Line, t: Tail) -> bool | None:
    """ "đại biểu Quốc hội khóa XIV": "khóa" and a Roman numeral or small number, then no more word; a period the post
    is held for ("Chủ tịch Hội Luật gia tỉnh nhiệm kỳ V") ends the title."""
    k, words = t.k, line.words
    size = line.match(line.lex.appoint.terms, k)
    if not size or k + size >= line.n or not TERM_NUMBER.match(words[k + size]):
        return None
    if line.match(line.lex.appoint.periods, k) == size:
        return False
    last = _more_terms(words, k + size + 1)
    return t.read(last, t.after) if last == line.n or not words[last][:1].isalnum() or words[last].islower() else None


def _more_terms(words: list[str], k: int) -> int:
    """Past the further terms listed after the first ("khóa X, XI, XII", "khóa XI và XII"): Roman numerals only,
    a number after a comma may be a count ("khóa XIV, 2 lần")."""
    while k + 1 < len(words) and words[k] in TERM_JOINS and ROMAN_TERM.match(words[k + 1]):
        k += 2
    return k


def in_charge(line: Line, t: Tail) -> bool | None:
    """ "Cục trưởng phụ trách các vấn đề châu Âu và quốc tế thuộc Bộ Văn hóa Pháp": the field, then whose."""
    e = in_charge_of(line, t.k) if t.k == t.pos_end else None
    return t.read(e, "org", NO_NAME) if e else None


def field_of_post(line: Line, t: Tail) -> bool | None:
    """ "chủ nhiệm hậu cần, kỹ thuật, Ban chỉ huy quân sự huyện": the post's field, then where."""
    field = field_before_org(line, t.k, t.pos_start) if t.k == t.pos_end and not t.headed else None
    return t.read(field, "free", NO_NAME) if field else None


#: Most words between a task body's head and its task ("Tổ công tác giúp việc | thực hiện").
TASK_GAP = 3


def task_of_body(line: Line, t: Tail) -> bool | None:
    """ "Tổ công tác giúp việc thực hiện Quyết định số 284 của Bộ Chính trị", "Ban Chỉ đạo tổng kết 10 năm thực hiện
    Kết luận 62-KL/TW của Bộ Chính trị": a body named by the task it carries out (people_grammar_words.yaml's task
    words), the document's number and who issued it are the body's name."""
    k, g, folds = t.k, line.lex.grammar, line.folds
    if k == t.pos_end or not _task_body_before(line, t.pos_start, k):
        return None
    j = k
    if size := line.term_at(g.task_reviews, j):  # "tổng kết 10 năm"
        if not (j + size + 1 < line.n and line.words[j + size].isdigit() and folds[j + size + 1] == "năm"):
            return None
        j += size + 2
    size = line.term_at(g.task_verbs, j)
    if named := line.term_at(g.task_programmes, j + size):  # "(thực hiện) Chương trình MTQG", "xóa nhà tạm, ..."
        return t.read(j + size + named, "word", NO_NAME)
    doc = line.term_at(g.task_documents, j + size) if size else 0
    if not doc:
        return None
    e = _document_number(line, j + size + doc)
    if e == j + size + doc:
        return None
    if e + 1 < line.n and folds[e] == "của" and (m := line.match(line.lex.organisations, e + 1)):
        e += 1 + m  # "... của Bộ Chính trị"
    return t.read(e, "word", NO_NAME)


#: Most items of a task body's tasks listed with commas after its first one.
TASK_ITEMS = 6


def task_list(line: Line, t: Tail) -> bool | None:
    """ "Trưởng Ban Chỉ đạo Chương trình xây dựng nông thôn mới, đô thị văn minh, giảm nghèo bền vững, OCOP huyện": a
    task body's tasks listed with commas in small words (or an abbreviation), the last closed by a place word, are the
    body's name; with no place word to close them the comma ends the title."""
    k, words = t.k, line.words
    if t.after != "free" or words[k] != "," or not any(line.term_at(line.lex.grammar.task_bodies, s) for s in
                                                        range(t.pos_start, min(k, t.pos_end + 2))):
        return None
    e, items = k, 0
    while e + 1 < line.n and words[e] == "," and items < TASK_ITEMS:
        s = e + 1 + (is_abbrev(words[e + 1]) and e + 2 < line.n and words[e + 2].islower())  # "OCOP huyện"
        j = free_run(line, s)
        if j == s or (j == e + 1):
            return None
        e, items = j, items + 1
        if ends_in_place(line, e):
            return t.read(e, "free", NO_NAME, placed=True)
    return None


def _task_body_before(line: Line, start: int, k: int) -> bool:
    """A task body's name ends at most :data:`TASK_GAP` words of its name before ``k`` ("Tổ công tác giúp việc"); a
    place word among them ends the title there ("Trưởng Ban Chỉ đạo tỉnh | triển khai Kế hoạch số 12")."""
    bodies = line.lex.grammar.task_bodies
    for s in range(max(start, k - TASK_GAP - 3), k):
        size = line.term_at(bodies, s)
        if size and s + size <= k and k - s - size <= TASK_GAP and all(w.isalpha() for w in line.words[s + size : k]):
            return not any(_place_word(line, p) for p in range(s + size, k))
    return False


def _place_word(line: Line, k: int) -> bool:
    return bool(line.match(line.lex.open_namers, k) or line.match(line.lex.closed_namers, k))


def _document_number(line: Line, k: int) -> int:
    """Past a document's number at ``k``: "số 284", "62-KL/TW", "15/2023/NĐ-CP" (its parts glued); else ``k``."""
    j = k + (k < line.n and line.folds[k] == "số")
    if j >= line.n or not line.words[j][:1].isdigit():
        return k
    e = j + 1
    while e < line.n and line.glued(e) and (line.words[e] in {"-", "/"} or line.words[e][:1].isalnum()):
        e += 1
    return e


_SMALL_PLACES: dict[int, frozenset[tuple[str, ...]]] = {}


def place_written_small(line: Line, t: Tail) -> bool | None:
    """ "Chủ tịch xã Mai Châu tỉnh Phú thọ": after a place word, a place of people_places.yaml whose later syllables
    are written small is that place (the capitalised first syllable is never a name alone)."""
    k, words = t.k, line.words
    if t.after not in {"closed", "open"} or k + 1 >= line.n or not words[k][:1].isupper():
        return None
    if words[k + 1] != line.folds[k + 1]:
        return None
    places = _SMALL_PLACES.get(id(line.lex.places))
    if places is None:
        places = _SMALL_PLACES[id(line.lex.places)] = frozenset(
            tuple(w.casefold() for w in p.split()) for p in line.lex.places.terms if " " in p
        )
    size = next((n for n in (3, 2) if tuple(line.folds[k : k + n]) in places), 0)
    return t.read(k + size, "place", NO_NAME, placed=True) if size else None
