"""Fit the achievement confidence model (vnnews.confidence) and write its weight file: one seeded command.

    pip install -e '.[train]'            # scikit-learn, for training only
    python benchmarks/train_confidence.py --held-out round22-ach-
    # the weights shipped since round 40 (audit-test's news-page rounds 28-38 joined; round 38 held out as scored):
    python benchmarks/train_confidence.py --gold-weight 10 --held-out round38-ach- \
        --judged 'audit-test/round28-ach-*.jsonl' ... --judged 'audit-test/round38-ach-*.jsonl'

What it does (benchmarks/confidence_rows.py builds the rows):
1. runs vnnews over each article folder the judged files were drawn from, keeping every fact, unscored (or reads
   ``--pred [DIR=]RUN``): ``../shared/corpus/baomoi-2000`` and the news pages of rounds 19-22 (``SOURCES``, the
   first glob matching a file's name; ``--corpus GLOB=DIR`` adds or overrides one). A judged file whose folder is
   not on the machine is reported and skipped (and named in the provenance);
2. joins the readers' verdicts (``benchmarks/audit/*.jsonl``, kind achievements, right/wrong) to the facts
   still output exactly as judged (``audit.key``); the judged-wrong facts no longer output are negatives too
   (``--no-gone`` leaves them out), their features built as a live fact's;
3. adds as positives the facts of the *development* gold sets that the shared scorer matches to a required gold
   item (never an optional one, never a measuring-only set), grouped by their article's id when a
   training folder holds it;
4. picks the regularisation by grouped cross-validation (folds by article), Platt-scales the scores, prints the
   precision-vs-kept curve on the judged facts, and the held-out check: ``--held-out`` (default round 22,
   ``round22-ach-*``, the newest judged round; rounds 11, 13, 14 and 18 were the held-out rounds before it) scored
   by a model that never saw their
   articles (every fact of those articles, judged in any file or gold, is left out of its fit, its C and its
   scaling): the honest estimate of the next sample;
5. chooses a threshold (the lowest whose cross-validated precision reaches ``--target``, never above the
   lowest score of a development gold fact) and fits on everything; writes the weights with their provenance.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from vnnews.confidence import FEATURE_SET, Weights, score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import audit  # noqa: E402
from confidence_rows import Row, development_sets, gold_rows, join_all, preds, sources  # noqa: E402

OUT = ROOT / "src" / "vnnews" / "data" / "models" / "achievement_confidence.json"
HELD_OUT = "round22-ach-"  # the newest judged round (18 before it; 11, 13 and 14 earlier tests)
THRESHOLDS = (0.5, 0.6, 0.7, 0.74, 0.8, 0.85, 0.9, 0.95)
GRID_C = (0.03, 0.1, 0.3, 1.0)
#: MAX_FEATURES is above the names seen MIN_COUNT times (the provenance's rows.features_seen): no cap cuts them.
MIN_COUNT, MAX_FEATURES = 2, 20000


def vocabulary(rows: list[Row]) -> dict[str, int]:
    """Feature names seen in at least MIN_COUNT training facts, the MAX_FEATURES most frequent."""
    counts = Counter(n for r in rows for n in set(r.names))
    kept = sorted((n for n, c in counts.items() if c >= MIN_COUNT), key=lambda n: (-counts[n], n))
    if len(kept) > MAX_FEATURES:
        print(f"vocabulary: {len(kept)} names seen {MIN_COUNT}+ times, the {MAX_FEATURES} most frequent kept")
        kept = kept[:MAX_FEATURES]
    return {n: i for i, n in enumerate(sorted(kept))}


def seen(rows: list[Row]) -> int:
    """How many feature names at least MIN_COUNT training facts have (the vocabulary before MAX_FEATURES)."""
    return sum(c >= MIN_COUNT for c in Counter(n for r in rows for n in set(r.names)).values())


def matrix(rows: list[Row], vocab: dict[str, int]) -> csr_matrix:
    cols = [[vocab[n] for n in r.names if n in vocab] for r in rows]
    indptr = np.cumsum([0] + [len(c) for c in cols])
    data = np.ones(int(indptr[-1]))
    return csr_matrix((data, np.concatenate([np.array(c, dtype=int) for c in cols]) if cols else [], indptr),
                      shape=(len(rows), len(vocab)))


def fit(rows: list[Row], c: float, seed: int) -> tuple[dict[str, int], LogisticRegression]:
    vocab = vocabulary(rows)
    model = LogisticRegression(C=c, max_iter=5000, random_state=seed)
    model.fit(matrix(rows, vocab), np.array([r.label for r in rows]), sample_weight=np.array([r.weight for r in rows]))
    return vocab, model


def predict(rows: list[Row], vocab: dict[str, int], model: LogisticRegression) -> np.ndarray:
    return np.asarray(model.predict_proba(matrix(rows, vocab))[:, 1])


def out_of_fold(rows: list[Row], c: float, seed: int, folds: int = 5) -> np.ndarray:
    """Each fact's probability from a model fitted without its article (grouped K-fold)."""
    probs = np.zeros(len(rows))
    groups = [r.group for r in rows]
    for train, test in GroupKFold(n_splits=folds).split(rows, groups=groups):
        vocab, model = fit([rows[i] for i in train], c, seed)
        probs[test] = predict([rows[i] for i in test], vocab, model)
    return probs


