"""Markdown and JSON import and export of the library.

Markdown files carry a small front matter (title, platform, status, tags, and
optionally created/updated), parsed here by a tiny YAML-ish reader rather than a YAML
dependency: ``key: value`` lines, quoted strings, ``tags: [a, b]`` or a ``- item``
list. A leading ``---`` opens front matter only when a ``key: value`` line follows it
(posts may start with a horizontal rule). A file without front matter takes its title
from its first line. Importing skips empty files and drafts already in the library. JSON holds the
whole library (archived drafts, revisions, notes, dismissed findings) and round-trips:
export, import into an empty library and export again gives the same document apart
from ids and the export time.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smm_tui.core.library import (
    SENTIMENTS,
    STATUSES,
    DraftBundle,
    DraftRecord,
    Library,
    Note,
    Revision,
    clean_tags,
    iso,
    normalise_timestamp,
    title_from_body,
    utc_now,
)

JSON_FORMAT = "smm-tui-library"
JSON_VERSION = 1
MARKDOWN_SUFFIXES = (".md", ".markdown")
_KEY_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
KNOWN_KEYS = ("title", "platform", "status", "tags", "created", "updated")


class ImportExportError(Exception):
    """A file could not be read or written; the message names it and says what to do."""


@dataclass(frozen=True)
class ImportReport:
    draft_ids: tuple[int, ...]
    files: tuple[Path, ...]
    empty_files: tuple[Path, ...] = ()  # skipped: nothing in them
    duplicates: int = 0  # skipped: the same draft is already in the library


class _FieldError(ValueError):
    """A front-matter value that is not allowed, with the line it is on."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")


# ---- front matter ----------------------------------------------------------------------


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        try:
            return str(json.loads(raw))
        except json.JSONDecodeError:
            return raw[1:-1]
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw


def _flow_list(raw: str) -> list[str]:
    """``[a, "b, c", 'd']`` -> ["a", "b, c", "d"] (commas inside quotes are kept)."""
    items, current, quote = [], "", ""
    for ch in raw.strip()[1:-1]:
        if quote:
            current += ch
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
            current += ch
        elif ch == ",":
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return [value for value in (_scalar(item) for item in items) if value]


def parse_front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """Split ``text`` into (front matter fields, body). No front matter -> ({}, text).

    Raises ValueError naming the line for a malformed field.
    """
    fields, _, body = _front_matter(text)
    return fields, body


def _is_front_matter(block: list[str]) -> bool:
    """A ``key: value`` line first and at least one key smm-tui knows."""
    first = next((line.strip() for line in block if line.strip()), "")
    keys = {m.group(1).lower() for m in map(_KEY_RE.match, (x.strip() for x in block)) if m}
    return bool(_KEY_RE.match(first)) and not keys.isdisjoint(KNOWN_KEYS)


