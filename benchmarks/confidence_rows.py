"""The training facts of the achievement confidence (benchmarks/train_confidence.py): judged facts joined to a
corpus run, the judged-wrong facts no longer output, and the development gold sets' matched facts, each with its
group (its article). Plain Python (no scikit-learn), so the tests read it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import vnnews
from vnnews.confidence import context_of, facts_counted, features
from vnnews.numbers import find_numbers

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "baomoi-2000"
_STATUS = re.compile(r"^## Status:\s*(?P<status>.+?)\s*$", re.MULTILINE)
sys.path.insert(0, str(ROOT / "benchmarks"))
import audit  # noqa: E402


@dataclass
class Row:
    """One training fact: its features, its label (1: a reader signs it), its article, where the label came from."""

    names: list[str]
    label: int
    group: str
    origin: str
    weight: float = 1.0


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def feats(fact: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """The features of one achievement of a JSON record (the pipeline's own function)."""
    return features(fact, context_of(fact, fact["sentence"], record.get("title"), counted(record),
                                     article=article_of(record)))


def article_of(record: dict[str, Any]) -> str:
    """The record's input text (its ``text``, else its file), read once per article: the genre features read it."""
    path = (record.get("source") or {}).get("path")
    text = _article(str(record.get("id")), str(path), record.get("text"))
    if text is None:
        raise FileNotFoundError(f"the text of article {record.get('id')} (the genre features read it)")
    return text


@functools.lru_cache(maxsize=4)
def _article(aid: str, path: str, text: str | None) -> str | None:
    return audit.article_text({"id": aid, "source": {"path": path}, "text": text}, [CORPUS])


def counted(record: dict[str, Any]) -> int:
    """The record's achievements as the confidence counts them (planned targets left out)."""
    return facts_counted(bool(a.get("target")) for a in record["achievements"])


def gone_features(line: dict[str, Any], title: dict[str, Any] | None, facts: int, article: str) -> list[str]:
    """Features of a judged fact the run no longer outputs, read from its judged fields and marked evidence."""
    before, rest = line["evidence"][0].split("⟦", 1)
    inside, after = rest.split("⟧", 1)
    s0 = max(0, int(line["fact"]["start"]) - len(before))
    fact = line["fact"] | {"rule": line.get("rule"), "start": s0 + len(before), "end": s0 + len(before) + len(inside),
                           "value_text": value_text(inside, float(line["fact"]["value"]))}
    sentence = {"text": before + inside + after, "start": s0}
    return features(fact, context_of(fact, sentence, title, facts, article=article))


def value_text(text: str, value: float) -> str:
    """The number as written in a fact's text (a live fact's ``value_text``, which the judged fields lack): the first
    number that reads the fact's value, else the first number. Without it a gone fact never has ``vt:word``."""
    found = list(find_numbers(text))
    first = next((m for m in found if float(m.value) == value), found[0] if found else None)
    return text[first.start:first.end] if first else ""


def judged_rows(pred: Path, files: list[Path], gone: bool) -> tuple[list[Row], dict[str, int]]:
    """Verdicts joined by key to the facts of the run (each fact once: the first file that judged it).

    ``gone``: facts judged wrong that the run no longer outputs (rules removed them since) are negatives too,
    their features read from the judged fields and evidence (origin ``gone:<file>``).
    """
    facts: dict[str, list[str]] = {}
    titles: dict[str, tuple[dict[str, Any] | None, int, str]] = {}
    for record in audit.records(pred):
        aid = str(record.get("id"))
        titles[aid] = (record.get("title"), counted(record), article_of(record))
        for f in record.get("achievements", []):
            fact = {k: f[k] for k in ("text", "start", "end")} | {k: f.get(k) for k in audit.ACH_FIELDS}
            facts[audit.key(aid, "achievements", fact)] = feats(f, record)
    rows, seen, stats = [], set(), Counter[str]()
    for path in files:
        for line in audit.judged([path]):
            if line.get("kind") != "achievements" or line.get("verdict") not in ("right", "wrong"):
                continue
            k = audit.judged_key(line)
            stats["judged"] += 1
            if k in seen:
                stats["duplicate"] += 1
                continue
            seen.add(k)
            if k in facts:
                rows.append(Row(facts[k], int(line["verdict"] == "right"), str(line["article"]), path.name))
            elif gone and line["verdict"] == "wrong" and line["article"] in titles:
                names = gone_features(line, *titles[line["article"]])
                rows.append(Row(names, 0, str(line["article"]), f"gone:{path.name}"))
                stats["gone, judged wrong"] += 1
            else:
                stats["not output now"] += 1
    stats["joined"] = sum(not r.origin.startswith("gone:") for r in rows)
    return rows, dict(stats)


def development_sets() -> dict[str, Path]:
    """The gold sets ``make test`` gates: the shared eval set and each tests/<set>/ whose README says so."""
    sets = {"shared": SHARED / "eval"}
    for gold in sorted((ROOT / "tests").glob("*/gold")):
        readme = gold.parent / "README.md"
        found = _STATUS.search(readme.read_text(encoding="utf-8")) if readme.is_file() else None
        if found and "development set" in found["status"]:
            sets[gold.parent.name] = gold.parent
    return sets


def gold_rows(weight: float) -> list[Row]:
    """Facts of the development gold sets that the shared scorer matches to a required gold achievement: positives.
    An optional one (GUIDELINES: finding it earns nothing, missing it costs nothing; targets, vague amounts, names
    of codes of conduct) is no positive: readers reject some of them ('10 điều quy định', '14 vị vua Trần')."""
    scorer = _load(SHARED / "eval" / "score.py", "vnnews_shared_score")
    options = vnnews.Options()  # nothing scored, nothing dropped: a weight file of an older feature set is never read
    rows = []
    for name, folder in development_sets().items():
        for article in sorted((folder / "articles").glob("*.txt")):
            gold_file = folder / "gold" / f"{article.stem}.json"
            if not gold_file.is_file():
                continue
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            record = vnnews.extract_file(article, options=options).model_dump(mode="json")
            pred = record["achievements"]

            def match(g: dict[str, Any], p: dict[str, Any]) -> bool:
                same = scorer.as_number(p.get("value")) == float(g["value"])
                return bool(same and scorer.unit_match(g["unit"], p.get("unit")))

            pairs, _, _ = scorer.greedy(gold.get("achievements", []), pred, match)
            group = gold_group(name, article)
            rows += [Row(feats(p, record), 1, group, f"gold:{name}", weight) for g, p in pairs if not g.get("optional")]
    return rows


def _spaced(text: str) -> str:
    return " ".join(text.removeprefix("\ufeff").split())


@functools.cache
def _corpus_ids() -> dict[str, str]:
    """Each baomoi-2000 article's text (spaces folded) and its corpus id."""
    return {_spaced(p.read_text(encoding="utf-8")): p.stem for p in sorted(CORPUS.glob("*.txt"))}


def gold_group(name: str, article: Path) -> str:
    """The group (article) of a gold fact: the corpus id of a baomoi-2000 article (matched by its text, else by the
    id its file is named after), as readers' verdicts on the same article are grouped, so no fold, held-out check
    or gold-out-of-fold score sees its own article; else ``set:stem``."""
    corpus_id = _corpus_ids().get(_spaced(article.read_text(encoding="utf-8")))
    if corpus_id is None and (CORPUS / article.name).is_file():
        corpus_id = article.stem
    return corpus_id or f"{name}:{article.stem}"


