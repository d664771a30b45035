"""F1: every key and command, generated from the one declaration in ``commands``."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from smm_tui.commands import COMMANDS

# TextArea's own editing keys, which people look for on the same page.
EDITING_KEYS: tuple[tuple[str, str], ...] = (
    ("Ctrl+Z", "Undo"),
    ("Ctrl+Y", "Redo"),
    ("Ctrl+X/C/V", "Cut / copy the selection / paste"),
    ("F7", "Select all"),
    ("Ctrl+P", "Command palette: every command above, and “Platform: <name>”"),
    ("Tab", "Move focus to the checklist (Enter on a row jumps to it)"),
)


def keys_table() -> Table:
    table = Table(box=None, expand=True, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("Key", no_wrap=True, style="bold", min_width=12)
    table.add_column("Command", ratio=1)
    for command in COMMANDS:
        line = Text(command.title, style="bold")
        line.append(f" — {command.tooltip}", style="dim")
        table.add_row(command.key_display, line)
    table.add_row("", "")
    for keys, description in EDITING_KEYS:
        table.add_row(keys, description)
    return table


class HelpScreen(ModalScreen[None]):
    """A scrollable key table; Escape, F1 or Q closes it."""

    BINDINGS = [
        Binding("escape,f1,q", "dismiss", "Close", id="help.close", tooltip="Close help."),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static(Text("smm-tui keys", style="bold"), id="help-title")
            yield Static(keys_table(), id="help-keys")
        yield Footer(compact=True)
