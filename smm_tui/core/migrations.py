"""The library's schema as sqlite-utils migrations, versioned from the first release.

Never edit a released migration: add a new one. Never call ``Table.transform()`` on
``drafts`` or ``notes`` without re-running :func:`ensure_search_triggers` afterwards,
because transform drops the triggers that keep the search index in sync (the library
also checks for them every time it opens a file).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "smm-tui"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_core(db: Database) -> None:
    """Drafts, their revisions, reader notes, dismissed findings and small app state."""
    db.executescript(
        """
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            title_set INTEGER NOT NULL DEFAULT 0,
            body TEXT NOT NULL DEFAULT '',
            platform TEXT NOT NULL DEFAULT 'x',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'ready', 'published')),
            tags TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            shareability INTEGER,
            clarity INTEGER
        );
        CREATE INDEX drafts_recent ON drafts (archived, updated, id);
        CREATE INDEX drafts_status ON drafts (archived, status, updated);
        CREATE INDEX drafts_platform ON drafts (archived, platform, updated);

        CREATE TABLE draft_tags (
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            tag TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (draft_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX draft_tags_tag ON draft_tags (tag, draft_id);

        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            created TEXT NOT NULL,
            opened TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'edit'
        );
        CREATE INDEX revisions_draft ON revisions (draft_id, id);

        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            reader TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '',
            sentiment TEXT NOT NULL DEFAULT 'neutral'
                CHECK (sentiment IN ('positive', 'neutral', 'negative')),
            text TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX notes_draft ON notes (draft_id, id);

        CREATE TABLE dismissed (
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            check_id TEXT NOT NULL,
            text TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (draft_id, check_id, text)
        ) WITHOUT ROWID;

        CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """
    )


# One FTS row per draft (rowid = draft id): title, body and all its notes' texts, so a
# query whose words are split between the post and a reader's note still finds it.
SEARCH_TRIGGERS = {
    "search_draft_insert": """
        CREATE TRIGGER search_draft_insert AFTER INSERT ON drafts BEGIN
            INSERT INTO search_fts (rowid, title, body, notes) VALUES (
                new.id, new.title, new.body,
                coalesce((SELECT group_concat(text, char(10)) FROM notes
                          WHERE draft_id = new.id), ''));
        END""",
    "search_draft_update": """
        CREATE TRIGGER search_draft_update AFTER UPDATE OF title, body ON drafts BEGIN
            UPDATE search_fts SET title = new.title, body = new.body WHERE rowid = new.id;
        END""",
    "search_draft_delete": """
        CREATE TRIGGER search_draft_delete AFTER DELETE ON drafts BEGIN
            DELETE FROM search_fts WHERE rowid = old.id;
        END""",
    "search_note_insert": """
        CREATE TRIGGER search_note_insert AFTER INSERT ON notes BEGIN
            UPDATE search_fts SET notes = coalesce((SELECT group_concat(text, char(10))
                FROM notes WHERE draft_id = new.draft_id), '') WHERE rowid = new.draft_id;
        END""",
    "search_note_update": """
        CREATE TRIGGER search_note_update AFTER UPDATE OF text, draft_id ON notes BEGIN
            UPDATE search_fts SET notes = coalesce((SELECT group_concat(text, char(10))
                FROM notes WHERE draft_id = old.draft_id), '') WHERE rowid = old.draft_id;
            UPDATE search_fts SET notes = coalesce((SELECT group_concat(text, char(10))
                FROM notes WHERE draft_id = new.draft_id), '') WHERE rowid = new.draft_id;
        END""",
    "search_note_delete": """
        CREATE TRIGGER search_note_delete AFTER DELETE ON notes BEGIN
            UPDATE search_fts SET notes = coalesce((SELECT group_concat(text, char(10))
                FROM notes WHERE draft_id = old.draft_id), '') WHERE rowid = old.draft_id;
        END""",
}

REBUILD_SEARCH_SQL = """
    DELETE FROM search_fts;
    INSERT INTO search_fts (rowid, title, body, notes)
        SELECT d.id, d.title, d.body,
               coalesce((SELECT group_concat(n.text, char(10)) FROM notes n
                         WHERE n.draft_id = d.id), '')
        FROM drafts d;
"""


@migrations()
def m002_search(db: Database) -> None:
    """FTS5 over titles, bodies and note texts; titles weigh most in the ranking."""
    db.executescript(
        """
        CREATE VIRTUAL TABLE search_fts USING fts5 (
            title, body, notes, tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(8.0, 1.0, 0.5)');
        """
    )
    ensure_search_triggers(db, rebuild=True)


# The note counter the library list shows, kept by triggers so listing stays one
# indexed query however many notes there are.
NOTE_COUNT_TRIGGERS = {
    "note_count_insert": """
        CREATE TRIGGER note_count_insert AFTER INSERT ON notes BEGIN
            UPDATE drafts SET note_count = note_count + 1 WHERE id = new.draft_id;
        END""",
    "note_count_delete": """
        CREATE TRIGGER note_count_delete AFTER DELETE ON notes BEGIN
            UPDATE drafts SET note_count = note_count - 1 WHERE id = old.draft_id;
        END""",
    "note_count_move": """
        CREATE TRIGGER note_count_move AFTER UPDATE OF draft_id ON notes
        WHEN old.draft_id != new.draft_id BEGIN
            UPDATE drafts SET note_count = note_count - 1 WHERE id = old.draft_id;
            UPDATE drafts SET note_count = note_count + 1 WHERE id = new.draft_id;
        END""",
}


@migrations()
def m003_note_count(db: Database) -> None:
    """A maintained per-draft note counter, back-filled from existing notes."""
    db.execute("ALTER TABLE drafts ADD COLUMN note_count INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE drafts SET note_count = "
        "(SELECT count(*) FROM notes WHERE notes.draft_id = drafts.id)"
    )
    for sql in NOTE_COUNT_TRIGGERS.values():
        db.execute(sql)


KNOWN_MIGRATIONS = ("m001_core", "m002_search", "m003_note_count")
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)


def missing_triggers(db: Database) -> list[str]:
    """Names of the sync triggers the schema should have but does not."""
    present = {
        row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    wanted = list(SEARCH_TRIGGERS)
    if "note_count" in {col.name for col in db["drafts"].columns}:
        wanted += list(NOTE_COUNT_TRIGGERS)
    return [name for name in wanted if name not in present]


def ensure_search_triggers(db: Database, *, rebuild: bool = False) -> bool:
    """Recreate any missing sync trigger (and re-index if one was missing).

    Returns True when something had to be repaired. Call inside a write transaction.
    """
    missing = missing_triggers(db)
    for name in missing:
        db.execute(SEARCH_TRIGGERS.get(name) or NOTE_COUNT_TRIGGERS[name])
    if missing and any(name.startswith("note_count") for name in missing):
        db.execute(
            "UPDATE drafts SET note_count = "
            "(SELECT count(*) FROM notes WHERE notes.draft_id = drafts.id)"
        )
    if rebuild or any(name.startswith("search") for name in missing):
        db.executescript(REBUILD_SEARCH_SQL)
    return bool(missing)
