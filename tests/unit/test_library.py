"""Drafts, revisions, notes, dismissed findings and app state on real library files."""

from __future__ import annotations

import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smm_tui.core.library import Library, LibraryError, NoteTally
from smm_tui.paths import default_db_path


class Clock:
    """A controllable UTC clock for revision folding."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def lib(tmp_path: Path, clock: Clock) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.db", revision_window=60, clock=clock)
    yield library
    library.close()


def test_nothing_is_created_until_opened(tmp_path: Path) -> None:
    path = default_db_path()
    assert path.parent == tmp_path / "home" / "data"
    assert not path.parent.exists()
    Library.open(path).close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    Library.open(folder / "lib.db").close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "lib.db").stat().st_mode) == 0o600


def test_pragmas_wal_foreign_keys_busy_timeout(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.db", busy_timeout=2.5) as lib:
        conn = lib._conn()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 2500


def test_create_draft_defaults_and_title_from_first_line(lib: Library, clock: Clock) -> None:
    draft = lib.create_draft("\n# Big launch\nWe ship today.", tags=["#Launch", "launch", " x "])
    assert draft.title == "Big launch"
    assert draft.title_set is False
    assert (draft.platform, draft.status, draft.archived) == ("x", "draft", False)
    assert draft.tags == ("Launch", "x")
    assert draft.created == draft.updated == "2025-03-01T12:00:00.000000+00:00"
    assert (draft.shareability, draft.clarity) == (None, None)
    assert lib.get_draft(draft.id) == draft
    assert lib.create_draft("").title == "Untitled"


def test_long_first_line_is_shortened(lib: Library) -> None:
    draft = lib.create_draft("word " * 40)
    assert len(draft.title) == 80
    assert draft.title.endswith("…")


def test_validation_errors_are_library_errors(lib: Library) -> None:
    with pytest.raises(LibraryError, match="Unknown platform 'myspace'"):
        lib.create_draft("hi", platform="myspace")
    with pytest.raises(LibraryError, match="Unknown status"):
        lib.create_draft("hi", status="done")
    with pytest.raises(LibraryError, match="no draft 99"):
        lib.get_draft(99)
    draft = lib.create_draft("hi")
    with pytest.raises(LibraryError, match="Unknown sentiment"):
        lib.add_note(draft.id, "x", sentiment="angry")


def test_save_follows_first_line_until_title_is_set(lib: Library, clock: Clock) -> None:
    draft = lib.create_draft("First idea")
    clock.advance(5)
    saved = lib.save_draft(draft.id, body="Better idea\nmore")
    assert saved.title == "Better idea"
    assert saved.updated == "2025-03-01T12:00:05.000000+00:00"
    saved = lib.save_draft(draft.id, title="  My title ")
    assert (saved.title, saved.title_set) == ("My title", True)
    saved = lib.save_draft(draft.id, body="Changed first line")
    assert saved.title == "My title"
    saved = lib.save_draft(draft.id, title="")
    assert (saved.title, saved.title_set) == ("Changed first line", False)


def test_save_fields_and_scores(lib: Library, clock: Clock) -> None:
    draft = lib.create_draft("Hello")
    clock.advance(1)
    saved = lib.save_draft(draft.id, platform="linkedin", status="ready", tags="a, #b")
    assert (saved.platform, saved.status, saved.tags) == ("linkedin", "ready", ("a", "b"))
    assert saved.updated == "2025-03-01T12:00:01.000000+00:00"
    clock.advance(1)
    scored = lib.save_draft(draft.id, scores=(71, 64))
    assert (scored.shareability, scored.clarity) == (71, 64)
    assert scored.updated == saved.updated  # scores alone do not reorder the list
    clock.advance(1)
    assert lib.save_draft(draft.id, body="Hello") == scored  # unchanged save writes nothing


def test_list_most_recent_first_with_filters_and_paging(lib: Library, clock: Clock) -> None:
    a = lib.create_draft("Alpha", platform="x", tags=["launch"])
    clock.advance(1)
    b = lib.create_draft("Beta", platform="linkedin", status="ready", tags=["Launch", "promo"])
    clock.advance(1)
    c = lib.create_draft("Gamma", platform="x")
    clock.advance(1)
    lib.save_draft(a.id, body="Alpha again")
    assert [d.id for d in lib.list_drafts()] == [a.id, c.id, b.id]
    assert [d.id for d in lib.list_drafts(platform="x")] == [a.id, c.id]
    assert [d.id for d in lib.list_drafts(status="ready")] == [b.id]
    assert [d.id for d in lib.list_drafts(tag="LAUNCH")] == [a.id, b.id]
    assert [d.id for d in lib.list_drafts(tag="#promo")] == [b.id]
    assert [d.id for d in lib.list_drafts(limit=1, offset=1)] == [c.id]
    lib.save_draft(b.id, tags=["promo"])
    assert [d.id for d in lib.list_drafts(tag="launch")] == [a.id]
    summary = lib.list_drafts(status="ready")[0]
    assert (summary.title, summary.tags, summary.note_count) == ("Beta", ("promo",), 0)


def test_archive_is_delete_and_can_be_undone(lib: Library) -> None:
    a = lib.create_draft("Keep")
    b = lib.create_draft("Bin")
    lib.archive_draft(b.id)
    assert [d.id for d in lib.list_drafts()] == [a.id]
    assert [d.id for d in lib.list_drafts(archived=True)] == [b.id]
    assert (lib.count_drafts(), lib.count_drafts(archived=True)) == (1, 1)
    assert lib.get_draft(b.id).archived is True
    lib.unarchive_draft(b.id)
    assert lib.count_drafts() == 2
    with pytest.raises(LibraryError):
        lib.archive_draft(42)


def test_duplicate(lib: Library) -> None:
    source = lib.create_draft("Post body", platform="mastodon", tags=["t"])
    lib.add_note(source.id, "nice")
    copy = lib.duplicate_draft(source.id)
    assert copy.id != source.id
    assert (copy.title, copy.body, copy.platform, copy.tags) == (
        "Post body (copy)", "Post body", "mastodon", ("t",))
    assert lib.list_notes(copy.id) == []


def test_revisions_fold_within_window_then_start_anew(lib: Library, clock: Clock) -> None:
    draft = lib.create_draft("v1")
    for seconds, body in ((10, "v2"), (20, "v3")):
        clock.advance(seconds)
        lib.save_draft(draft.id, body=body)
    revisions = lib.list_revisions(draft.id)
    assert [(r.body, r.created) for r in revisions] == [("v3", "2025-03-01T12:00:30.000000+00:00")]
    clock.advance(31)  # 61 s after the revision was started
    lib.save_draft(draft.id, body="v4")
    lib.save_draft(draft.id, title="title only")  # no body change: no revision
    assert [r.body for r in lib.list_revisions(draft.id)] == ["v4", "v3"]


def test_window_zero_keeps_every_save(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.db", revision_window=0) as lib:
        draft = lib.create_draft("a")
        lib.save_draft(draft.id, body="b")
        lib.save_draft(draft.id, body="c")
        assert [r.body for r in lib.list_revisions(draft.id)] == ["c", "b", "a"]


def test_diff_and_restore(lib: Library, clock: Clock) -> None:
    draft = lib.create_draft("line one\nline two\n")
    first = lib.list_revisions(draft.id)[0]
    clock.advance(100)
    lib.save_draft(draft.id, body="line one\nline 2\n")
    diff = lib.diff_revision(first.id)
    assert diff.splitlines() == [
        f"--- revision {first.id} ({first.created})",
        "+++ current",
        "@@ -1,2 +1,2 @@",
        " line one",
        "-line two",
        "+line 2",
    ]
    clock.advance(1)
    restored = lib.restore_revision(first.id)
    assert restored.body == "line one\nline two\n"
    revisions = lib.list_revisions(draft.id)
    assert [(r.kind, r.body) for r in revisions][:2] == [
        ("restore", "line one\nline two\n"), ("edit", "line one\nline 2\n")]
    assert lib.diff_revision(first.id) == ""
    clock.advance(1)
    lib.save_draft(draft.id, body="after restore")  # never folds into the restore
    assert len(lib.list_revisions(draft.id)) == 4
    with pytest.raises(LibraryError, match="no revision 999"):
        lib.get_revision(999)


def test_notes_crud_tally_and_count(lib: Library, clock: Clock) -> None:
    draft = lib.create_draft("Post")
    n1 = lib.add_note(draft.id, "Loved it", reader=" Ana ", channel="email",
                      sentiment="positive")
    clock.advance(1)
    n2 = lib.add_note(draft.id, "Too long", channel="in person", sentiment="negative")
    lib.add_note(draft.id, "ok")
    assert (n1.reader, n1.channel) == ("Ana", "email")
    assert n1.created == "2025-03-01T12:00:00.000000+00:00"
    assert [n.text for n in lib.list_notes(draft.id)] == ["Loved it", "Too long", "ok"]
    assert lib.note_tally(draft.id) == NoteTally(count=3, positive=1, neutral=1, negative=1)
    assert lib.list_drafts()[0].note_count == 3
    edited = lib.update_note(n2.id, text="A bit long", sentiment="neutral")
    assert (edited.text, edited.sentiment, edited.channel, edited.created) == (
        "A bit long", "neutral", "in person", n2.created)
    lib.delete_note(n1.id)
    assert lib.note_tally(draft.id) == NoteTally(count=2, positive=0, neutral=2, negative=0)
    assert lib.list_drafts()[0].note_count == 2
    with pytest.raises(LibraryError, match="no note"):
        lib.delete_note(n1.id)


def test_dismissed_findings(lib: Library) -> None:
    draft = lib.create_draft("Very very good")
    lib.dismiss_finding(draft.id, "weasel-words", "very")
    lib.dismiss_finding(draft.id, "weasel-words", "very")
    lib.dismiss_finding(draft.id, "adverbs", "[/]")
    assert lib.dismissed_findings(draft.id) == {("weasel-words", "very"), ("adverbs", "[/]")}
    lib.restore_finding(draft.id, "weasel-words", "very")
    assert lib.dismissed_findings(draft.id) == {("adverbs", "[/]")}


def test_app_state(lib: Library) -> None:
    assert lib.get_state("last_draft_id") is None
    lib.set_state("last_draft_id", "3")
    lib.set_state("last_draft_id", "4")
    assert lib.get_state("last_draft_id") == "4"


def test_closed_library_says_so(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib.db")
    lib.close()
    with pytest.raises(LibraryError, match="closed"):
        lib.list_drafts()


def test_worker_threads_each_use_their_own_connection(lib: Library) -> None:
    draft = lib.create_draft("shared")
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                lib.add_note(draft.id, f"note {n}-{i}")
                lib.list_drafts()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert lib.note_tally(draft.id).count == 80
    assert len(lib._connections) == 5
