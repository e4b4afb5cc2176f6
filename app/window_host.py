"""The agent's one main window, rebuilt whole when the language is switched at runtime (no restart).

Every text in CallDesk is read through tr() when its widget is built, so a language switch builds the window
again under the new translators instead of re-setting hundreds of strings by hand. The new window takes the old
one's size, splitters, open debtor and record tab; phone, database and session live on untouched. During a call (or while
its outcome is pending) the switch waits until the outcome is saved, so a call never changes language mid-way.
Part of the composition root: only app.desktop uses it.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.services.call_session import CallSession
from app.services.language import LanguageSwitcher
from app.ui.main_window import MainWindow

WindowFactory = Callable[[str], MainWindow]  # language -> a new, wired window (not shown yet)


class WindowHost(QObject):
    window_replaced = Signal(object)  # the new MainWindow

    def __init__(self, make_window: WindowFactory, session: CallSession, switcher: LanguageSwitcher,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_window = make_window
        self._session = session
        self._switcher = switcher
        self._pending_language: str | None = None
        self._replay: dict[str, tuple[Callable[..., object], tuple[Any, ...]]] = {}  # last state, by kind
        self.window = make_window(switcher.language)
        session.call_completed.connect(lambda _debtor_id: self._apply_pending_language())
        session.call_missed.connect(lambda _call_id: self._apply_pending_language())

    # -- state that outlives a window: the latest value of each kind is shown again on a new window --------

    def show(self, kind: str, method: Callable[..., object], *args: Any) -> None:
        """Call ``method(window, *args)`` now and again on any later window (registration, audio, callbacks…)."""
        self._replay[kind] = (method, args)
        method(self.window, *args)

    def show_problem(self, message: str) -> None:
        self.window.show_problem(message)

    # -- language ---------------------------------------------------------------------------------------

    def request_language(self, language: str) -> None:
        if language == self._switcher.language:
            self._pending_language = None
            return
        if self._session.in_call or self._session.awaiting_outcome:
            self._pending_language = language
            self.window.show_language_pending()
            return
        self._switch_to(language)

    def _apply_pending_language(self) -> None:
        language, self._pending_language = self._pending_language, None
        if language is not None and not (self._session.in_call or self._session.awaiting_outcome):
            self._switch_to(language)

    def _switch_to(self, language: str) -> None:
        self.window.save_window_state()
        self._switcher.switch(language)
        self._session.set_language(language)
        self._replace_window(language)

    def rebuild(self) -> None:
        """The window built again in the same language (the parts it is made of changed, e.g. the agent's role)."""
        self.window.save_window_state()
        self._replace_window(self._switcher.language)

    def _replace_window(self, language: str) -> None:
        old = self.window
        debtor = old.record_view.record
        tab = old.record_view.tabs.currentIndex()  # the tab the agent was reading (payments, history…) stays open
        new = self._make_window(language)
        for method, args in self._replay.values():
            method(new, *args)
        if old.isVisible():
            new.show()
        new.load()
        if debtor is not None:
            new.show_debtor(debtor.debtor_id)
            new.record_view.tabs.setCurrentIndex(tab)
        old.detach()
        old.hide()
        old.deleteLater()
        self.window = new
        self.window_replaced.emit(new)
