"""Amounts a scheme, a page, a name, a grade or a cap states: nobody did, reached or counted them.

'• Hạng 4 sao: Tổng điểm trung bình đạt từ 70 đến 89 điểm' (a band of scores defining a class), 'xếp hạng sản
phẩm, gồm 05 hạng sao' (a scheme's classes), 'chính quyền địa phương 2 cấp' (a model's name), 'tại 2 vụ Đông Xuân
và Hè Thu' (the seasons named), 'Tôm sú loại 30 con/kg' (a size grade), 'Cây xăng chỉ bán tối đa 50.000đ/xe máy' (a
sales cap), 'tiền đầu tư mỗi công là 7 triệu đồng' (a cost rate), 'Bình quân 100 tấn thì có 3,5 tấn' (a rate's base),
'chỉ tiêu ...: 100% ... các huyện có ít nhất 2 hoạt động' (a least amount per unit in a list of indicators), a length
set on a text ('Tối thiểu 10 chữ Tiếng việt có dấu', 'Bài dự thi viết tối đa 1.500 chữ'), and page furniture: '248 kết
quả phù hợp', 'Tối đa: 1500 ký tự' or 'Bạn còn 500/500 ký tự' alone on a line, '(427.21 KB, 18 trang )' or 'Tải bản
đầy đủ (33 trang)' (a document's size), 'Lễ hội miền bắc 2 docx' (a file's name), 'Đơn vị: 1.000.000đ' (a table's
unit). The words are kinds of ``achievement_sense.yaml`` (ach28a and ach29e sections). Used by :mod:`._achv_sense`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..lexicon import Termset, load
from ._achv_grades import graded
from ._achv_words import DIGIT, NEAR_WORDS

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import InsideWord, Sense
    from ._achv_vocab import Vocab

_FLAGS = regex.IGNORECASE
#: Most words between a body's noun and its levels ('chính quyền | địa phương | 2 cấp', 'Quỹ | Vì người nghèo |').
TIER_WORDS = 4
#: Most words from 'mỗi' to the amount in a cost per unit: the unit noun and its copula ('mỗi | công là |').
COST_WORDS = 3
#: Quotes a name may stand in ('Quỹ “ Vì người nghèo” 4 cấp'): read past.
_QUOTES = regex.compile(r"[\"“”'‘’]")
#: Most words of a line's label and its colon before a counter alone on it ('Kết quả tìm kiếm: | 248 kết quả').
LABEL_WORDS = 3
#: A few words and a colon: a line's label ('Kết quả tìm kiếm:').
_LABEL_WORDS = rf"(?:[\p{{L}}\p{{M}}]+[ \u00a0]*){{1,{LABEL_WORDS}}}:"
#: What may close a line after its counter: nothing but spaces, a bracket, a stop.
_LINE_CLOSE = regex.compile(r"[ \u00a0)\].]*")
#: A field separator closing the line, maybe more fields after it ('21 trang |', '21 trang | Chia sẻ: aloso').
_PIPE_CLOSE = regex.compile(r"[ \u00a0]*\|[^\n]*")
#: A class's label opening the sentence, up to its colon ('• Hạng 4 sao:', 'Loại khá:'); {} are the labels.
_LABEL_OPEN = r"[ \u00a0]*[•·*+\-–]?[ \u00a0]*{}[^:;.!?]{{0,30}}:"
#: A named subject: two words opening with capitals in a row ('Huyện Bát Xát'); case-sensitive.
_NAMED = regex.compile(r"\p{Lu}[\p{L}\p{M}]*[ \u00a0]+\p{Lu}")
#: Most words of the place names opening a weather box's line ('• TP Hồ Chí Minh Hà Nội |33°C').
PLACE_WORDS = 8
#: A reading in a weather box ('32°C', '33 °C'); {} is the weather units' alternation.
_READING = r"\d[\d.,]*(?:[ \u00a0]*[\-–][ \u00a0]*\d[\d.,]*)?[ \u00a0]*(?:{})"
#: A percent ('100%', '90 %'): a share of units, each held to the bound after it.
_PERCENT = regex.compile(r"\d[ \u00a0]*%")


@dataclass(frozen=True)
class _Patterns:
    """The rules' patterns built from the kinds' alternations, once per lexicon folders."""

    label_open: regex.Pattern[str]  # '• Hạng 4 sao:' opening the sentence
    counter_line: regex.Pattern[str]  # 'Tối đa: |1500 ký tự', '|248 kết quả phù hợp': a line up to its counter
    file_size: regex.Pattern[str]  # '(427.21 KB, |18 trang'
    size_after: regex.Pattern[str]  # '18 trang|, 2.25 MB'
    file_format: regex.Pattern[str]  # '(.pdf) (|18 trang' (the sentence may start after its '.': 'pdf) (')
    download: regex.Pattern[str]  # 'Tải bản đầy đủ (|33 trang'
    unit_header: regex.Pattern[str]  # 'Đơn vị: |1.000.000đ'
    weather_places: regex.Pattern[str]  # '• Hải Phòng Hà Nội |29°C', 'Cà Mau, 32°C/ |32°C': a weather box's line
    weather_after: regex.Pattern[str]  # '29°C|', '32°C|/ 32°C - 33°C Icon thời tiết nắng': its readings to its end
    weather_reading: regex.Pattern[str]  # '29°C': a reading, read on the lines either side
    readings_before: regex.Pattern[str]  # '23°C / |22-25°C': readings only, from the line's start
    then_amount: regex.Pattern[str]  # 'Bình quân 100 tấn| thì có 3,5 tấn': 'thì (có)', <= NEAR_WORDS words, an amount
    then_time: regex.Pattern[str]  # '...| thì năm 2024 đạt', '...| thì nay đạt': then and now compared


_BUILT: dict[object, _Patterns] = {}


#: An amount right after a cost word, maybe hedged ('chi phí| khoảng 50', 'cho thu| 200').
_AMOUNT_NEXT = regex.compile(r"[ \u00a0]+(?:[\p{L}\p{M}]+[ \u00a0]+){0,2}\d")
#: A page viewer's total alone on its line after a slash ('/ 91 trang').
_PAGE_OF = regex.compile(r"[ \u00a0]*/[ \u00a0]*")


def _patterns(s: Sense) -> _Patterns:
    """Compose the kinds' alternations into the patterns (once per lexicon folders)."""
    if (found := _BUILT.get(s.dirs)) is not None:
        return found
    names = (
        "band_label", "counter_label", "counter_addressee", "file_size", "file_format", "download", "unit_header",
        "ratio_then", "then_time", "weather_unit", "weather_box",
    )
    k = {name: s.anywhere[name].pattern for name in names}
    # glued to its number in a reading ('32°C'): no word boundary before the unit, one after it
    units = Termset(e.term for e in load("achievement_sense", s.dirs) if e.kind == "weather_unit")
    k["weather_unit"] = rf"(?:{units.pattern(boundary=False)}(?!\w))"
    built = _BUILT[s.dirs] = _Patterns(
        label_open=regex.compile(_LABEL_OPEN.format(k["band_label"]), _FLAGS),
        # a counter's line up to it: nothing, a label of its own ('Có 15', 'Tối đa: 1500'), maybe told to the reader
        # ('Bạn còn 500/500'), or a few words and a colon
        counter_line=regex.compile(
            rf"[ \u00a0]*[•·*\-–]?[ \u00a0]*(?:(?:{k['counter_addressee']}[ \u00a0]+)?{k['counter_label']}[ \u00a0]*:?"
            rf"|{_LABEL_WORDS})?[ \u00a0]*",
            _FLAGS,
        ),
        file_size=regex.compile(rf"\d[\d.,]*[ \u00a0]*{k['file_size']}[ \u00a0]*,[ \u00a0]*$", _FLAGS),
        size_after=regex.compile(rf"[ \u00a0]*,[ \u00a0]*\d[\d.,]*[ \u00a0]*{k['file_size']}", _FLAGS),
        file_format=regex.compile(rf"(?:\.|^)[ \u00a0]*{k['file_format']}[ \u00a0]*\)[ \u00a0]*\([ \u00a0]*$", _FLAGS),
        download=regex.compile(rf"(?<!\w){k['download']}[ \u00a0]*\([ \u00a0]*$", _FLAGS),
        unit_header=regex.compile(rf"(?:^|\()[ \u00a0]*{k['unit_header']}[ \u00a0]*:[ \u00a0]*$", _FLAGS),
        weather_places=regex.compile(
            rf"[ \u00a0]*[•·*\-–]?[ \u00a0]*(?:\p{{Lu}}[\p{{L}}\p{{M}}.]*[ \u00a0]*,?[ \u00a0]*){{1,{PLACE_WORDS}}}"
            rf"(?:{_READING.format(k['weather_unit'])}[ \u00a0]*[/\-–][ \u00a0]*)*"
        ),
        weather_after=regex.compile(
            rf"(?:[ \u00a0]*[/\-–][ \u00a0]*{_READING.format(k['weather_unit'])})*[ \u00a0]*"
            rf"(?:{k['weather_box']}[^\n]*)?",
            _FLAGS,
        ),
        weather_reading=regex.compile(_READING.format(k["weather_unit"]), _FLAGS),
        readings_before=regex.compile(
            rf"[ \u00a0]*(?:{_READING.format(k['weather_unit'])}[ \u00a0]*[/\-–][ \u00a0]*)*", _FLAGS
        ),
        then_amount=regex.compile(
            rf"[ \u00a0]*{k['ratio_then']}(?:[ \u00a0]+có)?[ \u00a0]+(?:[\p{{L}}\p{{M}}]+[ \u00a0]+){{0,{NEAR_WORDS}}}"
            r"\d",
            _FLAGS,
        ),
        then_time=regex.compile(rf"[ \u00a0]*{k['ratio_then']}[ \u00a0]+{k['then_time']}", _FLAGS),
    )
    return built


