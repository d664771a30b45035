"""The app as a whole: launching, quitting, theme, and the screens engineer B provides."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_helpers import EVIL, AppFactory, FakeClipboard, fake_critique, notifications

from smm_tui.app import SmmApp
from smm_tui.config import Settings
from smm_tui.core.library import Library, LibraryError
from smm_tui.launch import launch
from smm_tui.paths import styles_dir
from smm_tui.screens.confirm import ConfirmScreen
from smm_tui.screens.editor import EditorScreen
from smm_tui.screens.feedback import FeedbackScreen
from smm_tui.screens.library import LibraryScreen
from smm_tui.screens.revisions import RevisionsScreen


def test_launch_on_an_unusable_path_says_why_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert launch(blocker / "library.db", Settings()) == 1
    err = capsys.readouterr().err
    assert err.startswith("smm-tui: ") and "not-a-folder" in err


def test_every_stylesheet_is_loaded(library: Library) -> None:
    app = SmmApp(library, Settings())
    expected = sorted(styles_dir().glob("*.tcss"))
    assert [Path(p) for p in app.css_path] == expected
    assert {p.name for p in expected} >= {"app.tcss", "editor.tcss", "help.tcss", "thread.tcss"}


async def test_quitting_with_everything_saved_asks_nothing(
    make_app: AppFactory, library: Library
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.editor_screen.editor.load_text("All saved")
        await pilot.pause()
        assert app.editor_screen.save_now()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
    assert app.return_code == 0
    assert library.list_drafts()[0].title == "All saved"


async def test_quitting_when_the_save_fails_asks_first(
    make_app: AppFactory, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise LibraryError("The library file /x/library.db is read-only.")

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.editor_screen.editor.load_text("Unsaved words")
        await pilot.pause()
        monkeypatch.setattr(library, "create_draft", broken)
        monkeypatch.setattr(library, "save_draft", broken)
        app.editor_screen.editor.insert("!")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Not saved" in str(app.editor_screen.query_one("#status-line").render())
        await pilot.press("n")
        assert isinstance(app.screen, EditorScreen) and app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0


async def test_theme_toggles_between_dark_and_light(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.theme == "textual-dark"
        await pilot.press("f10")
        assert app.theme == "textual-light"
        await pilot.press("f10")
        assert app.theme == "textual-dark"


async def test_an_unknown_theme_in_the_settings_is_reported_once(library: Library) -> None:
    app = SmmApp(library, Settings(theme="neon"), clipboard=FakeClipboard(), critic=fake_critique)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f1", "escape")
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert notifications(app) == ["Unknown theme 'neon' in your settings; using textual-dark."]
        [notice] = app._notifications
        assert notice.severity == "warning" and notice.markup is False


async def test_a_theme_name_that_looks_like_markup_is_shown_as_is(library: Library) -> None:
    app = SmmApp(library, Settings(theme=EVIL), clipboard=FakeClipboard(), critic=fake_critique)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.is_running
        assert notifications(app) == [
            f"Unknown theme '{EVIL}' in your settings; using textual-dark."]


async def test_a_known_theme_from_the_settings_is_used_silently(library: Library) -> None:
    app = SmmApp(library, Settings(theme="textual-light"), clipboard=FakeClipboard(),
                 critic=fake_critique)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light"
        assert notifications(app) == []


async def test_library_screen_opens_the_chosen_draft(
    make_app: AppFactory, library: Library
) -> None:
    other = library.create_draft("The other draft")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.editor_screen.editor.load_text("Current draft")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert [d.title for d in library.list_drafts()] == ["Current draft", "The other draft"]
        app.screen.dismiss(other.id)
        await pilot.pause()
        assert isinstance(app.screen, EditorScreen)
        assert app.editor_screen.editor.text == "The other draft"
        assert library.get_state("last_draft_id") == str(other.id)


async def test_feedback_and_revisions_screens_open_for_the_draft(
    db_path: Path, settings: Settings
) -> None:
    library = Library.open(db_path, revision_window=0)  # every save is its own revision
    app = SmmApp(library, settings, critic=fake_critique, clipboard=FakeClipboard())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.editor_screen
        screen.editor.load_text("First version")
        await pilot.pause()
        assert screen.save_now() and screen.draft_id is not None
        library.add_note(screen.draft_id, "Loved it", reader="Ann", sentiment="positive")
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        app.screen.dismiss(None)
        await pilot.pause()
        assert "1 note" in str(screen.query_one("#feedback-panel-tally").render())
        first = library.list_revisions(screen.draft_id)[-1]
        screen.editor.load_text("Second version")
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, RevisionsScreen)
        app.screen.dismiss(library.restore_revision(first.id))
        await pilot.pause()
        assert screen.editor.text == "First version"
        assert not screen.dirty
    library.close()
