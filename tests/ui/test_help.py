"""Keys and help: one declaration feeds the bindings, the palette, the help screen and README."""

from __future__ import annotations

from app_helpers import AppFactory
from rich.console import Console
from textual.widgets import Static

from smm_tui.app import SmmApp
from smm_tui.commands import COMMANDS, CommandsProvider, keys_markdown
from smm_tui.core.platforms import PLATFORMS
from smm_tui.screens.editor import EditorScreen
from smm_tui.screens.help import HelpScreen


def as_text(renderable: object, width: int = 160) -> str:
    console = Console(width=width, record=True, file=None, color_system=None)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def test_every_command_has_a_binding_with_id_and_tooltip_in_the_footer() -> None:
    bound = {
        binding.id: binding
        for binding in [*EditorScreen.BINDINGS, *SmmApp.BINDINGS]
        if not isinstance(binding, tuple) and binding.id
    }
    for command in COMMANDS:
        binding = bound[command.id]
        assert binding.key == command.keys and binding.action == command.action
        assert binding.tooltip == command.tooltip and binding.description == command.label
    assert [c.id for c in COMMANDS if not c.show] == ["restore-findings"]


def test_keys_markdown_has_one_row_per_command() -> None:
    rows = keys_markdown().splitlines()
    assert rows[:2] == ["| Key | Command | What it does |", "|---|---|---|"]
    assert len(rows) == 2 + len(COMMANDS)
    assert "| Ctrl+O / F2 | Open the library | Browse, search and open your drafts. |" in rows
    assert "| F1 | Help: keys and commands | Show every key and command. |" in rows


async def test_f1_lists_every_command_and_closes(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        table = as_text(app.screen.query_one("#help-keys", Static).content)
        for command in COMMANDS:
            assert command.key_display in table and command.title in table
        await pilot.press("escape")
        assert isinstance(app.screen, EditorScreen)


async def test_palette_offers_every_command_and_each_platform(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        provider = CommandsProvider(app.screen)
        titles = [hit.text async for hit in provider.discover()]
        assert titles[: len(COMMANDS)] == [command.title for command in COMMANDS]
        assert titles[len(COMMANDS) :] == [f"Platform: {p.name}" for p in PLATFORMS.values()]
        hits = [hit async for hit in provider.search("platform linkedin")]
        assert hits and hits[0].text == "Platform: LinkedIn"
        hits[0].command()
        await pilot.pause()
        assert app.editor_screen.platform == "linkedin"


async def test_palette_on_another_screen_offers_only_app_commands(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f1")
        provider = CommandsProvider(app.screen)
        titles = [hit.text async for hit in provider.discover()]
        assert titles == [c.title for c in COMMANDS if c.scope == "app"]
