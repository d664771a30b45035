"""The drafts library: one SQLite file holding drafts, revisions, reader notes and search.

Built on sqlite-utils (schema in :mod:`smm_tui.core.migrations`). Safe to call from
worker threads: each thread gets its own connection. Every write runs in a
``BEGIN IMMEDIATE`` transaction, so two processes on one file queue up (busy timeout)
instead of losing a committed write. Every SQLite or OS failure surfaces as a
:class:`LibraryError` whose message names the file and says what to do; the library
never deletes, truncates or overwrites a file it does not recognise.
"""

from __future__ import annotations

import difflib
import functools
import json
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlite_utils import Database

from smm_tui.core import migrations as schema
from smm_tui.core.library_errors import LibraryError, damaged, explain, folder_given
from smm_tui.core.records import (
    DRAFT_COLUMNS,
    SUMMARY_COLUMNS,
    DraftBundle,
    DraftRecord,
    DraftSummary,
    Note,
    NoteTally,
    Revision,
    SearchHit,
    check_choice,
    check_platform,
    clean_tags,
    filters,
    iso,
    normalise_timestamp,
    note_from_row,
    record_from_row,
    revision_from_row,
    summary_from_row,
    tags_of,
    title_from_body,
    utc_now,
)
from smm_tui.core.search import fts_query, ranked_hits
from smm_tui.core.vocabulary import SENTIMENTS, STATUSES

__all__ = [
    "SENTIMENTS",
    "STATUSES",
    "DraftBundle",
    "DraftRecord",
    "DraftSummary",
    "Library",
    "LibraryError",
    "Note",
    "NoteTally",
    "Revision",
    "SearchHit",
    "clean_tags",
    "iso",
    "normalise_timestamp",
    "title_from_body",
    "utc_now",
]

# Search ranks every match when there are at most SEARCH_POOL of them, else the newest
# SEARCH_POOL. bm25 costs about 2.7 us per matching draft (measured at 100,000 drafts:
# 9,000 matches 26 ms, 25,000 matches 71 ms, a word in every draft 445 ms), so ranking
# all matches of a common word cannot fit the 20 ms budget. 700 keeps a search at
# 100,000 drafts within 3x its time at 1,000 (4.8 ms vs 1.9 ms; 2,000 cost 6.9x).
SEARCH_POOL = 700

P = ParamSpec("P")
R = TypeVar("R")


