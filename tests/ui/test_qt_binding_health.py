"""Guards against a PySide6 6.12.0 bug: every Signal.emit() from Python dropped a reference to True, and after a
few thousand emits (about 50 calls' worth of phone events) the interpreter aborted with "bool_dealloc"."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


def test_emitting_signals_does_not_leak_or_drop_references(qapp) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(2000):
        emitter.happened.emit(number)
    assert len(received) == 2000
    assert sys.getrefcount(True) >= before - 10
