"""Award counts: '24 tập thể được nhận Bằng khen của Trung ương Hội', 'tặng Giấy khen cho 8 tập thể và 30 cá nhân'.

Per sentence (the segmenter already cuts at ';', so '...; Giám đốc Công an tỉnh tặng Giấy khen cho ...'
is a new sentence): find the award names (awards.yaml, with grade, quoted name, level and issuer), the
counted recipient nouns (recipients.yaml: '24 tập thể'), then pair each count with its award:

1. backward through a link word: 'Bằng khen cho 11 tập thể', '43 Bằng khen, trong đó 4 tập thể';
   and on along a list: 'cho 11 tập thể và 10 cá nhân' (one record per recipient type);
2. forward through a verb: '5 đơn vị được nhận Cờ thi đua', '22 cán bộ, chiến sĩ ... được Chủ tịch
   nước tặng thưởng Huân chương', '95 tác phẩm đạt giải'; or after one: 'vinh danh 50 cá nhân Phụ nữ tiêu biểu';
3. a count written straight before the award counts awards: '43 Bằng khen', '2 giải nhất'.

Awards handed over without a number ('trao Bằng khen cho các tập thể', 'trao cờ thi đua ... cho Hội
LHPN tỉnh') are kept with ``count=None``. String fields (award, recipient_type, issuer...) are taken
from the normalised text (NFC, modern tone marks, straight quotes); spans point into the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from ..document import Document
from ..models import Award
from ..numbers import parse_number
from ..segment import Sentence
from ._award_patterns import AwardEntry, AwardPatterns, name_pattern, patterns

#: Longest gap (characters) between a count and the award it receives ('22 cán bộ ... được tặng ...').
MAX_FORWARD_GAP = 160
#: Longest gap between two counts of one list ('cho 10 tập thể có ... tiêu biểu và 10 ...').
MAX_CHAIN_GAP = 100
#: Longest giver or issuer read from the clause before an award ('Ủy viên Trung ương Đảng, ..., Bùi Thị Quỳnh Vân').
MAX_SUBJECT_WORDS = 24
#: At most this many words are read as one spelled-out number ('hai mươi lăm').
MAX_NUMBER_WORDS = 4

_WORD = regex.compile(r"(?<!\w)(?:\d[\d.,]*\d|\d|[^\W\d_]+)(?!\w)")  # whole words only: nothing from '11A3'
_CLAUSE_END = regex.compile(r";\s*")
_PASSIVE_END = regex.compile(r"(?i)(?<!\w)được\s*$")  # a subject that receives: "đã được tặng"
_PUNCT = regex.compile(r"[^\w\s]")

How = Literal["link", "chain", "verb", "awards"]


@dataclass(frozen=True)
class _Hit:
    """One award name found in the text, with what is written around it."""

    start: int
    end: int
    entry: AwardEntry
    base_end: int  # end of name + grade + quoted name, before level and issuer
    issuer: str | None
    level: str | None
    name: str | None = None  # an anaphor's award as named before: 'Danh hiệu cao quý này' -> 'Danh hiệu Anh hùng ...'


@dataclass(frozen=True)
class _Count:
    """A number and the recipient noun it counts ('24 tập thể'), or the award it counts ('43 Bằng khen')."""

    start: int
    end: int
    value: int
    noun: str | None


@dataclass(frozen=True)
class _Pair:
    count: _Count
    hit: _Hit
    how: How


def _entry(name: str, titled: bool, pat: AwardPatterns) -> AwardEntry | None:
    """The awards.yaml entry a matched name comes from."""
    key = " ".join(name.casefold().split())
    if key in pat.entries:
        return pat.entries[key]
    for term, entry in pat.entries.items():
        if (titled and entry.needs_name and key.startswith(term)) or (
            "{n}" in term and regex.fullmatch(name_pattern(term), key, regex.IGNORECASE)
        ):
            return entry
    return None


def _hits(text: str, sent: Sentence, pat: AwardPatterns, prior: list[_Hit]) -> list[_Hit]:
    """Award names in one sentence, each with grade, quoted name, level and issuer when written.

    An award word pointing back ('Danh hiệu cao quý này') stands for the last award of its kind named
    before it in the clause or in ``prior`` (earlier clauses of the paragraph).
    """
    out: list[_Hit] = []
    if not pat.first_word.search(text, sent.start, sent.end):
        return out  # no award word at all (two sentences in three)
    for m in pat.award.finditer(text, sent.start, sent.end):
        head = m.group("titled") or m.group("with_name")
        entry = pat.entries.get(" ".join(head.casefold().split())) if head else _entry(m.group("name"), False, pat)
        if entry is None:
            continue
        base_end = max(m.end("name"), m.end("grade"), m.end("quoted"))
        issuer = m.group("issuer") or m.group("issuer_bare")
        level = m.group("level1") or m.group("level2")
        if level is None:
            found = pat.level.search(text, m.start(), m.end())
            level = found.group() if found else None
        out.append(_Hit(m.start(), m.end(), entry, base_end, issuer, level))
    for a in pat.anaphor.finditer(text, sent.start, sent.end) if prior or out else ():
        kind = pat.entries[" ".join(a.group("head").casefold().split())].kind
        before = [h for h in (*prior, *out) if h.end <= a.start() and h.entry.kind == kind and h.name is None]
        if before:
            h = before[-1]
            out = [o for o in out if not (a.start() <= o.start < a.end())]
            out.append(_Hit(a.start(), a.end(), h.entry, a.end(), h.issuer, h.level, text[h.start : h.end]))
    return sorted(out, key=lambda h: h.start)


def _number_before(text: str, lo: int, pos: int, pat: AwardPatterns) -> tuple[int, int] | None:
    """``(start, value)`` of a count written right before ``pos`` ('24 |tập thể', 'hai mươi |cá nhân')."""
    words = list(_WORD.finditer(text, max(lo, pos - 60), pos))
    run: list[regex.Match[str]] = []
    edge = pos
    for w in reversed(words):  # whole words joined by spaces only, ending at pos: not '11A|3 trường'
        if not text[w.end() : edge].isspace():
            break
        run.insert(0, w)
        edge = w.start()
    while run and text[run[0].start() - 1 : run[0].start()] == "/":  # '1/|8 Cúp' is a fraction or a date
        run.pop(0)
    if run and run[-1].group().casefold() in pat.modifier:  # '15 nguyên |lãnh đạo'
        run.pop()
    run = run[-MAX_NUMBER_WORDS:]
    for k in range(len(run), 0, -1):
        first = run[-k]
        if first.group().casefold() in pat.ordinal:  # 'hàng trăm' is vague, not a count
            continue
        value = parse_number(text[first.start() : run[-1].end()])
        if value is None or (isinstance(value, float) and not value.is_integer()) or value <= 0:
            continue
        before = run[-k - 1].group().casefold() if k < len(run) else ""
        if before in pat.ordinal:  # 'năm 2018', 'lần thứ Hai', 'hàng trăm'
            return None
        return first.start(), int(value)
    return None


def _counts(text: str, sent: Sentence, hits: list[_Hit], pat: AwardPatterns) -> list[_Count]:
    """Counted recipient nouns ('24 tập thể', '22 cán bộ, chiến sĩ') outside award names."""
    out: list[_Count] = []
    for m in pat.recipient.finditer(text, sent.start, sent.end):
        if any(h.start <= m.start() < h.end for h in hits):  # 'Tập thể lao động xuất sắc' is a title
            continue
        lo = max([sent.start, *(h.end for h in hits if h.end <= m.start())])
        found = _fraction_before(text, lo, m.start(), pat) or _number_before(text, lo, m.start(), pat)
        if found:
            out.append(_Count(found[0], m.end(), found[1], m.group()))
    for h in hits:  # '10 khách sạn được trao giải': any noun counted right before a receive verb
        lo = max([sent.start, *(o.end for o in hits if o.end <= h.start)])
        verb = pat.open_recipient.search(text, lo, h.start)
        if verb is None or any(c.start < h.start and verb.start("noun") < c.end for c in out):
            continue
        if verb.group("noun").split()[0].casefold() in pat.not_recipient:
            continue  # '5 lần liên tiếp giành danh hiệu': times, not recipients
        found = _number_before(text, lo, verb.start("noun"), pat)
        if found:
            out.append(_Count(found[0], verb.end("noun"), found[1], verb.group("noun")))
    for h in hits:  # 'trao danh hiệu ... cho 10 khách sạn': any noun counted after a link word
        link = pat.open_link.match(text, h.end, sent.end)
        if link is None or any(c.start <= link.start("num") < c.end for c in out):
            continue
        if link.group("noun").split()[0].casefold() not in pat.not_recipient:
            value = parse_number(link.group("num"))
            if isinstance(value, int) and value > 0:
                out.append(_Count(link.start("num"), link.end("noun"), value, link.group("noun")))
    return sorted(out, key=lambda c: c.start)


def _fraction_before(text: str, lo: int, pos: int, pat: AwardPatterns) -> tuple[int, int] | None:
    """``(start, value)`` of 'X/Y' right before a recipient noun: '16/18 |xã' counts 16; 'ngày 16/6 |xã' is a date."""
    if not text[pos : pos + 1].islower():
        return None
    m = pat.fraction.search(text, lo, pos)
    if m is None or not 0 < int(m["x"]) <= int(m["y"]):
        return None
    return m.start("x"), int(m["x"])


def _award_counts(text: str, sent: Sentence, hits: list[_Hit], pat: AwardPatterns) -> dict[int, _Count]:
    """Counts written straight before an award name ('43 Bằng khen', '2 giải nhất'), by hit index."""
    out: dict[int, _Count] = {}
    for i, h in enumerate(hits):
        lo = hits[i - 1].end if i else sent.start
        found = _number_before(text, lo, h.start, pat)
        if found and h.entry.needs_count and not pat.count_follow.match(text, h.end, sent.end):
            continue
        if found and h.entry.honorary and not pat.give.search(text, sent.start, sent.end):
            continue  # '37 Anh hùng Lực lượng vũ trang nhân dân' counts people holding a title: an achievement
        if found:
            out[i] = _Count(found[0], h.base_end, found[1], None)
    return out


def _won_bare(text: str, p: _Pair, end: int, pat: AwardPatterns) -> bool:
    """A bare prize won by a counted recipient: '95 tác phẩm đạt giải, trong đó ...', not 'được giải quyết'."""
    return (
        p.how == "verb"
        and bool(pat.win_gap.match(text[p.count.end : p.hit.start]))
        and bool(pat.count_follow.match(text, p.hit.end, end))
    )


def _pair(text: str, hits: list[_Hit], counts: list[_Count], end: int, pat: AwardPatterns) -> list[_Pair]:
    """Give each counted recipient its award: by link word, along a list, or through a verb."""
    pairs: list[_Pair] = []
    last: _Pair | None = None
    for i, c in enumerate(counts):
        before = [h for h in hits if h.end <= c.start]
        after = [h for h in hits if h.start >= c.end]
        back: _Pair | None = None
        if before:
            h = before[-1]
            if pat.link_gap.fullmatch(text[h.end : c.start]):
                back = _Pair(c, h, "link")
            elif last is not None and last.hit is h and last.how in ("link", "chain") and counts[i - 1] is last.count:
                gap = text[last.count.end : c.start]
                if len(gap) <= MAX_CHAIN_GAP and pat.chain_gap.search(gap) and not pat.verb.search(gap):
                    back = _Pair(c, h, "chain")
        fwd: _Pair | None = None
        if after:
            h = after[0]
            gap = text[c.end : h.start]
            between = any(c.end <= o.start < h.start for o in counts)
            given = not gap.strip() and pat.give_tail.search(text[max(0, c.start - 40) : c.start])
            if len(gap) <= MAX_FORWARD_GAP and not between and (pat.verb.search(gap) or given):
                fwd = _Pair(c, h, "verb")
        chosen = back if back and not back.hit.entry.generic else fwd or back
        if chosen and chosen.hit.entry.needs_count and not _won_bare(text, chosen, end, pat):
            chosen = None
        if chosen:
            pairs.append(chosen)
        last = chosen
    return _share_subject(text, counts, pairs, pat)


def _share_subject(text: str, counts: list[_Count], pairs: list[_Pair], pat: AwardPatterns) -> list[_Pair]:
    """Counts listed before one verb share its award: '2 tập thể và 15 cá nhân được tặng Giấy khen'."""
    by_count = {id(p.count): p for p in pairs}
    for i in range(len(counts) - 2, -1, -1):
        c, nxt = counts[i], by_count.get(id(counts[i + 1]))
        if id(c) in by_count or nxt is None or nxt.how != "verb":
            continue
        gap = text[c.end : counts[i + 1].start]
        if len(gap) <= MAX_CHAIN_GAP and pat.chain_gap.search(gap) and not pat.verb.search(gap):
            by_count[id(c)] = _Pair(c, nxt.hit, "verb")
    return sorted(by_count.values(), key=lambda p: p.count.start)


def _name_in(phrase: str, pat: AwardPatterns) -> str | None:
    """The first personal name in ``phrase``: a family name and the capitalised words after it."""
    words = phrase.replace(",", " , ").split()
    for i, w in enumerate(words[:-1]):
        if w in pat.surnames and words[i + 1][:1].isupper():
            run = [w]
            for nxt in words[i + 1 : i + 5]:
                if not nxt[:1].isupper():
                    break
                run.append(nxt)
            return " ".join(run)
    return None


def _has_name(phrase: str, pat: AwardPatterns) -> bool:
    """True when a personal name is written in ``phrase`` ('Phó Bí thư Tỉnh ủy Hoàng Giang')."""
    words = phrase.split()
    return any(
        w in pat.surnames and words[i + 1][:1].isupper() for i, w in enumerate(words[:-1])
    ) or bool(pat.honorific.match(phrase))


@dataclass(frozen=True)
class _Context:
    """Who grants, hands over or receives an award, read from the clause before it."""

    issuer: str | None = None
    giver: str | None = None
    receiver: str | None = None


def _context(text: str, clause: Sentence, h: _Hit, pat: AwardPatterns) -> _Context:
    """'UBND tỉnh tặng', 'được Chủ tịch nước tặng thưởng', 'Phó Bí thư Hoàng Giang trao', 'Công an tỉnh đón nhận'."""
    head = text[clause.start : h.start]
    passive = pat.passive_agent.search(head)
    if passive:
        agent = passive.group("agent").strip()
        return _Context(giver=agent) if _has_name(agent, pat) else _Context(issuer=agent)
    give = pat.give_tail.search(head)
    tail = give or pat.receive_tail.search(head)
    if not tail:
        return _Context()
    subject = pat.adverb_tail.sub("", head[: tail.start()])
    receives = give is None
    if _PASSIVE_END.search(subject):  # 'đã được tặng': the subject receives
        subject, receives = pat.adverb_tail.sub("", subject[: subject.casefold().rindex("được")]), True
    subject = pat.opener.sub("", subject, count=1).strip(" ,-")
    if not subject or len(subject.split()) > MAX_SUBJECT_WORDS or not subject[:1].isupper():
        return _Context()
    if any(ch.isdigit() for ch in subject) or subject.split()[-1].casefold() in pat.ceremony:
        return _Context()  # 'danh sách 91 DN được trao': a count, not a name; 'trong lễ trao': a noun
    if receives:  # named only: 'Công an tỉnh', 'Nguyễn Thanh Tuấn'; not 'Nhiều tập thể và cá nhân'
        org = pat.organisation.match(subject)
        return _Context(receiver=_name_in(subject, pat) or (subject if org and len(subject.split()) <= 10 else None))
    behalf = pat.on_behalf.search(subject)
    if behalf:
        return _Context(issuer=subject[behalf.end() :].strip() or None)
    return _Context(giver=subject) if _has_name(subject, pat) else _Context(issuer=subject)


def _record(
    doc: Document, sent: Sentence, start: int, end: int, h: _Hit, c: _Count | None, rule: str, pat: AwardPatterns
) -> Award:
    ctx = _context(doc.text, sent, h, pat)
    return Award(
        **doc.span(start, end),
        count=c.value if c else None,
        recipient_type=c.noun if c else None,
        award=h.name or doc.text[h.start : h.end],
        issuer=h.issuer or ctx.issuer,
        level=h.level,
        giver=ctx.giver,
        recipients=[ctx.receiver] if ctx.receiver and c is None else [],
        sentence=doc.sentence_span(start),
        rule=rule,
    )


def _uncounted(doc: Document, sent: Sentence, h: _Hit, pat: AwardPatterns) -> Award | None:
    """An award handed over without a number: 'trao Bằng khen cho các tập thể', '... cho Hội LHPN tỉnh'."""
    if h.entry.generic or h.entry.needs_count or h.name is not None:
        return None
    text = doc.text
    after = text[h.end : min(sent.end, h.end + 200)]
    end, noun, named = h.end, None, []
    plural = pat.plural_after.match(after)
    who = pat.named_after.match(after)
    if plural and (noun_m := pat.recipient.match(after, plural.end())):
        end, noun = h.end + noun_m.end(), noun_m.group()
    elif who:
        end = h.end + who.end()
        named = [pat.honorific.sub("", who.group("who"), count=1).strip()]
    elif not pat.verb.search(text, sent.start, h.start):
        return None
    rec = _record(doc, sent, h.start, end, h, None, "award.uncounted", pat)
    return rec.model_copy(update={"recipient_type": noun, "recipients": named or rec.recipients})


def _sentence_awards(doc: Document, sent: Sentence, pat: AwardPatterns, prior: list[_Hit]) -> list[Award]:
    text = doc.text
    hits = _hits(text, sent, pat, prior)
    prior += hits
    if not hits:
        return []
    counts = _counts(text, sent, hits, pat)
    award_counts = _award_counts(text, sent, hits, pat)
    out: list[tuple[int, Award]] = []
    used: set[int] = set()
    for i, c in award_counts.items():
        h = hits[i]
        out.append((c.start, _record(doc, sent, c.start, h.end, h, c, "award.count_of_awards", pat)))
        used.add(i)
    for p in _pair(text, hits, counts, sent.end, pat):
        c, h = p.count, p.hit
        start, end = (c.start, h.end) if p.how == "verb" else (h.start, c.end)
        out.append((c.start, _record(doc, sent, start, end, h, c, f"award.{p.how}", pat)))
        used.add(hits.index(h))
    for i, h in enumerate(hits):
        if i not in used and (rec := _uncounted(doc, sent, h, pat)):
            out.append((h.start, rec))
    return [a for _, a in sorted(out, key=lambda x: x[0])]


def _fold(s: str | None) -> str:
    return " ".join(_PUNCT.sub(" ", s or "").casefold().split())


def _merge_key(a: Award, pat: AwardPatterns) -> tuple[object, ...]:
    """What makes two counted awards the same fact: count, kind of recipient, award name."""
    noun = _fold(a.recipient_type)
    kind = pat.recipient_kinds.get(noun, "other")
    name = _fold(a.award)
    for extra in (a.issuer, a.level):
        name = name.replace(_fold(extra), "") if extra else name
    return (a.count, noun if kind == "other" else kind, " ".join(name.removesuffix(" của").split()))


def merge_repeats(awards: list[Award], pat: AwardPatterns) -> list[Award]:
    """One record per counted fact: a caption restating the text ('10 đơn vị' / '10 tập thể') keeps the first."""
    seen: dict[tuple[object, ...], Award] = {}
    out: list[Award] = []
    for a in awards:
        if a.count is None:
            out.append(a)
            continue
        key = _merge_key(a, pat)
        prev = seen.get(key)
        if prev is not None and (prev.issuer is None or a.issuer is None or _fold(prev.issuer) == _fold(a.issuer)):
            continue
        seen[key] = a
        out.append(a)
    return out


def clauses(text: str, sent: Sentence) -> list[Sentence]:
    """The parts of a sentence between semicolons: each one gives its own awards.

    >>> [(c.start, c.end) for c in clauses("a b; c d", Sentence(0, 0, 0, 8))]
    [(0, 4), (5, 8)]
    """
    out: list[Sentence] = []
    start = sent.start
    for m in _CLAUSE_END.finditer(text, sent.start, sent.end):
        out.append(Sentence(sent.index, sent.block, start, m.start() + 1))
        start = m.end()
    if start < sent.end:
        out.append(Sentence(sent.index, sent.block, start, sent.end))
    return out


def extract(doc: Document) -> list[Award]:
    """Every award given, with its count of recipients when stated."""
    pat = patterns(doc.options.lexicon_dirs)
    found: list[Award] = []
    prior: dict[int, list[_Hit]] = {}  # awards named so far in each paragraph, for anaphors
    for sent in doc.sentences:
        for clause in clauses(doc.text, sent):
            found += _sentence_awards(doc, clause, pat, prior.setdefault(sent.block, []))
    return merge_repeats(found, pat)
