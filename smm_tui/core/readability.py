"""Flesch scores through textstat, pinned to a release that never touches the network."""

from __future__ import annotations

from typing import NamedTuple


class Readability(NamedTuple):
    flesch_reading_ease: float
    flesch_kincaid_grade: float


def measure(prose: str) -> Readability:
    """Score prose (URLs, hashtags and mentions already removed). Empty prose scores as easy."""
    if not prose.strip():
        return Readability(100.0, 0.0)
    import textstat  # imported on first use: it costs ~70 ms

    return Readability(
        float(textstat.flesch_reading_ease(prose)),
        float(textstat.flesch_kincaid_grade(prose)),
    )
