"""The installed ``smm-tui`` in a real terminal (tmux), on a temporary data folder.

Each test runs its own tmux server (``-L``), so nothing leaks between tests or into the
user's tmux. Missing tools skip the tests, unless ``SMM_TUI_REQUIRE_E2E=1`` (CI) makes
that a failure.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

REQUIRED = os.environ.get("SMM_TUI_REQUIRE_E2E") == "1"
WIDTH, HEIGHT = 120, 36


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if REQUIRED:
            pytest.fail(f"{tool} is required for the end-to-end tests (SMM_TUI_REQUIRE_E2E=1)")
        pytest.skip(f"{tool} is not installed")
    return path


def installed_smm_tui() -> str:
    """The console script of the installed package, not ``python -m`` on the source tree."""
    beside_python = Path(sys.executable).parent / "smm-tui"
    found = str(beside_python) if beside_python.exists() else shutil.which("smm-tui")
    if found is None:
        if REQUIRED:
            pytest.fail("the smm-tui command is not installed")
        pytest.skip("the smm-tui command is not installed")
    return found


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what or predicate}")


class Terminal:
    """One tmux server with one pane running smm-tui."""

    def __init__(self, tmp_path: Path, env: dict[str, str]) -> None:
        self.socket = f"smm-e2e-{uuid.uuid4().hex[:8]}"
        # tmux runs this through sh; the status file is how we learn the exit code
        # (tmux's #{pane_dead_status} is not always filled in).
        self.status_file = tmp_path / "exit-status"
        self.command = f"'{installed_smm_tui()}'; echo $? > '{self.status_file}'"
        self.env = env
        self.config = tmp_path / "tmux.conf"
        # set-clipboard on: tmux turns an application's OSC 52 into a paste buffer.
        self.config.write_text(
            "set -g set-clipboard on\nset -g remain-on-exit on\n"
            f"set -g default-size {WIDTH}x{HEIGHT}\n"
        )

    def tmux(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True, text=True, timeout=10, check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {result.stderr}")
        return result.stdout

    def start(self) -> None:
        """Open the window first, then run the app in it: started with the window, the app
        can catch the pane at tmux's 80×24 before it is resized and miss the resize."""
        self.tmux("new-session", "-d", "-s", "main", "-x", str(WIDTH), "-y", str(HEIGHT),
                  "sleep 600")
        wait_for(lambda: self.pane("#{pane_width}x#{pane_height}") == f"{WIDTH}x{HEIGHT}",
                 5, "the tmux window size")
        self.relaunch()

    def relaunch(self) -> None:
        self.status_file.unlink(missing_ok=True)
        env_args = [arg for key, value in self.env.items() for arg in ("-e", f"{key}={value}")]
        self.tmux("respawn-pane", "-k", "-t", "main", *env_args, self.command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "main")

    def wait_for_text(self, text: str, timeout: float = 15.0) -> None:
        wait_for(lambda: text in self.screen(), timeout, f"{text!r} on screen:\n{self.screen()}")

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "main", "-l", text)

    def key(self, key: str) -> None:
        self.tmux("send-keys", "-t", "main", key)

    def pane(self, fmt: str) -> str:
        return self.tmux("display-message", "-p", "-t", "main", fmt).strip()

    def app_pid(self) -> int:
        """smm-tui's pid: the child of the pane's shell."""
        shell = self.pane("#{pane_pid}")
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                lines = status.read_text().splitlines()
                fields = dict(line.split(":\t", 1) for line in lines if ":\t" in line)
            except OSError:
                continue
            if fields.get("PPid", "").strip() == shell:
                return int(status.parent.name)
        raise AssertionError("smm-tui is not running in the pane")

    def wait_for_exit(self) -> int:
        wait_for(lambda: self.status_file.exists() and self.status_file.read_text().strip() != "",
                 10, "smm-tui to exit")
        return int(self.status_file.read_text())

    def close(self) -> None:
        self.tmux("kill-server", check=False)


