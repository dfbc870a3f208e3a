"""Award counts: '24 tập thể được nhận Bằng khen của Trung ương Hội', 'tặng Giấy khen cho 8 tập thể và 30 cá nhân'.

Per clause (the segmenter already cuts sentences at ';'; :func:`clauses` cuts what is left), in steps:

1. :mod:`._award_names`: the award names (awards.yaml, with grade, quoted name, level and issuer;
   names given together as one; short names in a breakdown completed from the award before them);
2. :mod:`._award_counts`: the counted recipient nouns (recipients.yaml: '24 tập thể'), each paired
   with the award it receives (by a link word, along a list, through a verb), and counts of awards;
3. :mod:`._award_context`: who grants, hands over or receives each award;
4. here: one :class:`~.hits.AwardHit` per pair; awards handed over without a number ('trao Bằng
   khen cho các tập thể', 'trao cờ thi đua ... cho Hội LHPN tỉnh') with ``count=None``; the winners of prizes
   counted in a breakdown that adds up to them ('trao 74 công trình ..., gồm 6 giải Nhất, ...'), no award named;
5. :mod:`._award_mood`: awards not given (wished, promised, conditional, ruled) are dropped,
   proposals flagged; a fact restated (a caption, an award named again) kept once.

String fields (award, recipient_type, issuer...) are taken from the normalised text (NFC, modern
tone marks, straight quotes); offsets are in the normalised text until :mod:`vnnews.records`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..document import Document
from ..segment import Sentence
from ._award_context import Named, context
from ._award_counts import Count, Pair, counts_of_awards, pair, recipient_counts
from ._award_mood import given, merge_repeats
from ._award_names import AwardName, award_names
from ._award_patterns import AwardPatterns, patterns
from ._award_with import bracket_total
from .hits import AwardHit, PersonHit

#: How far after an award name its recipients are looked for when no count is given.
UNCOUNTED_WINDOW = 200

_CLAUSE_END = regex.compile(r";\s*")
_LIST_GAP = regex.compile(r"\s*(?:,|và)\s*")  # '1 Huân chương ...|, |68 Huân chương ...'
_EVENTS = ("cup", "prize")  # also the names of contests: given only with a verb ('trận đấu Cúp Quốc gia cho SHB')
_LISTED = regex.compile(r"\s*(?:,\s*)?(?:là|gồm có|gồm|:)", regex.IGNORECASE)  # '2 cá nhân| là |Đại tá ...'


def extract(doc: Document, people: Iterable[PersonHit] = ()) -> list[AwardHit]:
    """Every award given, with its count of recipients when stated; givers and named recipients are ``people``'s."""
    pat = patterns(doc.options.lexicon_dirs)
    named = Named(people)
    found: list[AwardHit] = []
    prior: dict[int, list[AwardName]] = {}  # awards named so far in each paragraph, for anaphors
    recent: list[AwardName] = []  # awards named so far in the text, for short names in breakdowns
    for sent in doc.sentences:
        proposing = False  # the clause before proposed all its awards: a list after it with no verb goes on so
        for clause in clauses(doc.text, sent):
            names = award_names(doc.text, clause, pat, prior.setdefault(sent.block, []), recent)
            prior[sent.block] += names
            recent += names
            hits = given(doc.text, clause, _clause_awards(doc, clause, names, pat, named), pat)
            if proposing and _verbless(doc.text, clause, hits, pat):  # 'Đề nghị tặng ... cho 07 cá nhân; |tập thể ...'
                hits = [dataclasses.replace(h, proposed=True) for h in hits]
            proposing = bool(hits) and all(h.proposed for h in hits)
            found += hits
    return merge_repeats(found, pat)


def _verbless(text: str, clause: Sentence, hits: list[AwardHit], pat: AwardPatterns) -> bool:
    """No verb before the clause's first award: an item of the list the clause before began ('; cờ thi đua ...')."""
    first = min(((h.name_at or (h.start, h.end))[0] for h in hits), default=None)
    return first is not None and not pat.verb.search(text, clause.start, first)


