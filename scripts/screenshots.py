"""Make the README's screenshots with Textual's own SVG export.

Run: ``.venv/bin/python scripts/screenshots.py`` → ``docs/editor.svg``, ``docs/library.svg``.
It uses a throw-away library in a temporary folder, never the user's.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Footer, Input, TextArea

from smm_tui.app import SmmApp
from smm_tui.config import Settings
from smm_tui.core.library import Library
from smm_tui.screens.library import LibraryScreen

DOCS = Path(__file__).resolve().parent.parent / "docs"
SIZE = (120, 34)
SETTLE_TIMEOUT = 20.0

POST = """We are really excited to announce our new analytics dashboard!!

It was designed by our team over many months to help you leverage your data \
and move the needle. Very simply, it shows what works.

What would you track first? Tell us in the comments.
#ProductLaunch #Analytics"""

OTHERS = (
    ("Five lessons from our first year of remote work", "linkedin", "ready"),
    ("Behind the scenes: how we design a newsletter", "mastodon", "published"),
    ("Summer sale starts Monday. Free shipping all week.", "instagram", "draft"),
    ("Thread: what we learned shipping a 2.0", "x", "draft"),
)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until the footer lists its keys and two frames in a row are the same.

    Showing a screen refreshes its bindings several times, and each refresh rebuilds the
    Footer, which is empty while it is rebuilt: a screenshot taken after a fixed pause
    caught that empty footer whenever the machine was busy.
    """
    app = pilot.app
    previous = None
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while time.monotonic() < deadline:
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        frame = app.export_screenshot()
        if app.screen.query_one(Footer).children and frame == previous:
            return
        previous = frame
    raise RuntimeError(f"the {type(app.screen).__name__} did not settle in {SETTLE_TIMEOUT} s")


async def capture(folder: Path) -> None:
    library = Library.open(folder / "library.db")
    for body, platform, status in OTHERS:
        library.create_draft(body, platform=platform, status=status)
    draft = library.create_draft(POST, platform="linkedin")
    library.add_note(draft.id, "Love the chart view.", reader="Ana", channel="LinkedIn",
                     sentiment="positive")
    library.add_note(draft.id, "Which data sources?", reader="Raj", channel="email")
    library.set_state("last_draft_id", str(draft.id))
    app = SmmApp(library, Settings())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        app.save_screenshot("editor.svg", str(DOCS))
        await app.push_screen(LibraryScreen(library))
        await settle(pilot)
        app.save_screenshot("library.svg", str(DOCS))
    library.close()


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    TextArea.cursor_blink = False  # type: ignore[assignment]
    Input.cursor_blink = False  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(capture(Path(folder)))
    print(f"wrote {DOCS / 'editor.svg'} and {DOCS / 'library.svg'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