def schemed(at: Around, v: Vocab, s: Sense, inside_word: InsideWord) -> str | None:
    """Why the amount is a scheme's, a page's, a name's, a grade's or a cap's (the rule's kind), or None."""
    if furniture := _furniture(at, s):
        return furniture
    if s.at_start["length_unit"].fullmatch(at.unit.text) and s.at_end["length_bound"].search(at.before):
        return "rule"  # 'Tối thiểu 10 chữ', 'Bài dự thi viết tối đa 1.500 chữ': a length set on a text
    noun = at.unit.kind == "noun"
    if s.at_start["score_unit"].fullmatch(at.unit.text) and _score_band(at, s):
        return "threshold"  # 'Hạng 4 sao: ... đạt từ 70 đến 89 điểm': a class's band of scores
    if noun and s.at_start["scheme_class"].fullmatch(at.unit.text) and _scheme_classes(at, s):
        return "rule"  # 'xếp hạng sản phẩm, gồm 05 hạng sao': the classes of a scheme
    if noun and s.at_start["tier_unit"].fullmatch(at.unit.text) and _tiered(at, v, s):
        return "name"  # 'chính quyền địa phương 2 cấp', 'Quỹ “Vì người nghèo” 4 cấp': a body's levels in its name
    if noun and s.at_start["season_unit"].fullmatch(at.unit.text) and _seasons(at, s):
        return "window"  # 'tại 2 vụ Đông Xuân và Hè Thu năm trước': when it happened
    if s.at_start["grade_rate"].fullmatch(at.unit.text.replace(" ", "")) and not _reached(at, s):
        return "class"  # 'Tôm sú loại 30 con/kg': a size grade
    if grade := graded(at, s):
        return grade  # '70 con, 80 con và 100 con/kg', '(100% vốn Đài Loan', 'ca mắc/100000 dân', 'đồng/bao (25kg)'
    if at.unit.kind in ("currency", "measure") and _sales_cap(at, s):
        return "rule"  # 'chỉ bán tối đa 50.000đ/xe máy': how much each buyer may have
    if at.unit.kind == "currency" and _cost_rate(at, s):
        return "ratio"  # 'tiền đầu tư mỗi công là 7 triệu đồng': a cost per unit
    if at.unit.kind == "measure" and _land_base(at, s):
        return "ratio"  # 'Theo anh Hậu, 1 ha chi phí khoảng 50 triệu đồng': the land a cost is reckoned on
    if s.at_end["average"].search(at.before) and _rate_base(at, s):
        return "ratio"  # 'Bình quân 100 tấn thì có 3,5 tấn bị đánh tạp chất': the base of a rate
    if _least_per_unit(at, s) or _least_frequency(at, s):
        return "threshold"  # '100% ... các huyện có ít nhất 2 hoạt động', 'định kỳ ít nhất 2 lần/năm'
    return None


