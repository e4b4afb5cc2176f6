<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="121"/>
        <source>Amount, e.g. 1500.00</source>
        <translation>Amount, e.g. 1500.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="125"/>
        <source>Type digits only, with at most two decimals (e.g. 1500.00).</source>
        <translation>Type digits only, with at most two decimals (e.g. 1500.00).</translation>
    </message>
</context>
<context>
    <name>AudioDevicesPage</name>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>&amp;Echo cancellation:</source>
        <translation>&amp;Echo cancellation:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>Echo cancellation</source>
        <translation>Echo cancellation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>Takes the debtor&apos;s voice out of the microphone when it comes back from the speaker, and quietens steady noise. Headsets do not need it.</source>
        <translation>Takes the debtor&apos;s voice out of the microphone when it comes back from the speaker, and quietens steady noise. Headsets do not need it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>Automatic (on for a laptop&apos;s built-in speaker and microphone, off for headsets)</source>
        <translation>Automatic (on for a laptop&apos;s built-in speaker and microphone, off for headsets)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="113"/>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="80"/>
        <source>R&amp;inger (rings while the headset is on the desk):</source>
        <translation>R&amp;inger (rings while the headset is on the desk):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="84"/>
        <source>Re&amp;fresh device list</source>
        <translation>Re&amp;fresh device list</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="86"/>
        <source>Read the sound devices again, e.g. after plugging in a headset</source>
        <translation>Read the sound devices again, e.g. after plugging in a headset</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="85"/>
        <source>Refresh device list</source>
        <translation>Refresh device list</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="83"/>
        <source>Ringer</source>
        <translation>Ringer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="99"/>
        <source>Same as the speaker</source>
        <translation>Same as the speaker</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="50"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="51"/>
        <source>S&amp;peaker or headset:</source>
        <translation>S&amp;peaker or headset:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="52"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="53"/>
        <source>Speaker or headset</source>
        <translation>Speaker or headset</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="54"/>
        <source>Sound devices change at once, also during a call.</source>
        <translation>Sound devices change at once, also during a call.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="61"/>
        <source>No sound device (silent)</source>
        <translation>No sound device (silent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="104"/>
        <source>The chosen device could not be opened; calls use no sound device until another is chosen.</source>
        <translation>The chosen device could not be opened; calls use no sound device until another is chosen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="106"/>
        <source>In use now.</source>
        <translation>In use now.</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../../app/services/call_controls.py" line="92"/>
        <source>End the consultation before a blind transfer.</source>
        <translation>End the consultation before a blind transfer.</translation>
    </message>
    <message>
        <location filename="../../app/services/call_controls.py" line="114"/>
        <source>A consultation is already in progress.</source>
        <translation>A consultation is already in progress.</translation>
    </message>
    <message>
        <location filename="../../app/services/call_controls.py" line="209"/>
        <source>There is no connected call.</source>
        <translation>There is no connected call.</translation>
    </message>
    <message>
        <location filename="../../app/services/call_controls.py" line="215"/>
        <source>Wait until the consultation call is connected.</source>
        <translation>Wait until the consultation call is connected.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../app/services/call_session.py" line="121"/>
        <source>Finish the current call and its outcome before dialling again.</source>
        <translation>Finish the current call and its outcome before dialling again.</translation>
    </message>
    <message>
        <location filename="../../app/services/call_session.py" line="0"/>
        <source>The call was not placed: the call log cannot be written now. Check the database, then dial again.</source>
        <translation>The call was not placed: the call log cannot be written now. Check the database, then dial again.</translation>
    </message>
    <message>
        <location filename="../../app/services/call_session.py" line="0"/>
        <source>The call was not placed: the call log cannot be written ({0}). Check the database, then dial again.</source>
        <translation>The call was not placed: the call log cannot be written ({0}). Check the database, then dial again.</translation>
    </message>
    <message>
        <location filename="../../app/services/call_session.py" line="0"/>
        <source>The call was not placed: the call log took {0:.0f} s to write it. Dial again.</source>
        <translation>The call was not placed: the call log took {0:.0f} s to write it. Dial again.</translation>
    </message>
    <message>
        <location filename="../../app/services/call_session.py" line="0"/>
        <source>The call was not placed: you hung up while it was being logged.</source>
        <translation>The call was not placed: you hung up while it was being logged.</translation>
    </message>
</context>
<context>
    <name>CallWaiting</name>
    <message>
        <location filename="../../app/services/call_waiting.py" line="87"/>
        <source>Finish the current call and its outcome before answering a waiting call.</source>
        <translation>Finish the current call and its outcome before answering a waiting call.</translation>
    </message>
</context>
<context>
    <name>CallWaitingList</name>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="38"/>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="38"/>
        <source>not on file</source>
        <translation>not on file</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="39"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="39"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="40"/>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="42"/>
        <source>Waiting calls</source>
        <translation>Waiting calls</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="48"/>
        <source>Answer waiting call</source>
        <translation>Answer waiting call</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="49"/>
        <source>Put the current call on hold and answer the selected caller (Enter)</source>
        <translation>Put the current call on hold and answer the selected caller (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="50"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="51"/>
        <source>Reject waiting call</source>
        <translation>Reject waiting call</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="52"/>
        <source>Reject the selected waiting caller (Delete)</source>
        <translation>Reject the selected waiting caller (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="75"/>
        <source>Waiting: %1</source>
        <translation>Waiting: %1</translation>
    </message>
</context>
<context>
    <name>CallbackFields</name>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="1"/>
        <source>Type the date and time; ←/→ move between its parts, ↑/↓ change them</source>
        <translation>Type the date and time; ←/→ move between its parts, ↑/↓ change them</translation>
    </message>
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
    <name>CallerChooserDialog</name>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="18"/>
        <source>Who is this call about?</source>
        <translation>Who is this call about?</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="22"/>
        <source>%1 is on file for several debtors. Pick one, or press Esc to search instead.</source>
        <translation>%1 is on file for several debtors. Pick one, or press Esc to search instead.</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="27"/>
        <source>Whose phone</source>
        <translation>Whose phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="30"/>
        <source>Debtors with this number</source>
        <translation>Debtors with this number</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="33"/>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="34"/>
        <source>None of these</source>
        <translation>None of these</translation>
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
    <name>ContactHistoryTab</name>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="1"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="26"/>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="29"/>
        <source>Play recording</source>
        <translation>Play recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="44"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="45"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="46"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="47"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="48"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="49"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="49"/>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="49"/>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="50"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="51"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="55"/>
        <source>(pending)</source>
        <translation>(pending)</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="60"/>
        <source>▶ Play</source>
        <translation>▶ Play</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="60"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="92"/>
        <source>Data&amp;base URL:</source>
        <translation>Data&amp;base URL:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="93"/>
        <source>Database URL</source>
        <translation>Database URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="94"/>
        <source>Leave empty for the SQLite file in CallDesk&apos;s data folder.</source>
        <translation>Leave empty for the SQLite file in CallDesk&apos;s data folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="95"/>
        <source>In use now: %1</source>
        <translation>In use now: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="97"/>
        <source>A new database is used the next time CallDesk starts. The --db option and the CALLDESK_DB variable take precedence over this setting. Keep passwords out of the URL: PostgreSQL reads them from ~/.pgpass.</source>
        <translation>A new database is used the next time CallDesk starts. The --db option and the CALLDESK_DB variable take precedence over this setting. Keep passwords out of the URL: PostgreSQL reads them from ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="112"/>
        <source>Leave the password out of the URL; PostgreSQL reads it from ~/.pgpass.</source>
        <translation>Leave the password out of the URL; PostgreSQL reads it from ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="113"/>
        <source>Write a URL such as sqlite:////home/me/calldesk.db or postgresql+psycopg://calldesk@dbhost/calldesk.</source>
        <translation>Write a URL such as sqlite:////home/me/calldesk.db or postgresql+psycopg://calldesk@dbhost/calldesk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="114"/>
        <source>CallDesk works with SQLite and PostgreSQL only.</source>
        <translation>CallDesk works with SQLite and PostgreSQL only.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="159"/>
        <source>Record a date</source>
        <translation>Record a date</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="183"/>
        <source>Record a time</source>
        <translation>Record a time</translation>
    </message>
</context>
<context>
    <name>DebtorListPanel</name>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="62"/>
        <source>Loading debtors…</source>
        <translation>Loading debtors…</translation>
    </message>
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
    <name>DebtorRecordHeader</name>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="63"/>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="63"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="64"/>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="64"/>
        <source>Days past due:</source>
        <translation>Days past due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="65"/>
        <source>Total due:</source>
        <translation>Total due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="65"/>
        <source>Minimum due:</source>
        <translation>Minimum due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="98"/>
        <source>Case flag: %1</source>
        <translation>Case flag: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="104"/>
        <source>Raised %1 by %2</source>
        <translation>Raised %1 by %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="110"/>
        <source>bucket %1</source>
        <translation>bucket %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="111"/>
        <source>the latest promise was broken (bucket %1)</source>
        <translation>the latest promise was broken (bucket %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="112"/>
        <source>nothing is owed</source>
        <translation>nothing is owed</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="115"/>
        <source>Next step: %1 · %2</source>
        <translation>Next step: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="125"/>
        <source>case flag “%1” is open on %2: held until a review clears it</source>
        <translation>case flag “%1” is open on %2: held until a review clears it</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="127"/>
        <source>case flag “%1” is open: collection is held until a review clears it</source>
        <translation>case flag “%1” is open: collection is held until a review clears it</translation>
    </message>
</context>
<context>
    <name>DebtorRecordView</name>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="49"/>
        <source>Phones on file</source>
        <translation>Phones on file</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="60"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="61"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="62"/>
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="63"/>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="64"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="65"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="66"/>
        <source>Pick a debtor from the list, or search by name or phone.</source>
        <translation>Pick a debtor from the list, or search by name or phone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="88"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="89"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="90"/>
        <source>Total due</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="91"/>
        <source>Minimum due</source>
        <translation>Minimum due</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="92"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="93"/>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="94"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="125"/>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="126"/>
        <source>Call this number</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132"/>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="133"/>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="133"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="133"/>
        <source>Friend</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="135"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="135"/>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="135"/>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="136"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="139"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../app/ui/dial_pad.py" line="24"/>
        <source>Dial pad</source>
        <translation>Dial pad</translation>
    </message>
    <message>
        <location filename="../../app/ui/dial_pad.py" line="25"/>
        <source>Type 0-9, * or # on the keyboard, or click a key</source>
        <translation>Type 0-9, * or # on the keyboard, or click a key</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../app/services/first_start.py" line="11"/>
        <source>There are no debtors in the database yet. Demo debtors are added only in demo mode, which is off because a SIP account has a registrar. Import your debtors with `calldesk import-debtors FILE.csv`, or add demo debtors with `calldesk seed --debtors 200` (or set [demo] enabled = true), then start CallDesk again.</source>
        <translation>There are no debtors in the database yet. Demo debtors are added only in demo mode, which is off because a SIP account has a registrar. Import your debtors with `calldesk import-debtors FILE.csv`, or add demo debtors with `calldesk seed --debtors 200` (or set [demo] enabled = true), then start CallDesk again.</translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <location filename="../../app/services/follow_up_queue.py" line="97"/>
        <source>Callbacks and promises could not be checked: %1. Trying again in a minute.</source>
        <translation>Callbacks and promises could not be checked: %1. Trying again in a minute.</translation>
    </message>
</context>
<context>
    <name>HeadsetTestBox</name>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="110"/>
        <source>&amp;Test microphone</source>
        <translation>&amp;Test microphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="100"/>
        <source>A call is using the headset: test it when the call is over.</source>
        <translation>A call is using the headset: test it when the call is over.</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="95"/>
        <source>Done. Did you hear the tone? If not, check the speaker above and its volume.</source>
        <translation>Done. Did you hear the tone? If not, check the speaker above and its volume.</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="93"/>
        <source>Done. Did you hear yourself? If not, check the headset's mute switch and the devices above.</source>
        <translation>Done. Did you hear yourself? If not, check the headset's mute switch and the devices above.</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="107"/>
        <source>Headset test</source>
        <translation>Headset test</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="114"/>
        <source>Headset test result</source>
        <translation>Headset test result</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="91"/>
        <source>Listen: you hear yourself in a moment…</source>
        <translation>Listen: you hear yourself in a moment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="101"/>
        <source>No sound device is open: choose a microphone and a speaker above and save.</source>
        <translation>No sound device is open: choose a microphone and a speaker above and save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="92"/>
        <source>Playing a tone…</source>
        <translation>Playing a tone…</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="92"/>
        <source>Playing back what you said…</source>
        <translation>Playing back what you said…</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="102"/>
        <source>Save the devices chosen above first: the test uses the devices in use.</source>
        <translation>Save the devices chosen above first: the test uses the devices in use.</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="90"/>
        <source>Speak now: recording for three seconds…</source>
        <translation>Speak now: recording for three seconds…</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="111"/>
        <source>Test microphone</source>
        <translation>Test microphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="108"/>
        <source>Test microphone: speak for three seconds, and a second later you hear yourself. Test speaker: you hear a short tone.</source>
        <translation>Test microphone: speak for three seconds, and a second later you hear yourself. Test speaker: you hear a short tone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="112"/>
        <source>Test spea&amp;ker</source>
        <translation>Test spea&amp;ker</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="113"/>
        <source>Test speaker</source>
        <translation>Test speaker</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="103"/>
        <source>The sound device stopped during the test: check that the headset is plugged in.</source>
        <translation>The sound device stopped during the test: check that the headset is plugged in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="104"/>
        <source>The test could not run.</source>
        <translation>The test could not run.</translation>
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
    <name>IncomingCallNotifier</name>
    <message>
        <location filename="../../app/ui/incoming_call_notifier.py" line="48"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_notifier.py" line="60"/>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
</context>
<context>
    <name>InterruptedCallSummary</name>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>dialling</source>
        <translation>dialling</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>ringing in</source>
        <translation>ringing in</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>ringing</source>
        <translation>ringing</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>about %1 (estimated from the recording's length)</source>
        <translation>about %1 (estimated from the recording's length)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>at least %1 (estimated: until the last thing logged)</source>
        <translation>at least %1 (estimated: until the last thing logged)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>Talk time: %1</source>
        <translation>Talk time: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>Call: %1</source>
        <translation>Call: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>The recording was recovered and is in the contact history.</source>
        <translation>The recording was recovered and is in the contact history.</translation>
    </message>
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
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="49"/>
        <source>Language of the &amp;window:</source>
        <translation>Language of the &amp;window:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="50"/>
        <source>Language of the window</source>
        <translation>Language of the window</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="51"/>
        <source>The window changes language at once; no restart is needed.</source>
        <translation>The window changes language at once; no restart is needed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Phone: starting…</source>
        <translation>Phone: starting…</translation>
    </message>
    <message>
        <source>Call the debtor</source>
        <translation>Call the debtor</translation>
    </message>
    <message>
        <source>Open a debtor with a phone on file first (Ctrl+Down opens the next one), or type a number and press Enter.</source>
        <translation>Open a debtor with a phone on file first (Ctrl+Down opens the next one), or type a number and press Enter.</translation>
    </message>
    <message>
        <source>Finish the call and its outcome before calling again.</source>
        <translation>Finish the call and its outcome before calling again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>CallDesk %1</source>
        <translation>CallDesk %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>&amp;Call</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Find debtor</source>
        <translation>Find debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>Next debtor</source>
        <translation>Next debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Previous debtor</source>
        <translation>Previous debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>About CallDesk</source>
        <translation>About CallDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Demo: simulated debtor line on 127.0.0.1</source>
        <translation>Demo: simulated debtor line on 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>SIP account</source>
        <translation>SIP account</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="258"/>
        <source>Complete an interrupted call</source>
        <translation>Complete an interrupted call</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>Pick the debtor you are calling first, so the call is logged to their record.</source>
        <translation>Pick the debtor you are calling first, so the call is logged to their record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="340"/>
        <source>Missed call: nobody answered in time. It is logged as missed.</source>
        <translation>Missed call: nobody answered in time. It is logged as missed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>On a short break until %1. Take your time.</source>
        <translation>On a short break until %1. Take your time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <location filename="../../app/ui/main_window.py" line="355"/>
        <source>Finish the call before opening another debtor.</source>
        <translation>Finish the call before opening another debtor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371"/>
        <source>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</source>
        <translation>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377"/>
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</source>
        <translation>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="388"/>
        <source>The language changes as soon as this call&apos;s outcome is saved.</source>
        <translation>The language changes as soon as this call&apos;s outcome is saved.</translation>
    </message>
</context>
<context>
    <name>MicrophoneMeter</name>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="80"/>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="74"/>
        <source>Muted</source>
        <translation>Muted</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="74"/>
        <source>No microphone</source>
        <translation>No microphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="74"/>
        <source>Silent</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="78"/>
        <source>Resting</source>
        <translation>Resting</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="81"/>
        <source>The sound rests between calls to save power; it opens when a call starts</source>
        <translation>The sound rests between calls to save power; it opens when a call starts</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="77"/>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="82"/>
        <source>Your microphone's level: it moves when you speak</source>
        <translation>Your microphone's level: it moves when you speak</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="52"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="56"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="57"/>
        <source>Add a note (Ctrl+Enter saves). Notes cannot be changed once saved.</source>
        <translation>Add a note (Ctrl+Enter saves). Notes cannot be changed once saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="61"/>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="83"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="84"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="85"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="105"/>
        <source>The note is empty. Write what happened or what was agreed, then save.</source>
        <translation>The note is empty. Write what happened or what was agreed, then save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="107"/>
        <source>The note is longer than %1 characters. Shorten it, or split it into two notes.</source>
        <translation>The note is longer than %1 characters. Shorten it, or split it into two notes.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="1"/>
        <source>How did the call end? Pick one outcome (keys 1–9), then Tab through its details; Ctrl+Enter saves.</source>
        <translation>How did the call end? Pick one outcome (keys 1–9), then Tab through its details; Ctrl+Enter saves.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="1"/>
        <source>The note is %1 characters long; shorten it to %2 (longer notes go in the record's Notes tab).</source>
        <translation>The note is %1 characters long; shorten it to %2 (longer notes go in the record's Notes tab).</translation>
    </message>
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
        <location filename="../../app/ui/outcome_dialog.py" line="58"/>
        <source>Confirmation text to send</source>
        <translation>Confirmation text to send</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="60"/>
        <source>Confirmation SMS (prepared from the call, logged)</source>
        <translation>Confirmation SMS (prepared from the call, logged)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="62"/>
        <source>Note (optional): what was agreed, what to do next</source>
        <translation>Note (optional): what was agreed, what to do next</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="63"/>
        <location filename="../../app/ui/outcome_dialog.py" line="100"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="75"/>
        <source>Save outcome</source>
        <translation>Save outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="106"/>
        <source>How did the call end? Pick one outcome (keys 1–9).</source>
        <translation>How did the call end? Pick one outcome (keys 1–9).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="172"/>
        <source>Pick the outcome that describes how the call ended.</source>
        <translation>Pick the outcome that describes how the call ended.</translation>
    </message>
</context>
<context>
    <name>PaymentTrendChart</name>
    <message>
        <location filename="../../app/ui/payment_trend_chart.py" line="53"/>
        <source>Payments per month</source>
        <translation>Payments per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_trend_chart.py" line="66"/>
        <source>Paid %1 in %2 of the last %3 months</source>
        <translation>Paid %1 in %2 of the last %3 months</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_trend_chart.py" line="87"/>
        <source>No payments in the last 12 months</source>
        <translation>No payments in the last 12 months</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="22"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="31"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="32"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="34"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="35"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>PhoneOwnerNotice</name>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="50"/>
        <source>Whose phone this is</source>
        <translation>Whose phone this is</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="60"/>
        <source>Calling the debtor&apos;s %1&apos;s phone (%2): a third party may answer — do not disclose the debt</source>
        <translation>Calling the debtor&apos;s %1&apos;s phone (%2): a third party may answer — do not disclose the debt</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="62"/>
        <source>Calling the debtor&apos;s %1&apos;s phone: a third party may answer — do not disclose the debt</source>
        <translation>Calling the debtor&apos;s %1&apos;s phone: a third party may answer — do not disclose the debt</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="64"/>
        <source>Call from the debtor&apos;s %1&apos;s phone (%2): the caller may be a third party — do not disclose the debt</source>
        <translation>Call from the debtor&apos;s %1&apos;s phone (%2): the caller may be a third party — do not disclose the debt</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="66"/>
        <source>Call from the debtor&apos;s %1&apos;s phone: the caller may be a third party — do not disclose the debt</source>
        <translation>Call from the debtor&apos;s %1&apos;s phone: the caller may be a third party — do not disclose the debt</translation>
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
    <name>PlansTab</name>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="19"/>
        <source>Repayment plans</source>
        <translation>Repayment plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="20"/>
        <location filename="../../app/ui/record_plans_tab.py" line="22"/>
        <source>Payments of the selected plan</source>
        <translation>Payments of the selected plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="34"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="35"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="37"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="39"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="40"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="46"/>
        <source>%1, awaiting approval</source>
        <translation>%1, awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="52"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="53"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="54"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="1"/>
        <source>Type the date; ←/→ move between its parts, ↑/↓ change them</source>
        <translation>Type the date; ←/→ move between its parts, ↑/↓ change them</translation>
    </message>
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
    <name>PromisesTab</name>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="21"/>
        <source>Promises to pay</source>
        <translation>Promises to pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="30"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="31"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="34"/>
        <source>Promised on</source>
        <translation>Promised on</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="35"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="42"/>
        <source>Pending %1 · Kept %2 · Broken %3</source>
        <translation>Pending %1 · Kept %2 · Broken %3</translation>
    </message>
</context>
<context>
    <name>QualityBars</name>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="30"/>
        <source>Call quality</source>
        <translation>Call quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="39"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="39"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="39"/>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="39"/>
        <source>bad</source>
        <translation>bad</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="41"/>
        <source>not measured yet</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="41"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="43"/>
        <source>Call quality: %1 (MOS %2 of 4.5)</source>
        <translation>Call quality: %1 (MOS %2 of 4.5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="44"/>
        <source>Codec: %1</source>
        <translation>Codec: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="45"/>
        <source>Round trip: %1</source>
        <translation>Round trip: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="46"/>
        <source>Jitter: %1 ms</source>
        <translation>Jitter: %1 ms</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="47"/>
        <source>Packet loss: %1 %</source>
        <translation>Packet loss: %1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="55"/>
        <source>Call quality: shown during a call</source>
        <translation>Call quality: shown during a call</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="56"/>
        <source>No call</source>
        <translation>No call</translation>
    </message>
</context>
<context>
    <name>RecentCalls</name>
    <message>
        <location filename="../../app/services/recent_calls.py" line="46"/>
        <source>The recent calls could not be read; the list may be out of date.</source>
        <translation>The recent calls could not be read; the list may be out of date.</translation>
    </message>
</context>
<context>
    <name>RecentCallsList</name>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="1"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="30"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="31"/>
        <source>In/out</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="31"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="31"/>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="32"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="33"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="34"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="36"/>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="37"/>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="38"/>
        <source>Open the debtor of the selected call (Enter)</source>
        <translation>Open the debtor of the selected call (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="39"/>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="40"/>
        <source>Dial the number of the selected call again</source>
        <translation>Dial the number of the selected call again</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="80"/>
        <source>(pending)</source>
        <translation>(pending)</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="10"/>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="11"/>
        <source>Hardship or vulnerability</source>
        <translation>Hardship or vulnerability</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="12"/>
        <source>Cease contact</source>
        <translation>Cease contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="13"/>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="14"/>
        <source>Bankruptcy or legal</source>
        <translation>Bankruptcy or legal</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="21"/>
        <source>Send an SMS reminder</source>
        <translation>Send an SMS reminder</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="22"/>
        <source>Call the debtor</source>
        <translation>Call the debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="23"/>
        <source>Send a formal letter</source>
        <translation>Send a formal letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="24"/>
        <source>Authorised field visit</source>
        <translation>Authorised field visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="25"/>
        <source>Refer to the legal team</source>
        <translation>Refer to the legal team</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="26"/>
        <source>Hold collection</source>
        <translation>Hold collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="27"/>
        <source>No action needed</source>
        <translation>No action needed</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="34"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="35"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="36"/>
        <location filename="../../app/ui/record_words.py" line="46"/>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="43"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="44"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="45"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="47"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="144"/>
        <source>Al&amp;ways: every call is recorded</source>
        <translation>Al&amp;ways: every call is recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="145"/>
        <source>&amp;On demand: the agent starts recording</source>
        <translation>&amp;On demand: the agent starts recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="146"/>
        <source>Record every call</source>
        <translation>Record every call</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="147"/>
        <source>Record on demand</source>
        <translation>Record on demand</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="148"/>
        <source>The recording policy changes the next time CallDesk starts.</source>
        <translation>The recording policy changes the next time CallDesk starts.</translation>
    </message>
</context>
<context>
    <name>RecordingPlayback</name>
    <message>
        <location filename="../../app/services/recording_playback.py" line="63"/>
        <source>Your role may not play call recordings. Ask a supervisor or QA.</source>
        <translation>Your role may not play call recordings. Ask a supervisor or QA.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="67"/>
        <source>This call has no recording.</source>
        <translation>This call has no recording.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="81"/>
        <source>The recording was not played: every playback must be written to the call log, and the call log cannot be written now. Try again in a minute.</source>
        <translation>The recording was not played: every playback must be written to the call log, and the call log cannot be written now. Try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="135"/>
        <source>This recording file is missing: %1. Ask a supervisor; the call log still has every step.</source>
        <translation>This recording file is missing: %1. Ask a supervisor; the call log still has every step.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="136"/>
        <source>This recording file cannot be read: %1. Ask a supervisor to check the recordings folder; the call log still has every step.</source>
        <translation>This recording file cannot be read: %1. Ask a supervisor to check the recordings folder; the call log still has every step.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="137"/>
        <source>This recording file is damaged: %1. Ask a supervisor; the call log still has every step.</source>
        <translation>This recording file is damaged: %1. Ask a supervisor; the call log still has every step.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="138"/>
        <source>This recording holds no sound: %1. The call may still be going on, or its recording was paused throughout.</source>
        <translation>This recording holds no sound: %1. The call may still be going on, or its recording was paused throughout.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="139"/>
        <source>Recordings are not played during a call: you need to hear the debtor. Play it after the call.</source>
        <translation>Recordings are not played during a call: you need to hear the debtor. Play it after the call.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="140"/>
        <source>The phone is not running, so recordings cannot be played. Restart CallDesk.</source>
        <translation>The phone is not running, so recordings cannot be played. Restart CallDesk.</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="142"/>
        <source>This recording cannot be played: %1. Ask a supervisor.</source>
        <translation>This recording cannot be played: %1. Ask a supervisor.</translation>
    </message>
</context>
<context>
    <name>RecordingPlayerDialog</name>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="35"/>
        <source>Call recording</source>
        <translation>Call recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="42"/>
        <source>Play or pause the recording</source>
        <translation>Play or pause the recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="43"/>
        <source>Play or pause (Space)</source>
        <translation>Play or pause (Space)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="45"/>
        <source>Position in the recording</source>
        <translation>Position in the recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="50"/>
        <source>Time played</source>
        <translation>Time played</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="52"/>
        <source>Length of the recording</source>
        <translation>Length of the recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="54"/>
        <source>Playback state</source>
        <translation>Playback state</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="56"/>
        <source>Playback problem</source>
        <translation>Playback problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="60"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="73"/>
        <source>Call time:</source>
        <translation>Call time:</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="74"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="75"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="76"/>
        <source>Call length:</source>
        <translation>Call length:</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="130"/>
        <source>Playing</source>
        <translation>Playing</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="131"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="132"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="133"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="137"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="140"/>
        <source>Play again</source>
        <translation>Play again</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="142"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
</context>
<context>
    <name>RegistrationLight</name>
    <message>
        <location filename="../../app/ui/registration_light.py" line="22"/>
        <source>SIP registration</source>
        <translation>SIP registration</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="23"/>
        <source>No SIP account: calls go out on the demo line</source>
        <translation>No SIP account: calls go out on the demo line</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="38"/>
        <source>SIP: registering…</source>
        <translation>SIP: registering…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="39"/>
        <source>SIP: registered</source>
        <translation>SIP: registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="40"/>
        <location filename="../../app/ui/registration_light.py" line="41"/>
        <source>SIP: not registered</source>
        <translation>SIP: not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="44"/>
        <source>wrong user or password</source>
        <translation>wrong user or password</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="45"/>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="46"/>
        <source>registrar unreachable</source>
        <translation>registrar unreachable</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="47"/>
        <source>no password stored</source>
        <translation>no password stored</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="48"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="49"/>
        <source>registering</source>
        <translation>registering</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="50"/>
        <source>not registered</source>
        <translation>not registered</translation>
    </message>
</context>
<context>
    <name>ScriptPane</name>
    <message>
        <location filename="../../app/ui/script_pane.py" line="69"/>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="70"/>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="71"/>
        <source>✓ Right party verified</source>
        <translation>✓ Right party verified</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="73"/>
        <source>What to say</source>
        <translation>What to say</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="77"/>
        <source>Coaching hint</source>
        <translation>Coaching hint</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="92"/>
        <source>Why the step was not taken</source>
        <translation>Why the step was not taken</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="94"/>
        <source>If the call turns:</source>
        <translation>If the call turns:</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="96"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="97"/>
        <source>Skip…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="98"/>
        <source>Go on without an answer; a mandatory step needs a reason</source>
        <translation>Go on without an answer; a mandatory step needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="100"/>
        <location filename="../../app/ui/script_pane.py" line="195"/>
        <location filename="../../app/ui/script_pane.py" line="220"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="102"/>
        <source>Next step (%1)</source>
        <translation>Next step (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="187"/>
        <source>Coaching: %1</source>
        <translation>Coaching: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="213"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="214"/>
        <source>No call in progress. The script starts when the debtor answers.</source>
        <translation>No call in progress. The script starts when the debtor answers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="232"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="260"/>
        <source>Branch: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="290"/>
        <source>Phase %1 of %2: %3</source>
        <translation>Phase %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="302"/>
        <source>Confirm you are speaking to the debtor before talking about the debt.</source>
        <translation>Confirm you are speaking to the debtor before talking about the debt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="303"/>
        <source>Tell the caller the call is recorded before asking any question.</source>
        <translation>Tell the caller the call is recorded before asking any question.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="304"/>
        <source>Record an answer first, or use Skip… to go on without one.</source>
        <translation>Record an answer first, or use Skip… to go on without one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="305"/>
        <source>That answer does not fit this question: %1</source>
        <translation>That answer does not fit this question: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="306"/>
        <source>This step is mandatory: give a reason to skip it.</source>
        <translation>This step is mandatory: give a reason to skip it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="307"/>
        <source>The script has no outcome yet. Take the step that records how the call ended, or hang up and pick the outcome afterwards.</source>
        <translation>The script has no outcome yet. Take the step that records how the call ended, or hang up and pick the outcome afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="309"/>
        <source>The script has no next step for this answer. Take a branch below, or hang up and pick the outcome afterwards.</source>
        <translation>The script has no next step for this answer. Take a branch below, or hang up and pick the outcome afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="311"/>
        <source>The script is not at its last step yet.</source>
        <translation>The script is not at its last step yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="312"/>
        <source>The script is not running: there is no answered call.</source>
        <translation>The script is not running: there is no answered call.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="314"/>
        <source>That step was not taken (%1).</source>
        <translation>That step was not taken (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="323"/>
        <source>This step did not work because of a fault in the script; it has been logged. Take a branch below, or hang up and pick the outcome afterwards.</source>
        <translation>This step did not work because of a fault in the script; it has been logged. Take a branch below, or hang up and pick the outcome afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="100"/>
        <location filename="../../app/ui/script_pane.py" line="195"/>
        <source>Finish script</source>
        <translation>Finish script</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <location filename="../../app/ui/settings_dialog.py" line="65"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>&amp;SIP accounts</source>
        <translation>&amp;SIP accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>A&amp;udio devices</source>
        <translation>A&amp;udio devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>&amp;Recording</source>
        <translation>&amp;Recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="70"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="71"/>
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72"/>
        <source>Save and keep the dialog open</source>
        <translation>Save and keep the dialog open</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="73"/>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84"/>
        <source>The settings file cannot be read, so nothing can be saved here. Correct it in a text editor: %1</source>
        <translation>The settings file cannot be read, so nothing can be saved here. Correct it in a text editor: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="125"/>
        <source>Nothing was saved. %1</source>
        <translation>Nothing was saved. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>SIP accounts</source>
        <translation>SIP accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="146"/>
        <source>recording policy</source>
        <translation>recording policy</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="148"/>
        <source>Saved. Restart CallDesk to use the new settings for: %1.</source>
        <translation>Saved. Restart CallDesk to use the new settings for: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Call the open debtor&apos;s own phone (not during a call)</source>
        <translation>Call the open debtor&apos;s own phone (not during a call)</translation>
    </message>
    <message>
        <source>In the number field: call the number typed there</source>
        <translation>In the number field: call the number typed there</translation>
    </message>
    <message>
        <source>In the debtor list or the work queue: open the debtor of the selected line</source>
        <translation>In the debtor list or the work queue: open the debtor of the selected line</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="38"/>
        <source>Answer a ringing call</source>
        <translation>Answer a ringing call</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="40"/>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="42"/>
        <source>Hold the call, or take it off hold</source>
        <translation>Hold the call, or take it off hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="44"/>
        <source>Mute or unmute your microphone</source>
        <translation>Mute or unmute your microphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="46"/>
        <source>Pause or resume the recording (while a card number is read out)</source>
        <translation>Pause or resume the recording (while a card number is read out)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="48"/>
        <source>Transfer the call (blind, or talk to your colleague first)</source>
        <translation>Transfer the call (blind, or talk to your colleague first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="50"/>
        <source>Join the caller and your colleague in one conference</source>
        <translation>Join the caller and your colleague in one conference</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="52"/>
        <source>Show the dial pad and type digits on it (tones during a call)</source>
        <translation>Show the dial pad and type digits on it (tones during a call)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="54"/>
        <source>Find a debtor: go to the search field</source>
        <translation>Find a debtor: go to the search field</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="56"/>
        <source>Open the next debtor in the list (not during a call)</source>
        <translation>Open the next debtor in the list (not during a call)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="58"/>
        <source>Open the previous debtor in the list (not during a call)</source>
        <translation>Open the previous debtor in the list (not during a call)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="60"/>
        <source>Go to the next step of the call script</source>
        <translation>Go to the next step of the call script</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="62"/>
        <source>Pick the numbered answer in the call script</source>
        <translation>Pick the numbered answer in the call script</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="65"/>
        <source>Pick the numbered outcome after the call</source>
        <translation>Pick the numbered outcome after the call</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="68"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Show this list of keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="70"/>
        <source>Open the settings (language, SIP accounts, sound devices)</source>
        <translation>Open the settings (language, SIP accounts, sound devices)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="72"/>
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
    <name>SipAccountEditor</name>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="93"/>
        <location filename="../../app/ui/settings_sip_editor.py" line="94"/>
        <source>SIP account</source>
        <translation>SIP account</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="96"/>
        <source>&amp;User (extension):</source>
        <translation>&amp;User (extension):</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="97"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="97"/>
        <source>&amp;Registrar:</source>
        <translation>&amp;Registrar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="98"/>
        <source>&amp;Authentication user:</source>
        <translation>&amp;Authentication user:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="98"/>
        <source>Real&amp;m:</source>
        <translation>Real&amp;m:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="99"/>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="99"/>
        <source>Local &amp;port:</source>
        <translation>Local &amp;port:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="100"/>
        <source>Outbound pro&amp;xy:</source>
        <translation>Outbound pro&amp;xy:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="100"/>
        <source>Dial pre&amp;fix:</source>
        <translation>Dial pre&amp;fix:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="101"/>
        <source>&amp;Codecs, best first:</source>
        <translation>&amp;Codecs, best first:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="101"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="104"/>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="104"/>
        <source>SIP user</source>
        <translation>SIP user</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="104"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="105"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="105"/>
        <source>Authentication user</source>
        <translation>Authentication user</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="105"/>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="106"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="106"/>
        <source>Local port</source>
        <translation>Local port</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="107"/>
        <source>Outbound proxy</source>
        <translation>Outbound proxy</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="107"/>
        <source>Dial prefix</source>
        <translation>Dial prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="108"/>
        <source>Codecs, best first</source>
        <translation>Codecs, best first</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="108"/>
        <source>SIP password</source>
        <translation>SIP password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="113"/>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="114"/>
        <source>Leave empty for direct calls without registration.</source>
        <translation>Leave empty for direct calls without registration.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="115"/>
        <source>same as the user</source>
        <translation>same as the user</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="117"/>
        <source>A password is stored in the keyring.</source>
        <translation>A password is stored in the keyring.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="118"/>
        <source>type a new one to replace it</source>
        <translation>type a new one to replace it</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="120"/>
        <source>No password is stored.</source>
        <translation>No password is stored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="121"/>
        <source>stored in the keyring, never in the file</source>
        <translation>stored in the keyring, never in the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="175"/>
        <source>Give the account a name that no other account has.</source>
        <translation>Give the account a name that no other account has.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="176"/>
        <source>The SIP user (extension) must not be empty.</source>
        <translation>The SIP user (extension) must not be empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="177"/>
        <source>Write a SIP address such as sip:pbx.example.com or sip:10.0.0.5:5060.</source>
        <translation>Write a SIP address such as sip:pbx.example.com or sip:10.0.0.5:5060.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="178"/>
        <source>Write a SIP address such as sip:proxy.example.com, or leave it empty.</source>
        <translation>Write a SIP address such as sip:proxy.example.com, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="179"/>
        <source>Write codec names separated by commas, such as PCMA, PCMU, G722.</source>
        <translation>Write codec names separated by commas, such as PCMA, PCMU, G722.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="180"/>
        <source>The port must be 0 to 65535.</source>
        <translation>The port must be 0 to 65535.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="181"/>
        <source>Choose udp, tcp or tls.</source>
        <translation>Choose udp, tcp or tls.</translation>
    </message>
</context>
<context>
    <name>SipAccountsPage</name>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="66"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="66"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="66"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="67"/>
        <source>SIP accounts</source>
        <translation>SIP accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="68"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="70"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="71"/>
        <source>Add a SIP account</source>
        <translation>Add a SIP account</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="72"/>
        <source>Edit the selected SIP account</source>
        <translation>Edit the selected SIP account</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="73"/>
        <source>Remove the selected SIP account</source>
        <translation>Remove the selected SIP account</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="74"/>
        <source>SIP accounts take effect the next time CallDesk starts. Passwords are kept in the system keyring.</source>
        <translation>SIP accounts take effect the next time CallDesk starts. Passwords are kept in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="84"/>
        <source>new, saved with the settings</source>
        <translation>new, saved with the settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="85"/>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="85"/>
        <source>not stored</source>
        <translation>not stored</translation>
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
    <name>SoftphonePanel</name>
    <message>
        <source>Call the number in the field (Enter there); the open debtor&apos;s own phone: %1</source>
        <translation>Call the number in the field (Enter there); the open debtor&apos;s own phone: %1</translation>
    </message>
    <message>
        <source>No call running</source>
        <translation>No call running</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="64"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="65"/>
        <source>Call state</source>
        <translation>Call state</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="68"/>
        <source>Call time</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="73"/>
        <source>Number or SIP address</source>
        <translation>Number or SIP address</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="74"/>
        <source>Number to dial</source>
        <translation>Number to dial</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="81"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="84"/>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="87"/>
        <source>Hang up (%1)</source>
        <translation>Hang up (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="88"/>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="89"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="91"/>
        <source>Pause recording</source>
        <translation>Pause recording</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="94"/>
        <source>Pause the recording while the debtor reads out a card number (%1)</source>
        <translation>Pause the recording while the debtor reads out a card number (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="96"/>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="97"/>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="99"/>
        <source>Join the caller and your colleague in one call (%1)</source>
        <translation>Join the caller and your colleague in one call (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="101"/>
        <source>Transfer result</source>
        <translation>Transfer result</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="104"/>
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="113"/>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="227"/>
        <source>No sound device found: calls connect, but you will not hear audio.</source>
        <translation>No sound device found: calls connect, but you will not hear audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="239"/>
        <source>Calling…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="239"/>
        <source>Ringing…</source>
        <translation>Ringing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="239"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="240"/>
        <source>In call</source>
        <translation>In call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="240"/>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="241"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="276"/>
        <source>Transferred.</source>
        <translation>Transferred.</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="279"/>
        <source>The transfer did not go through (%1). The caller is still on the line.</source>
        <translation>The transfer did not go through (%1). The caller is still on the line.</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="296"/>
        <source>Call waiting: %1</source>
        <translation>Call waiting: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="300"/>
        <source>Recent calls (%1)</source>
        <translation>Recent calls (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="323"/>
        <source>Type a number, or pick a phone from the debtor&apos;s record.</source>
        <translation>Type a number, or pick a phone from the debtor&apos;s record.</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <location filename="../../app/ui/sound_status.py" line="56"/>
        <source>Microphone: %1 · Speaker: %2</source>
        <translation>Microphone: %1 · Speaker: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="55"/>
        <source>No sound device found: calls connect, but you will not hear audio.</source>
        <translation>No sound device found: calls connect, but you will not hear audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="52"/>
        <source>No sound device is chosen in Settings: calls are silent.</source>
        <translation>No sound device is chosen in Settings: calls are silent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="58"/>
        <source>Ringer: %1</source>
        <translation>Ringer: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="28"/>
        <source>Sound devices</source>
        <translation>Sound devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="60"/>
        <source>Sound is back. %1</source>
        <translation>Sound is back. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="50"/>
        <source>Sound lost: the headset was unplugged or the sound server stopped. The call goes on; the sound comes back when the device does.</source>
        <translation>Sound lost: the headset was unplugged or the sound server stopped. The call goes on; the sound comes back when the device does.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="53"/>
        <source>The sound device could not be opened: calls connect, but you will not hear audio. Check the headset, or pick another device in Settings.</source>
        <translation>The sound device could not be opened: calls connect, but you will not hear audio. Check the headset, or pick another device in Settings.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="31"/>
        <source>Transfer the call</source>
        <translation>Transfer the call</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="33"/>
        <source>Number, extension or SIP address</source>
        <translation>Number, extension or SIP address</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="34"/>
        <source>Transfer to</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="36"/>
        <source>Transfer &amp;to:</source>
        <translation>Transfer &amp;to:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="42"/>
        <source>&amp;Blind: hand the call over now</source>
        <translation>&amp;Blind: hand the call over now</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="43"/>
        <source>&amp;Attended: talk to them first, then hand over</source>
        <translation>&amp;Attended: talk to them first, then hand over</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="49"/>
        <source>Transfer status</source>
        <translation>Transfer status</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="53"/>
        <source>&amp;Complete transfer</source>
        <translation>&amp;Complete transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="54"/>
        <source>Back to the ca&amp;ller</source>
        <translation>Back to the ca&amp;ller</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="55"/>
        <source>Conf&amp;erence</source>
        <translation>Conf&amp;erence</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="56"/>
        <source>Join the caller and your colleague in one call</source>
        <translation>Join the caller and your colleague in one call</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="57"/>
        <source>End the call with your colleague and take the held caller back</source>
        <translation>End the call with your colleague and take the held caller back</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="112"/>
        <source>Calling your colleague… the caller is on hold.</source>
        <translation>Calling your colleague… the caller is on hold.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="113"/>
        <source>Ringing your colleague… the caller is on hold.</source>
        <translation>Ringing your colleague… the caller is on hold.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="114"/>
        <source>You are talking to your colleague. Complete the transfer, or go back to the caller.</source>
        <translation>You are talking to your colleague. Complete the transfer, or go back to the caller.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="115"/>
        <source>The call with your colleague ended: you are back with the caller.</source>
        <translation>The call with your colleague ended: you are back with the caller.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="155"/>
        <source>All three of you are in the call.</source>
        <translation>All three of you are in the call.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="162"/>
        <source>Back with the caller.</source>
        <translation>Back with the caller.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="173"/>
        <source>Transfer &amp;now</source>
        <translation>Transfer &amp;now</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="173"/>
        <source>Call &amp;first</source>
        <translation>Call &amp;first</translation>
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
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../app/services/work_queue.py" line="103"/>
        <source>The work queue could not be read: %1. Trying again in a minute.</source>
        <translation>The work queue could not be read: %1. Trying again in a minute.</translation>
    </message>
</context>
<context>
    <name>WorkQueuePanel</name>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="105"/>
        <source>Work queue: loading…</source>
        <translation>Work queue: loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="37"/>
        <source>Show in the work queue</source>
        <translation>Show in the work queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="41"/>
        <source>Filter by name or pinyin…</source>
        <translation>Filter by name or pinyin…</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="42"/>
        <source>Filter the work queue by name</source>
        <translation>Filter the work queue by name</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="44"/>
        <source>Work queue</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="68"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="68"/>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="68"/>
        <source>Promises due today</source>
        <translation>Promises due today</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="69"/>
        <source>Cases in %1</source>
        <translation>Cases in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="73"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="74"/>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="75"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="76"/>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="77"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_queue_panel.py" line="112"/>
        <source>Work queue: %n</source>
        <translation>
            <numerusform>Work queue: %n</numerusform>
            <numerusform>Work queue: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_queue_panel.py" line="115"/>
        <source>%n callback(s) due</source>
        <translation>
            <numerusform>%n callback(s) due</numerusform>
            <numerusform>%n callback(s) due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_queue_panel.py" line="117"/>
        <source>%n promise(s) due today</source>
        <translation>
            <numerusform>%n promise(s) due today</numerusform>
            <numerusform>%n promise(s) due today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="141"/>
        <source>⚠ Callback %1</source>
        <translation>⚠ Callback %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="141"/>
        <source>Callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="143"/>
        <source>Callback later %1</source>
        <translation>Callback later %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="146"/>
        <source>Promise due today %1</source>
        <translation>Promise due today %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="147"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="147"/>
        <source>Case (pool)</source>
        <translation>Case (pool)</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="159"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SipReasonWords</name>
    <message>
        <source>trying</source>
        <translation>trying</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>ringing</translation>
    </message>
    <message>
        <source>call in progress</source>
        <translation>call in progress</translation>
    </message>
    <message>
        <source>hung up normally</source>
        <translation>hung up normally</translation>
    </message>
    <message>
        <source>the PBX rejected the request</source>
        <translation>the PBX rejected the request</translation>
    </message>
    <message>
        <source>the PBX login failed</source>
        <translation>the PBX login failed</translation>
    </message>
    <message>
        <source>the PBX refused the call</source>
        <translation>the PBX refused the call</translation>
    </message>
    <message>
        <source>number not found</source>
        <translation>number not found</translation>
    </message>
    <message>
        <source>no answer from the network</source>
        <translation>no answer from the network</translation>
    </message>
    <message>
        <source>number no longer in use</source>
        <translation>number no longer in use</translation>
    </message>
    <message>
        <source>unavailable, try again later</source>
        <translation>unavailable, try again later</translation>
    </message>
    <message>
        <source>the call no longer exists</source>
        <translation>the call no longer exists</translation>
    </message>
    <message>
        <source>routing error at the PBX</source>
        <translation>routing error at the PBX</translation>
    </message>
    <message>
        <source>number incomplete</source>
        <translation>number incomplete</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>call cancelled</source>
        <translation>call cancelled</translation>
    </message>
    <message>
        <source>no common audio format</source>
        <translation>no common audio format</translation>
    </message>
    <message>
        <source>PBX error</source>
        <translation>PBX error</translation>
    </message>
    <message>
        <source>the PBX could not reach the other network</source>
        <translation>the PBX could not reach the other network</translation>
    </message>
    <message>
        <source>PBX unavailable</source>
        <translation>PBX unavailable</translation>
    </message>
    <message>
        <source>the other network did not answer</source>
        <translation>the other network did not answer</translation>
    </message>
    <message>
        <source>call declined</source>
        <translation>call declined</translation>
    </message>
    <message>
        <source>number does not exist</source>
        <translation>number does not exist</translation>
    </message>
</context>
<context>
    <name>DialProblemWords</name>
    <message>
        <source>the SIP address</source>
        <translation>the SIP address</translation>
    </message>
    <message>
        <source>the default SIP domain in the settings</source>
        <translation>the default SIP domain in the settings</translation>
    </message>
    <message>
        <source>Nothing to dial. Type a number such as 13812345678 or 010-12345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>Nothing to dial. Type a number such as 13812345678 or 010-12345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</translation>
    </message>
    <message>
        <source>What you typed is too long (%1 characters, at most %2).</source>
        <translation>What you typed is too long (%1 characters, at most %2).</translation>
    </message>
    <message>
        <source>What you typed contains an invisible or control character (%1). Retype it by hand.</source>
        <translation>What you typed contains an invisible or control character (%1). Retype it by hand.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a SIP address without &apos;sip:&apos;. Type it as %2</source>
        <translation>&apos;%1&apos; looks like a SIP address without &apos;sip:&apos;. Type it as %2</translation>
    </message>
    <message>
        <source>The dial prefix in the settings (&apos;%1&apos;) may only hold up to 8 digits, * or #. Fix the setting.</source>
        <translation>The dial prefix in the settings (&apos;%1&apos;) may only hold up to 8 digits, * or #. Fix the setting.</translation>
    </message>
    <message>
        <source>The phone number is empty. Type a number such as 13812345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>The phone number is empty. Type a number such as 13812345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</translation>
    </message>
    <message>
        <source>The phone number is too long (%1 characters). Check what you typed, or type a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>The phone number is too long (%1 characters). Check what you typed, or type a SIP address such as sip:debtor@127.0.0.1:5070.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number. Type digits such as 13812345678 or 010-12345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>&apos;%1&apos; is not a phone number. Type digits such as 13812345678 or 010-12345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number for %2: check the digits (a CN mobile has 11 digits starting with 1; a landline needs its area code). Or type a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>&apos;%1&apos; is not a valid number for %2: check the digits (a CN mobile has 11 digits starting with 1; a landline needs its area code). Or type a SIP address such as sip:debtor@127.0.0.1:5070.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an extension (%2), which cannot be dialled yet. Dial the main number and ask for the extension.</source>
        <translation>&apos;%1&apos; has an extension (%2), which cannot be dialled yet. Dial the main number and ask for the extension.</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; addresses cannot be dialled here. Type a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>&apos;%1:&apos; addresses cannot be dialled here. Type a SIP address such as sip:debtor@127.0.0.1:5070.</translation>
    </message>
    <message>
        <source>A SIP address cannot contain spaces. Remove them, e.g. sip:debtor@127.0.0.1:5070.</source>
        <translation>A SIP address cannot contain spaces. Remove them, e.g. sip:debtor@127.0.0.1:5070.</translation>
    </message>
    <message>
        <source>SIP addresses with &apos;?headers&apos; are not allowed. Remove everything from &apos;?&apos; on.</source>
        <translation>SIP addresses with &apos;?headers&apos; are not allowed. Remove everything from &apos;?&apos; on.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no user part. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1:5070.</source>
        <translation>&apos;%1&apos; has no user part. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1:5070.</translation>
    </message>
    <message>
        <source>The SIP address has nothing before &apos;@&apos;. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1.</source>
        <translation>The SIP address has nothing before &apos;@&apos;. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1.</translation>
    </message>
    <message>
        <source>The user part of the SIP address is too long (at most %1 characters).</source>
        <translation>The user part of the SIP address is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The user part &apos;%1&apos; may only hold letters, digits and - _ . ! ~ * &apos; ( ) &amp; = + $ , / or %XX escapes.</source>
        <translation>The user part &apos;%1&apos; may only hold letters, digits and - _ . ! ~ * &apos; ( ) &amp; = + $ , / or %XX escapes.</translation>
    </message>
    <message>
        <source>The IPv6 address in %1 is missing its closing &apos;]&apos;.</source>
        <translation>The IPv6 address in %1 is missing its closing &apos;]&apos;.</translation>
    </message>
    <message>
        <source>IPv6 zone ids (&apos;%...&apos;) are not allowed in %1.</source>
        <translation>IPv6 zone ids (&apos;%...&apos;) are not allowed in %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a valid IPv6 address.</source>
        <translation>&apos;%1&apos; in %2 is not a valid IPv6 address.</translation>
    </message>
    <message>
        <source>Only &apos;:PORT&apos; may follow the IPv6 address in %1.</source>
        <translation>Only &apos;:PORT&apos; may follow the IPv6 address in %1.</translation>
    </message>
    <message>
        <source>An IPv6 address in %1 must be written in brackets, e.g. [::1]:5070.</source>
        <translation>An IPv6 address in %1 must be written in brackets, e.g. [::1]:5070.</translation>
    </message>
    <message>
        <source>The host in %1 is empty. Type a host such as 127.0.0.1 or pbx.example.com.</source>
        <translation>The host in %1 is empty. Type a host such as 127.0.0.1 or pbx.example.com.</translation>
    </message>
    <message>
        <source>The host in %1 is too long.</source>
        <translation>The host in %1 is too long.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a valid IPv4 address (four numbers 0-255).</source>
        <translation>&apos;%1&apos; in %2 is not a valid IPv4 address (four numbers 0-255).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a valid host name. Use letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. pbx.example.com.</source>
        <translation>&apos;%1&apos; in %2 is not a valid host name. Use letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. pbx.example.com.</translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; in %2 must be a number from 1 to 65535.</source>
        <translation>The port &apos;%1&apos; in %2 must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The SIP address has too many &apos;;&apos; parameters (at most %1).</source>
        <translation>The SIP address has too many &apos;;&apos; parameters (at most %1).</translation>
    </message>
    <message>
        <source>The parameter &apos;;%1&apos; is not valid. Parameters look like ;transport=udp (no spaces, no empty names).</source>
        <translation>The parameter &apos;;%1&apos; is not valid. Parameters look like ;transport=udp (no spaces, no empty names).</translation>
    </message>
</context>
<context>
    <name>InterruptedCalls</name>
    <message>
        <location filename="../../app/ui/interrupted_calls.py" line="1"/>
        <source>Complete an interrupted call</source>
        <translation>Complete an interrupted call</translation>
    </message>
</context>
</TS>
