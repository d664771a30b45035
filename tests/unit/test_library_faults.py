"""Faults and upgrades: every failure is one clear LibraryError and the file survives."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from smm_tui.core import migrations as schema
from smm_tui.core.library import Library, LibraryError


def _make_readonly(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable even for root (chattr +i), or skip the test."""
    folder.chmod(0o500)
    immutable = False
    probe = folder / ".probe"
    try:
        probe.touch()
    except OSError:
        pass
    else:
        probe.unlink()
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            folder.chmod(0o700)
            pytest.skip("cannot make a folder read-only here")
        immutable = True
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o700)


@pytest.fixture
def readonly_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder


def test_not_a_database_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    content = b"These are my precious notes, not SQLite.\n" * 200
    path.write_bytes(content)
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert str(info.value) == (
        f"{path} is not an smm-tui library (not a readable SQLite database). "
        "It was left untouched; choose another file with --db."
    )
    assert path.read_bytes() == content
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"notes.db"}


def test_someone_elses_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
        conn.execute("INSERT INTO users VALUES ('ana')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="is a SQLite database but not an smm-tui library"):
        Library.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("how", ["migration", "user_version"])
def test_newer_version_is_refused_and_untouched(tmp_path: Path, how: str) -> None:
    path = tmp_path / "lib.db"
    with Library.open(path) as lib:
        lib.create_draft("from the future")
        conn = lib._conn()
        if how == "migration":
            conn.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                " VALUES ('smm-tui', 'm099_future', 'later')"
            )
        else:
            conn.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library.open(path)
    assert str(info.value) == (
        f"{path} was written by a newer version of smm-tui. "
        "It was left untouched; upgrade smm-tui to open it."
    )
    assert path.read_bytes() == before


def test_busy_database_gives_a_clear_error_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    with Library.open(path, busy_timeout=0.1) as lib:
        draft = lib.create_draft("before")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(LibraryError) as info:
                lib.save_draft(draft.id, body="during")
            assert str(info.value) == (
                f"The library {path} is busy: another program is writing to it. "
                "Close the other smm-tui (or wait a moment) and try again."
            )
            assert lib.get_draft(draft.id).body == "before"  # readers are not blocked
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert lib.save_draft(draft.id, body="after").body == "after"


def test_read_only_folder_for_a_new_library(readonly_folder: Path) -> None:
    path = readonly_folder / "lib.db"
    for _ in _make_readonly(readonly_folder):
        with pytest.raises(LibraryError) as info:
            Library.open(path)
        assert str(info.value).startswith(f"Cannot write the library {path}: ")
        assert "choose another location with --db" in str(info.value)
    assert not path.exists()


def test_read_only_folder_with_an_existing_library(readonly_folder: Path) -> None:
    path = readonly_folder / "lib.db"
    with Library.open(path) as lib:
        lib.create_draft("kept")
    before = path.read_bytes()
    for _ in _make_readonly(readonly_folder):
        with pytest.raises(LibraryError, match="read-only"), Library.open(path) as lib:
            lib.create_draft("new")
        assert path.read_bytes() == before
    with Library.open(path) as lib:
        assert [d.title for d in lib.list_drafts()] == ["kept"]


def test_full_disk_saves_nothing_and_keeps_the_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    with Library.open(path) as lib:
        draft = lib.create_draft("short body")
        conn = lib._conn()
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
        with pytest.raises(LibraryError) as info:
            lib.save_draft(draft.id, body="x" * 200_000)
        assert str(info.value) == (
            f"No space left on the disk holding {path}: nothing was saved. "
            "Free some disk space and try again."
        )
        assert lib.get_draft(draft.id).body == "short body"
        assert [r.body for r in lib.list_revisions(draft.id)] == ["short body"]
    with Library.open(path) as lib:
        assert lib._conn().execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert lib.save_draft(draft.id, body="x" * 200_000).body == "x" * 200_000


def test_upgrade_from_migration_one(tmp_path: Path) -> None:
    """A library written by the first schema keeps its data and gains search and counts."""
    path = tmp_path / "old.db"
    db = Database(path)
    schema.migrations.apply(db, stop_before="m002_search")
    db.execute(
        "INSERT INTO drafts (id, title, body, tags, created, updated) VALUES "
        "(1, 'Old launch', 'Old launch post', '[\"launch\"]', '2024-01-01T00:00:00.000000+00:00',"
        " '2024-01-01T00:00:00.000000+00:00')"
    )
    db.execute("INSERT INTO draft_tags (draft_id, tag) VALUES (1, 'launch')")
    db.execute(
        "INSERT INTO notes (draft_id, reader, sentiment, text, created) VALUES "
        "(1, 'Bo', 'positive', 'Loved the pineapple joke', '2024-01-02T00:00:00.000000+00:00')"
    )
    db.execute(
        "INSERT INTO revisions (draft_id, title, body, created, opened) VALUES "
        "(1, 'Old launch', 'Old launch post', '2024-01-01T00:00:00.000000+00:00',"
        " '2024-01-01T00:00:00.000000+00:00')"
    )
    assert [m.name for m in schema.migrations.applied(db)] == ["m001_core"]
    db.close()
    with Library.open(path) as lib:
        assert [m.name for m in schema.migrations.applied(lib._db())] == list(
            schema.KNOWN_MIGRATIONS)
        assert lib._conn().execute("PRAGMA user_version").fetchone()[0] == 3
        (summary,) = lib.list_drafts(tag="launch")
        assert (summary.title, summary.note_count) == ("Old launch", 1)
        assert [h.draft.id for h in lib.search("pineapple")] == [1]
        assert [h.draft.id for h in lib.search("launch")] == [1]
        lib.add_note(1, "second")
        assert lib.list_drafts()[0].note_count == 2
        assert [r.body for r in lib.list_revisions(1)] == ["Old launch post"]