def _furniture(at: Around, s: Sense) -> str | None:
    """Page furniture: a counter alone on its line, a document's size or file name, a table's unit header."""
    p, last = _patterns(s), at.before.rstrip(" \u00a0")[-1:]  # the patterns before the amount end in ':', ',', '('
    if last == ":" and at.unit.kind in ("currency", "measure") and p.unit_header.search(at.before):
        return "furniture"  # 'Đơn vị: 1.000.000đ', '(ĐVT: 1.000 đồng)': the unit a table's figures are in
    unit = at.unit.text
    if at.unit.kind == "noun" and s.at_start["file_format"].fullmatch(unit):
        return "name"  # 'Tài liệu Lễ hội miền bắc 2 docx': a file's name
    sized = (last == "," and p.file_size.search(at.before)) or (last == "(" and _download(at, p))
    if (sized or p.size_after.match(at.after)) and s.at_start["page_unit"].fullmatch(unit):
        return "furniture"  # '(427.21 KB, 18 trang )', '(.pdf) (18 trang)', '(18 trang, 2.25 MB)': a document's size
    alone = at.paragraph == at.before and p.counter_line.fullmatch(at.before) and _LINE_CLOSE.fullmatch(at.after)
    paged = at.paragraph == at.before and _PAGE_OF.fullmatch(at.before) and _LINE_CLOSE.fullmatch(at.after)
    if paged and s.at_start["page_unit"].fullmatch(unit):
        return "furniture"  # '1' then '/ 91 trang' on its own line: a document viewer's page count
    if alone and s.at_start["page_counter"].fullmatch(unit):
        return "furniture"  # '248 kết quả phù hợp', '0 bình luận', 'Tối đa: 1500 ký tự' alone on their line
    piped = at.paragraph == at.before and p.counter_line.fullmatch(at.before) and _PIPE_CLOSE.fullmatch(at.after)
    if piped and s.at_start["page_unit"].fullmatch(unit):
        return "furniture"  # nofactR40: '21 trang |' opening a document page's line of fields ('| Lượt xem: 3407')
    if s.at_start["weather_unit"].fullmatch(unit) and _weather_line(at, s, p):
        return "furniture"  # 'Yên Bái 32 °C', '• Hải Phòng Hà Nội 29°C', 'Cà Mau, 32°C/ 32°C - 33°C': a weather box
    return None


