"""The two scores and the platform length meter at the top of the checklist pane."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.text import Text

from smm_tui.core.model import Critique, Length
from smm_tui.widgets.colours import colour
from smm_tui.widgets.panel import TextPanel

Palette = Callable[[str], str]

BAR_WIDTH = 20


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    filled = max(0, min(width, round(fraction * width)))
    return "█" * filled + "░" * (width - filled)


def score_role(score: int) -> str:
    return "pass" if score >= 80 else "warn" if score >= 50 else "fail"


def scores_text(critique: Critique, palette: Palette) -> Text:
    text = Text()
    for index, (name, score) in enumerate(
        (("Shareability", critique.shareability), ("Clarity", critique.clarity))
    ):
        if index:
            text.append("\n")
        text.append(f"{name:<13}", style="bold")
        style = palette(score_role(score))
        text.append(f"{score:>3} ", style=f"bold {style}")
        text.append(bar(score / 100, 12), style=style)
    return text


def length_state(length: Length) -> str:
    """"ok", "near" (90 % or more) or "over" the limit: drives the meter's colour."""
    if length.count > length.limit:
        return "over"
    return "near" if length.count >= 0.9 * length.limit else "ok"


def length_text(length: Length, platform_name: str, palette: Palette) -> Text:
    state = length_state(length)
    style = palette({"ok": "pass", "near": "warn", "over": "fail"}[state])
    text = Text()
    text.append(f"{platform_name}  ", style="bold")
    text.append(f"{length.count:,} / {length.limit:,}", style=style)
    text.append(f" {length.unit}", style="dim")
    if state == "over":
        text.append(f"  {length.count - length.limit:,} over", style=style)
    text.append("\n")
    text.append(bar(length.count / length.limit if length.limit else 1.0, 33), style=style)
    return text


class Scores(TextPanel):
    """Shareability and clarity, 0–100, with a small bar each."""

    def show(self, critique: Critique) -> None:
        self.show_text(scores_text(critique, partial(colour, self.app)))


class LengthMeter(TextPanel):
    """Count / limit in the platform's own unit; classes -near and -over colour it."""

    def show(self, length: Length, platform_name: str) -> None:
        state = length_state(length)
        self.set_class(state == "near", "-near")
        self.set_class(state == "over", "-over")
        self.show_text(length_text(length, platform_name, partial(colour, self.app)))
