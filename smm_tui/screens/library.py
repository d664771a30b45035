"""The library: every draft in a table, with live search, filters and the per-draft actions.

Opening must stay fast on a 100,000-draft library, so only one page of rows is loaded
(more as the cursor nears the end) and all reads run in a thread worker; each request
carries a generation number and results for an older request are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.events import Click
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, Static

from smm_tui.core.library import STATUSES, DraftSummary, Library, LibraryError
from smm_tui.core.platforms import PLATFORMS
from smm_tui.widgets.feedback_panel import format_time

# The first page only needs to fill a tall terminal: DataTable measures every cell it is
# given, so a smaller first page opens faster. Later pages are larger.
FIRST_PAGE_SIZE = 60
PAGE_SIZE = 200
SEARCH_DEBOUNCE = 0.15
LOAD_MORE_MARGIN = 20
# Width of every column but the title, cell padding included.
FIXED_COLUMNS_WIDTH = 9 + 9 + 5 + 5 + 16 + 5 + 7 * 2 + 3
STATUS_STYLES = {"draft": "", "ready": "bold yellow", "published": "bold green"}
ALL = ""


def next_status(status: str) -> str:
    """draft → ready → published → draft."""
    index = STATUSES.index(status) if status in STATUSES else -1
    return STATUSES[(index + 1) % len(STATUSES)]


def snippet_text(snippet: str) -> Text:
    """Style the matched terms a search snippet delimits with \\x02 … \\x03 (never markup)."""
    text = Text(no_wrap=False)
    highlighted = False
    for piece in snippet.replace("\x03", "\x02").split("\x02"):
        if piece:
            text.append(piece, style="bold reverse" if highlighted else "")
        highlighted = not highlighted
    return text


def score_text(score: int | None) -> Text:
    return Text("–" if score is None else str(score), justify="right")


class DraftTable(DataTable[Text]):
    """The drafts table; its Enter binding is relabelled so the footer says what it does."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Open", id="library.open",
                tooltip="Open the highlighted draft in the editor"),
    ]


class FilterChip(Static):
    """A filter as one clickable label; a click or its key moves to the next choice.

    Lighter than a Select (which mounts an overlay list): opening the library stays fast.
    """

    class Changed(Message):
        def __init__(self, chip: FilterChip) -> None:
            super().__init__()
            self.chip = chip

    def __init__(self, name: str, choices: list[tuple[str, str]], *, id: str) -> None:
        super().__init__(id=id)
        self.filter_name = name
        self.choices = choices
        self._index = 0

    @property
    def value(self) -> str:
        return self.choices[self._index][1]

    @value.setter
    def value(self, value: str) -> None:
        index = [choice for _, choice in self.choices].index(value)
        if index != self._index:
            self._index = index
            self._show()
            self.post_message(self.Changed(self))

    def cycle(self) -> None:
        self.value = self.choices[(self._index + 1) % len(self.choices)][1]

    def on_mount(self) -> None:
        self._show()

    def on_click(self, event: Click) -> None:
        event.stop()
        self.cycle()

    def _show(self) -> None:
        label = Text(f"{self.filter_name}: ", style="dim")
        label.append(self.choices[self._index][0], style="bold" if self._index else "")
        self.update(label)


@dataclass(frozen=True)
class LibraryQuery:
    """What the table currently shows: search text plus filters."""

    text: str = ""
    status: str | None = None
    platform: str | None = None


@dataclass(frozen=True)
class LibraryPage:
    """One answer from the worker: rows (with search snippets) and whether more exist."""

    generation: int
    rows: list[tuple[DraftSummary, str]]
    append: bool
    more: bool
    total: int | None


