"""FeedbackScreen, NoteForm and FeedbackPanel against a real library file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_helpers import EVIL, Host, ticking_clock
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, Static, TextArea

from smm_tui.core.library import Library, Note, NoteTally
from smm_tui.screens.confirm import ConfirmScreen
from smm_tui.screens.feedback import FeedbackScreen, NoteForm
from smm_tui.widgets.feedback_panel import FeedbackPanel, tally_text

pytestmark = pytest.mark.usefixtures("utc_local_time")


def feedback_host(library: Library, draft_id: int) -> Host:
    return Host(lambda: FeedbackScreen(library, draft_id), ["feedback.tcss", "confirm.tcss"])


@pytest.fixture
def library_options() -> dict[str, Any]:
    return {"clock": ticking_clock()}


@pytest.fixture
def draft_id(library: Library) -> int:
    draft = library.create_draft("Launch day post", platform="linkedin")
    library.add_note(draft.id, "Loved the hook", reader="Ann", channel="linkedin",
                     sentiment="positive")
    library.add_note(draft.id, "Too long for me\nsecond line", reader="Bob", channel="email",
                     sentiment="negative")
    return draft.id


def note_rows(app: App[Any]) -> list[list[str]]:
    table = app.screen.query_one("#feedback-table", DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def text_of(app: App[Any], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def fill_form(pilot: Pilot[Any], reader: str, channel: str, sentiment: str,
                    text: str) -> None:
    form = pilot.app.screen
    assert isinstance(form, NoteForm)
    form.query_one("#note-reader", Input).value = reader
    form.query_one("#note-channel", Input).value = channel
    form.query_one("#note-sentiment", Select).value = sentiment
    form.query_one("#note-text", TextArea).text = text
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()


def saved_notes(db_path: Path, draft_id: int) -> list[tuple[str, str, str, str]]:
    with Library.open(db_path) as reopened:
        return [(n.reader, n.channel, n.sentiment, n.text) for n in reopened.list_notes(draft_id)]


async def test_lists_notes_with_tally(library: Library, draft_id: int) -> None:
    app = feedback_host(library, draft_id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert note_rows(app) == [
            ["2026-11-24 14:06", "Ann", "linkedin", "+ positive", "Loved the hook"],
            ["2026-11-24 14:07", "Bob", "email", "− negative", "Too long for me"],
        ]
        assert text_of(app, "#feedback-heading") == "Feedback on Launch day post"
        assert text_of(app, "#feedback-tally") == "2 notes  +1  ·0  −1"
        assert text_of(app, "#feedback-detail") == "Loved the hook"
        await pilot.press("escape")
        assert app.results == [None]


async def test_add_note_is_saved(library: Library, draft_id: int, db_path: Path) -> None:
    app = feedback_host(library, draft_id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("a")
        await fill_form(pilot, "Cleo", "in person", "neutral", "  Ask me again later  ")
        assert isinstance(app.screen, FeedbackScreen)
        assert note_rows(app)[-1][1:] == ["Cleo", "in person", "· neutral",
                                          "Ask me again later"]
        assert app.screen.query_one("#feedback-table", DataTable).cursor_row == 2
        assert text_of(app, "#feedback-tally") == "3 notes  +1  ·1  −1"
    assert saved_notes(db_path, draft_id)[-1] == (
        "Cleo", "in person", "neutral", "Ask me again later")


async def test_empty_note_is_refused_and_nothing_lost(
    library: Library, draft_id: int, db_path: Path
) -> None:
    app = feedback_host(library, draft_id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("a")
        await fill_form(pilot, "Dan", "x", "positive", "   ")
        assert isinstance(app.screen, NoteForm)
        assert app.screen.query_one("#note-reader", Input).value == "Dan"
        assert [n.message for n in app._notifications] == [
            "Write what the reader said before saving."]
        await pilot.press("escape")
        assert isinstance(app.screen, FeedbackScreen)
    assert len(saved_notes(db_path, draft_id)) == 2


async def test_edit_note_is_saved(library: Library, draft_id: int, db_path: Path) -> None:
    app = feedback_host(library, draft_id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("down", "e")
        form = app.screen
        assert isinstance(form, NoteForm)
        assert form.query_one("#note-reader", Input).value == "Bob"
        assert form.query_one("#note-text", TextArea).text == "Too long for me\nsecond line"
        await fill_form(pilot, "Bob B.", "email", "neutral", "Fine after the edit")
        assert note_rows(app)[1][1:] == ["Bob B.", "email", "· neutral", "Fine after the edit"]
    assert saved_notes(db_path, draft_id)[1] == ("Bob B.", "email", "neutral",
                                                 "Fine after the edit")


async def test_delete_asks_first(library: Library, draft_id: int, db_path: Path) -> None:
    app = feedback_host(library, draft_id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert len(note_rows(app)) == 2
        await pilot.press("x")
        await pilot.press("y")
        await pilot.pause()
        assert [row[1] for row in note_rows(app)] == ["Bob"]
        assert text_of(app, "#feedback-tally") == "1 note  +0  ·0  −1"
    assert [note[0] for note in saved_notes(db_path, draft_id)] == ["Bob"]


async def test_markup_looking_note_is_literal(library: Library, db_path: Path) -> None:
    draft = library.create_draft("Body", title=EVIL)
    library.add_note(draft.id, EVIL, reader=EVIL, channel="[bold]")
    app = feedback_host(library, draft.id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert text_of(app, "#feedback-heading") == f"Feedback on {EVIL}"
        assert text_of(app, "#feedback-detail") == EVIL
        assert note_rows(app)[0][2] == "[bold]"
        await pilot.press("x")
        assert str(app.screen.query_one("#confirm-question", Static).render()) == (
            f"Delete the note from {EVIL}?")
        await pilot.press("y")
        await pilot.pause()
        assert app.is_running
    assert saved_notes(db_path, draft.id) == []


def test_tally_bolds_the_label_and_colours_each_count_on_its_own() -> None:
    text = tally_text(NoteTally(3, 2, 1, 0))
    assert text.plain == "3 notes  +2  ·1  −0"
    assert str(text.style) == ""
    assert [(text.plain[span.start:span.end], str(span.style)) for span in text.spans] == [
        ("3 notes", "bold"),
        ("+2", "bold green"),
        ("·1", "dim"),
        ("−0", "bold red"),
    ]
    assert tally_text(NoteTally(1, 0, 1, 0)).plain == "1 note  +0  ·1  −0"


class PanelHost(App[None]):
    def compose(self) -> ComposeResult:
        yield FeedbackPanel()


async def test_feedback_panel_shows_notes_and_tally(library: Library, draft_id: int) -> None:
    app = PanelHost()
    async with app.run_test(size=(60, 12)) as pilot:
        panel = app.query_one(FeedbackPanel)
        assert str(panel.query_one("#feedback-panel-tally", Static).render()) == (
            "No feedback yet")
        anonymous = Note(99, draft_id, "", "", "neutral", EVIL, "2026-11-24T14:05:00+00:00")
        notes = [*library.list_notes(draft_id), anonymous]
        panel.show(notes, NoteTally(3, 1, 1, 1))
        await pilot.pause()
        assert str(panel.query_one("#feedback-panel-tally", Static).render()) == (
            "3 notes  +1  ·1  −1")
        assert str(panel.query_one("#feedback-panel-notes", Static).render()).splitlines() == [
            "+ Ann (linkedin): Loved the hook",
            "− Bob (email): Too long for me",
            f"· anonymous: {EVIL}",
        ]