def curve(labels: np.ndarray, probs: np.ndarray, thresholds: tuple[float, ...]) -> list[dict[str, float]]:
    """Precision and share kept at each threshold."""
    out = []
    for t in thresholds:
        kept = probs >= t
        n = int(kept.sum())
        out.append({"threshold": round(t, 2), "kept": round(n / len(labels), 3),
                    "precision": round(float(labels[kept].mean()) if n else 1.0, 3), "n": n})
    return out


def show(title: str, rows: list[dict[str, float]]) -> None:
    print(title)
    print("  threshold  kept   precision  n")
    for r in rows:
        print(f"  {r['threshold']:.2f}       {r['kept']:.3f}  {r['precision']:.3f}      {r['n']}")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def choose_c(rows: list[Row], scored: int, seed: int) -> tuple[float, np.ndarray, tuple[float, float]]:
    """The regularisation with the lowest grouped-CV log-loss on the first ``scored`` rows (the judged facts), each
    C's scores calibrated first (:func:`calibration`); with it, every row's calibrated out-of-fold probability."""
    labels = np.array([r.label for r in rows[:scored]])
    best: tuple[float, float, np.ndarray, tuple[float, float]] | None = None
    for c in GRID_C:
        raw = out_of_fold(rows, c, seed)
        scale = calibration(labels, raw[:scored])
        every = calibrate(raw, scale)
        probs = every[:scored]
        loss = float(-np.mean(labels * np.log(probs + 1e-9) + (1 - labels) * np.log(1 - probs + 1e-9)))
        print(f"C={c}: grouped CV log-loss {loss:.4f} (always {labels.mean():.3f}: "
              f"{float(-labels.mean() * np.log(labels.mean()) - (1 - labels.mean()) * np.log(1 - labels.mean())):.4f})")
        if best is None or loss < best[0]:
            best = (loss, c, every, scale)
    assert best is not None
    return best[1], best[2], best[3]


def _logit(probs: np.ndarray) -> np.ndarray:
    p = np.clip(probs, 1e-6, 1 - 1e-6)
    return np.asarray(np.log(p / (1 - p)))


def calibration(labels: np.ndarray, probs: np.ndarray) -> tuple[float, float]:
    """Platt scaling of out-of-fold scores to the judged facts' labels: ``a * logit + b``. The judged-wrong facts
    no longer output (``gone``) teach the ranking but would pull every probability down; the scale, fitted on
    facts the output holds, gives back probabilities of a reader signing. Linear in the logit, so it folds into
    the weight file (weights times ``a``, the bias times ``a`` plus ``b``): nothing changes at run time."""
    model = LogisticRegression(C=1e6, max_iter=1000).fit(_logit(probs).reshape(-1, 1), labels)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def calibrate(probs: np.ndarray, scale: tuple[float, float]) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-(scale[0] * _logit(probs) + scale[1]))))


@dataclass
class HeldOut:
    """The held-out check: the held files' labels and scores, and the CV scores of the facts it was fitted on."""

    labels: np.ndarray
    probs: np.ndarray
    rest_labels: np.ndarray
    rest_probs: np.ndarray
    c: float
    left_out: int  # training facts left out because their article is held out


