"""The core and the ``check`` path must never pull in Textual (start-up cost, headless use)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return set(result.stdout.split())


def test_core_does_not_import_textual():
    modules = _modules_after(
        "import smm_tui.core, smm_tui.core.critique, smm_tui.core.platforms,"
        " smm_tui.core.thread, smm_tui.core.library, smm_tui.core.export"
    )
    assert "smm_tui.core.critique" in modules
    assert not {m for m in modules if m == "textual" or m.startswith("textual.")}


def test_check_command_does_not_import_textual_or_sqlite(tmp_path: Path):
    post = tmp_path / "p.md"
    post.write_text("A short post. What do you think?")
    modules = _modules_after(
        "import contextlib, io\n"
        "from smm_tui.cli import run\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    run(['check', {str(post)!r}, '--format', 'json'])"
    )
    assert "smm_tui.core.critique" in modules
    assert "textual" not in modules
    assert "sqlite_utils" not in modules


def test_importing_the_package_touches_no_disk(tmp_path: Path, isolated_dirs: Path):
    _modules_after("import smm_tui.cli, smm_tui.config, smm_tui.paths, smm_tui.core.critique")
    assert not isolated_dirs.exists() or not any(isolated_dirs.rglob("*"))
