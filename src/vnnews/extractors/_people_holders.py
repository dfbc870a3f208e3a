"""Who holds what: chains of titles, their owners, and names listed with a person.

Titles written one after another form a chain that goes to one owner; :func:`holders` settles
who by a fixed order of evidence (a name right after the chain, a name before it, a name after a
comma, an appointment verb, the subject of a career story, a ';' continuing the previous
person), then confirms the full names listed with a person. It reads the hits of one line and the
gaps between them, so the order of precedence is in one place and does not mix with the grammar
that reads the words (:mod:`._people_names`, :mod:`._people_titles`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from ._people_context import (
    attendees_follow,
    delegated,
    foreign_of,
    met,
    next_listed,
    plural,
    related,
    small_post_ends,
    two_holders,
    vacant,
)
from ._people_line import Line, NameHit, TitleHit
from ._people_lists import colon_list, distributed, in_parens, list_after, listed, listed_after_titles, owner_before
from ._people_names import DASHES, PAREN_WORDS, SENTENCE_ENDS, aside_before, paren_before, read_prefix, row_number
from ._people_orgs import abbrev_in_parens, past_term
from ._people_shared import honorific_after, small_post_after
from ._people_words import words

#: Tokens that may stand between the titles of one chain (order matters: longest first).
CHAIN_GAPS: tuple[tuple[str, ...], ...] = (
    (",", "đồng", "thời"),
    (",", "nay", "là"),  # "Chủ tịch UBND tỉnh nay là Bí thư Tỉnh ủy": the former post and the current one
    (",", "hiện", "là"),
    ("nay", "là"),
    ("hiện", "là"),
    ("đồng", "thời"),
    (",", "kiêm"),
    (",", "và"),
    ("kiêm",),
    ("và",),
    (",",),
    ("-",),
)
#: Tokens between a name and the title that follows it ("Hoàng Giang, Phó Bí thư").
NAME_TITLE_GAPS: frozenset[tuple[str, ...]] = frozenset({(",",), ("-",), ("(",), (":",), (",", "(")})
#: Most tokens between a passive subject and the verb that gives it a post ("X được ... giữ chức").
PASSIVE_GAP = 24
#: Words after which a name is an object, never the subject of a passive ("cho ông Moon").
OBJECT_MARKS = frozenset({"cho", "của", "với"})


@dataclass(frozen=True)
class Holder:
    """A name as its line settles it (a person or not, the rule that says so) and the titles it holds."""

    name: NameHit
    titles: tuple[tuple[TitleHit, str], ...] = ()  # each title with the rule that gave it


class _Ledger:
    """Who holds what so far while one line is settled: names confirmed as persons, rules, titles given."""

    def __init__(self, names: list[NameHit]) -> None:
        self.confirmed = {n for n in names if n.confirmed}
        self.rules: dict[NameHit, str] = {}
        self.titles: dict[NameHit, list[tuple[TitleHit, str]]] = {}

    def give(self, owner: NameHit, chain: list[TitleHit], rule: str) -> None:
        """``owner`` holds the titles of ``chain`` (which makes it a person)."""
        self.confirmed.add(owner)
        self.titles.setdefault(owner, []).extend((t, rule) for t in chain)

    def confirm(self, name: NameHit, rule: str) -> None:
        """``name`` is a person, by ``rule``."""
        self.confirmed.add(name)
        self.rules[name] = rule

    def rule(self, name: NameHit) -> str:
        """The rule that makes ``name`` what it is now."""
        return self.rules.get(name, name.rule)


def holders(line: Line, names: list[NameHit], titles: list[TitleHit]) -> list[Holder]:
    """Each name of the line, settled, with the titles it holds (in the order of ``names``)."""
    ledger = _Ledger(names)
    _assign(line, names, titles, ledger)
    _confirm_lists(line, names, ledger)
    return [
        Holder(replace(n, confirmed=n in ledger.confirmed, rule=ledger.rule(n)), tuple(ledger.titles.get(n, ())))
        for n in names
    ]


def _confirm_lists(line: Line, names: list[NameHit], ledger: _Ledger) -> None:
    """Full names listed with a known person are persons too ("Vàng Thị Dở (SN 2016), Tráng Thị Say")."""
    # a name in parentheses after an item is its pen name ("Lữ Hữu Viên (Viên Minh), Trần Thảo"), no item
    full = sorted((n for n in names if not n.short and not in_parens(line, n)), key=lambda n: n.start)
    known = ledger.confirmed
    for a, b in pairwise(full):  # "gồm: Hồ Viết Châu, Trần Thảo, ...": a list of names after a colon
        if colon_list(line, a) and a not in known and listed(line, a.end, b.start):
            ledger.confirm(a, "people.listed_name")
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(full):
            if (a in known) != (b in known) and (
                listed(line, a.end, b.start)
                or (a in known and listed_after_titles(line, a, b, [t for t, _ in ledger.titles.get(a, ())]))
            ):
                other = b if a in known else a
                if ledger.rule(a if a in known else b) == "people.speech_name":
                    continue  # "thuộc biên chế Thái Sơn Nam, Trần Văn Vũ cho biết": the verb is one name's
                if other.end - other.start < 3 and other.end < line.n and line.words[other.end][:1].isalnum():
                    continue  # "Nguyễn Xuân Phúc và Đoàn Cấp cao": two syllables running into a word
                ledger.confirm(other, "people.listed_name")
                changed = True


def _gap(line: Line, a: int, b: int) -> tuple[str, ...]:
    return tuple(line.folds[a:b])


def _chains(line: Line, titles: list[TitleHit]) -> list[list[TitleHit]]:
    """Titles written one after another, joined by ',', 'kiêm', 'và', '-' or a career verb: one person's."""
    chains: list[list[TitleHit]] = []
    for t in titles:
        prev = chains[-1][-1] if chains else None
        if (
            prev
            and prev.name is None
            and not prev.role
            and not t.role
            and not delegated(line, prev)
            and not small_post_ends(line, prev, t, len(chains[-1]))  # "đắc cử tổng thống, Thủ tướng Nhật Bản X"
            and (
                _gap(line, prev.end, t.start) in CHAIN_GAPS
                or _career_gap(line, prev.end, t.start)
                or (t.former and _gap(line, prev.end, t.start) == ("(",))  # "Giám đốc X (nguyên Phó Giám đốc Y)"
            )
            and not two_holders(line, prev, t, len(chains[-1]))
            and not met(line, chains[-1][0].start, t)  # last: it reads back to the clause's start
        ):
            chains[-1].append(t)
        else:
            chains.append([t])
    return chains


