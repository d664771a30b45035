"""What every sub-command shares: exit codes, the usage error, --config and --db."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smm_tui.config import Settings

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A usage error or unreadable input: printed as one line on stderr, exit 2."""

    exit_code = EXIT_USAGE


# Options given both before and after the sub-command (``smm-tui --config X check``
# and ``smm-tui check --config X``) use SUPPRESS, so an absent one never hides the other.


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="settings file (default: config.toml in the user config dir)",
    )


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="library file (default: library.db in the user data dir)",
    )


def db_path(args: argparse.Namespace) -> Path:
    """The library file: ``--db`` if given, else the default location."""
    from smm_tui.paths import default_db_path

    chosen: Path | None = getattr(args, "db", None)
    return chosen.expanduser() if chosen else default_db_path()


def load_cli_settings(args: argparse.Namespace) -> Settings:
    """Settings from ``--config`` or the default file, read once per command."""
    from smm_tui.config import ConfigError, load_settings

    cached: Settings | None = getattr(args, "loaded_settings", None)
    if cached is None:
        path: Path | None = getattr(args, "config", None)
        try:
            cached = load_settings(path, required=path is not None)
        except ConfigError as exc:
            raise CliError(str(exc)) from None
        args.loaded_settings = cached
    return cached
