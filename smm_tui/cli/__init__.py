"""Argument parsing and dispatch; each command module imports only what it uses."""

from __future__ import annotations

import argparse
import sys

from smm_tui import __version__
from smm_tui.cli import check_commands, config_command
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
    _register_library_commands(subparsers)
    config_command.register(subparsers)
    return parser


def _register_library_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    from importlib import import_module

    try:
        module = import_module("smm_tui.cli.library_commands")
    except ImportError:  # the library commands land separately
        return
    module.register(subparsers)


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

    try:
        from smm_tui.launch import launch
    except ImportError:  # the app lands separately
        build_parser().print_help()
        return 0
    return launch(db_path(args), load_cli_settings(args))
