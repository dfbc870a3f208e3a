"""Award vocabularies (awards.yaml, recipients.yaml, award_words.yaml) compiled into regexes, once per lexicon_dirs."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from ..entries import AwardEntry, WordEntry
from ..folded import Folded
from ..lexicon import Termset, load, term_regex, terms
from ._award_bounds import BRACKET_ABBR, bounded, new_clause, role_pattern, role_words
from ._award_firsts import first_word_scans
from ._award_holders import small_holders
from ._award_parts import PartPatterns, part_patterns, recipient_key
from ._award_sums import gift_patterns

__all__ = ["AwardEntry", "AwardPatterns", "alternation", "name_pattern", "patterns"]

# What `{N}` in an award name stands for: 'Huy hiệu 50 năm tuổi Đảng', or a list of them given at one
# ceremony: 'Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng'.
_NUMBER_IN_NAME = r"\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*(?:,\s*)?(?:và|-)\s*\d{1,3})?"
# A title's own name in quotes opens with a capital: danh hiệu "Phụ nữ tiêu biểu"; "cô gái vàng" is a nickname.
#: Kinds of award named by an act or a class, never pointed back to ('khen thưởng này' is no award).
_ACTS = ("commendation", "title_class")
_NOT_RECIPIENT = ("ordinal", "date", "measure", "paper")  #: roles of the first words of a noun that is no recipient
_QUOTED_TITLE = r'"(?-i:[\p{Lu}\d])[^"\n]{0,159}"'


def _name_word(word: str) -> str:
    """A word of an award name as a regex: ``{N}`` is a number (or a list of them), any other word itself."""
    return _NUMBER_IN_NAME if word.casefold() == "{n}" else regex.escape(word)


def name_pattern(term: str) -> str:
    r"""The regex for one award name, `{N}` standing for a number inside the name.

    >>> pattern = regex.compile(name_pattern("Huy hiệu {N} năm tuổi Đảng"))
    >>> [bool(pattern.fullmatch(t)) for t in ("Huy hiệu 50 năm tuổi Đảng", "Huy hiệu 40, 45 và 50 năm tuổi Đảng")]
    [True, True]
    """
    return term_regex(term, _name_word)


def alternation(terms: list[str]) -> str:
    """Longest-first alternation of award names, bounded by non-word characters."""
    return Termset(terms).pattern(word=_name_word)


@dataclass(frozen=True, eq=False)
class AwardPatterns:
    """Everything the award extractor matches with, compiled (one per set of lexicon folders: hashed by identity)."""

    award: regex.Pattern[str]
    first_scans: tuple[Folded, ...]  # the first word of any award name: a cheap test before the big pattern
    recipient: regex.Pattern[str]
    entries: dict[str, AwardEntry]  # casefolded term (or name pattern key) -> entry
    recipient_kinds: dict[str, str]
    give_tail: regex.Pattern[str]
    run_end: regex.Pattern[str]  # a subject ending in 'và' or a verb is a run of verbs: 'Bến Tre vinh danh và |trao'
    passive_agent: regex.Pattern[str]
    receive_tail: regex.Pattern[str]
    link_gap: regex.Pattern[str]
    chain_gap: regex.Pattern[str]
    verb: regex.Pattern[str]
    level: regex.Pattern[str]
    opener: regex.Pattern[str]
    on_behalf: regex.Pattern[str]
    opening: regex.Pattern[str]  # a phrase opening a clause, to its comma: 'Kết thúc giải,', 'Ngoài ra,'
    ordinal: frozenset[str]
    not_recipient: frozenset[str]  # first words of a counted noun that is no recipient ('5 lần', '3 ngày')
    score: frozenset[str]  # a counted noun that alone is a score, no recipient ('28/30 điểm giành giải nhất')
    range_words: frozenset[str]  # a number after one of these and a number is a range's end ('ba đến 4')
    modifier: frozenset[str]
    ceremony: frozenset[str]
    honorific: regex.Pattern[str]
    named_after: regex.Pattern[str]
    addressed: regex.Pattern[str]  # what opens a named recipient: 'bà', 'mẹ', 'tập thể' (Công an tỉnh)
    prize_class: regex.Pattern[str]  # a prize's class written alone after it: 'giải Nhất|, Nhì|, Ba' (each a prize)
    receiver_before: regex.Pattern[str]  # before a name that receives: 'cho mẹ |Võ Thị Đào' (a link), 'liệt sĩ |...'
    plural_after: regex.Pattern[str]
    adverb_tail: regex.Pattern[str]
    own_verb: regex.Pattern[str]  # a verb right after a counted noun: its own predicate ('1 học sinh| được chọn')
    count_follow: regex.Pattern[str]
    organisation: regex.Pattern[str]
    win_gap: regex.Pattern[str]
    times_won: regex.Pattern[str]  # the awards counted in times: '2 |lần đoạt |HCV SEA Games'
    chosen_gap: regex.Pattern[str]
    given_before: regex.Pattern[str]  # a title in quotes right after a give verb or a counted recipient
    named_then: regex.Pattern[str]  # '| cho tập thể Công an tỉnh và |hai cá nhân': a named recipient, then a count
    give: regex.Pattern[str]
    anaphor: regex.Pattern[str]
    open_recipient: regex.Pattern[str]
    verb_last: regex.Pattern[str]  # the last word of a give or win verb: a test before open_recipient
    open_link: regex.Pattern[str]
    open_chain: regex.Pattern[str]
    fraction: regex.Pattern[str]
    modal: regex.Pattern[str]  # the award is not given: 'muốn giành', 'nếu đoạt', 'có thể nhận', 'hứa sẽ trao'
    realis: regex.Pattern[str]  # ... unless given after all: 'phấn đấu ... đã được tặng'
    propose: regex.Pattern[str]  # only proposed: 'đề nghị tặng'
    decided: regex.Pattern[str]  # agreed, whatever was proposed before: 'Hội đồng thống nhất: |Tặng ...'
    pool: regex.Pattern[str]  # a count that is the pool, not the recipients: 'trong số hơn |23.000 cán bộ'
    breakdown: regex.Pattern[str]  # a link word opening the parts of a total: 'trong đó'
    companion: regex.Pattern[str]  # a gift between award and recipients: 'kèm tiền thưởng |cho', '20 triệu đồng |cho'
    gift_gap: regex.Pattern[str]  # a group's gift, then the list goes on: '| với số tiền 167,7 triệu đồng, |'
    hedge: regex.Pattern[str]  # a hedge right before a count: 'khen thưởng |hơn |5.500 tập thể'
    parts: PartPatterns  # a part of a total after 'trong đó', a bare prize's contest
    link_noun: regex.Pattern[str]  # recipients named by their noun alone: '289 bằng khen| cho cá nhân'
    verb_tail: regex.Pattern[str]  # a verb right before an uncounted award: 'vinh dự đón nhận |Huân chương'
    new_clause: regex.Pattern[str]  # a count's clause ends: '500 người lao động|, năm 2023 |', '36 xã|, hầu hết |'


def _plain(plain: list[str], with_name: list[str]) -> str:
    """Names matched as they are, longest first; one that opens a longer class name is not read inside it.

    >>> regex.match(_plain(["giải", "giải nhất"], ["giải thưởng"]), "giải thưởng") is None
    True
    """
    opens = {t: [w[len(t) :].strip() for w in with_name if w.casefold().startswith(t.casefold() + " ")] for t in plain}
    alone = alternation([t for t in plain if not opens[t]])
    prefixed = [rf"{alternation([t])}(?!\s+{alternation(rest)})" for t, rest in opens.items() if rest]
    return "|".join([alone, *prefixed])


def _small_won(words: tuple[WordEntry, ...], named: str, word: str) -> str:
    """A small-letter title after a count that won it, to a stop: '1.302 sinh viên đạt danh hiệu |sinh viên giỏi|'"""
    won = rf"(?:{role_pattern(words, 'win')}|{role_pattern(words, 'receive')})"
    unwon = rf"(?!{role_pattern(words, 'unwon')}\s)"  # '15 hộ không đạt danh hiệu ...': a title not won, no award
    return (
        rf"(?<=\d(?:\s+{unwon}[^\W\d]\w*){{1,5}}\s+{won}\s+{named}\s+)"
        rf"(?-i:\p{{Ll}})\w*(?:\s+{word}){{0,8}}(?!\s+{word})"
    )


def _award(awards: tuple[AwardEntry, ...], words: tuple[WordEntry, ...], recipients: str) -> regex.Pattern[str]:
    """An award's name with its grade, quoted name, level, year, subject and issuer ('Bằng khen của Trung ương Hội')."""
    named, with_name = [a.term for a in awards if a.needs_name], [a.term for a in awards if a.named and not a.cased]
    bound = [a for a in awards if a.not_after or a.not_before or a.given_before or a.not_in_clause or a.paid_to]
    plain = [a.term for a in awards if not (a.needs_name or a.named or a.kind == "title" or a.cased or a in bound)]
    cased, cased_named = ([a.term for a in awards if a.cased and a.named == n] for n in (False, True))
    titles = [a.term for a in awards if a.kind == "title" and not a.needs_name]
    stops = role_pattern(words, "stop")
    issuer_word = rf"(?!{stops})(?!\d)\w[\w&/'-]*"
    # a word of a capitalised name; a number inside it is part of the name ('Khách sạn 5 sao hàng đầu')
    name_word = rf"(?:\d{{1,3}}\s+(?!{recipients})(?!{stops}))?{issuer_word}"
    capitalised_name = rf"(?-i:\p{{Lu}})\w*(?:\s+{name_word}){{0,8}}"
    # a name that opens with a number and runs to its year: 'Cup |10 doanh nhân trẻ khởi nghiệp xuất sắc 2017|'
    numbered_name = rf"\d{{1,3}}(?:\s+(?!{stops})[^\W\d]\w*){{1,10}}?\s+(?:19|20)\d\d(?!\w)"
    level, grade, heads, give = (role_pattern(words, role) for role in ("level", "grade", "issuer_head", "give"))
    # a title's name in small letters, only when its count follows: 'danh hiệu |giáo viên dạy giỏi| cho 29 thí sinh'
    years = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    small_title = rf"(?-i:\p{{Ll}})\w*(?:\s+{issuer_word}){{0,12}}?(?:\s+năm(?:\s+học)?\s+{years})?(?=\s+cho\s+\d)"
    small_won = _small_won(words, alternation(named), issuer_word)  # '1.302 sinh viên đạt danh hiệu |sinh viên giỏi|'
    # what the award is for: 'về khoa học và công nghệ' (small words, 'và' only between two of them)
    about_word = rf"(?!{stops})(?-i:\p{{Ll}})\w*"
    about = rf"về(?:\s+{about_word}){{1,8}}(?:\s+và(?:\s+{about_word}){{1,4}})?"
    classes = rf"(?:\s*(?:,|và)\s*(?:hạng\s+)?(?-i:{role_pattern(words, 'class')}))*"  # 'hạng Nhất, Nhì, Ba'
    return regex.compile(
        rf"""
        (?<!(?<!\w){role_pattern(words, "not_after")}\s+)        # not inside a word: phát huy hiệu quả
        (?P<name>
            (?P<titled>{alternation(named)})\s+             # danh hiệu + its name:
            (?:{role_pattern(words, "filler")}\s+)?             #   e.g. danh hiệu vinh dự Nhà nước "..."
            (?P<title_name>{_QUOTED_TITLE}                  #   e.g. danh hiệu "Phụ nữ tiêu biểu"
              |{alternation(titles)}                        #   e.g. danh hiệu Lao động tiên tiến
              |{capitalised_name}                           #   e.g. danh hiệu Tập thể lao động xuất sắc
              |{small_title}                                #   e.g. danh hiệu giáo viên chủ nhiệm giỏi cho 29
              |{small_won})                                 #   e.g. 30 em đạt danh hiệu học sinh giỏi
          | {_plain(plain, with_name)}                      # e.g. Bằng khen, Huân chương Lao động
          | {bounded(bound, alternation, awards)}          # e.g. thưởng (trao thưởng cho), not tặng thưởng
          | (?P<with_name>{alternation(with_name)})         # a class of awards and its name when capitalised:
            (?:\s+(?P<award_name>{capitalised_name}))?       #   e.g. Giải thưởng Du lịch Việt Nam
          | (?<!(?<!\w)(?!{give})(?-i:[A-Z][A-Za-z0-9']*)\s+)      # not after a Latin word: World Cup, AFF Cup
            (?P<cased>(?-i:{alternation(cased_named)}))     # e.g. Cúp (Trao Cúp), not cúp điện,
            (?:\s+(?P<award_name>{capitalised_name}         #   and its name: Cúp Liên lục địa,
              |{numbered_name}))?                           #   Cup 10 doanh nhân trẻ ... xuất sắc 2017
          | (?P<cased>(?-i:{alternation(cased)}))           # e.g. HCV (giành 3 HCV)
          | (?-i:(?=\p{{Lu}})){alternation(titles)}          # e.g. Lao động tiên tiến (capitalised when alone)
          | {small_holders(awards, words, alternation)}    # e.g. có 18 nghệ nhân ưu tú (held, not given here)
          | (?<=(?:[,;]|(?<!\w)và)\s{{1,3}})                 # or small as the next item of a list given to
            {alternation(titles)}(?=\s+cho\s+\d)             #   its own count: ...và tập thể lao động tiên tiến cho 88
        )
        (?:\s+(?P<grade>{grade}{classes}))?                 # e.g. hạng Nhì, hạng Nhất, Nhì, Ba (not numbers)
        (?:\s*(?P<quoted>{_QUOTED_TITLE}))?                 # e.g. Kỷ niệm chương "Vì sức khỏe nhân dân"
        (?:\s+(?P<level1>{level}))?                         # e.g. cấp tỉnh
        (?:\s+(?P<year>năm(?:\s+học)?\s+(?:{years}|\d{{4}})))?  # e.g. năm 2018, năm học 2011 - 2012 (no count)
        (?:\s+(?P<about>{about}))?                          # e.g. về khoa học và công nghệ
        (?:\s+của\s+(?P<issuer>{issuer_word}(?:\s+{issuer_word}){{0,9}})  # e.g. của Trung ương Hội
          |\s+(?P<issuer_bare>(?-i:{heads})(?:\s+{issuer_word}){{0,7}}))?  # e.g. Bằng khen Bộ Công an
        (?:\s+(?P<level2>{level}))?                         # e.g. của Bộ ... cấp tỉnh
        """,
        regex.IGNORECASE | regex.VERBOSE,
    )


