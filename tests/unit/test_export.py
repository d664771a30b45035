"""Markdown and JSON import/export, front matter, and the lossless JSON round trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from smm_tui.core.export import (
    ImportExportError,
    import_paths,
    library_json,
    markdown_text,
    parse_front_matter,
    read_markdown,
    write_json,
    write_markdown,
)
from smm_tui.core.library import Library


def test_front_matter_parser() -> None:
    text = (
        "---\n"
        "title: \"Launch: day one\"\n"
        "platform: linkedin\n"
        "# a comment\n"
        "status: 'it''s ready'\n"
        "tags: [launch, \"a, b\", 'c']\n"
        "aliases:\n"
        "  - one\n"
        "  - two\n"
        "---\n"
        "Body line\n"
    )
    fields, body = parse_front_matter(text)
    assert fields == {
        "title": "Launch: day one", "platform": "linkedin", "status": "it's ready",
        "tags": ["launch", "a, b", "c"], "aliases": ["one", "two"],
    }
    assert body == "Body line\n"
    assert parse_front_matter("No front matter\n---\n") == ({}, "No front matter\n---\n")
    assert parse_front_matter("---\nunclosed: yes\n") == ({}, "---\nunclosed: yes\n")
    with pytest.raises(ValueError, match="line 3: expected 'key: value'"):
        parse_front_matter("---\ntitle: x\njust text\n---\nbody")
    # A leading rule that is not followed by key: value lines is part of the post.
    for post in ("---\njust text\n---\nbody", "---\n\nhttps://example.com\n---\n",
                 "---\nNote: this is a post\n---\n"):
        assert parse_front_matter(post) == ({}, post)


def test_markdown_without_front_matter_titles_from_first_line(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_bytes(b"\xef\xbb\xbf\r\n# Big news\r\nWe launched.\r\n\r\n")
    bundle = read_markdown(path, now="2025-01-01T00:00:00.000000+00:00")
    assert bundle.draft.title == "Big news"
    assert bundle.draft.title_set is False
    assert bundle.draft.body == "# Big news\nWe launched."
    assert (bundle.draft.platform, bundle.draft.status) == ("x", "draft")
    assert [(r.kind, r.body) for r in bundle.revisions] == [("import", bundle.draft.body)]


def test_bad_markdown_inputs_name_the_file(tmp_path: Path) -> None:
    bad_platform = tmp_path / "a.md"
    bad_platform.write_text("---\nplatform: myspace\n---\nhi")
    with pytest.raises(ImportExportError,
                       match=r"a\.md, line 2: unknown platform 'myspace' \(use one of: x, "):
        read_markdown(bad_platform)
    latin1 = tmp_path / "b.md"
    latin1.write_bytes("café".encode("latin-1"))
    with pytest.raises(ImportExportError, match=r"b\.md: it is not UTF-8 text"):
        read_markdown(latin1)


def test_import_is_all_or_nothing(tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    (posts / "sub").mkdir(parents=True)
    (posts / "one.md").write_text("---\ntitle: One\ntags: [a]\n---\n\nFirst post\n")
    (posts / "sub" / "two.markdown").write_text("Second post\n")
    (posts / "ignored.txt").write_text("not markdown")
    (posts / "zz.md").write_text("---\nstatus: lost\n---\nbad")
    with Library.open(tmp_path / "lib.db") as lib:
        with pytest.raises(ImportExportError, match=r"zz\.md, line 2: unknown status 'lost' "
                           r"\(use one of: draft, ready, published\)\. Fix it and retry; "
                           r"nothing was imported\.$"):
            import_paths(lib, [posts])
        assert lib.count_drafts() == 0
        (posts / "zz.md").unlink()
        report = import_paths(lib, [posts])
        assert [p.name for p in report.files] == ["one.md", "two.markdown"]
        drafts = [lib.get_draft(i) for i in report.draft_ids]
        assert [(d.title, d.title_set, d.body, d.tags) for d in drafts] == [
            ("One", True, "First post", ("a",)),
            ("Second post", False, "Second post", ()),
        ]
        with pytest.raises(ImportExportError, match="does not exist"):
            import_paths(lib, [tmp_path / "missing"])


def test_markdown_export_reads_back(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.db") as lib:
        a = lib.create_draft("Line one\nline two", title="Title: with \"quotes\"",
                             platform="bluesky", status="ready", tags=["x y", "z"])
        b = lib.create_draft("Archived one")
        lib.archive_draft(b.id)
        written = write_markdown(lib, tmp_path / "out")
        assert [p.name for p in written] == [f"{a.id:05d}-title-with-quotes.md"]
        assert written[0].read_text() == markdown_text(lib.get_draft(a.id))
        back = read_markdown(written[0]).draft
        original = lib.get_draft(a.id)
        assert (back.title, back.body, back.platform, back.status, back.tags, back.created,
                back.updated, back.title_set) == (
            original.title, original.body, original.platform, original.status,
            original.tags, original.created, original.updated, True)
        with pytest.raises(ImportExportError, match="already exists"):
            write_markdown(lib, tmp_path / "out")


def _strip(document: dict[str, Any]) -> dict[str, Any]:
    """The export without ids and export time."""
    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if k not in ("id", "exported")}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value
    result: dict[str, Any] = clean(document)
    return result


def test_json_round_trip_is_lossless(tmp_path: Path) -> None:
    with Library.open(tmp_path / "a.db", revision_window=0) as lib:
        filler = lib.create_draft("Filler so ids differ")
        d1 = lib.create_draft("First version", tags=["launch"], platform="mastodon")
        lib.save_draft(d1.id, body="Second version [/] \x1b[31m", scores=(80, 70))
        lib.save_draft(d1.id, title="Chosen title", status="published")
        lib.restore_revision(lib.list_revisions(d1.id)[-1].id)
        lib.add_note(d1.id, "Great", reader="Ana", channel="email", sentiment="positive")
        lib.add_note(d1.id, "Meh", sentiment="negative")
        lib.dismiss_finding(d1.id, "adverbs", "really")
        d2 = lib.create_draft("")
        lib.archive_draft(d2.id)
        lib.archive_draft(filler.id)
        write_json(lib, tmp_path / "export.json")
        first = json.loads((tmp_path / "export.json").read_text())
    assert len(first["drafts"]) == 3
    with Library.open(tmp_path / "b.db") as other:
        report = import_paths(other, [tmp_path / "export.json"])
        assert len(report.draft_ids) == 3
        second = library_json(other)
        assert [h.draft.title for h in other.search("second")] == []
        assert [h.draft.title for h in other.search("first version")] == ["Chosen title"]
        assert other.note_tally(report.draft_ids[1]).count == 2
    assert _strip(second) == _strip(first)


def test_bad_json_names_the_file(tmp_path: Path) -> None:
    cases = {
        "broken.json": ("{", r"broken\.json is not valid JSON \(line 1, column 2\)"),
        "other.json": ('{"hello": 1}', r"other\.json is not an smm-tui library export"),
        "future.json": ('{"format": "smm-tui-library", "version": 9, "drafts": []}',
                        r"future\.json was exported by a newer version"),
        "bad.json": ('{"format": "smm-tui-library", "version": 1, "drafts": [{"body": 3}]}',
                     r"bad\.json: draft 1: 'body' should be str"),
    }
    with Library.open(tmp_path / "lib.db") as lib:
        for name, (text, message) in cases.items():
            (tmp_path / name).write_text(text)
            with pytest.raises(ImportExportError, match=message):
                import_paths(lib, [tmp_path / name])
        assert lib.count_drafts() == 0


def test_write_json_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    out.write_text("keep me")
    with Library.open(tmp_path / "lib.db") as lib:
        with pytest.raises(ImportExportError, match="already exists"):
            write_json(lib, out)
        assert out.read_text() == "keep me"
        assert write_json(lib, out, overwrite=True) == 0
    assert json.loads(out.read_text())["drafts"] == []
