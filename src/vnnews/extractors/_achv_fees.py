"""Amounts a fee schedule sets, and amounts only requested or needed: nobody paid, collected or spent them.

'giá thuê một m2 vỉa hè mỗi tháng tại quận 1 là 100.000 đồng, quận 3 là 80.000 đồng' (a schedule's rows), 'Các
quận còn lại từ 15.000 đồng/xe/lượt' (a rate per vehicle and turn), 'xin điều chỉnh quy mô công suất nhà máy từ 5
triệu tấn lên 7 triệu tấn' (the level requested), 'Hiệp hội ... đề nghị, ... mở các quầy bán thịt heo với giá
50.000 đồng/kg' (a price proposed), 'TP cần tới hơn 550.000 tỉ đồng để đầu tư' (a need). Market prices ('giá heo hơi
40.000 đồng/kg'), fees collected ('đã thu 5 tỷ đồng phí') and requests granted stay. Used by :mod:`._achv_told`;
the words come from ``achievement_sense.yaml`` (kinds fee_*, request*, need*).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._achv_words import HARD_BREAK

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense


def fee_or_request(at: Around, s: Sense) -> str | None:
    """The kind of rule when the amount is a fee schedule's row or only requested or needed; else None."""
    if at.unit.kind == "percent" and (assured := s.at_end["request_assure"].search(at.before)):
        return "modal" if _requested(at, s, assured) else None  # 'kiến nghị ... giám sát đảm bảo 100% các cơ sở'
    if at.unit.kind != "currency" and at.unit.kind != "measure":
        return None
    if at.unit.kind == "currency" and (_schedule_row(at, s) or _rate_listed(at, s)):
        return "rule"  # 'tại quận 1 là 100.000 đồng', '15.000 đồng/xe/lượt': a schedule, nothing paid
    if _requested(at, s):
        return "modal"  # 'xin điều chỉnh ... từ 5 triệu tấn lên 7 triệu tấn': only asked for
    if at.unit.kind == "currency" and (_needed(at, s) or _need_told(at, s)):
        return "modal"  # 'TP cần tới hơn 550.000 tỉ đồng để đầu tư', 'nhu cầu vốn ... là trên 92,6 tỷ đồng': a need
    return None


def _schedule_row(at: Around, s: Sense) -> bool:
    """A fee's name earlier in the sentence and the amount right after its 'là' or 'ở mức': a row of the schedule
    ('giá thuê một m2 vỉa hè mỗi tháng tại quận 1 là 100.000 đồng, quận 3 là 80.000 đồng', 'mức trích lập Quỹ bình
    ổn ... ở mức 300 đồng/lít'); not a fee as it is now ('tiền khám hiện nay là 12.000 đồng'), nor one collected
    or paid after the name ('mức phí ..., bãi xe đã thu được 2 tỷ đồng')."""
    if not s.at_end["fee_is"].search(at.before) or s.at_end["fee_now"].search(at.before):
        return False
    opening = max(at.before.rfind(";"), 0)  # a row of this clause's schedule, not of one before a ';'
    for m in s.terms_in(at, "fee_noun"):
        if m.start() < opening or s.at_end["fee_taken"].search(at.before, 0, m.start()):
            continue  # 'Tổng số tiền thu phí ... là 2 tỷ đồng': a fee collected
        rest = at.before[m.end() :]
        if not s.anywhere["achieved"].search(rest) and not s.anywhere["fee_deed"].search(rest):
            return True
    return False


def _rate_listed(at: Around, s: Sense) -> bool:
    """A rate per vehicle and turn or per m2 and month that nobody is told charging or paying in its clause: a
    schedule's row ('Các quận còn lại từ 15.000 đồng/xe/lượt', 'có mức thu 20.000 đồng/m2/tháng'); not 'Bãi xe thu
    của khách 30.000 đồng/xe/lượt' (charged), nor one paid ('đã trả')."""
    if not s.at_close["fee_rate"].search(at.unit.text) or s.anywhere["achieved"].search(at.clause):
        return False
    charged = s.anywhere["fee_charged"].finditer(at.clause)
    return all(s.at_end["fee_level"].search(at.clause, 0, m.start()) for m in charged)  # 'mức thu' is a noun