def _front_matter(text: str) -> tuple[dict[str, str | list[str]], dict[str, int], str]:
    """(fields, the line each key is on, body); see :func:`parse_front_matter`."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, {}, text
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None or not _is_front_matter(lines[1:end]):
        return {}, {}, text  # a horizontal rule, not front matter
    fields: dict[str, str | list[str]] = {}
    where: dict[str, int] = {}
    key: str | None = None
    for number, line in enumerate(lines[1:end], start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") or stripped == "-":
            value = fields.get(key) if key else None
            if not isinstance(value, list):
                raise ValueError(f"line {number}: a list item without a key above it")
            item = _scalar(stripped[1:])
            if item:
                value.append(item)
            continue
        match = _KEY_RE.match(stripped)
        if match is None:
            raise ValueError(f"line {number}: expected 'key: value', found {stripped!r}")
        key, raw = match.group(1).lower(), (match.group(2) or "").strip()
        where[key] = number
        if not raw:
            fields[key] = []
        elif raw.startswith("[") and raw.endswith("]"):
            fields[key] = _flow_list(raw)
        else:
            fields[key] = _scalar(raw)
    return fields, where, "\n".join(lines[end + 1 :])


def _text_field(fields: dict[str, str | list[str]], key: str) -> str | None:
    value = fields.get(key)
    if isinstance(value, list):
        return ", ".join(value) if value else None
    return value or None


# ---- reading input files ---------------------------------------------------------------


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportExportError(
            f"Cannot read {path}: {exc.strerror or exc}. Check the path and permissions."
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportExportError(
            f"Cannot read {path}: it is not UTF-8 text. Save it as UTF-8 and try again."
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _choice(value: str | None, allowed: Iterable[str], what: str, line: int,
            default: str) -> str:
    options = tuple(allowed)
    if value is None:
        return default
    if value.strip().lower() not in options:
        raise _FieldError(line, f"unknown {what} {value!r} (use one of: {', '.join(options)})")
    return value.strip().lower()


def _timestamp(value: str | None, what: str, line: int, default: str) -> str:
    if value is None:
        return default
    try:
        return normalise_timestamp(value)
    except ValueError as exc:
        raise _FieldError(line, f"{what} {value!r} is not an ISO 8601 date") from exc


def read_markdown(path: Path, *, now: str | None = None) -> DraftBundle | None:
    """One post from a Markdown file, ready for :meth:`Library.import_bundles`.

    None for a file with nothing in it (no body and no title).
    """
    text = _read_text(path)
    try:
        return _markdown_bundle(text, now or iso(utc_now()))
    except _FieldError as exc:
        raise ImportExportError(f"{path}, {exc}. Fix it and retry.") from exc
    except ValueError as exc:
        raise ImportExportError(f"{path}: bad front matter, {exc}. Fix it and retry.") from exc


def _markdown_bundle(text: str, stamp: str) -> DraftBundle | None:
    from smm_tui.core.platforms import PLATFORMS

    fields, where, body = _front_matter(text)
    body = body.strip("\n")
    title = _text_field(fields, "title")
    if not body.strip() and not title:
        return None
    created = _timestamp(_text_field(fields, "created"), "created", where.get("created", 0),
                         stamp)
    updated = _timestamp(_text_field(fields, "updated"), "updated", where.get("updated", 0),
                         created)
    derived = title_from_body(body)
    draft = DraftRecord(
        id=0,
        title=title or derived,
        body=body,
        platform=_choice(_text_field(fields, "platform"), PLATFORMS, "platform",
                         where.get("platform", 0), "x"),
        status=_choice(_text_field(fields, "status"), STATUSES, "status",
                       where.get("status", 0), "draft"),
        tags=clean_tags(fields.get("tags", [])),
        created=created,
        updated=updated,
        archived=False,
        shareability=None,
        clarity=None,
        title_set=bool(title) and title != derived,
    )
    revisions = (Revision(0, 0, body, draft.title, updated, "import"),) if body else ()
    return DraftBundle(draft=draft, revisions=revisions)


def input_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every Markdown file under the folders named, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES
                and p.is_file()
            )
        elif path.exists():
            found.append(path)
        else:
            raise ImportExportError(f"{path} does not exist. Check the path.")
    return found


def import_paths(library: Library, paths: Iterable[Path]) -> ImportReport:
    """Import Markdown files, folders of them and JSON exports, all or nothing.

    Every file is read and checked first; one bad file means nothing is imported, so
    the user can fix it and run the same command again. Empty files are skipped, and
    so are drafts already in the library (same title, body and created time for JSON;
    same title and body for Markdown, whose created time is the import time), so
    running an import twice adds nothing the second time.
    """
    try:
        files = input_files(paths)
        found: list[tuple[DraftBundle, bool]] = []  # (bundle, created time is its own)
        empty: list[Path] = []
        now = iso(utc_now())
        for path in files:
            if path.suffix.lower() == ".json":
                found += [(bundle, True) for bundle in read_json(path)]
            elif (bundle := read_markdown(path, now=now)) is not None:
                found.append((bundle, False))
            else:
                empty.append(path)
    except ImportExportError as exc:
        raise ImportExportError(f"{str(exc).rstrip('.')}; nothing was imported.") from exc
    known = library.fingerprints() if found else set()
    known_text = {(title, body) for title, body, _ in known}
    bundles: list[DraftBundle] = []
    for bundle, dated in found:
        d = bundle.draft
        title = d.title if d.title_set else title_from_body(d.body)  # as it will be stored
        if (title, d.body, d.created) in known or (not dated and (title, d.body)
                                                    in known_text):
            continue
        known.add((title, d.body, d.created))
        known_text.add((title, d.body))
        bundles.append(bundle)
    ids = library.import_bundles(bundles)
    return ImportReport(draft_ids=tuple(ids), files=tuple(files), empty_files=tuple(empty),
                        duplicates=len(found) - len(bundles))


# ---- JSON ------------------------------------------------------------------------------


def _bundle_json(bundle: DraftBundle) -> dict[str, Any]:
    d = bundle.draft
    return {
        "id": d.id, "title": d.title, "title_set": d.title_set, "body": d.body,
        "platform": d.platform, "status": d.status, "tags": list(d.tags),
        "created": d.created, "updated": d.updated, "archived": d.archived,
        "shareability": d.shareability, "clarity": d.clarity,
        "revisions": [
            {"id": r.id, "title": r.title, "body": r.body, "created": r.created,
             "kind": r.kind} for r in bundle.revisions
        ],
        "notes": [
            {"id": n.id, "reader": n.reader, "channel": n.channel, "sentiment": n.sentiment,
             "text": n.text, "created": n.created} for n in bundle.notes
        ],
        "dismissed": [{"check": check, "text": text} for check, text in bundle.dismissed],
    }


def library_json(library: Library, *, exported: str | None = None) -> dict[str, Any]:
    """The whole library as one JSON-ready document."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported": exported or iso(utc_now()),
        "drafts": [_bundle_json(bundle) for bundle in library.iter_bundles()],
    }


