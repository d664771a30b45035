"""What a reader sees before "…see more" on the chosen platform."""

from __future__ import annotations

from rich.text import Text

from smm_tui.core.platforms import Platform
from smm_tui.widgets.panel import TextPanel


def preview_text(preview: str | None, platform: Platform) -> Text:
    """``preview`` is None when nothing is cut: no fold, or the post fits before it."""
    if platform.fold is None:
        return Text(f"{platform.name} shows the whole post: no “see more” fold.", style="dim")
    if preview is None:
        return Text(f"The whole post shows before “see more” on {platform.name}.", style="dim")
    text = Text()
    text.append(f"Before “see more” on {platform.name}:\n", style="bold")
    text.append(preview)  # the user's words: plain text, never markup
    text.append(" …see more", style="dim")
    return text


class FoldPreview(TextPanel):
    """The fold preview; the text is the user's, so it is never parsed as markup."""

    def show(self, preview: str | None, platform: Platform) -> None:
        self.show_text(preview_text(preview, platform))