def _career_gap(line: Line, a: int, b: int) -> bool:
    """[a, b) is ',', leads and an appointment verb: the next post of the same person.

    "Phó vụ trưởng Vụ Tổ chức cán bộ, rồi đảm nhận chức vụ Chánh văn phòng", "Thứ trưởng Bộ Xây
    dựng làm Phó bí thư tỉnh Yên Bái"; not "Thủ tướng bổ nhiệm làm Thứ trưởng" (an appointer's
    verb with no "được" before it).
    """
    k = a + 1 if a < b and line.words[a] in {",", ";"} else a  # "...; sau đó làm Giám đốc ..."
    passive = False
    while k < b:
        if line.match(line.lex.appoint.verbs, k) == b - k:
            return True
        size = line.match(line.lex.appoint.leads, k)
        if not size or k + size > b or (line.match(line.lex.appoint.by, k) == size and not passive):
            return False
        passive = passive or line.folds[k] == "được"
        k += size
    return False


def _assign(line: Line, names: list[NameHit], titles: list[TitleHit], ledger: _Ledger) -> None:
    """Give each chain of titles to its owner.

    Order matters: a name written right after the chain ("... Tỉnh ủy Hoàng Giang", "... Ông A") wins (all of the
    chain when the name before it had its own title in front: "Thủ tướng A, Chủ tịch X, Bí thư Y B"), then a
    name just before it with a comma, dash, parenthesis or an appointment phrase ("Lê Na được
    bầu giữ chức ..."), then a name after ", [honorific]" ("Bí thư Tỉnh ủy, ông Triệu Tài Vinh"),
    then who an appointment verb names, then the one person of the sentence before when a career
    story goes on with no subject ("... ông Duy là giảng viên. Sau đó làm Phó vụ trưởng ...").
    A chain after ';' with no owner of its own continues the previous person's titles.
    """
    # "Ông Phương Đông, Phó Huyện trưởng ...": two syllables after an honorific may own a title
    by_end = {n.end: n for n in names if not n.short or n.end - n.start == 2}
    by_start = {n.start: n for n in names if not n.short}
    any_end = {n.end: n for n in names}  # "Trước đó, ông Súy là ...": a short name then a verb
    last_owner: NameHit | None = None
    last_end = -1
    for chain in _chains(line, [t for t in titles if not t.role]):
        first, last = chain[0], chain[-1]
        if (delegated(line, first) or related(line, first)) and not last.name:
            continue  # "thừa ủy quyền của Chủ tịch nước, ông A", "Thư ký báo chí của Tổng thống Nga, ông B": not his
        own = last.name or honorific_after(line, first.start, last.end, by_start)  # "Phó Tổng cục trưởng Ông A": A's
        after = own or _name_after(line, last.end, by_start, ledger)
        before = _name_before(line, first.start, by_end, past=not after or _is_post(line, after)) or _appointed_before(
            line, first.start, any_end
        )
        if before:
            before = owner_before(line, before, [t for t, _ in ledger.titles.get(before, ())], by_end, first.start)
        owner: NameHit | None = None
        if own and before and len(chain) > 1 and before.rule != "people.title_before_name":
            ledger.give(before, chain[:-1], "people.name_then_title")
            ledger.give(own, [last], "people.title_before_name")
            owner = own
        elif own:
            ledger.give(own, chain, "people.title_before_name")
            owner = own
            if plural(line, first.start):  # "2 đại biểu Quốc hội A, B": the post is each one's
                for other in list_after(line, own, names):
                    ledger.give(other, chain, "people.title_before_name")
        elif before and distributed(line, before, names, (first.start, last.end), titles):
            pass  # "A, B, C được bầu giữ chức Bí thư Tỉnh ủy X, Y, Z": X is A's, not C's; none gets it as written
        elif before and not (next_listed(line, before, after, chain) or foreign_of(line, before, ledger.titles, chain)):
            ledger.give(before, chain, "people.name_then_title")
            owner = before
        elif after and not vacant(line, first, after):
            ledger.give(after, chain, "people.title_comma_name")
            owner = after
            if plural(line, first.start):  # "2 Phó Chủ tịch UBND huyện, ông A và ông B": each one's
                for other in list_after(line, after, names, titled=True):
                    ledger.give(other, chain, "people.title_comma_name")
        elif appointee := _appointee(line, first, last, names, ledger):
            ledger.give(appointee, chain, "people.appointment")
            owner = appointee
        elif subject := _career_subject(line, first.start, names):
            ledger.give(subject, chain, "people.career")
            owner = subject
        elif last_owner and _gap(line, last_end, first.start) == (";",) and not attendees_follow(line, first, last.end):
            ledger.give(last_owner, chain, "people.name_then_title")
            owner = last_owner
        last_owner, last_end = (owner, last.end) if owner and owner is not own else (None, -1)


