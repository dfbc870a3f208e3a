"""Precision audit: draw facts at random from a corpus run, have a reader judge them, score the verdicts.

Recall is measured on gold sets; precision needs a reader, because nobody annotated the facts a
corpus run invents. This script does the bookkeeping around that reader:

    # 1. draw facts (seeded), each with the words it came from marked in its sentence
    python benchmarks/audit.py sample --pred out.jsonl --articles ../shared/corpus/baomoi-2000 \
        --take achievements=100 --take people=100 --seed 1 -o benchmarks/audit/round1.jsonl
    # 2. a reader fills in "verdict" ("right" / "wrong") and "reason" on every line, by GUIDELINES.md
    # 3. precision per kind with a 95% (Wilson) interval
    python benchmarks/audit.py score benchmarks/audit/round1.jsonl
    # 4. later: do facts judged wrong stay gone, and facts judged right stay?
    python benchmarks/audit.py recheck benchmarks/audit/round1.jsonl --pred new.jsonl
    # 5. precision and share kept at confidence cuts, for judged facts of a run scored with --min-confidence 0
    python benchmarks/audit.py cut benchmarks/audit-test/*.jsonl --pred scored.jsonl --at 0.74 0.9 0.95
    # 6. what a change did to a whole corpus run: facts gone, new and changed, with a seeded sample to read
    python benchmarks/audit.py diff --before old.jsonl --pred new.jsonl --articles ../shared/corpus/baomoi-2000 \
        --kind achievements --sample 20 --seed 1

A fresh round passes ``--exclude`` the judged files, so no fact is judged twice. Kinds: ``achievements``,
``awards`` and ``people`` (a person who holds at least one title: the name and every title are judged
together, as one fact). Only the standard library is used.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import signal
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

KINDS = ("achievements", "awards", "people")
ACH_FIELDS = ("value", "unit", "qualifier", "qualifier_kind", "total", "value_max", "approximate", "target", "action")
AWARD_FIELDS = ("count", "recipient_type", "award", "issuer", "level", "giver", "recipients", "proposed")
CONTEXT = 160  # characters shown either side of a title when no sentence is recorded


def fold(text: str) -> str:
    """Case and Unicode folded, spaces collapsed: for keys that survive cosmetic changes."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def records(pred: Path) -> Iterator[dict[str, Any]]:
    """Records of a JSON Lines output."""
    with pred.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def article_text(record: dict[str, Any], dirs: list[Path]) -> str | None:
    """The input text a record's spans index: its own ``text`` field, else the file by id or path."""
    if isinstance(record.get("text"), str):
        return str(record["text"])
    path = (record.get("source") or {}).get("path")
    candidates = [Path(path)] if path else []
    candidates += [d / f"{record.get('id')}.txt" for d in dirs]
    for c in candidates:
        if c.is_file():
            return c.read_text(encoding="utf-8-sig")
    return None