def _get(item: dict[str, Any], key: str, kind: type, default: Any, where: str) -> Any:
    value = item.get(key, default)
    if value is None and default is None:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{where}: {key!r} should be {kind.__name__}")
    return value


def _bundle_from_json(item: Any, where: str) -> DraftBundle:
    from smm_tui.core.platforms import PLATFORMS

    if not isinstance(item, dict):
        raise ValueError(f"{where}: expected an object")
    body = _get(item, "body", str, "", where)
    title = _get(item, "title", str, "", where)
    created = normalise_timestamp(_get(item, "created", str, None, where) or iso(utc_now()))
    updated = normalise_timestamp(_get(item, "updated", str, created, where))
    status = _get(item, "status", str, "draft", where)
    if status not in STATUSES:
        raise ValueError(f"{where}: unknown status {status!r}")
    platform = _get(item, "platform", str, "x", where)
    if platform not in PLATFORMS:
        raise ValueError(f"{where}: unknown platform {platform!r}")
    tags = _get(item, "tags", list, [], where)
    draft = DraftRecord(
        id=0, title=title or title_from_body(body), body=body,
        platform=platform, status=status,
        tags=clean_tags(str(tag) for tag in tags), created=created, updated=updated,
        archived=bool(_get(item, "archived", bool, False, where)),
        shareability=_get(item, "shareability", int, None, where),
        clarity=_get(item, "clarity", int, None, where),
        title_set=bool(_get(item, "title_set", bool, False, where)),
    )
    revisions = tuple(
        Revision(0, 0, _get(r, "body", str, "", f"{where} revision {i + 1}"),
                 _get(r, "title", str, "", f"{where} revision {i + 1}"),
                 normalise_timestamp(_get(r, "created", str, updated, where)),
                 _get(r, "kind", str, "edit", where))
        for i, r in enumerate(_get(item, "revisions", list, [], where))
    )
    notes = []
    for i, n in enumerate(_get(item, "notes", list, [], where)):
        here = f"{where} note {i + 1}"
        sentiment = _get(n, "sentiment", str, "neutral", here)
        if sentiment not in SENTIMENTS:
            raise ValueError(f"{here}: unknown sentiment {sentiment!r}")
        notes.append(Note(0, 0, _get(n, "reader", str, "", here),
                          _get(n, "channel", str, "", here), sentiment,
                          _get(n, "text", str, "", here),
                          normalise_timestamp(_get(n, "created", str, updated, here))))
    dismissed = tuple(
        (_get(x, "check", str, "", where), _get(x, "text", str, "", where))
        for x in _get(item, "dismissed", list, [], where)
    )
    return DraftBundle(draft=draft, revisions=revisions, notes=tuple(notes),
                       dismissed=dismissed)


