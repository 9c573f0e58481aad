"""Build hook. Everything about the package is in pyproject.toml; this file only adds
the optional compiled build.

    pip install .                        # pure Python (what `make install` and CI do)
    NEWSWIRE_MYPYC=1 pip install .       # the enrichment core compiled with mypyc (needs gcc)

With NEWSWIRE_MYPYC=1 the modules in COMPILED_MODULES are compiled by mypyc (from the
pinned mypy below, which pip puts in the isolated build environment: this file names
it as a setup requirement) into C extensions that the wheel carries beside the .py
files; the extensions are what Python imports. Outputs are the same, only faster
(`python bench/compiled_check.py` checks it). An editable install is refused: the
extensions would sit next to the sources in the tree and shadow every later edit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from importlib import metadata

from setuptools import setup
from setuptools.command.build_ext import build_ext

MYPY_VERSION = "2.4.1"  # the venv's mypy; Makefile and Dockerfile rely on this pin
# The pure enrichment core: no I/O, typed, hot. Listed by hand (tests/unit/test_build.py
# checks that each exists); a module left out still works, interpreted.
COMPILED_MODULES = [
    "pipeline/enrich/__init__.py",
    "pipeline/enrich/conflict.py",
    "pipeline/enrich/conflict_evidence.py",
    "pipeline/enrich/cues.py",
    "pipeline/enrich/fingerprint.py",
    "pipeline/enrich/headline_frame.py",
    "pipeline/enrich/lexicon.py",
    "pipeline/enrich/places.py",
    "pipeline/enrich/rules.py",
    "pipeline/enrich/text.py",
    "pipeline/enrich/figures/__init__.py",
    "pipeline/enrich/figures/abroad.py",
    "pipeline/enrich/figures/agent_names.py",
    "pipeline/enrich/figures/agents.py",
    "pipeline/enrich/figures/attribution.py",
    "pipeline/enrich/figures/candidates.py",
    "pipeline/enrich/figures/cargo.py",
    "pipeline/enrich/figures/context.py",
    "pipeline/enrich/figures/counted.py",
    "pipeline/enrich/figures/cue_turns.py",
    "pipeline/enrich/figures/dwellings.py",
    "pipeline/enrich/figures/events.py",
    "pipeline/enrich/figures/extractor.py",
    "pipeline/enrich/figures/facilities.py",
    "pipeline/enrich/figures/designations.py",
    "pipeline/enrich/figures/parallels.py",
    "pipeline/enrich/figures/perpetrators.py",
    "pipeline/enrich/figures/filters.py",
    "pipeline/enrich/figures/follow.py",
    "pipeline/enrich/figures/limits.py",
    "pipeline/enrich/figures/listed_labels.py",
    "pipeline/enrich/figures/line_sources.py",
    "pipeline/enrich/figures/links.py",
    "pipeline/enrich/figures/nouns.py",
    "pipeline/enrich/figures/numbers.py",
    "pipeline/enrich/figures/projection.py",
    "pipeline/enrich/figures/recipients.py",
    "pipeline/enrich/figures/refine.py",
    "pipeline/enrich/figures/report_scope.py",
    "pipeline/enrich/figures/reports.py",
    "pipeline/enrich/figures/rules.py",
    "pipeline/enrich/figures/scope.py",
    "pipeline/enrich/figures/speakers.py",
    "pipeline/enrich/figures/story.py",
    "pipeline/enrich/figures/stretch.py",
    "pipeline/enrich/figures/tallies.py",
    "pipeline/enrich/figures/tokens.py",
]
EDITABLE_COMMANDS = {"develop", "editable_wheel"}


class NoInplaceBuildExt(build_ext):
    """Never writes an extension into the source tree (`build_ext --inplace`, editable)."""

    def run(self) -> None:
        if self.inplace or getattr(self, "editable_mode", False):
            sys.exit("newswire: refusing to put compiled extensions into the source tree")
        super().run()


def _compiled_build() -> dict[str, object]:
    if EDITABLE_COMMANDS.intersection(sys.argv):
        sys.exit(
            "newswire: NEWSWIRE_MYPYC=1 cannot be an editable install: the compiled modules "
            "would shadow the .py files you edit. Use `NEWSWIRE_MYPYC=1 pip install .` "
            "(or `make install-compiled`), or unset NEWSWIRE_MYPYC for `pip install -e .`."
        )
    try:
        found = metadata.version("mypy")
    except metadata.PackageNotFoundError:
        found = None
    if found is None:
        if "egg_info" in sys.argv:
            # pip asking an isolated build for its requirements: name mypy; pip installs
            # it into the build environment and runs this file again to build.
            return {"setup_requires": [f"mypy=={MYPY_VERSION}"]}
        sys.exit(
            f"newswire: NEWSWIRE_MYPYC=1 needs mypy=={MYPY_VERSION} in the build environment "
            "(pip's default build isolation installs it; with --no-build-isolation install it "
            "first)."
        )
    if found != MYPY_VERSION:
        sys.exit(f"newswire: NEWSWIRE_MYPYC=1 needs mypy=={MYPY_VERSION}, found mypy {found}")

    from mypyc.build import mypycify

    # Generated C and object files go to a fresh directory (removed at exit) under the
    # ignored build/, so that no stale extension from an earlier build can end up in this
    # wheel or in a later one. setuptools wants extension sources as relative paths.
    os.makedirs("build", exist_ok=True)
    scratch = os.path.relpath(tempfile.mkdtemp(prefix="mypyc-", dir="build"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    return {
        "ext_modules": mypycify(
            COMPILED_MODULES,
            opt_level="3",
            multi_file=True,
            target_dir=os.path.join(scratch, "c"),
        ),
        "cmdclass": {"build_ext": NoInplaceBuildExt},
        "options": {"build": {"build_base": os.path.join(scratch, "build")}},
    }


if os.environ.get("NEWSWIRE_MYPYC", "") not in ("", "0", "1"):
    sys.exit("newswire: NEWSWIRE_MYPYC must be 1 (compiled build) or 0/unset (pure Python)")
setup(**(_compiled_build() if os.environ.get("NEWSWIRE_MYPYC") == "1" else {}))