def clauses(text: str, sent: Sentence) -> list[Sentence]:
    """The parts of a sentence between semicolons: each one gives its own awards.

    >>> [(c.start, c.end) for c in clauses("a b; c d", Sentence(0, 0, 0, 8))]
    [(0, 4), (5, 8)]
    """
    if text.find(";", sent.start, sent.end) < 0:  # most sentences: one clause, no regex call
        return [sent] if sent.start < sent.end else []
    out: list[Sentence] = []
    start = sent.start
    for m in _CLAUSE_END.finditer(text, sent.start, sent.end):
        out.append(Sentence(sent.index, sent.block, start, m.start() + 1))
        start = m.end()
    if start < sent.end:
        out.append(Sentence(sent.index, sent.block, start, sent.end))
    return out


@dataclass(frozen=True)
class _Scope:
    """What every step of one clause reads: the text, the clause, the vocabularies, the people named."""

    doc: Document
    clause: Sentence
    pat: AwardPatterns
    named: Named

    @property
    def text(self) -> str:
        return self.doc.text

    def listed_after(self, pos: int) -> tuple[str, ...]:
        """People listed after ``pos``, to the sentence end: '... cho 2 cá nhân| là Đại tá Nguyễn Ngọc Quang, ...'."""
        if not _LISTED.match(self.text, pos, self.clause.end):
            return ()
        return tuple(self.named.inside(pos, self.doc.sentences[self.clause.index].end))


def _clause_awards(
    doc: Document, clause: Sentence, names: list[AwardName], pat: AwardPatterns, named: Named
) -> list[AwardHit]:
    """The awards of one clause, in the order of their counts."""
    if not names:
        return []
    s = _Scope(doc, clause, pat, named)
    of_awards = counts_of_awards(s.text, clause, names, pat)
    counts = recipient_counts(s.text, clause, names, pat)
    pairs = pair(s.text, names, counts, clause.end, pat)
    out: list[AwardHit] = _prize_totals(s, names, counts, pairs, of_awards) + _bracket_totals(s, names, counts, pairs)
    used = {id(p.award) for p in pairs}
    for i, c in of_awards.items():
        h = names[i]
        used.add(id(h))
        same = [p for p in pairs if p.award is h and p.how == "link" and p.count.value == c.value]
        if not same:  # '4 cờ thi đua cho 4 tập thể' is one fact, the recipients'
            out.append(_counted_awards(s, h, c))
    for p in pairs:
        out.append(_paired(s, p, names, of_awards))
    for h in names:
        if id(h) not in used and (hit := _uncounted(s, h)):
            out += _each_part(s, h, hit)
    return sorted(_one_group(out, names), key=lambda a: a.count_at[0] if a.count_at else a.start)  # counts' order


def _prize_totals(
    s: _Scope, names: list[AwardName], counts: list[Count], pairs: list[Pair], of_awards: dict[int, Count]
) -> list[AwardHit]:
    """A counted recipient with no award whose breakdown counts the prizes they won, to the same total ('trao 74
    công trình, giải pháp ..., gồm 6 giải Nhất, 6 giải Nhì, 18 giải Ba và 44 giải Khuyến khích'): the prizes'
    winners, no award named; not listed, but the count is no achievement. Only given ones: 'Cuộc thi thu hút 30 tác
    phẩm, trong đó 5 giải A, ...' counts the entries."""
    out: list[AwardHit] = []
    paired = {id(p.count) for p in pairs}
    for c in counts:
        parts = [i for i in of_awards if names[i].start >= c.end]
        if id(c) in paired or len(parts) < 2 or sum(of_awards[i].value for i in parts) != c.value:
            continue
        given = s.pat.give.search(s.text, s.clause.start, c.start)
        if given and s.pat.breakdown.search(s.text, c.end, of_awards[parts[0]].start):
            hit = _hit(s, c.start, c.end, names[parts[0]], c, "award.prize_total")
            out.append(dataclasses.replace(hit, commendation=True))
    return out