def held_out(judged: list[Row], extra: list[Row], seed: int, prefix: str) -> HeldOut:
    """The files named ``prefix*`` scored by a model that never saw their articles (nor chose its C on them)."""
    held = [r for r in judged if r.origin.startswith(prefix)]
    articles = {r.group for r in held}

    def seen(r: Row) -> bool:
        return r.group not in articles and not r.origin.removeprefix("gone:").startswith(prefix)

    rest, train_extra = [r for r in judged if seen(r)], [r for r in extra if seen(r)]
    print(f"held out: {len(held)} facts of {len(articles)} articles; C chosen without them:")
    c, oof_all, scale = choose_c(rest + train_extra, len(rest), seed)
    oof_rest = oof_all[:len(rest)]
    vocab, model = fit(rest + train_extra, c, seed)
    probs = calibrate(predict(held, vocab, model), scale)
    return HeldOut(np.array([r.label for r in held]), probs, np.array([r.label for r in rest]),
                   oof_rest, c, len(judged) + len(extra) - len(held) - len(rest) - len(train_extra))


def kept_at(labels: np.ndarray, probs: np.ndarray, precision: float) -> float:
    """The largest share of facts, best scored first, whose precision still reaches ``precision``."""
    ranked = labels[np.argsort(-probs, kind="stable")]
    reach = np.nonzero(np.cumsum(ranked) / np.arange(1, len(ranked) + 1) >= precision)[0]
    return round(float(reach.max() + 1) / len(ranked), 3) if len(reach) else 0.0


def gold_out_of_fold(extra: list[Row], probs: np.ndarray) -> dict[str, Any]:
    """The development gold facts scored by models that never saw their article (the grouped CV's): the lowest
    score, per set, and how many fall below each cut. The honest gold safety of a cut: in-sample they score high."""
    pairs = zip(extra, probs, strict=True)
    gold = [(r.origin.removeprefix("gold:"), float(p)) for r, p in pairs if r.origin.startswith("gold:")]
    lowest: dict[str, float] = {}
    for name, p in gold:
        lowest[name] = round(min(p, lowest.get(name, 1.0)), 4)
    below = {str(t): sum(p < t for _, p in gold) for t in THRESHOLDS}
    out = {"min": min(lowest.values(), default=1.0), "per_set_min": dict(sorted(lowest.items())), "below": below}
    print(f"development gold facts out of fold: lowest {out['min']:.3f}; below each cut: {below}")
    return out


