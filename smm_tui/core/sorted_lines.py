"""Look words up in a sorted text file by binary search, without parsing it first.

Building a Python dict of 130,000–160,000 words costs 0.2–0.9 s, more than a whole
``smm-tui check`` may take. Splitting the file into lines costs ~10 ms and a lookup
~10 µs, so big word tables are kept this way and parsed one line at a time.
"""

from __future__ import annotations

from bisect import bisect_left

# Files may be sorted but for a few neighbouring swaps; look this far either side.
_WINDOW = 4


def line_key(line: bytes) -> bytes:
    """The word a line is about: ``word(2) W ER1 D`` and ``word 1234`` -> ``word``."""
    return line.split(b" ", 1)[0].split(b"(", 1)[0]


class SortedLines:
    """The lines of a word-sorted file; ``entries(word)`` gives the fields after the word."""

    def __init__(self, data: bytes) -> None:
        lines = data.split(b"\n")
        while lines and not lines[-1]:
            lines.pop()
        self._lines = lines
        # Typing re-scores the same words again and again; remember each answer.
        self._memo: dict[str, list[list[bytes]]] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def entries(self, word: str) -> list[list[bytes]]:
        """The fields of every line about ``word`` (matched in lower case); [] if none."""
        found = self._memo.get(word)
        if found is None:
            found = self._memo[word] = self._search(word.lower().encode("utf-8"))
        return found

    def _search(self, target: bytes) -> list[list[bytes]]:
        lines = self._lines
        middle = bisect_left(lines, target, key=line_key)
        return [
            line.split(b"#", 1)[0].split()[1:]
            for line in lines[max(0, middle - _WINDOW) : middle + _WINDOW + 1]
            if line_key(line) == target
        ]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self.entries(word))
