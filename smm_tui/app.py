"""The Textual app: the editor screen, app-wide commands, clipboard and theme."""

from __future__ import annotations

from textual import work
from textual.app import App

from smm_tui import commands
from smm_tui.clipboard import Clipboard, copy_message
from smm_tui.config import Settings
from smm_tui.core.critique import critique
from smm_tui.core.library import Library
from smm_tui.paths import styles_dir
from smm_tui.screens.editor import Critic, EditorScreen

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


class SmmApp(App[None]):
    """smm-tui. The Library and Settings come from outside so tests can inject their own."""

    TITLE = "smm-tui"
    COMMANDS = App.COMMANDS | {commands.CommandsProvider}
    BINDINGS = commands.bindings("app")

    def __init__(
        self,
        library: Library,
        settings: Settings,
        *,
        clipboard: Clipboard | None = None,
        critic: Critic = critique,
    ) -> None:
        # Read the style folder here, not at import: importing must not touch the disk.
        super().__init__(css_path=sorted(styles_dir().glob("*.tcss")))
        self.library = library
        self.settings = settings
        self.system_clipboard = clipboard or Clipboard()
        self.editor_screen = EditorScreen(library, settings, critic)
        # Checked here, told in on_mount: a notification needs a running app.
        self.unknown_theme: str | None = None
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        else:
            self.unknown_theme = settings.theme

    def on_mount(self) -> None:
        if self.unknown_theme is not None:
            self.notify(
                f"Unknown theme '{self.unknown_theme}' in your settings; using {self.theme}.",
                severity="warning",
                markup=False,
            )

    def get_default_screen(self) -> EditorScreen:
        """The editor is the base screen: no blank default screen to build and paint first."""
        return self.editor_screen

    # --- app-wide commands ------------------------------------------------------------

    def action_help(self) -> None:
        from smm_tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    async def action_quit(self) -> None:
        """Save and quit; ask only when the draft could not be saved."""
        if self.editor_screen.save_now():
            self.exit()
            return
        from smm_tui.screens.confirm import ConfirmScreen

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.exit()

        self.push_screen(
            ConfirmScreen("Your latest changes could not be saved. Quit anyway?", "Quit"),
            answered,
        )

    # --- clipboard ----------------------------------------------------------------------

    def copy_text(self, text: str, what: str = "draft") -> None:
        """OSC 52 now (it cannot fail), the system clipboard in a thread, then say which."""
        if not text:
            self.notify(f"Nothing to copy: the {what} is empty.")
            return
        self.copy_to_clipboard(text)
        self._copy_to_system(text)

    @work(thread=True, group="clipboard", exit_on_error=False)
    def _copy_to_system(self, text: str) -> None:
        system = self.system_clipboard.copy(text)
        self.call_from_thread(self.notify, copy_message(len(text), system), markup=False)
