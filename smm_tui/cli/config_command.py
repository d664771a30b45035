"""``smm-tui config``: show the settings in effect, or an example file to start from."""

from __future__ import annotations

import argparse

from smm_tui.cli.common import EXIT_OK, add_config_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "config",
        help="show the settings in effect and where they came from",
        description="Show the settings in effect and where each came from.",
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--show", action="store_true", help="the settings in effect (default)")
    what.add_argument("--example", action="store_true", help="an example config.toml")
    what.add_argument("--path", action="store_true", help="where the config file is read from")
    add_config_option(parser)
    parser.set_defaults(func=run_config)


def run_config(args: argparse.Namespace) -> int:
    from smm_tui.cli.common import load_cli_settings
    from smm_tui.config import EXAMPLE, describe
    from smm_tui.paths import default_config_path

    if args.example:
        print(EXAMPLE, end="")
    elif args.path:
        print(getattr(args, "config", None) or default_config_path())
    else:
        print(describe(load_cli_settings(args)))
    return EXIT_OK