def _guard(
    method: Callable[Concatenate[Library, P], R],
) -> Callable[Concatenate[Library, P], R]:
    """Turn SQLite and OS errors raised by a library method into a LibraryError."""

    @functools.wraps(method)
    def wrapper(self: Library, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except LibraryError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(explain(self.path, exc)) from exc

    return wrapper


class Library:
    """A library file. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(
        self,
        path: Path,
        *,
        revision_window: float = 60.0,
        busy_timeout: float = 5.0,
        clock: Callable[[], datetime] = utc_now,
        create: bool = True,
    ) -> None:
        self.path = Path(path)
        self.create = create
        self.revision_window = revision_window
        self.busy_timeout = busy_timeout
        self._clock = clock
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._closed = False

    # ---- opening, connections, transactions -------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        revision_window: float = 60.0,
        busy_timeout: float = 5.0,
        clock: Callable[[], datetime] = utc_now,
        create: bool = True,
    ) -> Library:
        """Open (creating on first use: folder 0700, file 0600) and migrate a library.

        ``create=False`` is for read-only commands: a missing file is an error (a
        mistyped path must not leave an empty library behind) and nothing is created.
        """
        library = cls(path, revision_window=revision_window, busy_timeout=busy_timeout,
                      clock=clock, create=create)
        try:
            library._prepare()
        except BaseException:
            library.close()
            raise
        return library

    @_guard
    def _prepare(self) -> None:
        if self.path.is_dir():
            raise LibraryError(folder_given(self.path))
        if self.create:
            self._create_file()
        elif not self.path.exists():
            raise LibraryError(
                f"no library at {self.path} "
                "(check --db, or run smm-tui import / the app to create one)"
            )
        db = self._db()
        self._refuse_foreign(db)
        if db.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.conn.execute("PRAGMA journal_mode = WAL")
        if schema.migrations.pending(db) or schema.missing_triggers(db):
            with self._write() as conn:
                self._refuse_foreign(db)  # another process may have migrated meanwhile
                self._refuse_damaged(conn)
                schema.migrations.apply(db)
                schema.ensure_search_triggers(db)
                conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")

    def _create_file(self) -> None:
        """Create the folder (0700) and an empty file (0600) unless they exist."""
        folder = self.path.parent
        if not folder.exists():
            folder.mkdir(parents=True, mode=0o700)
            folder.chmod(0o700)
        if not self.path.exists():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return
            os.close(fd)

    def _refuse_foreign(self, db: Database) -> None:
        """Stop before touching a database that is not ours or is from a newer version."""
        conn = db.conn
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return
        applied: set[str] = set()
        if schema.migrations.migrations_table in tables:
            applied = {m.name for m in schema.migrations.applied(db)}
        if not applied:
            raise LibraryError(
                f"{self.path} is a SQLite database but not an smm-tui library. "
                "It was left untouched; choose another file with --db."
            )
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        if applied - set(schema.KNOWN_MIGRATIONS) or user_version > schema.SCHEMA_VERSION:
            raise LibraryError(
                f"{self.path} was written by a newer version of smm-tui. "
                "It was left untouched; upgrade smm-tui to open it."
            )

    def _refuse_damaged(self, conn: sqlite3.Connection) -> None:
        """Stop before a bulk write into a damaged file (reads the whole file: ~1 s/300 MB).

        SQLite only notices damage on the pages it reads, so a write could otherwise
        succeed on a file that already lost data and make a rescue harder.
        """
        if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise LibraryError(damaged(self.path))

    def _connect(self) -> sqlite3.Connection:
        if self._closed:
            raise LibraryError(f"The library {self.path} is closed; open it again.")
        # mode=rw: never create the file here; open() decides whether to create it.
        uri = "file:" + urllib.parse.quote(str(self.path.absolute())) + "?mode=rw"
        conn = sqlite3.connect(
            uri, uri=True, timeout=self.busy_timeout, isolation_level=None,
            check_same_thread=False,
        )
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        with self._lock:
            self._connections.append(conn)
        return conn

    def _db(self) -> Database:
        """This thread's sqlite-utils Database (a sqlite3 connection is bound to a thread)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = Database(self._connect(), execute_plugins=False)
            self._local.db = db
        return db

    def _conn(self) -> sqlite3.Connection:
        return self._db().conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock up front (no upgrade deadlock)."""
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close every thread's connection. Further calls raise LibraryError."""
        with self._lock:
            connections, self._connections = self._connections, []
            self._closed = True
        for conn in connections:
            conn.close()
        self._local = threading.local()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def now(self) -> str:
        return iso(self._clock())

    # ---- drafts -----------------------------------------------------------------------

    @_guard
    def create_draft(
        self,
        body: str = "",
        *,
        title: str | None = None,
        platform: str = "x",
        status: str = "draft",
        tags: Iterable[str] = (),
    ) -> DraftRecord:
        check_platform(platform)
        check_choice(status, STATUSES, "status")
        title_set = bool(title and title.strip())
        now = self.now()
        with self._write() as conn:
            draft_id = self._insert_draft(
                conn, body=body, title=title.strip() if title and title_set else None,
                platform=platform, status=status, tags=clean_tags(tags),
                created=now, updated=now,
            )
            if body:
                self._insert_revision(conn, draft_id, body, self._title_of(conn, draft_id),
                                      now, "edit")
        return self.get_draft(draft_id)

    def _insert_draft(
        self,
        conn: sqlite3.Connection,
        *,
        body: str,
        title: str | None,
        platform: str,
        status: str,
        tags: tuple[str, ...],
        created: str,
        updated: str,
        archived: bool = False,
        scores: tuple[int | None, int | None] = (None, None),
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO drafts (title, title_set, body, platform, status, tags, created,"
            " updated, archived, shareability, clarity) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                title if title is not None else title_from_body(body),
                int(title is not None), body, platform, status,
                json.dumps(list(tags), ensure_ascii=False), created, updated,
                int(archived), scores[0], scores[1],
            ),
        )
        draft_id = int(cursor.lastrowid or 0)
        conn.executemany(
            "INSERT INTO draft_tags (draft_id, tag) VALUES (?, ?)",
            [(draft_id, tag) for tag in tags],
        )
        return draft_id

    @staticmethod
    def _title_of(conn: sqlite3.Connection, draft_id: int) -> str:
        return str(conn.execute("SELECT title FROM drafts WHERE id = ?", (draft_id,))
                   .fetchone()[0])

    def _insert_revision(
        self, conn: sqlite3.Connection, draft_id: int, body: str, title: str, created: str,
        kind: str,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO revisions (draft_id, title, body, created, opened, kind)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (draft_id, title, body, created, created, kind),
        )
        return int(cursor.lastrowid or 0)

    @_guard
    def save_draft(
        self,
        draft_id: int,
        *,
        body: str | None = None,
        title: str | None = None,
        platform: str | None = None,
        status: str | None = None,
        tags: Iterable[str] | None = None,
        scores: tuple[int, int] | None = None,
    ) -> DraftRecord:
        """The autosave path. ``title=""`` makes the title follow the first line again.

        A body change records a revision, folded into the previous one when that one
        was started less than ``revision_window`` seconds ago. ``updated`` only moves
        when the content changes, not for scores alone; an unchanged save writes nothing.
        """
        if platform is not None:
            check_platform(platform)
        if status is not None:
            check_choice(status, STATUSES, "status")
        with self._write() as conn:
            current = self._draft_row(conn, draft_id)
            changes: dict[str, object] = {}
            new_body = current["body"] if body is None else body
            title_set = bool(current["title_set"])
            if title is not None:
                title_set = bool(title.strip())
            new_title = title.strip() if title is not None and title_set else (
                current["title"] if title_set else title_from_body(new_body)
            )
            for column, value in (
                ("body", new_body), ("title", new_title), ("title_set", int(title_set)),
                ("platform", platform), ("status", status),
            ):
                if value is not None and value != current[column]:
                    changes[column] = value
            new_tags = clean_tags(tags) if tags is not None else None
            if new_tags is not None and new_tags != tags_of(current["tags"]):
                changes["tags"] = json.dumps(list(new_tags), ensure_ascii=False)
            content_changed = bool(changes)
            stored = (current["shareability"], current["clarity"])
            if scores is not None and stored != tuple(scores):
                changes["shareability"], changes["clarity"] = scores
            if not changes:
                return record_from_row(current)
            now = self._clock()
            if content_changed:
                changes["updated"] = iso(now)
            assignments = ", ".join(f"{column} = ?" for column in changes)
            conn.execute(f"UPDATE drafts SET {assignments} WHERE id = ?",
                         [*changes.values(), draft_id])
            if new_tags is not None and "tags" in changes:
                conn.execute("DELETE FROM draft_tags WHERE draft_id = ?", (draft_id,))
                conn.executemany("INSERT INTO draft_tags (draft_id, tag) VALUES (?, ?)",
                                 [(draft_id, tag) for tag in new_tags])
            if "body" in changes:
                self._record_edit(conn, draft_id, new_body, str(new_title), now)
            return record_from_row(self._draft_row(conn, draft_id))

    def _record_edit(
        self, conn: sqlite3.Connection, draft_id: int, body: str, title: str, now: datetime
    ) -> None:
        last = conn.execute(
            "SELECT id, kind, opened FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1",
            (draft_id,),
        ).fetchone()
        if last is not None and last["kind"] == "edit":
            age = (now - datetime.fromisoformat(last["opened"])).total_seconds()
            if 0 <= age < self.revision_window:
                conn.execute(
                    "UPDATE revisions SET body = ?, title = ?, created = ? WHERE id = ?",
                    (body, title, iso(now), last["id"]),
                )
                return
        self._insert_revision(conn, draft_id, body, title, iso(now), "edit")

    def _draft_row(self, conn: sqlite3.Connection, draft_id: int) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute(
            f"SELECT {DRAFT_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)
        ).fetchone()
        if row is None:
            raise LibraryError(f"There is no draft {draft_id} in {self.path}.")
        return row

    @_guard
    def get_draft(self, draft_id: int) -> DraftRecord:
        return record_from_row(self._draft_row(self._conn(), draft_id))

    @_guard
    def list_drafts(
        self,
        *,
        status: str | None = None,
        platform: str | None = None,
        tag: str | None = None,
        archived: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> list[DraftSummary]:
        """Most recently updated first; one indexed query (note counts are maintained)."""
        where, params = filters(archived=archived, status=status, platform=platform, tag=tag)
        rows = self._conn().execute(
            f"SELECT {SUMMARY_COLUMNS} FROM drafts d WHERE {where}"
            " ORDER BY d.updated DESC, d.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [summary_from_row(row) for row in rows]

    @_guard
    def count_drafts(self, *, archived: bool = False) -> int:
        row = self._conn().execute(
            "SELECT count(*) FROM drafts WHERE archived = ?", (int(archived),)
        ).fetchone()
        return int(row[0])

    def _set_archived(self, draft_id: int, archived: bool) -> None:
        with self._write() as conn:
            self._draft_row(conn, draft_id)
            conn.execute("UPDATE drafts SET archived = ? WHERE id = ?", (int(archived), draft_id))

    @_guard
    def archive_draft(self, draft_id: int) -> None:
        """What "delete" does: the draft leaves the list but nothing is lost."""
        self._set_archived(draft_id, True)

    @_guard
    def unarchive_draft(self, draft_id: int) -> None:
        self._set_archived(draft_id, False)

    @_guard
    def duplicate_draft(self, draft_id: int) -> DraftRecord:
        """A new draft with the same text and settings, titled "… (copy)"; no notes."""
        source = self.get_draft(draft_id)
        return self.create_draft(
            source.body, title=f"{source.title} (copy)", platform=source.platform,
            tags=source.tags,
        )

    # ---- revisions --------------------------------------------------------------------

    @_guard
    def list_revisions(self, draft_id: int) -> list[Revision]:
        conn = self._conn()
        self._draft_row(conn, draft_id)
        rows = conn.execute(
            "SELECT * FROM revisions WHERE draft_id = ? ORDER BY id DESC", (draft_id,)
        )
        return [revision_from_row(row) for row in rows]

    @_guard
    def get_revision(self, revision_id: int) -> Revision:
        row = self._conn().execute(
            "SELECT * FROM revisions WHERE id = ?", (revision_id,)
        ).fetchone()
        if row is None:
            raise LibraryError(f"There is no revision {revision_id} in {self.path}.")
        return revision_from_row(row)

    @_guard
    def diff_revision(self, revision_id: int) -> str:
        """A unified diff from the revision to the draft's current body ("" if equal)."""
        revision = self.get_revision(revision_id)
        current = self.get_draft(revision.draft_id)
        lines = difflib.unified_diff(
            revision.body.splitlines(keepends=True),
            current.body.splitlines(keepends=True),
            fromfile=f"revision {revision.id} ({revision.created})",
            tofile="current",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)

    @_guard
    def restore_revision(self, revision_id: int) -> DraftRecord:
        """Put the revision's body back; the restore is recorded as a new revision."""
        revision = self.get_revision(revision_id)
        with self._write() as conn:
            current = self._draft_row(conn, revision.draft_id)
            title = current["title"] if current["title_set"] else title_from_body(revision.body)
            now = self.now()
            conn.execute(
                "UPDATE drafts SET body = ?, title = ?, updated = ? WHERE id = ?",
                (revision.body, title, now, revision.draft_id),
            )
            self._insert_revision(conn, revision.draft_id, revision.body, title, now, "restore")
            return record_from_row(self._draft_row(conn, revision.draft_id))

    # ---- feedback notes ---------------------------------------------------------------

    @_guard
    def add_note(
        self, draft_id: int, text: str, *, reader: str = "", channel: str = "",
        sentiment: str = "neutral",
    ) -> Note:
        check_choice(sentiment, SENTIMENTS, "sentiment")
        with self._write() as conn:
            self._draft_row(conn, draft_id)
            cursor = conn.execute(
                "INSERT INTO notes (draft_id, reader, channel, sentiment, text, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (draft_id, reader.strip(), channel.strip(), sentiment, text, self.now()),
            )
            return self._note_row(conn, int(cursor.lastrowid or 0))

    def _note_row(self, conn: sqlite3.Connection, note_id: int) -> Note:
        row = conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise LibraryError(f"There is no note {note_id} in {self.path}.")
        return note_from_row(row)

    @_guard
    def update_note(
        self, note_id: int, *, text: str | None = None, reader: str | None = None,
        channel: str | None = None, sentiment: str | None = None,
    ) -> Note:
        if sentiment is not None:
            check_choice(sentiment, SENTIMENTS, "sentiment")
        changes = {
            column: value for column, value in (
                ("text", text), ("reader", reader and reader.strip()),
                ("channel", channel and channel.strip()), ("sentiment", sentiment),
            ) if value is not None
        }
        with self._write() as conn:
            self._note_row(conn, note_id)
            if changes:
                assignments = ", ".join(f"{column} = ?" for column in changes)
                conn.execute(f"UPDATE notes SET {assignments} WHERE id = ?",
                             [*changes.values(), note_id])
            return self._note_row(conn, note_id)

    @_guard
    def delete_note(self, note_id: int) -> None:
        with self._write() as conn:
            self._note_row(conn, note_id)
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    @_guard
    def list_notes(self, draft_id: int) -> list[Note]:
        conn = self._conn()
        self._draft_row(conn, draft_id)
        rows = conn.execute("SELECT * FROM notes WHERE draft_id = ? ORDER BY id", (draft_id,))
        return [note_from_row(row) for row in rows]

    @_guard
    def note_tally(self, draft_id: int) -> NoteTally:
        conn = self._conn()
        self._draft_row(conn, draft_id)
        counts = dict.fromkeys(SENTIMENTS, 0)
        for sentiment, count in conn.execute(
            "SELECT sentiment, count(*) FROM notes WHERE draft_id = ? GROUP BY sentiment",
            (draft_id,),
        ):
            counts[sentiment] = count
        return NoteTally(count=sum(counts.values()), **counts)

    # ---- dismissed findings -----------------------------------------------------------

    @_guard
    def dismiss_finding(self, draft_id: int, check_id: str, text: str) -> None:
        with self._write() as conn:
            self._draft_row(conn, draft_id)
            conn.execute(
                "INSERT OR IGNORE INTO dismissed (draft_id, check_id, text, created)"
                " VALUES (?, ?, ?, ?)",
                (draft_id, check_id, text, self.now()),
            )

    @_guard
    def restore_finding(self, draft_id: int, check_id: str, text: str) -> None:
        with self._write() as conn:
            conn.execute(
                "DELETE FROM dismissed WHERE draft_id = ? AND check_id = ? AND text = ?",
                (draft_id, check_id, text),
            )

    @_guard
    def dismissed_findings(self, draft_id: int) -> set[tuple[str, str]]:
        rows = self._conn().execute(
            "SELECT check_id, text FROM dismissed WHERE draft_id = ?", (draft_id,)
        )
        return {(row[0], row[1]) for row in rows}

    # ---- search -----------------------------------------------------------------------

    @_guard
    def search(
        self,
        query: str,
        *,
        status: str | None = None,
        platform: str | None = None,
        tag: str | None = None,
        limit: int = 50,
        archived: bool = False,
    ) -> list[SearchHit]:
        """Best matches first over titles, bodies and note texts; never raises on input.

        Ranking (bm25, titles weighted most) covers the newest ``SEARCH_POOL`` matches.

        A blank query lists the most recent drafts (empty snippets, rank 0); a query
        with nothing searchable in it (``[/]``, a lone ``"``) finds nothing.
        """
        if not query.strip():
            return [
                SearchHit(draft=summary, snippet="", rank=0.0)
                for summary in self.list_drafts(status=status, platform=platform, tag=tag,
                                                archived=archived, limit=limit)
            ]
        match = fts_query(query)
        if match is None:
            return []
        where, params = filters(archived=archived, status=status, platform=platform, tag=tag)
        return ranked_hits(self._conn(), match, where, params, limit=limit, pool=SEARCH_POOL)

    # ---- app state --------------------------------------------------------------------

    @_guard
    def get_state(self, key: str) -> str | None:
        row = self._conn().execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @_guard
    def set_state(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # ---- whole-library export and import (used by smm_tui.core.export) -----------------

    @_guard
    def fingerprints(self) -> set[tuple[str, str, str]]:
        """(title, body, created) of every draft, archived too: finds re-imports."""
        rows = self._conn().execute("SELECT title, body, created FROM drafts")
        return {(row[0], row[1], row[2]) for row in rows}

    def iter_bundles(self) -> Iterator[DraftBundle]:
        """Every draft (archived too), oldest first, with its revisions, notes, dismissals."""
        try:
            conn = self._conn()
            ids = [row[0] for row in conn.execute("SELECT id FROM drafts ORDER BY created, id")]
            for draft_id in ids:
                yield self._bundle(conn, draft_id)
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(explain(self.path, exc)) from exc

    def _bundle(self, conn: sqlite3.Connection, draft_id: int) -> DraftBundle:
        revisions = conn.execute(
            "SELECT * FROM revisions WHERE draft_id = ? ORDER BY id", (draft_id,)
        )
        notes = conn.execute("SELECT * FROM notes WHERE draft_id = ? ORDER BY id", (draft_id,))
        dismissed = conn.execute(
            "SELECT check_id, text FROM dismissed WHERE draft_id = ? ORDER BY check_id, text",
            (draft_id,),
        )
        return DraftBundle(
            draft=record_from_row(self._draft_row(conn, draft_id)),
            revisions=tuple(revision_from_row(row) for row in revisions),
            notes=tuple(note_from_row(row) for row in notes),
            dismissed=tuple((row[0], row[1]) for row in dismissed),
        )

    @_guard
    def import_bundles(self, bundles: Iterable[DraftBundle]) -> list[int]:
        """Add drafts as they are (timestamps kept, new ids) in one transaction.

        A bundle without revisions gets one "import" revision of its body, so history
        always holds the text as it arrived.
        """
        new_ids: list[int] = []
        bundles = list(bundles)
        if not bundles:
            return new_ids
        with self._write() as conn:
            self._refuse_damaged(conn)
            for bundle in bundles:
                draft = bundle.draft
                check_platform(draft.platform)
                check_choice(draft.status, STATUSES, "status")
                draft_id = self._insert_draft(
                    conn, body=draft.body,
                    title=draft.title if draft.title_set else None,
                    platform=draft.platform, status=draft.status, tags=clean_tags(draft.tags),
                    created=draft.created, updated=draft.updated, archived=draft.archived,
                    scores=(draft.shareability, draft.clarity),
                )
                revisions = bundle.revisions or (
                    (Revision(0, 0, draft.body, draft.title, draft.updated, "import"),)
                    if draft.body else ()
                )
                conn.executemany(
                    "INSERT INTO revisions (draft_id, title, body, created, opened, kind)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(draft_id, r.title, r.body, r.created, r.created, r.kind)
                     for r in revisions],
                )
                for note in bundle.notes:
                    check_choice(note.sentiment, SENTIMENTS, "sentiment")
                conn.executemany(
                    "INSERT INTO notes (draft_id, reader, channel, sentiment, text, created)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [(draft_id, n.reader, n.channel, n.sentiment, n.text, n.created)
                     for n in bundle.notes],
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO dismissed (draft_id, check_id, text, created)"
                    " VALUES (?, ?, ?, ?)",
                    [(draft_id, check_id, text, draft.updated)
                     for check_id, text in bundle.dismissed],
                )
                new_ids.append(draft_id)
        return new_ids
