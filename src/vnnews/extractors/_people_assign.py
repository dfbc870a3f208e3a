"""Giving titles to names: chains of titles, their owners, and names listed with a person.

Titles written one after another form a chain that goes to one owner; :func:`assign` settles
who by a fixed order of evidence (a name right after the chain, a name before it, a name after a
comma, an appointment verb, the subject of a career story, a ';' continuing the previous
person). It works on the hits of :mod:`._people_scan` and the gaps between them, so the order of
precedence is in one place and does not mix with the grammar that reads the words.
"""

from __future__ import annotations

from itertools import pairwise

from ._people_hits import NameHit, TitleHit
from ._people_lex import PeopleLexicon, Tok, tokens
from ._people_names import PAREN_WORDS, read_prefix
from ._people_titles import abbrev_in_parens, past_term

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
#: Tokens between two names of one list ("A, B và C").
LIST_GAPS: frozenset[tuple[str, ...]] = frozenset({(",",), ("và",), (",", "và"), (";",)})
#: Tokens between a name and the title that follows it ("Hoàng Giang, Phó Bí thư").
NAME_TITLE_GAPS: frozenset[tuple[str, ...]] = frozenset({(",",), ("-",), ("(",), (":",), (",", "(")})
#: Most tokens between a passive subject and the verb that gives it a post ("X được ... giữ chức").
PASSIVE_GAP = 24
#: Words after which a name is an object, never the subject of a passive ("cho ông Moon").
OBJECT_MARKS = frozenset({"cho", "của", "với"})
#: Most names one plural post is shared by ("2 đại biểu Quốc hội A, B"); larger numbers are counts.
MAX_LISTED = 20
#: Marks that end a sentence inside a line.
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _listed(toks: list[Tok], end: int, start: int) -> bool:
    """Two names written as items of one list: 'A, B', 'A và B', 'A (SN 2016), B'."""
    k = end
    if k < start and toks[k].text == "(":
        close = next((c for c in range(k, min(start, k + 16)) if toks[c].text == ")"), None)
        if close is None:
            return False
        k = close + 1
    return _gap(toks, k, start) in LIST_GAPS


def confirm_lists(toks: list[Tok], names: list[NameHit]) -> None:
    """Full names listed with a known person are persons too ("Vàng Thị Dở (SN 2016), Tráng Thị Say")."""
    full = sorted((n for n in names if not n.short), key=lambda n: n.start)
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(full):
            if a.confirmed != b.confirmed and _listed(toks, a.end, b.start):
                other = b if a.confirmed else a
                if (a if a.confirmed else b).rule == "people.speech_name":
                    continue  # "thuộc biên chế Thái Sơn Nam, Trần Văn Vũ cho biết": the verb is one name's
                if other.end - other.start < 3 and other.end < len(toks) and toks[other.end].text[:1].isalnum():
                    continue  # "Nguyễn Xuân Phúc và Đoàn Cấp cao": two syllables running into a word
                other.confirmed, other.rule, changed = True, "people.listed_name", True


def _gap(toks: list[Tok], a: int, b: int) -> tuple[str, ...]:
    return tuple(t.fold for t in toks[a:b])


def _chains(toks: list[Tok], titles: list[TitleHit], lex: PeopleLexicon) -> list[list[TitleHit]]:
    """Titles written one after another, joined by ',', 'kiêm', 'và', '-' or a career verb: one person's."""
    chains: list[list[TitleHit]] = []
    for t in titles:
        prev = chains[-1][-1] if chains else None
        if (
            prev
            and prev.name is None
            and not prev.role
            and not t.role
            and (_gap(toks, prev.end, t.start) in CHAIN_GAPS or _career_gap(toks, prev.end, t.start, lex))
        ):
            chains[-1].append(t)
        else:
            chains.append([t])
    return chains