def read_json(path: Path) -> list[DraftBundle]:
    """The drafts of an smm-tui JSON export."""
    text = _read_text(path)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportExportError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}). "
            "Import an smm-tui JSON export or Markdown files."
        ) from exc
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise ImportExportError(
            f"{path} is not an smm-tui library export. "
            "Import an smm-tui JSON export or Markdown files."
        )
    if not isinstance(document.get("version"), int) or document["version"] > JSON_VERSION:
        raise ImportExportError(
            f"{path} was exported by a newer version of smm-tui. Upgrade smm-tui to import it."
        )
    drafts = document.get("drafts")
    if not isinstance(drafts, list):
        raise ImportExportError(f"{path}: 'drafts' should be a list. Re-export the library.")
    try:
        return [_bundle_from_json(item, f"draft {i + 1}") for i, item in enumerate(drafts)]
    except (ValueError, AttributeError) as exc:
        raise ImportExportError(f"{path}: {exc}. Re-export the library or fix the file.") from exc


# ---- writing ---------------------------------------------------------------------------


def _write_new(path: Path, text: str, *, overwrite: bool) -> None:
    """Write through a temporary file so a failure never leaves a half-written file."""
    if path.exists() and not overwrite:
        raise ImportExportError(f"{path} already exists. Choose another name or use --force.")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_json(library: Library, out: Path, *, overwrite: bool = False) -> int:
    """Export the whole library to ``out``; returns the number of drafts."""
    document = library_json(library)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        _write_new(out, text, overwrite=overwrite)
    except OSError as exc:
        raise ImportExportError(
            f"Cannot write {out}: {exc.strerror or exc}. Choose another place with --out."
        ) from exc
    return len(document["drafts"])


def markdown_text(draft: DraftRecord) -> str:
    """A post as Markdown with front matter; :func:`read_markdown` reads it back."""
    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    return (
        "---\n"
        f"title: {dump(draft.title)}\n"
        f"platform: {draft.platform}\n"
        f"status: {draft.status}\n"
        f"tags: {dump(list(draft.tags))}\n"
        f"created: {draft.created}\n"
        f"updated: {draft.updated}\n"
        "---\n\n"
        f"{draft.body}\n"
    )


def _slug(title: str) -> str:
    return _SLUG_RE.sub("-", title.lower()).strip("-")[:48].strip("-") or "draft"


def write_markdown(library: Library, folder: Path, *, overwrite: bool = False,
                   archived: bool = False) -> list[Path]:
    """One ``<id>-<slug>.md`` per draft (archived ones only when asked); never overwrites
    unless told to."""
    drafts = [b.draft for b in library.iter_bundles() if archived or not b.draft.archived]
    targets = [(folder / f"{d.id:05d}-{_slug(d.title)}.md", d) for d in drafts]
    clashes = [path for path, _ in targets if path.exists()]
    if clashes and not overwrite:
        raise ImportExportError(
            f"{clashes[0]} already exists. Export into an empty folder or use --force."
        )
    try:
        for path, draft in targets:
            _write_new(path, markdown_text(draft), overwrite=True)
    except OSError as exc:
        raise ImportExportError(
            f"Cannot write into {folder}: {exc.strerror or exc}. "
            "Choose another folder with --out."
        ) from exc
    return [path for path, _ in targets]
