"""``smm-tui import | export | list | show``: the library from the command line.

Exit codes: 0 success; 1 the library itself failed (missing, not a library, damaged,
newer version, busy, read-only, disk full) or the draft asked for does not exist; 2 a
usage error or an input/output file that cannot be read or written. Only ``import``
creates a library; the read-only commands refuse a path with no library at it. Errors
are one line on stderr naming the file and what to do. User text is printed as plain
text with control characters made visible, so a draft can never drive the terminal.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smm_tui.cli.common import EXIT_OK, EXIT_USAGE, db_path
from smm_tui.core.vocabulary import STATUSES

if TYPE_CHECKING:  # the library (sqlite-utils) loads only when a library command runs
    from smm_tui.core.library import DraftRecord, DraftSummary, Library, SearchHit

EXIT_LIBRARY = 1
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """Control characters (escape sequences included) shown as ``\\x1b`` etc."""
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _one_line(text: str) -> str:
    return _printable(" ".join(text.split()))


def _fail(message: str, code: int) -> int:
    print(f"smm-tui: {_one_line(message)}", file=sys.stderr)
    return code


def _note(message: str) -> None:
    print(f"smm-tui: {_one_line(message)}", file=sys.stderr)


def _with_library(
    action: Callable[[Library, argparse.Namespace], int], *, create: bool = False
) -> Callable[[argparse.Namespace], int]:
    """Open the library, run the command, map every known failure to a clean exit.

    ``create``: make the library on first use (import); otherwise a missing one is an
    error, so a mistyped --db never leaves an empty library behind.
    """

    def command(args: argparse.Namespace) -> int:
        from smm_tui.core.export import ImportExportError
        from smm_tui.core.library import Library, LibraryError

        try:
            with Library.open(db_path(args), create=create) as library:
                return action(library, args)
        except ImportExportError as exc:
            return _fail(str(exc), EXIT_USAGE)
        except LibraryError as exc:
            return _fail(str(exc), EXIT_LIBRARY)
        except BrokenPipeError:
            return EXIT_OK

    return command


def _summary_json(d: DraftSummary) -> dict[str, Any]:
    return {"id": d.id, "title": d.title, "platform": d.platform, "status": d.status,
            "tags": list(d.tags), "created": d.created, "updated": d.updated,
            "note_count": d.note_count}


def _snippet_text(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without match delimiters, and each match as [start, end] in it."""
    from smm_tui.core.search import MATCH_END, MATCH_START

    text, spans, start = "", [], None
    for ch in snippet:
        if ch == MATCH_START:
            start = len(text)
        elif ch == MATCH_END:
            if start is not None:
                spans.append([start, len(text)])
            start = None
        else:
            text += ch
    return text, spans


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    snippet, matches = _snippet_text(hit.snippet)
    return {**_summary_json(hit.draft), "snippet": snippet, "matches": matches}


def _hit_snippet_line(hit: SearchHit) -> str:
    """The snippet, indented, matched words between « and » (plain text, not markup)."""
    text, spans = _snippet_text(hit.snippet)
    out, at = [], 0
    for start, end in spans:
        out += [_printable(text[at:start]), "«", _printable(text[start:end]), "»"]
        at = end
    out.append(_printable(text[at:]))
    return "        " + "".join(out)


def _summary_line(d: DraftSummary) -> str:
    tags = " ".join(f"#{tag}" for tag in d.tags)
    title = _one_line(d.title) + (f"  [{_one_line(tags)}]" if tags else "")
    return (f"{d.id:>6}  {d.status:<9}  {d.platform:<9}  {d.updated[:16].replace('T', ' ')}"
            f"  {d.note_count:>3} notes  {title}")


# ---- commands --------------------------------------------------------------------------


def _import(library: Library, args: argparse.Namespace) -> int:
    from smm_tui.core.export import import_paths

    report = import_paths(library, [Path(p).expanduser() for p in args.paths])
    for path in report.empty_files:
        _note(f"skipped empty file {path}")
    if report.duplicates:
        _note(f"skipped {report.duplicates} draft{'s' if report.duplicates != 1 else ''} "
              "already in the library")
    print(f"Imported {len(report.draft_ids)} draft(s) from {len(report.files)} file(s) "
          f"into {_printable(str(library.path))}.")
    return EXIT_OK


def _export(library: Library, args: argparse.Namespace) -> int:
    from smm_tui.core.export import library_json, write_json, write_markdown

    out = None if args.out in (None, "-") else Path(args.out).expanduser()
    if args.format == "md":
        if out is None:
            return _fail("export --format md needs --out FOLDER.", EXIT_USAGE)
        written = write_markdown(library, out, overwrite=args.force, archived=args.archived)
        print(f"Exported {len(written)} draft(s) to {_printable(str(out))}.")
        left_out = 0 if args.archived else library.count_drafts(archived=True)
        if left_out:
            _note(f"left out {left_out} archived draft{'s' if left_out != 1 else ''} "
                  "(use --archived to include them, or --format json to keep everything)")
    elif out is None:
        sys.stdout.write(json.dumps(library_json(library), ensure_ascii=False, indent=2) + "\n")
    else:
        count = write_json(library, out, overwrite=args.force)
        print(f"Exported {count} draft(s) to {_printable(str(out))}.")
    return EXIT_OK


