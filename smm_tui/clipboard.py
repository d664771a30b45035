"""The system clipboard, reached without ever writing to the terminal.

pyperclip's X11 backends let xclip inherit the terminal's stderr, so a dead ``DISPLAY``
prints "Error: Can't open display" straight over the TUI. On Linux we therefore run the
clipboard tools ourselves with their output captured and a timeout; elsewhere (macOS,
Windows) pyperclip's backends are quiet and we use it as is. The app always sends
OSC 52 as well, so this is a best effort that reports whether it worked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence

CopyFunction = Callable[[str], None]
"""Puts text on the system clipboard or raises ``Exception`` saying why not."""

TIMEOUT = 2.0


class ClipboardUnavailable(Exception):
    """No system clipboard could take the text; the message says why."""


def _linux_commands() -> list[Sequence[str]]:
    """The clipboard tools worth trying in this session, best first."""
    commands: list[Sequence[str]] = []
    if os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-copy"):
        commands.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        if shutil.which("xclip"):
            commands.append(["xclip", "-selection", "clipboard"])
        if shutil.which("xsel"):
            commands.append(["xsel", "--clipboard", "--input"])
    return commands


def _run_quietly(command: Sequence[str], text: str) -> None:
    """Feed ``text`` to ``command``; its stderr goes to a file, never the terminal.

    A file rather than a pipe: xclip forks a child that keeps serving the selection
    and would hold a pipe open until the timeout.
    """
    with tempfile.TemporaryFile() as errors:
        try:
            result = subprocess.run(
                list(command),
                input=text.encode("utf-8"),
                stdout=subprocess.DEVNULL,
                stderr=errors,
                timeout=TIMEOUT,
                close_fds=True,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise ClipboardUnavailable(f"{command[0]}: {error}") from error
        if result.returncode != 0:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip() or "failed"
            raise ClipboardUnavailable(f"{command[0]}: {message}")


def system_copy(text: str) -> None:
    """The default backend: Linux tools run quietly, pyperclip elsewhere."""
    if sys.platform.startswith("linux"):
        commands = _linux_commands()
        if not commands:
            raise ClipboardUnavailable("no clipboard tool (wl-copy, xclip, xsel) or display")
        failures = []
        for command in commands:
            try:
                _run_quietly(command, text)
                return
            except ClipboardUnavailable as error:
                failures.append(str(error))
        raise ClipboardUnavailable("; ".join(failures))
    import pyperclip

    pyperclip.copy(text)


class Clipboard:
    """Copies to the system clipboard through an injectable backend (tests make it fail)."""

    def __init__(self, backend: CopyFunction | None = None) -> None:
        self._backend = backend or system_copy
        self.last_error: str | None = None

    def copy(self, text: str) -> bool:
        """True when the system clipboard took ``text``; never raises, never prints."""
        try:
            self._backend(text)
        except Exception as error:  # pyperclip raises its own PyperclipException
            self.last_error = str(error) or type(error).__name__
            return False
        self.last_error = None
        return True


def copy_message(count: int, system: bool) -> str:
    """What the notification says after a copy."""
    what = f"{count:,} character{'s' if count != 1 else ''}"
    if system:
        return f"Copied {what} to the system clipboard and via the terminal (OSC 52)."
    return f"No system clipboard found; sent {what} via the terminal (OSC 52)."
