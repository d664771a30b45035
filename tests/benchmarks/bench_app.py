"""App benchmarks: cold start vs a bare Textual app, keypress→checklist latency, library screen.

Run: ``.venv/bin/python tests/benchmarks/bench_app.py`` (``--quick`` for a small library).
Targets (issue 4): start ≤ 2× the bare app; keypress→checklist p95 ≤ 16 ms at 280
characters and ≤ 50 ms at 3,000; library screen on 100,000 drafts ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Both start-up scripts run headless, so the figure is interpreter + imports + building
# the UI + one refresh, the same way for both.
# Each start-up script prints the wall-clock time of its first frame and leaves at once,
# so neither pays for shutting down (smm-tui's engine warms up in a thread meanwhile).
FIRST_FRAME = """
import os, time
def first_frame():
    print(time.time(), flush=True)
    os._exit(0)
"""

BARE_APP = FIRST_FRAME + """
from textual.app import App
from textual.widgets import Footer, Static, TextArea

class Bare(App):
    def compose(self):
        yield TextArea("hello")
        yield Static("bare")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(first_frame)

Bare().run(headless=True)
"""

SMM_APP = FIRST_FRAME + """
import sys
from pathlib import Path
from smm_tui.app import SmmApp
from smm_tui.config import Settings
from smm_tui.core.library import Library

class FirstFrame(SmmApp):
    def on_mount(self):
        self.call_after_refresh(first_frame)

