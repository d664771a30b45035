"""Phrase lists shipped in ``smm_tui/core/data``, matched as whole words with exact spans.

A list file holds one entry a line: ``phrase | suggestion``. Several spellings may
share a suggestion: ``utilize; utilizes; utilized | use``. A ``#`` followed by a
space (or ending the line) starts a comment, so "#ad" can still be an entry; blank
lines are ignored; an entry without ``|`` has no suggestion of its own.

A suggestion is either a replacement ("use", shown as 'Try "use".'), ``-`` for
"Cut it.", or advice written as a sentence ending in a full stop, shown as written.

Matching is case-insensitive, treats ’ and ' alike, lets a space in a phrase match
any run of white space or a hyphen (and a hyphen match a space), and prefers the
longest phrase where several start at the same place. A phrase must stand as whole
words: "very" is not found in "everyday", "very-high" or "avery's".

Lists are read on first use and cached (``load``), never at import. Each list is a
character trie. Rather than trying it at every character of a long draft, it is
walked only where a word starts with one of the list's first words, found through
an index of word starts that all lists share for the same text. (A regex alternation
was tried first: compiling one took 50-70 ms a list and scanning 60,000 characters
8-40 ms; the trie builds in about a millisecond and scans in one or two.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from smm_tui.core.model import Finding

DATA_FOLDER = Path(__file__).parent / "data"

# An apostrophe or hyphen between two letters or digits joins them into one word.
_JOINERS = "'’-"
_APOSTROPHES = "'’"
_END = ""  # the trie key that marks the end of a phrase
_JOINER_RE = re.compile(r"[\s\-]+")
_COMMENT_RE = re.compile(r"(?:^|\s)#(?:\s.*|$)")
_RUN_RE = re.compile(r"[^\W_]+")
Trie = dict[str, Any]


class WordListError(ValueError):
    """A list file that cannot be used: unreadable, empty, or with a malformed line."""


def normalize(phrase: str) -> str:
    """The key a phrase is filed under: lower case, ’ as ', one space between words."""
    return _JOINER_RE.sub(" ", phrase.replace("’", "'").strip().casefold())


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _starts_word(text: str, index: int) -> bool:
    """Whether no letter, digit or joined piece ("x-", "y'") comes right before."""
    if index == 0:
        return True
    before = text[index - 1]
    if _is_word_char(before):
        return False
    return not (before in _JOINERS and index >= 2 and text[index - 2].isalnum())


def _ends_word(text: str, index: int) -> bool:
    """Whether no letter, digit or joined piece ("-ish", "'s") comes right after."""
    if index >= len(text):
        return True
    after = text[index]
    if _is_word_char(after):
        return False
    return not (after in _JOINERS and index + 1 < len(text) and text[index + 1].isalnum())


