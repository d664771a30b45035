"""ConfirmScreen answers True or False, and shows its question literally."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Static

from smm_tui.paths import styles_dir
from smm_tui.screens.confirm import ConfirmScreen


class Host(App[None]):
    CSS_PATH = [styles_dir() / "confirm.tcss"]

    def __init__(self, screen: ConfirmScreen) -> None:
        super().__init__()
        self.start = screen
        self.results: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(self.start, self.results.append)


def widget_text(widget: Widget) -> str:
    size = widget.outer_size
    strips = widget.render_lines(Region(0, 0, size.width, size.height))
    return "\n".join(strip.text.rstrip() for strip in strips)


@pytest.mark.parametrize(
    ("keys", "answer"),
    [(["y"], True), (["enter"], True), (["n"], False), (["escape"], False)],
)
async def test_keys_answer(keys: list[str], answer: bool) -> None:
    app = Host(ConfirmScreen("Delete it?"))
    async with app.run_test() as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        assert app.results == [answer]


async def test_buttons_answer() -> None:
    app = Host(ConfirmScreen("Delete it?", "Delete"))
    async with app.run_test() as pilot:
        await pilot.click("#confirm-no")
        await pilot.pause()
        assert app.results == [False]


async def test_markup_in_question_is_literal() -> None:
    question = "Delete '[/] [@click=app.quit]x[/] [bold]x'?"
    app = Host(ConfirmScreen(question, "[bold]Go"))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert widget_text(app.screen.query_one("#confirm-question", Static)) == question
        assert "[bold]Go" in widget_text(app.screen.query_one("#confirm-yes"))
        await pilot.press("y")
        assert app.results == [True]
        assert app.is_running
