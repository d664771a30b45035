"""Every test runs against its own data and config folders, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data, config and XDG folders at ``tmp_path``."""
    home = tmp_path / "home"
    monkeypatch.setenv("SMM_TUI_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("SMM_TUI_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("SMM_TUI_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("HOME", str(home))
    return home
