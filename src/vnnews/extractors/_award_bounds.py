"""Award names that are an award only apart from the words around them: 'thưởng' handed over alone ('trao thưởng cho
11 cá nhân'), not in 'tặng thưởng', 'thưởng Tết', nor a bonus to workers ('thưởng cho 1.200 công nhân 3 tỷ đồng').

Words come from ``awards.yaml`` (not_after, not_before, not_in_clause, paid_to).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..entries import AwardEntry, WordEntry
from ..lexicon import Termset

#: A sum of money: '3 tỷ đồng', '500.000 đồng' (workers handed one are paid a bonus).
_SUM = r"\d[\d.,]*\s*(?:(?:tỷ|triệu|nghìn|ngàn)\s+)?đồng(?!\w)"
#: A title's short name in brackets before its link word ('Danh hiệu "Nông dân Việt Nam xuất sắc" (NDXS) gồm ...').
BRACKET_ABBR = r"\s*\((?-i:\p{Lu})[\p{Lu}\d&-]{1,11}\)"
#: The rest of the clause, lazily: a stop ends it only before a space or the end ('1.500' goes on).
CLAUSE_REST = r"(?:(?![,.;:!?()](?:\s|$))[^\n])*?"


def role_words(entries: tuple[WordEntry, ...], *roles: str) -> list[str]:
    """The words of ``award_words.yaml`` that have one of ``roles``, in the file's order."""
    return [e.term for e in entries if e.role in roles]


def role_pattern(entries: tuple[WordEntry, ...], *roles: str) -> str:
    """The regex alternation of the words that have one of ``roles``."""
    return Termset(role_words(entries, *roles)).pattern()


def new_clause(most_of: list[str]) -> regex.Pattern[str]:
    """A new clause after a count's noun, opened by its year ('500 người lao động|, năm 2023 |công ty được tặng ...'),
    or by a part of what was counted, ``most_of`` (achievement_sense.yaml's kind: '36 xã|, hầu hết |các xã đều được
    tặng Bằng khen', most of them, not all 36)."""
    most = Termset(most_of).pattern()
    return regex.compile(rf"\s*,\s*(?:(?:trong\s+)?năm\s+(?:19|20)\d\d(?!\d)|{most})", regex.IGNORECASE)


def bounded(entries: list[AwardEntry], alternation: Callable[[list[str]], str], awards: tuple[AwardEntry, ...]) -> str:
    """Names that are an award only apart from the words they make another word with ('tặng thưởng', 'thưởng Tết'),
    or from the award given after them ('tuyên dương và nhận |Bằng khen'; not 'tuyên dương và nhận quà')."""
    before = [rf"(?<!(?<!\w){Termset(list(a.not_after)).pattern()}\s+)" if a.not_after else "" for a in entries]
    after = [rf"(?!\s+{Termset(list(a.not_before)).pattern()})" if a.not_before else "" for a in entries]
    heads = alternation([a.term for a in awards if "{" not in a.term])
    given = [rf"(?!\s+{Termset(list(a.given_before)).pattern()}\s+{heads})" if a.given_before else "" for a in entries]
    after = [f + g for f, g in zip(after, given, strict=True)]
    clause = [_not_in_clause(a) for a in entries]  # 'thưởng cho 1.500 lao động dịp cuối năm'
    parts = zip(entries, before, after, clause, strict=True)
    return "|".join(f"{b}{alternation([a.term])}{f}{c}" for a, b, f, c in parts) or "(?!)"


def _not_in_clause(a: AwardEntry) -> str:
    """Words later in the clause that make a bare reward a wage bonus, no award: a wage ('dịp cuối năm'), or workers
    and a sum ('thưởng cho 1.200 công nhân 3 tỷ đồng'); not 'trao thưởng cho 50 công nhân lao động giỏi'."""
    wage = rf"(?!{CLAUSE_REST}{Termset(list(a.not_in_clause)).pattern()})" if a.not_in_clause else ""
    paid = rf"(?!(?={CLAUSE_REST}{Termset(list(a.paid_to)).pattern()}){CLAUSE_REST}{_SUM})" if a.paid_to else ""
    return wage + paid
