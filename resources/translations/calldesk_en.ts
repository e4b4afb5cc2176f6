<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../app/services/call_session.py" line="101" />
        <source>Finish the current call and its outcome before dialling again.</source>
        <translation>Finish the current call and its outcome before dialling again.</translation>
    </message>
</context>
<context>
    <name>DebtorListPanel</name>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="23" />
        <source>Search by name or phone…</source>
        <translation>Search by name or phone…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="24" />
        <source>Search debtors</source>
        <translation>Search debtors</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="28" />
        <source>Debtors</source>
        <translation>Debtors</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="50" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="51" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="52" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="53" />
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="54" />
        <source>Total due</source>
        <translation>Total due</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/debtor_list_panel.py" line="62" />
        <source>%n debtor(s) shown</source>
        <translation><numerusform>%n debtor shown</numerusform><numerusform>%n debtors shown</numerusform></translation>
    </message>
</context>
<context>
    <name>DebtorRecordView</name>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="49" />
        <source>Phones on file</source>
        <translation>Phones on file</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="54" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="55" />
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="56" />
        <source>Pick a debtor from the list, or search by name or phone.</source>
        <translation>Pick a debtor from the list, or search by name or phone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="72" />
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="72" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="72" />
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="73" />
        <source>Days past due:</source>
        <translation>Days past due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="73" />
        <source>Total due:</source>
        <translation>Total due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="73" />
        <source>Minimum due:</source>
        <translation>Minimum due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="79" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="80" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="81" />
        <source>Total due</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="82" />
        <source>Minimum due</source>
        <translation>Minimum due</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="83" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="84" />
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="85" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="91" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="92" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="92" />
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="92" />
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="93" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="94" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="95" />
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="96" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="96" />
        <source>(pending)</source>
        <translation>(pending)</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="97" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="124" />
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="125" />
        <source>Call this number</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="131" />
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="131" />
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="131" />
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132" />
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132" />
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132" />
        <source>Friend</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="134" />
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="134" />
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="134" />
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="135" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="138" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>InterruptedCallSummary</name>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="16" />
        <source>This call was cut off when CallDesk stopped unexpectedly. Please complete it.</source>
        <translation>This call was cut off when CallDesk stopped unexpectedly. Please complete it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="17" />
        <source>Debtor: %1</source>
        <translation>Debtor: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="18" />
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="19" />
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="20" />
        <source>Call states logged: %1</source>
        <translation>Call states logged: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="21" />
        <source>Script steps reached: %1</source>
        <translation>Script steps reached: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <source>SIP: registering…</source>
        <translation>SIP: registering…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>SIP: registered</source>
        <translation>SIP: registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <location filename="../../app/ui/main_window.py" line="133" />
        <source>SIP: not registered</source>
        <translation>SIP: not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>wrong user or password</source>
        <translation>wrong user or password</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>registrar unreachable</source>
        <translation>registrar unreachable</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>no password stored</source>
        <translation>no password stored</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140" />
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <source>registering</source>
        <translation>registering</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="31" />
        <source>CallDesk %1</source>
        <translation>CallDesk %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68" />
        <source>&amp;Call</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69" />
        <source>Find debtor</source>
        <translation>Find debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72" />
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77" />
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>About CallDesk</source>
        <translation>About CallDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115" />
        <source>Demo: simulated debtor line on 127.0.0.1</source>
        <translation>Demo: simulated debtor line on 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115" />
        <source>SIP account</source>
        <translation>SIP account</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116" />
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>Complete an interrupted call</source>
        <translation>Complete an interrupted call</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Pick the debtor you are calling first, so the call is logged to their record.</source>
        <translation>Pick the debtor you are calling first, so the call is logged to their record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</source>
        <translation>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196" />
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</source>
        <translation>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="19" />
        <source>Call outcome</source>
        <translation>Call outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="23" />
        <source>Outcome codes</source>
        <translation>Outcome codes</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="28" />
        <source>Note (optional): what was agreed, what to do next</source>
        <translation>Note (optional): what was agreed, what to do next</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="29" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="31" />
        <source>Save outcome</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="34" />
        <source>How did the call end? Pick one outcome.</source>
        <translation>How did the call end? Pick one outcome.</translation>
    </message>
</context>
<context>
    <name>ScriptPane</name>
    <message>
        <location filename="../../app/ui/script_pane.py" line="24" />
        <source>What to say</source>
        <translation>What to say</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="29" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="30" />
        <location filename="../../app/ui/script_pane.py" line="63" />
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="49" />
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="50" />
        <source>The script starts when the debtor answers.</source>
        <translation>The script starts when the debtor answers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="63" />
        <source>Finish script</source>
        <translation>Finish script</translation>
    </message>
</context>
<context>
    <name>SoftphoneStrip</name>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="27" />
        <source>Number or SIP address</source>
        <translation>Number or SIP address</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="28" />
        <source>Number to dial</source>
        <translation>Number to dial</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="35" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="38" />
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="41" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="42" />
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="44" />
        <source>Pause recording</source>
        <translation>Pause recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="45" />
        <source>Pause the recording while the debtor reads out a card number (F7)</source>
        <translation>Pause the recording while the debtor reads out a card number (F7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="46" />
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="47" />
        <source>Call state</source>
        <translation>Call state</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="114" />
        <source>No sound device found: calls connect, but you will not hear audio.</source>
        <translation>No sound device found: calls connect, but you will not hear audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="119" />
        <source>Calling…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="119" />
        <source>Ringing…</source>
        <translation>Ringing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="119" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="120" />
        <source>In call</source>
        <translation>In call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="120" />
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="120" />
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="155" />
        <source>Type a number, or pick a phone from the debtor's record.</source>
        <translation>Type a number, or pick a phone from the debtor's record.</translation>
    </message>
</context>
</TS>