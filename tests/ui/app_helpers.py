"""Shared by the app's UI tests: a fixed critic, a fake clipboard, hostile text,
a ticking clock and a bare host app for testing one screen on its own.

The UI tests inject ``fake_critique`` so that they test the UI (highlights, jumps,
dismissals) and not the wording of the real checks, which have their own unit tests.
A few tests run the real engine on purpose.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from textual.app import App
from textual.screen import Screen

from smm_tui.app import SmmApp
from smm_tui.core.model import CheckResult, Critique, Finding, Group, Length
from smm_tui.core.platforms import get_platform
from smm_tui.core.settings import CheckSettings
from smm_tui.paths import styles_dir

EVIL = "[/] [@click=app.quit]x[/] [bold]x"
START = datetime(2026, 11, 24, 14, 5, tzinfo=UTC)


def ticking_clock(
    start: datetime = START, step: timedelta = timedelta(minutes=1)
) -> Callable[[], datetime]:
    """Each call is one ``step`` after the previous one: stable, ordered timestamps."""
    ticks = itertools.count()
    return lambda: start + step * next(ticks)


class Host(App[None]):
    """Shows one screen with just its style sheets; records what the screen dismisses with.

    Keep the name: snapshots show the app's title, which defaults to the class name.
    """

    def __init__(
        self,
        make_screen: Callable[[], Screen[Any]],
        styles: Iterable[str],
        theme: str | None = None,
    ) -> None:
        super().__init__(css_path=[styles_dir() / name for name in styles])
        self.make_screen = make_screen
        self.start_theme = theme
        self.results: list[Any] = []

    def on_mount(self) -> None:
        if self.start_theme is not None:
            self.theme = self.start_theme
        self.push_screen(self.make_screen(), self.results.append)

# (check id, group, phrase it flags, suggestion)
FAKE_RULES: tuple[tuple[str, Group, str, str], ...] = (
    ("shouting", "shareability", "!!", "One exclamation mark is plenty."),
    ("weasel-words", "clarity", "very", "Cut it or be specific."),
    ("repeated-words", "clarity", "the the", "Remove the repeated word."),
)


def fake_critique(
    text: str,
    platform: str,
    settings: CheckSettings | None = None,
    dismissed: Collection[tuple[str, str]] = (),
) -> Critique:
    """A tiny deterministic critic: every occurrence of each rule's phrase is a finding."""
    profile = get_platform(platform)
    length = Length(profile.count(text), profile.limit, profile.unit)
    checks = [
        CheckResult(
            "length",
            "shareability",
            "fail" if length.over else "pass",
            f"{length.count} of {length.limit} {length.unit}.",
        )
    ]
    lost = {"shareability": 0, "clarity": 0}
    for check_id, group, phrase, suggestion in FAKE_RULES:
        findings = []
        start = text.find(phrase)
        while start != -1:
            if (check_id, phrase) not in dismissed:
                findings.append(Finding(start, start + len(phrase), phrase, suggestion))
            start = text.find(phrase, start + len(phrase))
        status = "warn" if findings else "pass"
        lost[group] += 10 * len(findings)
        message = f"{len(findings)} found." if findings else "Fine."
        checks.append(CheckResult(check_id, group, status, message, tuple(findings)))
    return Critique(
        platform=profile.id,
        length=length,
        shareability=max(0, 100 - lost["shareability"] - (30 if length.over else 0)),
        clarity=max(0, 100 - lost["clarity"]),
        flesch_reading_ease=60.0,
        flesch_kincaid_grade=8.0,
        checks=tuple(checks),
    )


@dataclass
class FakeClipboard:
    """Records what was copied; ``works=False`` behaves like a machine with no clipboard."""

    works: bool = True
    copied: list[str] = field(default_factory=list)

    def copy(self, text: str) -> bool:
        self.copied.append(text)
        return self.works


def notifications(app: App[Any]) -> list[str]:
    """The messages of the app's notifications, oldest first."""
    return [notification.message for notification in app._notifications]


AppFactory = Callable[..., SmmApp]
