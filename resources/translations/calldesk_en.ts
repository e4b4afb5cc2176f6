<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="91"/>
        <source>Amount, e.g. 1500.00</source>
        <translation>Amount, e.g. 1500.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="97"/>
        <source>Type digits only, with at most two decimals (e.g. 1500.00).</source>
        <translation>Type digits only, with at most two decimals (e.g. 1500.00).</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../app/services/call_session.py" line="111"/>
        <source>Finish the current call and its outcome before dialling again.</source>
        <translation>Finish the current call and its outcome before dialling again.</translation>
    </message>
</context>
<context>
    <name>CallbackFields</name>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="96"/>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="98"/>
        <location filename="../../app/ui/outcome_details.py" line="102"/>
        <source>Callback time</source>
        <translation>Callback time</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="124"/>
        <source>Pick a callback time in the future.</source>
        <translation>Pick a callback time in the future.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="126"/>
        <source>Pick a callback time within %1 days.</source>
        <translation>Pick a callback time within %1 days.</translation>
    </message>
</context>
<context>
    <name>CollectionHold</name>
    <message>
        <location filename="../../app/services/collection_hold.py" line="12"/>
        <source>This debtor asked not to be called (since %1). Calls are blocked; use the channel they asked for.</source>
        <translation>This debtor asked not to be called (since %1). Calls are blocked; use the channel they asked for.</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="13"/>
        <source>This debtor is recorded as deceased (since %1). Calls are blocked; the case is with the estates team.</source>
        <translation>This debtor is recorded as deceased (since %1). Calls are blocked; the case is with the estates team.</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="14"/>
        <source>This debtor is in bankruptcy or legal proceedings (since %1). Calls are blocked; the legal team handles the case.</source>
        <translation>This debtor is in bankruptcy or legal proceedings (since %1). Calls are blocked; the legal team handles the case.</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="21"/>
        <source>Hardship recorded on %1: collection is paused. Only call as agreed, and make no payment demands.</source>
        <translation>Hardship recorded on %1: collection is paused. Only call as agreed, and make no payment demands.</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="22"/>
        <source>A dispute is open since %1: collection on the disputed item is stopped until it is reviewed.</source>
        <translation>A dispute is open since %1: collection on the disputed item is stopped until it is reviewed.</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="33"/>
        <source>Collection is on hold for this debtor since %1.</source>
        <translation>Collection is on hold for this debtor since %1.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="127"/>
        <source>Record a date</source>
        <translation>Record a date</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="147"/>
        <source>Record a time</source>
        <translation>Record a time</translation>
    </message>
</context>
<context>
    <name>DebtorListPanel</name>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="24"/>
        <source>Search by name or phone…</source>
        <translation>Search by name or phone…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="25"/>
        <source>Search debtors</source>
        <translation>Search debtors</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="27"/>
        <source>Debtors</source>
        <translation>Debtors</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="44"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="45"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="46"/>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="47"/>
        <source>Total due</source>
        <translation>Total due</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/debtor_list_panel.py" line="55"/>
        <source>%n debtor(s) shown</source>
        <translation>
            <numerusform>%n debtor shown</numerusform>
            <numerusform>%n debtors shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtorRecordView</name>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="35"/>
        <source>Phones on file</source>
        <translation>Phones on file</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="40"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="41"/>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="42"/>
        <source>Pick a debtor from the list, or search by name or phone.</source>
        <translation>Pick a debtor from the list, or search by name or phone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="58"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="58"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="58"/>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="59"/>
        <source>Days past due:</source>
        <translation>Days past due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="59"/>
        <source>Total due:</source>
        <translation>Total due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="59"/>
        <source>Minimum due:</source>
        <translation>Minimum due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="65"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="66"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="67"/>
        <source>Total due</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="68"/>
        <source>Minimum due</source>
        <translation>Minimum due</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="69"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="70"/>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="71"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="77"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="78"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="78"/>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="78"/>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="79"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="80"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="81"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="82"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="82"/>
        <source>(pending)</source>
        <translation>(pending)</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="83"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="110"/>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="111"/>
        <source>Call this number</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="117"/>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="117"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="117"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="118"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="118"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="118"/>
        <source>Friend</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="120"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="120"/>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="120"/>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="121"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="124"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DueCallbacksPanel</name>
    <message>
        <location filename="../../app/ui/due_callbacks_panel.py" line="21"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_callbacks_panel.py" line="22"/>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_callbacks_panel.py" line="23"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_callbacks_panel.py" line="25"/>
        <source>Callbacks due</source>
        <translation>Callbacks due</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_callbacks_panel.py" line="37"/>
        <source>Callbacks due: %n</source>
        <translation>
            <numerusform>Callbacks due: %n</numerusform>
            <numerusform>Callbacks due: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_callbacks_panel.py" line="39"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <location filename="../../app/services/follow_up_queue.py" line="59"/>
        <source>Callbacks and promises could not be checked: %1. Trying again in a minute.</source>
        <translation>Callbacks and promises could not be checked: %1. Trying again in a minute.</translation>
    </message>