def _bracket_totals(s: _Scope, names: list[AwardName], counts: list[Count], pairs: list[Pair]) -> list[AwardHit]:
    """A counted recipient with no award whose bracket right after it lists the awards they are given ('khen thưởng
    thành tích xuất sắc 7 trường hợp (Huân chương Lao động hạng Nhất đối với 1 tập thể; ...)'): the total of those
    awards, no award named; not listed, but the count is no achievement (kindR38)."""
    paired = {id(p.count) for p in pairs}
    starts = [p.count.start for p in pairs]
    return [
        dataclasses.replace(
            _hit(s, c.start, c.end, names[0], c, "award.bracket_total"), commendation=True, award="", name_at=None
        )
        for c in counts
        if id(c) not in paired and bracket_total(s.text, c, names, starts, s.pat.breakdown)
    ]


def _one_group(out: list[AwardHit], names: list[AwardName]) -> list[AwardHit]:
    """One group of recipients is one award: a bare reward ('trao thưởng cho') to the count that won a named one ('25
    học sinh đạt giải cấp tỉnh') is dropped; 'thưởng cho 11 cá nhân' alone stays."""
    bare = {(h.start, h.end) for h in names if h.entry.yields}
    won = {a.count_at for a in out if a.count_at and a.name_at not in bare}
    return [a for a in out if not (a.name_at in bare and a.count_at in won)]


def _each_part(s: _Scope, h: AwardName, hit: AwardHit) -> list[AwardHit]:
    """An uncounted award per name joined in ``h`` ('đạt giải nhì và giải ba'), each naming an award on its own.

    Joined names with a count are one award given together ('117 đơn vị nhận cờ thi đua và bằng khen'); with
    none, a list ('được tặng Huân chương Lao động, Cờ thi đua, Bằng khen ...') is several awards, each with
    its own issuer and level and the recipients of the whole. A part that names no award alone ('Huân
    chương, Huy chương Kháng chiến': the tail is shared) keeps the names together.
    """
    if len(h.parts) < 2 or any(p.bare or p.entry.needs_count or p.entry.carried for p in h.parts):
        return [hit]
    shared = context(s.text, s.clause, h, s.pat, s.named).issuer  # who grants them all: 'UBND tỉnh tặng ...'
    last = len(h.parts) - 1
    return [
        dataclasses.replace(
            hit,
            start=hit.start if i == 0 else p.start,
            end=hit.end if i == last else p.end,
            award=p.name or s.text[p.start : p.end],
            issuer=p.issuer or shared,
            level=p.level,
            name_at=(p.start, p.end),
        )
        for i, p in enumerate(h.parts)
    ]


def _counted_awards(s: _Scope, h: AwardName, c: Count) -> AwardHit:
    """A count of awards ('43 Bằng khen'); its recipients' noun when written alone ('289 bằng khen cho cá nhân')."""
    hit = _hit(s, c.start, h.end, h, c, "award.count_of_awards")
    noun = s.pat.link_noun.match(s.text[h.end : s.clause.end])
    if noun is None:
        return hit
    return dataclasses.replace(hit, end=h.end + len(noun.group()), recipient_type=noun.group("noun"))


def _paired(s: _Scope, p: Pair, names: list[AwardName], of_awards: dict[int, Count]) -> AwardHit:
    """A counted recipient and its award; recipients of a list of counted awards receive them all."""
    c, h = p.count, p.award
    start, end = (c.start, h.end) if p.how == "verb" else (h.start, c.end)
    i = names.index(h)
    if p.how == "link" and i in of_awards and of_awards[i].value == c.value:
        start = of_awards[i].start  # '4 cờ thi đua cho 4 tập thể'
    hit = _hit(s, start, end, h, c, f"award.{p.how}")
    listed = _counted_list(s.text, names, of_awards, i) if p.how == "link" else [h]
    if len(listed) > 1:
        award = ", ".join(s.text[n.start : n.end] for n in listed)
        hit = dataclasses.replace(hit, start=of_awards[names.index(listed[0])].start, award=award)
    return dataclasses.replace(hit, recipients=s.listed_after(c.end)) if p.how != "verb" else hit


