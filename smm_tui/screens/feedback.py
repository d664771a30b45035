"""Reader feedback for one draft: the notes, their tally, and a form to add or edit one."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, DataTable, Footer, Input, Label, Select, Static, TextArea

from smm_tui.core.library import SENTIMENTS, Library, LibraryError, Note
from smm_tui.core.platforms import PLATFORMS
from smm_tui.screens.confirm import ConfirmScreen
from smm_tui.widgets.feedback_panel import first_line, format_time, sentiment_text, tally_text

CHANNEL_SUGGESTIONS = [*PLATFORMS, "email", "in person", "other"]


@dataclass(frozen=True)
class NoteInput:
    """What the note form returns; the caller decides whether it is an add or an edit."""

    reader: str
    channel: str
    sentiment: str
    text: str


class NoteForm(ModalScreen[NoteInput | None]):
    """Fields for one note. Dismisses with a NoteInput, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save", tooltip="Save this note"),
        Binding("escape", "cancel", "Cancel", id="note.cancel",
                tooltip="Close the form without saving"),
    ]

    def __init__(self, note: Note | None = None) -> None:
        super().__init__()
        self.note = note

    def compose(self) -> ComposeResult:
        note = self.note
        with Vertical(id="note-form"):
            yield Label("Edit note" if note else "Add a note", id="note-form-heading")
            with Horizontal(classes="note-row"):
                with Vertical(classes="note-field"):
                    yield Label("Reader")
                    yield Input(note.reader if note else "", placeholder="Who said it",
                                id="note-reader")
                with Vertical(classes="note-field"):
                    yield Label("Channel")
                    yield Input(
                        note.channel if note else "", placeholder="linkedin, email…",
                        suggester=SuggestFromList(CHANNEL_SUGGESTIONS, case_sensitive=False),
                        id="note-channel",
                    )
                with Vertical(classes="note-field"):
                    yield Label("Sentiment")
                    yield Select(
                        [(s.capitalize(), s) for s in SENTIMENTS],
                        value=note.sentiment if note and note.sentiment in SENTIMENTS
                        else "neutral",
                        allow_blank=False, id="note-sentiment",
                    )
            yield Label("What they said")
            yield TextArea(note.text if note else "", id="note-text")
            with Horizontal(id="note-buttons"):
                yield Button("Save", variant="primary", id="note-save")
                yield Button("Cancel", id="note-cancel")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#note-text" if self.note else "#note-reader").focus()

    @on(Button.Pressed, "#note-save")
    def action_save(self) -> None:
        text = self.query_one("#note-text", TextArea).text
        if not text.strip():
            self.notify("Write what the reader said before saving.", severity="warning",
                        markup=False)
            self.query_one("#note-text", TextArea).focus()
            return
        sentiment = self.query_one("#note-sentiment", Select).value
        self.dismiss(NoteInput(
            reader=self.query_one("#note-reader", Input).value.strip(),
            channel=self.query_one("#note-channel", Input).value.strip(),
            sentiment=sentiment if isinstance(sentiment, str) else "neutral",
            text=text.strip(),
        ))

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class FeedbackScreen(ModalScreen[None]):
    """Every note readers gave on one draft, with add, edit and delete."""

    BINDINGS = [
        Binding("a", "add", "Add", id="feedback.add", tooltip="Record a new reader note"),
        Binding("e", "edit", "Edit", id="feedback.edit", tooltip="Edit the highlighted note"),
        Binding("x,delete", "delete", "Delete", id="feedback.delete",
                tooltip="Delete the highlighted note (asks first)"),
        Binding("escape", "close", "Close", id="feedback.close",
                tooltip="Back to the draft"),
    ]

    def __init__(self, library: Library, draft_id: int) -> None:
        super().__init__()
        self.library = library
        self.draft_id = draft_id
        self.notes: list[Note] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="feedback-dialog"):
            yield Static(id="feedback-heading")
            yield Static(id="feedback-tally")
            yield DataTable(id="feedback-table", cursor_type="row")
            yield Static(id="feedback-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Date", width=16, key="date")
        table.add_column("Reader", width=14, key="reader")
        table.add_column("Channel", width=10, key="channel")
        table.add_column("Sentiment", width=10, key="sentiment")
        # The dialog is 90% of the screen (at most 120 wide); the note takes what is left.
        dialog_width = min(int(self.app.size.width * 0.9), 120)
        table.add_column("Note", width=max(10, dialog_width - 4 - 60 - 2), key="text")
        try:
            title = self.library.get_draft(self.draft_id).title
        except LibraryError as error:
            title = ""
            self._error(error)
        heading = Text("Feedback on ", style="bold")
        heading.append(title or "Untitled", style="bold italic")
        self.query_one("#feedback-heading", Static).update(heading)
        self.refresh_notes()
        table.focus()

    def refresh_notes(self, select_id: int | None = None) -> None:
        """Reload notes and tally from the library, keeping or moving the cursor."""
        table = self.query_one(DataTable)
        keep = select_id if select_id is not None else self.highlighted_id
        try:
            self.notes = self.library.list_notes(self.draft_id)
            tally = self.library.note_tally(self.draft_id)
        except LibraryError as error:
            self._error(error)
            return
        table.clear()
        for note in self.notes:
            table.add_row(
                Text(format_time(note.created)),
                Text(note.reader or "anonymous", no_wrap=True, overflow="ellipsis"),
                Text(note.channel, no_wrap=True, overflow="ellipsis"),
                sentiment_text(note.sentiment),
                Text(first_line(note.text), no_wrap=True, overflow="ellipsis"),
                key=str(note.id),
            )
        ids = [note.id for note in self.notes]
        if keep in ids:
            table.move_cursor(row=ids.index(keep))
        tally_line = tally_text(tally) if self.notes else Text(
            "No feedback yet: press a to record what a reader said.", style="dim")
        self.query_one("#feedback-tally", Static).update(tally_line)
        self._update_detail()

    @property
    def highlighted_id(self) -> int | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        value = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(value) if value is not None else None

    @property
    def highlighted(self) -> Note | None:
        note_id = self.highlighted_id
        return next((note for note in self.notes if note.id == note_id), None)

    def _update_detail(self) -> None:
        note = self.highlighted
        self.query_one("#feedback-detail", Static).update(Text(note.text) if note else "")

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self) -> None:
        self._update_detail()

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def action_add(self) -> None:
        def added(result: NoteInput | None) -> None:
            if result is None:
                return
            try:
                note = self.library.add_note(
                    self.draft_id, result.text, reader=result.reader,
                    channel=result.channel, sentiment=result.sentiment,
                )
            except LibraryError as error:
                self._error(error)
                return
            self.refresh_notes(select_id=note.id)

        self.app.push_screen(NoteForm(), added)

    def action_edit(self) -> None:
        note = self.highlighted
        if note is None:
            return

        def edited(result: NoteInput | None) -> None:
            if result is None:
                return
            try:
                self.library.update_note(
                    note.id, text=result.text, reader=result.reader,
                    channel=result.channel, sentiment=result.sentiment,
                )
            except LibraryError as error:
                self._error(error)
                return
            self.refresh_notes(select_id=note.id)

        self.app.push_screen(NoteForm(note), edited)

    def action_delete(self) -> None:
        note = self.highlighted
        if note is None:
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.library.delete_note(note.id)
            except LibraryError as error:
                self._error(error)
                return
            self.refresh_notes()

        who = note.reader or "an anonymous reader"
        self.app.push_screen(ConfirmScreen(f"Delete the note from {who}?", "Delete"), confirmed)

    def action_close(self) -> None:
        self.dismiss(None)

    def _error(self, error: LibraryError) -> None:
        self.notify(str(error), title="Feedback", severity="error", markup=False)
