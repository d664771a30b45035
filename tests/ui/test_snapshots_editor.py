"""Snapshots of the editor (with findings, dark 80×24 and light 200×60), help and thread view.

The fixed critic from ``app_helpers`` keeps them stable while the real checks evolve;
cursor blink is off (conftest) and nothing on these screens shows a time.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from app_helpers import AppFactory
from textual.pilot import Pilot

from smm_tui.core.library import Library

SnapCompare = Callable[..., bool]

POST = (
    "We are very proud of the the launch!! It took a year of very hard work.\n\n"
    "Try it today and tell us what you think."
)


@pytest.fixture
def editor_app(make_app: AppFactory, library: Library) -> AppFactory:
    record = library.create_draft(POST)
    library.set_state("last_draft_id", str(record.id))
    return make_app


async def settle(pilot: Pilot[None]) -> None:
    """Wait until the first critique (which runs in a thread) has landed."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_editor_with_findings_dark_80x24(editor_app: AppFactory, snap_compare: SnapCompare) -> None:
    assert snap_compare(
        editor_app(), run_before=settle, press=["f8", "f8"], terminal_size=(80, 24)
    )


def test_editor_with_findings_light_200x60(
    editor_app: AppFactory, snap_compare: SnapCompare
) -> None:
    async def light(pilot: Pilot[None]) -> None:
        await settle(pilot)
        pilot.app.theme = "textual-light"
        await pilot.pause()
        await pilot.press("f8")

    assert snap_compare(editor_app(), run_before=light, terminal_size=(200, 60))


def test_help_80x24(make_app: AppFactory, snap_compare: SnapCompare) -> None:
    assert snap_compare(make_app(), run_before=settle, press=["f1"], terminal_size=(80, 24))


def test_thread_view_100x30(editor_app: AppFactory, snap_compare: SnapCompare) -> None:
    pytest.importorskip("smm_tui.core.thread")

    async def long_post(pilot: Pilot[None]) -> None:
        await settle(pilot)
        pilot.app.editor_screen.editor.load_text(  # type: ignore[attr-defined]
            " ".join(f"Sentence number {n} of a thread that needs splitting." for n in range(12))
        )
        pilot.app.editor_screen.save_now()  # type: ignore[attr-defined]
        await settle(pilot)
        await pilot.press("f4")

    assert snap_compare(editor_app(), run_before=long_post, terminal_size=(100, 30))
