"""Fit the weights of the conflict tagger's document score on the labelled sets.

    .venv/bin/python bench/fit_conflict.py [--eval eval] [--exclude holdout] [--l2 1.0]

The tagger weighs its cues into a few document features (conflict_evidence.FEATURES:
the violence evidence, its spread over the sentences and the lead, the armed company,
the non-conflict contexts, a framing headline...) and scores the article with
sigmoid(sum of weight * feature - bias). This script reads every conflict.jsonl under
--eval (eval/ itself and its dev* folders; the sets named by --exclude are left out,
the held-out set by default), computes the features with the rules as they are, and
fits the weights by L2-regularised logistic regression (Newton's method, pure Python:
a few thousand articles and sixteen features need no library).

It prints, for the weights in conflict.toml and for the fitted ones: F1 over the sets,
and F1 of a leave-one-set-out fit (each set scored by weights fitted without it, the
fairest guess at news never seen); then F1 on each excluded set; last, the fitted
[scoring.document] table and bias, to paste into pipeline/enrich/rules/conflict.toml.
Articles with no violence evidence score 0 whatever the weights and are counted as
found negative. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.enrich import STAGES, Doc
from pipeline.enrich.conflict import tag_conflict
from pipeline.enrich.conflict_evidence import FEATURES
from pipeline.enrich.rules import Rules, default_rules

Row = tuple[str, int, list[float] | None]  # set, gold label, features (None: no violence)


def read_rows(folder: Path, rules: Rules) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(folder.glob("conflict.jsonl")) + sorted(folder.glob("*/conflict.jsonl")):
        name = "eval" if path.parent == folder else path.parent.name
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            doc = Doc(
                original_title=record.get("title") or "", original_text=record["text"], rules=rules
            )
            for stage_name, stage in STAGES:
                stage(doc)
                if stage_name == "sentences":
                    break
            features: dict[str, float] = {}
            tag_conflict(
                doc.title,
                doc.text,
                doc.title_sentences,
                doc.text_sentences,
                rules=rules,
                explain=features,
            )
            vector = [features[f] for f in FEATURES] if features else None
            rows.append((name, int(bool(record["is_conflict"])), vector))
    return rows


def fit(rows: list[Row], free: list[int], weights: list[float], l2: float) -> list[float]:
    """`weights` (those of FEATURES, then the intercept) with the features at indices
    `free` and the intercept fitted, the others kept: Newton's method on the log loss,
    with an L2 penalty on each free weight's distance from where it started."""
    fitted = [*free, len(FEATURES)]
    data = []
    for _, y, x in rows:
        if x is not None:
            full = [*x, 1.0]
            fixed = sum(
                w * v for i, (w, v) in enumerate(zip(weights, full, strict=True)) if i not in fitted
            )
            data.append(([full[i] for i in fitted], fixed, y))
    start = [weights[i] for i in fitted]
    w = list(start)
    n = len(fitted)
    for _ in range(30):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, fixed, y in data:
            z = max(-30.0, min(30.0, fixed + sum(a * b for a, b in zip(w, x, strict=True))))
            p = 1.0 / (1.0 + math.exp(-z))
            s = p * (1.0 - p)
            for i, xi in enumerate(x):
                if xi:
                    grad[i] += (p - y) * xi
                    row, sxi = hess[i], s * xi
                    for j, xj in enumerate(x):
                        if xj:
                            row[j] += sxi * xj
        for i in range(n - 1):
            grad[i] += l2 * (w[i] - start[i])
            hess[i][i] += l2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    out = list(weights)
    for i, value in zip(fitted, w, strict=True):
        out[i] = value
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b, by Gauss-Jordan elimination with partial pivoting."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def predict(w: list[float], x: list[float] | None) -> int:
    if x is None:
        return 0
    return int(sum(a * b for a, b in zip(w, [*x, 1.0], strict=True)) >= 0.0)


def f1(pairs: list[tuple[int, int]]) -> str:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    score = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f"F1 {score:.4f} (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=Path(__file__).resolve().parents[1] / "eval")
    parser.add_argument("--exclude", nargs="*", default=["holdout"], help="sets not fitted on")
    parser.add_argument(
        "--fit",
        nargs="*",
        default=["background_length"],
        choices=FEATURES,
        help="the features whose weights are fitted (with the bias); the others keep theirs",
    )
    parser.add_argument("--l2", type=float, default=1.0, help="the L2 penalty on the weights")
    args = parser.parse_args()

    rules = default_rules()
    rows = read_rows(args.eval, rules)
    train = [r for r in rows if r[0] not in args.exclude]
    sets = sorted({r[0] for r in train})
    print(f"{len(train)} articles in {len(sets)} sets, {sum(r[1] for r in train)} conflict")

    weights = rules.scoring.get("document", {})
    current = [float(weights.get(f, 0.0)) for f in FEATURES] + [-float(rules.scoring["bias"])]
    free = [FEATURES.index(f) for f in args.fit]
    fitted = fit(train, free, current, args.l2)
    print("weights in conflict.toml:", f1([(y, predict(current, x)) for _, y, x in train]))
    print("fitted weights:          ", f1([(y, predict(fitted, x)) for _, y, x in train]))
    held: list[tuple[int, int]] = []
    for i, name in enumerate(sets, 1):
        print(f"\r  leave-one-set-out {i}/{len(sets)}", end="", file=sys.stderr, flush=True)
        w = fit([r for r in train if r[0] != name], free, current, args.l2)
        held += [(y, predict(w, x)) for s, y, x in train if s == name]
    print(file=sys.stderr)
    print("leave-one-set-out fits:  ", f1(held))
    for name in sorted({r[0] for r in rows} - set(sets)):
        part = [r for r in rows if r[0] == name]
        print(
            f"{name}: weights in conflict.toml {f1([(y, predict(current, x)) for _, y, x in part])}"
            f"; fitted {f1([(y, predict(fitted, x)) for _, y, x in part])}"
        )
    print("\n[scoring.document]")
    for name, w in zip(FEATURES, fitted, strict=False):
        print(f"{name} = {w:.3f}")
    print(f"# and in [scoring]: bias = {-fitted[-1]:.3f}")


if __name__ == "__main__":
    main()
