"""The main screen: the draft on the left, the live checklist on the right.

Two jobs happen behind the typing and must never stall it:
- critique: when the engine has proved cheap for this length it runs inline (cheaper
  than a thread hop); otherwise in a thread worker, one at a time, always on the newest
  text; stale results are dropped by sequence number;
- autosave: a steady cheap tick saves once typing has paused for the delay, or anyway
  after a couple of seconds of unbroken typing, so a ``kill -9`` loses at most that.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, TextArea

from smm_tui import commands
from smm_tui.core.critique import critique, warm_up
from smm_tui.core.library import DraftRecord, Library, LibraryError, NoteTally
from smm_tui.core.model import Critique
from smm_tui.core.platforms import PLATFORMS, fold_preview, get_platform
from smm_tui.core.settings import CheckSettings
from smm_tui.widgets.checklist import Checklist
from smm_tui.widgets.colours import colour
from smm_tui.widgets.editor import DraftEditor, Mark, marks_of
from smm_tui.widgets.feedback_panel import FeedbackPanel
from smm_tui.widgets.meter import LengthMeter, Scores
from smm_tui.widgets.panel import TextPanel
from smm_tui.widgets.preview import FoldPreview

if TYPE_CHECKING:
    from smm_tui.config import Settings

Critic = Callable[[str, str, CheckSettings, Collection[tuple[str, str]]], Critique]
"""The critique engine's signature; tests inject a fixed one to test the UI alone."""

# A critique expected to cost less than this runs inline: within one 60 Hz frame,
# and cheaper than a worker thread, which competes with the UI for the GIL and takes
# several times as long to deliver. Anything dearer (long texts) runs in the thread, so
# typing never waits on the engine. The expectation scales the last measured cost by
# the text's length.
INLINE_BUDGET = 0.016
# Seconds of continuous typing after which we save even without a pause.
MAX_UNSAVED_SECONDS = 2.0
# How often the autosave looks at the clock (at most; half the delay if that is shorter).
AUTOSAVE_TICK = 0.25


