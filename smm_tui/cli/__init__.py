"""Argument parsing and dispatch; each command module imports only what it uses."""

from __future__ import annotations

import argparse
import sys

from smm_tui import __version__
from smm_tui.cli import check_commands, config_command, library_commands
from smm_tui.cli.common import EXIT_USAGE, CliError, add_config_option, add_db_option


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smm-tui",
        description="Draft and critique social-media marketing posts in your terminal. "
        "With no command, opens the editor on your library.",
    )
    parser.add_argument("--version", action="version", version=f"smm-tui {__version__}")
    add_db_option(parser)
    add_config_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    check_commands.register(subparsers)
    library_commands.register(subparsers)
    config_command.register(subparsers)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _launch_app(args)
        return int(args.func(args))
    except CliError as exc:
        print(f"smm-tui: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; nothing more to say.
        sys.stderr.close()
        return EXIT_USAGE


def _launch_app(args: argparse.Namespace) -> int:
    from smm_tui.cli.common import db_path, load_cli_settings
    from smm_tui.launch import launch

    return launch(db_path(args), load_cli_settings(args))
