"""Look words up in a sorted text file by binary search over its bytes.

Building a Python dict of 130,000–160,000 words costs 0.2–0.9 s, and even splitting
such a file into lines costs ~20 ms: more than a one-shot ``smm-tui check`` may spend.
So the file stays one ``bytes`` object and each lookup bisects it directly (~20 µs),
parsing only the few lines it lands on.
"""

from __future__ import annotations

# Files may be sorted but for a few neighbouring swaps; look this many lines either side.
NEARLY_SORTED = 4


def line_key(line: bytes) -> bytes:
    """The word a line is about: ``word(2) W ER1 D`` and ``word 1234`` -> ``word``."""
    return line.split(b" ", 1)[0].split(b"(", 1)[0]


class SortedLines:
    """A word-sorted file; ``entries(word)`` gives the fields after the word on its lines."""

    def __init__(self, data: bytes, start: int = 0, window: int = NEARLY_SORTED) -> None:
        """``data[start:]`` holds the sorted lines (anything before is a header).

        ``window`` is how many lines either side of the landing point may still hold the
        word: 0 for a strictly sorted file.
        """
        self._window = window
        self._data = data if data.endswith(b"\n") else data + b"\n"
        self._start = start
        # Typing re-scores the same words again and again; remember each answer.
        self._memo: dict[str, list[list[bytes]]] = {}

    def __len__(self) -> int:
        return self._data.count(b"\n", self._start)

    def body(self) -> bytes:
        """The sorted lines as one block (a copy; for building indexes, not lookups)."""
        return self._data[self._start :]

    def entries(self, word: str) -> list[list[bytes]]:
        """The fields of every line about ``word`` (matched in lower case); [] if none."""
        found = self._memo.get(word)
        if found is None:
            found = self._memo[word] = self._search(word.lower().encode("utf-8"))
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self.entries(word))

    def _line_at(self, start: int) -> tuple[bytes, int]:
        """The line starting at ``start`` and the start of the next one."""
        end = self._data.index(b"\n", start)
        return self._data[start:end], end + 1

    def _lower_bound(self, target: bytes) -> int:
        """The start of the first line whose word does not sort below ``target``."""
        data = self._data
        # Invariant: lo and hi are line starts; lines before lo sort below the target,
        # lines from hi on do not.
        lo, hi = self._start, len(data)
        while lo < hi:
            # The start of the line holding the midpoint (lo itself if that is the line).
            start = data.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
            line, following = self._line_at(start)
            if line_key(line) < target:
                lo = following
            else:
                hi = start
        return lo

    def block(self, prefix: str) -> bytes:
        """Every line whose word starts with ``prefix``, as one block (strictly sorted files).

        Lets a caller load just one neighbourhood of the file, e.g. to test hundreds of
        spelling candidates that share their first letters.
        """
        low = prefix.lower().encode("utf-8")
        high = low[:-1] + bytes([low[-1] + 1]) if low and low[-1] < 0xFF else None
        start = self._lower_bound(low)
        end = self._lower_bound(high) if high else len(self._data)
        return self._data[start:end]

    def _search(self, target: bytes) -> list[list[bytes]]:
        data = self._data
        lo = self._lower_bound(target)
        # Step back a few lines, then read forward past the landing point.
        start = lo
        for _ in range(self._window):
            if start <= self._start:
                break
            start = max(data.rfind(b"\n", 0, start - 1) + 1, self._start)
        found = []
        seen_after = 0
        while start < len(data) and seen_after <= self._window:
            line, following = self._line_at(start)
            if line_key(line) == target:
                found.append(line.split(b"#", 1)[0].split()[1:])
            elif start >= lo:
                seen_after += 1
            start = following
        return found
