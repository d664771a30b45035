"""The thread view: the draft split into numbered posts that each fit the platform."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from smm_tui.core.platforms import get_platform
from smm_tui.core.thread import ThreadPart, split_thread


def part_prompt(index: int, total: int, part: ThreadPart) -> Text:
    over = part.count > part.limit
    prompt = Text()
    prompt.append(f"Post {index}/{total}", style="bold")
    prompt.append(f"  {part.count:,} / {part.limit:,}", style="bold red" if over else "green")
    prompt.append("\n")
    prompt.append(part.text)  # the user's words: plain text, never markup
    return prompt


class ThreadScreen(ModalScreen[None]):
    """Lists the parts with their counts; Enter, C or F5 copies the highlighted part."""

    BINDINGS = [
        Binding("f5,c", "copy_part", "Copy part", id="thread.copy",
                tooltip="Copy the highlighted post to the clipboard."),
        Binding("escape,f4", "dismiss", "Close", id="thread.close",
                tooltip="Back to the editor."),
    ]

    def __init__(self, text: str, platform: str) -> None:
        super().__init__()
        self.platform = get_platform(platform)
        self.parts: list[ThreadPart] = split_thread(text, self.platform.id) if text.strip() else []

    def compose(self) -> ComposeResult:
        with Vertical(id="thread-dialog"):
            count = len(self.parts)
            heading = Text()
            heading.append(f"Thread for {self.platform.name}: ", style="bold")
            heading.append(f"{count} post{'s' if count != 1 else ''}" if count else "nothing yet",
                           style="bold")
            heading.append(f"  (counted in {self.platform.unit})", style="dim")
            yield Static(heading, id="thread-heading")
            options = [
                Option(part_prompt(i, count, part), id=f"part-{i}")
                for i, part in enumerate(self.parts, start=1)
            ]
            yield OptionList(*options, id="thread-parts")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        parts = self.query_one("#thread-parts", OptionList)
        if self.parts:
            parts.highlighted = 0
        parts.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_copy_part()

    def action_copy_part(self) -> None:
        from smm_tui.app import SmmApp

        index = self.query_one("#thread-parts", OptionList).highlighted
        if index is None or not self.parts:
            self.notify("Nothing to copy.")
            return
        assert isinstance(self.app, SmmApp)
        self.app.copy_text(self.parts[index].text, what=f"post {index + 1}/{len(self.parts)}")
