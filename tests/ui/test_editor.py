"""The editor screen: live checklist, findings in the text, dismissals, platforms, autosave."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from app_helpers import EVIL, AppFactory
from rich.text import Text
from textual.widgets import Static

from smm_tui.core.library import Library
from smm_tui.screens.editor import EditorScreen
from smm_tui.widgets.checklist import Checklist
from smm_tui.widgets.editor import PLACEHOLDER
from smm_tui.widgets.meter import LengthMeter

POST = "We are very proud of the the launch!! Try it today."
# findings: "very" 7-11 (clarity), "the the" 21-28 (clarity), "!!" 35-37 (shareability)


def rendered(widget: Static) -> str:
    visual = widget.render()
    return visual.plain if isinstance(visual, Text) else str(visual)


def option_texts(checklist: Checklist) -> list[str]:
    return [str(checklist.get_option_at_index(i).prompt) for i in range(checklist.option_count)]


def screen_of(app: object) -> EditorScreen:
    screen = app.editor_screen  # type: ignore[attr-defined]
    assert isinstance(screen, EditorScreen)
    return screen


async def test_typing_updates_scores_checklist_and_meter(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.editor.load_text("Big news")
        await pilot.pause()
        assert screen.critique is not None and screen.critique.shareability == 100
        screen.editor.move_cursor((0, 8))
        await pilot.press("!", "!")
        await pilot.pause()
        assert screen.critique.shareability == 90
        rows = option_texts(screen.query_one(Checklist))
        assert "! shouting 1 found." in rows
        assert "   “!!” → One exclamation mark is plenty." in rows
        assert rendered(screen.query_one(LengthMeter)).startswith("X  10 / 280")


async def test_real_engine_updates_the_checklist_as_you_type(make_app: AppFactory) -> None:
    app = make_app(real_engine=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.editor.load_text("x" * 279)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.critique is not None
        assert screen.critique.check("length").status != "fail"
        screen.editor.move_cursor((0, 279))
        await pilot.press("y", "z")
        await app.workers.wait_for_complete()  # the real engine may be slow enough for a thread
        await pilot.pause()
        assert screen.critique.length.count == 281
        assert screen.critique.check("length").status == "fail"
        assert screen.query_one(LengthMeter).has_class("-over")


async def test_long_text_gets_every_finding(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        text = "A very long post. " * 200
        screen.editor.load_text(text)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.critique_text == text
        assert len(screen.critique.check("weasel-words").findings) == 200


async def test_findings_are_highlighted_by_group(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.editor.load_text(POST)
        await pilot.pause()
        line = screen.editor.get_line(0)
        styled = {(span.start, span.end) for span in line.spans if span.style}
        assert styled == {(7, 11), (21, 28), (35, 37)}
        clarity = screen.editor.mark_style("clarity")
        share = screen.editor.mark_style("shareability")
        assert clarity.underline and share.underline
        assert clarity.color != share.color and clarity.bgcolor != share.bgcolor
        by_range = {(span.start, span.end): span.style for span in line.spans}
        assert by_range[(7, 11)] == clarity and by_range[(35, 37)] == share


async def test_next_finding_key_and_checklist_rows_move_the_cursor(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.editor.load_text(POST)
        await pilot.pause()
        await pilot.press("f8")
        assert screen.editor.cursor_location == (0, 7)
        assert "weasel-words: Cut it or be specific." in rendered(
            screen.query_one("#status-line", Static)
        )
        await pilot.press("f8")
        assert screen.editor.cursor_location == (0, 21)
        await pilot.press("f8", "f8")  # wraps round to the first finding
        assert screen.editor.cursor_location == (0, 7)
        checklist = screen.query_one(Checklist)
        checklist.focus()
        checklist.highlighted = checklist.get_option_index("finding:shouting:0")
        await pilot.press("enter")
        assert screen.editor.cursor_location == (0, 35)
        assert screen.editor.has_focus


async def test_dismissing_a_finding_is_stored_and_restorable(
    make_app: AppFactory, library: Library
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.editor.load_text(POST)
        await pilot.pause()
        screen.editor.move_cursor((0, 25))
        await pilot.press("f9")
        await pilot.pause()
        assert screen.draft_id is not None
        assert library.dismissed_findings(screen.draft_id) == {("repeated-words", "the the")}
        assert screen.critique.check("repeated-words").status == "pass"
        assert screen.critique.clarity == 90
        assert all(mark.check_id != "repeated-words" for mark in screen.editor.marks)
        await pilot.press("shift+f9")
        await pilot.pause()
        assert library.dismissed_findings(screen.draft_id) == set()
        assert screen.critique.check("repeated-words").status == "warn"


async def test_dismissals_come_back_with_the_draft(
    make_app: AppFactory, library: Library
) -> None:
    record = library.create_draft(POST)
    library.dismiss_finding(record.id, "shouting", "!!")
    library.set_state("last_draft_id", str(record.id))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = screen_of(app)
        assert screen.editor.text == POST
        assert screen.critique.check("shouting").status == "pass"


async def test_platform_key_and_palette_command(make_app: AppFactory, library: Library) -> None:
    record = library.create_draft("Hello 👋")
    library.set_state("last_draft_id", str(record.id))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        assert screen.platform == "bluesky"
        assert rendered(screen.query_one(LengthMeter)).startswith("Bluesky  7 / 300 graphemes")
        assert library.get_draft(record.id).platform == "bluesky"
        await app.run_action("set_platform('youtube')", screen)
        await pilot.pause()
        assert rendered(screen.query_one(LengthMeter)).startswith("YouTube  10 / 5,000 UTF-8")
        assert library.get_draft(record.id).platform == "youtube"


def body_on_disk(path: Path, draft_id: int) -> str:
    """Read the draft straight from the SQLite file, as another process would."""
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT body FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    return str(row[0])


async def test_autosave_writes_the_sqlite_file_after_a_pause(
    make_app: AppFactory, db_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.settings = replace(screen.settings, autosave_delay=1.0)
        assert screen.editor.placeholder == PLACEHOLDER
        await pilot.press("H", "i")
        assert "Unsaved" in rendered(screen.query_one("#status-line", Static))
        assert screen.draft_id is None
        await pilot.pause(1.3)
        assert screen.draft_id is not None
        assert body_on_disk(db_path, screen.draft_id) == "Hi"
        assert "Saved" in rendered(screen.query_one("#status-line", Static))
        await pilot.press("!")
        await app.run_action("quit")
        assert body_on_disk(db_path, screen.draft_id) == "Hi!"
    assert app.return_code == 0


async def test_long_typing_bursts_save_without_a_pause(
    make_app: AppFactory, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smm_tui.screens import editor as editor_module

    monkeypatch.setattr(editor_module, "MAX_UNSAVED_SECONDS", 0.0)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.settings = replace(screen.settings, autosave_delay=60)
        await pilot.press("a", "b")
        await pilot.pause(0.4)
        assert screen.draft_id is not None
        assert body_on_disk(db_path, screen.draft_id) == "ab"


async def test_last_draft_reopens_and_first_run_creates_nothing(
    make_app: AppFactory, library: Library
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert library.count_drafts() == 0
        screen_of(app).editor.load_text("Remember me")
        await app.run_action("quit")
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert screen_of(again).editor.text == "Remember me"
        assert library.count_drafts() == 1


async def test_new_draft_saves_the_current_one(make_app: AppFactory, library: Library) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.editor.load_text("First post")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.editor.text == ""
        assert screen.draft_id is None
        assert [d.title for d in library.list_drafts()] == ["First post"]


async def test_markup_in_body_and_title_renders_literally(
    make_app: AppFactory, library: Library
) -> None:
    record = library.create_draft(f"{EVIL} very!!")
    library.set_state("last_draft_id", str(record.id))
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        screen = screen_of(app)
        status = rendered(screen.query_one("#status-line", Static))
        assert EVIL in status
        rows = option_texts(screen.query_one(Checklist))
        assert "   “very” → Cut it or be specific." in rows
        await pilot.press("f8")  # the cursor lands on a finding; the status line quotes it
        assert app.is_running
        assert screen.editor.text.startswith(EVIL)


async def test_scores_of_a_saved_draft_are_kept_in_the_library(
    make_app: AppFactory, library: Library
) -> None:
    record = library.create_draft(POST)
    library.set_state("last_draft_id", str(record.id))
    assert record.shareability is None
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    stored = library.get_draft(record.id)
    assert (stored.shareability, stored.clarity) == (90, 80)  # one "!!"; "very" + "the the"
    assert stored.updated == record.updated  # scores alone do not count as an edit


async def test_fold_preview_follows_the_platform(make_app: AppFactory, library: Library) -> None:
    from smm_tui.core.platforms import fold_preview
    from smm_tui.widgets.preview import FoldPreview

    text = f"{EVIL} " + "A long opening sentence that keeps going well past the fold. " * 5
    record = library.create_draft(text, platform="linkedin")
    library.set_state("last_draft_id", str(record.id))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = screen_of(app)
        preview = fold_preview(text, "linkedin")
        assert preview is not None and preview.startswith(EVIL)
        shown = rendered(screen.query_one(FoldPreview))
        assert shown == f"Before “see more” on LinkedIn:\n{preview} …see more"
        await app.run_action("set_platform('mastodon')", screen)
        await pilot.pause()
        assert rendered(screen.query_one(FoldPreview)) == (
            "Mastodon shows the whole post: no “see more” fold."
        )


@pytest.mark.parametrize(("cpu_seconds", "on_main_thread"), [(0.0, True), (0.03, False)])
async def test_only_a_cheap_engine_runs_on_the_ui_thread(
    make_app: AppFactory, cpu_seconds: float, on_main_thread: bool
) -> None:
    import threading
    import time as clock

    from app_helpers import fake_critique

    threads: list[str] = []

    def engine(*args: object) -> object:
        threads.append(threading.current_thread().name)
        deadline = clock.thread_time() + cpu_seconds  # 30 ms is over the inline budget
        while clock.thread_time() < deadline:
            pass
        return fake_critique(*args)  # type: ignore[arg-type]

    app = make_app(critic=engine)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        while screen.critique is None:  # the first run, after the first frame, measures it
            await pilot.pause()
        await app.workers.wait_for_complete()
        threads.clear()
        await pilot.press("a", "b")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert threads
        assert all((name == threading.main_thread().name) == on_main_thread for name in threads)
        assert screen.critique_text == "ab"


async def test_a_reopened_draft_puts_the_cursor_at_its_end(
    make_app: AppFactory, library: Library
) -> None:
    draft = library.create_draft("First line.\nSecond line.", platform="linkedin")
    library.set_state("last_draft_id", str(draft.id))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        await pilot.pause()
        assert screen.editor.cursor_location == (1, len("Second line."))
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.draft_id is None and screen.editor.text == ""
        assert screen.platform == "linkedin"  # a new draft keeps the platform in use


async def test_a_long_finding_is_quoted_short(make_app: AppFactory) -> None:
    app = make_app(real_engine=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = screen_of(app)
        screen.editor.load_text("word " * 200)
        while screen.critique is None or screen.critique_text != screen.editor.text:
            await pilot.pause()
        rows = option_texts(screen.query_one(Checklist))
        assert rows and max(len(row) for row in rows) < 200
