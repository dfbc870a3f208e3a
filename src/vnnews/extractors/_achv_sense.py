"""Whether an amount read with its unit states a result, by the grammar around it.

A number can be read well and still state nothing anybody did or measured: a condition ('Nếu bạn
đặt cược hàng triệu USD'), a rule or pledge ('bị phạt tiền từ 5 triệu đồng đến 10 triệu đồng'), an
instruction ('Pha 1 thìa muối'), an article ('là 1 chuyên gia', '1 số hộ'), a negation ('không 1
like'), a group told before ('cả 2 anh em', 'giữa 2 đội'), a proportion ('cứ 10 doanh nghiệp'), a
ranking ('1 trong 12 nước'), a listicle ('7 cách giúp ...'), a figure of speech ('ủng hộ 100%'), a
known pair ('2 bên'). :func:`no_result` names the reason, or gives None for a result. The words come
from ``achievement_sense.yaml``; the rules read the sentence around the number, never the article's topic.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from ..folded import Needed, holds_words, needed_words
from ..lexicon import Termset, load
from ..numbers import number_words
from ._achv_around import Around
from ._achv_brackets import bracket
from ._achv_frames import framed
from ._achv_norms import normed
from ._achv_outof import own_deed
from ._achv_place import placed
from ._achv_pointers import pointed
from ._achv_schemes import schemed
from ._achv_settled import settled
from ._achv_sizes import labelled
from ._achv_story import group_makeup, ratio, resumed
from ._achv_supposed import supposed
from ._achv_vocab import Vocab
from ._achv_words import CLAUSE_BREAK, CLAUSE_END, DIGIT_AFTER, DIGIT_END, NEAR_END, Tails

#: Words before a seat count or a rating the thing classed may stand ('xe hợp đồng đến 9 chỗ', 'hộp số 6 cấp').
VEHICLE_WORDS = 4
#: Words before a building's storeys searched for a copula ('là một ngôi nhà trọ 5 tầng').
DESCRIBED_WORDS = 6
_FLAGS = regex.IGNORECASE
#: 'giữa' and at most BETWEEN_WORDS words without punctuation before the number: 'giữa địa bàn 2 xã'.
BETWEEN_WORDS = 2
_BETWEEN_GAP = regex.compile(rf"(?:[ \u00a0]+[\p{{L}}\p{{M}}]+){{0,{BETWEEN_WORDS}}}[ \u00a0]+")
_NAME_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}")
#: A bracket right around a count of parts: '(4 kỳ)'.
_PARTS_OPEN = regex.compile(r"\([ \u00a0]*$")
_PARTS_CLOSE = regex.compile(r"[ \u00a0]*\)")
_TICKER = regex.compile(r"\p{Lu}{2,5}")
# digits, maybe a scale word, right before a rate's base: '2.500 đồng cho một triệu', '1 triệu đồng cho 1 USD'
_AMOUNT_END = regex.compile(r"\d(?:[\d.,]*\d)?(?:[ \u00a0]+[\p{L}\p{M}]+)?[ \u00a0]+$")
_OF = regex.compile(r"[ \u00a0]+của(?!\w)", regex.IGNORECASE)
#: Where a clause opens: the sentence start or punctuation ('Sau đó, cả 3 leo lên mái nhà'); not 'thắng cả 8 ván'.
_OPENS_CLAUSE = regex.compile(r"(?:^|[,;:.!?(“\"…\-–—])[ \u00a0]*$")
#: Most words between the counted noun and a superlative after 'có' ('32 CLB có giá trị đội hình lớn nhất').
RANKED_GAP = 8
#: A point and a single zero is a version, never a Vietnamese amount (thousands take three digits, decimals a comma).
_VERSION = regex.compile(r"\d+\.0")
#: Most children a bare 'con' after a parent word is read as ('ông bố 4 con'); more is a herd ('đã có 30 con').
FAMILY_MAX = 12
#: A digit: a number told before in the clause.
_DIGIT = regex.compile(r"\d")
#: A headline: a sentence with no closing punctuation ('8 bước tiết kiệm tiền đơn giản ít người biết').
_HEADLINE_END = regex.compile(r"[.!?…:;\"”)]\s*$")


class Patterns(dict[str, "regex.Pattern[str]"]):
    """Each kind's terms as one compiled pattern, compiled on first use (about 200; an article needs few).

    A dict that compiles a missing kind: every later lookup (tens of thousands per hundred articles) is a
    plain dict lookup.
    """

    def __init__(self, terms: dict[str, str], template: str) -> None:
        super().__init__()
        self._terms, self._template = terms, template

    def __missing__(self, kind: str) -> regex.Pattern[str]:
        found = self[kind] = regex.compile(self._template.format(self._terms[kind]), _FLAGS)
        return found


@dataclass(frozen=True)
class Sense:
    """The patterns of ``achievement_sense.yaml``, loaded once per lexicon folders."""

    anywhere: Patterns  # kind -> terms found anywhere in a stretch of text
    at_end: Tails  # kind -> terms closing the text before the number (searched over its last words)
    at_start: Patterns  # kind -> terms opening a stretch (clause, unit)
    at_close: Patterns  # kind -> terms closing a stretch ('nước đứng đầu')
    spelled: dict[int, tuple[str, ...]]  # value -> its number words ('hai' for 2), for counts told before
    needed: dict[str, Needed | None]  # kind -> each term's words (vnnews.folded.needed_words)
    reach: dict[str, int]  # a term's words, lowered, single-spaced -> its reach (own_rule)
    widest: int  # the widest reach, for a term matched in a spelling ``reach`` has no key for
    dirs: tuple[Path, ...] = ()  # the lexicon folders loaded, for the rules that load more words

    def may(self, at: Around, kind: str, *, paragraph: bool = False) -> bool:
        """False only when the sentence before the number (or its paragraph), lowered, holds no term's words all."""
        low, needed = at.lowered_before, self.needed[kind]
        return low is None or needed is None or holds_words(low[0 if paragraph else 1], needed)

    def terms_in(self, at: Around, kind: str, *, paragraph: bool = False) -> Iterator[regex.Match[str]]:
        """The terms of ``kind`` in the sentence before the number (or its paragraph), left to right (see ``may``)."""
        found = self.may(at, kind, paragraph=paragraph)
        return self.anywhere[kind].finditer(at.paragraph if paragraph else at.before) if found else iter(())

    def cue_near(self, at: Around, kind: str) -> regex.Match[str] | None:
        """The first term of ``kind`` at most NEAR_WORDS words before the number ('cần tới | hơn | 200 tỷ đồng')."""
        return next((m for m in self.terms_in(at, kind) if NEAR_END.fullmatch(at.before, m.end())), None)


