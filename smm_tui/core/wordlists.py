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

Lists are read on first use and cached (``load``), never at import. Each list is one
regex shaped like a trie; rather than trying it at every character of a long draft,
it is tried only where a word starts with one of the list's first words, found
through an index of word starts that all lists share for the same text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import regex

from smm_tui.core.model import Finding

DATA_PACKAGE = "smm_tui.core"
DATA_FOLDER = "data"

# Letters and digits make words; an apostrophe or hyphen joins two such pieces.
_BEFORE = r"(?<![\p{L}\p{N}_])(?<![\p{L}\p{N}]['’\-])"
_AFTER = r"(?![\p{L}\p{N}_])(?!['’\-][\p{L}\p{N}])"
_JOINERS = "'’-"
_JOINER_RE = re.compile(r"[\s\-]+")
_COMMENT_RE = re.compile(r"(?:^|\s)#(?:\s.*|$)")
_RUN_RE = re.compile(r"[^\W_]+")
# How one character of a normalised phrase is written in the regex.
_UNITS = {" ": r"[\s\-]+", "'": "['’]"}


class WordListError(ValueError):
    """A list file that cannot be used: unreadable, empty, or with a malformed line."""


def normalize(phrase: str) -> str:
    """The key a phrase is filed under: lower case, ’ as ', one space between words."""
    return _JOINER_RE.sub(" ", phrase.replace("’", "'").strip().casefold())


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
        if start >= 2 and text[start - 1] in _JOINERS and text[start - 2].isalnum():
            continue
        starts.setdefault(match.group().casefold(), []).append(start)
    return starts


def _first_run(phrase: str) -> str | None:
    """The run of letters/digits a phrase starts with; None if it starts otherwise."""
    match = _RUN_RE.match(phrase)
    return match.group() if match else None


def _trie_pattern(phrases: Iterable[str]) -> str:
    """One regex for many phrases, sharing prefixes like a trie.

    An optional group is greedy, so the longest phrase wins and shorter ones are
    the fall-back when a longer one does not end on a word boundary.
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    branches = [
        _UNITS.get(char, re.escape(char)) + _node_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body


def _compile(phrases: Iterable[str]) -> regex.Pattern[str] | None:
    phrases = list(phrases)
    if not phrases:
        return None
    return regex.compile(_BEFORE + _trie_pattern(phrases) + _AFTER, regex.IGNORECASE)


class PhraseList:
    """A named list of phrases and their suggestions, compiled on construction."""

    __slots__ = ("_anchored", "_firsts", "_loose", "name", "suggestions")

    def __init__(self, name: str, suggestions: Mapping[str, str | None]) -> None:
        if not suggestions:
            raise WordListError(f"word list {name!r} has no entries")
        self.name = name
        self.suggestions: Mapping[str, str | None] = MappingProxyType(
            {normalize(p): s for p, s in suggestions.items()}
        )
        firsts = {p: _first_run(p) for p in self.suggestions}
        self._firsts = frozenset(f for f in firsts.values() if f)
        # Phrases that start with a word are tried only at matching word starts;
        # the rare ones that start otherwise ("#ad", "$$$") are searched everywhere.
        self._anchored = _compile(p for p, f in firsts.items() if f)
        self._loose = _compile(p for p, f in firsts.items() if not f)

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
        found: list[tuple[int, int]] = []
        if self._anchored is not None:
            starts = word_starts(text)
            match = self._anchored.match
            for first in self._firsts:
                for start in starts.get(first, ()):
                    hit = match(text, start)
                    if hit:
                        found.append(hit.span())
        if self._loose is not None:
            found.extend(m.span() for m in self._loose.finditer(text))
        found.sort(key=lambda span: (span[0], -span[1]))
        kept: list[tuple[int, int]] = []
        for start, end in found:
            if not kept or start >= kept[-1][1]:
                kept.append((start, end))
        return kept

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
    """The text of a file shipped in ``smm_tui/core/data`` (works from a wheel or a zip)."""
    resource = resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER, filename)
    try:
        return resource.read_text(encoding="utf-8")
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