def marked(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """``text[lo:hi]`` on one line with the evidence ``[start, end)`` between ⟦ and ⟧."""
    lo, hi = max(0, min(lo, start)), min(len(text), max(hi, end))
    return " ".join(f"{text[lo:start]}⟦{text[start:end]}⟧{text[end:hi]}".split())


def number(value: Any) -> str:
    """A number as one string whether a run wrote it as an int or a float ('230' and '230.0' are one value).

    >>> number(230), number(230.0), number(1.5), number(None)
    ('230', '230', '1.5', 'None')
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    return str(value)


def key(article: str, kind: str, fact: dict[str, Any]) -> str:
    """A fact's identity across runs: article, kind, evidence span, and what was read from it."""
    if kind == "people":
        return f"{article}|people|{fold(fact['name'])}|" + "|".join(fold(t) for t in fact["titles"])
    core = (fact["value"], fold(fact["unit"])) if kind == "achievements" else (fact["count"], fold(fact["award"]))
    return f"{article}|{kind}|{fact['start']}-{fact['end']}|{number(core[0])}|{core[1]}"


def judged_key(line: dict[str, Any]) -> str:
    """The identity of a judged line, computed again (files judged under older key formats still compare)."""
    return key(line["article"], line["kind"], line["fact"])


def facts_of(record: dict[str, Any], text: str) -> Iterator[dict[str, Any]]:
    """Every judgeable fact of one record, with its evidence marked in context."""
    aid = str(record.get("id"))
    for kind, fields in (("achievements", ACH_FIELDS), ("awards", AWARD_FIELDS)):
        for f in record.get(kind, []):
            fact = {"text": f["text"], "start": f["start"], "end": f["end"]} | {k: f.get(k) for k in fields}
            s = f.get("sentence") or {"start": f["start"] - CONTEXT, "end": f["end"] + CONTEXT}
            yield {
                "key": key(aid, kind, fact),
                "article": aid,
                "kind": kind,
                "fact": fact,
                "rule": f.get("rule"),
                "evidence": [marked(text, f["start"], f["end"], s["start"], s["end"])],
            }
    for p in record.get("people", []):
        titles = p.get("titles") or []
        if not titles:
            continue
        fact = {
            "name": p["name"],
            "titles": [t["text"] for t in titles],
            "honorific": p.get("honorific"),
            "rank": p.get("rank"),
            "degree": p.get("degree"),
        }
        first = p["mentions"][0]
        evidence = [marked(text, first["start"], first["end"], first["start"] - CONTEXT, first["end"] + CONTEXT)]
        evidence += [marked(text, t["start"], t["end"], t["start"] - CONTEXT, t["end"] + CONTEXT) for t in titles]
        yield {
            "key": key(aid, "people", fact),
            "article": aid,
            "kind": "people",
            "fact": fact,
            "rule": ",".join(sorted({t.get("rule", "") for t in titles})),
            "evidence": evidence,
        }


def all_facts(pred: Path, dirs: list[Path]) -> list[dict[str, Any]]:
    """Every judgeable fact of a run, in record order."""
    out: list[dict[str, Any]] = []
    for r in records(pred):
        text = article_text(r, dirs)
        if text is None:
            print(f"audit: no text for record {r.get('id')}; skipped", file=sys.stderr)
            continue
        out += facts_of(r, text)
    return out


def judged(paths: list[Path]) -> list[dict[str, Any]]:
    """Lines of judged (or to-be-judged) files."""
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def judges_achievements(path: Path) -> bool:
    """A judged file with at least one achievement verdict (a training file of benchmarks/train_confidence.py)."""
    return any(j.get("kind") == "achievements" and j.get("verdict") in ("right", "wrong") for j in judged([path]))


def cmd_sample(args: argparse.Namespace) -> int:
    """Draw facts per kind, seeded, leaving out any fact already in an --exclude file."""
    facts = all_facts(args.pred, args.articles)
    seen = {judged_key(j) for j in judged(args.exclude)}
    rng = random.Random(args.seed)
    out: list[dict[str, Any]] = []
    for spec in args.take:
        kind, _, n = spec.partition("=")
        if kind not in KINDS:
            raise SystemExit(f"audit: unknown kind {kind!r} (one of {', '.join(KINDS)})")
        pool = [f for f in facts if f["kind"] == kind and f["key"] not in seen]
        out += rng.sample(pool, min(int(n), len(pool)))
    rng.shuffle(out)  # the reader sees kinds mixed, in no order that hints at anything
    with args.output.open("w", encoding="utf-8") as f:
        for i, fact in enumerate(out, 1):
            f.write(json.dumps({"n": i, **fact, "verdict": None, "reason": None}, ensure_ascii=False) + "\n")
    print(f"audit: {len(out)} facts drawn from {len(facts)} ({args.pred}) into {args.output}")
    return 0


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion.

    >>> [round(x, 3) for x in wilson(95, 100)]
    [0.888, 0.978]
    """
    if n == 0:
        return 0.0, 1.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def cmd_score(args: argparse.Namespace) -> int:
    """Precision per kind (and over all) with its interval; unjudged lines are counted apart."""
    lines = judged(args.judged)
    print(f"{'kind':<14}{'right':>6}{'judged':>8}{'precision':>11}   95% interval")
    for kind in (*KINDS, "all"):
        sel = [j for j in lines if kind in ("all", j["kind"])]
        done = [j for j in sel if j.get("verdict") in ("right", "wrong")]
        if not sel:
            continue
        right = sum(j["verdict"] == "right" for j in done)
        lo, hi = wilson(right, len(done))
        p = right / len(done) if done else float("nan")
        pending = f"   ({len(sel) - len(done)} not judged)" if len(done) < len(sel) else ""
        print(f"{kind:<14}{right:>6}{len(done):>8}{p:>11.3f}   [{lo:.3f}, {hi:.3f}]{pending}")
    if args.reasons:
        for j in lines:
            if j.get("verdict") == "wrong":
                fact = json.dumps(j["fact"], ensure_ascii=False)
                print(f"- {j['kind']} {j['article']}: {fact}\n    {j.get('reason')}")
    return 0


#: What a reader judged besides the key (span, value, unit): a fact whose key stays but whose reading of these
#: changed is neither the fact judged wrong nor the one judged right.
READING = ("qualifier", "qualifier_kind", "value_max", "total", "approximate", "action", "recipient_type")


def reading(fact: dict[str, Any]) -> tuple[Any, ...]:
    """The attributes of a fact a reader judged beyond its key (missing ones read as None).

    >>> reading({"qualifier": "hơn", "qualifier_kind": "more"})[:2], reading({})[:2]
    (('hơn', 'more'), (None, None))
    """
    return tuple(fact.get(k) for k in READING)


def still_right(judged_as: tuple[Any, ...], now: tuple[Any, ...] | None) -> bool:
    """A fact judged right keeps its reading; only an action may go (a missing action is no wrong one).

    >>> still_right(("hơn",) + (None,) * 4 + ("đầu tư", None), ("hơn",) + (None,) * 6)
    True
    >>> still_right(("hơn",) + (None,) * 6, (None,) * 7), still_right((None,) * 7, None)
    (False, False)
    """
    if now is None:
        return False
    return all(a == b or (k == "action" and b is None) for k, a, b in zip(READING, judged_as, now, strict=True))


def cmd_recheck(args: argparse.Namespace) -> int:
    """Compare judged facts with a new run: wrong ones should be gone or read again, right ones should stay as read."""
    lines = [j for j in judged(args.judged) if j.get("verdict") in ("right", "wrong")]
    articles = {j["article"] for j in lines}
    now = {f["key"]: reading(f["fact"]) for f in all_facts(args.pred, args.articles) if f["article"] in articles}
    covered = {r.get("id") for r in records(args.pred)}
    lines = [j for j in lines if j["article"] in covered]
    wrong = [j for j in lines if j["verdict"] == "wrong" and judged_key(j) in now]
    wrong_kept = [j for j in wrong if now[judged_key(j)] == reading(j["fact"])]
    right = [j for j in lines if j["verdict"] == "right"]
    right_lost = [j for j in right if not still_right(reading(j["fact"]), now.get(judged_key(j)))]
    n_wrong = sum(j["verdict"] == "wrong" for j in lines)
    n_right = len(lines) - n_wrong
    print(f"judged wrong, still there : {len(wrong_kept)} of {n_wrong} (and {len(wrong) - len(wrong_kept)} read again)")
    print(f"judged right, changed/gone: {len(right_lost)} of {n_right}")
    for label, group in (("still there (judged wrong)", wrong_kept), ("changed or gone (judged right)", right_lost)):
        for j in group:
            print(f"- {label}: {j['kind']} {j['article']}: {json.dumps(j['fact'], ensure_ascii=False)}")
    return 1 if args.strict and (wrong_kept or right_lost) else 0


def cmd_cut(args: argparse.Namespace) -> int:
    """Precision and share kept of judged achievements at each confidence cut, read from a scored run.

    A judged fact the run no longer outputs, or outputs unscored, is counted apart: the cut measures the facts as
    the run holds them, so run it on the output the verdicts were drawn from (or one that re-forms none).
    """
    scores = {key(str(r.get("id")), "achievements", f): f.get("confidence")
              for r in records(args.pred) for f in r.get("achievements", [])}
    lines = [j for j in judged(args.judged) if j["kind"] == "achievements" and j.get("verdict") in ("right", "wrong")]
    scored = [(scores[k], j["verdict"] == "right") for j in lines if scores.get(k := judged_key(j)) is not None]
    print(f"{len(scored)} of {len(lines)} judged achievements scored in {args.pred} "
          f"({len(lines) - len(scored)} not output or unscored)")
    print(f"{'cut':>6}{'kept':>7}{'share':>8}{'right':>7}{'precision':>11}   95% interval")
    for cut in sorted(args.at):
        kept = [ok for s, ok in scored if s >= cut]
        right = sum(kept)
        lo, hi = wilson(right, len(kept))
        share = len(kept) / len(scored) if scored else float("nan")
        p = right / len(kept) if kept else float("nan")
        print(f"{cut:>6.2f}{len(kept):>7}{share:>8.3f}{right:>7}{p:>11.3f}   [{lo:.3f}, {hi:.3f}]")
    return 0


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two readings of one fact: overlapping spans, or for people (no span) the same name."""
    if "start" not in a["fact"] or "start" not in b["fact"]:
        return fold(str(a["fact"].get("name"))) == fold(str(b["fact"].get("name")))
    return bool(a["fact"]["start"] < b["fact"]["end"] and b["fact"]["start"] < a["fact"]["end"])


def diff_runs(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Facts of two runs sorted into same, changed (overlapping evidence, other reading), gone and new.

    >>> f = lambda k, s, e: {"key": k, "article": "a", "fact": {"start": s, "end": e}}
    >>> d = diff_runs([f("x", 0, 5), f("y", 10, 15), f("z", 20, 25)], [f("x", 0, 5), f("y2", 10, 13), f("w", 30, 35)])
    >>> {k: len(v) for k, v in d.items()}
    {'same': 1, 'changed': 1, 'gone': 1, 'new': 1}
    """
    old_keys, new_keys = {f["key"] for f in before}, {f["key"] for f in after}
    gone = [f for f in before if f["key"] not in new_keys]
    new = [f for f in after if f["key"] not in old_keys]
    by_article: dict[str, list[dict[str, Any]]] = {}
    for f in new:
        by_article.setdefault(f["article"], []).append(f)
    changed, taken = [], set()
    for f in gone:
        match = next((g for g in by_article.get(f["article"], []) if id(g) not in taken and _overlaps(f, g)), None)
        if match is not None:
            taken.add(id(match))
            changed.append((f, match))
    changed_old = {id(a) for a, _ in changed}
    return {
        "same": [f for f in after if f["key"] in old_keys],
        "changed": changed,
        "gone": [f for f in gone if id(f) not in changed_old],
        "new": [f for f in new if id(f) not in taken],
    }


def _reading(f: dict[str, Any]) -> str:
    """What was read from a fact, without its offsets and empty fields."""
    fact = {k: v for k, v in f["fact"].items() if v not in (None, False) and k not in ("start", "end")}
    return json.dumps(fact, ensure_ascii=False)


def _brief(f: dict[str, Any]) -> str:
    return f"{f['article']} {_reading(f)}\n      {f['evidence'][0]}"


def cmd_diff(args: argparse.Namespace) -> int:
    """Counts of facts gone, new and changed between two runs of one corpus, and a seeded sample of each."""
    before = [f for f in all_facts(args.before, args.articles) if f["kind"] == args.kind]
    after = [f for f in all_facts(args.pred, args.articles) if f["kind"] == args.kind]
    d = diff_runs(before, after)
    print(
        f"{args.kind}: {len(before)} before, {len(after)} after; same {len(d['same'])}, "
        f"changed {len(d['changed'])}, gone {len(d['gone'])}, new {len(d['new'])}"
    )
    rng = random.Random(args.seed)
    for label in ("changed", "gone", "new"):
        group = d[label]
        picked = rng.sample(group, min(args.sample, len(group)))
        print(f"\n== {label}: {len(picked)} of {len(group)} (seed {args.seed})")
        for item in picked:
            if label == "changed":
                old, new = item
                print(f"- {_brief(old)}\n   -> {_reading(new)}")
            else:
                print(f"- {_brief(item)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line: sample, score, recheck, cut, diff."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="draw facts to judge")
    s.add_argument("--pred", type=Path, required=True, help="JSON Lines output of `vnnews extract`")
    s.add_argument("--articles", type=Path, action="append", default=[], help="folder of the input articles")
    s.add_argument("--take", action="append", required=True, help="KIND=N, e.g. achievements=100 (repeatable)")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--exclude", type=Path, action="append", default=[], help="judged file whose facts to skip")
    s.add_argument("-o", "--output", type=Path, required=True)
    s.set_defaults(func=cmd_sample)
    c = sub.add_parser("score", help="precision per kind from judged files")
    c.add_argument("judged", type=Path, nargs="+")
    c.add_argument("--reasons", action="store_true", help="list every fact judged wrong with its reason")
    c.set_defaults(func=cmd_score)
    r = sub.add_parser("recheck", help="judged facts against a new run")
    r.add_argument("judged", type=Path, nargs="+")
    r.add_argument("--pred", type=Path, required=True)
    r.add_argument("--articles", type=Path, action="append", default=[])
    r.add_argument("--strict", action="store_true", help="exit 1 when a wrong fact stays or a right one goes")
    r.set_defaults(func=cmd_recheck)
    k = sub.add_parser("cut", help="precision and share kept at confidence cuts (a run scored with --min-confidence 0)")
    k.add_argument("judged", type=Path, nargs="+")
    k.add_argument("--pred", type=Path, required=True, help="a run whose achievements carry their confidence")
    k.add_argument("--at", type=float, nargs="+", default=[0.0, 0.74, 0.9, 0.95],
                   help="the cuts (default 0 0.74 0.9 0.95)")
    k.set_defaults(func=cmd_cut)
    d = sub.add_parser("diff", help="facts gone, new and changed between two runs, with a sample to read")
    d.add_argument("--before", type=Path, required=True, help="the earlier run's JSON Lines")
    d.add_argument("--pred", type=Path, required=True, help="the later run's JSON Lines")
    d.add_argument("--articles", type=Path, action="append", default=[])
    d.add_argument("--kind", choices=KINDS, default="achievements")
    d.add_argument("--sample", type=int, default=20, help="facts shown per group")
    d.add_argument("--seed", type=int, default=1)
    d.set_defaults(func=cmd_diff)
    args = ap.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `audit.py recheck ... | head` stops quietly, as a Unix tool does
    sys.exit(main())
