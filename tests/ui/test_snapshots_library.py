"""Snapshots of the library and feedback screens: fixed size, fixed clock, no cursor blink."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea

from smm_tui.core.library import Library
from smm_tui.paths import styles_dir
from smm_tui.screens.feedback import FeedbackScreen
from smm_tui.screens.library import SEARCH_DEBOUNCE, LibraryScreen

START = datetime(2026, 11, 24, 14, 5, tzinfo=UTC)
STYLES = ["library.tcss", "feedback.tcss", "revisions.tcss", "confirm.tcss"]

SnapCompare = Callable[..., bool]


class Host(App[None]):
    CSS_PATH = [styles_dir() / name for name in STYLES]

    def __init__(self, make_screen: Callable[[], Screen[Any]], theme: str) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.start_theme = theme

    def on_mount(self) -> None:
        self.theme = self.start_theme
        self.push_screen(self.make_screen())


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    ticks = itertools.count()
    lib = Library.open(tmp_path / "library.db",
                       clock=lambda: START + timedelta(minutes=7 * next(ticks)))
    posts = [
        ("We launch the new app today. Tell us what you think!", "x", "draft", (78, 64)),
        ("Five lessons from our first year of remote work", "linkedin", "ready", (55, 81)),
        ("Behind the scenes: how we design a newsletter", "mastodon", "published", None),
        ("Summer sale starts Monday", "instagram", "draft", None),
        ("[bold]Markup-looking[/] title stays literal", "bluesky", "draft", (40, 90)),
    ]
    for body, platform, status, scores in posts:
        draft = lib.create_draft(body, platform=platform, status=status)
        if scores:
            lib.save_draft(draft.id, scores=scores)
    lib.add_note(1, "Loved the hook, shared it with my team", reader="Ann",
                 channel="linkedin", sentiment="positive")
    lib.add_note(1, "Too long for a phone screen", reader="Bob", channel="email",
                 sentiment="negative")
    lib.add_note(1, "What does the app cost?", reader="", channel="in person")
    yield lib
    lib.close()


async def settle(pilot: Pilot[Any]) -> None:
    for widget in pilot.app.screen.query("Input, TextArea"):
        assert isinstance(widget, Input | TextArea)
        widget.cursor_blink = False
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_library_80x24(snap_compare: SnapCompare, library: Library) -> None:
    app = Host(lambda: LibraryScreen(library), "textual-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


def test_library_200x60_light(snap_compare: SnapCompare, library: Library) -> None:
    app = Host(lambda: LibraryScreen(library), "textual-light")
    assert snap_compare(app, terminal_size=(200, 60), run_before=settle)


def test_library_search(snap_compare: SnapCompare, library: Library) -> None:
    async def search(pilot: Pilot[Any]) -> None:
        pilot.app.screen.query_one("#library-search", Input).value = "newsletter"
        await pilot.pause(SEARCH_DEBOUNCE + 0.05)
        await settle(pilot)

    app = Host(lambda: LibraryScreen(library), "textual-dark")
    assert snap_compare(app, terminal_size=(100, 24), run_before=search)


def test_feedback(snap_compare: SnapCompare, library: Library) -> None:
    app = Host(lambda: FeedbackScreen(library, 1), "textual-dark")
    assert snap_compare(app, terminal_size=(100, 24), run_before=settle)
