"""The checklist: every check with its mark and message, and its findings beneath it.

Choosing a row posts :class:`Checklist.Jump` with the finding to move the cursor to.
All user text goes in as ``rich.text.Text``, never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from smm_tui.core.model import CheckResult, Critique, Status
from smm_tui.widgets.colours import colour
from smm_tui.widgets.editor import Mark

STATUS_MARKS: dict[Status, str] = {"pass": "✓", "warn": "!", "fail": "✗"}
MAX_FINDINGS_LISTED = 5
Palette = Callable[[str], str]
"""Role ("pass", "clarity"…) -> a colour of the current theme."""


def check_prompt(check: CheckResult, palette: Palette) -> Text:
    prompt = Text()
    prompt.append(f"{STATUS_MARKS[check.status]} ", style=f"bold {palette(check.status)}")
    prompt.append(check.id, style="bold")
    prompt.append(" ")
    prompt.append(check.message)
    return prompt


def finding_prompt(mark: Mark, palette: Palette) -> Text:
    prompt = Text("   ")
    prompt.append(f"“{mark.finding.excerpt()}”", style=f"underline {palette(mark.group)}")
    if mark.finding.suggestion:
        prompt.append(" → ", style="dim")
        prompt.append(mark.finding.suggestion, style="italic")
    return prompt


class Checklist(OptionList):
    """One row per check, one per finding; Enter or a click jumps to it in the text."""

    class Jump(Message):
        """The user chose a check or finding that points into the text."""

        def __init__(self, mark: Mark) -> None:
            super().__init__()
            self.mark = mark

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._checks: tuple[CheckResult, ...] | None = None
        self._targets: dict[str, Mark] = {}
        self._row_ids: list[str | None] = []
        self._prompts: dict[str, object] = {}

    def restyle(self) -> None:
        """Rebuild with the current theme's colours."""
        self._checks = None
        self._row_ids = []

    def show(self, critique: Critique) -> None:
        """Update the rows; typing usually changes one message, so patch rather than rebuild."""
        if critique.checks == self._checks:
            return
        self._checks = critique.checks
        options, targets = self._rows(critique)
        self._targets = targets
        if [option.id for option in options] == self._row_ids:
            for index, option in enumerate(options):
                if option.id and self._prompts.get(option.id) != option.prompt:
                    self.replace_option_prompt_at_index(index, option.prompt)
        else:
            self._rebuild(options)
        self._prompts = {option.id: option.prompt for option in options if option.id}

    def _rebuild(self, options: list[Option]) -> None:
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        self._row_ids = [option.id for option in options]
        self.set_options(options)
        if highlighted is not None:
            try:
                self.highlighted = self.get_option_index(highlighted)
            except OptionDoesNotExist:  # the row went away with its finding
                self.highlighted = None

    def _rows(self, critique: Critique) -> tuple[list[Option], dict[str, Mark]]:
        palette = partial(colour, self.app)
        options: list[Option] = []
        targets: dict[str, Mark] = {}
        group = None
        for check in critique.checks:
            if check.group != group:
                group = check.group
                options.append(
                    Option(Text(group.upper(), style="bold dim"), id=f"group:{group}",
                           disabled=True)
                )
            marks = [Mark(check.id, check.group, f) for f in check.findings]
            check_key = f"check:{check.id}"
            options.append(Option(check_prompt(check, palette), id=check_key))
            if marks:
                targets[check_key] = marks[0]
            for index, mark in enumerate(marks[:MAX_FINDINGS_LISTED]):
                key = f"finding:{check.id}:{index}"
                targets[key] = mark
                options.append(Option(finding_prompt(mark, palette), id=key))
            if len(marks) > MAX_FINDINGS_LISTED:
                more = len(marks) - MAX_FINDINGS_LISTED
                options.append(
                    Option(Text(f"   … and {more} more", style="dim"), id=f"more:{check.id}",
                           disabled=True)
                )
        return options, targets

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        mark = self._targets.get(event.option.id or "")
        if mark is not None:
            self.post_message(self.Jump(mark))