def _prize_class(awards: tuple[AwardEntry, ...], words: tuple[WordEntry, ...]) -> regex.Pattern[str]:
    """A class written alone after a prize, where 'giải' + the class is a prize of its own: ', Nhì', ' và Ba'."""
    prizes = {a.term.casefold() for a in awards if a.kind == "prize"}
    classes = [w for w in role_words(words, "class") if f"giải {w}".casefold() in prizes]
    return regex.compile(  # not 'giải Nhì|, Ba Vì': a capitalised word after it is a name
        rf"\s*(?:,|và)\s*(?P<cls>{Termset(classes).pattern()})(?!\s*\d)(?!\s+(?-i:\p{{Lu}}))",
        regex.IGNORECASE,
    )


def _named_after(words: tuple[WordEntry, ...], addressed: str) -> regex.Pattern[str]:
    """'cho |Hội LHPN tỉnh', 'cho |bà Nguyễn Thị Nhung', '"Bà mẹ Việt Nam anh hùng"| cho |mẹ Võ Thị Đào'."""
    return regex.compile(
        rf'^"?\s*(?P<passive>{_passive(words)})(?:{role_pattern(words, "link")})\s+(?P<who>(?:(?:{addressed})\s+)?'
        rf"(?-i:\p{{Lu}})[^\s,;.(]*(?:\s+(?!{role_pattern(words, 'stop')})[^\s,;.(]+){{0,7}})",
        regex.IGNORECASE,
    )