def _career_gap(toks: list[Tok], a: int, b: int, lex: PeopleLexicon) -> bool:
    """[a, b) is ',', leads and an appointment verb: the next post of the same person.

    "Phó vụ trưởng Vụ Tổ chức cán bộ, rồi đảm nhận chức vụ Chánh văn phòng", "Thứ trưởng Bộ Xây
    dựng làm Phó bí thư tỉnh Yên Bái"; not "Thủ tướng bổ nhiệm làm Thứ trưởng" (an appointer's
    verb with no "được" before it).
    """
    k = a + 1 if a < b and toks[a].text in {",", ";"} else a  # "...; sau đó làm Giám đốc ..."
    passive = False
    while k < b:
        if lex.appoint_verbs.match(toks, k) == b - k:
            return True
        size = lex.appoint_leads.match(toks, k)
        if not size or k + size > b or (lex.appoint_by.match(toks, k) == size and not passive):
            return False
        passive = passive or toks[k].fold == "được"
        k += size
    return False


def assign(toks: list[Tok], names: list[NameHit], titles: list[TitleHit], lex: PeopleLexicon) -> None:
    """Give each chain of titles to its owner.

    Order matters: a name written right after the chain ("... Tỉnh ủy Hoàng Giang") wins (all of
    the chain when the name before it had its own title in front: "Thủ tướng A, Chủ tịch X, Bí thư
    Y B" lists people title first), then a
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
    for chain in _chains(toks, [t for t in titles if not t.role], lex):
        first, last = chain[0], chain[-1]
        before = _name_before(toks, first.start, by_end, lex) or _appointed_before(toks, first.start, any_end, lex)
        after = last.name or _name_after(toks, last.end, by_start, lex)
        owner: NameHit | None = None
        if last.name and before and len(chain) > 1 and before.rule != "people.title_before_name":
            _give(before, chain[:-1], "people.name_then_title")
            _give(last.name, [last], "people.title_before_name")
            owner = last.name
        elif last.name:
            _give(last.name, chain, "people.title_before_name")
            owner = last.name
            if _plural(toks, first.start, lex):  # "2 đại biểu Quốc hội A, B": the post is each one's
                for other in _list_after(toks, last.name, names):
                    _give(other, chain, "people.title_before_name")
        elif before:
            _give(before, chain, "people.name_then_title")
            owner = before
        elif after:
            _give(after, chain, "people.title_comma_name")
            owner = after
        elif appointee := _appointee(toks, first, last, names, lex):
            _give(appointee, chain, "people.appointment")
            owner = appointee
        elif subject := _career_subject(toks, first.start, names, lex):
            _give(subject, chain, "people.career")
            owner = subject
        elif last_owner and _gap(toks, last_end, first.start) == (";",):
            _give(last_owner, chain, "people.name_then_title")
            owner = last_owner
        last_owner, last_end = (owner, last.end) if owner and owner is not last.name else (None, -1)


def _plural(toks: list[Tok], start: int, lex: PeopleLexicon) -> bool:
    """A count or plural word right before a post ("2 đại biểu", "các Phó Chủ tịch")."""
    if start == 0:
        return False
    word = toks[start - 1].text
    if word.isdigit():
        return 2 <= int(word) <= MAX_LISTED
    return lex.plurals.match(toks, start - 1) == 1


def _list_after(toks: list[Tok], first: NameHit, names: list[NameHit]) -> list[NameHit]:
    """The full names listed right after ``first`` ("A, B và C" gives B and C)."""
    out: list[NameHit] = []
    prev = first
    for n in sorted((n for n in names if n.start >= first.end and not n.short), key=lambda n: n.start):
        if not _listed(toks, prev.end, n.start):
            break
        out.append(n)
        prev = n
    return out


def _give(owner: NameHit, chain: list[TitleHit], rule: str) -> None:
    owner.confirmed = True
    for t in chain:
        t.rule = rule
        owner.titles.append(t)


def _name_before(toks: list[Tok], start: int, by_end: dict[int, NameHit], lex: PeopleLexicon) -> NameHit | None:
    """The name a title follows: 'Name, title', 'Name - title', 'Name (title', 'Name được bầu giữ chức title'."""
    for width in (1, 2):
        hit = by_end.get(start - width)
        if hit and _gap(toks, hit.end, start) in NAME_TITLE_GAPS:
            return hit
    if start > 0 and toks[start - 1].text in {",", ":"}:  # "cụ Lê Đình Kình (82 tuổi, nguyên Bí thư ...)"
        hit = by_end.get(_paren_open(toks, start - 1, by_end))
        if hit:
            return hit
    # appointment phrase: leads* verb
    k = start
    verb = 0
    for size in range(1, 4):
        if k - size >= 0 and lex.appoint_verbs.match(toks, k - size) == size:
            verb = size
            break
    if not verb:
        return None
    k -= verb
    while True:
        for size in (4, 3, 2, 1):
            if k - size >= 0 and lex.appoint_leads.match(toks, k - size) == size:
                k -= size
                break
        else:
            break
    if k > 0 and toks[k - 1].text == ",":  # "Đặng Quang Trung, nguyên là Bí thư chi bộ"
        return by_end.get(k - 1)
    if k > 0 and toks[k - 1].text == ")":  # "Ông Võ Kim Cự (60 tuổi, quê ...) nguyên là Bí thư Tỉnh ủy"
        return by_end.get(_paren_before(toks, k - 1))
    return by_end.get(k)


def _paren_open(toks: list[Tok], k: int, by_end: dict[int, NameHit]) -> int:
    """Where the parentheses still open at ``k`` start, when no name stands inside them before ``k`` (else -1)."""
    for j in range(k - 1, max(-1, k - 2 * PAREN_WORDS), -1):
        if toks[j].text == ")" or j + 1 in by_end:
            return -1
        if toks[j].text == "(":
            return j
    return -1


def _paren_before(toks: list[Tok], close: int) -> int:
    """Where the parentheses that close at ``close`` open (-1 if not within reach)."""
    for j in range(close - 1, max(-1, close - 2 * PAREN_WORDS), -1):
        if toks[j].text in {")", "."}:
            return -1
        if toks[j].text == "(":
            return j
    return -1


def _appointed_before(toks: list[Tok], start: int, by_end: dict[int, NameHit], lex: PeopleLexicon) -> NameHit | None:
    """A short name right before an appointment verb: "ông Súy là Tổng giám đốc" (joined to the full name later)."""
    k = start
    for size in range(1, 4):
        if k - size >= 0 and lex.appoint_verbs.match(toks, k - size) == size:
            hit = by_end.get(k - size)
            return hit if hit and hit.short and hit.honorific else None
    return None


def _office_verb(toks: list[Tok], start: int, lex: PeopleLexicon) -> int | None:
    """Where the verb that gives the post at ``start`` begins ("bổ nhiệm giữ chức Tổng giám đốc")."""
    for size in range(4, 0, -1):
        if start - size >= 0 and lex.appoint_offices.match(toks, start - size) == size:
            return start - size
    return None


def _appointee(
    toks: list[Tok], first: TitleHit, last: TitleHit, names: list[NameHit], lex: PeopleLexicon
) -> NameHit | None:
    """Who a post given by an appointment verb goes to, when no name is written next to it.

    Either named after it ("giữ chức Thành viên HĐTV ... đối với ông Bùi Thế Hùng") or the subject
    of a passive earlier in the sentence ("ông Phạm Quốc Súy được Bộ GTVT quyết định giữ chức ...").
    """
    verb = _office_verb(toks, first.start, lex)
    if verb is None:
        return None
    end = last.end + 3 if abbrev_in_parens(toks, last.end) else last.end
    end = past_term(toks, end, lex)  # "cách chức Ủy viên Ban thường vụ Tỉnh ủy 2 nhiệm kỳ 2005-2011, với ông X"
    size = lex.appoint_to.match(toks, end)
    if size:
        j, honorific, _, _ = read_prefix(toks, end + size, lex)
        hit = next((n for n in names if n.start == j and not n.short), None)
        if hit and (honorific or hit.confirmed):
            return hit
    # "ông Trang được ... bổ nhiệm": a short name after an honorific is joined to the full name later
    earlier = [n for n in names if n.end <= verb and (not n.short or n.honorific)]
    if not earlier:
        return None
    subject = max(earlier, key=lambda n: n.end)
    lead = subject.start - sum(len(tokens(w)) for w in (subject.honorific, subject.rank, subject.degree) if w)
    if lead > 0 and toks[lead - 1].fold in OBJECT_MARKS:  # "cố vấn cho ông Moon ..., được bổ nhiệm": no subject
        return None
    between = [t.fold for t in toks[subject.end : verb]]
    if len(between) > PASSIVE_GAP or any(w in {".", ";", "?", "!", ":"} for w in between):
        return None
    passive = "được" in between or "bị" in between  # "ông X bị cảnh cáo và cho thôi chức Ủy viên ..."
    return subject if passive and (subject.confirmed or subject.short) else None


def _career_subject(toks: list[Tok], start: int, names: list[NameHit], lex: PeopleLexicon) -> NameHit | None:
    """The one person of the sentence before, when a sentence goes on their career with no subject.

    "Trước khi về Bộ Xây dựng, ông Duy là giảng viên ... Sau đó làm Phó vụ trưởng ...": a word of
    kind sequence opens the sentence, then leads and the verb right before the post.
    """
    k = start
    sizes = range(4, 0, -1)
    verb = next((size for size in sizes if k - size >= 0 and lex.appoint_verbs.match(toks, k - size) == size), 0)
    if not verb:
        return None
    k -= verb
    sequence = False
    while True:
        size = next((s for s in range(4, 0, -1) if k - s >= 0 and lex.appoint_leads.match(toks, k - s) == s), 0)
        if not size:
            break
        k -= size
        sequence = sequence or lex.appoint_sequence.match(toks, k) == size
    if not sequence or k == 0 or toks[k - 1].text not in SENTENCE_ENDS:
        return None
    before = next((j for j in range(k - 2, -1, -1) if toks[j].text in SENTENCE_ENDS), -1)
    told = [n for n in names if before < n.start and n.end < k and (not n.short or n.honorific)]
    return told[0] if len(told) == 1 else None


def _name_after(toks: list[Tok], end: int, by_start: dict[int, NameHit], lex: PeopleLexicon) -> NameHit | None:
    """The name after ', [honorific] [rank]', ', [person's noun]' or '(parent body)' that a chain introduces."""
    if end < len(toks) and toks[end].text == "(":  # "Phó tổng cục trưởng Tổng cục Du lịch (Bộ ...) Hà Văn Siêu"
        close = next((c for c in range(end + 1, min(len(toks), end + PAREN_WORDS + 2)) if toks[c].text == ")"), None)
        if close is None or not toks[end + 1].text[:1].isupper():
            return None
        return by_start.get(close + 1)
    if end >= len(toks) or toks[end].text != ",":
        return None
    j, _, _, _ = read_prefix(toks, end + 1, lex)
    if j == end + 1:  # "Tổ trưởng tổ dân phố số 20, CCB Bùi Trung Bình"
        j += lex.cues_before.match(toks, j)
    hit = by_start.get(j)
    return hit if hit and (j > end + 1 or hit.confirmed) else None


def role_like(toks: list[Tok], title: TitleHit) -> bool:
    """An unowned title worth keeping as a Role: capitalised, with an organisation, not 'của ...'."""
    if title.end <= title.pos_end or not toks[title.pos_start].text[:1].isupper():
        return False
    return not (title.start > 0 and toks[title.start - 1].fold in {"của", "cho"})