def _counted_list(text: str, names: list[AwardName], of_awards: dict[int, Count], i: int) -> list[AwardName]:
    """The counted awards listed up to name ``i``: '1 Huân chương ..., 68 Huân chương ..., 23 Huy chương ...'."""
    if i not in of_awards:
        return [names[i]]
    j = i
    while j - 1 in of_awards and _LIST_GAP.fullmatch(text, names[j - 1].end, of_awards[j].start):
        j -= 1
    return names[j : i + 1]


def _hit(s: _Scope, start: int, end: int, h: AwardName, c: Count | None, rule: str) -> AwardHit:
    """The award given by name ``h`` to count ``c`` (if any), evidence [start, end)."""
    ctx = context(s.text, s.clause, h, s.pat, s.named)
    if c is not None and rule == "award.count_of_awards" and h.entry.honorary and not s.pat.give.search(
        s.text, s.clause.start, s.clause.end
    ):
        rule = "award.holders"  # 'toàn tỉnh có 52 Thầy thuốc ưu tú': holders counted, nothing given here
    contest = s.pat.parts.contest.match(s.text, h.end, s.clause.end) if h.name is None and h.entry.needs_count else None
    name_end = contest.end() if contest else h.end  # 'đạt giải| Hội diễn văn nghệ quần chúng huyện'
    return AwardHit(
        start=start,
        end=end,
        count=c.value if c else None,
        recipient_type=c.noun if c else None,
        award=h.name or s.text[h.start : name_end],
        issuer=h.issuer or ctx.issuer,
        level=h.level,
        giver=ctx.giver,
        recipients=(ctx.receiver,) if ctx.receiver and c is None else (),
        sentence=s.clause.index,
        rule=rule,
        count_at=(c.start, c.num_end) if c else None,
        name_at=(h.start, name_end),
        commendation=h.entry.commendation,
    )


def _given_here(s: _Scope, h: AwardName) -> bool:
    """A verb of giving, receiving or winning right before the award: 'vinh dự đón nhận |Huân chương'."""
    return bool(s.pat.verb_tail.search(s.text, s.clause.start, h.start))


def _uncounted(s: _Scope, h: AwardName) -> AwardHit | None:
    """An award handed over without a number: 'trao Bằng khen cho các tập thể', '... cho Hội LHPN tỉnh'.

    Only a named award (not a class alone: 'lễ trao huân chương', 'giải thưởng lớn nhất'), right after a
    verb of giving or receiving or before its recipients; recipients named are the people the people
    extractor found there ('cho ông Lê Văn Tâm, Hiệu trưởng ...'), or the organisation as written.
    """
    if h.bare or h.entry.needs_count or h.entry.carried or h.name is not None or h.entry.kind == "quoted_title":
        return None
    after = s.text[h.end : min(s.clause.end, h.end + UNCOUNTED_WINDOW)]
    end, noun = h.end, None
    named: tuple[str, ...] = ()
    plural = s.pat.plural_after.match(after)
    who = s.pat.named_after.match(after)
    if plural and (noun_m := s.pat.recipient.match(after, plural.end())):
        end, noun = h.end + noun_m.end(), noun_m.group()
        named = s.listed_after(end)  # 'cho các đồng chí: Bùi Thanh An - ..., Đặng Thanh Tùng - ...'
    elif who and (h.entry.kind not in _EVENTS or who.group("passive") or _given_here(s, h)):
        end = h.end + who.end()
        people = s.named.inside(h.end + who.start("who"), s.clause.end, end + 2)  # a name may follow the post
        named = tuple(people) or (s.pat.addressed.sub("", who.group("who"), count=1).strip(),)
    elif not _given_here(s, h):
        return None
    hit = _hit(s, h.start, end, h, None, "award.uncounted")
    return dataclasses.replace(hit, recipient_type=noun, recipients=named or hit.recipients)
