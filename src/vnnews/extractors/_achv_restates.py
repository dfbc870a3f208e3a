"""Numbers that count nothing new, read before a number is taken as an amount: the same one, a count restating
the names just listed, the pair a story is about, a pronoun-like noun, figures of speech of crowds and distances.

Words come from ``achievement_context.yaml`` (kinds same, apposed, pair_owner/pair_noun, bare_people, far, audience,
told_after, regroup, regroup_after).
"""

from __future__ import annotations

import functools
from pathlib import Path

import regex

from ..lexicon import Termset, load
from ..numbers import NumberMatch, number_words
from ._achv_figures import deed_times, pair_of_bodies, vague_figure
from ._achv_names import HYPERBOLE_MIN, Names, names
from ._achv_vocab import Vocab
from ._achv_vocab_fields import kind_pattern
from ._achv_words import SPACES

#: Smallest vague amount of people that is a figure of speech whatever precedes it ('lừa dối hàng tỷ người').
PEOPLE_HYPERBOLE_MIN = 1_000_000_000
#: Largest count of a bare pronoun-like noun read as the ones told ('2 đứa lại chung sở thích').
MAX_BARE_PEOPLE = 12
#: Characters before a count searched for the list of names it restates ('Lyon và Marseille là 2 CLB').
NAMES_REACH = 120
#: Most words between a count and the copula naming its members ('3 cầu thủ vừa thi đấu tại SEA Games 31 | là').
MEMBERS_REACH = 10
_MEMBER_KINDS = ("members_copula", "members_plan", "members_done")
_NAME = r"\p{Lu}[\p{L}\p{M}\d.&-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}\d.&-]*){0,3}"
# A member's name, capitalised whatever the flags ('là Tân Hòa', not 'là trồng lúa'; under IGNORECASE '\p{Lu}' is
# any letter).
_CASED_NAME = rf"(?-i:{_NAME})"
# Names joined by 'và' (and commas before) closing a text: 'Lyon và Marseille', 'GEX, SDI và VNM'.
_NAMED_LIST = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d])(?:{_NAME}(?P<comma>[ \u00a0]*,[ \u00a0]*))*"
    rf"{_NAME}[ \u00a0]+và[ \u00a0]+{_NAME}[ \u00a0]*$"
)
_COMMA_END = regex.compile(r",[ \u00a0]*$")
_CLAUSE_STOP = regex.compile(r"[,;]")
#: Largest count told again by a spelled count earlier in the sentence ('hai bé ... 2 bé'): 'mười' at most.
MAX_SPELLED_REPEAT = 10
# A bare noun of one to three small-letter words, then 'trên': the ones told before ('3 nông dân trên tóm gọn').
_TOLD_NOUN = regex.compile(r"(?P<noun>(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){1,3}?)[ \u00a0]+trên(?![\p{L}\p{M}\d])")
_NOUN_WORD = regex.compile(r"[ \u00a0]+(?P<w>\p{Ll}[\p{L}\p{M}]*)")
# The word right before a number (with the spaces after it), small-letter: 'đưa' in 'liền đưa 2 bé'.
_LAST_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?P<w>\p{Ll}[\p{L}\p{M}]*)[ \u00a0]+$")
# Punctuation or the end right after a bare noun: nothing more describes it ('của 2 người.').
_CLOSED = regex.compile(r"[ \u00a0]*(?:[,.;:!?)…]|$)")


