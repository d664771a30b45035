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
    if "malformed" in text:
        return damaged(path)
    if "not a database" in text:
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
    if code == errno.EISDIR or (code is None and path.is_dir()):
        return folder_given(path)
    if code == errno.ENOENT:
        return (
            f"Cannot create the library {path}: its folder does not accept new files. "
            "Choose another location with --db or SMM_TUI_DATA_DIR."
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
    reason = getattr(exc, "strerror", None) or str(exc)
    return f"The library {path} could not be used ({reason}). Check the file and try again."


def damaged(path: Path) -> str:
    """SQLite read a page that makes no sense: rescue what can be read, write nothing."""
    return (
        f"The library {path} is damaged (SQLite: database disk image is malformed); "
        "nothing was written to it. Rescue what can still be read with "
        f"`smm-tui export --format json --out rescue.json --db {path}`, then import "
        "rescue.json into a new library with `smm-tui import rescue.json --db NEW.db`."
    )


def folder_given(path: Path) -> str:
    return (
        f"{path} is a folder, not a library file. "
        f"Give a file path with --db, for example {path / 'library.db'}."
    )