@pytest.fixture
def data_env(tmp_path: Path) -> dict[str, str]:
    return {
        "SMM_TUI_DATA_DIR": str(tmp_path / "data"),
        "SMM_TUI_CONFIG_DIR": str(tmp_path / "config"),
        "HOME": str(tmp_path / "home"),
        "DISPLAY": "",
        "WAYLAND_DISPLAY": "",
        "TERM": "tmux-256color",
        # Textual asks shutil.get_terminal_size(), which believes these over the pty.
        "COLUMNS": "",
        "LINES": "",
    }


@pytest.fixture
def terminal(tmp_path: Path, data_env: dict[str, str]) -> Iterator[Terminal]:
    need("tmux")
    term = Terminal(tmp_path, data_env)
    yield term
    term.close()


def test_type_copy_quit_and_find_the_draft_again(terminal: Terminal) -> None:
    terminal.start()
    terminal.wait_for_text("SHAREABILITY")
    terminal.wait_for_text("X  0 / 280")
    post = "Big launch today. Tell us what?"
    terminal.type(post)
    terminal.wait_for_text(f"X  {len(post)} / 280")  # the checklist pane followed the typing
    assert post in terminal.screen()
    assert "● Unsaved" in terminal.screen() or "✓ Saved" in terminal.screen()

    terminal.key("F5")
    terminal.wait_for_text("(OSC 52)")
    assert "No system clipboard found" in terminal.screen()
    wait_for(lambda: terminal.tmux("show-buffer", check=False) == post, 5, "OSC 52 in tmux")

    terminal.key("C-q")
    assert terminal.wait_for_exit() == 0

    terminal.relaunch()
    terminal.wait_for_text(post)
    terminal.wait_for_text("✓ Saved")
    terminal.key("C-q")
    assert terminal.wait_for_exit() == 0


def test_kill_9_keeps_the_autosaved_text(terminal: Terminal) -> None:
    terminal.start()
    terminal.wait_for_text("SHAREABILITY")
    terminal.type("First words.")
    terminal.wait_for_text("✓ Saved")
    terminal.type(" More words after a pause.")
    terminal.wait_for_text("More words after a pause.")
    time.sleep(1.6)  # autosave_delay is 1 s: the text must be on disk now
    os.kill(terminal.app_pid(), signal.SIGKILL)
    assert terminal.wait_for_exit() == 128 + signal.SIGKILL

    terminal.relaunch()
    terminal.wait_for_text("First words. More words after a pause.")
    terminal.key("C-q")


def free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
            f"/tmp/.X{number}-lock"
        ).exists():
            return number
    pytest.skip("no free X display number")


@pytest.fixture
def xvfb() -> Iterator[str]:
    need("Xvfb")
    need("xclip")
    display = f":{free_display()}"
    server = subprocess.Popen(
        ["Xvfb", display, "-nolisten", "tcp", "-screen", "0", "640x480x24"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), 10, "Xvfb")
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_copy_reaches_the_x11_clipboard(
    tmp_path: Path, data_env: dict[str, str], xvfb: str
) -> None:
    need("tmux")
    terminal = Terminal(tmp_path, {**data_env, "DISPLAY": xvfb})
    try:
        terminal.start()
        terminal.wait_for_text("SHAREABILITY")
        post = "Copied through xclip. Ünïcode too 👋"
        terminal.type(post)
        terminal.wait_for_text("Ünïcode too")
        terminal.key("F5")
        terminal.wait_for_text("to the system clipboard and via")

        def clipboard() -> str:
            result = subprocess.run(
                ["xclip", "-o", "-selection", "clipboard"], capture_output=True,
                env={**os.environ, "DISPLAY": xvfb}, timeout=5, check=False,
            )
            return result.stdout.decode("utf-8", "replace")

        wait_for(lambda: clipboard() == post, 5, "the X11 clipboard")
        assert "Error" not in terminal.screen()  # nothing from xclip leaked onto the TUI
        terminal.key("C-q")
        assert terminal.wait_for_exit() == 0
    finally:
        terminal.close()
