"""Where the reading of a title's tail stands, word by word (:func:`._people_titles.read_title`)."""

from __future__ import annotations

from dataclasses import dataclass

from ._people_line import Line, NameHit, is_abbrev
from ._people_names import FORMER

#: Where a title is in an organisation's name written in small letters: not in one; right after
#: its head ("Vụ giáo dục thể chất": the small words may end at any stop word); past a
#: capitalised part ("Xổ số kiến thiết Lào Cai": small words only when a name or mark follows);
#: after a whole organisation ("Ban Quản lý di tích ... Yên Tử": only when a name follows, never a
#: mark: "Sở Xây dựng tiến hành thanh tra ...;" is what the department does).
NO_NAME, IN_NAME, AFTER_HEAD, AFTER_ORG = 0, 1, 2, 3


#: Where in a title's tail a number may name the unit just read ("Ban Chỉ đạo 389", "tổ dân phố số 20").
NUMBERED = frozenset({"org", "head", "open", "word", "abbr", "free"})
#: Hyphens and dashes as written between two parts of one organisation's name ("Thi đua - Khen thưởng").
DASHES = frozenset({"-", "–"})
#: Ordinals that rank a deputy post ("Phó Chủ tịch thứ nhất", "Phó Bí thư thứ hai").
ORDINALS = (["thứ", "nhất"], ["thứ", "hai"], ["thứ", "ba"])
#: Lower-case connectors never left at the end of a title ("Chủ tịch UBND tỉnh và", "Đại sứ Việt Nam tại").
TAIL_TRIM = frozenset({"và", "các", "-", "của", "tại", "ở"})


@dataclass(slots=True)
class Tail:
    """Where the reading of a title's tail stands: the next word and what the last one read was."""

    pos_start: int
    pos_end: int
    k: int  # the next word to read
    after: str = "post"  # what was read last: post, org, head, place, closed, open, word, abbr, free
    free: int = NO_NAME  # how an organisation's name written in small letters may go on
    headed: bool = False  # "Trưởng ban", "Trưởng phòng": the head of a unit, whose name may follow small
    commas: int = 0
    placed: bool = False  # a place was read: the organisation is whole, a comma after it ends the title
    paren: int = -1  # where a parenthesised abbreviation was read ("Mặt trận Tổ quốc (MTTQ) Việt Nam")
    name: NameHit | None = None  # the name written right after the title
    body: int = -1  # the comma before a larger body read after a sub-unit ("trưởng phòng X, trường ĐH Y")

    def read(self, k: int, after: str, free: int | None = None, *, placed: bool = False) -> bool:
        """Read on to word ``k``, having read ``after`` (and a new state of ``free`` if given)."""
        self.k, self.after = k, after
        self.free = self.free if free is None else free
        self.placed = self.placed or placed
        return True

    @staticmethod
    def after_dot(line: Line, pos_start: int, pos_end: int) -> int:
        """Where a title's tail starts: past the dot of a dotted post ("PCT. UBND xã")."""
        return pos_end + 1 if pos_end == pos_start + 1 and dotted_post(line, pos_start) else pos_end

    @staticmethod
    def modifier(line: Line, k: int) -> int:
        """Size of a modifier of how the post is held at ``k``; one written small only before the body the post is held
        in ("phụ trách Sở Y tế", never "phụ trách Văn hóa - Xã hội", "phụ trách khối văn xã") or when it is also an
        organisation's word ("Trưởng phái đoàn thường trực của Việt Nam"); a body written small counts when its name
        goes on capitalised ("chuyên trách đoàn ĐBQH tỉnh")."""
        size = line.match(line.lex.post_modifiers, k)
        if not size or not line.words[k].islower() or line.match(line.lex.org_words, k) == size:
            return size
        if k + size >= line.n:
            return 0
        org = line.match(line.lex.organisations, k + size)
        if line.words[k + size][:1].isupper():
            return size if line.match(line.lex.org_heads, k + size) or org else 0
        named = any(w[:1].isupper() for w in line.words[k + size + 1 : k + size + org])  # "đoàn ĐBQH tỉnh"
        return size if org > 1 and named else 0


def clause_word(line: Line, k: int) -> bool:
    """A word that ends a title and opens the clause at ``k`` ("được", "phát biểu"), nothing counted ("năm")."""
    lex = line.lex
    if k > 1 and line.folds[k - 2] in lex.grammar.ranked:  # "số 1 đã": a label's number, read with its label
        return False
    span = line.term_at(lex.grammar.spans, k)
    if span and not (k + span < line.n and line.words[k + span][:1].isdigit()):
        return False  # "Ea Kao 2 giai đoạn liên tiếp": periods counted ("Phường 2 giai đoạn 2016-2021" names its span)
    stop = line.match(lex.tail_stops, k)
    return bool(stop) and line.folds[k] not in lex.grammar.ranked and not line.match(lex.appoint.terms, k)


def dotted_post(line: Line, k: int) -> int:
    """ "PCT. UBND xã", "CT. UBND xã": an abbreviated post at ``k``, a dot, then the body it is held in (1, else 0)."""
    if line.match(line.lex.dotted_posts, k) != 1 or k + 2 >= line.n or line.words[k + 1] != ".":
        return 0
    if k > 0 and line.words[k - 1].isalpha() and line.words[k - 1].islower() and line.folds[k - 1] not in FORMER:
        return 0  # "Hợp đồng BT. Thủ tướng giao ...": a contract's form, no post ("nguyên PCT. UBND huyện" is one)
    body = k + 2
    lex = line.lex
    held = is_abbrev(line.words[body]) or line.match(lex.org_heads, body) or line.match(lex.organisations, body)
    return 1 if held else 0
