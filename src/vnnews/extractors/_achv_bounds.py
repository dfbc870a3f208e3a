"""Numbers that set a bound, a need, a grade, a format or a strength, or stand in an example: no result.

'Ứng viên cần giành được ít nhất 270 phiếu' (a number needed), 'mỗi hộ được vay tối đa 100 triệu đồng', 'nâng quy mô
cho vay lên tối đa 2 tỷ đồng', 'đảm bảo bề rộng trên 5m' (a ceiling or criterion a rule sets), 'viên nén hàm lượng
500mg', 'nồng độ 2%' (a strength in advice), 'tôm loại 50 con/kg', 'loại 1,5 cây và 2 cây' (a grade), 'Mỗi trận đấu
gồm 2 hiệp', 'Cuộc thi gồm 4 vòng' (a contest's format), 'chi hội có dưới 150 hội viên thì ...' (a rule's condition),
'tập trung vào 4 chính sách lớn, như: ...' (the categories a list announces), 'Ví dụ, chị vay 300 triệu đồng',
'Bạn chỉ có 20 triệu đồng' (an example, the reader addressed). What was done stays: 'giành được 312 phiếu',
'cho 1.250 hộ vay', 'dùng 500mg kháng sinh', 'tổ chức 4 vòng thi', 'đã triển khai 5 nhóm giải pháp: ...'. Used by
:mod:`._achv_rows`; the words come from ``achievement_sense.yaml`` (kinds need_bound, bound_rule, width_bound,
width_rule, strength, grade_label, grade_not, grade_unit, rule_bound, format_unit, format_verb, format_play,
category_noun, category_lead, example_lead, example_person, reader_suppose, achieved).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from ._achv_around import Around
    from ._achv_sense import Sense

#: A graded amount just listed before this one: 'loại 1,5 cây và | 2 cây'.
_GRADE_LIST = r"[ \u00a0]+[\d.,]+[ \u00a0]+[\p{L}\p{M}/]+[ \u00a0]*(?:,|và|hoặc)[ \u00a0]*$"
#: 'thì' closing a rule's condition a few words after its unit ('dưới 150 hội viên | thì').
_THEN = regex.compile(r"^[^,;.:]{0,40}?(?<![\p{L}\p{M}])thì(?![\p{L}\p{M}])", regex.IGNORECASE)
#: A list announced right after the count: ', như:', ':', ' gồm:', ', gồm'.
_ANNOUNCES = regex.compile(r"^[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:như|gồm|bao gồm)[ \u00a0]*)?:", regex.IGNORECASE)


def bounded(at: Around, s: Sense) -> str | None:
    """Why the number is a bound, a need, a strength, a grade, a format or an example's, or None."""
    clause = at.clause
    if s.anywhere["achieved"].search(clause):
        return None  # 'đã cử tối đa', 'đã cần': told done
    if s.at_end["need_bound"].search(at.before) or s.at_end["bound_rule"].search(at.before):
        return "rule"  # 'cần ít nhất 218 phiếu', 'được vay tối đa 100 triệu đồng'
    if s.at_end["width_bound"].search(at.before) and s.anywhere["width_rule"].search(at.before + at.after):
        return "rule"  # 'đảm bảo bề rộng trên 5m': a criterion; 'nhà máy rộng trên 1.000 m2' stays
    if s.at_end["strength"].search(at.before):
        return "rule"  # 'hàm lượng 500mg', 'nồng độ 2%'
    if _graded(at, s):
        return "grade"  # 'tôm loại 50 con/kg', 'loại 1,5 cây và 2 cây'
    noun = at.unit.kind == "noun"
    if noun and s.at_start["format_unit"].fullmatch(at.unit.text) and _format(at, s):
        return "rule"  # 'Mỗi trận đấu gồm 2 hiệp', 'Cuộc thi gồm 4 vòng'
    if s.at_end["rule_bound"].search(at.before) and _THEN.match(at.after):
        return "rule"  # 'chi hội có dưới 150 hội viên thì tổ chức đại hội toàn thể'
    if noun and s.at_start["category_noun"].match(at.unit.text) and _ANNOUNCES.match(at.after) and s.at_end[
        "category_lead"
    ].search(at.before):
        return "listicle"  # 'tập trung vào 4 chính sách lớn, như: ...'
    return _example(at, s)


def _format(at: Around, s: Sense) -> bool:
    """A format's verb before its unit ('gồm 2 hiệp'), or 'thi đấu' alone opening the clause (no team told)."""
    if s.at_end["format_verb"].search(at.before):
        return True
    play = s.at_start["format_play"].match(at.clause)
    return play is not None and not at.clause[play.end() :].strip()


def _graded(at: Around, s: Sense) -> bool:
    """A grade named by its size, in a sentence telling nothing done ('tạm giữ 200 bao cám (loại 40kg/bao)' stays)."""
    if s.anywhere["achieved"].search(at.before) or s.at_end["grade_not"].search(at.before):
        return False  # 'xếp loại 120 đảng viên': the verb classifying those counted
    if not s.at_start["grade_unit"].fullmatch(at.unit.text):
        return False  # 'loại 50 kg/bao' of goods seized, 'loại 2 đơn vị' (eliminated)
    return bool(
        s.at_end["grade_label"].search(at.before)
        or regex.search(rf"{s.anywhere['grade_label'].pattern}{_GRADE_LIST}", at.before, regex.IGNORECASE)
    )


def _example(at: Around, s: Sense) -> str | None:
    """A sentence opening an example with a generic person ('Ví dụ, chị vay ...') or addressing the reader."""
    lead = s.at_start["example_lead"].match(at.before)
    rest = at.before[lead.end() :] if lead else at.before
    if lead is not None and s.at_start["example_person"].match(rest.lstrip(" \u00a0,")):
        return "hypothetical"  # 'Ví dụ, chị vay 300 triệu đồng', 'Chẳng hạn, một hộ nuôi 10 con bò'
    you = regex.match(r"[ \u00a0]*bạn[ \u00a0]+", at.before, regex.IGNORECASE)
    if you is not None and s.at_start["reader_suppose"].match(at.before, you.end()):
        return "hypothetical"  # 'Bạn chỉ có 20 triệu đồng', 'Bạn vay 200 triệu đồng'; 'Bạn có 3 con' stays
    return None
