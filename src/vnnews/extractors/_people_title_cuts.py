"""Steps of a title's tail (:data:`._people_titles.STEPS`): parentheses, lists of fields, and what a cut or an injected
word leaves inside a body's name."""

from __future__ import annotations

from dataclasses import replace

import regex

from ._people_line import Line, is_title_case
from ._people_names import opens_sentence
from ._people_orgs import abbrev_in_parens, ends_in_place, enumerated, free_run
from ._people_tail import IN_NAME, Tail
from .hits import PersonHit, PersonTitle

#: Posts of a body's member, never held alone: the body's name must follow ("Ủy viên Ban Thường vụ").
MEMBER_POSTS = frozenset({"ủy viên", "thành viên"})
#: "Quyền Bộ trưởng Ngoại giao": "quyền" (acting) right before a post is part of the title; written small only after a
#: mark or a verb of holding ("làm quyền Giám đốc"), never the "quyền" of "Thừa ủy quyền Chủ tịch nước".
ACTING = regex.compile(r"(?:(?<![\p{L}\p{M}])Quyền|(?:^|[,;:(\-–]\s*|\b(?:làm|là|kiêm)\s)quyền)\s+$")
#: A word of small Latin letters and digits injected into crawled text (a betting site's name: "gowin99", "fb88").
INJECTED = regex.compile(r"[a-z]{2,}\d+[a-z\d]*|\d+[a-z]{2,}[a-z\d]*")


def and_field_next(line: Line, k: int, e: int) -> bool:
    """ "Ban Chính sách pháp luật và Quan hệ lao động": small words [k, e) of two or more syllables (never the one left
    of a capitalised word, "Thương mại"), then "và" at ``e`` and a capitalised word that is no post, no form of address
    and no rank: the small words are a first field of the name, which goes on (no cut there)."""
    if e - k < 2 or not (line.folds[e : e + 1] == ["và"] and e + 1 < line.n and is_title_case(line.words[e + 1])):
        return False
    lex = line.lex
    return not (line.match(lex.positions, e + 1) or line.match(lex.honorifics, e + 1) or line.match(lex.ranks, e + 1))


def abbreviation_in_parens(line: Line, t: Tail) -> bool | None:
    """ "Mặt trận Tổ quốc (MTTQ) Việt Nam": an organisation's abbreviation in parentheses."""
    if t.after != "post" and abbrev_in_parens(line, t.k):
        t.paren, t.k = t.k, t.k + 3
        return True
    return None


def enumeration(line: Line, t: Tail) -> bool | None:
    """ "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng": listed fields (:func:`enumerated`)."""
    e = enumerated(line, t.k) if t.after in {"word", "free", "org", "head"} and not t.placed else None
    return t.read(e, "word", IN_NAME) if e else None


def letter_fragment(line: Line, t: Tail) -> bool | None:
    """ "Phó Chủ tịch Trung ương H Hiện toàn tỉnh ...": one capital letter inside a body's name, then a word opening the
    next sentence, is what a cut left of the name: the title ends before it."""
    k = t.k
    word = line.words[k]
    if t.after == "post" or not (len(word) == 1 and word.isupper()) or k + 1 >= line.n:
        return None
    return False if opens_sentence(line, k + 1) else None


def injected_word(line: Line, t: Tail) -> bool | None:
    """ "Giám đốc Sở gowin99 Thể thao và Du lịch": a word of letters and digits injected between a body's head and
    its capitalised name is read over; the name goes on."""
    k = t.k
    if t.after not in {"org", "head"} or not INJECTED.fullmatch(line.words[k]) or k + 1 >= line.n:
        return None
    return t.read(k + 1, t.after) if line.words[k + 1][:1].isupper() else None


def verb_after_name(line: Line, t: Tail) -> bool | None:
    """ "Phó Chủ tịch Ủy ban An toàn giao thông Quốc gia kiểm tra hiện trường vụ tai nạn": after a capitalised word of a
    body's name, a verb that ends titles (people_tail_stops.yaml, never shorter there than as a word of names: "dự án"
    stays a name's) with its object, small words that only a mark or the end closes, is the clause's verb: the title
    ends ("Ban Quản lý dự án.", "Trung tâm Văn hóa thông tin," and "Ủy ban kiểm tra Đảng ủy xã" read on)."""
    k, lex = t.k, line.lex
    if not (t.after == "word" and t.free == IN_NAME and line.words[k].isalpha() and line.words[k].islower()):
        return None
    stop = line.match(lex.tail_stops, k)
    if not stop or stop < line.match(lex.org_words, k) or line.folds[k] == "và":
        return None
    e = free_run(line, k, closed=True)
    if e <= k + stop or ends_in_place(line, e):  # "... Văn hóa thông tin thể thao huyện,": a name the place closes
        return None
    return False if e >= line.n or not line.words[e][:1].isalnum() else None  # only a mark closes: the verb's object


def cut_at_end(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """ "Sáng 14/9, đồng chí Nguyễn Quang Dương, Ủy viên": a bare member's post, never held alone, that ends an excerpt
    stopped mid-sentence (no mark after it) is what the cut left of a title; the person stays, the post goes (a
    caption's "Ông Hà Trung Kiên, Phó Bí thư" stays)."""
    end = len(text.rstrip())

    def cut(t: PersonTitle) -> bool:
        return t.end == end and t.organisation is None and t.text.casefold() in MEMBER_POSTS

    if not any(cut(t) for p in people for t in p.titles):
        return people
    return [replace(p, titles=tuple(t for t in p.titles if not cut(t))) for p in people]


def acting_posts(text: str, people: list[PersonHit]) -> list[PersonHit]:
    """ "Quyền Bộ trưởng Ngoại giao Lê Hoài Trung": the acting holder's title keeps its "Quyền"."""

    def acting(t: PersonTitle) -> PersonTitle:
        m = ACTING.search(text, max(0, t.start - 12), t.start) if not t.former else None
        if m is None:
            return t
        s = text.rindex("uyền", 0, t.start) - 1  # the "Q"/"q" of "Quyền"
        return replace(t, start=s, text=text[s : t.end])

    return [replace(p, titles=tuple(acting(t) for t in p.titles)) for p in people]
