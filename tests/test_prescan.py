"""The pre-scans (vnnews.prescan) find exactly what the slow patterns find alone: speed, never output."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from vnnews import numbers
from vnnews.document import Document
from vnnews.extractors._achv_words import WORD, words_before
from vnnews.prescan import scan

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted([*ROOT.glob("tests/*/articles/*.txt"), *ROOT.glob("samples/*.txt")])
#: Odd characters around numbers: other digits, signs, case forms ('ſ' and the Kelvin sign fold to s and k),
#: marks glued to words, a number word inside a longer word, a range, a date, a suffix.
ODD = (
    "KHÔNG có ſáu người, âm 3 độ, ÂM 5, -1,2% (−0,5%), 20-7, ٣ và 𝟓 người, x²hai, hai\u0301 ba, "
    "bạn, tư vấn, 50k, 3M, 2,5K, Một tỷ phú, 10 triệu phú, 6 tỷ 097 triệu, hàng trăm, vài ba triệu, "
    "1.234,5, 1,234,567, 2, 048, năm 2024, 5 năm, mười mười, _hai, hai_, a1, 1a, 1.2.3, .5, ,5"
)


def _sentences() -> list[tuple[str, int, int]]:
    spans = []
    for path in ARTICLES:
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        spans += [(doc.text, s.start, s.end) for s in doc.sentences]
    return [*spans, (ODD, 0, len(ODD)), (ODD, 3, 40), (ODD, 9, len(ODD) - 2)]


def test_there_are_articles_to_compare_on() -> None:
    assert len(ARTICLES) > 50


@pytest.mark.issue("9-numbers-prescan-same-matches")
def test_number_runs_found_with_the_prescan_are_those_of_the_pattern_alone() -> None:
    finder, starts = numbers._finder(), numbers._starts()
    for text, start, end in _sentences():
        alone = [(m.span(), m.groupdict()) for m in finder.finditer(text, start, end)]
        scanned = [(m.span(), m.groupdict()) for m in scan(finder, starts.blind, text, start, end)]
        assert scanned == alone, text[start:end]
        cue_pattern, cues = starts.on(text)  # cues found in the lowered text (vnnews.folded)
        folded = [(m.span(), m.groupdict()) for m in scan(finder, cue_pattern, text, start, end, cues)]
        assert folded == alone, text[start:end]


def test_the_prescan_finds_numbers_in_odd_text() -> None:
    values = [m.value for m in numbers.find_numbers(ODD.replace("ſ", "s"))]  # 'ſáu' is read, but no number word
    assert values[:3] == [6, -3, -5]
    assert {-1.2, -0.5, 50000, 6097000000} <= set(values)



def _words_before_whole(text: str, start: int, pos: int, n: int) -> str:
    """words_before as it was: the clause split off, every word of it found, the last n kept."""
    chunk = regex.split(r"[;:]", text[start:pos])[-1]
    return " ".join(WORD.findall(chunk)[-n:])


@pytest.mark.issue("9-words-before-from-the-end")
def test_words_before_read_from_the_end_are_those_read_from_the_start() -> None:
    rng = random.Random(9)
    alphabet = "ab c;:,.1 2\u0301đƯ\u00a0 "
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(30)))
        start = rng.randrange(len(text) + 1)
        pos, n = rng.randrange(start, len(text) + 1), rng.randrange(-1, 6)
        assert words_before(text, start, pos, n) == _words_before_whole(text, start, pos, n), (text, start, pos, n)


@pytest.mark.issue("9-people-readers-shortcut")
def test_at_a_word_opening_no_term_and_no_name_every_people_reader_but_the_foreign_one_reads_nothing() -> None:
    """people._read_at tries only _foreign at a word with no opener term, no 'nguyên'/'cựu', no family name."""
    from vnnews.extractors import people
    from vnnews.extractors._people_lex import lexicon
    from vnnews.extractors._people_line import Line

    lex = lexicon()
    openers = people._openers(lex)[0]
    others = [r for r in people.READERS if r is not people._foreign]
    tried = 0
    for path in ARTICLES[::3]:
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        for block in doc.blocks:
            line = Line(doc.text, lex, block.start, block.end)
            for i in range(line.n):
                if line.opens(openers, i) or line.folds[i] in people.FORMER or lex.is_surname(line.words[i]):
                    continue
                names: list[people.NameHit] = []
                titles: list[people.TitleHit] = []
                assert all(read(line, i, names, titles) is None for read in others), line.text(i, i + 3)
                assert not names
                assert not titles
                tried += 1
    assert tried > 1000


#: Spaces of every kind around words, a line break before the end, a term glued to what precedes it.
TAIL_ODD = [
    "không được hưởng ",
    "a  không \u00a0 được\thưởng  \u00a0",
    "(không được hưởng \n",
    "Ôngkhông được hưởng ",
    "   ",
    "",
    "không\nđược hưởng ",
    "KHÔNG ĐƯỢC HƯỞNG \u00a0",
]


@pytest.mark.issue("9-sense-tails-same-matches")
def test_end_anchored_sense_patterns_searched_over_the_last_words_find_what_the_whole_search_finds() -> None:
    """_achv_words.Tail: a sense rule closing the text before a number, tried over its last words only."""
    from vnnews.extractors._achv_sense import sense
    from vnnews.lexicon import load

    s = sense()
    terms: dict[str, list[str]] = {}
    for e in load("achievement_sense"):
        terms.setdefault(e.kind, []).append(e.term)
    rng = random.Random(9)
    cases = [(t, 0, len(t), rng.sample(sorted(terms), 6)) for t in TAIL_ODD]
    for kind, kind_terms in terms.items():  # each kind's terms closing a text, with spaces of every kind around
        for t in kind_terms[:4]:
            for pre, end in zip(("", "Khi đó, ", "x", "Ông  "), (" ", "\u00a0 ", "  \n", " \t"), strict=True):
                cases.append((f"{pre}{t}{end}", 0, len(pre + t + end), [kind]))
    for text, start, end in _sentences()[::4]:
        cases += [(text, start, pos, rng.sample(sorted(terms), 6)) for pos in range(start, end + 1, 17)]
    found = 0
    for text, start, end, kinds in cases:
        for tail in (s.at_end[k] for k in kinds):
            alone, got = tail.pattern.search(text[start:end]), tail.search(text[start:end])
            assert (got and (got.span(), got.groupdict())) == (alone and (alone.span(), alone.groupdict()))
            inside, alone = tail.search(text, start, end), tail.pattern.search(text, start, end)
            assert (inside and inside.span()) == (alone and alone.span()), (text[start:end], tail.pattern.pattern[:40])
            found += alone is not None
    assert found > 500


@pytest.mark.issue("9-sense-needed-words")
def test_where_no_term_has_all_its_words_in_the_lowered_text_the_pattern_finds_nothing() -> None:
    """folded.needed_words / may_hold: the words check that spares a sense or plan scan never skips a match."""
    from vnnews.extractors._achv_sense import sense
    from vnnews.extractors._achv_vocab import vocab
    from vnnews.folded import lowered, may_hold
    from vnnews.lexicon import load

    s = sense()
    kinds = sorted(s.needed)
    checks = [(s.anywhere[k], s.needed[k]) for k in kinds] + [(vocab().plan, vocab().plan_needs)]
    texts = [t for t, _, _ in _sentences()[::7]] + [ODD, "NGUYÊN LIỆU: 2 thìa", "ſáu K \u212a"]
    texts += [f"Khi đó, {e.term.upper()} 5" for e in load("achievement_sense")]
    skipped = 0
    for text in dict.fromkeys(texts):
        for pattern, needed in checks:
            if not may_hold(text, 0, len(text), needed):
                assert lowered(text) is not None  # 'ſ' matches 's' case-blind, yet lowers to itself: never skipped
                assert pattern.search(text) is None, (text, pattern.pattern[:60])
                skipped += 1
    assert skipped > 10000
