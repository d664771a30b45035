"""Every user command, declared once.

One declaration feeds the key bindings (footer + tooltip), the command palette and the
F1 help screen, so the three can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import Literal

from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider

Scope = Literal["app", "editor"]


@dataclass(frozen=True, slots=True)
class Command:
    """A user command: ``keys`` is Textual's comma-separated key list, first one shown."""

    id: str
    keys: str
    action: str
    label: str  # short, for the footer
    title: str  # longer, for the palette and help
    tooltip: str
    scope: Scope = "editor"
    show: bool = True

    @property
    def key_display(self) -> str:
        """The keys as people type them: "F1", "Ctrl+O / F2"."""
        return " / ".join(_pretty_key(key) for key in self.keys.split(","))

    def binding(self) -> Binding:
        return Binding(
            self.keys,
            self.action,
            self.label,
            show=self.show,
            id=self.id,
            tooltip=self.tooltip,
            priority=self.scope == "app",
        )


def _pretty_key(key: str) -> str:
    return "+".join(part.upper() if len(part) <= 3 else part.title() for part in key.split("+"))


COMMANDS: tuple[Command, ...] = (
    Command("help", "f1", "help", "Help", "Help: keys and commands",
            "Show every key and command.", scope="app"),
    Command("copy", "f5", "copy", "Copy", "Copy the draft",
            "Copy the whole draft to the clipboard (system clipboard and OSC 52)."),
    Command("platform", "f3", "cycle_platform", "Platform", "Next platform",
            "Switch to the next platform; the palette lists each one by name."),
    Command("thread", "f4", "thread", "Thread", "Thread view",
            "Split the draft into numbered posts that each fit the platform."),
    Command("next-finding", "f8", "next_finding", "Next", "Next finding",
            "Move the cursor to the next thing the checklist points at."),
    Command("dismiss-finding", "f9", "dismiss_finding", "Dismiss", "Dismiss finding",
            "Ignore the finding under the cursor for this draft (restorable)."),
    Command("restore-findings", "shift+f9", "restore_findings", "Restore",
            "Restore dismissed findings",
            "Bring back every finding you dismissed in this draft.", show=False),
    Command("library", "ctrl+o,f2", "library", "Library", "Open the library",
            "Browse, search and open your drafts."),
    Command("new", "ctrl+n", "new_draft", "New", "New draft",
            "Start a new empty draft (the current one is saved)."),
    Command("feedback", "ctrl+f", "feedback", "Feedback", "Feedback notes",
            "Add, edit and delete what readers said about this draft."),
    Command("revisions", "ctrl+r", "revisions", "Revisions", "Revisions",
            "Browse earlier versions of this draft, see the diff, restore one."),
    Command("theme", "f10", "toggle_theme", "Theme", "Toggle dark/light theme",
            "Switch between the dark and the light theme.", scope="app"),
    Command("quit", "ctrl+q", "quit", "Quit", "Quit",
            "Save and quit.", scope="app"),
)

COMMANDS_BY_ID = {command.id: command for command in COMMANDS}


def bindings(scope: Scope) -> list[BindingType]:
    return [command.binding() for command in COMMANDS if command.scope == scope]


def keys_markdown() -> str:
    """The README's key table, generated so it never drifts from the bindings."""
    lines = ["| Key | Command | What it does |", "|---|---|---|"]
    for command in COMMANDS:
        lines.append(f"| {command.key_display} | {command.title} | {command.tooltip} |")
    return "\n".join(lines) + "\n"


class CommandsProvider(Provider):
    """The palette entries: every command, plus "Platform: <name>" for each platform."""

    def _entries(self) -> Iterable[tuple[str, str, str]]:
        """(title, action, help) for what makes sense on the current screen."""
        from smm_tui.core.platforms import PLATFORMS
        from smm_tui.screens.editor import EditorScreen

        on_editor = isinstance(self.screen, EditorScreen)
        for command in COMMANDS:
            if command.scope == "app" or on_editor:
                yield command.title, command.action, f"{command.key_display} · {command.tooltip}"
        if on_editor:
            for platform in PLATFORMS.values():
                yield (
                    f"Platform: {platform.name}",
                    f"set_platform('{platform.id}')",
                    f"Count in {platform.unit}, limit {platform.limit:,}.",
                )

    def _run(self, action: str) -> None:
        self.app.call_later(self.app.run_action, action, self.screen)

    async def discover(self) -> Hits:
        for title, action, help_text in self._entries():
            yield DiscoveryHit(title, partial(self._run, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, action),
                          text=title, help=help_text)
