"""The library's records (frozen dataclasses) and the small rules they follow.

Row converters and helpers live here so :mod:`smm_tui.core.library` stays about
storage: titles follow the first line, tags are cleaned, timestamps are UTC ISO 8601.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from smm_tui.core.library_errors import LibraryError

if TYPE_CHECKING:
    import sqlite3

UNTITLED = "Untitled"
TITLE_MAX = 80


@dataclass(frozen=True)
class DraftRecord:
    id: int
    title: str
    body: str
    platform: str
    status: str
    tags: tuple[str, ...]
    created: str
    updated: str
    archived: bool
    shareability: int | None
    clarity: int | None
    title_set: bool = False  # True when the user chose the title (it no longer follows line 1)


@dataclass(frozen=True)
class DraftSummary:
    id: int
    title: str
    platform: str
    status: str
    tags: tuple[str, ...]
    created: str
    updated: str
    archived: bool
    shareability: int | None
    clarity: int | None
    note_count: int


@dataclass(frozen=True)
class Revision:
    id: int
    draft_id: int
    body: str
    title: str
    created: str
    kind: str = "edit"  # "edit", "restore" or "import"


@dataclass(frozen=True)
class Note:
    id: int
    draft_id: int
    reader: str
    channel: str
    sentiment: str
    text: str
    created: str


@dataclass(frozen=True)
class NoteTally:
    count: int
    positive: int
    neutral: int
    negative: int


@dataclass(frozen=True)
class SearchHit:
    draft: DraftSummary
    snippet: str  # plain text; matches between "\x02" and "\x03"
    rank: float


@dataclass(frozen=True)
class DraftBundle:
    """A draft with everything attached to it: the unit of export and import."""

    draft: DraftRecord
    revisions: tuple[Revision, ...] = ()
    notes: tuple[Note, ...] = ()
    dismissed: tuple[tuple[str, str], ...] = ()


SUMMARY_COLUMNS = (
    "id, title, platform, status, tags, created, updated, archived, "
    "shareability, clarity, note_count"
)
DRAFT_COLUMNS = (
    "id, title, body, platform, status, tags, created, updated, archived, "
    "shareability, clarity, title_set"
)
_HEADING_RE = re.compile(r"^#{1,6}\s+")
_RULE_RE = re.compile(r"^(?:-\s*){3,}$|^(?:\*\s*){3,}$|^(?:_\s*){3,}$")


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """UTC ISO 8601 with microseconds, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def normalise_timestamp(value: str) -> str:
    """Any ISO 8601 timestamp as the library's UTC form (naive ones are taken as UTC)."""
    moment = datetime.fromisoformat(value.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return iso(moment)


def title_from_body(body: str) -> str:
    """The first line with words (not a Markdown rule), without a heading marker, shortened."""
    for line in body.splitlines():
        line = _HEADING_RE.sub("", line.strip()).strip()
        if line and not _RULE_RE.match(line):
            return line if len(line) <= TITLE_MAX else line[: TITLE_MAX - 1].rstrip() + "…"
    return UNTITLED


def clean_tags(tags: Iterable[str] | str) -> tuple[str, ...]:
    """Tags without ``#``, blanks or case-insensitive repeats, in the order given."""
    items = tags.split(",") if isinstance(tags, str) else tags
    seen: set[str] = set()
    result: list[str] = []
    for tag in items:
        tag = str(tag).strip().lstrip("#").strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return tuple(result)


def check_choice(value: str, choices: Iterable[str], what: str) -> str:
    allowed = tuple(choices)
    if value not in allowed:
        raise LibraryError(f"Unknown {what} {value!r}: use one of {', '.join(allowed)}.")
    return value


def check_platform(platform: str) -> str:
    from smm_tui.core.platforms import PLATFORMS

    return check_choice(platform, PLATFORMS, "platform")


def tags_of(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def _draft_fields(row: sqlite3.Row) -> dict[str, Any]:
    """The columns a full draft and a list row share, converted from their stored form."""
    return {
        "id": row["id"],
        "title": row["title"],
        "platform": row["platform"],
        "status": row["status"],
        "tags": tags_of(row["tags"]),
        "created": row["created"],
        "updated": row["updated"],
        "archived": bool(row["archived"]),
        "shareability": row["shareability"],
        "clarity": row["clarity"],
    }


def summary_from_row(row: sqlite3.Row) -> DraftSummary:
    return DraftSummary(**_draft_fields(row), note_count=row["note_count"])


def record_from_row(row: sqlite3.Row) -> DraftRecord:
    return DraftRecord(
        **_draft_fields(row), body=row["body"], title_set=bool(row["title_set"])
    )


def revision_from_row(row: sqlite3.Row) -> Revision:
    return Revision(
        id=row["id"],
        draft_id=row["draft_id"],
        body=row["body"],
        title=row["title"],
        created=row["created"],
        kind=row["kind"],
    )


def note_from_row(row: sqlite3.Row) -> Note:
    return Note(
        id=row["id"],
        draft_id=row["draft_id"],
        reader=row["reader"],
        channel=row["channel"],
        sentiment=row["sentiment"],
        text=row["text"],
        created=row["created"],
    )


def filters(
    *, archived: bool, status: str | None, platform: str | None, tag: str | None
) -> tuple[str, list[object]]:
    """SQL conditions on ``d`` (the drafts table) and their parameters."""
    where = ["d.archived = ?"]
    params: list[object] = [int(archived)]
    if status is not None:
        where.append("d.status = ?")
        params.append(status)
    if platform is not None:
        where.append("d.platform = ?")
        params.append(platform)
    if tag is not None:
        where.append("d.id IN (SELECT draft_id FROM draft_tags WHERE tag = ?)")
        params.append(tag.strip().lstrip("#"))
    return " AND ".join(where), params