</context>
<context>
    <name>IncomingCallBanner</name>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="22"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="27"/>
        <source>Answer (%1)</source>
        <translation>Answer (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="29"/>
        <source>Answer the call (%1)</source>
        <translation>Answer the call (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="30"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="43"/>
        <source>unknown number</source>
        <translation>unknown number</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="45"/>
        <source>Incoming call from %1 (%2)</source>
        <translation>Incoming call from %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="47"/>
        <source>Incoming call from %1 — not a number on file</source>
        <translation>Incoming call from %1 — not a number on file</translation>
    </message>
</context>
<context>
    <name>InterruptedCallSummary</name>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="23"/>
        <source>This call was cut off when CallDesk stopped unexpectedly. Please complete it.</source>
        <translation>This call was cut off when CallDesk stopped unexpectedly. Please complete it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="24"/>
        <source>Debtor: %1</source>
        <translation>Debtor: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="25"/>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="26"/>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="27"/>
        <source>Call states logged: %1</source>
        <translation>Call states logged: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="28"/>
        <source>Script steps reached: %1</source>
        <translation>Script steps reached: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="33"/>
        <source>Answers recorded: %1</source>
        <translation>Answers recorded: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="41"/>
        <source>The script suggested: %1</source>
        <translation>The script suggested: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>SIP: registering…</source>
        <translation>SIP: registering…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>SIP: registered</source>
        <translation>SIP: registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>SIP: not registered</source>
        <translation>SIP: not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>wrong user or password</source>
        <translation>wrong user or password</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>registrar unreachable</source>
        <translation>registrar unreachable</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>no password stored</source>
        <translation>no password stored</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>registering</source>
        <translation>registering</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="45"/>
        <source>CallDesk %1</source>
        <translation>CallDesk %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>&amp;Call</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Find debtor</source>
        <translation>Find debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>Next debtor</source>
        <translation>Next debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Previous debtor</source>
        <translation>Previous debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>About CallDesk</source>
        <translation>About CallDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Demo: simulated debtor line on 127.0.0.1</source>
        <translation>Demo: simulated debtor line on 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>SIP account</source>
        <translation>SIP account</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Complete an interrupted call</source>
        <translation>Complete an interrupted call</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Pick the debtor you are calling first, so the call is logged to their record.</source>
        <translation>Pick the debtor you are calling first, so the call is logged to their record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>On a short break until %1. Take your time.</source>
        <translation>On a short break until %1. Take your time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>Finish the call before opening another debtor.</source>
        <translation>Finish the call before opening another debtor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="272"/>
        <source>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</source>
        <translation>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</source>
        <translation>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="44"/>
        <source>Call outcome</source>
        <translation>Call outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="48"/>
        <source>Outcome codes</source>
        <translation>Outcome codes</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="60"/>
        <source>Confirmation text to send</source>
        <translation>Confirmation text to send</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="62"/>
        <source>Confirmation SMS (prepared from the call, logged)</source>
        <translation>Confirmation SMS (prepared from the call, logged)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="64"/>
        <source>Note (optional): what was agreed, what to do next</source>
        <translation>Note (optional): what was agreed, what to do next</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="65"/>
        <location filename="../../app/ui/outcome_dialog.py" line="94"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="77"/>
        <source>Save outcome</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="100"/>
        <source>How did the call end? Pick one outcome (keys 1–9).</source>
        <translation>How did the call end? Pick one outcome (keys 1–9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="166"/>
        <source>Pick the outcome that describes how the call ended.</source>
        <translation>Pick the outcome that describes how the call ended.</translation>
    </message>
</context>
<context>
    <name>PlanCalculatorPanel</name>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="45"/>
        <source>Plan options</source>
        <translation>Plan options</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="57"/>
        <source>Offered to the debtor</source>
        <translation>Offered to the debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="58"/>
        <source>Log that you put the selected plan to the debtor</source>
        <translation>Log that you put the selected plan to the debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="59"/>
        <source>Debtor accepts this plan</source>
        <translation>Debtor accepts this plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="60"/>
        <source>The selected plan becomes the answer; press Next to go on</source>
        <translation>The selected plan becomes the answer; press Next to go on</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="79"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="80"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="81"/>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="82"/>
        <location filename="../../app/ui/plan_calculator_panel.py" line="96"/>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="83"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="84"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="85"/>
        <source>First due</source>
        <translation>First due</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="86"/>
        <source>Last due</source>
        <translation>Last due</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="92"/>
        <source>Kind of plan</source>
        <translation>Kind of plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="99"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="101"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="106"/>
        <source>Payment date</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="110"/>
        <source>Calculate</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="119"/>
        <source>Own terms:</source>
        <translation>Own terms:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="149"/>
        <source>Fits the budget: %1 months</source>
        <translation>Fits the budget: %1 months</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="151"/>
        <source>Longest allowed: %1 months</source>
        <translation>Longest allowed: %1 months</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="153"/>
        <source>%1 monthly instalments</source>
        <translation>%1 monthly instalments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="155"/>
        <source>Own terms: %1</source>
        <translation>Own terms: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="157"/>
        <source>Settlement, %1 waived</source>
        <translation>Settlement, %1 waived</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="164"/>
        <source>⚠ Over budget</source>
        <translation>⚠ Over budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="166"/>
        <source>⚠ Supervisor</source>
        <translation>⚠ Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="172"/>
        <source>⚠ More than the debtor can pay</source>
        <translation>⚠ More than the debtor can pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="174"/>
        <source>⚠ Needs supervisor approval</source>
        <translation>⚠ Needs supervisor approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="198"/>
        <source>No account to work a plan out on: pick the debtor&apos;s record before the call.</source>
        <translation>No account to work a plan out on: pick the debtor&apos;s record before the call.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="200"/>
        <source>Balance %1 on the account ending %2.</source>
        <translation>Balance %1 on the account ending %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="204"/>
        <source>Ask for monthly income and essential expenses to check what the debtor can pay.</source>
        <translation>Ask for monthly income and essential expenses to check what the debtor can pay.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="207"/>
        <source>The debtor can pay about %1 a month.</source>
        <translation>The debtor can pay about %1 a month.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="222"/>
        <source>Ask your supervisor to approve this discount before you offer it.</source>
        <translation>Ask your supervisor to approve this discount before you offer it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="229"/>
        <source>No plan accepted yet.</source>
        <translation>No plan accepted yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="232"/>
        <source>✓ Accepted: %1 · %2 a month · %3 in all</source>
        <translation>✓ Accepted: %1 · %2 a month · %3 in all</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="266"/>
        <source>The rules do not allow this plan: %1</source>
        <translation>The rules do not allow this plan: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="281"/>
        <source>First payment on</source>
        <translation>First payment on</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="281"/>
        <source>New due date</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="282"/>
        <source>Payment on</source>
        <translation>Payment on</translation>
    </message>
</context>
<context>
    <name>PlanSummaryBox</name>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="136"/>
        <source>Accepted plan</source>
        <translation>Accepted plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="142"/>
        <source>Save this plan with the outcome</source>
        <translation>Save this plan with the outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="159"/>
        <source>%1 payment(s), %2 a month, %3 in all</source>
        <translation>%1 payment(s), %2 a month, %3 in all</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="161"/>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="164"/>
        <source>⚠ Needs supervisor approval</source>
        <translation>⚠ Needs supervisor approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="166"/>
        <source>⚠ More than the debtor can pay</source>
        <translation>⚠ More than the debtor can pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="169"/>
        <source>A minimum payment is saved as the promise to pay.</source>
        <translation>A minimum payment is saved as the promise to pay.</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../app/ui/plan_words.py" line="8"/>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_words.py" line="9"/>
        <source>Deferral</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_words.py" line="10"/>
        <source>Settlement (reduction)</source>
        <translation>Settlement (reduction)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_words.py" line="11"/>
        <source>Minimum payment</source>
        <translation>Minimum payment</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="30"/>
        <source>Promise to pay</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="32"/>
        <location filename="../../app/ui/outcome_details.py" line="42"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="34"/>
        <source>Promised amount</source>
        <translation>Promised amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="35"/>
        <source>e.g. 1500.00</source>
        <translation>e.g. 1500.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="38"/>
        <source>Promised date</source>
        <translation>Promised date</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="43"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="44"/>
        <source>Pay by</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="53"/>
        <source>Card ending %1</source>
        <translation>Card ending %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="75"/>
        <source>There is no account on file to hold a promise: pick another outcome and say so in the note.</source>
        <translation>There is no account on file to hold a promise: pick another outcome and say so in the note.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="78"/>
        <source>Enter the amount the debtor promised to pay.</source>
        <translation>Enter the amount the debtor promised to pay.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="80"/>
        <source>The promised date cannot be in the past.</source>
        <translation>The promised date cannot be in the past.</translation>
    </message>
</context>
<context>
    <name>ScriptPane</name>
    <message>
        <location filename="../../app/ui/script_pane.py" line="53"/>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="54"/>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="55"/>
        <source>✓ Right party verified</source>
        <translation>✓ Right party verified</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="57"/>
        <source>What to say</source>
        <translation>What to say</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="61"/>
        <source>Coaching hint</source>
        <translation>Coaching hint</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="76"/>
        <source>Why the step was not taken</source>
        <translation>Why the step was not taken</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="77"/>
        <source>If the call turns:</source>
        <translation>If the call turns:</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="79"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="80"/>
        <source>Skip…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="81"/>
        <source>Go on without an answer; a mandatory step needs a reason</source>
        <translation>Go on without an answer; a mandatory step needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="82"/>
        <location filename="../../app/ui/script_pane.py" line="149"/>
        <location filename="../../app/ui/script_pane.py" line="174"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="84"/>
        <source>Next step (%1)</source>
        <translation>Next step (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="141"/>
        <source>Coaching: %1</source>
        <translation>Coaching: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="167"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="168"/>
        <source>No call in progress. The script starts when the debtor answers.</source>
        <translation>No call in progress. The script starts when the debtor answers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="186"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="217"/>
        <source>Branch: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="236"/>
        <source>Phase %1 of %2: %3</source>
        <translation>Phase %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="248"/>
        <source>Confirm you are speaking to the debtor before talking about the debt.</source>
        <translation>Confirm you are speaking to the debtor before talking about the debt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="249"/>
        <source>Tell the caller the call is recorded before asking any question.</source>
        <translation>Tell the caller the call is recorded before asking any question.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="250"/>
        <source>Record an answer first, or use Skip… to go on without one.</source>
        <translation>Record an answer first, or use Skip… to go on without one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="251"/>
        <source>That answer does not fit this question: %1</source>
        <translation>That answer does not fit this question: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="252"/>
        <source>This step is mandatory: give a reason to skip it.</source>
        <translation>This step is mandatory: give a reason to skip it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="253"/>
        <source>The script has no outcome yet. Take the step that records how the call ended, or hang up and pick the outcome afterwards.</source>
        <translation>The script has no outcome yet. Take the step that records how the call ended, or hang up and pick the outcome afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="255"/>
        <source>The script has no next step for this answer. Take a branch below, or hang up and pick the outcome afterwards.</source>
        <translation>The script has no next step for this answer. Take a branch below, or hang up and pick the outcome afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="257"/>
        <source>The script is not at its last step yet.</source>
        <translation>The script is not at its last step yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="258"/>
        <source>The script is not running: there is no answered call.</source>
        <translation>The script is not running: there is no answered call.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="260"/>
        <source>That step was not taken (%1).</source>
        <translation>That step was not taken (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="149"/>
        <source>Finish script</source>
        <translation>Finish script</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="37"/>
        <source>Answer a ringing call</source>
        <translation>Answer a ringing call</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="39"/>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="41"/>
        <source>Hold the call, or take it off hold</source>
        <translation>Hold the call, or take it off hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="43"/>
        <source>Mute or unmute your microphone</source>
        <translation>Mute or unmute your microphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="45"/>
        <source>Pause or resume the recording (while a card number is read out)</source>
        <translation>Pause or resume the recording (while a card number is read out)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="47"/>
        <source>Find a debtor: go to the search field</source>
        <translation>Find a debtor: go to the search field</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="49"/>
        <source>Open the next debtor in the list (not during a call)</source>
        <translation>Open the next debtor in the list (not during a call)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="51"/>
        <source>Open the previous debtor in the list (not during a call)</source>
        <translation>Open the previous debtor in the list (not during a call)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="53"/>
        <source>Go to the next step of the call script</source>
        <translation>Go to the next step of the call script</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="55"/>
        <source>Pick the numbered answer in the call script</source>
        <translation>Pick the numbered answer in the call script</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="58"/>
        <source>Pick the numbered outcome after the call</source>
        <translation>Pick the numbered outcome after the call</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="61"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Show this list of keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="63"/>
        <source>Quit CallDesk</source>
        <translation>Quit CallDesk</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="13"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="14"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="16"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="17"/>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="21"/>
        <source>Each row: a key, and what it does</source>
        <translation>Each row: a key, and what it does</translation>
    </message>
</context>
<context>
    <name>SkipReasonDialog</name>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="12"/>
        <source>Skip this step</source>
        <translation>Skip this step</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="14"/>
        <source>“%1” is a mandatory step. Why are you skipping it? The reason is logged with the call.</source>
        <translation>“%1” is a mandatory step. Why are you skipping it? The reason is logged with the call.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="15"/>
        <source>Why are you skipping “%1”? (optional)</source>
        <translation>Why are you skipping “%1”? (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="20"/>
        <source>Reason for skipping</source>
        <translation>Reason for skipping</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="21"/>
        <source>The debtor will not answer this</source>
        <translation>The debtor will not answer this</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="22"/>
        <source>Already covered earlier in the call</source>
        <translation>Already covered earlier in the call</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="23"/>
        <source>The debtor asked to move on</source>
        <translation>The debtor asked to move on</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="23"/>
        <source>Not relevant to this call</source>
        <translation>Not relevant to this call</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="25"/>
        <source>Pick or type a reason</source>
        <translation>Pick or type a reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="29"/>
        <source>Skip step</source>
        <translation>Skip step</translation>
    </message>
</context>
<context>
    <name>SoftphoneStrip</name>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="28"/>
        <source>Number or SIP address</source>
        <translation>Number or SIP address</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="29"/>
        <source>Number to dial</source>
        <translation>Number to dial</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="36"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="39"/>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="42"/>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="43"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="45"/>
        <source>Pause recording</source>
        <translation>Pause recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="48"/>
        <source>Pause the recording while the debtor reads out a card number (%1)</source>
        <translation>Pause the recording while the debtor reads out a card number (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="50"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="51"/>
        <source>Call state</source>
        <translation>Call state</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="119"/>
        <source>No sound device found: calls connect, but you will not hear audio.</source>
        <translation>No sound device found: calls connect, but you will not hear audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="124"/>
        <source>Calling…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="124"/>
        <source>Ringing…</source>
        <translation>Ringing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="124"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="125"/>
        <source>In call</source>
        <translation>In call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="125"/>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="125"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="160"/>
        <source>Type a number, or pick a phone from the debtor&apos;s record.</source>
        <translation>Type a number, or pick a phone from the debtor&apos;s record.</translation>
    </message>
</context>
<context>
    <name>WellbeingBanner</name>
    <message>
        <location filename="../../app/ui/wellbeing_banner.py" line="17"/>
        <source>That was a hard call. Take a short break before the next one.</source>
        <translation>That was a hard call. Take a short break before the next one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wellbeing_banner.py" line="19"/>
        <source>Take a 5-minute break</source>
        <translation>Take a 5-minute break</translation>
    </message>
    <message>
        <location filename="../../app/ui/wellbeing_banner.py" line="20"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
</TS>
