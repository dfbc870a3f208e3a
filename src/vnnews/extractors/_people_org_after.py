"""What may follow an organisation's name inside a title: where a body abroad is ("tại Lào") and what a steering
committee or a national body is about ("về Du lịch"). Split from :mod:`._people_orgs` by size."""

from __future__ import annotations

from ._people_line import Line, NameHit, is_abbrev, is_title_case
from ._people_names import run_end
from ._people_orgs import free_run, glued_end
from ._people_tail import NO_NAME, Tail
from ._people_title_fields import prevention_list
from ._people_title_names import posted_at, split_name


def abroad(line: Line, k: int) -> int:
    """End of "tại" and the country of an association of Vietnamese abroad ("Tổng hội người Việt Nam tại Lào",
    "Hội người Việt Nam tại Pháp") or of a foreign body where it is ("Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam",
    "các Lực lượng Mỹ tại Thái Bình Dương"), else 0."""
    if line.folds[k] != "tại" or k < 2 or k + 1 >= line.n:
        return 0
    seat = line.term_before(line.lex.grammar.seat_bodies, k) > 0  # "TAND cấp cao tại"
    if seat and (size := line.match(line.lex.places, k + 1) or int(is_abbrev(line.words[k + 1]))):
        return k + 1 + size  # "TAND cấp cao tại TP Hồ Chí Minh", "tại TP.HCM": the seat, a place or its abbreviation
    if not is_title_case(line.words[k + 1]):
        return 0
    country = any(line.match(line.lex.countries, k - size) == size for size in (1, 2, 3))  # "... Nhật Bản tại Việt Nam"
    if line.folds[k - 3 : k] != ["người", "việt", "nam"] and not country and not seat:
        return 0
    j = run_end(line, k + 1)
    split = split_name(line, k + 1, j, "open")  # "... tại Séc Nguyễn Văn Bình": the name is no country
    size = line.match(line.lex.countries, k + 1) or line.match(line.lex.places, k + 1)
    size = size or (j if split is None else split) - k - 1
    return k + 1 + size if 0 < size <= 3 else 0


def steering_field(line: Line, k: int, start: int) -> int:
    """End of a steering committee's field after "về" at ``k`` ("Ban Chỉ đạo Nhà nước về Du lịch", "Ban chỉ đạo
    Trung ương về phòng, chống thiên tai"), when the title from ``start`` names one, or a national body's ("Cục
    Giám định Nhà nước về công trình xây dựng (Bộ Xây dựng)"); 0 if none.

    >>> from ._people_lex import lexicon
    >>> line = Line("Trưởng ban Chỉ đạo Nhà nước về Du lịch, ông A", lexicon())
    >>> steering_field(line, 6, 0), line.words[9]
    (9, ',')
    >>> steering_field(Line("Trưởng ban Chỉ đạo về việc này đã nói", lexicon()), 4, 0)
    0
    """
    folds = line.folds
    national = folds[k - 2 : k] in (["nhà", "nước"], ["quốc", "gia"])  # "Cục Giám định Nhà nước về công trình ..."
    steering = national or any(folds[i : i + 2] == ["chỉ", "đạo"] for i in range(start, k))
    if folds[k] != "về" or k + 1 >= line.n or not steering:
        return 0
    j = k + 4 if folds[k + 1 : k + 4] == ["phòng", ",", "chống"] else k + 1
    if j >= line.n:
        return 0
    if is_title_case(line.words[j]):
        e = glued_end(line, run_end(line, j))
        return prevention_list(line, e) if j == k + 4 else e
    e = free_run(line, j)  # a field written small ends at a mark: "về việc này đã nói" is no field
    listed = prevention_list(line, e) if e > j and j == k + 4 else e  # "... chống tham nhũng, lãng phí, tiêu cực"
    if listed > e:
        return listed
    e = _fields_listed(line, e) if e > j else e  # "về phát triển khoa học, công nghệ, ... và chuyển đổi số quốc gia"
    return e if e > j and (e == line.n or line.words[e] in CLOSING) else 0


#: Marks that close a steering committee's field written small.
CLOSING = frozenset({",", ".", ";", ")", "("})
#: Most fields listed with commas after a steering committee's first one.
FIELD_ITEMS = 6


def _fields_listed(line: Line, e: int) -> int:
    """End of fields written small listed with commas after the first one ending at ``e``, the last joined by "và" and
    closed by a mark ("..., công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"); ``e`` if they are no such list
    (", lãnh đạo các sở", "..., công nghệ, đổi mới sáng tạo đã ..." stop at the first field)."""
    j = e
    for _ in range(FIELD_ITEMS):
        if not (j + 1 < line.n and line.words[j] == ","):
            return e
        x = free_run(line, j + 1)
        if x == j + 1:
            return e
        joined, j = "và" in line.folds[j + 1 : x], x
        if joined:
            return j if j == line.n or line.words[j] in CLOSING else e
    return e


def posted_abroad(line: Line, t: Tail) -> bool | None:
    """ "Đại sứ Nga tại Mỹ Sergei Kislyak", "Đại sứ Việt Nam tại Nhật Bản": where a diplomat serves is the post's."""
    found = posted_at(line, t.k, t.pos_start, t.pos_end, t.after)
    if isinstance(found, NameHit):  # "... tại Mỹ Sergei Kislyak": the country, then the name
        t.name, t.k = found, found.start
        return False
    return t.read(found[0], found[1], NO_NAME, placed=True) if found else None
