"""Turn whatever the user typed into a safe FTS5 query, and tidy snippets for display.

FTS5 has its own query language: ``#launch``, ``new-feature``, a lone ``"`` or a bare
``AND`` are syntax errors or operators there. Every whitespace-separated chunk of user
input becomes one quoted phrase (so ``new-feature`` matches the words *new feature*
next to each other) and chunks without a searchable character are dropped. Words match
whole (no prefix matching): an FTS5 prefix query on a short, common prefix expands to
thousands of terms and takes hundreds of milliseconds on a large library.
"""

from __future__ import annotations

import re

MATCH_START = "\x02"
MATCH_END = "\x03"
_SPACE_RE = re.compile(r"\s+")


def _searchable(chunk: str) -> bool:
    """True when FTS5's unicode61 tokenizer would find at least one token in ``chunk``."""
    return any(ch.isalnum() for ch in chunk)


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for user input, or None when nothing is searchable."""
    chunks = [chunk for chunk in text.split() if _searchable(chunk)]
    if not chunks:
        return None
    return " ".join('"' + chunk.replace('"', '""') + '"' for chunk in chunks)


def tidy_snippet(snippet: str) -> str:
    """One line of plain text: runs of whitespace (newlines included) become one space."""
    return _SPACE_RE.sub(" ", snippet).strip()