def _passive(words: tuple[WordEntry, ...]) -> str:
    """An optional passive before a link word: 'được trao' (cho)."""
    return rf"(?:(?:đã\s+)?được\s+(?:{role_pattern(words, 'give')})\s+)?"


def _anaphor(awards: tuple[AwardEntry, ...], words: tuple[WordEntry, ...]) -> regex.Pattern[str]:
    """'Danh hiệu cao quý này', 'Huân chương trên', 'phần thưởng cao quý này' (any kind): an award named before, never
    before a number ('giải thưởng trên 100 triệu'); group ``of`` set when 'của' follows ('phần thưởng này| của Hội')."""
    heads = [a.term for a in awards if not a.needs_count and "{" not in a.term and a.kind not in _ACTS]
    return regex.compile(
        rf"(?P<head>{alternation([*heads, *role_words(words, 'anaphor_head')])})(?:\s+{role_pattern(words, 'praise')})?"
        rf"\s+{role_pattern(words, 'anaphor')}(?!\s*\d)(?P<of>(?=\s+{role_pattern(words, 'of')}\s))?",
        regex.IGNORECASE,
    )


def _open_recipient(words: tuple[WordEntry, ...]) -> regex.Pattern[str]:
    """Any counted noun right before a receive verb and an award: '10 |khách sạn| được trao |giải'."""
    return regex.compile(
        rf"(?P<noun>(?-i:\p{{Ll}})\w*(?:(?:\s+|/)(?!{role_pattern(words, 'stop')})(?-i:\p{{Ll}})\w*){{0,3}}?)\s+"
        rf"(?:{role_pattern(words, 'adverb')}\s+)*"
        rf"(?:được\s+)?(?:{role_pattern(words, 'praised')}\s+)?"
        rf"(?:{role_pattern(words, 'give')}|{role_pattern(words, 'win')})\s*$",
        regex.IGNORECASE,
    )