def restates(text: str, num: NumberMatch, whole: str, tail: str, end: int, v: Vocab, dirs: tuple[Path, ...]) -> bool:
    """A number that counts nothing new: '1' as 'the same' after a preposition and 'cùng' ('trong cùng 1 bài hát'),
    two people the story is about after an owner word ('tình bạn của 2 người bị rạn nứt'),
    a count restating the names listed right before it ('Lyon và Marseille là 2 CLB', 'GEX và SDI, 2 cổ phiếu
    vốn hóa lớn,'; the last two names, or all of them), vague billions of people ('lừa dối hàng tỷ người') or a vague
    distance apart ('xa nhau hàng nghìn cây số'), figures of speech; a bare 'đứa' ('2 đứa lại chung sở thích').
    Not an amount with a unit of measure ('Đức và Anh đều là 59%')."""
    n, tail_at = names(dirs), len(whole) - len(tail)
    if num.approximate:
        after = text[num.end : end].split()
        if n.far.search(tail) or vague_figure(text, num, tail, end, dirs):
            return True  # 'Dù xa nhau hàng nghìn cây số', 'bị kéo lê hàng chục mét và tử vong', 'gấp hàng chục lần'
        if num.value >= HYPERBOLE_MIN and n.audience.search(tail) and n.audience_noun.match(text, num.end, end):
            return True  # 'trước hàng triệu khán giả truyền hình'; not 'giải ngân trước hàng trăm tỷ đồng'
        return num.value >= PEOPLE_HYPERBOLE_MIN and bool(after) and after[0].lower() in v.person_heads
    if num.value == 1 and not num.spelled:
        return bool(n.same.search(tail))
    if not isinstance(num.value, int) or num.value < 2:
        return False
    if pair_of_bodies(text, num, tail, end, dirs) or deed_times(text, num, whole, end, dirs):
        return True  # 'của cán bộ, chiến sỹ 2 đơn vị;', '44 cá nhân hiến máu 40 lần được trao kỷ niệm chương'
    if _told_before(text, num, whole, tail, end, v, dirs):
        return True  # '3 nông dân trên tóm gọn', 'thấy hai bé nằm li bì ... liền đưa 2 bé vào viện'
    if num.value <= MAX_BARE_PEOPLE and (bare := n.bare_people.match(text, num.end, end)):
        return _closed(text, bare.end(), end, v)  # '2 đứa lại chung sở thích'
    owner = n.pair_owner.search(tail) if num.value == 2 else None
    if owner and not n.pair_not_owner.search(tail[: owner.start()]) and (noun := n.pair_noun.match(text, num.end, end)):
        return _closed(text, noun.end(), end, v)  # 'tình bạn của 2 người bị rạn nứt'; not 'thi thể của 2 người'
    if _introduces(text, num, end, tail, dirs) or _names_people(text, num, end, dirs):
        return True  # 'Riêng 3 cầu thủ ... là Hùng Dũng, Tiến Linh, Hoàng Đức sẽ ...', 'của 2 HLV Minh Tú và Lan Khuê'
    copula = _COMMA_END.search(tail) or n.apposed.search(tail)
    if copula is None:
        return False
    head = whole[: tail_at + copula.start()].rstrip()
    listed = _NAMED_LIST.search(head, max(0, len(head) - NAMES_REACH))
    if listed is None or v.unit_after.match(text, num.end, end):
        return False
    if num.value not in (2, 2 + len(listed.captures("comma"))):
        return False
    if not copula.group().startswith(","):
        return not _framed(head, listed.start(), n)
    close = _clause_end(text, num.end, end)
    if n.apposed_verb.search(text, num.end, close) and not _classes(dirs).match(text, num.end, close):
        return False  # 'Tại Quảng Ninh và Hải Phòng, 2 người đã tử vong': the subject of what follows
    return text.startswith(",", close) or not _framed(head, listed.start(), n)  # 'X và Y, 2 tỉnh miền núi, đã ...'


@functools.cache
def _members(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """After a count: its noun and words (no punctuation), a copula, names, then a plan ('là A, B, C sẽ')."""
    entries = load("achievement_context", dirs)
    copula, plan, _ = (kind_pattern(entries, k) for k in _MEMBER_KINDS)
    sep = r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+và[ \u00a0]+)"
    return regex.compile(  # no comma before the plan: '3 xã là A, B và C đạt chuẩn, dự kiến ...' is done, then a plan
        rf"(?:[ \u00a0]+[^\s,.;:!?()]+){{1,{MEMBERS_REACH}}}?[ \u00a0]+{copula}[ \u00a0]+"
        rf"(?P<n>{_CASED_NAME})(?:{sep}(?P<n>{_CASED_NAME}))*[ \u00a0]+{plan}(?!\w)",
        regex.IGNORECASE,
    )