def _requested(at: Around, s: Sense, assured: regex.Match[str] | None = None) -> bool:
    """A request or proposal not yet granted, then the amount as the level it asks a change to ('xin điều chỉnh quy
    mô ... từ 5 triệu tấn lên 7 triệu tấn', 'yêu cầu ... giảm giá bán của mình, từ 43 triệu bảng xuống còn 35 triệu
    bảng') or a price or a size it proposes ('đề nghị, ... mở các quầy bán thịt heo với giá 50.000 đồng/kg', 'đề
    nghị mở thêm một số tuyến đường ... với diện tích khoảng 6,6 ha'), or a share it asks a body to assure
    (``assured``: 'kiến nghị ... giám sát đảm bảo 100% các cơ sở'); not one made
    ('đã đề nghị điều chỉnh giảm vốn ... xuống còn 2 tỉ đô la Mỹ'), nor past a deed or a break."""
    target = s.at_end["request_target"].search(at.before)
    priced = assured or s.cue_near(at, "at_price") or s.cue_near(at, "request_with")  # 'với diện tích | khoảng'
    found = target or priced
    if found is None:
        return False
    end = found.start()
    for m in s.terms_in(at, "request"):
        if m.end() > end:
            break  # 'bán với mức đề xuất 249 triệu đồng': a recommended price, the request word after 'với mức'
        head = at.before[: m.start()]
        if s.at_end["achieved"].search(head) or s.at_end["request_frame"].search(head):
            continue  # 'đã đề nghị': a request made; 'Theo đề nghị của Hội', 'Thực hiện yêu cầu': a frame
        rest = at.before[m.end() : end]
        if HARD_BREAK.search(rest) or s.anywhere["achieved"].search(rest) or s.anywhere["fee_deed"].search(rest):
            continue
        change = s.anywhere["request_change"].search(at.before, m.start(), end)
        if priced is not None or (change and "," not in at.before[m.end() : change.start()]):
            return True  # 'xin điều chỉnh ... lên'; not 'đề nghị các địa phương phát huy kết quả, ... tăng lên'
    return False


def _needed(at: Around, s: Sense) -> bool:
    """Money a need's word governs, then a purpose right after it: 'TP cần tới hơn 550.000 tỉ đồng để đầu tư'; not
    money spent ('đã chi 5 tỷ đồng để'), nor a need with no purpose told ('Long Thành cần 23.000 tỷ đồng')."""
    if not s.at_start["need_for"].match(at.after):
        return False
    return s.cue_near(at, "need") is not None


def _need_told(at: Around, s: Sense) -> bool:
    """Money a need's noun in its clause states: 'nhu cầu vốn trồng rừng là trên 92,6 tỷ đồng' (a need, like a
    plan); not a need met ('đáp ứng nhu cầu vốn cho ...'), nor money spent after it ('nhu cầu ..., đã giải ngân'),
    nor money lent to those who need ('cho 200 hộ có nhu cầu vay 3 tỷ đồng')."""
    clause = at.clause
    for m in s.anywhere["need_noun"].finditer(clause):
        if s.at_end["need_owner"].search(clause, 0, m.start()) or s.anywhere["achieved"].search(clause, m.end()):
            continue  # 'hộ có nhu cầu vay 3 tỷ đồng': the ones who need borrow it
        copula = s.anywhere["need_copula"].search(clause, m.end())
        named = (m.end(), len(clause) if copula is None else copula.start())  # the need's noun phrase
        met = (f for f in s.anywhere["need_met"].finditer(clause) if not named[0] <= f.start() < named[1])
        if next(met, None) is None:
            return True  # 'Nhu cầu vốn hỗ trợ sản xuất khoảng 30 tỷ': 'hỗ trợ' names the need
    return False

