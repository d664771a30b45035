"""Snapshots of the library and feedback screens: fixed size, fixed clock, no cursor blink."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from app_helpers import Host, ticking_clock
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from smm_tui.core.library import Library
from smm_tui.screens.feedback import FeedbackScreen
from smm_tui.screens.library import SEARCH_DEBOUNCE, LibraryScreen

STYLES = ["library.tcss", "feedback.tcss", "revisions.tcss", "confirm.tcss"]

SnapCompare = Callable[..., bool]

pytestmark = pytest.mark.usefixtures("utc_local_time")


@pytest.fixture
def library_options() -> dict[str, Any]:
    return {"clock": ticking_clock(step=timedelta(minutes=7))}


@pytest.fixture
def library(library: Library) -> Library:
    """Five drafts on five platforms, in every status, and three notes on the first."""
    posts = [
        ("We launch the new app today. Tell us what you think!", "x", "draft", (78, 64)),
        ("Five lessons from our first year of remote work", "linkedin", "ready", (55, 81)),
        ("Behind the scenes: how we design a newsletter", "mastodon", "published", None),
        ("Summer sale starts Monday", "instagram", "draft", None),
        ("[bold]Markup-looking[/] title stays literal", "bluesky", "draft", (40, 90)),
    ]
    for body, platform, status, scores in posts:
        draft = library.create_draft(body, platform=platform, status=status)
        if scores:
            library.save_draft(draft.id, scores=scores)
    library.add_note(1, "Loved the hook, shared it with my team", reader="Ann",
                     channel="linkedin", sentiment="positive")
    library.add_note(1, "Too long for a phone screen", reader="Bob", channel="email",
                     sentiment="negative")
    library.add_note(1, "What does the app cost?", reader="", channel="in person")
    return library


async def settle(pilot: Pilot[Any]) -> None:
    for widget in pilot.app.screen.query("Input, TextArea"):
        assert isinstance(widget, Input | TextArea)
        widget.cursor_blink = False
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_library_80x24(snap_compare: SnapCompare, library: Library) -> None:
    app = Host(lambda: LibraryScreen(library), STYLES, "textual-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


def test_library_200x60_light(snap_compare: SnapCompare, library: Library) -> None:
    app = Host(lambda: LibraryScreen(library), STYLES, "textual-light")
    assert snap_compare(app, terminal_size=(200, 60), run_before=settle)


def test_library_search(snap_compare: SnapCompare, library: Library) -> None:
    async def search(pilot: Pilot[Any]) -> None:
        pilot.app.screen.query_one("#library-search", Input).value = "newsletter"
        await pilot.pause(SEARCH_DEBOUNCE + 0.05)
        await settle(pilot)

    app = Host(lambda: LibraryScreen(library), STYLES, "textual-dark")
    assert snap_compare(app, terminal_size=(100, 24), run_before=search)


def test_feedback(snap_compare: SnapCompare, library: Library) -> None:
    app = Host(lambda: FeedbackScreen(library, 1), STYLES, "textual-dark")
    assert snap_compare(app, terminal_size=(100, 24), run_before=settle)