@functools.cache
def _members_done(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """A done verb in the clause before the count: its members are a result ('Huyện đã hoàn thành 2 công trình')."""
    done = kind_pattern(load("achievement_context", dirs), _MEMBER_KINDS[2])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){done}(?![\p{{L}}\p{{M}}])[^,;]*$", regex.IGNORECASE)


def _introduces(text: str, num: NumberMatch, end: int, tail: str, dirs: tuple[Path, ...]) -> bool:
    """A count whose members are named right after it, as many as it counts, before a plan: no count of its own."""
    m = _members(dirs).match(text, num.end, end)
    if m is None or len(m.captures("n")) != num.value:
        return False
    return not _members_done(dirs).search(tail)


@functools.cache
def _named(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """After a count: a person noun, then names joined by commas and a last 'và', no more capitalised word after them,
    none opened by a body's or a place's word ('2 HLV Minh Tú và Lan Khuê'; not '2 sinh viên Trường ĐH Y và ...')."""
    entries = load("achievement_context", dirs)
    kinds = ("named_person", "named_opener")
    person, opener = (kind_pattern(entries, k) for k in kinds)
    name = rf"(?!{opener}(?![\p{{L}}\p{{M}}]))(?P<n>{_CASED_NAME})"
    return regex.compile(
        rf"[ \u00a0]+{person}[ \u00a0]+(?:{name}[ \u00a0]*,[ \u00a0]*)*{name}[ \u00a0]+và[ \u00a0]+{name}"
        rf"(?-i:(?![ \u00a0]*\p{{Lu}}))",
        regex.IGNORECASE,
    )


def _names_people(text: str, num: NumberMatch, end: int, dirs: tuple[Path, ...]) -> bool:
    """A count of people named right after it, as many names as it counts: it introduces them, nothing counted."""
    m = _named(dirs).match(text, num.end, end)
    return m is not None and len(m.captures("n")) == num.value


@functools.cache
def _told_words(dirs: tuple[Path, ...]) -> tuple[regex.Pattern[str], ...]:
    """The told_after words (after 'N noun trên'), regroup words (before a count), regroup_after ones (after it)
    and posture words (closing the noun before 'trên': 'ngồi trên' is on top)."""
    entries = load("achievement_context", dirs)

    def terms(kind: str) -> str:
        return kind_pattern(entries, kind)

    return (
        regex.compile(rf"[ \u00a0]*(?:[,.;:!?)…]|$|{terms('told_after')}(?!\w))", regex.IGNORECASE),
        regex.compile(rf"(?<!\w){terms('regroup')}[ \u00a0]+$", regex.IGNORECASE),
        regex.compile(rf"[ \u00a0]+{terms('regroup_after')}(?!\w)", regex.IGNORECASE),
        regex.compile(rf"(?<![\p{{L}}\p{{M}}]){terms('posture')}$", regex.IGNORECASE),
    )


def _told_before(
    text: str, num: NumberMatch, whole: str, tail: str, end: int, v: Vocab, dirs: tuple[Path, ...]
) -> bool:
    """A count of the ones told before: 'N <noun> trên' before a verb or punctuation ('vẫn bị 3 nông dân trên tóm
    gọn'; not '3 nông dân trên địa bàn', '20 hộ trên 60 tuổi', 'chở 6 người ngồi trên'), or digits a verb takes
    repeating a spelled count of the same noun earlier in the sentence ('thấy hai bé nằm li bì ... liền đưa 2 bé vào
    viện'; not 'hai xã ... thêm 2 xã', nor a list's next item: 'hai xã đạt chuẩn ..., 2 xã đạt chuẩn ...')."""
    told_after, regroup, regroup_after, posture = _told_words(dirs)
    above = _TOLD_NOUN.match(text, num.end, end)
    if above is not None and told_after.match(text, above.end(), end):
        words = above.group("noun").split()
        if not any(v.stop.fullmatch(w) for w in words) and not posture.search(" ".join(words)):
            return True
    noun = _bare_noun(text, num.end, end, v)
    if num.spelled or num.value > MAX_SPELLED_REPEAT or not noun or regroup.search(tail):
        return False
    if regroup_after.match(text, num.end + len(noun), end) or not _taken(whole, text, num.end + len(noun), end, v):
        return False
    spelled = _spelled(dirs, num.value)
    if spelled is None:
        return False
    said = regex.compile(rf"{spelled}{regex.escape(noun)}", regex.IGNORECASE).search(whole)
    if said is None or not said.group()[0].islower():  # 'Hai cầu thủ ...' opening it may be a glued headline
        return False
    return _bare_noun(whole, said.end() - len(noun), len(whole), v) == noun  # not 'hai hộ nghèo ... 2 hộ cận nghèo'


def _taken(whole: str, text: str, noun_end: int, end: int, v: Vocab) -> bool:
    """Digits a verb takes, closed after their noun: a small-letter word that is no stop word right before them ('liền
    đưa 2 bé'; not ', 2 trường', 'có 2 xã'), and a stop word or punctuation right after the noun, no predicate of
    their own ('2 bé vào viện'; not '2 hộ vay vốn trồng cây')."""
    before = _LAST_WORD.search(whole)
    if before is None or v.stop.fullmatch(before.group("w")):
        return False
    after = _NOUN_WORD.match(text, noun_end, end)
    return after is None or bool(v.stop.fullmatch(after.group("w")))


def _bare_noun(text: str, pos: int, end: int, v: Vocab) -> str:
    """The small-letter words at ``pos`` up to a stop word, at most three, with the spaces before them ('' if none)."""
    at = pos
    for _ in range(3):
        word = _NOUN_WORD.match(text, at, end)
        if word is None or v.stop.fullmatch(word.group("w")):
            break
        at = word.end()
    return text[pos:at]


@functools.cache
def _spelled(dirs: tuple[Path, ...], value: int) -> str | None:
    """The number words alone worth ``value`` ('hai' for 2, 'mười' for 10) as a pattern, or None."""
    words = [
        w
        for w, nw in number_words(dirs).items()
        if nw.kind in ("digit", "ten") and nw.value == value and not nw.ambiguous  # 'năm' is mostly 'year'
    ]
    return rf"(?<![\p{{L}}\p{{M}}]){Termset(words).pattern()}" if words else None


@functools.cache
def _classes(dirs: tuple[Path, ...]) -> regex.Pattern[str]:
    """The head of a count naming the class of the names before it ('2 địa phương'): it restates them."""
    terms = [e.term for e in load("achievement_context", dirs) if e.kind == "apposed_class"]
    return regex.compile(rf"[ \u00a0]+{Termset(terms).pattern()}(?!\w)", regex.IGNORECASE)


def _framed(head: str, start: int, n: Names) -> bool:
    """A preposition opening the names' clause ('Tại Tân Lập và Hòa Bình, 2 mô hình', 'Ở Ủy ban nhân dân huyện Bắc
    Hà và Si Ma Cai') or right before them ('Điểm sáng tại Tân Lập và Hòa Bình là 2 mô hình'): they are places or
    owners, and the count after them counts another thing ('nhà báo của tờ The Times thì Lyon và Marseille' is none)."""
    clause = max(head.rfind(c, 0, start) for c in ",;:") + 1
    return bool(n.apposed_opens.match(head, clause) or n.apposed_frame.search(head[:start]))


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the count's clause stops: the next comma or semicolon, else ``end``."""
    m = _CLAUSE_STOP.search(text, pos, end)
    return m.start() if m else end


def _closed(text: str, pos: int, end: int, v: Vocab) -> bool:
    """Punctuation, the end or a stop word (a verb, a preposition) at ``pos``: nothing describes the noun before it."""
    gap = SPACES.match(text, pos, end)
    return bool(_CLOSED.match(text, pos, end) or (gap and v.stop.match(text, gap.end(), end)))
