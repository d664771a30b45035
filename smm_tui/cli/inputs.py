"""Reading the posts a command was given, with one clear message for each way it can fail."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """An input that cannot be critiqued; the message names it and says why."""


BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class PostInput:
    name: str  # the path as given, or "-" for standard input
    text: str  # the post, without a leading byte-order mark
    # Characters before ``text`` in the input as read (1 for a byte-order mark), so
    # reported offsets can index the input exactly as read.
    offset: int = 0


def read_post(name: str) -> PostInput:
    """Read a file (or ``-`` for standard input) as UTF-8 text.

    Refuses folders, binary files, invalid UTF-8 and empty files rather than guessing.
    """
    if name == "-":
        data = sys.stdin.buffer.read()
        label = "standard input"
    else:
        path = Path(name)
        label = name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{name}: is a folder; give the post's file instead") from None
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    if b"\x00" in data:
        raise InputError(f"{label}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label}: not valid UTF-8 (byte {exc.start}); save it as UTF-8 text"
        ) from None
    offset = 1 if text.startswith(BOM) else 0
    text = text[offset:]
    if not text.strip():
        raise InputError(f"{label}: is empty; there is no post to check")
    return PostInput(name, text, offset)
