"""RevisionsScreen against a real library file: list, diff, restore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_helpers import EVIL, Host, ticking_clock
from rich.text import Text
from textual.app import App
from textual.widgets import OptionList, Static

from smm_tui.core.library import DraftRecord, Library
from smm_tui.screens.confirm import ConfirmScreen
from smm_tui.screens.revisions import RevisionsScreen, diff_text

pytestmark = pytest.mark.usefixtures("utc_local_time")


def revisions_host(library: Library, draft_id: int) -> Host:
    return Host(lambda: RevisionsScreen(library, draft_id), ["revisions.tcss", "confirm.tcss"])


@pytest.fixture
def library_options() -> dict[str, Any]:
    return {"clock": ticking_clock(), "revision_window": 0}


@pytest.fixture
def draft_id(library: Library) -> int:
    draft = library.create_draft("Hello\nold line")
    library.save_draft(draft.id, body="Hello\nnew line")
    return draft.id


def labels(app: App[Any]) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def diff_shown(app: App[Any]) -> Text:
    content = app.screen.query_one("#revisions-diff", Static).content
    assert isinstance(content, Text)
    return content


async def test_lists_revisions_and_shows_diff(library: Library, draft_id: int) -> None:
    app = revisions_host(library, draft_id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert labels(app) == ["2026-11-24 14:06  Hello", "2026-11-24 14:05  Hello"]
        assert diff_shown(app).plain == "No changes: this revision matches the current text."
        await pilot.press("down")
        shown = diff_shown(app)
        lines = shown.plain.splitlines()
        assert lines[2:] == ["@@ -1,2 +1,2 @@", " Hello", "-old line", "+new line"]
        styles = {shown.plain[s.start:s.end].rstrip("\n"): str(s.style) for s in shown.spans}
        assert styles["-old line"] == "red"
        assert styles["+new line"] == "green"
        await pilot.press("escape")
        assert app.results == [None]


async def test_restore_asks_then_saves(
    library: Library, draft_id: int, db_path: Path
) -> None:
    app = revisions_host(library, draft_id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("down", "r")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert app.results == []
        await pilot.press("r", "y")
        await pilot.pause()
        [restored] = app.results
    assert isinstance(restored, DraftRecord)
    assert restored.body == "Hello\nold line"
    with Library.open(db_path) as reopened:
        assert reopened.get_draft(draft_id).body == "Hello\nold line"
        assert len(reopened.list_revisions(draft_id)) == 3  # the restore is a revision too


async def test_no_revisions_says_so(library: Library) -> None:
    draft = library.create_draft("")
    app = revisions_host(library, draft.id)
    async with app.run_test() as pilot:
        await pilot.press("r")  # nothing to restore: no dialog, no crash
        assert isinstance(app.screen, RevisionsScreen)
        assert diff_shown(app).plain.startswith("No revisions yet")


async def test_markup_looking_revision_is_literal(library: Library) -> None:
    draft = library.create_draft(EVIL)
    library.save_draft(draft.id, body=f"{EVIL}\n[red]more")
    app = revisions_host(library, draft.id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("down")
        assert labels(app)[1] == f"2026-11-24 14:05  {EVIL}"
        assert diff_shown(app).plain.splitlines()[-3:] == [f"-{EVIL}", f"+{EVIL}", "+[red]more"]
        assert app.is_running


def test_diff_text_colours_by_line() -> None:
    text = diff_text("--- a\n+++ b\n@@ -1 +1 @@\n-[/]\n+[bold]\n")
    assert text.plain == "--- a\n+++ b\n@@ -1 +1 @@\n-[/]\n+[bold]"
    assert [str(span.style) for span in text.spans] == ["bold", "bold", "cyan", "red", "green"]
