"""The training facts of the achievement confidence (benchmarks/train_confidence.py): judged facts joined to a
run over their articles' folder, the judged-wrong facts no longer output, and the development gold sets' matched
facts, each with its group (its article). Plain Python (no scikit-learn), so the tests read it.
"""

from __future__ import annotations

import fnmatch
import functools
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
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
#: The article folder of each judged file (first glob that matches its name; its texts are public pages and crawls,
#: never committed: each round*-articles.txt of benchmarks/audit-test/ lists their ids and URLs).
SOURCES: tuple[tuple[str, Path], ...] = (
    ("round19-*", ROOT.parent / "fresh-magizbox" / "articles"),
    ("round20p-*", ROOT.parent / "fresh-pages" / "round20p" / "articles"),
    ("round20-*", ROOT.parent / "fresh-pages" / "round20" / "articles"),
    ("round21-*", ROOT.parent / "fresh-pages" / "round21all" / "articles"),
    ("round22-*", ROOT.parent / "fresh-pages" / "round22" / "articles"),
    ("dev25-*", ROOT.parent / "fresh-pages" / "round2324" / "articles"),
    ("dev27-*", ROOT.parent / "fresh-pages" / "round27dev" / "articles"),
    *((f"{r}-*", ROOT.parent / "fresh-pages" / r / "articles")  # the news-page rounds of audit-test (--judged)
      for r in ("round28", "round28dev", "round29dev", "round30", "round32", "round34", "round36", "round38")),
    ("*", CORPUS),
)
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


def folder_of(path: Path, sources: tuple[tuple[str, Path], ...] = SOURCES) -> Path | None:
    """The article folder of a judged file: the first source whose glob matches its name."""
    return next((folder for glob, folder in sources if fnmatch.fnmatchcase(path.name, glob)), None)


def texts_sha(folder: Path) -> str:
    """One digest of a folder's texts, in name order (each name and its bytes' sha256): a rerun is checkable."""
    digest = hashlib.sha256()
    for p in sorted(folder.glob("*.txt")):
        digest.update(f"{p.name}\t{hashlib.sha256(p.read_bytes()).hexdigest()}\n".encode())
    return digest.hexdigest()


def feats(fact: dict[str, Any], record: dict[str, Any], folder: Path = CORPUS) -> list[str]:
    """The features of one achievement of a JSON record (the pipeline's own function)."""
    return features(fact, context_of(fact, fact["sentence"], record.get("title"), counted(record),
                                     article=article_of(record, folder)))


def article_of(record: dict[str, Any], folder: Path = CORPUS) -> str:
    """The record's input text (its ``text``, else its file, else ``folder/ID.txt``), read once per article: the
    genre features read it."""
    path = (record.get("source") or {}).get("path")
    text = _article(str(record.get("id")), str(path), record.get("text"), folder)
    if text is None:
        raise FileNotFoundError(f"the text of article {record.get('id')} (the genre features read it)")
    return text


@functools.lru_cache(maxsize=4)
def _article(aid: str, path: str, text: str | None, folder: Path) -> str | None:
    return audit.article_text({"id": aid, "source": {"path": path}, "text": text}, [folder])


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


def judged_rows(pred: Path, files: list[Path], gone: bool, folder: Path = CORPUS) -> tuple[list[Row], dict[str, int]]:
    """Verdicts joined by key to the facts of the run over ``folder`` (each fact once: the first file that judged it).

    ``gone``: facts judged wrong that the run no longer outputs (rules removed them since) are negatives too,
    their features read from the judged fields and evidence (origin ``gone:<file>``).
    """
    facts: dict[str, list[str]] = {}
    titles: dict[str, tuple[dict[str, Any] | None, int, str]] = {}
    for record in audit.records(pred):
        aid = str(record.get("id"))
        titles[aid] = (record.get("title"), counted(record), article_of(record, folder))
        for f in record.get("achievements", []):
            fact = {k: f[k] for k in ("text", "start", "end")} | {k: f.get(k) for k in audit.ACH_FIELDS}
            facts[audit.key(aid, "achievements", fact)] = feats(f, record, folder)
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


def gold_rows(weight: float, folders: tuple[Path, ...] = (CORPUS,)) -> list[Row]:
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
            group = gold_group(name, article, folders)
            rows += [Row(feats(p, record), 1, group, f"gold:{name}", weight) for g, p in pairs if not g.get("optional")]
    return rows