_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from smm_tui.core.library import Library
    path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    with Library.open(path, busy_timeout=30) as lib:
        for i in range(count):
            draft = lib.create_draft(f"{name} draft {i}")
            lib.save_draft(draft.id, body=f"{name} draft {i} edited")
            lib.add_note(draft.id, f"{name} note {i}")
    """
)


def test_two_processes_never_lose_a_committed_write(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    Library.open(path).close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name, "60"], env=env,
                         stderr=subprocess.PIPE, text=True)
        for name in ("left", "right")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Library.open(path) as lib:
        drafts = lib.list_drafts(limit=500)
        assert len(drafts) == 120
        bodies = {lib.get_draft(d.id).body for d in drafts}
        assert bodies == {f"{name} draft {i} edited" for name in ("left", "right")
                          for i in range(60)}
        assert sum(d.note_count for d in drafts) == 120
        assert {d.note_count for d in drafts} == {1}


def _damaged_library(tmp_path: Path) -> Path:
    """A real library whose bytes 20000-30000 were overwritten with 0xAA."""
    path = tmp_path / "library.db"
    with Library.open(path) as lib:
        for i in range(40):
            draft = lib.create_draft(f"Post {i}\n" + "webinar text body words " * 30)
            lib.add_note(draft.id, "nice note " * 10)
    data = bytearray(path.read_bytes())
    assert len(data) > 30000 and not Path(f"{path}-wal").exists()
    data[20000:30000] = b"\xaa" * 10000
    path.write_bytes(bytes(data))
    return path


def test_damaged_library_says_so_and_is_never_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from smm_tui.cli import run

    path = _damaged_library(tmp_path)
    before = path.read_bytes()
    post = tmp_path / "post.md"
    post.write_text("A new post\n")
    message = (
        f"smm-tui: The library {path} is damaged (SQLite: database disk image is "
        "malformed); nothing was written to it. Rescue what can still be read with "
        f"`smm-tui export --format json --out rescue.json --db {path}`, then import "
        "rescue.json into a new library with `smm-tui import rescue.json --db NEW.db`.\n"
    )
    for argv in (["list"], ["import", str(post)]):
        assert run([*argv, "--db", str(path)]) == 1
        assert capsys.readouterr().err == message
    assert path.read_bytes() == before
    # The suggested rescue works: export what is readable, import it into a new library.
    assert run(["export", "--format", "json", "--out", str(tmp_path / "rescue.json"),
                "--db", str(path)]) == 0
    assert run(["import", str(tmp_path / "rescue.json"), "--db", str(tmp_path / "new.db")]) == 0
    assert path.read_bytes() == before
    with Library.open(tmp_path / "new.db") as rescued:
        assert rescued.count_drafts() > 0


def test_a_write_that_misses_the_damage_is_refused_too(tmp_path: Path) -> None:
    from smm_tui.core.export import import_paths

    path = _damaged_library(tmp_path)
    before = path.read_bytes()
    post = tmp_path / "post.md"
    post.write_text("A new post\n")
    with Library.open(path) as lib:
        assert lib.get_draft(3).title == "Post 2"  # this page is intact
        with pytest.raises(LibraryError, match="is damaged"):
            import_paths(lib, [post])
    assert path.read_bytes() == before


def test_a_folder_given_as_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    with pytest.raises(LibraryError) as info:
        Library.open(folder)
    assert str(info.value) == (
        f"{folder} is a folder, not a library file. "
        f"Give a file path with --db, for example {folder / 'library.db'}."
    )
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_a_folder_that_takes_no_new_files() -> None:
    with pytest.raises(LibraryError) as info:
        Library.open(Path("/proc/foo.db"))
    assert str(info.value) == (
        "Cannot create the library /proc/foo.db: its folder does not accept new files. "
        "Choose another location with --db or SMM_TUI_DATA_DIR."
    )


def test_open_without_create_refuses_a_missing_library(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "libary.db"
    with pytest.raises(LibraryError) as info:
        Library.open(path, create=False)
    assert str(info.value) == (
        f"no library at {path} (check --db, or run smm-tui import / the app to create one)"
    )
    assert not (tmp_path / "typo").exists()
    Library.open(path).close()
    with Library.open(path, create=False) as lib:
        assert lib.count_drafts() == 0
