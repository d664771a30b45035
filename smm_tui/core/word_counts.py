"""How common each English word is, from the frequency list pyspellchecker ships.

The spell check asks "is this a word?" and "which correction is likeliest?"; the
hashtag check splits "#socialmediamarketing" into its likeliest words. pyspellchecker
keeps its list as gzipped JSON that takes ~0.3 s to parse, so the first use writes a
sorted plain-text copy to the user cache folder and later runs binary-search that copy
(~15 ms to load). A cache that cannot be written is simply rebuilt next time.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache, cached_property
from importlib.util import find_spec
from pathlib import Path

from smm_tui.core.sorted_lines import SortedLines

_SOURCE = ("resources", "en.json.gz")
_TOTAL_PREFIX = b"\x00total "  # sorts before every word
# Below this many candidates with the same first two letters, bisecting each is cheaper
# than loading that slice of the table into a set.
_SLICE_WORTHWHILE = 8


class WordCounts:
    """Word -> how often it occurs in a large English corpus (0 for an unknown word)."""

    def __init__(self, data: bytes) -> None:
        header_end = data.find(b"\n")
        if header_end < 0 or not data.startswith(_TOTAL_PREFIX):
            raise ValueError("not a word-count table")
        self.total = int(data[len(_TOTAL_PREFIX) : header_end])
        # We sort this table ourselves (``table_from_json``), so it is strictly sorted.
        self._lines = SortedLines(data, start=header_end + 1, window=0)

    def __len__(self) -> int:
        return len(self._lines)

    def __contains__(self, word: object) -> bool:
        return word in self._lines

    def count(self, word: str) -> int:
        found = self._lines.entries(word)
        return int(found[0][0]) if found else 0

    @cached_property
    def _words(self) -> frozenset[bytes]:
        """Every word, for testing hundreds of candidates at once (~45 ms, built once)."""
        # Each line is exactly "word count", so the words are every other token.
        return frozenset(self._lines.body().split()[::2])

    def known(self, candidates: Iterable[str]) -> list[str]:
        """The candidates that are words.

        Candidates sharing their first two letters are tested against a set of just the
        words with those letters (a small slice of the table); the few others bisect.
        A one-shot check with a typo pays ~2 ms, not the ~45 ms of a whole-table set.
        """
        if "_words" in self.__dict__:
            words = self._words
            return [c for c in candidates if c.encode("utf-8") in words]
        groups: dict[str, list[str]] = {}
        for candidate in candidates:
            groups.setdefault(candidate[:2], []).append(candidate)
        found: list[str] = []
        for prefix, group in groups.items():
            if len(group) > _SLICE_WORTHWHILE and len(prefix) == 2:
                words = frozenset(self._lines.block(prefix).split()[::2])
                found.extend(c for c in group if c.encode("utf-8") in words)
            else:
                found.extend(c for c in group if c in self._lines)
        return found

    def warm(self) -> None:
        """Build the whole-table word set now (~45 ms), for an app that checks all day."""
        self.__dict__.setdefault("_words", self._words)


def table_from_json(raw_gzip: bytes) -> bytes:
    """pyspellchecker's ``{"word": count}`` as sorted ``word count`` lines plus a total."""
    import gzip
    import json

    counts: dict[str, int] = json.loads(gzip.decompress(raw_gzip))
    # A space, "#" or "(" in a word would confuse the line format; none is a real word.
    rows = sorted(
        (word.encode("utf-8"), int(count))
        for word, count in counts.items()
        if word and not any(mark in word for mark in " #(")
    )
    total = sum(c for _, c in rows)
    lines = [_TOTAL_PREFIX + str(total).encode()]
    lines.extend(word + b" " + str(c).encode() for word, c in rows)
    return b"\n".join(lines) + b"\n"


def _source_file() -> Path:
    spec = find_spec("spellchecker")
    if spec is None or spec.origin is None:
        raise RuntimeError("the pyspellchecker package is missing; reinstall smm-tui")
    return Path(spec.origin).parent.joinpath(*_SOURCE)


def _cache_file(source: Path) -> Path:
    from smm_tui.paths import cache_dir

    stat = source.stat()
    return cache_dir() / f"en-word-counts-{stat.st_size}-{int(stat.st_mtime)}.txt"


def _write_quietly(path: Path, data: bytes) -> None:
    """Write atomically; a read-only or full disk only means no cache this time."""
    import tempfile  # ~20 ms to import; needed only the first time

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".words-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        return


@cache
def english_counts() -> WordCounts:
    """The English word counts, from the cache if it is there and sound."""
    source = _source_file()
    cached = _cache_file(source)
    try:
        return WordCounts(cached.read_bytes())
    except (OSError, ValueError):
        pass
    data = table_from_json(source.read_bytes())
    _write_quietly(cached, data)
    return WordCounts(data)