def _name_before(line: Line, start: int, by_end: dict[int, NameHit], *, past: bool = True) -> NameHit | None:
    """The name a title follows: 'Name, title', 'Name - title', 'Name (title', 'Name được bầu giữ chức title'.

    ``past``: 'Name, khi còn là title' may give it (not when a name follows the title: "với ông A, khi còn là Bí thư
    Huyện ủy, đồng chí B đã ..." is B's)."""
    for width in (1, 2):
        hit = by_end.get(start - width)
        if hit and _gap(line, hit.end, start) in NAME_TITLE_GAPS:
            return hit
    for k in range(max(1, start - 4), start - 1 if past else 0):  # "ông X, khi còn là Giám đốc Sở Y tế, đã ký ..."
        hit = by_end.get(k - 1) if line.words[k - 1] == "," else None
        if hit and line.match(line.lex.appoint.past, k) == start - k:
            return hit
    hit = by_end.get(start)  # "cho đ/c Nguyễn Minh Thành Giám đốc Sở": an addressed name, then the post
    if hit and (hit.honorific or hit.rank or row_number(line, hit.start - 1)) and (
        line.words[start][:1].isupper() or small_post_after(line, start)  # "đ/c A chủ tịch UBND huyện"
    ):
        return hit
    if start > 0 and line.words[start - 1] in {",", ":"}:  # "cụ Lê Đình Kình (82 tuổi, nguyên Bí thư ...)"
        hit = by_end.get(_paren_open(line, start - 1, by_end))
        if hit:
            return hit
    if hit := by_end.get(aside_before(line, start)):  # "Lê Trọng Bằng (43 tuổi) - Giám đốc ..."
        return hit
    # appointment phrase: leads* verb
    k = start
    verb = 0
    for size in range(1, 4):
        if k - size >= 0 and line.match(line.lex.appoint.verbs, k - size) == size:
            verb = size
            break
    if not verb:
        return None
    k -= verb
    while True:
        for size in (4, 3, 2, 1):
            if k - size >= 0 and line.match(line.lex.appoint.leads, k - size) == size:
                k -= size
                break
        else:
            break
    if k > 0 and line.words[k - 1] == ",":  # "Đặng Quang Trung, nguyên là Bí thư chi bộ"
        return by_end.get(k - 1)
    if k > 0 and line.words[k - 1] == ")":  # "Ông Võ Kim Cự (60 tuổi, quê ...) nguyên là Bí thư Tỉnh ủy"
        return by_end.get(paren_before(line, k - 1, 2 * PAREN_WORDS - 1))
    return by_end.get(k)


