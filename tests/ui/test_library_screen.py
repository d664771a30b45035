"""LibraryScreen against a real library file: list, search, filters and every action."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_helpers import EVIL, Host, ticking_clock
from rich.text import Text
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from smm_tui.core.library import Library
from smm_tui.screens import library as library_screen
from smm_tui.screens.library import (
    FilterChip,
    LibraryPage,
    LibraryScreen,
    next_status,
    snippet_text,
)

pytestmark = pytest.mark.usefixtures("utc_local_time")


def library_host(library: Library) -> Host:
    return Host(lambda: LibraryScreen(library), ["library.tcss", "confirm.tcss"])


@pytest.fixture
def library_options() -> dict[str, Any]:
    return {"clock": ticking_clock()}


@pytest.fixture
def drafts(library: Library) -> dict[str, int]:
    """Three drafts; "launch" is the most recently updated, with scores and two notes."""
    old = library.create_draft("An old post about gardening", platform="mastodon")
    mid = library.create_draft("Our newsletter is out", platform="linkedin", status="ready")
    new = library.create_draft("We launch the new app today", platform="x")
    library.save_draft(new.id, scores=(78, 64))
    library.add_note(new.id, "Loved it", reader="Ann", sentiment="positive")
    library.add_note(new.id, "Too long", reader="Bob", sentiment="negative")
    return {"old": old.id, "mid": mid.id, "new": new.id}


async def settle(pilot: Pilot[Any], wait: float = 0.0) -> None:
    """Let debounce timers fire and the loading worker deliver its page."""
    await pilot.pause(wait)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def table_of(app: App[Any]) -> DataTable[Any]:
    return app.screen.query_one("#library-table", DataTable)


def rows(app: App[Any]) -> list[list[str]]:
    table = table_of(app)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def titles(app: App[Any]) -> list[str]:
    return [row[0] for row in rows(app)]


def text_of(app: App[Any], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def search(pilot: Pilot[Any], query: str) -> None:
    pilot.app.screen.query_one("#library-search", Input).value = query
    await settle(pilot, library_screen.SEARCH_DEBOUNCE + 0.05)


async def test_lists_drafts_most_recent_first(library: Library, drafts: dict[str, int]) -> None:
    app = library_host(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert rows(app) == [
            ["We launch the new app today", "X", "draft", "78", "64",
             "2026-11-24 14:07", "2"],
            ["Our newsletter is out", "LinkedIn", "ready", "–", "–", "2026-11-24 14:06", ""],
            ["An old post about gardening", "Mastodon", "draft", "–", "–",
             "2026-11-24 14:05", ""],
        ]
        assert text_of(app, "#library-status") == "3 drafts shown of 3"


async def test_empty_library_says_how_to_start(library: Library) -> None:
    app = library_host(library)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert table_of(app).row_count == 0
        assert "press n" in text_of(app, "#library-status")


async def test_search_filters_live_and_marks_terms(
    library: Library, drafts: dict[str, int]
) -> None:
    app = library_host(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await search(pilot, "newsletter")
        assert titles(app) == ["Our newsletter is out"]
        detail = app.screen.query_one("#library-detail", Static).content
        assert isinstance(detail, Text)
        marked = [detail.plain[span.start:span.end] for span in detail.spans
                  if "reverse" in str(span.style)]
        assert marked == ["newsletter"]
        await search(pilot, "loved")  # feedback notes are searched too
        assert titles(app) == ["We launch the new app today"]
        await search(pilot, "")
        assert len(titles(app)) == 3


async def test_stale_page_is_dropped(library: Library, drafts: dict[str, int]) -> None:
    app = library_host(library)
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        stale = LibraryPage(generation=screen._generation - 1, rows=[], append=False,
                            more=False, total=0)
        screen._show_page(stale)
        assert table_of(app).row_count == 3


async def test_filters_by_status_and_platform(
    library: Library, drafts: dict[str, int]
) -> None:
    app = library_host(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.screen.query_one("#library-status-filter", FilterChip).value = "ready"
        await settle(pilot)
        assert titles(app) == ["Our newsletter is out"]
        assert text_of(app, "#library-status-filter") == "Status: ready"
        await pilot.click("#library-status-filter")  # ready -> published
        await settle(pilot)
        assert titles(app) == []
        app.screen.query_one("#library-status-filter", FilterChip).value = ""
        await pilot.press("p")  # first platform in the table: X
        await settle(pilot)
        assert titles(app) == ["We launch the new app today"]
        await search(pilot, "gardening")
        assert titles(app) == []  # search honours the platform filter


async def test_enter_opens_the_highlighted_draft(
    library: Library, drafts: dict[str, int]
) -> None:
    app = library_host(library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")
        assert app.results == [drafts["mid"]]


async def test_escape_goes_back_with_none(library: Library, drafts: dict[str, int]) -> None:
    app = library_host(library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert app.screen.query_one("#library-search", Input).has_focus
        await pilot.press("escape")  # leaves the search box first
        assert app.results == []
        await pilot.press("escape")
        assert app.results == [None]


async def test_new_dismisses_with_a_new_draft(
    library: Library, drafts: dict[str, int], db_path: Path
) -> None:
    app = library_host(library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("n")
        [new_id] = app.results
    assert new_id not in drafts.values()
    with Library.open(db_path) as reopened:
        assert reopened.get_draft(new_id).body == ""
        assert reopened.count_drafts() == 4


async def test_archive_then_undo(
    library: Library, drafts: dict[str, int], db_path: Path
) -> None:
    app = library_host(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        assert titles(app) == ["Our newsletter is out", "An old post about gardening"]
        messages = [n.message for n in app._notifications]
        assert messages == ["Archived 'We launch the new app today' — press u to undo"]
        with Library.open(db_path) as reopened:
            assert reopened.get_draft(drafts["new"]).archived
        await pilot.press("u")
        await settle(pilot)
        assert titles(app)[0] == "We launch the new app today"
        assert table_of(app).cursor_row == 0
    with Library.open(db_path) as reopened:
        assert not reopened.get_draft(drafts["new"]).archived


async def test_status_change_is_saved(
    library: Library, drafts: dict[str, int], db_path: Path
) -> None:
    assert [next_status(s) for s in ("draft", "ready", "published")] == [
        "ready", "published", "draft"]
    app = library_host(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("down", "s")
        assert rows(app)[1][2] == "published"
        with Library.open(db_path) as reopened:
            assert reopened.get_draft(drafts["mid"]).status == "published"
        await pilot.press("s")
        assert rows(app)[1][2] == "draft"
    with Library.open(db_path) as reopened:
        assert reopened.get_draft(drafts["mid"]).status == "draft"


async def test_duplicate_adds_a_copy_and_highlights_it(
    library: Library, drafts: dict[str, int], db_path: Path
) -> None:
    app = library_host(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "d")
        await settle(pilot)
        assert titles(app)[0] == "An old post about gardening (copy)"
        assert table_of(app).cursor_row == 0
    with Library.open(db_path) as reopened:
        assert reopened.count_drafts() == 4


async def test_more_rows_load_near_the_end(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_screen, "FIRST_PAGE_SIZE", 10)
    monkeypatch.setattr(library_screen, "PAGE_SIZE", 10)
    monkeypatch.setattr(library_screen, "LOAD_MORE_MARGIN", 2)
    for n in range(25):
        library.create_draft(f"Post number {n}")
    app = library_host(library)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert table_of(app).row_count == 10
        assert "more load as you scroll" in text_of(app, "#library-status")
        table_of(app).move_cursor(row=9)
        await settle(pilot)
        assert table_of(app).row_count == 20
        table_of(app).move_cursor(row=19)
        await settle(pilot)
        assert titles(app)[-1] == "Post number 0"
        assert table_of(app).row_count == 25


async def test_markup_looking_text_is_literal(library: Library) -> None:
    draft = library.create_draft("[bold]x body", title=EVIL)
    app = library_host(library)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert titles(app) == [EVIL]
        assert text_of(app, "#library-detail") == EVIL
        await search(pilot, EVIL)
        await search(pilot, '"#tag new-feature')
        assert titles(app) == []
        await search(pilot, "[bold]x")
        assert titles(app) == [EVIL]
        # The snippet comes from the title or the body, depending on the library's ranking.
        assert text_of(app, "#library-detail") in (EVIL, f"{EVIL}\n[bold]x body")
        await pilot.press("a")
        assert [n.message for n in app._notifications][-1] == (
            f"Archived '{EVIL}' — press u to undo")
        await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, LibraryScreen)
        assert library.get_draft(draft.id).archived


def test_snippet_marks_are_styled_not_markup() -> None:
    text = snippet_text("say \x02[bold]\x03 and \x02hi\x03")
    assert text.plain == "say [bold] and hi"
    assert [text.plain[s.start:s.end] for s in text.spans] == ["[bold]", "hi"]
