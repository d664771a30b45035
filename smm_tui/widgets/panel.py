"""A fixed-size text panel that repaints only itself, and only when its text changes.

``Static.update`` asks for a layout pass by default, which makes Textual re-render the
whole screen; the checklist pane updates on every keystroke, so its panels have fixed
heights in CSS and skip the layout pass (and identical updates altogether).
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class TextPanel(Static):
    """Shows a ``rich.text.Text`` (never markup); its height comes from the stylesheet."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text: Text | None = None

    def show_text(self, text: Text) -> None:
        if text == self._text:
            return
        self._text = text
        self.update(text, layout=False)