@lru_cache(maxsize=8)
def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word starts in ``text``, keyed by its first run of letters/digits.

    "Don't" is filed under "don" and "best-in-class" under "best" (its "in" and
    "class" are not word starts). Cached for the last few texts, so every list
    checking the same draft shares one pass over it.
    """
    starts: dict[str, list[int]] = {}
    for match in _RUN_RE.finditer(text):
        start = match.start()
        if start:  # runs are maximal, so only "_" or a joined piece can come before
            before = text[start - 1]
            if before == "_" or (before in _JOINERS and start >= 2 and text[start - 2].isalnum()):
                continue
        key = match.group().casefold()
        positions = starts.get(key)
        if positions is None:
            starts[key] = [start]
        else:
            positions.append(start)
    return starts


@lru_cache(maxsize=8)
def next_runs(text: str) -> dict[int, str]:
    """For each run of letters/digits in ``text``, by its start, the run after it.

    Lets a list skip a start whose next word no phrase beginning there can have ("the"
    is the first word of several phrases, but hardly any "the" is followed by one).
    """
    following: dict[int, str] = {}
    previous = -1
    for match in _RUN_RE.finditer(text):
        if previous >= 0:
            following[previous] = match.group().casefold()
        previous = match.start()
    return following


def _first_run(phrase: str) -> str | None:
    """The run of letters/digits a phrase starts with; None if it starts otherwise."""
    match = _RUN_RE.match(phrase)
    return match.group() if match else None


def _build_trie(phrases: Iterable[str]) -> Trie:
    trie: Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return trie


def _longest_match(trie: Trie, text: str, start: int) -> int | None:
    """The end of the longest phrase in ``trie`` that starts at ``start`` and ends a word.

    A space in a phrase consumes a run of white space and hyphens; an apostrophe
    matches ' or ’; letters match case-insensitively.
    """
    node: Trie | None = trie
    index = start
    best = None
    length = len(text)
    while node is not None:
        if _END in node and index > start and _ends_word(text, index):
            best = index
        if index >= length:
            break
        char = text[index]
        if char.isspace() or char == "-":
            node = node.get(" ")
            index += 1
            while index < length and (text[index].isspace() or text[index] == "-"):
                index += 1
        else:
            node = node.get("'" if char in _APOSTROPHES else char.lower())
            index += 1
    return best


class PhraseList:
    """A named list of phrases and their suggestions, compiled on construction."""

    __slots__ = ("_firsts", "_loose_starts", "_seconds", "_trie", "name", "suggestions")

    def __init__(self, name: str, suggestions: Mapping[str, str | None]) -> None:
        if not suggestions:
            raise WordListError(f"word list {name!r} has no entries")
        self.name = name
        self.suggestions: Mapping[str, str | None] = MappingProxyType(
            {normalize(p): s for p, s in suggestions.items()}
        )
        self._trie = _build_trie(self.suggestions)
        firsts = [_first_run(p) for p in self.suggestions]
        self._firsts = frozenset(f for f in firsts if f)
        # For each first word, the second words its phrases may have; None when one of
        # them is a single word, so any start with that first word is worth a look.
        self._seconds: dict[str, set[str] | None] = {}
        for phrase in self.suggestions:
            runs = _RUN_RE.findall(phrase) if _RUN_RE.match(phrase) else []
            if not runs:
                continue
            allowed = self._seconds.get(runs[0], set())
            if len(runs) == 1 or allowed is None:
                self._seconds[runs[0]] = None
            else:
                allowed.add(runs[1])
                self._seconds[runs[0]] = allowed
        # The rare phrases that start with a symbol ("#ad", "$$$") are looked for by
        # that symbol instead of through the word index.
        loose = {p[0] for p in self.suggestions if not _RUN_RE.match(p)}
        self._loose_starts = "".join(sorted(loose))

    def __repr__(self) -> str:
        return f"PhraseList({self.name!r}, {len(self)} phrases)"

    def __len__(self) -> int:
        return len(self.suggestions)

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and normalize(phrase) in self.suggestions

    def suggestion(self, phrase: str) -> str | None:
        return self.suggestions.get(normalize(phrase))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Start and end of every match, left to right, never overlapping."""
        starts = word_starts(text)
        following: dict[int, str] | None = None
        candidates = []
        for first in self._firsts:
            positions = starts.get(first)
            if not positions:
                continue
            allowed = self._seconds[first]
            if allowed is None:
                candidates.extend(positions)
                continue
            if following is None:
                following = next_runs(text)
            candidates.extend(i for i in positions if following.get(i) in allowed)
        for symbol in self._loose_starts:
            index = text.find(symbol)
            while index >= 0:
                if _starts_word(text, index):
                    candidates.append(index)
                index = text.find(symbol, index + 1)
        candidates.sort()
        found: list[tuple[int, int]] = []
        for start in candidates:
            if found and start < found[-1][1]:
                continue
            end = _longest_match(self._trie, text, start)
            if end is not None:
                found.append((start, end))
        return found

    def find(
        self,
        text: str,
        default: str | None = None,
        skip: Callable[[int, int], bool] | None = None,
        advise: Callable[[str], str] | None = None,
    ) -> list[Finding]:
        """Every match in ``text``, left to right, as a Finding.

        ``default`` is the suggestion for entries without one; ``skip(start, end)``
        drops matches (say, in a URL); ``advise`` turns a listed suggestion into the
        words shown (``advice`` unless given).
        """
        advise = advise or advice
        findings = []
        for start, end in self.spans(text):
            if skip is not None and skip(start, end):
                continue
            matched = text[start:end]
            listed = self.suggestions.get(normalize(matched))
            suggestion = advise(listed) if listed else default
            findings.append(Finding(start, end, matched, suggestion))
        return findings


def advice(listed: str) -> str:
    """A listed suggestion as the writer reads it: a replacement, a cut, or advice."""
    if listed == "-":
        return "Cut it."
    if listed.endswith((".", "!", "?")):
        return listed
    return f'Try "{listed}".'


def _strip_comment(line: str) -> str:
    """A line without its comment: a ``#`` then a space or the line's end opens one."""
    return _COMMENT_RE.sub("", line).strip()


def parse(name: str, source: str) -> PhraseList:
    """Build a list from file text; duplicate phrases keep their first suggestion."""
    suggestions: dict[str, str | None] = {}
    for number, raw in enumerate(source.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line:
            continue
        phrases, bar, suggestion = line.partition("|")
        spellings = [normalize(p) for p in phrases.split(";")]
        if not all(spellings):
            raise WordListError(f"{name}, line {number}: empty phrase in {raw.strip()!r}")
        for spelling in spellings:
            suggestions.setdefault(spelling, (suggestion.strip() or None) if bar else None)
    return PhraseList(name, suggestions)


def read_data(filename: str) -> str:
    """The text of a file shipped in ``smm_tui/core/data``.

    A plain path, not ``importlib.resources``, whose import alone costs ~40 ms of a
    one-shot ``smm-tui check``; the package is always installed as files.
    """
    try:
        return (DATA_FOLDER / filename).read_text(encoding="utf-8")
    except OSError as error:
        raise WordListError(f"cannot read word list {filename!r}: {error}") from error


@cache
def load(name: str) -> PhraseList:
    """The list in ``data/<name>.txt``, read and compiled once per process."""
    return parse(name, read_data(f"{name}.txt"))


@cache
def load_words(name: str) -> frozenset[str]:
    """A plain word set in ``data/<name>.txt`` (one a line, comments allowed), read once."""
    return frozenset(
        normalize(line)
        for line in map(_strip_comment, read_data(f"{name}.txt").splitlines())
        if line
    )
