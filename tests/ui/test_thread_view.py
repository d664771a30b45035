"""The thread view: numbered posts that each fit, each with its count, each copyable."""

from __future__ import annotations

import pytest
from app_helpers import EVIL, AppFactory, FakeClipboard
from textual.widgets import OptionList

pytest.importorskip("smm_tui.core.thread")

from smm_tui.core.thread import split_thread

from smm_tui.screens.editor import EditorScreen
from smm_tui.screens.thread import ThreadScreen

LONG = " ".join(f"Sentence {n} of a long post {EVIL}." for n in range(40))


def prompts(screen: ThreadScreen) -> list[str]:
    parts = screen.query_one("#thread-parts", OptionList)
    return [str(parts.get_option_at_index(i).prompt) for i in range(parts.option_count)]


async def test_thread_view_lists_every_part_with_its_count(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.editor_screen.editor.load_text(LONG)
        await pilot.pause()
        await pilot.press("f4")
        screen = app.screen
        assert isinstance(screen, ThreadScreen)
        expected = split_thread(LONG, "x")
        assert len(expected) > 1 and screen.parts == expected
        shown = prompts(screen)
        for index, (prompt, part) in enumerate(zip(shown, expected, strict=True), start=1):
            header = f"Post {index}/{len(expected)}  {part.count:,} / {part.limit:,}"
            assert prompt == f"{header}\n{part.text}"  # the markup-looking text stays literal
        await pilot.press("escape")
        assert isinstance(app.screen, EditorScreen)


async def test_each_part_can_be_copied(make_app: AppFactory) -> None:
    clipboard = FakeClipboard()
    app = make_app(clipboard=clipboard)
    async with app.run_test(size=(120, 40)) as pilot:
        app.editor_screen.editor.load_text(LONG)
        await pilot.pause()
        await pilot.press("f3")  # Bluesky: a different limit and unit
        await pilot.press("f4")
        parts = split_thread(LONG, "bluesky")
        await pilot.press("down", "enter")
        await pilot.press("c")
        await app.workers.wait_for_complete()
        assert clipboard.copied == [parts[1].text, parts[1].text]
        assert app.clipboard == parts[1].text


async def test_an_empty_draft_has_nothing_to_split(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4")
        assert isinstance(app.screen, ThreadScreen)
        assert prompts(app.screen) == []
        await pilot.press("c")
        assert app.is_running
