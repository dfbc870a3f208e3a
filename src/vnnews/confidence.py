"""How likely a careful reader signs an achievement: a small logistic model, read from a packaged JSON file.

The hand rules of :mod:`vnnews.extractors.achievements` decide what is a fact; each fresh sample of
general news still brings its own long tail of numbers that are no fact (forecasts, hypotheticals,
advice, rules, amounts only asked for) and of units cut wrong. This module weighs each fact with
what readers judged before (``benchmarks/audit/*.jsonl``) and the gold sets' facts: :func:`features`
turns a fact and its sentence into feature names (one pure function, used alike by the pipeline and
by ``benchmarks/train_confidence.py``), :func:`score` sums their weights from
``data/models/achievement_confidence.json`` into a probability. Plain Python: a dict lookup and a
sum per feature, no numpy at run time. ``Options.min_confidence`` drops the facts below it.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import repeat
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from ._confidence_place import after_shape, family, family_features, referred, unit_shape
from .alternation import ordered_trie
from .errors import LexiconError, one_line
from .normalize import normalize
from .rules_data import load_rules

#: Bumped whenever :func:`features` changes what it emits: a weight file trained on another set is refused.
FEATURE_SET = "achv-conf-4"
_WORD = re.compile(r"\w+")
#: Characters either side of the number in which the window words are read (far more than five words).
WINDOW = 100
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: A number in digits right before a listing cue ('5 loại rau'): elsewhere ('các loại', 'điều này') it lists nothing.
_AFTER_NUMBER = re.compile(r"\d\s*$")
_BULLET = re.compile(r"^\s*(?:[-+•*]|\d+[.)]\s)")
#: Where a clause ends besides its openers (cue kinds in _OPENS): punctuation, brackets, a dash between spaces; a
#: comma or colon between two digits is a decimal, a score or a time ('1,5 tỷ', '3:1', '8:30'), no cut.
_CUT = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()\[\]\"!?…]|\s[-–]\s")
_OPENS = frozenset({"opener", "conditional"})
#: Cue kinds whose words are verbs: the nearest one before the number governs it.
_VERBISH = frozenset({"verb", "done", "report"})
#: The moods whose share of an article's sentences is read (its genre: advice pieces, forecasts, Q&A).
_MOODS = ("advice", "forecast", "future", "conditional", "modal", "question", "rule", "proposal", "listing")
#: An article's sentences for its genre: cut at a line end or at '.!?' before a space (not in '12.500', 'TP.HCM').
_PIECES = re.compile(r"(?:[^.!?\n]|[.!?]+(?![\s.!?]|$))+[.!?]*")

CueKind = Literal[
    "future", "forecast", "modal", "conditional", "advice", "rule", "proposal", "plan", "question", "quote",
    "vague", "compare", "done", "report", "verb", "opener", "listing", "none",
]


class _Cue(BaseModel):
    """One line of ``data/rules/confidence_cues.yaml``."""

    model_config = ConfigDict(extra="forbid")
    kind: CueKind
    term: str


class Weights(BaseModel):
    """The weight file: the feature set it was trained on, the bias, one weight per feature, and its provenance."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    feature_set: str
    bias: float
    weights: dict[str, float]
    provenance: dict[str, Any]


@dataclass(frozen=True)
class Context:
    """What the features read around a fact, normalised and case-folded: the sentence's words, the article's title."""

    before: str  # the sentence up to the fact
    fact: str  # the fact's own text
    after: str  # the sentence after the fact
    position: Literal["title", "body"]  # no 'lead': a character count differs between spellings (CRLF, NFD)
    title: str  # the article's title line, '' when it has none
    facts: int  # how many achievements vnnews found in the article (reports list many; general news few)
    genre: tuple[str, ...] = ()  # the article's mood (:func:`genre`): shares of its sentences with advice, forecasts...
    place: tuple[str, ...] = ()  # read from the text as written: a reference back, a name or code after the fact