def _weather_line(at: Around, s: Sense, p: _Patterns) -> bool:
    """A line of a page's weather box: place names only (capitalised words, a bullet, other readings) before the
    temperature, other readings and maybe the box's icon label after it ('Cà Mau, 32°C/ 32°C - 33°C Icon thời tiết
    nắng'); a headline or a sentence around it ('Hà Nội 41 độ C, người dân ...', 'Nhiệt độ Hà Nội 38°C') stays, and so
    does such a line alone, with no line of its kind above or below it and no icon label (a headline: 'Lào Cai
    42°C')."""
    if at.paragraph.lstrip(" \u00a0") != at.before.lstrip(" \u00a0"):
        return False  # the sentence opens its line
    if p.readings_before.fullmatch(at.before) and p.weather_after.fullmatch(at.after):
        return bool(at.before.strip() or at.after.strip())  # nofactR40: a line of readings only, '23°C / 22-25°C'
    if not (p.weather_places.fullmatch(at.before) and p.weather_after.fullmatch(at.after)):
        return False
    if s.anywhere["weather_box"].search(at.after):
        return True  # the box's own label ('Cà Mau, 32°C/ 32°C - 33°C Icon thời tiết nắng')
    text, start = at.earlier
    if not text:
        return False
    begin = text.rfind("\n", 0, start) + 1
    end = len(text) if (found := text.find("\n", start)) < 0 else found
    above = text[text.rfind("\n", 0, max(begin - 1, 0)) + 1 : max(begin - 1, 0)] if begin else ""
    below = text[end + 1 : len(text) if (nxt := text.find("\n", end + 1)) < 0 else nxt] if end < len(text) else ""
    return _box_line(above, p) or _box_line(below, p)  # a box has lines of its kind; one line alone is a headline


def _box_line(line: str, p: _Patterns) -> bool:
    """A line of place names and their temperatures ('Đà Nẵng 30 °C')."""
    found = p.weather_reading.search(line)
    return bool(
        found and p.weather_places.fullmatch(line[: found.start()]) and p.weather_after.fullmatch(line[found.end() :])
    )


