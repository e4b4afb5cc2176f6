"""What the window does with a call's number: one debtor → their record at once; several → the chooser; none → the
debtor search, prefilled with the number and focused. For an incoming call (the session looked the number up at
ring) and for a number the agent typed and pressed Call on with no debtor picked.

A record popped for a number that is not the debtor's own phone comes with the notice saying whose phone it is.

Latency: an incoming caller's record is painted the moment the lookup finds it (``repaint``, not ``update``), while
the session still writes the call row and its first event (two SQLite commits with fsync): the agent sees the
debtor within the 30 ms budget. Only when the agent is free, i.e. when the session will ring this call rather than
keep it waiting behind the one in progress, whose record must stay on screen.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QBoxLayout

from app.domain.debtors import CallerMatch, DebtorRecord
from app.phone_numbers import national_digits
from app.services.call_session import CallSession
from app.services.screen_pop import ScreenPop, ScreenPopService, normalised
from app.ui.caller_chooser_dialog import CallerChooserDialog
from app.ui.debtor_list_panel import DebtorListPanel
from app.ui.debtor_record_view import DebtorRecordView
from app.ui.phone_owner_notice import PhoneOwnerNotice

RecordChosen = Callable[[DebtorRecord], None]


class ScreenPopFlow(QObject):
    chooser_shown = Signal(object)  # the CallerChooserDialog, for tests and tooling
    search_prefilled = Signal(str)  # the text put in the debtor search

    def __init__(self, service: ScreenPopService, session: CallSession, record_view: DebtorRecordView,
                 debtor_list: DebtorListPanel, parent: QObject | None = None) -> None:
        """The notice goes into the record view's layout, above the record."""
        super().__init__(parent)
        self._service = service
        self._session = session
        self._record_view = record_view
        self._debtor_list = debtor_list
        self.chooser: CallerChooserDialog | None = None
        self._searching_for: RecordChosen | None = None  # an incoming call's callback while the agent searches
        self.notice = PhoneOwnerNotice(record_view)
        layout = record_view.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.notice)
        self._painted_early: ScreenPop | None = None
        service.on_identified(self._paint_early)
        session.outcome_required.connect(self._on_outcome_required)  # a method: disconnected with this object
        session.call_missed.connect(self._on_call_missed)  # rang out: no outcome is asked for
        debtor_list.debtor_selected.connect(self._on_debtor_selected)

    def _paint_early(self, pop: ScreenPop) -> None:
        """At ring, before the call log's writes: the one caller's record on screen now, when the agent is free."""
        if pop.record is None or self._session.in_call or self._session.awaiting_outcome:
            return
        self._painted_early = pop
        self._show_record(pop.record, pop.match, outgoing=False)
        layout = self._record_view.layout()
        if layout is not None:
            layout.activate()  # the new name and facts laid out now, not after the session's writes
        self._record_view.repaint()

    def pop_incoming(self, number: str, record: DebtorRecord | None, on_chosen: RecordChosen) -> ScreenPop:
        """Ringing: ``record`` is the debtor the session settled on (the one match). A debtor the agent picks later
        in the chooser is attached to the call, then handed to ``on_chosen``."""
        pop = self._service.take(number, record)
        early, self._painted_early = self._painted_early, None
        if pop is early and pop.record is not None and self._record_view.record is pop.record:
            self._close_chooser()  # already on screen (``_paint_early``)
            self._searching_for = None
            return pop
        self._show(pop, outgoing=False, on_chosen=lambda chosen: self._attach(chosen, on_chosen))
        if pop.none:
            self._searching_for = on_chosen  # a debtor picked from the search is attached to the call too
        return pop

    def pop_outgoing(self, number: str, on_chosen: RecordChosen) -> ScreenPop:
        """A typed number with no debtor picked: ``on_chosen`` (which dials) runs once a debtor is known."""
        pop = self._service.lookup(number)
        self._show(pop, outgoing=True, on_chosen=on_chosen)
        return pop

    def show_dialled_phone(self, record: DebtorRecord, number: str) -> None:
        """The agent dials one of ``record``'s phones: the notice says whose it is (nothing for the debtor's own)."""
        e164 = normalised(number)
        phone = next((p for p in record.phones if p.number in (number, e164)), None)
        match = None if phone is None else CallerMatch(record.debtor_id, record.full_name, phone.owner,
                                                        phone.phone_type, phone.owner_name)
        self.notice.show_for(match, outgoing=True)

    def _show(self, pop: ScreenPop, outgoing: bool, on_chosen: RecordChosen) -> None:
        self._close_chooser()
        self._searching_for = None
        if pop.record is not None:
            self._show_record(pop.record, pop.match, outgoing)
            if outgoing:
                on_chosen(pop.record)
        elif pop.several:
            self.notice.show_for(None, outgoing)
            self._choose(pop, outgoing, on_chosen)
        else:
            self.notice.show_for(None, outgoing)
            self._prefill_search(pop)

    def _show_record(self, record: DebtorRecord, match: CallerMatch | None, outgoing: bool) -> None:
        self.notice.show_for(match, outgoing)
        self._record_view.show_record(record)

    def _choose(self, pop: ScreenPop, outgoing: bool, on_chosen: RecordChosen) -> None:
        """Not modal: a ringing call can still be answered from the window while the agent picks."""
        chooser = CallerChooserDialog(pop.number, pop.matches, self._record_view.window())
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser

        def picked() -> None:
            match = chooser.chosen
            if match is None:
                return
            record = self._service.record(match.debtor_id)
            self._show_record(record, match, outgoing)
            on_chosen(record)

        chooser.accepted.connect(picked)
        chooser.rejected.connect(lambda: self._prefill_search(pop) if self.chooser is chooser else None)
        chooser.finished.connect(lambda _result: self._forget(chooser))
        chooser.show()
        chooser.activateWindow()
        self.chooser_shown.emit(chooser)

    def _attach(self, record: DebtorRecord, on_chosen: RecordChosen) -> None:
        if self._session.attach_caller(record):
            on_chosen(record)

    def _on_debtor_selected(self, debtor_id: int) -> None:
        """Another debtor opened: the notice was about the popped record. While an unknown caller rings or talks,
        the debtor the agent finds in the search is who the call is about."""
        self.notice.show_for(None, outgoing=False)
        on_chosen, self._searching_for = self._searching_for, None
        if on_chosen is not None:
            self._attach(self._service.record(debtor_id), on_chosen)

    def _prefill_search(self, pop: ScreenPop) -> None:
        """The search field gets the number as agents type it (national digits); a withheld number leaves it empty."""
        text = national_digits(pop.e164) if pop.e164 else ("" if pop.withheld else pop.number.strip())
        field = self._debtor_list.search_field
        field.setText(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()
        self.search_prefilled.emit(text)

    def _on_outcome_required(self, _call_id: int) -> None:
        self._clear()

    def _on_call_missed(self, _call_id: int) -> None:
        self._clear()

    def _clear(self) -> None:
        """The call is over: no notice, no chooser, no search waiting to name the caller."""
        self.notice.show_for(None, outgoing=False)
        self._searching_for = None
        self._close_chooser()

    def _close_chooser(self) -> None:
        chooser, self.chooser = self.chooser, None
        if chooser is not None:
            chooser.close()

    def _forget(self, chooser: CallerChooserDialog) -> None:
        if self.chooser is chooser:
            self.chooser = None
