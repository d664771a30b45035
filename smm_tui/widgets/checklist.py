"""The checklist: every check with its mark and message, and its findings beneath it.

Choosing a row posts :class:`Checklist.Jump` with the finding to move the cursor to.
All user text goes in as ``rich.text.Text``, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from smm_tui.core.model import CheckResult, Critique, Status
from smm_tui.widgets.editor import Mark

STATUS_MARKS: dict[Status, tuple[str, str]] = {
    "pass": ("✓", "bold green"),
    "warn": ("!", "bold yellow"),
    "fail": ("✗", "bold red"),
}
MAX_FINDINGS_LISTED = 5


def check_prompt(check: CheckResult) -> Text:
    mark, style = STATUS_MARKS[check.status]
    prompt = Text(f"{mark} ", style=style)
    prompt.append(check.id, style="bold")
    prompt.append(" ")
    prompt.append(check.message)
    return prompt


def finding_prompt(mark: Mark) -> Text:
    prompt = Text("   ")
    prompt.append(f"“{mark.finding.text}”", style=f"underline {_group_style(mark)}")
    if mark.finding.suggestion:
        prompt.append(" → ", style="dim")
        prompt.append(mark.finding.suggestion, style="italic")
    return prompt


def _group_style(mark: Mark) -> str:
    return "yellow" if mark.group == "shareability" else "cyan"


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

    def show(self, critique: Critique) -> None:
        """Rebuild the rows, unless nothing visible changed (keeps typing cheap)."""
        if critique.checks == self._checks:
            return
        self._checks = critique.checks
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        options: list[Option] = []
        targets: dict[str, Mark] = {}
        group = None
        for check in critique.checks:
            if check.group != group:
                group = check.group
                options.append(Option(Text(group.upper(), style="bold dim"), disabled=True))
            marks = [Mark(check.id, check.group, f) for f in check.findings]
            check_key = f"check:{check.id}"
            options.append(Option(check_prompt(check), id=check_key))
            if marks:
                targets[check_key] = marks[0]
            for index, mark in enumerate(marks[:MAX_FINDINGS_LISTED]):
                key = f"finding:{check.id}:{index}"
                targets[key] = mark
                options.append(Option(finding_prompt(mark), id=key))
            if len(marks) > MAX_FINDINGS_LISTED:
                more = len(marks) - MAX_FINDINGS_LISTED
                options.append(Option(Text(f"   … and {more} more", style="dim"), disabled=True))
        self._targets = targets
        self.set_options(options)
        if highlighted is not None:
            try:
                self.highlighted = self.get_option_index(highlighted)
            except OptionDoesNotExist:  # the row went away with its finding
                self.highlighted = None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        mark = self._targets.get(event.option.id or "")
        if mark is not None:
            self.post_message(self.Jump(mark))