def _download(at: Around, p: _Patterns) -> bool:
    """A bracket opened right after a file's format ('(.pdf) (18 trang)') or a download link ('Tải bản đầy đủ (33
    trang)'), for a link the bracket closing right after the unit."""
    if p.file_format.search(at.before):
        return True
    return at.after.lstrip(" \u00a0")[:1] == ")" and bool(p.download.search(at.before))


def _score_band(at: Around, s: Sense) -> bool:
    """A range or a bound of scores with a class's label opening the sentence ('• Hạng 4 sao: ... đạt từ 70 đến 89
    điểm', 'Hạng 1 sao: ... dưới 30 điểm'), or a range of scores with a class word in the sentence ('đạt từ 50 đến 69
    điểm được xếp hạng 3 sao'); not one score ('Sản phẩm A đạt 72 điểm, được xếp hạng 4 sao')."""
    text, _ = at.earlier
    ranged = bool(text) and bool(DIGIT.search(text, at.num.end, at.unit.start))  # '70 đến 89 | điểm'
    if not ranged and not s.at_end["bound_hedge"].search(at.before):
        return False
    if label := _patterns(s).label_open.match(at.before):
        return not _NAMED.search(at.before, label.end())  # 'Xếp loại: Huyện Bát Xát đạt dưới 70 điểm': a result
    return ranged and bool(s.anywhere["band_class"].search(at.before + " " + at.after))


def _scheme_classes(at: Around, s: Sense) -> bool:
    """Classes counted after 'gồm' or 'thành' in a sentence that rates ('Đánh giá và xếp hạng sản phẩm, gồm 05 hạng
    sao:', 'phân hạng thành 3 cấp độ'); 'hạng sao' is a scheme's class wherever a scheme word is told."""
    if not s.may(at, "scheme_word") or not s.anywhere["scheme_word"].search(at.before):
        return False
    if s.at_start["scheme_move"].match(at.after) or s.anywhere["scheme_move"].search(at.before[-20:]):
        return False  # 'tăng thành 3 bậc', '5 bậc tăng hạng': ranks moved
    return s.cue_near(at, "scheme_has") is not None


def _tiered(at: Around, v: Vocab, s: Sense) -> bool:
    """Levels right after a body's name, no verb between ('chính quyền địa phương 2 cấp', 'Quỹ “Vì người nghèo” 4
    cấp', 'mô hình 2 cấp chính quyền'); not 'bão suy yếu 2 cấp' (no body), 'Hội đã nâng 2 cấp' (a verb between)."""
    words = _QUOTES.sub(" ", at.clause).split()[-(TIER_WORDS + 1) :]
    near = " ".join(words)
    bodies = list(s.anywhere["tier_body"].finditer(near))
    return bool(bodies) and not v.action.search(near, bodies[-1].end())


def _seasons(at: Around, s: Sense) -> bool:
    """Seasons named, capitalised, right after their count: 'tại 2 vụ Đông Xuân và Hè Thu'."""
    rest = at.after.lstrip(" \u00a0")
    if not rest[:1].isupper() or s.at_start["season"].match(rest) is None:
        return False
    return s.at_end["season_at"].search(at.before) is not None  # 'tại 2 vụ', not 'gieo cấy 2 vụ Xuân và Mùa được'


def _sales_cap(at: Around, s: Sense) -> bool:
    """An amount per buyer a seller caps ('chỉ bán tối đa 50.000đ/xe máy', 'chỉ cho mua 2 kg/người'); not a price
    ('giá 20.000 đồng/kg') nor a sum sold ('đã bán 50.000 lít')."""
    per = s.at_close["per_buyer"].search(at.unit.text)
    if per is None or at.unit.text[: per.start()].rstrip()[-1:] != "/":
        return False
    return s.cue_near(at, "sale_cap") is not None


def _cost_rate(at: Around, s: Sense) -> bool:
    """A cost per unit of land or goods ('tiền đầu tư mỗi công là 7 triệu đồng', 'chi phí sản xuất 1 ha khoảng 30
    triệu đồng'): the cost noun, 'mỗi'/'một' and a unit noun, then a copula right before the amount; not 'vốn hết 9
    triệu đồng' (a sum spent), nor 'mỗi công bán được 3 triệu đồng' (what each sold for: no cost noun)."""
    clause = at.clause
    if not s.at_end["cost_is"].search(at.before):
        return False
    for m in s.anywhere["cost_noun"].finditer(clause):
        each = s.at_start["per_each"].match(clause, m.end())
        rest = clause[each.end() :].split() if each else []  # the unit noun, then the copula ('công | là')
        if 1 <= len(rest) <= COST_WORDS and not s.at_start["cost_period"].fullmatch(rest[0]):
            return True  # not 'mỗi tháng' (what a month costs, told)
    return False