@functools.cache
def sense(dirs: tuple[Path, ...] = ()) -> Sense:
    """Load ``achievement_sense.yaml``; its patterns compile when first used."""
    entries = load("achievement_sense", dirs)
    by_kind: dict[str, list[str]] = {}
    for e in entries:
        by_kind.setdefault(e.kind, []).append(e.term)
    # the hedges that bound an amount (qualifiers.yaml: over, under, at most, at least) bound a group too
    by_kind.setdefault("bound_hedge", []).extend(q.term for q in load("qualifiers", dirs) if q.group)
    # a spec the thing has ('có' and a spec noun: 'có trọng tải') is a modal a deed after it ends
    specs = {f"{e} {a}" for e in by_kind.get("exists", []) for a in by_kind.get("attendant", [])}
    by_kind.setdefault("deed_ends", []).extend(t for t in by_kind.get("modal", []) if t in specs)
    terms = {k: Termset(v).pattern() for k, v in by_kind.items()}
    words = {k: max((len(t.split()) for t in v), default=1) for k, v in by_kind.items()}  # the most a term has
    reach = {" ".join(e.term.lower().split()): e.reach for e in entries if e.reach is not None}
    return Sense(
        anywhere=Patterns(terms, "{}"),
        at_end=Tails(Patterns(terms, "{}[ \u00a0]+$"), words),
        at_start=Patterns(terms, "[ \u00a0]*{}"),
        at_close=Patterns(terms, "{}$"),
        spelled=_spelled(dirs),
        needed={k: needed_words(v) for k, v in by_kind.items()},
        reach=reach,
        widest=max(reach.values(), default=0),
        dirs=dirs,
    )


def _spelled(dirs: tuple[Path, ...]) -> dict[int, tuple[str, ...]]:
    """The number words of each value from one to ten ('hai', 'bảy'/'bẩy', 'mười')."""
    out: dict[int, tuple[str, ...]] = {}
    for term, w in number_words(dirs).items():
        if w.kind in ("digit", "ten") and not w.ambiguous:
            out[int(w.value)] = (*out.get(int(w.value), ()), term)
    return out


#: Tells whether the syllable starting at an offset continues a word begun before it.
InsideWord = Callable[[int], bool]


