"""The draft editor: a TextArea that tints and underlines the checklist's findings."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.widgets import TextArea
from textual.widgets.text_area import Document

from smm_tui.core.model import Critique, Finding, Group

PLACEHOLDER = (
    "Write your post here. The checklist on the right scores it as you type. "
    "F1 lists every key."
)


@dataclass(frozen=True, slots=True)
class Mark:
    """A finding placed in the text, with the check and group it came from."""

    check_id: str
    group: Group
    finding: Finding

    @property
    def start(self) -> int:
        return self.finding.start

    @property
    def end(self) -> int:
        return self.finding.end


def marks_of(critique: Critique) -> list[Mark]:
    """Every finding of a critique, in text order."""
    marks = [
        Mark(check.id, check.group, finding)
        for check in critique.checks
        for finding in check.findings
    ]
    marks.sort(key=lambda mark: (mark.start, mark.end))
    return marks


class DraftEditor(TextArea):
    """Soft-wrapped plain-text editor with finding highlights by group.

    Highlights are added in ``get_line`` (TextArea's documented styling hook), so they
    sit under the cursor-line and selection styles and stay readable on the cursor line.
    A mark whose text no longer matches the document (typed over since the critique ran)
    is simply not drawn until the next critique arrives.
    """

    COMPONENT_CLASSES = {"draft-editor--shareability", "draft-editor--clarity"}

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(
            text,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            placeholder=PLACEHOLDER,
            id=id,
        )
        self.marks: list[Mark] = []
        self._line_spans: dict[int, list[tuple[int, int, Group]]] = {}
        self._mark_styles: dict[tuple[str, str], Style] = {}

    def show_marks(self, marks: Sequence[Mark]) -> None:
        """Draw ``marks`` (offsets into ``self.text``) and keep them for navigation."""
        text = self.text
        self.marks = [m for m in marks if text[m.start : m.end] == m.finding.text]
        self._line_spans = self._spans_by_line(text, self.marks)
        self._line_cache.clear()
        self.refresh()

    def _spans_by_line(
        self, text: str, marks: Iterable[Mark]
    ) -> dict[int, list[tuple[int, int, Group]]]:
        newline = len(self.document.newline)
        starts = [0]
        for line in text.split(self.document.newline)[:-1]:
            starts.append(starts[-1] + len(line) + newline)
        spans: dict[int, list[tuple[int, int, Group]]] = defaultdict(list)
        for mark in marks:
            first = bisect_right(starts, mark.start) - 1
            last = bisect_right(starts, max(mark.start, mark.end - 1)) - 1
            for row in range(first, last + 1):
                begin = max(mark.start, starts[row]) - starts[row]
                end = mark.end - starts[row]
                spans[row].append((begin, end, mark.group))
        return dict(spans)

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        for start, end, group in self._line_spans.get(line_index, ()):
            line.stylize(self.mark_style(group), start, min(end, len(line)))
        return line

    def mark_style(self, group: Group) -> Style:
        """The group's CSS (colour, translucent tint, underline) as one opaque Rich style."""
        key = (group, self.app.theme)
        style = self._mark_styles.get(key)
        if style is None:
            css = self.get_component_styles(f"draft-editor--{group}")
            tint = self.background_colors[1] + css.background
            style = Style(
                color=css.color.rich_color,
                bgcolor=tint.rich_color,
                underline=True,
                bold=css.text_style.bold,
            )
            self._mark_styles[key] = style
        return style

    # --- cursor <-> offsets ---------------------------------------------------------

    @property
    def _plain_document(self) -> Document:
        assert isinstance(self.document, Document)  # no language, so always a plain Document
        return self.document

    @property
    def cursor_offset(self) -> int:
        return self._plain_document.get_index_from_location(self.cursor_location)

    def move_to_offset(self, offset: int) -> None:
        document = self._plain_document
        location = document.get_location_from_index(min(offset, len(self.text)))
        self.move_cursor(location, center=True)

    def mark_at_cursor(self) -> Mark | None:
        """The mark the cursor is in (or just after), if any."""
        offset = self.cursor_offset
        for mark in self.marks:
            if mark.start <= offset <= mark.end:
                return mark
        return None

    def next_mark(self) -> Mark | None:
        """The first mark starting after the cursor, wrapping round to the first."""
        if not self.marks:
            return None
        offset = self.cursor_offset
        for mark in self.marks:
            if mark.start > offset:
                return mark
        return self.marks[0]
