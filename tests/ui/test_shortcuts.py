"""The shortcuts table is what the window binds and what Help → Shortcuts shows; next/previous debtor keys."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton

from app.ui.shortcuts import window_shortcuts
from app.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.test_main_window_flow import _dial_and_answer, desk  # noqa: F401 (the fixture)


def _bound_keys(window) -> list[str]:
    """Every key bound anywhere in the window: menu actions, QShortcuts, button shortcuts."""
    sequences = [s for a in window.findChildren(QAction) for s in a.shortcuts()]
    sequences += [s for q in window.findChildren(QShortcut) for s in q.keys()]
    sequences += [b.shortcut() for b in window.findChildren(QAbstractButton)]
    return [s.toString() for s in sequences if not s.isEmpty()]


def test_every_shortcut_in_the_table_is_bound_in_the_window(desk):
    window, *_ = desk
    bound = set(_bound_keys(window))
    for shortcut in window_shortcuts():
        for keys in shortcut.sequences:
            assert keys.toString() in bound, f"{shortcut.id}: {keys.toString()} is not bound"


def test_no_two_shortcuts_share_a_key(desk):
    window, *_ = desk
    table = [k.toString() for s in window_shortcuts() for k in s.sequences]
    assert len(table) == len(set(table))
    bound = _bound_keys(window)
    assert sorted(bound) == sorted(set(bound)), "a key is bound twice in the window"


def test_the_table_keys_are_real_key_sequences():
    for shortcut in window_shortcuts():
        assert shortcut.description and shortcut.key_text
        for keys in shortcut.sequences:
            assert keys.count() == 1 and QKeySequence(keys.toString()) == keys


def test_dialog_lists_every_shortcut(qtbot, qtmodeltester):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    table = window_shortcuts()
    assert dialog.model.rowCount() == len(table) and dialog.model.columnCount() == 2
    shown = [(dialog.model.index(r, 0).data(), dialog.model.index(r, 1).data()) for r in range(len(table))]
    assert shown == [(s.key_text, s.description) for s in table]
    assert ("Ctrl+H / F4", "Hang up") in shown
    assert dialog.table.accessibleName() == "Keyboard shortcuts"


def test_f1_opens_the_dialog_and_escape_closes_it(desk, qtbot):
    window, *_ = desk
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_next_and_previous_debtor_move_the_selection_and_open_the_record(desk, qtbot):
    window, *_ = desk
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.record_view.name_label.text() == "张伟"
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.record_view.name_label.text() == "Emily Carter"
    assert window.debtor_list.table.selectionModel().selectedRows()[0].row() == 1
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # the end of the list: stays
    assert window.record_view.name_label.text() == "Emily Carter"
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.record_view.name_label.text() == "张伟"


def test_next_debtor_is_ignored_during_a_call(desk, qtbot):
    window, phone, _call_log, session = desk
    _dial_and_answer(window, phone, qtbot)
    assert session.in_call and window.record_view.name_label.text() == "张伟"
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.record_view.name_label.text() == "张伟"
    assert window.debtor_list.table.selectionModel().selectedRows()[0].row() == 0
    assert "Finish the call" in window.statusBar().currentMessage()


def test_readme_keyboard_table_matches_the_shortcuts_table():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for shortcut in window_shortcuts():
        keys = " / ".join(f"`{k}`" for k in shortcut.keys).replace("`1–9`", "`1`–`9`")
        assert f"| {keys} | {shortcut.description} |" in readme, shortcut.id


def test_f4_hangs_up_but_opens_a_focused_combo_box_list(desk, qtbot):
    window, phone, _call_log, session = desk
    _dial_and_answer(window, phone, qtbot)
    window.activateWindow()
    qtbot.waitActive(window)
    pane = window.script_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_1)
    for answer in (None, "6000", "4500"):  # greeting, then income and what the debtor can pay: the plan step
        if answer:
            qtbot.keyClicks(pane._editor.field, answer)
        qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    combo = pane.plan_panel.custom_kind
    assert combo.isVisible()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_F4)
    assert session.in_call and combo.view().isVisible()
    combo.hidePopup()
    window.softphone.number_field.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    phone.pump()
    assert not session.in_call


def test_labels_and_tooltips_name_the_table_keys(desk):
    window, *_ = desk
    assert window.incoming_banner.answer_button.text() == "Answer (F3)"
    assert window.incoming_banner.answer_button.toolTip() == "Answer the call (F3 / Ctrl+Shift+A)"
    assert window.script_pane.next_button.toolTip() == "Next step (Ctrl+Enter)"
    assert window.softphone.hold_button.toolTip() == "Hold (F5)"
    assert window.softphone.pause_recording_button.toolTip().endswith("(F7)")