def no_result(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the amount states no result (the kind of the rule that says so), or None when it states one."""
    checks = (supposed, _article, pointed, _referred, _counts_nothing, _names_not_counts, placed, bracket, settled,
              normed, labelled, schemed, framed)
    for check in checks:
        reason = check(at, v, s, inside_word)
        if reason:
            return reason
    return None



def _series_parts(at: Around, s: Sense) -> bool:
    """A count of parts in brackets after a series' title ('Loạt bài ... (4 kỳ) của tác giả'): how the entry is made;
    not after 'đã' ('loạt bài tuyên truyền, đã phát (20 kỳ)'); a title may hold commas."""
    if not s.at_start["series_part"].fullmatch(at.unit.text) or not _PARTS_CLOSE.match(at.after):
        return False
    if not _PARTS_OPEN.search(at.before) or not s.may(at, "series"):
        return False
    title = [at.before[m.end() :] for m in s.anywhere["series"].finditer(at.before)]
    return bool(title) and not s.anywhere["achieved"].search(title[-1])  # a title may hold commas, no 'đã'


def _border(at: Around, s: Sense) -> bool:
    """A count of places a place borders: lower-case 'giáp (với)' right before it and a place noun right after it."""
    if at.unit.kind != "noun" or not s.at_start["border_place"].match(at.unit.text):
        return False
    found = s.at_end["border"].search(at.before)
    return found is not None and found.group().islower()  # not 'Võ Nguyên Giáp', 'Xã Hương Giáp'


def _scope(at: Around, s: Sense) -> bool:
    """A field or a contest's division as a scope's noun: bare 'bảng' only before a clause end or a name ('bảng A')."""
    if s.at_start["scope_noun"].match(at.unit.text):
        return True
    board = s.at_start["scope_board"].fullmatch(at.unit.text)
    return bool(board) and bool(CLAUSE_END.match(at.after) or _NAME_NEXT.match(at.after))


def _article(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """'1' as the article 'a/some': before a determiner noun, after a copula or a negation."""
    if at.num.value != 1 or at.unit.kind != "noun":
        return None
    if s.at_start["determiner"].match(at.unit.text):
        return "determiner"
    for kind in ("copula", "frame", "negation"):
        if s.at_end[kind].search(at.before):
            return kind
    return None


def _referred(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """A group told before or named by its sides: 'cả 2 anh em', 'giữa 2 đội', '1 trong 12 nước', '2 bên'."""
    if at.unit.kind == "noun" and s.at_start["back"].match(at.after):
        return "back"  # 'Ngoài 2 mã này', '2 đối tượng nói trên': a group told before
    if at.unit.kind == "noun" and not at.num.approximate and s.at_end["pointed"].search(at.before):
        return "back"  # 'Bologna và AC Milan, đây là 2 đội bóng không cùng đẳng cấp': the ones just named
    closing = s.at_start["back_closing"].match(at.after) if at.unit.kind == "noun" else None
    if closing and CLAUSE_END.match(at.after, closing.end()):
        return "back"  # 'cả 3 yếu tố trên.'; not '2 người trên xe'
    if at.unit.kind == "noun" and s.at_start["persona"].fullmatch(at.unit.text) and _NAME_NEXT.match(at.after):
        return "back"  # '3 anh chàng The Wings hát ...': the members of a group named, no count
    if at.unit.kind == "noun" and s.at_end["trio"].search(at.before):
        return "back"  # 'trong bộ 3 hạt nhân': the triad, a term; not 'toàn bộ 14 căn hộ'
    if at.unit.kind == "noun" and resumed(at, s):
        return "back"  # 'Đến lúc này, 3 người phụ nữ mới lộ nguyên hình': the ones the story told, acting again
    if at.unit.kind == "noun" and group_makeup(at, s):
        return "back"  # 'trong số 3 đối thủ của U20 Việt Nam ở bảng E': the group's make-up
    couple = at.num.value == 2 and s.at_start["told"].fullmatch(at.unit.text) and CLAUSE_END.match(at.after)
    if couple and s.at_end["owner"].search(at.before):
        return "pair"  # 'thủ tục ly hôn của 2 người.': the couple told before
    if (whole := s.at_end["whole"].search(at.before)) and (at.num.value == 2 or _told(at, whole.start(), s)):
        return "whole"  # 'cả 2 anh em', 'Cả 3 vị được gọi chung là ...': all of the people told before
    if at.unit.kind == "noun" and s.at_end["most_of"].search(at.before) and not own_deed(at, s):
        return "whole"  # 'Hầu hết 24 quận, huyện đều ...': most of a whole, how many of them is not told
    if any(_BETWEEN_GAP.fullmatch(at.before, m.end()) for m in s.terms_in(at, "between")):
        return "between"  # 'giữa 2 đội', 'giáp ranh giữa địa bàn 2 xã'
    if _border(at, s):
        return "between"  # 'giáp với 2 tỉnh Svay Rieng', 'Nhà văn hóa giáp 2 thôn'; not 'Tết Giáp Thìn trao 500 suất'
    if s.at_end["bracket"].search(at.before) and (
        s.anywhere["ranking"].search(at.next_clause) or s.at_start["ranking_world"].match(at.next_clause)
    ):
        return "bracket"  # '1 trong 12 nước dẫn đầu thế giới' is a ranking
    if at.unit.kind == "noun" and _scope(at, s) and s.at_end["scope"].search(at.before):
        return "window"  # 'tập trung vào 3 lĩnh vực chính', '48 giải cá nhân của 2 bảng': a scope, nothing counted
    if at.unit.kind == "noun" and _series_parts(at, s):
        return "back"  # 'Loạt bài Chuyện chưa kể ... (4 kỳ)': a series' parts, no count
    if s.may(at, "ratio") and ratio(at, s):
        return "ratio"
    # the pair may run past a unit cut short ('2 chị | em Triệu Phi Yến')
    if at.num.value == 2 and at.unit.kind == "noun" and (pair := v.pair.match(at.unit.text + at.after)):
        nxt = at.unit.start + pair.end() + 1
        if pair.end() == len(at.unit.text) or not inside_word(nxt):
            return "pair"
    return None


def _told(at: Around, whole: int, s: Sense) -> bool:
    """People counted after 'cả' opening a clause: the ones told before ('Sau đó, cả 3 kẻ ...')."""
    return bool(s.at_start["told"].match(at.unit.text)) and bool(_OPENS_CLAUSE.search(at.before, 0, whole))


def reports_event(text: str, pos: int, s: Sense) -> bool:
    """A verb right after a count saying what happened to it ('1 người tử vong', '1 thí sinh bị đình chỉ')."""
    return bool(s.at_start["event"].match(text, pos))


def _ranking(at: Around, s: Sense) -> bool:
    """The counted ones are the top of a ranking: a leader word, a top group, a superlative nobody chose:
    'thuộc nhóm 70 nước đứng đầu', 'danh sách 10 quốc gia đứng đầu về ...', '10 CLB có giá trị lớn nhất';
    not 'lựa chọn được 139 tác phẩm xuất sắc nhất' (chosen, counted), '3/4 đội mạnh nhất' (a part, counted).
    """
    if s.at_close["lead"].search(at.unit.text) or s.at_start["lead"].match(at.after):
        return True
    if s.at_end["in_top"].search(at.before):
        return True
    if at.unit.start - at.num.end > 1:
        return False  # a part, counted ('3/4 đội mạnh nhất')
    return not (s.may(at, "chose") and s.anywhere["chose"].search(at.clause)) and _ranked(at, s)


def _ranked(at: Around, s: Sense) -> bool:
    """A superlative in or right after the counted noun, or after 'có' and what it has: the top of a ranking.

    '10 cuốn sách | hay nhất thế giới', '10 chân sút xuất sắc | nhất', '32 CLB | có giá trị lớn nhất thế
    giới', '2 điểm dừng chân | phục vụ khách du lịch hàng đầu Việt Nam' (ranked_verb); not '103 bài thi | đạt điểm
    cao nhất' (a result) nor after a comma. The caller keeps the
    ones an action chose ('lựa chọn được 139 tác phẩm xuất sắc nhất').
    """
    unit = at.unit.text
    clause = unit + CLAUSE_BREAK.split(at.after)[0]  # a unit's own comma: 'tỉnh, thành'
    best = s.anywhere["best"].search(clause)
    if best is None:
        return False
    gap = clause[len(unit) : best.start()].strip()
    return not gap or (bool(s.at_start["ranked_verb"].match(gap)) and len(gap.split()) <= RANKED_GAP)


def _near(before: str, kind: str, s: Sense) -> bool:
    """A word of ``kind`` in the last VEHICLE_WORDS words before the number ('xe khách giường nằm loại 45')."""
    return bool(s.anywhere[kind].search(" ".join(before.split()[-VEHICLE_WORDS:])))


def _described(at: Around, v: Vocab, s: Sense) -> bool:
    """One building told by what it is like: an indefinite 'một' before it, a copula or a description after the unit
    ('là một ngôi nhà trọ 5 tầng', 'một căn nhà 3 tầng nằm trên đường'), and no verb of doing after the copula:
    'xây dựng một nhà văn hóa 2 tầng', 'Công trình là nhà văn hóa 2 tầng' are the thing built; only where an
    incident is told before ('Nơi xảy ra vụ cháy là ...'): 'Điểm trường là một nhà 2 tầng được xây dựng' is built."""
    near = " ".join(at.before.split()[-DESCRIBED_WORDS:])
    if not s.anywhere["indefinite"].search(near) or not s.anywhere["incident"].search(at.before):
        return False
    deeds = [(a.start(), a.end()) for a in v.action.finditer(near)]
    copulas = [c for c in s.anywhere["copula"].finditer(near) if not any(a <= c.start() < b for a, b in deeds)]
    governed = near[copulas[-1].end() :] if copulas else at.clause
    if v.action.search(governed):
        return False
    return bool(copulas or s.at_start["described"].match(at.after.lstrip(" ,\u00a0")))


def _counts_nothing(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Tips and reasons counted in advice ('7 cách giúp ...'), and '100%' as a figure of speech ('ủng hộ 100%')."""
    if at.unit.kind == "noun" and s.at_start["listicle"].match(at.unit.text + at.after):
        return "listicle"  # the term may run past the unit: '3 điểm| cần lưu ý' (the unit stops at the modal)
    if next(s.terms_in(at, "links"), None):
        return "links"  # 'Tin liên quan Bị treo giò, ... 6 ngôi sao tỏa sáng trước 1 CLB': other articles' headlines
    headline = not at.before.strip() and not _HEADLINE_END.search(at.after)
    if headline and at.unit.kind == "noun" and s.at_start["list_head"].match(at.unit.text):
        return "listicle"  # '8 bước tiết kiệm tiền đơn giản ít người biết', '5 biểu đồ chứng minh ...'
    if headline and at.unit.kind == "noun" and s.anywhere["hook"].search(at.unit.text + at.after):
        return "listicle"  # '10 thung lũng tuyệt đẹp du khách không thể bỏ qua': a travel listicle
    if s.at_start["coordinate"].match(at.unit.text + at.after):
        return "coordinate"  # '15,8 độ vĩ bắc', '115,2 độ Kinh Đông': a position on the map
    if at.unit.kind == "noun" and at.unit.start - at.num.end <= 1:  # not 'thắng 4/5 trận gần nhất' (a part)
        for kind in ("window", "top"):  # 'trong 6 trận gần nhất', '10 bãi biển đẹp nhất thế giới'
            if s.anywhere[kind].search(at.unit.text):
                return kind
    if at.unit.kind == "noun" and _ranking(at, s):
        return "top"  # 'thuộc nhóm 30 nước', '10 CLB có giá trị lớn nhất', 'danh sách 10 quốc gia đứng đầu'
    if at.unit.kind == "noun" and s.at_start["address"].fullmatch(at.unit.text) and _NAME_NEXT.match(at.after):
        return "address"  # '34, 36, 42 đường Chu Mạnh Trinh'
    if at.unit.kind == "noun" and _TICKER.fullmatch(at.unit.text) and DIGIT_AFTER.match(at.after):
        return "table"  # a row of a table: '5 PNJ 104,000 +2,00'
    if at.unit.kind == "noun" and s.at_start["seat"].match(at.unit.text) and _near(at.before, "vehicle", s):
        return "class"  # 'xe khách 45 chỗ', 'ôtô 7 chỗ': a vehicle's class, no count of seats
    if at.unit.kind == "noun" and s.at_start["rating"].fullmatch(at.unit.text) and _near(at.before, "rated", s):
        return "class"  # 'hộp số tự động 6 cấp', 'khách sạn 5 sao', 'Bộ xử lý 8 nhân': a class or spec
    if at.unit.kind == "noun" and s.at_start["kin"].match(at.unit.text) and not _OF.match(at.after):
        return "kin"  # 'đưa 2 con nhỏ đi ăn'; not '6 người con, cháu của ông Niên được nhận vào làm'
    if at.unit.kind == "percent" and s.at_start["certain"].match(at.after):
        return "figure"  # '99% đây chính là ...': how sure the writer is, no share of anything
    if at.num.value == 100 and at.unit.kind == "percent" and not s.at_start["share_of"].match(at.after):
        if s.at_end["figure"].search(at.before):
            return "figure"  # 'ủng hộ 100% chủ trương này'; not 'ủng hộ 100% số tiền' (a share)
        if s.anywhere["must"].search(at.clause):
            return "requirement"  # 'giáo viên phải có mặt 100% thời gian': a norm, nothing measured
    return None


def _names_not_counts(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """A number that names rather than counts: a set phrase, a calibre, a vehicle's tonnage, a rate's base, a family:
    'thực hiện 3 công khai', 'bạn bè 5 châu'; 'pháo 30mm', 'hạng cân dưới 61kg', 'xe tải 7,5 tấn';
    '1 USD đổi 113,02 yen'; 'đã có chồng và 2 con'.
    """
    if at.unit.kind == "noun" and s.at_start["idiom"].fullmatch(at.unit.text):
        return "idiom"
    if _VERSION.fullmatch(at.written):
        return "version"  # 'Cách mạng công nghiệp 4.0', 'động cơ 2.0 TFSI': a version or a model, no amount
    for measure, thing in (("calibre", "gun"), ("weight", "weight_class")):
        if s.at_start[measure].fullmatch(at.unit.text) and _near(at.before, thing, s):
            return "class"  # 'pháo 30mm', 'vô địch hạng nhẹ 57 kg
    if s.at_start["tonnage"].fullmatch(at.unit.text) and s.at_end["hull"].search(at.before):
        return "class"
    if s.at_start["storey"].fullmatch(at.unit.text) and _near(at.before, "building", s) and _described(at, v, s):
        return "class"  # 'Nơi xảy ra vụ cháy là một ngôi nhà trọ 5 tầng, nằm trong ngõ sâu': what it is like
    if at.unit.kind == "percent" and s.at_start["grade"].match(at.after):
        return "class"  # 'gạo 5% tấm': rice with 5% broken grains, a grade
    if at.unit.kind == "measure" and s.at_end["product"].search(at.before):
        return "class"  # 'giá vàng SJC 1kg': the 1 kg bar, a product
    if s.at_start["yardstick"].match(at.unit.text) and s.at_end["likened"].search(at.before):
        return "figure"  # 'tương đương 3 sân bóng đá': a size told by a yardstick, no pitches counted
    currency = at.unit.kind == "currency" and s.at_start["exchange"].match(at.after)
    if at.num.value == 1 and (currency or s.at_start["swap"].match(at.after)):
        return "ratio"  # '1 USD đổi 113,02 yen', '1 bảng đổi 1,2844 USD': the base of a rate
    money = at.unit.kind == "currency" or s.at_start["money"].fullmatch(at.unit.text)
    base = s.at_end["per_money"].search(at.before) if money else None
    if base and _AMOUNT_END.search(at.before, 0, base.start()):  # an amount before it, not 'Quỹ Cộng đồng cho'
        return "ratio"  # 'lãi suất ngày là 2.500 đồng cho một triệu tiền vay': the base of a rate
    family = at.num.value <= FAMILY_MAX and s.at_start["child"].fullmatch(at.unit.text)
    clause = at.clause
    with_spouse = s.at_end["joined"].search(clause) and s.anywhere["spouse"].search(clause)
    if family and (s.at_end["parent"].search(at.before) or with_spouse):  # 'bên bà xã Chu Lệ Thiên và 2 con'
        return "kin"
    if (seat := s.at_end["constituency"].search(at.before)) and not DIGIT_END.search(at.before, 0, seat.start()):
        return "scope"  # 'đại biểu HĐND ... đơn vị bầu cử ở 2 xã': whom they stand for; not '12 đơn vị bầu cử ở 25 xã'
    return "kin" if _household_size(at, s) else None


def _household_size(at: Around, s: Sense) -> bool:
    """One family's size ('Gia đình thuộc diện hộ nghèo với 5 khẩu'), no count: no number before it in its clause.

    'hỗ trợ 120 hộ với 540 nhân khẩu' counts people over many households and stays.
    """
    if at.num.value > FAMILY_MAX or not s.at_start["household_size"].fullmatch(at.unit.text):
        return False
    link = s.at_end["household_link"].search(at.clause)  # the household is its subject: 'Gia đình anh A ... với'
    return link is not None and s.anywhere["household"].search(at.clause) is not None and not _DIGIT.search(at.clause)