def _open_link(words: tuple[WordEntry, ...], verbs: str, joiner: str) -> regex.Pattern[str]:
    """Any counted noun after an award and a link word ('danh hiệu ...| cho 10 |khách sạn', '| cho 8 |Sở GD&ĐT'),
    or after a count and a list joiner ('tuyên dương 10 công trình| và 12 |gương thanh niên')."""
    small = rf"(?-i:\p{{Ll}})\w*(?:\s+(?!{role_pattern(words, 'stop')}|{verbs})(?-i:\p{{Ll}})\w*){{0,2}}"
    body = r"(?-i:\p{Lu})[\w&]*(?:\s+(?-i:\p{Lu})[\w&]*){0,3}"  # an organisation named by its head: 'Sở GD&ĐT'
    return regex.compile(
        rf"(?:{BRACKET_ABBR})?\s*[,:]?\s*(?:{joiner})\s+(?P<num>\d{{1,3}}(?:\.\d{{3}})*)\s+(?P<noun>{small}|{body})",
        regex.IGNORECASE,
    )


def _gaps(words: tuple[WordEntry, ...]) -> dict[str, regex.Pattern[str]]:
    """What may stand between a verb and an award, an award and its count, two counts; what opens a clause."""
    give, links, adverb = role_pattern(words, "give"), role_pattern(words, "link"), role_pattern(words, "adverb")
    ic = regex.IGNORECASE
    return {
        # who gives, on whose behalf, after what opening: 'Dịp này, |thay mặt |...', 'Kết thúc giải|, ...'
        "opener": regex.compile(rf"^\s*{role_pattern(words, 'opener')}\s*,?\s*", ic),
        "on_behalf": regex.compile(role_pattern(words, "on_behalf"), ic),
        "opening": regex.compile(rf"\s*(?:{role_pattern(words, 'opening')})(?!\w)", ic),
        # the verb right before an award: 'UBND tỉnh tặng |Bằng khen', 'trao 2 |Kỷ niệm chương'
        "give_tail": regex.compile(rf"(?P<verb>{give})(?:\s+(?:\d[\d.]*|\w+))?\s*$", ic),
        "run_end": regex.compile(rf"(?<!\w)(?:và|cùng|{give})\s*[,:]?\s*$", ic),
        # 'Công an tỉnh vinh dự đón nhận |Huân chương'
        "receive_tail": regex.compile(rf"(?:{role_pattern(words, 'receive')})\s*$", ic),
        # 'được Chủ tịch nước tặng thưởng |Huân chương', 'được Nhà nước trao tặng nhiều |Huân chương'
        "passive_agent": regex.compile(
            rf"(?<!\w)được\s+(?P<agent>(?:(?!{give})[^\s,;]+\s+){{1,8}}?)(?:{give})"
            rf"(?:\s+(?:{role_pattern(words, 'plural')}))?\s*$",
            ic,
        ),
        # award ... count: 'Bằng khen| cho |11 tập thể', '43 Bằng khen|, trong đó |4 tập thể', '“Bằng ghi công”| cho |18
        # tỉnh'; a colon alone in a list of awards and recipients ('Cờ thi đua của UBND tỉnh|: |54 tập thể; ...')
        "link_gap": regex.compile(
            # 'Giải thưởng| năm nay |được trao'
            rf"^[\"”’]?\s*(?:[,:]?\s*(?:{role_pattern(words, 'occasion')}\s*,?\s+)?"
            rf"(?:(?:đã\s+)?(?:được\s+)?(?:{role_pattern(words, 'vetted')}\s+)?(?:{give})\s+)?"
            rf"(?:{links})\s*[,:]?\s*(?:có\s+)?|:\s*)$", ic
        ),
        # count, count: '11 tập thể| và |10 cá nhân', '... tiêu biểu| và |10 gương mặt'
        "chain_gap": regex.compile(r"(?:^|\s|,)(?:,|và|cùng)\s*(?:cho\s+)?$", ic),
        # 'cho |các tập thể': recipients named by a plural noun, no count
        "plural_after": regex.compile(
            rf'^"?\s*{_passive(words)}(?:{links})\s+(?:{role_pattern(words, "plural")})\s+', ic
        ),
        # 'UBND tỉnh |đã| tặng': adverbs between the giver and the verb
        "adverb_tail": regex.compile(rf"(?:\s+{adverb})+\s*$", ic),
        # counted recipient ... bare prize: '95 tác phẩm| đạt |giải'
        # a count with its own verb after it: '36 học sinh đạt giải, trong đó có 1 học sinh| được chọn ...'
        "own_verb": regex.compile(rf"\s*(?:{adverb}\s+)*(?:{give}|{role_pattern(words, 'receive')})(?!\w)", ic),
        # '14/16 học sinh| của tỉnh đạt |giải', '9/12 thí sinh| dự thi đều giành |giải': whose, or entrants, then won
        "win_gap": regex.compile(rf"^(?:\s+(?:{role_pattern(words, 'win_before')})(?:\s+[^\W\d]+){{0,4}}?)?"
                                 rf"\s*(?:{adverb}\s+)?(?:{role_pattern(words, 'win')})\s*$", ic),
        # '2 |lần đoạt |HCV', '6 |lần liên tiếp giành |giải Grammy', '2 |lần được Đảng và Nhà nước tặng thưởng |Huân
        # chương': how many times won or given is how many awards
        "times_won": regex.compile(
            rf"(?<!\w)lần\s+(?:liên\s+tiếp\s+)?(?:{adverb}\s+)?"
            rf"(?:{role_pattern(words, 'win')}|được\s+(?:(?!{give})[^\s\d,;]+\s+){{0,6}}?(?:{give}))\s*$", ic
        ),
        # counted recipients chosen to be given a bare prize: '20 đơn vị| xuất sắc nhất toàn quốc để trao |giải'
        "named_then": regex.compile(rf"^\s*(?P<link>{links})\s+[^\d;:.]{{2,60}}?\s+(?:và|cùng)\s+$", ic),
        "chosen_gap": regex.compile(rf"^(?:\s+[^\W\d]+){{0,5}}?\s+để\s+(?:{give})\s*$", ic),
        # 'X/Y' counting recipients ('16/18 xã'), not after a date word or a holiday ('ngày 16/6', 'Quốc khánh 2/9')
        "fraction": regex.compile(
            rf"(?<!(?:{role_pattern(words, 'date')}|{role_pattern(words, 'holiday')})\s+)(?<![\d/.,])"
            rf"(?P<x>\d{{1,4}})\s*/\s*(?P<y>\d{{1,4}})\s+$",
            ic,
        ),
        # what may follow a bare counted award: '71 giải|, gồm', not '250 giải pháp', '13 giải Jackpot'
        "count_follow": regex.compile(rf"\s*(?:[,;:.()]|$|{role_pattern(words, 'follow')})", ic),
    }