def _paren_open(line: Line, k: int, by_end: dict[int, NameHit]) -> int:
    """Where the parentheses still open at ``k`` start, when no name stands inside them before ``k`` (else -1)."""
    for j in range(k - 1, max(-1, k - 2 * PAREN_WORDS), -1):
        if line.words[j] == ")" or j + 1 in by_end:
            return -1
        if line.words[j] == "(":
            return j
    return -1


def _appointed_before(line: Line, start: int, by_end: dict[int, NameHit]) -> NameHit | None:
    """A short name right before an appointment verb: "ông Súy là Tổng giám đốc" (joined to the full name later)."""
    k = start
    for size in range(1, 4):
        if k - size >= 0 and line.match(line.lex.appoint.verbs, k - size) == size:
            hit = by_end.get(k - size)
            return hit if hit and hit.short and hit.honorific else None
    return None


def _office_verb(line: Line, start: int) -> int | None:
    """Where the verb that gives the post at ``start`` begins ("bổ nhiệm giữ chức Tổng giám đốc")."""
    for size in range(4, 0, -1):
        if start - size >= 0 and line.match(line.lex.appoint.offices, start - size) == size:
            return start - size
    return None


def _appointee(line: Line, first: TitleHit, last: TitleHit, names: list[NameHit], ledger: _Ledger) -> NameHit | None:
    """Who a post given by an appointment verb goes to, when no name is written next to it.

    Either named after it ("giữ chức Thành viên HĐTV ... đối với ông Bùi Thế Hùng") or the subject
    of a passive earlier in the sentence ("ông Phạm Quốc Súy được Bộ GTVT quyết định giữ chức ...").
    """
    verb = _office_verb(line, first.start)
    if verb is None:
        return None
    end = last.end + 3 if abbrev_in_parens(line, last.end) else last.end
    end = past_term(line, end)  # "cách chức Ủy viên Ban thường vụ Tỉnh ủy 2 nhiệm kỳ 2005-2011, với ông X"
    size = line.match(line.lex.appoint.to, end)
    if size:
        j, honorific, _, _ = read_prefix(line, end + size)
        hit = next((n for n in names if n.start == j and not n.short), None)
        if hit and (honorific or hit in ledger.confirmed):
            return hit
    # "ông Trang được ... bổ nhiệm": a short name after an honorific is joined to the full name later
    earlier = [n for n in names if n.end <= verb and (not n.short or n.honorific)]
    if not earlier:
        return None
    subject = max(earlier, key=lambda n: n.end)
    lead = subject.start - sum(len(words(w)) for w in (subject.honorific, subject.rank, subject.degree) if w)
    if lead > 0 and line.folds[lead - 1] in OBJECT_MARKS:  # "cố vấn cho ông Moon ..., được bổ nhiệm": no subject
        return None
    between = line.folds[subject.end : verb]
    if len(between) > PASSIVE_GAP or any(w in {".", ";", "?", "!", ":"} for w in between):
        return None
    passive = "được" in between or "bị" in between  # "ông X bị cảnh cáo và cho thôi chức Ủy viên ..."
    return subject if passive and (subject in ledger.confirmed or subject.short) else None


