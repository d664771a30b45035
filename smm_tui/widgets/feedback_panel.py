"""A compact list of reader notes plus their tally, for the editor to dock beside the text."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from smm_tui.core.library import Note, NoteTally

SENTIMENT_MARKS: dict[str, tuple[str, str]] = {
    "positive": ("+", "bold green"),
    "neutral": ("·", "dim"),
    "negative": ("−", "bold red"),
}


def format_time(iso: str) -> str:
    """Show a stored UTC ISO timestamp as local "YYYY-MM-DD HH:MM"; odd values pass through."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def sentiment_text(sentiment: str) -> Text:
    mark, style = SENTIMENT_MARKS.get(sentiment, ("?", ""))
    return Text(f"{mark} {sentiment}", style=style)


def tally_text(tally: NoteTally) -> Text:
    """"3 notes  +2  ·1  −0": the label bold, each count in its own sentiment's style only."""
    text = Text()
    text.append(f"{tally.count} note{'s' if tally.count != 1 else ''}", style="bold")
    for sentiment, count in (
        ("positive", tally.positive),
        ("neutral", tally.neutral),
        ("negative", tally.negative),
    ):
        mark, style = SENTIMENT_MARKS[sentiment]
        text.append("  ")
        text.append(f"{mark}{count}", style=style)
    return text


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def note_line(note: Note) -> Text:
    """One note on one line: mark, reader (channel): first line of the text. Never markup."""
    mark, style = SENTIMENT_MARKS.get(note.sentiment, ("?", ""))
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(f"{mark} ", style=style)
    who = note.reader or "anonymous"
    line.append(who, style="bold")
    if note.channel:
        line.append(f" ({note.channel})", style="dim")
    line.append(": ")
    line.append(first_line(note.text))
    return line


class FeedbackPanel(VerticalScroll):
    """Shows the tally and one line per note; the owner calls :meth:`show` after changes."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._notes: list[Note] = []
        self._tally = NoteTally(0, 0, 0, 0)

    def compose(self) -> ComposeResult:
        yield Static(id="feedback-panel-tally")
        yield Static(id="feedback-panel-notes")

    def on_mount(self) -> None:
        self._refresh_content()

    def show(self, notes: list[Note], tally: NoteTally) -> None:
        """Replace what the panel lists; safe to call before the panel is mounted."""
        self._notes = list(notes)
        self._tally = tally
        if self.is_mounted:
            self._refresh_content()

    def _refresh_content(self) -> None:
        tally_widget = self.query_one("#feedback-panel-tally", Static)
        notes_widget = self.query_one("#feedback-panel-notes", Static)
        if not self._notes:
            tally_widget.update(Text("No feedback yet", style="dim"))
            notes_widget.update("")
            return
        tally_widget.update(tally_text(self._tally))
        separator = Text("\n", no_wrap=True, overflow="ellipsis")
        notes_widget.update(separator.join(note_line(note) for note in self._notes))
