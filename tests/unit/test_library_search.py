"""Full-text search: any user text is a valid query; ranked hits with plain snippets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smm_tui.core.library import DraftBundle, DraftRecord, Library
from smm_tui.core.search import fts_query


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.db")
    yield library
    library.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#launch", '"#launch"'),
        ("new-feature", '"new-feature"'),
        ('"', None),
        ('say "hi', '"say" """hi"'),
        ("AND", '"AND"'),
        ("[/]", None),
        ("", None),
        ("   ", None),
        ("café NEAR(x)", '"café" "NEAR(x)"'),
    ],
)
def test_fts_query_quotes_every_chunk(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected


def test_hostile_queries_never_raise(lib: Library) -> None:
    lib.create_draft("Our #launch of the new-feature AND more [/] \"quoted\"")
    for query in ("#launch", "new-feature", '"', "AND", "[/]", "OR NOT", "*", "a*b",
                  "NEAR(", "col:launch", "^", "(", "'", "\\", "\x00", "🚀"):
        lib.search(query)  # must not raise
    assert [h.draft.title for h in lib.search("#launch")] != []
    assert len(lib.search("new-feature")) == 1
    assert len(lib.search("AND")) == 1
    assert lib.search("[/]") == []
    assert lib.search('"') == []


def test_blank_query_lists_recent(lib: Library) -> None:
    a = lib.create_draft("first")
    b = lib.create_draft("second")
    hits = lib.search("  ")
    assert [h.draft.id for h in hits] == [b.id, a.id]
    assert {h.snippet for h in hits} == {""}


def test_searches_titles_bodies_and_notes_with_snippets(lib: Library) -> None:
    d1 = lib.create_draft("Spring sale\nEverything must go this weekend.")
    d2 = lib.create_draft("Hiring\nWe are hiring engineers.")
    lib.add_note(d2.id, "Reader asked about the spring schedule", sentiment="positive")
    hits = lib.search("spring")
    assert [h.draft.id for h in hits] == [d1.id, d2.id]  # title match ranks first
    assert hits[0].snippet == "\x02Spring\x03 sale Everything must go this weekend."
    title_only = lib.create_draft("Plain body here", title="Autumn")
    assert lib.search("autumn")[0].snippet == "Plain body here"
    assert lib.search("autumn")[0].draft.id == title_only.id
    assert hits[1].snippet == "Reader asked about the \x02spring\x03 schedule"
    assert hits[0].rank < hits[1].rank
    assert hits[1].draft.note_count == 1
    # Words split between the post and a note still find the draft.
    assert [h.draft.id for h in lib.search("engineers schedule")] == [d2.id]


def test_diacritics_and_case_are_ignored(lib: Library) -> None:
    draft = lib.create_draft("Café opening")
    assert [h.draft.id for h in lib.search("CAFE")] == [draft.id]


def test_index_follows_edits_notes_and_archive(lib: Library) -> None:
    draft = lib.create_draft("alpha")
    assert len(lib.search("alpha")) == 1
    lib.save_draft(draft.id, body="beta")
    assert lib.search("alpha") == []
    assert len(lib.search("beta")) == 1
    note = lib.add_note(draft.id, "gamma")
    assert len(lib.search("gamma")) == 1
    lib.update_note(note.id, text="delta")
    assert (lib.search("gamma"), len(lib.search("delta"))) == ([], 1)
    lib.delete_note(note.id)
    assert lib.search("delta") == []
    lib.archive_draft(draft.id)
    assert lib.search("beta") == []
    assert len(lib.search("beta", archived=True)) == 1


def test_filters(lib: Library) -> None:
    a = lib.create_draft("launch on x", platform="x", tags=["launch"])
    b = lib.create_draft("launch on linkedin", platform="linkedin", status="ready")
    assert [h.draft.id for h in lib.search("launch", platform="x")] == [a.id]
    assert [h.draft.id for h in lib.search("launch", status="ready")] == [b.id]
    assert [h.draft.id for h in lib.search("launch", tag="#launch")] == [a.id]
    assert len(lib.search("launch", limit=1)) == 1


def test_snippet_is_plain_text(lib: Library) -> None:
    lib.create_draft("[bold]launch[/] [@click=app.quit]now[/]")
    (hit,) = lib.search("launch")
    assert hit.snippet == "[bold]\x02launch\x03[/] [@click=app.quit]now[/]"


def test_triggers_dropped_by_a_schema_change_are_restored_on_open(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    with Library.open(path) as lib:
        draft = lib.create_draft("original words")
        conn = lib._conn()
        conn.execute("DROP TRIGGER search_draft_update")  # what Table.transform() does
        conn.execute("DROP TRIGGER note_count_insert")
        conn.execute("UPDATE drafts SET title = 'edited', body = 'edited text' WHERE id = ?",
                     (draft.id,))
        conn.execute("INSERT INTO notes (draft_id, text, created) VALUES (?, 'n', 'now')",
                     (draft.id,))
    with Library.open(path) as lib:
        assert lib.search("original") == []
        assert len(lib.search("edited")) == 1
        assert lib.list_drafts()[0].note_count == 1
        lib.save_draft(draft.id, body="third version")
        assert len(lib.search("third")) == 1


def test_an_older_better_match_beats_600_newer_ones(lib: Library) -> None:
    best = lib.create_draft("Our webinar: the webinar recap, webinar slides, webinar video",
                            title="Webinar")
    newer = lib.import_bundles(
        DraftBundle(DraftRecord(0, f"Post {i}", f"Post {i}\nJoin the webinar on day {i} "
                                "with our team and partners for news about the product",
                                "x", "draft", (), f"2030-01-01T00:00:{i % 60:02d}.{i:06d}+00:00",
                                f"2030-01-01T00:00:{i % 60:02d}.{i:06d}+00:00", False, None,
                                None))
        for i in range(600)
    )
    assert len(newer) == 600 and min(newer) > best.id
    hits = lib.search("webinar", limit=10)
    assert hits[0].draft.id == best.id
    assert hits[0].snippet.startswith("Our \x02webinar\x03: the \x02webinar\x03 recap")
