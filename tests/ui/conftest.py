"""Fixtures for the app's pilot tests: a real Library in tmp_path, settings, an app factory."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from app_helpers import FakeClipboard, fake_critique
from textual.widgets import Input, TextArea

from smm_tui.app import SmmApp
from smm_tui.config import Settings
from smm_tui.core.library import Library


@pytest.fixture(autouse=True)
def no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Steady cursors, so screenshots and snapshots are stable."""
    monkeypatch.setattr(TextArea, "cursor_blink", False)
    monkeypatch.setattr(Input, "cursor_blink", False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.db"


@pytest.fixture
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC, so times shown from a fixed clock are the same on every machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def library_options() -> dict[str, Any]:
    """Extra ``Library.open`` arguments; a test module overrides this to fix the clock."""
    return {}


@pytest.fixture
def library(db_path: Path, library_options: dict[str, Any]) -> Iterator[Library]:
    library = Library.open(db_path, **library_options)
    yield library
    library.close()


@pytest.fixture
def settings() -> Settings:
    return Settings(autosave_delay=0.2)


@pytest.fixture
def make_app(library: Library, settings: Settings) -> Callable[..., SmmApp]:
    """``make_app(real_engine=False, clipboard=FakeClipboard())`` -> a fresh SmmApp."""

    def factory(*, real_engine: bool = False, **kwargs: object) -> SmmApp:
        kwargs.setdefault("clipboard", FakeClipboard())
        if not real_engine:
            kwargs.setdefault("critic", fake_critique)
        return SmmApp(library, settings, **kwargs)  # type: ignore[arg-type]

    return factory
