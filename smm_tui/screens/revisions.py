"""Revisions of one draft: pick one, see what changed since, and restore it."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from smm_tui.core.library import DraftRecord, Library, LibraryError, Revision
from smm_tui.screens.confirm import ConfirmScreen
from smm_tui.widgets.feedback_panel import first_line, format_time

DIFF_STYLES = (("+++", "bold"), ("---", "bold"), ("@@", "cyan"), ("+", "green"), ("-", "red"))


def diff_text(diff: str) -> Text:
    """Colour a unified diff line by line; the lines are user text, so never markup."""
    if not diff.strip():
        return Text("No changes: this revision matches the current text.", style="dim")
    text = Text()
    for line in diff.splitlines():
        style = next((s for prefix, s in DIFF_STYLES if line.startswith(prefix)), "")
        text.append(line + "\n", style=style)
    text.rstrip()
    return text


def revision_label(revision: Revision) -> Text:
    label = Text(format_time(revision.created), style="bold")
    label.append("  ")
    label.append(first_line(revision.body) or "(empty)", style="" if revision.body else "dim")
    label.no_wrap = True
    label.overflow = "ellipsis"
    return label


class RevisionsScreen(ModalScreen[DraftRecord | None]):
    """Dismisses with the restored DraftRecord, or None when the user closes it."""

    BINDINGS = [
        Binding("r", "restore", "Restore", id="revisions.restore",
                tooltip="Make the highlighted revision the current text (asks first)"),
        Binding("escape", "close", "Close", id="revisions.close", tooltip="Back to the draft"),
    ]

    def __init__(self, library: Library, draft_id: int) -> None:
        super().__init__()
        self.library = library
        self.draft_id = draft_id
        self.revisions: list[Revision] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="revisions-dialog"):
            yield Static(Text("Revisions", style="bold"), id="revisions-heading")
            with Horizontal(id="revisions-body"):
                yield OptionList(id="revisions-list")
                with VerticalScroll(id="revisions-diff-pane"):
                    yield Static(id="revisions-diff")
        yield Footer()

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        try:
            self.revisions = self.library.list_revisions(self.draft_id)
        except LibraryError as error:
            self._error(error)
        option_list.add_options(
            Option(revision_label(revision), id=str(revision.id)) for revision in self.revisions
        )
        if self.revisions:
            option_list.highlighted = 0
        else:
            self.query_one("#revisions-diff", Static).update(
                Text("No revisions yet: they are recorded as the draft changes.", style="dim"))
        option_list.focus()

    @property
    def highlighted(self) -> Revision | None:
        index = self.query_one(OptionList).highlighted
        return None if index is None else self.revisions[index]

    @on(OptionList.OptionHighlighted)
    def _show_diff(self) -> None:
        revision = self.highlighted
        if revision is None:
            return
        try:
            diff = self.library.diff_revision(revision.id)
        except LibraryError as error:
            self._error(error)
            return
        self.query_one("#revisions-diff", Static).update(diff_text(diff))
        self.query_one("#revisions-diff-pane", VerticalScroll).scroll_home(animate=False)

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_restore()

    def action_restore(self) -> None:
        revision = self.highlighted
        if revision is None:
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                record = self.library.restore_revision(revision.id)
            except LibraryError as error:
                self._error(error)
                return
            self.dismiss(record)

        question = (f"Restore the revision from {format_time(revision.created)}? "
                    "The current text stays in the history.")
        self.app.push_screen(ConfirmScreen(question, "Restore"), confirmed)

    def action_close(self) -> None:
        self.dismiss(None)

    def _error(self, error: LibraryError) -> None:
        self.notify(str(error), title="Revisions", severity="error", markup=False)
