"""The figure extractor: numbers that articles report, typed, qualified and sourced.

    from pipeline.enrich.figures import extract_figures
    extract_figures(title, text, title_sentences, text_sentences) -> tuple[Figure, ...]

Rules live in pipeline/enrich/rules/figures.toml (read once, at import).
"""

from .extractor import extract_figures
from .rules import RULES

RULES_DIGEST = RULES.digest

__all__ = ["RULES_DIGEST", "extract_figures"]