def _least_per_unit(at: Around, s: Sense) -> bool:
    """A least amount each unit has, in a list of indicators: 'các chỉ tiêu trọng tâm: ...; 100% Hội ... các huyện,
    thành phố có ít nhất 2 hoạt động', 'Mục tiêu: mỗi xã có ít nhất 2 mô hình'; the share or 'mỗi' before it in the
    part of the sentence after its last ';' or ':', an indicator word opening the list (its colon after it) earlier
    in the sentence; not 'Đến nay, mỗi xã đã có ít nhất 2 hợp tác xã' (no list of indicators)."""
    least = s.at_end["per_unit_min"].search(at.before)
    if least is None or not s.may(at, "indicator"):
        return False
    sentence = at.before + " " + at.after
    if any(s.anywhere[kind].search(sentence) for kind in ("achieved", "least_done")):
        return False  # 'Kết quả thực hiện các chỉ tiêu: ...', 'mỗi xã đã có ít nhất 2': results reported
    part = at.before[max(at.before.rfind(";"), at.before.rfind(":")) + 1 : least.start()]
    if not (_PERCENT.search(part) or s.anywhere["per_unit_each"].search(part)):
        return False
    return any(":" in at.before[m.end() :] for m in s.terms_in(at, "indicator"))  # 'các chỉ tiêu trọng tâm: ...'



def _least_frequency(at: Around, s: Sense) -> bool:
    """A least frequency set for a task ('tổ chức đối thoại công khai định kỳ ít nhất 2 lần/năm'): a norm, nobody's
    deed; 'đã tổ chức 3 lần/năm' has no bound and stays, 'đã ... ít nhất 2 lần/năm' (done) stays."""
    head, _, per = at.unit.text.partition("/")
    if not per or not s.at_start["frequency_unit"].fullmatch(head.strip()):
        return False
    if not s.at_start["frequency_per"].fullmatch(per.strip()) or not s.at_end["per_unit_min"].search(at.before):
        return False
    part = at.before + " " + at.after.split(";")[0]  # 'Năm qua, Hội duy trì ...', '..., đạt 100% kế hoạch': done
    return not s.anywhere["achieved"].search(at.clause) and not s.anywhere["frequency_done"].search(part)


def _rate_base(at: Around, s: Sense) -> bool:
    """The base of an average rate: 'Bình quân 100 tấn thì có 3,5 tấn'; not a rate per unit ('bình quân 30 triệu
    đồng/người thì ...') nor then and now compared ('... thì năm 2024 đạt 52 triệu', '... thì nay đạt 62 tạ')."""
    p = _patterns(s)  # 'thì', 'lại' (ratio_then) and the times (then_time): achievement_sense.yaml
    return "/" not in at.unit.text and bool(p.then_amount.match(at.after)) and not p.then_time.match(at.after)


def _land_base(at: Around, s: Sense) -> bool:
    """One unit of land opening its clause (or after 'cứ', 'bình quân'), a cost or a yield then an amount right after
    it: 'Theo anh Hậu, 1 ha chi phí khoảng 50 triệu đồng', 'cứ 1 sào cho thu 5 triệu đồng'; not 'trồng mới 1 ha chè'
    (a verb before), nor '1 ha cho thu hoạch' (no amount after)."""
    if at.num.value != 1 or not s.at_start["base_measure"].fullmatch(at.unit.text):
        return False
    lead = at.clause.strip(" \u00a0")
    if lead and not s.at_start["base_lead"].fullmatch(lead):
        return False
    after = at.after.lstrip(" \u00a0")
    cost = s.at_start["base_cost"].match(after)
    return cost is not None and _AMOUNT_NEXT.match(after, cost.end()) is not None


def _reached(at: Around, s: Sense) -> bool:
    """A size reached: 'Tôm càng xanh đạt trọng lượng 30 con/kg sau 4 tháng nuôi' (a result, no grade)."""
    return s.cue_near(at, "grade_reached") is not None
