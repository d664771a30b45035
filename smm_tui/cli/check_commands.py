"""``check``, ``thread`` and ``platforms``: the headless engine for scripts and CI."""

from __future__ import annotations

import argparse
import json
import sys

from smm_tui.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CliError, add_config_option
from smm_tui.cli.inputs import InputError, read_post


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = subparsers.add_parser(
        "check",
        help="critique posts and exit non-zero when a check fails",
        description="Critique each post for shareability and clarity. "
        "Exit 0 when no check fails, 1 when one does, 2 for a usage error or unreadable input.",
    )
    check.add_argument("files", nargs="*", metavar="FILE", help="post files; - or none: stdin")
    _add_platform(check)
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--fail-on",
        choices=("warn", "fail"),
        default="fail",
        help="the status that makes the exit code 1 (default: fail)",
    )
    check.add_argument("--verbose", action="store_true", help="list findings of passing checks")
    add_config_option(check)
    check.set_defaults(func=run_check)

    thread = subparsers.add_parser(
        "thread",
        help="split a long post into numbered posts that each fit",
        description="Split a post into numbered posts that each fit the platform's limit.",
    )
    thread.add_argument("file", nargs="?", default="-", metavar="FILE", help="post file or -")
    _add_platform(thread)
    thread.add_argument("--format", choices=("text", "json"), default="text")
    add_config_option(thread)
    thread.set_defaults(func=run_thread)

    platforms = subparsers.add_parser(
        "platforms", help="list the platforms, their limits and units"
    )
    platforms.add_argument("--format", choices=("text", "json"), default="text")
    platforms.set_defaults(func=run_platforms)


def _add_platform(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--platform",
        "-p",
        metavar="ID",
        help="x, bluesky, mastodon, threads, linkedin, instagram, facebook, youtube, tiktok "
        "(default: from your settings, else x)",
    )


def _platform(args: argparse.Namespace) -> str:
    from smm_tui.cli.common import load_cli_settings
    from smm_tui.core.platforms import UnknownPlatformError, get_platform

    chosen = args.platform or load_cli_settings(args).default_platform
    try:
        return get_platform(chosen).id
    except UnknownPlatformError as exc:
        raise CliError(str(exc)) from None


def run_check(args: argparse.Namespace) -> int:
    from smm_tui.cli.common import load_cli_settings
    from smm_tui.cli.render import critique_report
    from smm_tui.core.critique import critique
    from smm_tui.core.model import STATUS_ORDER

    platform = _platform(args)
    settings = load_cli_settings(args)
    threshold = STATUS_ORDER["warn" if args.fail_on == "warn" else "fail"]
    exit_code = EXIT_OK
    unreadable = False
    if not args.files and sys.stdin.isatty():
        raise CliError("give a post file to check, or pipe the post in (e.g. `smm-tui check -`)")
    for name in args.files or ["-"]:
        try:
            post = read_post(name)
        except InputError as exc:
            print(f"smm-tui check: {exc}", file=sys.stderr)
            unreadable = True
            continue
        result = critique(post.text, platform, settings.checks)
        if args.format == "json":
            print(json.dumps(result.to_json(post.name, post.offset), ensure_ascii=False),
                  flush=True)
        else:
            print(critique_report(post.name, post.text, result, args.verbose), flush=True)
        if STATUS_ORDER[result.worst] >= threshold:
            exit_code = EXIT_FAILED
    return EXIT_USAGE if unreadable else exit_code


def run_thread(args: argparse.Namespace) -> int:
    from smm_tui.cli.render import safe
    from smm_tui.core.thread import split_thread

    platform = _platform(args)
    try:
        post = read_post(args.file)
    except InputError as exc:
        raise CliError(str(exc)) from None
    parts = split_thread(post.text, platform)
    if args.format == "json":
        data = {
            "file": post.name,
            "platform": platform,
            "parts": [{"text": p.text, "count": p.count, "limit": p.limit} for p in parts],
        }
        print(json.dumps(data, ensure_ascii=False))
    else:
        for number, part in enumerate(parts, start=1):
            print(f"── post {number} of {len(parts)} · {part.count}/{part.limit} ──")
            print(safe(part.text))
            print()
    return EXIT_OK


def run_platforms(args: argparse.Namespace) -> int:
    from smm_tui.core.platforms import PLATFORMS

    if args.format == "json":
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "limit": p.limit,
                "unit": p.unit,
                "fold": p.fold,
                "max_hashtags": p.max_hashtags,
                "max_links": p.max_links,
                "links_clickable": p.links_clickable,
            }
            for p in PLATFORMS.values()
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    print(f"{'id':<10} {'name':<10} {'limit':>6}  {'unit':<20} {'fold':>5}  notes")
    for p in PLATFORMS.values():
        notes = []
        if p.max_hashtags is not None:
            notes.append(f"max {p.max_hashtags} hashtag{'s' if p.max_hashtags != 1 else ''}")
        if p.max_links is not None:
            notes.append(f"max {p.max_links} links")
        if not p.links_clickable:
            notes.append("links not clickable")
        fold = str(p.fold) if p.fold else "—"
        print(f"{p.id:<10} {p.name:<10} {p.limit:>6}  {p.unit:<20} {fold:>5}  {', '.join(notes)}")
    return EXIT_OK
