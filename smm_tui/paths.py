"""Where smm-tui keeps its files. Computed on call, never at import; nothing is created here."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "smm-tui"
DATA_DIR_ENV = "SMM_TUI_DATA_DIR"
CONFIG_DIR_ENV = "SMM_TUI_CONFIG_DIR"
CACHE_DIR_ENV = "SMM_TUI_CACHE_DIR"
DB_FILENAME = "library.db"
CONFIG_FILENAME = "config.toml"


def data_dir() -> Path:
    """The folder for the library: ``$SMM_TUI_DATA_DIR`` or platformdirs' user data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The folder for ``config.toml``: ``$SMM_TUI_CONFIG_DIR`` or the user config dir."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """Rebuildable files (word tables): ``$SMM_TUI_CACHE_DIR`` or the user cache dir."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def default_config_path() -> Path:
    return config_dir() / CONFIG_FILENAME


def styles_dir() -> Path:
    """The shipped ``.tcss`` files: inside the wheel, or ``styles/`` in a source checkout."""
    packaged = Path(__file__).parent / "styles"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "styles"
