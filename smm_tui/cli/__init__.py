"""Argument parsing and sub-commands; each command module imports only what it needs."""

from __future__ import annotations

import argparse

from smm_tui import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smm-tui",
        description="Draft and critique social-media marketing posts in your terminal.",
    )
    parser.add_argument("--version", action="version", version=f"smm-tui {__version__}")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
    return 0