def auc(labels: np.ndarray, probs: np.ndarray) -> float:
    """Area under the ROC curve: the chance a right fact scores above a wrong one."""
    return round(float(roc_auc_score(labels, probs)), 3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", action="append", default=[], metavar="[DIR=]RUN",
                    help="a run over DIR (bare: baomoi-2000), no --min-confidence above 0 (default: run it)")
    ap.add_argument("--corpus", action="append", default=[], metavar="[GLOB=]DIR",
                    help="the article folder of the judged files whose name matches GLOB (before the built-in ones)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--target", type=float, default=0.95, help="cross-validated precision the threshold aims at")
    ap.add_argument("--gold-weight", type=float, default=1.0, help="weight of a development gold fact in the fit")
    ap.add_argument("--no-gone", dest="gone", action="store_false",
                    help="leave out the judged-wrong facts no longer output (else: negatives of the fit, unmeasured)")
    ap.add_argument("--held-out", default=HELD_OUT, help=f"judged files left out for the check (default {HELD_OUT})")
    ap.add_argument("--judged", action="append", default=[], metavar="GLOB",
                    help="more judged files, a glob under benchmarks/ (e.g. 'audit-test/round28-ach-*.jsonl')")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)

    srcs = sources(args.corpus)
    files = [f for f in sorted((ROOT / "benchmarks" / "audit").glob("*.jsonl"))
             + sorted(f for g in args.judged for f in (ROOT / "benchmarks").glob(g)) if audit.judges_achievements(f)]
    joined = join_all(files, srcs, preds(args.pred), args.gone)
    rows, stats, files = joined.rows, joined.stats, joined.files
    folders = tuple(dict.fromkeys(d for _, d in srcs if d.is_dir()))
    judged = [r for r in rows if not r.origin.startswith("gone:")]  # what the output holds: what we measure on
    extra = [r for r in rows if r.origin.startswith("gone:")] + gold_rows(args.gold_weight, folders)
    print(f"judged facts: {stats}; gold positives: {len(extra) - stats.get('gone, judged wrong', 0)}")
    labels = np.array([r.label for r in judged])

    c, oof_all, scale = choose_c(judged + extra, len(judged), args.seed)
    oof = oof_all[:len(judged)]
    gold_oof = gold_out_of_fold(extra, oof_all[len(judged):])
    cv = curve(labels, oof, THRESHOLDS)
    show(f"grouped 5-fold CV (folds by article) on the {len(judged)} judged facts still output, C={c}, "
         f"AUC {auc(labels, oof):.3f}, kept at precision 0.90 / 0.95: {kept_at(labels, oof, 0.9):.3f} / "
         f"{kept_at(labels, oof, 0.95):.3f}:", cv)
    check = held_out(judged, extra, args.seed, args.held_out)
    vocab, model = fit(judged + extra, c, args.seed)
    rounded = {n: round(scale[0] * float(model.coef_[0][i]), 4) for n, i in sorted(vocab.items())}
    final = Weights(feature_set=FEATURE_SET, bias=round(scale[0] * float(model.intercept_[0]) + scale[1], 4),
                    weights={n: w for n, w in rounded.items() if w}, provenance={})
    gold = [r for r in extra if r.origin.startswith("gold:")]
    gold_cap = min((score(r.names, final) for r in gold), default=1.0)  # as vnnews will score them
    fine = tuple(round(0.01 * i, 2) for i in range(100))
    reach = [r["threshold"] for r in curve(check.rest_labels, check.rest_probs, fine)
             if r["precision"] >= args.target and r["threshold"] <= gold_cap]
    threshold = min(reach) if reach else max(t for t in fine if t <= gold_cap)
    everything = np.array([score(r.names, final) for r in judged])
    dropped = {v: int(((everything < threshold) & (labels == (v == "right"))).sum()) for v in ("right", "wrong")}
    provenance = report(args, check, threshold, gold_cap, dropped, labels)
    provenance |= {"training_files": {f.name: sha(f) for f in files}, "gold_sets": sorted(development_sets()),
                   "judged_globs": args.judged, "corpora": joined.corpora, "skipped": joined.skipped,
                   "rows": stats | {"gold_positives": len(gold), "features": len(vocab),
                                    "features_seen": seen(judged + extra)},
                   "model": f"logistic regression, L2, C={c}, seed {args.seed}; Platt-scaled on the judged facts' "
                            f"grouped-CV scores (logit x {scale[0]:.4f} + {scale[1]:.4f}), folded into the weights",
                   "cv": cv, "cv_auc": auc(labels, oof),
                   "cv_kept_at_precision": {str(p): kept_at(labels, oof, p) for p in (0.9, 0.95)},
                   "gold_out_of_fold": gold_oof}
    out = final.model_dump() | {"provenance": dict(sorted(provenance.items()))}
    args.output.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KB, {len(out['weights'])} weights)")
    return 0


def report(args: argparse.Namespace, check: HeldOut, threshold: float, gold_cap: float, dropped: dict[str, int],
           labels: np.ndarray) -> dict[str, Any]:
    """Print the held-out check and the threshold; their provenance entries."""
    held_curve = curve(check.labels, check.probs, (*THRESHOLDS, threshold))
    show(f"held out: fitted without the articles of {args.held_out}* ({len(check.labels)} facts, "
         f"{check.labels.mean():.3f} right, {check.left_out} training facts of their articles left out, "
         f"C={check.c}), AUC {auc(check.labels, check.probs):.3f}; last row: the threshold", held_curve)
    print(f"threshold {threshold:.2f}: the lowest whose CV precision (held-out articles left out) reaches "
          f"{args.target}, never above the lowest score of a development gold fact ({gold_cap:.3f})"
          f"; of all judged facts still output it drops {dropped['right']} of {int(labels.sum())} judged right, "
          f"{dropped['wrong']} of {int((labels == 0).sum())} judged wrong")
    return {
        "trained": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d"),
        "command": "python benchmarks/train_confidence.py" + ("" if args.gone else " --no-gone")
        + ("" if args.gold_weight == 1.0 else f" --gold-weight {args.gold_weight:g}")
        + f" --held-out {args.held_out}" + "".join(f" --corpus {c}" for c in args.corpus)
        + "".join(f" --judged '{g}'" for g in args.judged),
        "held_out": {"files": f"{args.held_out}*", "left_out": "every fact of their articles, also in other files",
                     "n": len(check.labels), "right": round(float(check.labels.mean()), 3), "c": check.c,
                     "auc": auc(check.labels, check.probs), "curve": held_curve},
        "threshold": threshold,
        "gold_min_score": round(gold_cap, 4),
        "judged_dropped": dropped,
    }


if __name__ == "__main__":
    raise SystemExit(main())
