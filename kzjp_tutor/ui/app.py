"""The Textual app: collaborators in, screens out.

``TutorApp`` receives the store, settings, clock and deck paths in ``__init__`` (harlequin's
dependency injection) and never reads the time or the disk on its own, so the tests can drive it
with a fixed clock and a temporary home. Decks are parsed in a worker thread *after* the first
paint, so the window appears at once even with a 10,000-card deck; screens learn about the
loaded decks through :attr:`TutorApp.decks_loaded`.

Start-up is kept short by doing only what the first screen needs: ``kzjp-tutor study`` paints
the study screen itself (saying "Loading…") and never builds the home screen on the way, the
home, browse, progress and settings screens and the palette's commands are imported on first
use, and the core modules the first paint does not need are imported after it.

Top-level sections are Textual ``MODES`` (home, browse, progress, settings); a study session lives
in a mode of its own (``session``), so F2 always reaches the decks while the session waits there,
with its card and any graded answer, to be resumed from the home screen; help is a modal screen.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import secrets
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.events import DeliveryComplete, DeliveryFailed
from textual.screen import Screen
from textual.signal import Signal
from textual.theme import Theme
from textual.worker import Worker, WorkerState

from ..core import i18n
from ..core.clock import Clock
from ..core.errors import KzjpError
from ..core.i18n import N_, Language, ngettext
from ..core.i18n import gettext as _
from ..core.paths import course_deck_files
from ..core.settings import Settings, save_settings
from ..core.store import Store
from ..core.visible import visible
from .commands import COMMANDS
from .language import translate_bindings
from .screens.study import StudyScope, StudyScreen

PUSH_EVERY = 10.0
"""Seconds between pokes of the class server's background push (a poke with nothing queued is free)."""

VOCABULARY_DELAY_S = 1.0
"""How long after the decks load the grader's dictionaries start loading in the background."""

_MODE_OF_ACTION = {
    "show_home": "home",
    "show_browse": "browse",
    "show_progress": "progress",
    "show_settings": "settings",
}
"""The section each F-key action shows (hidden from the footer while it is shown)."""

if TYPE_CHECKING:
    from ..core.catalog import DeckEntry
    from ..core.deck import Deck
    from ..core.overview import DeckOverview
    from ..core.session import StudySession
    from ..core.sync.background import BackgroundPush
    from ..core.sync.credentials import InstructorLink

__all__ = ["TutorApp"]


def _screen(module: str, name: str) -> Screen[Any]:
    """Import ``screens.<module>`` on first use and build its screen (rapidfuzz, stats… load late)."""
    screen_class = getattr(importlib.import_module(f"{__package__}.screens.{module}"), name)
    return _styled(screen_class())


def _blank() -> Screen[Any]:
    """The blank base of the ``session`` mode, under the study screen."""
    return _styled(Screen())


def _styled(screen: Screen[Any]) -> Screen[Any]:
    """``screen``, marked as styled by the app's current CSS (it is, from the stylesheet, when it mounts).

    Why: Textual counts CSS updates, and a new screen starts at -1, so the first switch to a mode
    re-parsed every stylesheet twice (in ``_init_mode`` and again in ``switch_mode``) and emptied
    the parse cache, which made the study screen's first widgets parse them all a third time:
    three full parses on the way to the first card. A real change (a new theme) still counts up and
    still restyles the screens of other modes when they are shown again.
    """
    screen._css_update_count = screen.app._css_update_count
    return screen


