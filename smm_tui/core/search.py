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
import sqlite3

from smm_tui.core.records import SUMMARY_COLUMNS, SearchHit, summary_from_row

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


def ranked_hits(
    conn: sqlite3.Connection, match: str, where: str, params: list[object], *, limit: int,
    pool: int,
) -> list[SearchHit]:
    """Rank the newest ``pool`` drafts matching ``match`` and passing ``where`` (on ``d``).

    With at most ``pool`` matches this ranks them all. bm25 costs a lookup per matching
    row, so ranking every match of a common word would grow with the library (see
    ``SEARCH_POOL``); the pool keeps a search within a fixed budget.
    """
    top = conn.execute(
        "SELECT id, rank FROM (SELECT f.rowid AS id, f.rank AS rank"
        " FROM search_fts(?) AS f CROSS JOIN drafts d ON d.id = f.rowid"
        f" WHERE {where} ORDER BY f.rowid DESC LIMIT ?) ORDER BY rank LIMIT ?",
        [match, *params, pool, limit],
    ).fetchall()
    if not top:
        return []
    ids = [row[0] for row in top]
    marks = ",".join("?" * len(ids))
    summaries = {
        row["id"]: summary_from_row(row)
        for row in conn.execute(f"SELECT {SUMMARY_COLUMNS} FROM drafts WHERE id IN ({marks})", ids)
    }
    # FTS5 walks only the matches in the pool's rowid range; "+rowid" stops SQLite from
    # running the MATCH once per id instead (each run loads the term's whole doclist).
    # The title is shown anyway, so the snippet comes from the body, else the notes.
    snippets: dict[int, str] = {}
    for draft_id, body, notes in conn.execute(
        "SELECT rowid, snippet(search_fts, 1, char(2), char(3), '…', 16),"
        " snippet(search_fts, 2, char(2), char(3), '…', 16) FROM search_fts(?)"
        f" WHERE rowid BETWEEN ? AND ? AND +rowid IN ({marks})",
        [match, min(ids), max(ids), *ids],
    ):
        snippets[draft_id] = notes if MATCH_START in notes and MATCH_START not in body else body
    return [
        SearchHit(draft=summaries[draft_id], snippet=tidy_snippet(snippets.get(draft_id, "")),
                  rank=float(rank))
        for draft_id, rank in top
    ]
