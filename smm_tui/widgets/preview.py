"""What a reader sees before "…see more" on the chosen platform."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def preview_text(preview: str | None, platform_name: str) -> Text:
    if preview is None:
        return Text(f"{platform_name} shows the whole post: no “see more” fold.", style="dim")
    text = Text()
    text.append(f"Before “see more” on {platform_name}:\n", style="bold")
    text.append(preview)
    return text


class FoldPreview(Static):
    """The fold preview; the text is the user's, so it is never parsed as markup."""

    def show(self, preview: str | None, platform_name: str) -> None:
        self.update(preview_text(preview, platform_name))