class TutorApp(App[None], inherit_bindings=False):
    """The study app over some decks, one progress store and one clock."""

    CSS_PATH = "app.tcss"
    TITLE = "kzjp-tutor"
    SUB_TITLE = N_("Kazakhstan–Japan relations")

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+q", "quit_app", N_("Quit"), id="app.quit", priority=True, tooltip=N_("Leave kzjp-tutor")
        ),
        Binding("f1", "show_help", N_("Help"), id="app.help", tooltip=N_("Every key, with what it does")),
        Binding("f2", "show_home", N_("Home"), id="app.home", tooltip=N_("Decks, sections and what is due")),
        Binding("f3", "show_browse", N_("Browse"), id="app.browse", tooltip=N_("Search every card")),
        Binding(
            "f4",
            "show_progress",
            N_("Progress"),
            id="app.progress",
            tooltip=N_("Reviews, retention, forecast"),
        ),
        Binding(
            "f5",
            "show_settings",
            N_("Settings"),
            id="app.settings",
            tooltip=N_("Retention, limits, exam date"),
        ),
        Binding(
            "f6",
            "show_instructor",
            N_("Instructor"),
            id="app.instructor",
            tooltip=N_("Class report, from student exports or the class server"),
        ),
        Binding(
            "f7",
            "show_exam",
            N_("Exam"),
            id="app.exam",
            show=False,
            tooltip=N_("A practice exam with a mark"),
        ),
        Binding(
            "ctrl+t", "toggle_theme", N_("Theme"), id="app.theme", show=False, tooltip=N_("Light or dark")
        ),
        Binding("ctrl+c", "explain_quit", N_("How to quit"), id="app.ctrl-c", show=False, system=True),
    ]

    MODES: ClassVar[dict[str, str | Callable[[], Screen[Any]]]] = {
        "home": lambda: _screen("home", "HomeScreen"),
        "session": _blank,
        "browse": lambda: _screen("browse", "BrowseScreen"),
        "progress": lambda: _screen("progress", "ProgressScreen"),
        "settings": lambda: _screen("settings", "SettingsScreen"),
    }
    """Top-level sections, each imported on first use to keep start-up short.

    ``session`` is where the study screen ``kzjp-tutor study`` opens with lives, over a blank base.
    """

    def __init__(
        self,
        *,
        deck_paths: list[Path] | None,
        store: Store,
        settings: Settings,
        clock: Clock,
        home: Path,
        start_study: bool = False,
        fuzz: bool = True,
        section: str | None = None,
        limit: int | None = None,
        instructor_folder: Path | InstructorLink | None = None,
        language: Language | None = None,
    ) -> None:
        """Keep the collaborators; nothing is read from disk until after the first paint.

        Args:
            deck_paths: Deck files or folders to load; None for the course decks the settings
                choose (bundled and ``decks_folder``, in ``study_language``), reloaded when
                either setting changes.
            store: The progress database, already open.
            settings: The student's settings.
            clock: The only source of time.
            home: Where the settings file is saved.
            start_study: Open a study session over everything due as soon as decks are loaded.
            fuzz: fsrs interval fuzzing (off in tests).
            section: With ``start_study``, study only this section (``study --section``).
            limit: Most cards in a session (``study --limit``).
            instructor_folder: Open the class report on this folder (or class server) once decks are loaded.
            language: The interface language for this run (``--lang``), above the settings'
                ``ui_language`` until the student saves a different ``ui_language``.
        """
        super().__init__()
        self.language_override: Language | None = language
        i18n.use(self.interface_language(settings))
        self.sub_title = _(self.SUB_TITLE)
        self.language_changed: Signal[str] = Signal(self, "language-changed")
        """Published after the interface language changed; screens relabel themselves."""
        self.deck_paths = deck_paths
        self.store = store
        self.pusher: BackgroundPush | None = None
        """The sync outbox's worker, started after the first paint when the home is in a class."""
        self.settings = settings
        self.clock = clock
        self.home = home
        self.start_study = start_study
        self.fuzz = fuzz
        self.start_section = section
        self.limit = limit
        self.instructor_folder = instructor_folder
        self.entries: list[DeckEntry] | None = None
        """Every deck file, good or bad; None until the loading worker finishes."""
        self.overview: dict[str, DeckOverview] = {}
        """Counts by deck id for the home screen; refreshed after each session."""
        self.decks_loaded: Signal[list[DeckEntry]] = Signal(self, "decks-loaded")
        """Published once the decks are parsed (screens subscribe on mount)."""
        self.overview_ready: Signal[dict[str, DeckOverview]] = Signal(self, "overview-ready")
        """Published each time the per-section counts are recomputed."""
        self.study_screens: set[StudyScreen] = set()
        """Study screens alive in any mode, so quitting records a graded answer wherever it is."""
        self.session_screen: StudyScreen | None = None
        """The study screen of the current session (in the ``session`` mode) until it closes.

        ``kzjp-tutor study`` opens on it without building the home screen (which would delay the
        first card); F2 shows the decks and leaves it waiting, to be resumed.
        """
        self.first_screen: Callable[[], Screen[Any]] | None = None
        """A screen to open over the home screen at start (``kzjp-tutor exam``: the Exam screen)."""
        self._check_ui_settings(settings)
        self.theme = settings.theme
        if settings.keymap:
            self.set_keymap(settings.keymap)

    # ------------------------------------------------------------------ start-up

    def on_mount(self) -> None:
        """Paint the first screen (home, or the study screen for ``study``), then load the decks.

        What opening the store had to do (a damaged file moved aside, a backup restored, rows it
        could not read) is said first: the student must learn of it in the app, not only after.
        """
        translate_bindings(self)
        for notice in self.store.notices:
            self.notify(
                visible(notice), title=_("Your progress"), severity="warning", timeout=30, markup=False
            )
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        # After the first paint: the sync client's imports (~14 ms) are not the first card's to pay.
        self.call_after_refresh(self._start_push)
        if self.start_study:
            self.start_study = False
            self._open_session(StudyScreen(None, StudyScope(section_id=self.start_section)))
        else:
            self.switch_mode("home")
            if self.first_screen is not None:
                self.push_screen(self.first_screen(), callback=self._session_closed)
        # After that screen's first paint (not the app's next refresh, which also waits for the
        # re-layout that the terminal's first resize event brings: one frame, ~16 ms, later).
        self.screen.call_after_refresh(self.load_decks)

    @work(thread=True, exclusive=True, group="decks", name="load-decks")
    def load_decks(self) -> list[DeckEntry]:
        """Parse every deck file off the UI thread; bad decks come back with their problems."""
        from ..core.catalog import load_catalog

        if self.deck_paths is not None:
            return load_catalog(self.deck_paths)
        return load_catalog(course_deck_files(self.settings.decks_folder, self.settings.study_language))

    @work(thread=True, exclusive=True, group="vocabulary", name="vocabulary")
    def preload_vocabulary(self) -> None:
        """Load the grader's dictionaries (about 0.2 s) while the student reads the first card, so
        that no answer waits for them (they decide whether a near word is a typo)."""
        from ..core.grading.vocabulary import preload

        preload()

    @work(thread=True, exclusive=True, group="overview", name="overview")
    def refresh_overview(self) -> dict[str, DeckOverview]:
        """Recount due/new/learning/mastered per section off the UI thread."""
        from ..core.overview import build_overview

        return build_overview(self.entries or [], self.store, self.settings, self.clock.now())

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Hand finished background work to the screens."""
        worker = event.worker
        if event.state == WorkerState.ERROR:
            self.notify(
                _("{task} failed: {error}").format(task=worker.name, error=worker.error),
                severity="error",
                timeout=10,
                markup=False,
            )
            return
        if event.state != WorkerState.SUCCESS:
            return
        if worker.name == "load-decks":
            self.entries = list(worker.result or [])
            # Not at once: loading them holds the interpreter ~0.15 s, which would delay the first
            # card's paint; a second later the student is still reading it.
            self.set_timer(VOCABULARY_DELAY_S, self.preload_vocabulary)
            # The decks live as long as the app: keep the garbage collector from walking them again
            # (a full collection over 10,000 cards' objects stalled one key press by ~80 ms).
            gc.freeze()
            self.decks_loaded.publish(self.entries)
            if self.instructor_folder is not None:
                folder, self.instructor_folder = self.instructor_folder, None
                self.open_instructor(folder)
            opening = self.session_screen
            if opening is not None and not opening.has_session and opening.running:
                self._begin_opening(opening)
            else:
                self.refresh_overview()
        elif worker.name == "overview":
            self.overview = dict(worker.result or {})
            self.overview_ready.publish(self.overview)

    # ------------------------------------------------------------------ helpers

    @property
    def decks(self) -> list[Deck]:
        """The decks that loaded, in the order given (one per deck id)."""
        from ..core.catalog import first_per_id

        return first_per_id(entry.deck for entry in self.entries or [] if entry.deck is not None)

    def new_session(self, scope: StudyScope) -> StudySession:
        """A study session over the scope's decks (and section), on this app's store and clock.

        Raises:
            KzjpError: the scope names a section no deck has.
        """
        from ..core.scheduling import Planner
        from ..core.session import StudySession

        decks = [d for d in self.decks if scope.deck_id is None or d.deck.id == scope.deck_id]
        planner = Planner(self.settings, enable_fuzzing=self.fuzz)
        seed = self.new_seed()
        return StudySession(
            decks,
            self.store,
            planner,
            self.settings,
            self.clock,
            section=scope.section_id,
            limit=self.limit,
            seed=seed,
        )

    def new_seed(self) -> int:
        """A seed for choice orders and exam draws: fresh each time, fixed in a reproducible (fixed-clock) run."""
        return secrets.randbits(32) if self.fuzz else 0

    def start_session(self, scope: StudyScope, screen: StudyScreen | None = None) -> None:
        """Study the scope on ``screen`` (the one waiting at start) or a new study screen; or say why not."""
        if self.entries is None:
            self.notify(_("The decks are still loading…"), severity="warning")
            return
        try:
            session = self.new_session(scope)
        except KzjpError as exc:
            self.notify(str(exc), severity="error", markup=False)
            if screen is not None:
                screen.dismiss(None)
            return
        if screen is None:
            screen = StudyScreen(session, scope)
            self._open_session(screen)
        else:
            screen.begin(session)
        # Grading's per-deck word lists are built off the UI thread before the first answer, but
        # only once the first card is painted: the thread imports the grader and holds the
        # interpreter meanwhile, which slowed that paint.
        screen.call_after_refresh(
            self.run_worker, session.prepare, thread=True, name="prepare-session", group="prepare"
        )

    def _begin_opening(self, screen: StudyScreen) -> None:
        """Start the session ``study`` asked for, saying first which decks could not be read.

        With no deck left to study, the decks screen lists each bad one with its problems.
        """
        bad = [entry for entry in self.entries or [] if entry.deck is None]
        if bad:
            first = str(bad[0].problems[0]) if bad[0].problems else bad[0].path.name
            others = len(bad) - 1
            message = (
                ngettext(
                    "Not studied, it has problems (and {count} more deck): {problem}",
                    "Not studied, it has problems (and {count} more decks): {problem}",
                    others,
                )
                if others
                else _("Not studied, it has problems: {problem}")
            )
            self.notify(
                message.format(count=others, problem=first), severity="error", timeout=15, markup=False
            )
        if not self.decks:
            screen.dismiss(None)
            return
        self.start_session(screen.scope, screen)

    def _session_closed(self, _result: object) -> None:
        self.refresh_overview()

    def _open_session(self, screen: StudyScreen) -> None:
        """Study on ``screen`` in the ``session`` mode; a session still open there ends first
        (its graded answer recorded), since one session at a time is what "resume" means."""
        old = self.session_screen
        if old is not None:
            old.finish_pending()
            if self.current_mode == "session":
                self.switch_mode("home")
            self.remove_mode("session")
            self.add_mode("session", _blank)
        self.session_screen = screen
        self.switch_mode("session")
        self.push_screen(screen, callback=partial(self._study_closed, screen))

    def _study_closed(self, screen: StudyScreen, _result: object) -> None:
        """A session's screen closed (summary read, or left while loading): show the decks."""
        if screen is self.session_screen:
            self.session_screen = None
            if self.current_mode == "session":
                self.switch_mode("home")
        self.refresh_overview()

    @property
    def resumable(self) -> StudyScreen | None:
        """The session the home screen can go back to: open and not yet ended."""
        screen = self.session_screen
        return screen if screen is not None and screen.running else None

    def action_resume_session(self) -> None:
        """Back to the session left with F2 (or another section's key), as it was."""
        if self.resumable is not None:
            self.switch_mode("session")

    def _theme_changed(self, theme: Theme) -> None:
        """A theme picked anywhere (palette, ctrl+t, Settings) is the student's choice: save it."""
        if theme.name == self.settings.theme:
            return
        settings = self.settings.model_copy(update={"theme": theme.name})
        try:
            save_settings(self.home, settings)
        except KzjpError as exc:
            self.notify(str(exc), title=_("Theme"), severity="error", timeout=10, markup=False)
            return
        self.settings = settings

    def update_settings(self, settings: Settings) -> None:
        """Adopt and save new settings (the settings screen's one way to change them).

        Raises:
            KzjpError: the settings file cannot be written.
        """
        self._check_ui_settings(settings)
        save_settings(self.home, settings)
        previous, self.settings = self.settings, settings
        self.theme = settings.theme
        self.set_keymap(settings.keymap)
        if settings.ui_language != previous.ui_language:
            self.language_override = None  # the student chose: --lang was for until they did
        language = self.interface_language(settings)
        if language != i18n.current():
            self.switch_language(language)
        chosen = (settings.decks_folder, settings.study_language)
        if self.deck_paths is None and chosen != (previous.decks_folder, previous.study_language):
            self.load_decks()  # other deck files now: read them (the counts follow)
        elif self.entries is not None:
            self.refresh_overview()

    def interface_language(self, settings: Settings) -> Language:
        """The language ``settings`` ask for, under this run's ``--lang`` (the CLI read the environment)."""
        return i18n.resolve(self.language_override, settings.ui_language, settings.study_language, env=None)

    def switch_language(self, language: Language) -> None:
        """Speak ``language`` from now on: the keys, the header and every living screen, at once."""
        i18n.use(language)
        translate_bindings(self)
        self.sub_title = _(self.SUB_TITLE)
        self.language_changed.publish(language)
        self.refresh_bindings()

    def _check_ui_settings(self, settings: Settings) -> None:
        """Refuse an unknown theme or a keymap the screens cannot honour (KzjpError, names the file).

        Only a keymap or an unknown theme pays for importing every screen's bindings.
        """
        if settings.keymap or settings.theme not in self.available_themes:
            from .keymap import check_settings

            check_settings(self, settings)

    def today(self) -> dt.date:
        """Today's UTC date by the app's clock."""
        return self.clock.now().date()

    # ------------------------------------------------------------------ actions

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette (ctrl+p): this app's main actions, and Textual's own commands."""
        for title, action, help_text in COMMANDS:
            yield SystemCommand(_(title), _(help_text), partial(self.run_action, action))
        for command in super().get_system_commands(screen):
            if (
                command.callback == self.action_show_help_panel
                or command.callback == self.action_hide_help_panel
            ):
                continue  # Textual's key panel lists its widgets' keys in English; F1 lists ours
            yield command._replace(title=_(command.title), help=_(command.help))

    def action_command_palette(self) -> None:
        """Open the palette (ctrl+p) with its words in the interface's language."""
        from textual.command import CommandPalette

        from .widgets.palette import TutorCommandPalette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(TutorCommandPalette(id="--command-palette"))

    def search_themes(self) -> None:
        """The palette's "Theme" command: the themes, searched in a palette that speaks our language."""
        from textual.theme import ThemeProvider

        from .widgets.palette import TutorCommandPalette

        self.push_screen(TutorCommandPalette([ThemeProvider], placeholder=_("Search for themes…")))

    def _on_delivery_complete(self, event: DeliveryComplete) -> None:
        """Textual's screenshot notice ("Saved screenshot to …"), in the interface's language."""
        if event.name == "screenshot":
            event.prevent_default()
            saved = (
                _("Saved screenshot to {path}").format(path=event.path)
                if event.path
                else _("Saved screenshot")
            )
            self.notify(saved, title=_("Screenshot"), markup=False)

    def _on_delivery_failed(self, event: DeliveryComplete | DeliveryFailed) -> None:
        """Textual's "Failed to save screenshot", in the interface's language."""
        if event.name == "screenshot":
            event.prevent_default()
            self.notify(_("Could not save the screenshot"), title=_("Screenshot"), severity="error")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the key of the screen already shown (F3 on Browse): the footer needs the room."""
        mode = _MODE_OF_ACTION.get(action)
        shown = mode is not None and self.current_mode == mode and len(self.screen_stack) == 1
        return not shown

    async def action_quit_app(self) -> None:
        """Leave the app; a graded answer still on screen is recorded first, so nothing is lost."""
        for screen in list(self.study_screens):
            screen.finish_pending()
        self.exit()

    def action_explain_quit(self) -> None:
        """ctrl+c copies in some terminals, so quitting is ctrl+q; say so."""
        self.notify(_("Press ctrl+q to quit."), title=_("Quit"))

    def action_show_help(self) -> None:
        """Show every key of the current screen, generated from the bindings."""
        from .keymap import keymap_owners
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen, [owner for _where, owner in keymap_owners()]))

    def action_show_home(self) -> None:
        """Switch to the decks overview; a session is kept, to be resumed from there."""
        if self.session_screen is not None and self.entries is not None:
            self.refresh_overview()  # the counts moved while studying
        self.switch_mode("home")

    def action_show_browse(self) -> None:
        """Switch to card search."""
        self.switch_mode("browse")

    def action_show_progress(self) -> None:
        """Switch to the statistics."""
        self.switch_mode("progress")

    def action_show_settings(self) -> None:
        """Switch to the settings form."""
        self.switch_mode("settings")

    def action_show_instructor(self, folder: str | None = None) -> None:
        """Open the class report: the class server kept by ``report --server URL --remember``, else a
        folder of exports (the settings' ``exports_folder``)."""
        from ..core.sync.credentials import load_instructor

        if folder:
            self.open_instructor(Path(folder).expanduser())
            return
        try:
            link = load_instructor(self.home)
        except KzjpError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.open_instructor(link or Path(self.settings.exports_folder or self.home / "exports").expanduser())

    def open_instructor(self, where: Path | InstructorLink) -> None:
        """The class report over ``where`` (once the decks are loaded: it needs their prompts)."""
        from .screens.instructor import InstructorScreen  # imported on first use: start-up stays short

        if isinstance(where, Path) and not where.exists():
            self.notify(
                _(
                    "No exports folder at {path}. Put the students' export files there, or choose "
                    "another folder as “Class exports folder” on the Settings screen."
                ).format(path=where),
                severity="warning",
                markup=False,
            )
            return
        if self.entries is None:  # the report needs the decks' prompts and sections: open it after them
            self.instructor_folder = where
            self.notify(_("The class report opens once the decks are loaded…"))
            return
        self.push_screen(InstructorScreen(where, decks=self.decks, now=self.clock.now()))

    def action_show_exam(self) -> None:
        """Open the practice exam's set-up over the current screen (once)."""
        from .screens.exam import ExamScreen

        if not isinstance(self.screen, ExamScreen):
            self.push_screen(ExamScreen(), callback=self._session_closed)

    def action_toggle_theme(self) -> None:
        """Flip between the light and dark built-in themes."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_study_due(self) -> None:
        """Study everything due in every deck."""
        self.switch_mode("home")
        self.start_session(StudyScope())

    def _print_error_renderables(self) -> None:
        """A bug ends the app with one sentence and a crash log, never a traceback on screen.

        Textual would print a full traceback here (its private hook for exit errors); the
        traceback goes to ``HOME/kzjp-tutor-crash.log`` instead. Every answer was already saved.
        """
        if self._exception is None:
            super()._print_error_renderables()
            return
        self._exit_renderables.clear()
        from ..core.crash import crash_notice

        print(crash_notice(self.home, self._exception), file=sys.stderr)

    def _start_push(self) -> None:
        """Push the sync outbox in the background when this home has joined a class.

        Its own thread and store (:mod:`~kzjp_tutor.core.sync.background`); a poke every
        :data:`PUSH_EVERY` seconds sends what the answers queued (nothing queued: no request), and
        a failure is one notice. Studying never waits for it.
        """
        from ..core.sync.credentials import link_path

        if not link_path(self.home).exists():
            return  # not in a class (most students): nothing to load, nothing to push
        import random

        from ..core.sync.background import background_push
        from ..core.sync.client import UrllibTransport

        def tell(text: str) -> None:
            self.notify(visible(text), severity="warning", timeout=10, markup=False)  # thread-safe

        self.pusher = background_push(
            self.home,
            lambda: self.decks,
            now=self.clock.now,
            transport=UrllibTransport(),
            jitter=random.random,
            notify=tell,
        )
        if self.pusher is not None:
            self.set_interval(PUSH_EVERY, self.pusher.poke)

    def on_unmount(self) -> None:
        """Close the database when the app ends (and let the collector see the decks again)."""
        gc.unfreeze()
        if self.pusher is not None:
            self.pusher.close()  # what is not sent yet stays queued for the next run or `sync`
        self.store.close()