class EditorScreen(Screen[None]):
    """Edit one draft; everything about it (save, critique, findings) lives here."""

    BINDINGS = commands.bindings("editor")

    def __init__(self, library: Library, settings: Settings, critic: Critic = critique) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.critic = critic
        self._last_failure = ""
        self.draft_id: int | None = None
        self.title_text = ""
        self.platform = self._default_platform()
        self.dismissed: set[tuple[str, str]] = set()
        self.saved_body = ""
        self.save_error: str | None = None
        self.critique: Critique | None = None
        self.critique_text = ""
        self._preview: str | None = None
        self._stored_scores: tuple[int | None, int | None] = (None, None)
        self._seq = 0
        self._in_flight = False
        self._cost_per_char: float | None = None  # seconds; None until measured
        self._last_edit = 0.0
        self._dirty_since: float | None = None

    # --- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="editor-main"):
            yield DraftEditor(id="editor")
            with Vertical(id="checklist-pane"):
                yield Scores(id="scores")
                yield LengthMeter(id="meter")
                yield Checklist(id="checklist")
                yield FoldPreview(id="fold-preview")
                yield FeedbackPanel(id="feedback-panel")
        yield TextPanel(id="status-line")
        yield Footer(compact=True)

    @property
    def editor(self) -> DraftEditor:
        return self.query_one("#editor", DraftEditor)

    def on_mount(self) -> None:
        self.open_draft(self._last_draft())
        self.editor.focus()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())
        # One cheap steady tick rather than a timer per keystroke.
        self.set_interval(min(AUTOSAVE_TICK, self.settings.autosave_delay / 2), self._autosave_tick)

    def _last_draft(self) -> DraftRecord | None:
        try:
            last = self.library.get_state("last_draft_id")
            return self.library.get_draft(int(last)) if last else None
        except (LibraryError, ValueError):
            return None

    # --- drafts -------------------------------------------------------------------

    def _default_platform(self) -> str:
        platform = self.settings.default_platform
        return platform if platform in PLATFORMS else "x"

    @property
    def dirty(self) -> bool:
        return self.editor.text != self.saved_body

    def open_draft(self, record: DraftRecord | None) -> None:
        """Show ``record`` (or a fresh unsaved draft for None)."""
        self._dirty_since = None
        if record is None:
            self.draft_id, self.title_text, body = None, "", ""
            self.dismissed = set()
        else:
            self.draft_id, self.title_text, body = record.id, record.title, record.body
            self._stored_scores = (record.shareability, record.clarity)
            self.platform = record.platform if record.platform in PLATFORMS else "x"
            self.dismissed = set(self.library.dismissed_findings(record.id))
            self.library.set_state("last_draft_id", str(record.id))
        self.saved_body = body
        self.editor.load_text(body)
        # Carry on writing where the draft ends, not in front of its first word.
        self.editor.move_cursor(self.editor.document.end)
        self._refresh_feedback()
        if self.critique is None:  # first draft: let the first frame paint before the engine
            self.call_after_refresh(self.request_critique, background=True)
        else:
            self.request_critique()
        self.update_status()

    def save_now(self) -> bool:
        """Save if anything changed; False (with the reason shown) when saving failed."""
        if not self.dirty and self.draft_id is not None:
            return True
        body = self.editor.text
        if self.draft_id is None and not body:
            return True
        scores = None
        if self.critique is not None and self.critique_text == body:
            scores = (self.critique.shareability, self.critique.clarity)
        try:
            if self.draft_id is None:
                record = self.library.create_draft(body, platform=self.platform)
                self.draft_id = record.id
                self.library.set_state("last_draft_id", str(record.id))
                if scores:
                    record = self.library.save_draft(record.id, scores=scores)
            else:
                record = self.library.save_draft(
                    self.draft_id, body=body, platform=self.platform, scores=scores
                )
        except LibraryError as error:
            self.save_error = str(error)
            self.notify(self.save_error, title="Not saved", severity="error", markup=False)
            self.update_status()
            return False
        self.saved_body = body
        self.title_text = record.title
        self._stored_scores = (record.shareability, record.clarity)
        self.save_error = None
        self._dirty_since = None
        self.update_status()
        return True

    def _note_edit(self) -> None:
        now = time.monotonic()
        self._last_edit = now
        if self._dirty_since is None:
            self._dirty_since = now

    def _autosave_tick(self) -> None:
        """Save once typing has paused for the delay, or after a long unsaved burst."""
        if self._dirty_since is None or not self.dirty:
            return
        now = time.monotonic()
        paused = now - self._last_edit >= self.settings.autosave_delay
        if paused or now - self._dirty_since >= MAX_UNSAVED_SECONDS:
            self.save_now()

    @on(TextArea.Changed, "#editor")
    def _text_changed(self) -> None:
        self.request_critique()
        self._note_edit()
        self.update_status()

    # --- critique -----------------------------------------------------------------

    def request_critique(self, *, background: bool = False) -> None:
        """Critique the current text; at most one worker runs, always on the newest text.

        ``background`` forces the thread even for short text: the first critique loads
        word lists and dictionaries, and the first frame should not wait for that.
        """
        self._seq += 1
        if not self._in_flight:  # else the running worker restarts on the newest text
            self._start_critique(background)

    def _start_critique(self, background: bool = False) -> None:
        text = self.editor.text
        dismissed = frozenset(self.dismissed)
        if not background and self._expected_cost(text) <= INLINE_BUDGET:
            started = time.perf_counter()
            try:
                result = self.critic(text, self.platform, self.settings.checks, dismissed)
                preview = fold_preview(text, self.platform)
            except Exception as error:  # a broken check must not take the editor down
                self._critique_failed(error)
                return
            self._measured(text, time.perf_counter() - started)
            self._apply(text, result, preview)
        else:
            self._in_flight = True
            self._critique_in_thread(self._seq, text, self.platform, dismissed)

    def _expected_cost(self, text: str) -> float:
        """Unmeasured engines are assumed dear: the first run goes to the thread."""
        if self._cost_per_char is None:
            return float("inf")
        return self._cost_per_char * max(len(text), 200)

    def _measured(self, text: str, seconds: float) -> None:
        """Smooth the estimate, so one slow run (a collection, a cold cache) doesn't send
        the next few keystrokes to the slower thread path."""
        cost = seconds / max(len(text), 200)
        previous = self._cost_per_char
        self._cost_per_char = cost if previous is None else 0.7 * previous + 0.3 * cost

    @work(thread=True, group="critique", exit_on_error=False)
    def _critique_in_thread(
        self,
        seq: int,
        text: str,
        platform: str,
        dismissed: frozenset[tuple[str, str]],
    ) -> None:
        if self._cost_per_char is None:  # the first run: load the engine's word tables
            warm_up()
        started = time.thread_time()
        try:
            result = self.critic(text, platform, self.settings.checks, dismissed)
            preview = fold_preview(text, platform)
        except Exception as error:  # a broken check must not take the editor down
            self.app.call_from_thread(self._critique_failed, error)
            return
        cost = time.thread_time() - started  # CPU only: waiting for the GIL is not its price
        self.app.call_from_thread(self._critique_done, seq, text, result, preview, cost)

    def _critique_done(
        self, seq: int, text: str, result: Critique, preview: str | None, cost: float
    ) -> None:
        self._in_flight = False
        self._measured(text, cost)
        if seq == self._seq:
            self._apply(text, result, preview)
        else:
            self._start_critique()

    def _critique_failed(self, error: Exception) -> None:
        self._in_flight = False
        message = f"The checklist failed: {type(error).__name__}: {error}"
        if message != self._last_failure:  # once, not on every key
            self._last_failure = message
            self.notify(message, severity="error", markup=False)

    def _restyle(self) -> None:
        """Text-built widgets take their colours from the theme: redraw them."""
        if self.critique is not None:
            self.query_one(Checklist).restyle()
            self._apply(self.critique_text, self.critique, self._preview)
        self.update_status()

    def _apply(self, text: str, result: Critique, preview: str | None) -> None:
        self._last_failure = ""
        self._preview = preview
        self.critique = result
        self.critique_text = text
        platform = get_platform(result.platform)
        self.editor.show_marks(marks_of(result))
        self.query_one(Scores).show(result)
        self.query_one(LengthMeter).show(result.length, platform.name)
        self.query_one(Checklist).show(result)
        self.query_one(FoldPreview).show(preview, platform)
        self._store_scores(text, result)

    def _store_scores(self, text: str, result: Critique) -> None:
        """Keep the library's scores current for a saved draft (the list shows them)."""
        scores = (result.shareability, result.clarity)
        if self.draft_id is None or text != self.saved_body or scores == self._stored_scores:
            return
        try:
            self.library.save_draft(self.draft_id, scores=scores)
        except LibraryError:
            return  # only a cache of the scores; the next save tries again
        self._stored_scores = scores

    # --- status line ----------------------------------------------------------------

    def update_status(self) -> None:
        status = Text(no_wrap=True, overflow="ellipsis")
        if self.save_error:
            status.append("✗ Not saved", style=f"bold {colour(self.app, 'fail')}")
        elif self.dirty:
            status.append("● Unsaved", style=f"bold {colour(self.app, 'warn')}")
        elif self.draft_id is None:
            status.append("New draft", style="dim")
        else:
            status.append("✓ Saved", style=colour(self.app, "pass"))
        status.append(f" · {get_platform(self.platform).name} · ", style="dim")
        mark = self.editor.mark_at_cursor() if self.is_mounted else None
        if mark is not None:  # the suggestion matters more than the title here
            status.append(f"{mark.check_id}: ", style=f"bold {colour(self.app, mark.group)}")
            status.append(mark.finding.suggestion or f"“{mark.finding.excerpt()}”")
            dismiss = commands.COMMANDS_BY_ID["dismiss-finding"].key_display
            status.append(f" ({dismiss} dismisses) · ", style="dim")
        status.append(self.title_text or "Untitled", style="bold")
        self.query_one("#status-line", TextPanel).show_text(status)

    @on(TextArea.SelectionChanged, "#editor")
    def _cursor_moved(self) -> None:
        self.update_status()

    # --- findings -----------------------------------------------------------------

    def jump_to(self, mark: Mark) -> None:
        self.editor.move_to_offset(mark.start)
        self.editor.focus()
        self.update_status()

    @on(Checklist.Jump)
    def _jump(self, event: Checklist.Jump) -> None:
        self.jump_to(event.mark)

    def action_next_finding(self) -> None:
        mark = self.editor.next_mark()
        if mark is None:
            self.notify("No findings: the checklist has nothing to point at.")
        else:
            self.jump_to(mark)

    def action_dismiss_finding(self) -> None:
        mark = self.editor.mark_at_cursor()
        if mark is None:
            jump = commands.COMMANDS_BY_ID["next-finding"].key_display
            self.notify(f"Put the cursor on an underlined finding first ({jump} jumps to one).")
            return
        if not self.save_now() or self.draft_id is None:
            return
        self.library.dismiss_finding(self.draft_id, mark.check_id, mark.finding.text)
        self.dismissed.add((mark.check_id, mark.finding.text))
        self.request_critique()
        self.notify(
            f"Dismissed {mark.check_id} “{mark.finding.excerpt()}” for this draft. "
            f"{commands.COMMANDS_BY_ID['restore-findings'].key_display} restores.",
            markup=False,
        )

    def action_restore_findings(self) -> None:
        if not self.dismissed or self.draft_id is None:
            self.notify("Nothing dismissed in this draft.")
            return
        for check_id, text in self.dismissed:
            self.library.restore_finding(self.draft_id, check_id, text)
        count = len(self.dismissed)
        self.dismissed.clear()
        self.request_critique()
        self.notify(f"Restored {count} dismissed finding{'s' if count != 1 else ''}.")

    # --- platform, thread, copy -------------------------------------------------------

    def action_set_platform(self, platform_id: str) -> None:
        self.platform = get_platform(platform_id).id
        if self.draft_id is not None:
            try:
                self.library.save_draft(self.draft_id, platform=self.platform)
            except LibraryError as error:
                self.notify(str(error), severity="error", markup=False)
        self.request_critique()
        self.update_status()
        self.notify(f"Platform: {get_platform(self.platform).name}")

    def action_cycle_platform(self) -> None:
        ids = list(PLATFORMS)
        self.action_set_platform(ids[(ids.index(self.platform) + 1) % len(ids)])

    def action_thread(self) -> None:
        from smm_tui.screens.thread import ThreadScreen

        self.app.push_screen(ThreadScreen(self.editor.text, self.platform))

    def action_copy(self) -> None:
        from smm_tui.app import SmmApp

        assert isinstance(self.app, SmmApp)
        self.app.copy_text(self.editor.text)

    # --- other screens ------------------------------------------------------------

    def action_new_draft(self) -> None:
        if self.save_now():
            self.open_draft(None)
            self.notify("New draft.")

    def action_library(self) -> None:
        from smm_tui.screens.library import LibraryScreen

        if not self.save_now():
            return

        def opened(draft_id: int | None) -> None:
            if draft_id is not None:
                self.open_draft(self.library.get_draft(draft_id))
            else:
                self._refresh_feedback()

        self.app.push_screen(LibraryScreen(self.library), opened)

    def action_feedback(self) -> None:
        from smm_tui.screens.feedback import FeedbackScreen

        if not self.save_now():
            return
        if self.draft_id is None:
            self.draft_id = self.library.create_draft("", platform=self.platform).id
            self.library.set_state("last_draft_id", str(self.draft_id))
        self.app.push_screen(
            FeedbackScreen(self.library, self.draft_id), lambda _: self._refresh_feedback()
        )

    def action_revisions(self) -> None:
        from smm_tui.screens.revisions import RevisionsScreen

        if not self.save_now() or self.draft_id is None:
            self.notify("No revisions yet: this draft has never been saved.")
            return

        def restored(record: DraftRecord | None) -> None:
            if record is not None:
                self.open_draft(record)
                self.notify("Revision restored.")

        self.app.push_screen(RevisionsScreen(self.library, self.draft_id), restored)

    def _refresh_feedback(self) -> None:
        panel = self.query_one(FeedbackPanel)
        if self.draft_id is None:
            notes, tally = [], NoteTally(0, 0, 0, 0)
        else:
            notes = self.library.list_notes(self.draft_id)
            tally = self.library.note_tally(self.draft_id)
        panel.show(notes, tally)
        panel.display = bool(notes)  # the space goes to the checklist until readers answer