def _list(library: Library, args: argparse.Namespace) -> int:
    filters = {"status": args.status, "platform": args.platform, "tag": args.tag}
    if args.search is not None:
        hits = library.search(args.search, limit=args.limit, archived=args.archived, **filters)
        if args.format == "json":
            print(json.dumps([_hit_json(hit) for hit in hits], ensure_ascii=False, indent=2))
            return EXIT_OK
        for hit in hits:
            print(_summary_line(hit.draft))
            if hit.snippet:
                print(_hit_snippet_line(hit))
        if not hits:
            print("No drafts match.")
        return EXIT_OK
    drafts = library.list_drafts(limit=args.limit, archived=args.archived, **filters)
    if args.format == "json":
        print(json.dumps([_summary_json(d) for d in drafts], ensure_ascii=False, indent=2))
    else:
        for draft in drafts:
            print(_summary_line(draft))
        if not drafts:
            print("No drafts match." if any(filters.values()) or args.archived
                  else "No drafts yet.")
    return EXIT_OK


def _draft_json(library: Library, draft: DraftRecord) -> dict[str, Any]:
    notes = library.list_notes(draft.id)
    return {
        "id": draft.id, "title": draft.title, "body": draft.body, "platform": draft.platform,
        "status": draft.status, "tags": list(draft.tags), "created": draft.created,
        "updated": draft.updated, "archived": draft.archived,
        "scores": {"shareability": draft.shareability, "clarity": draft.clarity},
        "revision_count": len(library.list_revisions(draft.id)),
        "notes": [{"id": n.id, "reader": n.reader, "channel": n.channel,
                   "sentiment": n.sentiment, "text": n.text, "created": n.created}
                  for n in notes],
    }


def _show(library: Library, args: argparse.Namespace) -> int:
    draft = library.get_draft(args.id)
    if args.format == "json":
        print(json.dumps(_draft_json(library, draft), ensure_ascii=False, indent=2))
        return EXIT_OK
    tally = library.note_tally(draft.id)
    print(f"#{draft.id} {_one_line(draft.title)}")
    print(f"platform {draft.platform} · status {draft.status}"
          + (" · archived" if draft.archived else "")
          + (f" · tags {_one_line(', '.join(draft.tags))}" if draft.tags else ""))
    print(f"created {draft.created} · updated {draft.updated}")
    if draft.shareability is not None:
        print(f"shareability {draft.shareability} · clarity {draft.clarity}")
    print()
    for line in draft.body.split("\n"):
        print(_printable(line))
    print()
    print(f"{tally.count} note(s): {tally.positive} positive, {tally.neutral} neutral, "
          f"{tally.negative} negative")
    for note in library.list_notes(draft.id):
        who = " · ".join(_one_line(x) for x in (note.reader, note.channel) if x)
        print(f"- [{note.sentiment}] {who + ': ' if who else ''}{_one_line(note.text)}"
              f" ({note.created[:10]})")
    return EXIT_OK


# ---- registration ----------------------------------------------------------------------


def _platform_id(value: str) -> str:
    """``--platform`` as in ``check``: any case, one of the platform ids."""
    from smm_tui.core.platforms import UnknownPlatformError, get_platform

    try:
        return get_platform(value).id
    except UnknownPlatformError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_db(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: an absent sub-command --db must not hide `smm-tui --db PATH <command>`.
    parser.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                        help="library file (default: library.db in the data folder; "
                             "SMM_TUI_DATA_DIR overrides the folder)")


def register(subparsers: Any) -> None:
    """Add the library sub-commands to the top-level parser's subparsers."""
    p = subparsers.add_parser("import", help="import Markdown posts (files or folders) "
                              "or a JSON export into the library")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _add_db(p)
    p.set_defaults(func=_with_library(_import, create=True))

    p = subparsers.add_parser("export", help="export the library as Markdown files or JSON")
    p.add_argument("--format", choices=("md", "json"), default="json")
    p.add_argument("--out", metavar="PATH",
                   help="folder for md; file for json (default: standard output)")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.add_argument("--archived", action="store_true",
                   help="md: include archived drafts too (json always has everything)")
    _add_db(p)
    p.set_defaults(func=_with_library(_export))

    p = subparsers.add_parser("list", help="list or search drafts, most recent first")
    p.add_argument("--search", metavar="Q", help="full-text search over titles, bodies, notes")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--platform", type=_platform_id, metavar="ID",
                   help="x, bluesky, mastodon, threads, linkedin, instagram, facebook, "
                        "youtube, tiktok (any case)")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--archived", action="store_true", help="list archived drafts instead")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _add_db(p)
    p.set_defaults(func=_with_library(_list))

    p = subparsers.add_parser("show", help="show one draft with its feedback notes")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _add_db(p)
    p.set_defaults(func=_with_library(_show))
