"""The window's keyboard shortcuts, as one table: the widgets take their keys from it and Help → Shortcuts lists it,
so what the agent reads and what the keys do cannot drift apart (README "Keyboard" is copied from it by hand).

Call-centre muscle memory shapes the keys: the call controls sit on F3–F7 (F3 answers, F4 hangs up, F5 holds,
F6 mutes, F7 pauses the recording; Ctrl+T transfers, Ctrl+M makes a conference, Ctrl+K opens the dial pad), F2
calls the open debtor, and the digits pick a numbered answer or outcome."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget


@dataclass(frozen=True)
class Shortcut:
    id: str
    keys: tuple[str, ...]  # QKeySequence portable text, the main key first
    description: str  # already translated
    read_by_widget: bool = False  # True: a widget reads the keys itself (keyPressEvent); they are not bound shortcuts

    @property
    def sequences(self) -> tuple[QKeySequence, ...]:
        return () if self.read_by_widget else tuple(QKeySequence(k) for k in self.keys)

    @property
    def key_text(self) -> str:
        """The keys as the agent reads them, e.g. "Ctrl+H / F4"."""
        if self.read_by_widget:  # named keys in the window's language ("Enter" is "回车"); "1–9" is a range
            texts = (key if "–" in key else QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key
                     for key in self.keys)
            return " / ".join(dict.fromkeys(texts))
        texts = (s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences)
        return " / ".join(dict.fromkeys(texts))  # Enter and Return read alike in some languages ("回车")


def window_shortcuts() -> tuple[Shortcut, ...]:
    """The table, its descriptions translated into the current language (so build it when it is shown)."""
    return (
        Shortcut("answer", ("F3", "Ctrl+Shift+A"),
                 QCoreApplication.translate("Shortcuts", "Answer a ringing call")),
        Shortcut("dial_debtor", ("F2", "Ctrl+D"),
                 QCoreApplication.translate("Shortcuts", "Call the open debtor's own phone (not during a call)")),
        Shortcut("dial_typed", ("Enter",),
                 QCoreApplication.translate("Shortcuts", "In the number field: call the number typed there"),
                 read_by_widget=True),
        Shortcut("hang_up", ("Ctrl+H", "F4"),
                 QCoreApplication.translate("Shortcuts", "Hang up")),
        Shortcut("hold", ("F5",),
                 QCoreApplication.translate("Shortcuts", "Hold the call, or take it off hold")),
        Shortcut("mute", ("F6",),
                 QCoreApplication.translate("Shortcuts", "Mute or unmute your microphone")),
        Shortcut("pause_recording", ("F7",),
                 QCoreApplication.translate("Shortcuts", "Pause or resume the recording (while a card number is read out)")),
        Shortcut("transfer", ("Ctrl+T",),
                 QCoreApplication.translate("Shortcuts", "Transfer the call (blind, or talk to your colleague first)")),
        Shortcut("conference", ("Ctrl+M",),
                 QCoreApplication.translate("Shortcuts", "Join the caller and your colleague in one conference")),
        Shortcut("dtmf_keypad", ("Ctrl+K",),
                 QCoreApplication.translate("Shortcuts", "Show the dial pad and type digits on it (tones during a call)")),
        Shortcut("find_debtor", ("Ctrl+F",),
                 QCoreApplication.translate("Shortcuts", "Find a debtor: go to the search field")),
        Shortcut("next_debtor", ("Ctrl+Down",),
                 QCoreApplication.translate("Shortcuts", "Open the next debtor in the list (not during a call)")),
        Shortcut("previous_debtor", ("Ctrl+Up",),
                 QCoreApplication.translate("Shortcuts", "Open the previous debtor in the list (not during a call)")),
        Shortcut("open_debtor", ("Enter",),
                 QCoreApplication.translate("Shortcuts", "In the debtor list or the work queue: open the debtor of the "
                                            "selected line"),
                 read_by_widget=True),
        Shortcut("next_step", ("Ctrl+Enter", "Ctrl+Return"),
                 QCoreApplication.translate("Shortcuts", "Go to the next step of the call script")),
        Shortcut("script_choice", ("1–9",),
                 QCoreApplication.translate("Shortcuts", "Pick the numbered answer in the call script"),
                 read_by_widget=True),
        Shortcut("outcome_choice", ("1–9",),
                 QCoreApplication.translate("Shortcuts", "Pick the numbered outcome after the call"),
                 read_by_widget=True),
        Shortcut("shortcuts_help", ("F1",),
                 QCoreApplication.translate("Shortcuts", "Show this list of keyboard shortcuts")),
        Shortcut("settings", ("Ctrl+,",),
                 QCoreApplication.translate("Shortcuts", "Open the settings (language, SIP accounts, sound devices)")),
        Shortcut("quit", ("Ctrl+Q",),
                 QCoreApplication.translate("Shortcuts", "Quit CallDesk")),
    )


def _shortcut(shortcut_id: str) -> Shortcut:
    (shortcut,) = [s for s in window_shortcuts() if s.id == shortcut_id]
    return shortcut


def key_sequences(shortcut_id: str) -> list[QKeySequence]:
    """The keys bound to one shortcut of the table, for ``QAction.setShortcuts`` or one ``QShortcut`` each."""
    return list(_shortcut(shortcut_id).sequences)


def key_text(shortcut_id: str, main_key_only: bool = False) -> str:
    """The keys of one shortcut as the agent reads them, for labels and tooltips ("Answer (F3)")."""
    shortcut = _shortcut(shortcut_id)
    if main_key_only:
        return shortcut.sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
    return shortcut.key_text


class _ComboBoxKeepsF4(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F4 and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()  # the key goes to the combo box, not to the window's F4 shortcut
            return True
        return False


def keep_f4_for_combo_boxes(window: QWidget) -> None:
    """F4 opens a focused combo box's list (the Windows convention) instead of hanging up: an agent opening the
    plan calculator's list mid-call must not cut the debtor off. Elsewhere in the window F4 hangs up."""
    keeper = _ComboBoxKeepsF4(window)
    for combo in window.findChildren(QComboBox):
        combo.installEventFilter(keeper)
