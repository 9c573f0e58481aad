"""The compiled build (setup.py, NEWSWIRE_MYPYC=1) gives the same outputs as the sources.

    .venv/bin/python bench/compiled_check.py [--compiled .venv-compiled/bin/python]
                                             [--pure .venv/bin/python] [--bench ARTICLES]

(`make compiled-check` builds both venvs first.) With each interpreter, from a scratch
copy of bench/ and eval/ (outside the tree, so that the compiled run imports the
installed extensions, not pipeline/ here; both runs are checked to import what they
should):

- `bench/quality.py --json` on eval and eval/dev2 to dev4 (never eval/holdout): every
  field but the timings must be equal;
- every output record (`enrich()`) for the texts of those sets and 1,000 generated
  articles, compared record by record;
- the compiled one also runs the unit tests of the enrichment stages (tests/unit/enrich)
  with `pytest --import-mode=append`, so that the installed modules win over pipeline/.

It first checks that the compiled install was built from these sources (the installed
.py files and data must match pipeline/ here). `--bench N` then runs bench/enrich.py
with N articles under each. Exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS = ("eval", "eval/dev2", "eval/dev3", "eval/dev4")  # never eval/holdout
TIMING = ("annotate_seconds", "wall_seconds")

# Run in each interpreter: where pipeline/ comes from, and whether it is compiled.
WHERE = """
import json, importlib.machinery, pipeline, pipeline.enrich.figures.extractor as m
print(json.dumps({"package": pipeline.__file__, "extractor": m.__file__,
    "compiled": m.__file__.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))}))
"""
# Run in each interpreter: one line per output record, for the eval texts and a corpus.
DUMP = """
import dataclasses, json, sys
from bench.enrich import _article, make_corpus
from pipeline.enrich import enrich
def plain(o):
    if dataclasses.is_dataclass(o):
        return {f.name: plain(getattr(o, f.name)) for f in dataclasses.fields(o)}
    if isinstance(o, (list, tuple)):
        return [plain(x) for x in o]
    if isinstance(o, dict):
        return {str(k): plain(v) for k, v in o.items()}
    return o
texts = []
for folder in sys.argv[1:]:
    for name in ("conflict.jsonl", "figures.jsonl"):
        with open(f"{folder}/{name}", encoding="utf-8") as fh:
            texts += [json.loads(line) for line in fh if line.strip()]
texts = [(r.get("title") or "", r.get("text") or "") for r in texts]
texts += make_corpus(1000, 11)
for i, (title, text) in enumerate(texts):
    record = enrich(_article(i, title, text), enriched_at="2024-01-01T00:00:00Z")
    print(json.dumps(plain(record), sort_keys=True, ensure_ascii=False, default=repr))
