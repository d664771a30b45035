"""Copying: the system clipboard when there is one, OSC 52 always, and a message saying which."""

from __future__ import annotations

import shutil

import pyperclip
import pytest
from app_helpers import EVIL, AppFactory, FakeClipboard, notifications

from smm_tui.app import SmmApp
from smm_tui.clipboard import Clipboard, ClipboardUnavailable, copy_message, system_copy


def no_tool(text: str) -> None:
    raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")


def test_a_failing_backend_reports_false_and_keeps_the_reason() -> None:
    clipboard = Clipboard(backend=no_tool)
    assert clipboard.copy("hello") is False
    assert clipboard.last_error == "Pyperclip could not find a copy/paste mechanism"


def test_a_working_backend_gets_the_exact_text() -> None:
    received: list[str] = []
    assert Clipboard(backend=received.append).copy("héllo 👋") is True
    assert received == ["héllo 👋"]


def test_messages_say_what_happened() -> None:
    assert copy_message(231, True) == (
        "Copied 231 characters to the system clipboard and via the terminal (OSC 52)."
    )
    assert copy_message(1, False) == (
        "No system clipboard found; sent 1 character via the terminal (OSC 52)."
    )


def test_no_display_means_no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    with pytest.raises(ClipboardUnavailable, match="no clipboard tool"):
        system_copy("hello")


@pytest.mark.skipif(shutil.which("xclip") is None, reason="xclip is not installed")
def test_dead_display_fails_quietly(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISPLAY", ":97")  # nothing listens there
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    clipboard = Clipboard()
    assert clipboard.copy("hello") is False
    assert "xclip" in (clipboard.last_error or "")
    out, err = capfd.readouterr()
    assert out == "" and err == ""  # nothing may reach the terminal under the TUI


def capture_osc52(app: SmmApp) -> list[str]:
    """Record what ``App.copy_to_clipboard`` receives, still sending it on."""
    sent: list[str] = []
    original = app.copy_to_clipboard

    def recording(text: str) -> None:
        sent.append(text)
        original(text)

    app.copy_to_clipboard = recording  # type: ignore[method-assign]
    return sent


async def test_copy_with_pyperclip_failing_still_sends_osc52(make_app: AppFactory) -> None:
    app = make_app(clipboard=Clipboard(backend=no_tool))
    sent = capture_osc52(app)
    async with app.run_test(size=(120, 40)) as pilot:
        app.editor_screen.editor.load_text(f"Launch day {EVIL}")
        await pilot.pause()
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert sent == [f"Launch day {EVIL}"]
        assert app.clipboard == f"Launch day {EVIL}"
        assert notifications(app)[-1] == (
            "No system clipboard found; sent 44 characters via the terminal (OSC 52)."
        )
        assert app.is_running


async def test_copy_with_a_system_clipboard_says_both(make_app: AppFactory) -> None:
    fake = FakeClipboard(works=True)
    app = make_app(clipboard=fake)
    sent = capture_osc52(app)
    async with app.run_test(size=(120, 40)) as pilot:
        app.editor_screen.editor.load_text("Hello there")
        await pilot.pause()
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert fake.copied == ["Hello there"] and sent == ["Hello there"]
        assert notifications(app)[-1] == (
            "Copied 11 characters to the system clipboard and via the terminal (OSC 52)."
        )


async def test_copying_an_empty_draft_copies_nothing(make_app: AppFactory) -> None:
    fake = FakeClipboard()
    app = make_app(clipboard=fake)
    sent = capture_osc52(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert sent == [] and fake.copied == []
        assert notifications(app)[-1] == "Nothing to copy: the draft is empty."