def _clause_patterns(
    words: tuple[WordEntry, ...], verbs: str, recipients: str, honorifics: str
) -> dict[str, regex.Pattern[str]]:
    """Patterns that read a recipient's or a giver's side of a clause, split out to keep patterns() short."""
    return {
        "receiver_before": regex.compile(
            rf"(?:(?P<link>{role_pattern(words, 'receiver_link')})|{role_pattern(words, 'receiver_mark')})\s+"
            rf"(?:(?:{honorifics}|{recipients})\s+){{0,2}}$",
            regex.IGNORECASE,
        ),
        "given_before": regex.compile(
            rf"(?:(?<!\w)(?:{role_pattern(words, 'give')})|(?<![\d.,])\d[\d.]*\s+{recipients})\s*$", regex.IGNORECASE
        ),
        "give": regex.compile(role_pattern(words, "give"), regex.IGNORECASE),
        "open_recipient": _open_recipient(words),
        "verb_last": regex.compile(
            Termset({t.split()[-1] for t in role_words(words, "give", "win")}).pattern(boundary=False),
            regex.IGNORECASE,
        ),
        "open_link": _open_link(words, verbs, role_pattern(words, "link")),
        "open_chain": _open_link(words, verbs, "và|cùng"),
    }


@functools.cache
def patterns(dirs: tuple[Path, ...] = ()) -> AwardPatterns:
    """Compile the award vocabularies (cached per set of extra lexicon folders)."""
    awards = load("awards", dirs)
    recips = load("recipients", dirs)
    words = load("award_words", dirs)
    recipients = Termset([r.term for r in recips]).pattern()
    honorifics = Termset(terms("honorifics", dirs)).pattern()  # ông, bà, đồng chí: the shared vocabulary
    verbs = Termset(role_words(words, "give") + role_words(words, "receive")).pattern()
    gaps: dict[str, Any] = _gaps(words)  # each a field of AwardPatterns
    return AwardPatterns(
        **gaps,
        award=_award(awards, words, recipients),
        first_scans=first_word_scans(awards, _name_word),
        # recipient nouns, a list of them as one phrase: '91 tổ chức, doanh nghiệp, cá nhân', 'tập thể và cá nhân'
        recipient=regex.compile(
            rf"{recipients}(?:(?:\s*,\s*|\s+và\s+|/)(?-i:(?=\p{{Ll}})){recipients})*", regex.IGNORECASE
        ),
        entries={a.term.casefold(): a for a in awards},
        recipient_kinds={recipient_key(r.term): r.kind for r in recips},
        verb=regex.compile(verbs, regex.IGNORECASE),
        level=regex.compile(role_pattern(words, "level"), regex.IGNORECASE),
        ordinal=frozenset(w.casefold() for w in role_words(words, "ordinal")),
        not_recipient=frozenset(w.casefold() for role in _NOT_RECIPIENT for w in role_words(words, role)),
        score=frozenset(w.casefold() for w in role_words(words, "score")),
        modifier=frozenset(w.casefold() for w in role_words(words, "modifier")),
        range_words=frozenset(w.casefold() for w in role_words(words, "range")),
        ceremony=frozenset(w.casefold() for w in role_words(words, "ceremony")),
        honorific=regex.compile(rf"^\s*{honorifics}\s+", regex.IGNORECASE),
        named_after=_named_after(words, f"{honorifics}|{recipients}"),
        addressed=regex.compile(rf"^\s*(?:{honorifics}|(?-i:(?=\p{{Ll}})){recipients})\s+", regex.IGNORECASE),
        prize_class=_prize_class(awards, words),
        **_clause_patterns(words, verbs, recipients, honorifics),
        anaphor=_anaphor(awards, words),
        organisation=regex.compile(Termset(terms("organisations", dirs)).pattern(), regex.IGNORECASE),
        modal=regex.compile(role_pattern(words, "modal"), regex.IGNORECASE),
        realis=regex.compile(role_pattern(words, "realis"), regex.IGNORECASE),
        propose=regex.compile(rf"{role_pattern(words, 'propose')}(?!\s+{role_pattern(words, 'of')})", regex.I),
        decided=regex.compile(rf"(?<!\w)(?:{role_pattern(words, 'decide')})(?:\s+như\s+sau)?\s*:", regex.IGNORECASE),
        pool=regex.compile(rf"{role_pattern(words, 'pool')}\s+(?:\w+\s+)?$", regex.IGNORECASE),
        breakdown=regex.compile(role_pattern(words, "breakdown"), regex.IGNORECASE),
        parts=part_patterns(words, [r.term for r in recips if r.place]),
        link_noun=regex.compile(
            rf"^\s*{_passive(words)}(?:{role_pattern(words, 'link')})\s+(?:(?:{role_pattern(words, 'plural')})\s+)?"
            # a capitalised word going on in lower case is a name's: 'thuộc về |Phường| đoàn Vĩnh Mỹ' (not 'Lãnh đạo')
            rf"(?P<noun>{recipients})(?!\w)(?!\s*,?\s*\d)(?!(?<=(?<!\w)(?-i:\p{{Lu}}\p{{Ll}}+))\s+(?-i:\p{{Ll}}))",
            regex.IGNORECASE,
        ),
        verb_tail=regex.compile(  # 'đón nhận |Huân chương', 'trao tặng nhiều |Huân chương', 'trao cho cô bé |giải nhất'
            rf"(?:{verbs}|{role_pattern(words, 'win')})(?:\s+cho(?:\s+\w+){{1,3}}?)?"
            rf"(?:\s+(?!{role_pattern(words, 'stop')})\w+){{0,2}}\s*$",
            regex.IGNORECASE,
        ),
        hedge=regex.compile(rf"\s(?:{role_pattern(words, 'hedge')})\s*$", regex.IGNORECASE),
        new_clause=new_clause([e.term for e in load("achievement_sense", dirs) if e.kind == "most_of"]),
        **gift_patterns(words),  # 'companion', 'gift_gap'
    )