def _spaced(text: str) -> str:
    return " ".join(text.removeprefix("\ufeff").split())


@functools.cache
def _corpus_ids(folders: tuple[Path, ...]) -> dict[str, str]:
    """Each article's text (spaces folded) and its id, over the training folders (the first folder's id wins)."""
    return {_spaced(p.read_text(encoding="utf-8")): p.stem for f in reversed(folders) for p in sorted(f.glob("*.txt"))}


def gold_group(name: str, article: Path, folders: tuple[Path, ...] = (CORPUS,)) -> str:
    """The group (article) of a gold fact: the id of an article of a training folder (baomoi-2000, a round's pages;
    matched by its text, else by the id its file is named after), as readers' verdicts on the same article are
    grouped, so no fold, held-out check or gold-out-of-fold score sees its own article; else ``set:stem``."""
    corpus_id = _corpus_ids(folders).get(_spaced(article.read_text(encoding="utf-8")))
    if corpus_id is None and any((f / article.name).is_file() for f in folders):
        corpus_id = article.stem
    return corpus_id or f"{name}:{article.stem}"


def corpus_run(folder: Path, pred: Path | None) -> Path:
    """The run over ``folder`` to join verdicts to: ``--pred``, or a fresh run with every fact kept (none is scored,
    so the run works while the packaged weights are of an older feature set)."""
    if pred:
        return pred
    out = Path(tempfile.mkdtemp(prefix="vnnews-train-")) / "run.jsonl"
    cmd = [sys.executable, "-m", "vnnews", "extract", str(folder), "-o", str(out), "--quiet"]  # every fact, unscored
    print("running:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)
    return out


def shown(folder: Path) -> str:
    """A folder as the provenance names it: relative to the checkout's parent when beside it."""
    try:
        return "../" + folder.resolve().relative_to(ROOT.parent.resolve()).as_posix()
    except ValueError:
        return str(folder)


def sources(extra: list[str]) -> tuple[tuple[str, Path], ...]:
    """``--corpus GLOB=DIR`` entries (a bare DIR: every file), checked before the built-in SOURCES."""
    given = [(e.split("=", 1)[0], Path(e.split("=", 1)[1])) if "=" in e else ("*", Path(e)) for e in extra]
    return (*given, *SOURCES)


def preds(given: list[str]) -> dict[Path, Path]:
    """``--pred DIR=RUN`` entries (a bare RUN: the baomoi-2000 run), keyed by the resolved folder."""
    pairs = [(Path(g.split("=", 1)[0]), Path(g.split("=", 1)[1])) if "=" in g else (CORPUS, Path(g)) for g in given]
    return {folder.resolve(): run for folder, run in pairs}


@dataclass
class Joined:
    """The judged rows of every folder found, and what the provenance says of the folders."""

    rows: list[Row]
    stats: dict[str, int]
    files: list[Path]
    corpora: list[dict[str, Any]]
    skipped: dict[str, list[str]]


def join_all(files: list[Path], srcs: tuple[tuple[str, Path], ...], runs: dict[Path, Path], gone: bool) -> Joined:
    """Each judged file joined to the run over its article folder; a file whose folder is missing is reported."""
    by_folder: dict[Path, list[Path]] = {}
    for f in files:
        folder = folder_of(f, srcs)
        if folder is None:
            raise SystemExit(f"{f.name}: no --corpus glob matches it")
        by_folder.setdefault(folder, []).append(f)
    joined = Joined([], {}, [], [], {})
    stats = Counter[str]()
    for folder, group in by_folder.items():
        if not folder.is_dir():
            print(f"SKIPPED: {len(group)} judged files ({', '.join(g.name for g in group)}): their article folder "
                  f"{folder} is not on this machine", file=sys.stderr)
            joined.skipped[shown(folder)] = [g.name for g in group]
            continue
        rows, got = judged_rows(corpus_run(folder, runs.get(folder.resolve())), group, gone, folder)
        print(f"{shown(folder)}: {len(group)} judged files, {got}")
        joined.rows += rows
        stats.update(got)
        joined.files += group
        globs = sorted({next(g for g, _ in srcs if fnmatch.fnmatchcase(f.name, g)) for f in group})
        joined.corpora.append({"folder": shown(folder), "files": globs, "judged_files": len(group),
                               "articles": len(list(folder.glob("*.txt"))), "texts_sha256": texts_sha(folder)})
    joined.stats = dict(stats)
    joined.files.sort()
    return joined
