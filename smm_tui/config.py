"""User settings: a TOML file in the user config dir, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from smm_tui.core.settings import CheckSettings


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the app and the CLI read from ``config.toml``; defaults when absent."""

    default_platform: str = "x"
    theme: str = "textual-dark"
    # Seconds of quiet typing before the draft saves itself.
    autosave_delay: float = 1.0
    checks: CheckSettings = field(default_factory=CheckSettings)
    # The file these settings came from, or None for built-in defaults.
    source: Path | None = None