@functools.cache
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every cue term, longest first, and the kind of each term.

    The standard ``re`` runs this plain pattern (no Unicode properties, no fuzzy matching) twice as fast as
    ``regex``, and it runs once for every sentence that holds a fact.
    """
    kinds = {c.term.casefold(): c.kind for c in load_rules("confidence_cues", _Cue)}
    return _alternation(kinds), kinds


def _alternation(kinds: Mapping[str, str]) -> re.Pattern[str]:
    """The cue terms as one whole-word alternation, longest first (the tree keeps that order's matches)."""
    terms = sorted(kinds, key=lambda t: (-len(t), t))
    return re.compile(rf"(?<!\w)(?P<cue>{ordered_trie(terms)})(?!\w)")


@functools.lru_cache(maxsize=1024)
def _fold(text: str) -> str:
    """Normalised as the rules read text (NFC, modern tone marks, plain quotes), case-folded, one space."""
    return " ".join(normalize(text).text.casefold().split())


def facts_counted(targets: Iterable[bool]) -> int:
    """The achievements the ``art:facts`` feature counts (given each one's ``target``): planned targets left out,
    as ``keep_targets`` adds them or not and a fact must score alike either way."""
    return sum(not t for t in targets)


def _casefold(text: str) -> str:
    """Case-folded, one space: for text already normalised (the pipeline's own)."""
    return " ".join(text.casefold().split())


def context_of(
    fact: Mapping[str, Any],
    sentence: Mapping[str, Any],
    title: Mapping[str, Any] | None,
    facts: int,
    *,
    article: str,
    normalised: bool = False,
) -> Context:
    """The context of a fact from spans (``start``, ``end``, ``text``) of one text: a JSON record's, or the pipeline's.

    ``facts`` is the number of achievements in the article before any is dropped for its confidence.
    ``article``: the whole text the spans index, for its genre (required: a fact scored without it loses its genre
    features and scores otherwise than the pipeline scored it).
    ``normalised``: the spans index the normalised text (the pipeline's), so it is not normalised again;
    otherwise (a JSON record's input text) each piece is normalised as the rules read it.
    """
    fold = _casefold if normalised else _fold
    text, s0 = str(sentence["text"]), int(sentence["start"])
    lo, hi = max(0, int(fact["start"]) - s0), max(0, int(fact["end"]) - s0)
    title_end = int(title["end"]) if title else 0
    position: Literal["title", "body"] = "title" if title and s0 < title_end else "body"
    heading = fold(str(title["text"])) if title else ""
    mood = genre(article) if normalised else _input_genre(article)
    where = (*referred(article, int(fact["start"]), int(fact["end"]), title_end), *after_shape(text[hi:hi + 40]))
    return Context(fold(text[:lo]), fold(text[lo:hi]), fold(text[hi:]), position, heading, facts, mood, where)


@functools.lru_cache(maxsize=4)
def _input_genre(text: str) -> tuple[str, ...]:
    """The genre of an input text (a JSON record's), normalised as the rules read it."""
    return genre(normalize(text).text)


def _value_features(fact: Mapping[str, Any]) -> list[str]:
    """The amount's shape: small, round, decimal, a year, a sign, spelled out."""
    value, shown = float(fact["value"]), str(fact.get("value_text") or "")
    out = ["v:le3" if abs(value) <= 3 else "v:le10" if abs(value) <= 10 else "v:le100" if abs(value) <= 100 else
           "v:le10k" if abs(value) <= 10_000 else "v:le1m" if abs(value) <= 1_000_000 else "v:big"]
    if not value.is_integer():
        out.append("v:dec")
    elif value and value % 100 == 0:
        out.append("v:round100")
    elif value and value % 10 == 0:
        out.append("v:round10")
    if value.is_integer() and 1900 <= value <= 2100:
        out.append("v:yearlike")
    if value < 0:
        out.append("v:neg")
    if any(c.isalpha() for c in shown):
        out.append("vt:word")
    for name in ("total", "value_max"):
        if fact.get(name) is not None:
            out.append(f"has:{name}")
    return out


def _fact_features(fact: Mapping[str, Any]) -> list[str]:
    """The fields vnnews read: rule, unit (whole, head, last word, length), hedge, action, flags."""
    unit = " ".join(str(fact.get("unit") or "").casefold().split())
    words = unit.split() or ["-"]
    out = [f"rule:{fact.get('rule')}", f"u:{unit}", f"uh:{words[0]}", f"ut:{words[-1]}", f"ul:{min(len(words), 4)}",
           f"qk:{fact.get('qualifier_kind')}", f"act:{fact.get('action') or '-'}",
           f"rule:{fact.get('rule')}|uh:{words[0]}"]
    out += [f"flag:{name}" for name in ("approximate", "target") if fact.get(name)]
    if fact.get("action"):
        out.append("act:any")
    return out + _value_features(fact)


def _sentence_features(ctx: Context) -> list[str]:
    """The words around the number, the cue kinds in the sentence and the title, the sentence's shape."""
    # the last five words before the number and the first four after it: read from a window, not the whole sentence
    before = _WORD.findall(ctx.before, max(0, len(ctx.before) - WINDOW))
    after = _WORD.findall(ctx.after, 0, WINDOW)
    out = [f"b1:{before[-1] if before else '^'}", f"b2:{' '.join(before[-2:]) if len(before) > 1 else '^'}",
           f"a1:{after[0] if after else '$'}", f"pos:{ctx.position}"]
    out += [f"bw:{w}" for w in before[-5:-1]]
    out += [f"aw:{w}" for w in after[1:4]]
    whole = f"{ctx.before} {ctx.fact} {ctx.after}"
    for _, end, kind, _ in _cues_in(whole):
        out.append(f"cue:{kind}")
        if end <= len(ctx.before):
            out.append(f"cue<:{kind}")
            if len(ctx.before) - end <= 25:
                out.append(f"cue~:{kind}")
    out += _title_features(ctx.title)
    out += _whole_sentence(whole)
    for flag, present in (("s:colon", ":" in ctx.before), ("s:bullet", bool(_BULLET.match(ctx.before))),
                          ("s:paren", "(" in ctx.before[-30:])):
        if present:
            out.append(flag)
    return out


@functools.lru_cache(maxsize=64)
def _whole_sentence(whole: str) -> list[str]:
    """What the whole sentence tells, alike for each of its facts: its words, its numbers, length, '?' and quotes."""
    out = [f"sw:{w}" for w in set(_WORD.findall(whole))]
    out += [f"nn:{min(len(_NUMBER.findall(whole)), 5)}", f"slen:{min(len(whole) // 80, 4)}"]
    return out + [flag for flag, sign in (("s:question", "?"), ("s:quote", '"')) if sign in whole]


@functools.lru_cache(maxsize=256)
def _cues_in(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Where each cue in a text starts and ends, its kind and term, cached: a fact's sentence is rebuilt around it
    (``before fact after``), so its facts share one scan unless a fact touches punctuation ('(5 người)' gets spaces),
    when the scan runs once for that fact."""
    return tuple(_find_cues(text))


def _find_cues(text: str, moods_only: bool = False) -> Iterator[tuple[int, int, str, str]]:
    """Each cue of a text: start, end, kind, term; 'trẻ em' hides the quote cue 'em' and is no cue itself."""
    pattern, kinds = _mood_cues() if moods_only else _cues()
    for m in pattern.finditer(text):
        cue = m["cue"]
        kind = kinds.get(cue) or kinds[" ".join(cue.split())]
        if kind == "listing" and not _AFTER_NUMBER.search(text, max(0, m.start() - 4), m.start()):
            continue
        if kind != "none":
            yield m.start(), m.end(), kind, cue


@functools.cache
def _mood_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """The cues of the moods an article's genre counts (and the words that hide one): far fewer matches to loop over."""
    kinds = {t: k for t, k in _cues()[1].items() if k in _MOODS or k == "none"}
    return _alternation(kinds), kinds


def _clause(whole: str, lo: int, hi: int, cues: tuple[tuple[int, int, str, str], ...]) -> tuple[int, int, str]:
    """The clause around ``whole[lo:hi]``: from the last cut (``,;:`` a bracket, a clause opener) before it to the
    first after it, and what opened it ('^' the sentence, 'punct', or the opener's word)."""
    start, opener, end = 0, "^", len(whole)
    for m in _CUT.finditer(whole, 0, lo):
        start, opener = m.end(), "punct"
    after = _CUT.search(whole, hi)
    end = after.start() if after else end
    for s, _, kind, term in cues:
        if kind not in _OPENS:
            continue
        if start <= s < lo:
            start, opener = s, term
        elif hi <= s < end:
            end = s
    return start, end, opener


def _clause_features(ctx: Context, whole: str) -> list[str]:
    """The clause the number sits in: what opened it, its words and cues against the sentence's others, the nearest
    verb before the number."""
    cues = _cues_in(whole)
    lo = len(ctx.before) + 1
    hi = lo + len(ctx.fact)
    start, end, opener = _clause(whole, lo, hi, cues)
    out = [f"cop:{opener}", f"clen:{min((end - start) // 30, 4)}"]
    inside = {k for s, e, k, _ in cues if start <= s and e <= end and not lo <= s < hi}
    out += [f"ccue:{k}" for k in inside]
    out += [f"ocue:{k}" for k in {k for s, e, k, _ in cues if e <= start or s >= end} - inside]
    out += [f"fcue:{k}" for k in {k for s, _, k, _ in cues if lo <= s < hi}]
    verbs = [(e, t) for s, e, k, t in cues if k in _VERBISH and start <= s and e <= lo]
    out.append(f"nv:{verbs[-1][1] if verbs else '-'}")
    out += [f"cw:{w}" for w in set(_WORD.findall(whole, start, lo))]  # the clause's words before the number
    if verbs:
        out.append(f"nvd:{min(len(_WORD.findall(whole, verbs[-1][0], lo)), 4)}")
    return out


@functools.lru_cache(maxsize=64)
def _title_features(title: str) -> list[str]:
    """The cue kinds in the article's title, and whether it asks a question (computed once per title)."""
    cues = _cues_in(title)
    out = sorted({f"tcue:{kind}" for _, _, kind, _ in cues})
    return [*out, "t:question"] if "?" in title else out


def _bucket(n: int) -> str:
    """A count as a few classes: 1, 2-3, 4-7, 8 or more."""
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def features(fact: Mapping[str, Any], ctx: Context) -> list[str]:
    """Every feature name of one achievement, each once (a fact's fields as the record holds them, and its context)."""
    whole = f"{ctx.before} {ctx.fact} {ctx.after}"
    names = {*_fact_features(fact), *_sentence_features(ctx), *_clause_features(ctx, whole),
             *ctx.genre, *ctx.place, *unit_shape(fact), f"art:facts:{_bucket(ctx.facts)}"}
    names.update(family_features(family(str(fact.get("unit") or "")), whole, names))
    return sorted(names)


@functools.lru_cache(maxsize=4)
def genre(text: str) -> tuple[str, ...]:
    """The article's mood, read once per article: the share of its sentences with each mood's cue (or a '?')."""
    folded = text.casefold()
    ends = [m.end() for m in _PIECES.finditer(folded) if not m[0].isspace()]
    if not ends:
        return ()
    moods: set[tuple[int, str]] = {(bisect.bisect_left(ends, e), k) for _, e, k, _ in _find_cues(folded, True)}
    moods |= {(bisect.bisect_left(ends, m.end()), "question") for m in re.finditer(r"\?", folded)}
    counts = Counter(k for _, k in moods)
    return tuple(f"g:{k}:{_share(counts[k] / len(ends))}" for k in _MOODS)


def _share(x: float) -> str:
    """A share as a few classes."""
    return "0" if x == 0 else "lt.1" if x < 0.1 else "lt.25" if x < 0.25 else "ge.25"


@functools.cache
def weights() -> Weights:
    """The packaged weight file, validated; its feature set must be the one :func:`features` emits."""
    where = "vnnews/data/models/achievement_confidence.json"
    try:
        folder = resources.files("vnnews").joinpath("data").joinpath("models")
        text = folder.joinpath("achievement_confidence.json").read_text("utf-8")
        model = Weights.model_validate(json.loads(text))
    except (FileNotFoundError, json.JSONDecodeError) as e:
        raise LexiconError(f"{where}: {one_line(str(e))}") from e
    except ValidationError as e:
        raise LexiconError(one_line(f"{where}: {e.errors()[0]['loc']}: {e.errors()[0]['msg']}")) from e
    if model.feature_set != FEATURE_SET:
        raise LexiconError(f"{where}: trained on feature set {model.feature_set!r}, vnnews computes {FEATURE_SET!r}")
    return model


def score(names: list[str], model: Weights | None = None) -> float:
    """The probability that a reader signs the fact: the logistic of the bias plus the weights of its features."""
    w = model or weights()
    z = w.bias + sum(map(w.weights.get, names, repeat(0.0)))
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 4)


def confidence(
    fact: Mapping[str, Any],
    sentence: Mapping[str, Any],
    title: Mapping[str, Any] | None,
    facts: int,
    *,
    article: str,
    normalised: bool = False,
) -> float:
    """One fact's confidence (:func:`context_of` reads the spans, :func:`features` names them, :func:`score` sums)."""
    return score(features(fact, context_of(fact, sentence, title, facts, normalised=normalised, article=article)))