def _career_subject(line: Line, start: int, names: list[NameHit]) -> NameHit | None:
    """The one person of the sentence before, when a sentence goes on their career with no subject.

    "Trước khi về Bộ Xây dựng, ông Duy là giảng viên ... Sau đó làm Phó vụ trưởng ...": a word of
    kind sequence opens the sentence, then leads and the verb right before the post.
    """
    k = start
    sizes = range(4, 0, -1)
    verb = next((size for size in sizes if k - size >= 0 and line.match(line.lex.appoint.verbs, k - size) == size), 0)
    if not verb:
        return None
    k -= verb
    sequence = False
    while True:
        size = next((s for s in range(4, 0, -1) if k - s >= 0 and line.match(line.lex.appoint.leads, k - s) == s), 0)
        if not size:
            break
        k -= size
        sequence = sequence or line.match(line.lex.appoint.sequence, k) == size
    if not sequence or k == 0 or line.words[k - 1] not in SENTENCE_ENDS:
        return None
    before = next((j for j in range(k - 2, -1, -1) if line.words[j] in SENTENCE_ENDS), -1)
    told = [n for n in names if before < n.start and n.end < k and (not n.short or n.honorific)]
    return told[0] if len(told) == 1 else None


def _is_post(line: Line, name: NameHit) -> bool:
    """ "..., ông Trần Văn Hòa là Phó Chủ tịch": the name after has a post of its own, not the one before."""
    return name.end < line.n - 1 and line.folds[name.end] == "là" and line.match(line.lex.positions, name.end + 1) > 0


def _name_after(line: Line, end: int, by_start: dict[int, NameHit], ledger: _Ledger) -> NameHit | None:
    """The name after ', [honorific] [rank]', ', [person's noun]' or '(parent body)' that a chain introduces."""
    if end < line.n and line.words[end] == "(":  # "Phó tổng cục trưởng Tổng cục Du lịch (Bộ ...) Hà Văn Siêu"
        close = next((c for c in range(end + 1, min(line.n, end + PAREN_WORDS + 2)) if line.words[c] == ")"), None)
        if close is None or not line.words[end + 1][:1].isupper():
            return None
        return by_start.get(close + 1)
    if end < line.n and line.words[end] in DASHES:  # "Giám đốc Sở GD&ĐT - Nguyễn Quang Thái", "... - Ngài X"
        return by_start.get(read_prefix(line, end + 1)[0]) or by_start.get(
            end + 1 + line.match(line.lex.foreign_honorifics, end + 1)
        )
    if end >= line.n or line.words[end] != ",":
        return None
    j, _, _, _ = read_prefix(line, end + 1)
    if j == end + 1:  # "Tổ trưởng tổ dân phố số 20, CCB Bùi Trung Bình"
        j += line.match(line.lex.cues_before, j)
    hit = by_start.get(j)
    return hit if hit and (j > end + 1 or hit in ledger.confirmed) else None
