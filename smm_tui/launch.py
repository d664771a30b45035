"""Open the library and run the app: what ``smm-tui`` with no sub-command does."""

from __future__ import annotations

import sys
from pathlib import Path

from smm_tui.config import Settings


def launch(db_path: Path, settings: Settings) -> int:
    """Run the app on the library at ``db_path``; 1 with a message if it cannot be opened."""
    from smm_tui.core.library import Library, LibraryError

    try:
        library = Library.open(db_path)
    except LibraryError as error:
        print(f"smm-tui: {error}", file=sys.stderr)
        return 1
    from smm_tui.app import SmmApp

    try:
        app = SmmApp(library, settings)
        app.run()
    finally:
        library.close()
    return app.return_code or 0
