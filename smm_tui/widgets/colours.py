"""Status and group colours taken from the current Textual theme, so light themes stay legible.

Rich ``Text`` cannot refer to theme variables, so widgets that build ``Text`` ask here
(and rebuild when the theme changes).
"""

from __future__ import annotations

from textual.app import App

# Role -> Textual theme variable.
ROLES = {
    "pass": "text-success",
    "warn": "text-warning",
    "fail": "text-error",
    "shareability": "text-warning",
    "clarity": "text-primary",
    "muted": "text-muted",
}
FALLBACK = {"pass": "green", "warn": "yellow", "fail": "red", "shareability": "yellow",
            "clarity": "cyan", "muted": "dim"}


def colour(app: App[object], role: str) -> str:
    """A Rich colour for ``role`` in the app's current theme."""
    value = app.theme_variables.get(ROLES[role], "")
    return value if value.startswith("#") else FALLBACK[role]