class LibraryScreen(Screen[int | None]):
    """Dismisses with the id of the draft to open, or None when the user goes back."""

    BINDINGS = [
        Binding("n", "new", "New", id="library.new", tooltip="Start a new draft"),
        Binding("d", "duplicate", "Duplicate", id="library.duplicate",
                tooltip="Copy the highlighted draft into a new draft"),
        Binding("a,delete", "archive", "Archive", id="library.archive",
                tooltip="Archive the highlighted draft (u undoes)"),
        Binding("u", "undo_archive", "Undo", id="library.undo", show=False,
                tooltip="Bring back the draft archived last"),
        Binding("s", "cycle_status", "Status", id="library.status",
                tooltip="Change the status: draft → ready → published"),
        Binding("slash", "focus_search", "Search", id="library.search",
                tooltip="Search titles, text and feedback notes"),
        Binding("f", "cycle_filter('status')", "Status filter", id="library.filter-status",
                show=False, tooltip="Show only drafts with the next status"),
        Binding("p", "cycle_filter('platform')", "Platform filter",
                id="library.filter-platform", show=False,
                tooltip="Show only drafts for the next platform"),
        Binding("escape", "back", "Back", id="library.back",
                tooltip="Leave the search box, or go back to the editor"),
    ]

    # Focus the table straight away: moving focus later re-renders the table and footer.
    AUTO_FOCUS = "#library-table"

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._generation = 0
        self._loading = False
        self._more = False
        self._total: int | None = None
        self._summaries: dict[int, DraftSummary] = {}
        self._snippets: dict[int, str] = {}
        self._archived: list[DraftSummary] = []
        self._focus_id: int | None = None
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-bar"):
            yield Input(placeholder="Search titles, text and notes…", id="library-search")
            status = FilterChip("Status", [("any", ALL), *((s, s) for s in STATUSES)],
                                id="library-status-filter")
            status.tooltip = "Show only drafts with this status (click or press f)"
            yield status
            platform = FilterChip(
                "Platform", [("any", ALL), *((p.name, p.id) for p in PLATFORMS.values())],
                id="library-platform-filter",
            )
            platform.tooltip = "Show only drafts for this platform (click or press p)"
            yield platform
        yield DraftTable(id="library-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="library-detail")
        yield Static(id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        title_width = max(12, min(60, self.app.size.width - FIXED_COLUMNS_WIDTH))
        table.add_column("Title", width=title_width, key="title")
        table.add_column("Platform", width=9, key="platform")
        table.add_column("Status", width=9, key="status")
        table.add_column(Text("Share", justify="right"), width=5, key="share")
        table.add_column(Text("Clar.", justify="right"), width=5, key="clarity")
        table.add_column("Updated", width=16, key="updated")
        table.add_column(Text("Notes", justify="right"), width=5, key="notes")
        self._title_width = title_width
        # The first page is one indexed query (a few ms even on 100,000 drafts): reading
        # it here means the first frame already shows the drafts.
        try:
            self._show_page(self._read(self._generation, self.query_state, 0))
        except LibraryError as error:
            self._error(error)

    # ----- loading -------------------------------------------------------------------

    @property
    def query_state(self) -> LibraryQuery:
        status = self.query_one("#library-status-filter", FilterChip).value
        platform = self.query_one("#library-platform-filter", FilterChip).value
        return LibraryQuery(
            text=self.query_one("#library-search", Input).value,
            status=status or None,
            platform=platform or None,
        )

    def reload(self) -> None:
        """Fetch the first page for the current search and filters, off the UI thread."""
        self._generation += 1
        self._loading = True
        self._fetch(self._generation, self.query_state, 0)

    def _load_more(self) -> None:
        if self._loading or not self._more:
            return
        self._generation += 1
        self._loading = True
        self._fetch(self._generation, self.query_state, len(self._summaries))

    def _read(self, generation: int, query: LibraryQuery, offset: int) -> LibraryPage:
        """One page of rows: search hits when there is a query, else the most recent."""
        if query.text.strip():
            hits = self.library.search(
                query.text, status=query.status, platform=query.platform, limit=PAGE_SIZE
            )
            rows = [(hit.draft, hit.snippet) for hit in hits]
            more = False
        else:
            limit = PAGE_SIZE if offset else FIRST_PAGE_SIZE
            summaries = self.library.list_drafts(
                status=query.status, platform=query.platform, limit=limit, offset=offset,
            )
            rows = [(summary, "") for summary in summaries]
            more = len(summaries) == limit
        total = self.library.count_drafts() if offset == 0 else None
        return LibraryPage(generation, rows, offset > 0, more, total)

    @work(thread=True, group="library-load")
    def _fetch(self, generation: int, query: LibraryQuery, offset: int) -> None:
        try:
            page = self._read(generation, query, offset)
        except LibraryError as error:
            self.app.call_from_thread(self._show_error, generation, str(error))
            return
        self.app.call_from_thread(self._show_page, page)

    def _show_error(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._loading = False
            self.notify(message, title="Library", severity="error", markup=False)

    def _show_page(self, page: LibraryPage) -> None:
        if page.generation != self._generation or not self.is_attached:
            return  # an older request: the user has typed or filtered since
        self._loading = False
        self._more = page.more
        if page.total is not None:
            self._total = page.total
        table = self.query_one(DataTable)
        keep = self._focus_id if self._focus_id is not None else self.highlighted_id
        self._focus_id = None
        if not page.append:
            table.clear()
            self._summaries.clear()
            self._snippets.clear()
        for summary, snippet in page.rows:
            if summary.id in self._summaries:
                continue
            self._summaries[summary.id] = summary
            self._snippets[summary.id] = snippet
            table.add_row(*self._cells(summary), key=str(summary.id))
        if keep is not None and keep in self._summaries and not page.append:
            table.move_cursor(row=table.get_row_index(str(keep)))
        self._update_status_line()
        self._update_detail()

    def _cells(self, summary: DraftSummary) -> tuple[Text, ...]:
        title = Text(summary.title or "Untitled", no_wrap=True, overflow="ellipsis")
        title.truncate(self._title_width, overflow="ellipsis")
        platform = PLATFORMS.get(summary.platform)
        return (
            title,
            Text(platform.name if platform else summary.platform),
            Text(summary.status, style=STATUS_STYLES.get(summary.status, "")),
            score_text(summary.shareability),
            score_text(summary.clarity),
            Text(format_time(summary.updated)),
            Text(str(summary.note_count) if summary.note_count else "", justify="right"),
        )

    def _update_status_line(self) -> None:
        query = self.query_state
        shown = len(self._summaries)
        if query.text.strip():
            line = Text(f"{shown} match{'es' if shown != 1 else ''} for ")
            line.append(query.text, style="bold")
        elif shown == 0 and not (query.status or query.platform):
            line = Text("No drafts yet: press n to start one.")
        else:
            line = Text(f"{shown:,} draft{'s' if shown != 1 else ''} shown")
            if self._total is not None:
                line.append(f" of {self._total:,}")
            if self._more:
                line.append(" · more load as you scroll", style="dim")
        if self._archived:
            line.append(" · u brings back the last archived draft", style="dim")
        self.query_one("#library-status", Static).update(line)

    def _update_detail(self) -> None:
        """Full title, tags and search snippet of the highlighted draft."""
        detail = self.query_one("#library-detail", Static)
        summary = self.highlighted
        if summary is None:
            detail.update("")
            return
        snippet = snippet_text(self._snippets.get(summary.id, ""))
        title = summary.title or "Untitled"
        # A match in the title comes back as a snippet of the title: mark it in place.
        text = snippet if snippet.plain == title else Text(title)
        text.stylize("bold")
        if summary.tags:
            text.append("  " + " ".join(f"#{tag}" for tag in summary.tags), style="dim")
        if snippet.plain and snippet.plain != title:
            text.append("\n")
            text.append_text(snippet)
        detail.update(text)

    # ----- events --------------------------------------------------------------------

    @property
    def highlighted_id(self) -> int | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return int(row_key.value) if row_key.value is not None else None

    @property
    def highlighted(self) -> DraftSummary | None:
        draft_id = self.highlighted_id
        return None if draft_id is None else self._summaries.get(draft_id)

    @on(Input.Changed, "#library-search")
    def _search_changed(self) -> None:
        self._generation += 1  # results for the old text are stale from now on
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(SEARCH_DEBOUNCE, self.reload)

    @on(Input.Submitted, "#library-search")
    def _search_submitted(self) -> None:
        self.query_one(DataTable).focus()

    @on(FilterChip.Changed)
    def _filter_changed(self) -> None:
        self.reload()

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._update_detail()
        if event.cursor_row >= event.data_table.row_count - LOAD_MORE_MARGIN:
            self._load_more()

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    # ----- actions -------------------------------------------------------------------

    def action_open(self) -> None:
        draft_id = self.highlighted_id
        if draft_id is not None:
            self.dismiss(draft_id)

    def action_new(self) -> None:
        platform = self.query_state.platform or "x"
        try:
            record = self.library.create_draft(platform=platform)
        except LibraryError as error:
            self._error(error)
            return
        self.dismiss(record.id)

    def action_duplicate(self) -> None:
        summary = self.highlighted
        if summary is None:
            return
        try:
            copy = self.library.duplicate_draft(summary.id)
        except LibraryError as error:
            self._error(error)
            return
        self.notify(f"Duplicated as '{copy.title}'", markup=False)
        self._focus_id = copy.id
        self.reload()

    def action_archive(self) -> None:
        summary = self.highlighted
        if summary is None:
            return
        try:
            self.library.archive_draft(summary.id)
        except LibraryError as error:
            self._error(error)
            return
        self._archived.append(summary)
        self.query_one(DataTable).remove_row(str(summary.id))
        del self._summaries[summary.id]
        self.notify(f"Archived '{summary.title}' — press u to undo", markup=False)
        self._update_status_line()
        self._update_detail()

    def action_undo_archive(self) -> None:
        if not self._archived:
            self.notify("Nothing to undo.", markup=False)
            return
        summary = self._archived.pop()
        try:
            self.library.unarchive_draft(summary.id)
        except LibraryError as error:
            self._error(error)
            return
        self.notify(f"Restored '{summary.title}'", markup=False)
        self._focus_id = summary.id
        self.reload()

    def action_cycle_status(self) -> None:
        summary = self.highlighted
        if summary is None:
            return
        try:
            record = self.library.save_draft(summary.id, status=next_status(summary.status))
        except LibraryError as error:
            self._error(error)
            return
        updated = DraftSummary(
            id=summary.id, title=record.title, platform=record.platform,
            status=record.status, tags=record.tags, created=record.created,
            updated=record.updated, archived=record.archived,
            shareability=record.shareability, clarity=record.clarity,
            note_count=summary.note_count,
        )
        self._summaries[summary.id] = updated
        table = self.query_one(DataTable)
        for column, cell in zip(
            ("title", "platform", "status", "share", "clarity", "updated", "notes"),
            self._cells(updated), strict=True,
        ):
            table.update_cell(str(summary.id), column, cell)

    def action_focus_search(self) -> None:
        self.query_one("#library-search", Input).focus()

    def action_cycle_filter(self, which: str) -> None:
        self.query_one(f"#library-{which}-filter", FilterChip).cycle()

    def action_back(self) -> None:
        search = self.query_one("#library-search", Input)
        if search.has_focus:
            self.query_one(DataTable).focus()
        else:
            self.dismiss(None)

    def _error(self, error: LibraryError) -> None:
        self.notify(str(error), title="Library", severity="error", markup=False)