library = Library.open(Path(sys.argv[1]))
FirstFrame(library, Settings()).run(headless=True)
library.close()
"""

TARGETS = {"start_ratio": 2.0, "p95_280_ms": 16.0, "p95_3000_ms": 50.0, "library_ms": 200.0}


def _median_p95(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": round(statistics.median(ordered), 2), "p95": round(p95, 2)}


def cold_start(runs: int = 7) -> dict[str, Any]:
    """Interleaved subprocess runs of both apps; medians in milliseconds."""
    bare: list[float] = []
    smm: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "library.db"
        env = {**os.environ, "SMM_TUI_DATA_DIR": folder, "SMM_TUI_CONFIG_DIR": folder}
        for _ in range(runs):
            for script, samples, args in ((BARE_APP, bare, []), (SMM_APP, smm, [str(db)])):
                started = time.time()
                done = subprocess.run([sys.executable, "-c", script, *args], env=env,
                                      check=True, capture_output=True, text=True)
                samples.append((float(done.stdout.split()[-1]) - started) * 1000)
    bare_ms, smm_ms = statistics.median(bare), statistics.median(smm)
    return {"bare_ms": round(bare_ms, 1), "smm_ms": round(smm_ms, 1),
            "ratio": round(smm_ms / bare_ms, 2)}


async def _typing_latency(chars: int, keys: int, *, ui_only: bool = False) -> dict[str, float]:
    """Milliseconds from the TextArea handling a key to the checklist showing its result.

    ``ui_only`` swaps the engine for the UI tests' fixed critic, to separate the app's own
    cost from the engine's.
    """
    from textual import events

    from smm_tui.app import SmmApp
    from smm_tui.config import Settings
    from smm_tui.core.library import Library
    from smm_tui.screens.editor import EditorScreen
    from smm_tui.widgets.editor import DraftEditor

    sentence = "We ship the new app today, and it is really very fast. Tell us what you think! "
    text = (sentence * (chars // len(sentence) + 1))[:chars]
    pressed: list[float] = []
    samples: list[float] = []
    applied = asyncio.Event()  # no polling: a polling loop would steal the GIL from the worker
    original_key = DraftEditor._on_key
    original_apply = EditorScreen._apply

    async def stamped_key(self: DraftEditor, event: Any) -> None:
        pressed.append(time.perf_counter())
        await original_key(self, event)

    def stamped_apply(self: EditorScreen, *args: Any) -> None:
        original_apply(self, *args)
        if pressed:
            samples.append((time.perf_counter() - pressed.pop()) * 1000)
        applied.set()

    DraftEditor._on_key = stamped_key  # type: ignore[method-assign]
    EditorScreen._apply = stamped_apply  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as folder:
            library = Library.open(Path(folder) / "library.db")
            if ui_only:
                sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ui"))
                from app_helpers import fake_critique

                app = SmmApp(library, Settings(autosave_delay=60), critic=fake_critique)
            else:
                app = SmmApp(library, Settings(autosave_delay=60))
            async with app.run_test(size=(120, 40)) as pilot:
                screen = app.editor_screen
                screen.editor.load_text(text)
                await app.workers.wait_for_complete()
                await pilot.pause()
                screen.editor.move_cursor(screen.editor.document.end)
                for index in range(keys):
                    applied.clear()
                    # Post the key straight to the editor: Pilot.press waits for the
                    # screen in a busy loop that would be timed too.
                    char = "abcdefgh"[index % 8]
                    screen.editor.post_message(events.Key(char, char))
                    await applied.wait()
                    while screen.critique_text != screen.editor.text:
                        applied.clear()
                        await applied.wait()
                    await pilot.pause()  # let the frame paint before the next key
                    pressed.clear()
            library.close()
    finally:
        DraftEditor._on_key = original_key  # type: ignore[method-assign]
        EditorScreen._apply = original_apply  # type: ignore[method-assign]
    return _median_p95(samples[2:])  # the first keys warm caches


async def _library_screen(db: Path) -> dict[str, float]:
    """Milliseconds from pushing the library screen to its table having painted its rows.

    The end is stamped when the table finishes rendering its first lines with rows in
    them, not after Pilot.pause(), which also waits out idle timers.
    """
    from textual.app import App

    from smm_tui.core.library import Library
    from smm_tui.paths import styles_dir
    from smm_tui.screens.library import DraftTable, LibraryScreen

    painted: list[float] = []
    original_render = DraftTable.render_lines

    def stamped_render(self: DraftTable, crop: Any) -> Any:
        lines = original_render(self, crop)
        if self.row_count and not painted:
            painted.append(time.perf_counter())
        return lines

    library = Library.open(db)
    timings: list[float] = []

    class Host(App[None]):
        CSS_PATH = sorted(styles_dir().glob("*.tcss"))

    DraftTable.render_lines = stamped_render  # type: ignore[method-assign]
    try:
        app = Host()
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(7):
                painted.clear()
                started = time.perf_counter()
                await app.push_screen(LibraryScreen(library))
                while not painted:
                    await asyncio.sleep(0.001)
                timings.append((painted[0] - started) * 1000)
                await pilot.pause()
                app.pop_screen()
                await pilot.pause()
    finally:
        DraftTable.render_lines = original_render  # type: ignore[method-assign]
        library.close()
    return {"median": round(statistics.median(timings), 1), "max": round(max(timings), 1)}


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def library_open(drafts: int) -> dict[str, Any]:
    import bench_library

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "library.db"
        build_s = bench_library.build(db, drafts)
        figures = asyncio.run(_library_screen(db))
    return {"drafts": drafts, "build_s": round(build_s, 1), **figures,
            "rss_mb_after": _rss_mb(),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def run(drafts: int = 100_000, keys: int = 40) -> dict[str, Any]:
    start = cold_start()
    typing_280 = asyncio.run(_typing_latency(280, keys))
    typing_3000 = asyncio.run(_typing_latency(3000, keys))
    ui_280 = asyncio.run(_typing_latency(280, keys, ui_only=True))
    ui_3000 = asyncio.run(_typing_latency(3000, keys, ui_only=True))
    library = library_open(drafts)
    verdicts = {
        "start_ratio": start["ratio"] <= TARGETS["start_ratio"],
        "p95_280_ms": typing_280["p95"] <= TARGETS["p95_280_ms"],
        "p95_3000_ms": typing_3000["p95"] <= TARGETS["p95_3000_ms"],
        "library_ms": library["median"] <= TARGETS["library_ms"],
    }
    return {"start": start, "typing_280": typing_280, "typing_3000": typing_3000,
            "ui_only_280": ui_280, "ui_only_3000": ui_3000,
            "library": library, "targets": TARGETS, "ok": verdicts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 drafts, fewer keys")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = run(5_000 if args.quick else 100_000, 20 if args.quick else 40)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        s, lib = results["start"], results["library"]
        print(f"cold start: smm-tui {s['smm_ms']} ms vs bare Textual {s['bare_ms']} ms "
              f"(ratio {s['ratio']}, target ≤ {TARGETS['start_ratio']})")
        for chars in (280, 3000):
            t = results[f"typing_{chars}"]
            print(f"keypress→checklist at {chars:,} chars: median {t['median']} ms, "
                  f"p95 {t['p95']} ms (target p95 ≤ {TARGETS[f'p95_{chars}_ms']} ms); "
                  f"app alone (fixed critic): median {results[f'ui_only_{chars}']['median']} ms, "
                  f"p95 {results[f'ui_only_{chars}']['p95']} ms")
        print(f"library screen on {lib['drafts']:,} drafts: median {lib['median']} ms, "
              f"max {lib['max']} ms (target ≤ {TARGETS['library_ms']} ms); "
              f"RSS after {lib['rss_mb_after']} MB, peak {lib['peak_rss_mb']} MB")
        print("all targets met" if all(results["ok"].values()) else f"missed: {results['ok']}")
    return 0 if all(results["ok"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