"""


def run(python: str, args: list[str], cwd: Path) -> str:
    # Run from the scratch directory (first on sys.path with -c and -m): bench/ and eval/
    # come from there, pipeline/ from the interpreter's install.
    done = subprocess.run([python, *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{python} {' '.join(args)[:80]} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def strip_timing(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: strip_timing(v) for k, v in value.items() if k not in TIMING}
    if isinstance(value, list):
        return [strip_timing(v) for v in value]
    return value


def differences(a: Any, b: Any, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in sorted(set(a) | set(b), key=str):
            out += differences(a.get(key), b.get(key), f"{path}.{key}")
        return out
    return [] if a == b else [f"{path}: pure {a!r} != compiled {b!r}"]


def stale_files(compiled_package: Path) -> list[str]:
    """Files of pipeline/ here that the compiled install lacks or has otherwise."""
    out = []
    for path in sorted((ROOT / "pipeline").rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(ROOT / "pipeline")
        installed = compiled_package / rel
        if not installed.is_file() or installed.read_bytes() != path.read_bytes():
            out.append(f"pipeline/{rel.as_posix()}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pure", default=str(ROOT / ".venv/bin/python"))
    ap.add_argument("--compiled", default=str(ROOT / ".venv-compiled/bin/python"))
    ap.add_argument("--bench", type=int, default=0, help="also run bench/enrich.py, N articles")
    args = ap.parse_args()
    # absolute (the runs happen in a scratch directory), but not resolved: a venv's python
    # is a symlink to the base interpreter, and resolving it would leave the venv
    pythons = {"pure": os.path.abspath(args.pure), "compiled": os.path.abspath(args.compiled)}
    started = time.perf_counter()
    failures: list[str] = []

    with tempfile.TemporaryDirectory(prefix="newswire-compiled-check-") as tmp:
        scratch = Path(tmp)
        shutil.copytree(
            ROOT / "bench", scratch / "bench", ignore=shutil.ignore_patterns("__pycache__")
        )
        shutil.copytree(ROOT / "eval", scratch / "eval", ignore=shutil.ignore_patterns("holdout"))

        where = {kind: json.loads(run(py, ["-c", WHERE], scratch)) for kind, py in pythons.items()}
        for kind, info in where.items():
            print(f"{kind}: {info['extractor']}")
            if info["compiled"] != (kind == "compiled"):
                sys.exit(f"{pythons[kind]} does not import a {kind} pipeline.enrich")
        stale = stale_files(Path(where["compiled"]["package"]).parent)
        if stale:
            sys.exit(
                f"the compiled install is not built from these sources ({len(stale)} files "
                f"differ: {stale[:5]}); rebuild it: make install-compiled"
            )

        for folder in SETS:
            out = {
                kind: strip_timing(
                    json.loads(run(py, ["-m", "bench.quality", "--json", "--set", folder], scratch))
                )
                for kind, py in pythons.items()
            }
            found = differences(out["pure"], out["compiled"])
            failures += [f"quality {folder}{d}" for d in found]
            print(
                f"quality.py --set {folder}: {'same' if not found else f'{len(found)} differences'}"
            )

        dumps = {
            kind: run(py, ["-c", DUMP, *SETS], scratch).splitlines() for kind, py in pythons.items()
        }
        differing = [i for i, (a, b) in enumerate(zip(*dumps.values(), strict=False)) if a != b]
        if len(dumps["pure"]) != len(dumps["compiled"]) or differing:
            total = len(dumps["pure"])
            failures.append(
                f"enrich() records differ: {len(differing)} of {total}: {differing[:5]}"
            )
        print(f"enrich() records: {len(dumps['pure'])}, {len(differing)} differ")

        if args.bench:
            for kind, py in pythons.items():
                last = run(
                    py, ["-m", "bench.enrich", "--articles", str(args.bench)], scratch
                ).splitlines()[-1]
                print(f"bench/enrich.py {kind}: {last}")

    # The unit tests, from the tree, with the installed (compiled) modules first on the path
    # (-P and --import-mode=append); then which extractor the tests imported.
    code = (
        "import sys, pytest; rc = pytest.main(sys.argv[1:]); "
        "print(sys.modules['pipeline.enrich.figures.extractor'].__file__); sys.exit(rc)"
    )
    argv = ["-q", "-p", "no:cacheprovider", "--import-mode=append", "tests/unit/enrich"]
    tests = subprocess.run(
        [args.compiled, "-P", "-c", code, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = tests.stdout.strip().splitlines() or ["no output", "no output"]
    print(f"tests/unit/enrich, compiled: {lines[-2]} (extractor: {lines[-1]})")
    if tests.returncode:
        failures.append(
            f"tests/unit/enrich fail against the compiled build:\n{tests.stdout[-3000:]}"
        )
    elif lines[-1].endswith(".py"):
        failures.append(
            f"tests/unit/enrich ran on the sources, not the compiled build: {lines[-1]}"
        )

    for line in failures:
        print("DIFFERENCE:", line)
    print(f"{'FAILED' if failures else 'OK'} in {time.perf_counter() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
