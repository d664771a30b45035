"""LibraryError and the one-sentence explanations of SQLite and OS failures."""

from __future__ import annotations

import errno
from pathlib import Path


class LibraryError(Exception):
    """A problem with the library file or a request, phrased for the user."""


def explain(path: Path, exc: BaseException) -> str:
    """One sentence naming the file, what went wrong and what to do about it."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if "not a database" in text or "malformed" in text:
        return (
            f"{path} is not an smm-tui library (not a readable SQLite database). "
            "It was left untouched; choose another file with --db."
        )
    if "locked" in text or "busy" in text:
        return (
            f"The library {path} is busy: another program is writing to it. "
            "Close the other smm-tui (or wait a moment) and try again."
        )
    if "disk is full" in text or code == errno.ENOSPC:
        return (
            f"No space left on the disk holding {path}: nothing was saved. "
            "Free some disk space and try again."
        )
    if (
        "readonly" in text
        or "read-only" in text
        or "unable to open" in text
        or code in (errno.EACCES, errno.EPERM, errno.EROFS)
    ):
        return (
            f"Cannot write the library {path}: the file or its folder is read-only. "
            "Make it writable or choose another location with --db or SMM_TUI_DATA_DIR."
        )
    return f"The library {path} could not be used ({exc}). Check the file and try again."


