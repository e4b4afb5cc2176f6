<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="121"/>
        <source>Amount, e.g. 1500.00</source>
        <translation>金额，例如 1500.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="125"/>
        <source>Type digits only, with at most two decimals (e.g. 1500.00).</source>
        <translation>只能输入数字，最多两位小数（例如 1500.00）。</translation>
    </message>
</context>
<context>
    <name>AudioDevicesPage</name>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>&amp;Echo cancellation:</source>
        <translation>回声消除(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>Echo cancellation</source>
        <translation>回声消除</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>Takes the debtor&apos;s voice out of the microphone when it comes back from the speaker, and quietens steady noise. Headsets do not need it.</source>
        <translation>当客户的声音从扬声器传回麦克风时将其消除，并降低持续的噪音。使用耳机时无需开启。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>Automatic (on for a laptop&apos;s built-in speaker and microphone, off for headsets)</source>
        <translation>自动（笔记本内置扬声器和麦克风时开启，耳机时关闭）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="0"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="113"/>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="80"/>
        <source>R&amp;inger (rings while the headset is on the desk):</source>
        <translation>铃声设备（耳机放在桌上时响铃）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="84"/>
        <source>Re&amp;fresh device list</source>
        <translation>刷新设备列表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="86"/>
        <source>Read the sound devices again, e.g. after plugging in a headset</source>
        <translation>重新读取声音设备，例如插入耳机之后</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="85"/>
        <source>Refresh device list</source>
        <translation>刷新设备列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="83"/>
        <source>Ringer</source>
        <translation>铃声设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="99"/>
        <source>Same as the speaker</source>
        <translation>与扬声器相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="50"/>
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="51"/>
        <source>S&amp;peaker or headset:</source>
        <translation>扬声器或耳机(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="52"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="53"/>
        <source>Speaker or headset</source>
        <translation>扬声器或耳机</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="54"/>
        <source>Sound devices change at once, also during a call.</source>
        <translation>声音设备立即切换，通话中也可切换。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="61"/>
        <source>No sound device (silent)</source>
        <translation>无声音设备（静音）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="104"/>
        <source>The chosen device could not be opened; calls use no sound device until another is chosen.</source>
        <translation>无法打开所选设备；在选择其他设备之前，通话不使用任何声音设备。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_audio_page.py" line="106"/>
        <source>In use now.</source>
        <translation>正在使用。</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../../app/services/call_controls.py" line="92"/>
        <source>End the consultation before a blind transfer.</source>
        <translation>请先结束咨询通话，再进行盲转。</translation>
    </message>
    <message>
        <location filename="../../app/services/call_controls.py" line="114"/>
        <source>A consultation is already in progress.</source>
        <translation>咨询通话已在进行中。</translation>
    </message>
    <message>
        <location filename="../../app/services/call_controls.py" line="209"/>
        <source>There is no connected call.</source>
        <translation>当前没有已接通的通话。</translation>
    </message>
    <message>
        <location filename="../../app/services/call_controls.py" line="215"/>
        <source>Wait until the consultation call is connected.</source>
        <translation>请等待咨询通话接通。</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../app/services/call_session.py" line="121"/>
        <source>Finish the current call and its outcome before dialling again.</source>
        <translation>请先结束当前通话并选择通话结果，然后再拨号。</translation>
    </message>
    <message>
        <location filename="../../app/services/call_session.py" line="0"/>
        <source>The call was not placed: the call log cannot be written now. Check the database, then dial again.</source>
        <translation>通话未拨出：当前无法写入通话记录。请检查数据库后再拨号。</translation>
    </message>
    <message>
        <location filename="../../app/services/call_session.py" line="0"/>
        <source>The call was not placed: the call log cannot be written ({0}). Check the database, then dial again.</source>
        <translation>通话未拨出：无法写入通话记录（{0}）。请检查数据库后再拨号。</translation>
    </message>
    <message>
        <location filename="../../app/services/call_session.py" line="0"/>
        <source>The call was not placed: the call log took {0:.0f} s to write it. Dial again.</source>
        <translation>通话未拨出：写入通话记录用了 {0:.0f} 秒。请重新拨号。</translation>
    </message>
    <message>
        <location filename="../../app/services/call_session.py" line="0"/>
        <source>The call was not placed: you hung up while it was being logged.</source>
        <translation>通话未拨出：记录通话时您已挂断。</translation>
    </message>
</context>
<context>
    <name>CallWaiting</name>
    <message>
        <location filename="../../app/services/call_waiting.py" line="87"/>
        <source>Finish the current call and its outcome before answering a waiting call.</source>
        <translation>请先结束当前通话并记录结果，再接听等待中的来电。</translation>
    </message>
</context>
<context>
    <name>CallWaitingList</name>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="38"/>
        <source>Caller</source>
        <translation>来电方</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="38"/>
        <source>not on file</source>
        <translation>不在档案中</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="39"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="39"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="40"/>
        <source>Waiting since</source>
        <translation>等待开始时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="42"/>
        <source>Waiting calls</source>
        <translation>等待中的来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="48"/>
        <source>Answer waiting call</source>
        <translation>接听等待来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="49"/>
        <source>Put the current call on hold and answer the selected caller (Enter)</source>
        <translation>保持当前通话并接听所选来电（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="50"/>
        <source>Reject</source>
        <translation>拒接</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="51"/>
        <source>Reject waiting call</source>
        <translation>拒接等待来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="52"/>
        <source>Reject the selected waiting caller (Delete)</source>
        <translation>拒接所选的等待来电（Delete）</translation>
    </message>
    <message>
        <location filename="../../app/ui/call_waiting_list.py" line="75"/>
        <source>Waiting: %1</source>
        <translation>等待中：%1</translation>
    </message>
</context>
<context>
    <name>CallbackFields</name>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="1"/>
        <source>Type the date and time; ←/→ move between its parts, ↑/↓ change them</source>
        <translation>直接输入日期和时间；←/→ 在各部分之间移动，↑/↓ 调整数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="96"/>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="98"/>
        <location filename="../../app/ui/outcome_details.py" line="102"/>
        <source>Callback time</source>
        <translation>回电时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="124"/>
        <source>Pick a callback time in the future.</source>
        <translation>请选择一个将来的回电时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="126"/>
        <source>Pick a callback time within %1 days.</source>
        <translation>请选择 %1 天以内的回电时间。</translation>
    </message>
</context>
<context>
    <name>CallerChooserDialog</name>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="18"/>
        <source>Who is this call about?</source>
        <translation>这通电话是关于哪位债务人？</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="22"/>
        <source>%1 is on file for several debtors. Pick one, or press Esc to search instead.</source>
        <translation>%1 登记在多位债务人名下。请选择一位，或按 Esc 改为搜索。</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="26"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="27"/>
        <source>Whose phone</source>
        <translation>号码归属</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="30"/>
        <source>Debtors with this number</source>
        <translation>登记了此号码的债务人</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="33"/>
        <source>Open record</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/caller_chooser_dialog.py" line="34"/>
        <source>None of these</source>
        <translation>都不是</translation>
    </message>
</context>
<context>
    <name>CollectionHold</name>
    <message>
        <location filename="../../app/services/collection_hold.py" line="12"/>
        <source>This debtor asked not to be called (since %1). Calls are blocked; use the channel they asked for.</source>
        <translation>该客户已要求停止电话联系（自 %1 起）。已禁止拨打，请使用客户要求的联系方式。</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="13"/>
        <source>This debtor is recorded as deceased (since %1). Calls are blocked; the case is with the estates team.</source>
        <translation>该客户已登记为身故（自 %1 起）。已禁止拨打，案件由遗产处理团队跟进。</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="14"/>
        <source>This debtor is in bankruptcy or legal proceedings (since %1). Calls are blocked; the legal team handles the case.</source>
        <translation>该客户处于破产或法律程序中（自 %1 起）。已禁止拨打，案件由法务团队处理。</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="21"/>
        <source>Hardship recorded on %1: collection is paused. Only call as agreed, and make no payment demands.</source>
        <translation>已于 %1 登记经济困难：催收已暂停。仅按约定致电，不得提出还款要求。</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="22"/>
        <source>A dispute is open since %1: collection on the disputed item is stopped until it is reviewed.</source>
        <translation>自 %1 起有未结异议：异议款项在复核完成前停止催收。</translation>
    </message>
    <message>
        <location filename="../../app/services/collection_hold.py" line="33"/>
        <source>Collection is on hold for this debtor since %1.</source>
        <translation>该客户自 %1 起暂停催收。</translation>
    </message>
</context>
<context>
    <name>ContactHistoryTab</name>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="1"/>
        <source>≈ %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="26"/>
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="29"/>
        <source>Play recording</source>
        <translation>播放录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="44"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="45"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="46"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="47"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="48"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="49"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="49"/>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="49"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="50"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="51"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="55"/>
        <source>(pending)</source>
        <translation>（待填写）</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="60"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_history_tab.py" line="60"/>
        <source>Recorded</source>
        <translation>有录音</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="92"/>
        <source>Data&amp;base URL:</source>
        <translation>数据库 URL(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="93"/>
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="94"/>
        <source>Leave empty for the SQLite file in CallDesk&apos;s data folder.</source>
        <translation>留空则使用 CallDesk 数据文件夹中的 SQLite 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="95"/>
        <source>In use now: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="97"/>
        <source>A new database is used the next time CallDesk starts. The --db option and the CALLDESK_DB variable take precedence over this setting. Keep passwords out of the URL: PostgreSQL reads them from ~/.pgpass.</source>
        <translation>新数据库在下次启动 CallDesk 时生效。--db 选项和 CALLDESK_DB 环境变量优先于此设置。URL 中不要写密码：PostgreSQL 会从 ~/.pgpass 读取密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="112"/>
        <source>Leave the password out of the URL; PostgreSQL reads it from ~/.pgpass.</source>
        <translation>请从 URL 中去掉密码；PostgreSQL 会从 ~/.pgpass 读取密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="113"/>
        <source>Write a URL such as sqlite:////home/me/calldesk.db or postgresql+psycopg://calldesk@dbhost/calldesk.</source>
        <translation>请填写 URL，例如 sqlite:////home/me/calldesk.db 或 postgresql+psycopg://calldesk@dbhost/calldesk。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="114"/>
        <source>CallDesk works with SQLite and PostgreSQL only.</source>
        <translation>CallDesk 仅支持 SQLite 和 PostgreSQL。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="159"/>
        <source>Record a date</source>
        <translation>记录日期</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="183"/>
        <source>Record a time</source>
        <translation>记录时间</translation>
    </message>
</context>
<context>
    <name>DebtorListPanel</name>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="62"/>
        <source>Loading debtors…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="24"/>
        <source>Search by name or phone…</source>
        <translation>按姓名或电话搜索…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="25"/>
        <source>Search debtors</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="27"/>
        <source>Debtors</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="44"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="45"/>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="46"/>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="47"/>
        <source>Total due</source>
        <translation>应还总额</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/debtor_list_panel.py" line="55"/>
        <source>%n debtor(s) shown</source>
        <translation>
            <numerusform>显示 %n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtorRecordHeader</name>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="63"/>
        <source>ID number:</source>
        <translation>证件号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="63"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="64"/>
        <source>Bucket:</source>
        <translation>账龄：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="64"/>
        <source>Days past due:</source>
        <translation>逾期天数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="65"/>
        <source>Total due:</source>
        <translation>应还总额：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="65"/>
        <source>Minimum due:</source>
        <translation>最低还款额：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="98"/>
        <source>Case flag: %1</source>
        <translation>案件标记：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="104"/>
        <source>Raised %1 by %2</source>
        <translation>%1 由 %2 标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="110"/>
        <source>bucket %1</source>
        <translation>账龄 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="111"/>
        <source>the latest promise was broken (bucket %1)</source>
        <translation>最近一次承诺还款未履行（账龄 %1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="112"/>
        <source>nothing is owed</source>
        <translation>无欠款</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="115"/>
        <source>Next step: %1 · %2</source>
        <translation>下一步：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="125"/>
        <source>case flag “%1” is open on %2: held until a review clears it</source>
        <translation>账户 %2 有未解除的“%1”标记：复核解除前暂停催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_header.py" line="127"/>
        <source>case flag “%1” is open: collection is held until a review clears it</source>
        <translation>存在未解除的“%1”标记：复核解除前暂停催收</translation>
    </message>
</context>
<context>
    <name>DebtorRecordView</name>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="49"/>
        <source>Phones on file</source>
        <translation>登记电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="60"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="61"/>
        <source>Payments</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="62"/>
        <source>Promises</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="63"/>
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="64"/>
        <source>Plans</source>
        <translation>还款方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="65"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="66"/>
        <source>Pick a debtor from the list, or search by name or phone.</source>
        <translation>请从列表中选择客户，或按姓名、电话搜索。</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="88"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="89"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="90"/>
        <source>Total due</source>
        <translation>应还总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="91"/>
        <source>Minimum due</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="92"/>
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="93"/>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="94"/>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="125"/>
        <source>Call %1</source>
        <translation>拨打 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="126"/>
        <source>Call this number</source>
        <translation>拨打此号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132"/>
        <source>Debtor</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="133"/>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="133"/>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="133"/>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="135"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="135"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="135"/>
        <source>work</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="136"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="139"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../app/ui/dial_pad.py" line="24"/>
        <source>Dial pad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/dial_pad.py" line="25"/>
        <source>Type 0-9, * or # on the keyboard, or click a key</source>
        <translation>用键盘输入 0-9、* 或 #，或点击按键</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../app/services/first_start.py" line="11"/>
        <source>There are no debtors in the database yet. Demo debtors are added only in demo mode, which is off because a SIP account has a registrar. Import your debtors with `calldesk import-debtors FILE.csv`, or add demo debtors with `calldesk seed --debtors 200` (or set [demo] enabled = true), then start CallDesk again.</source>
        <translation>数据库里还没有债务人。只有在演示模式下才会添加演示债务人，而由于已有 SIP 账户配置了注册服务器，演示模式已关闭。请用 `calldesk import-debtors FILE.csv` 导入债务人，或用 `calldesk seed --debtors 200` 添加演示债务人（或设置 [demo] enabled = true），然后重新启动 CallDesk。</translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <location filename="../../app/services/follow_up_queue.py" line="97"/>
        <source>Callbacks and promises could not be checked: %1. Trying again in a minute.</source>
        <translation>无法检查回电和还款承诺：%1。一分钟后重试。</translation>
    </message>
</context>
<context>
    <name>HeadsetTestBox</name>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="110"/>
        <source>&amp;Test microphone</source>
        <translation>测试麦克风(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="100"/>
        <source>A call is using the headset: test it when the call is over.</source>
        <translation>通话正在使用耳机：请在通话结束后测试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="95"/>
        <source>Done. Did you hear the tone? If not, check the speaker above and its volume.</source>
        <translation>完成。听到提示音了吗？如果没有，请检查上面选择的扬声器及其音量。</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="93"/>
        <source>Done. Did you hear yourself? If not, check the headset's mute switch and the devices above.</source>
        <translation>完成。听到自己的声音了吗？如果没有，请检查耳机的静音开关和上面选择的设备。</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="107"/>
        <source>Headset test</source>
        <translation>耳机测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="114"/>
        <source>Headset test result</source>
        <translation>耳机测试结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="91"/>
        <source>Listen: you hear yourself in a moment…</source>
        <translation>请听：稍后您会听到自己的声音…</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="101"/>
        <source>No sound device is open: choose a microphone and a speaker above and save.</source>
        <translation>没有打开的声音设备：请在上面选择麦克风和扬声器并保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="92"/>
        <source>Playing a tone…</source>
        <translation>正在播放提示音…</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="92"/>
        <source>Playing back what you said…</source>
        <translation>正在回放您刚才说的话…</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="102"/>
        <source>Save the devices chosen above first: the test uses the devices in use.</source>
        <translation>请先保存上面选择的设备：测试使用的是正在使用的设备。</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="90"/>
        <source>Speak now: recording for three seconds…</source>
        <translation>请说话：正在录音三秒…</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="111"/>
        <source>Test microphone</source>
        <translation>测试麦克风</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="108"/>
        <source>Test microphone: speak for three seconds, and a second later you hear yourself. Test speaker: you hear a short tone.</source>
        <translation>测试麦克风：说话三秒钟，一秒后您会听到自己的声音。测试扬声器：您会听到一声短提示音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="112"/>
        <source>Test spea&amp;ker</source>
        <translation>测试扬声器(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="113"/>
        <source>Test speaker</source>
        <translation>测试扬声器</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="103"/>
        <source>The sound device stopped during the test: check that the headset is plugged in.</source>
        <translation>测试期间声音设备停止了：请检查耳机是否已插好。</translation>
    </message>
    <message>
        <location filename="../../app/ui/headset_test_box.py" line="104"/>
        <source>The test could not run.</source>
        <translation>测试无法进行。</translation>
    </message>
</context>
<context>
    <name>IncomingCallBanner</name>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="22"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="27"/>
        <source>Answer (%1)</source>
        <translation>接听 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="29"/>
        <source>Answer the call (%1)</source>
        <translation>接听来电（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="30"/>
        <source>Reject</source>
        <translation>拒接</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="43"/>
        <source>unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="45"/>
        <source>Incoming call from %1 (%2)</source>
        <translation>%1 来电（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/incoming_call_banner.py" line="47"/>
        <source>Incoming call from %1 — not a number on file</source>
        <translation>%1 来电——不是档案中的号码</translation>
    </message>
</context>
<context>
    <name>IncomingCallNotifier</name>
    <message>
        <location filename="../../app/ui/incoming_call_notifier.py" line="48"/>
        <source>Incoming call</source>
        <translation>来电</translation>
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
        <translation>正在拨号</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>ringing in</source>
        <translation>来电振铃</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>waiting</source>
        <translation>等待接听</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>connecting</source>
        <translation>正在接通</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>about %1 (estimated from the recording's length)</source>
        <translation>约 %1（按录音时长估算）</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>at least %1 (estimated: until the last thing logged)</source>
        <translation>至少 %1（估算：截至最后一条记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>Talk time: %1</source>
        <translation>通话时长：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>Call: %1</source>
        <translation>通话过程：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="1"/>
        <source>The recording was recovered and is in the contact history.</source>
        <translation>录音已恢复，可在联系记录中查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="23"/>
        <source>This call was cut off when CallDesk stopped unexpectedly. Please complete it.</source>
        <translation>CallDesk 意外退出，这通电话被中断。请补录结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="24"/>
        <source>Debtor: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="25"/>
        <source>Number: %1</source>
        <translation>号码：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="26"/>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="27"/>
        <source>Call states logged: %1</source>
        <translation>已记录的通话状态：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="28"/>
        <source>Script steps reached: %1</source>
        <translation>已进行到的话术步骤：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="33"/>
        <source>Answers recorded: %1</source>
        <translation>已记录的回答：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="41"/>
        <source>The script suggested: %1</source>
        <translation>话术建议的结果：%1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="49"/>
        <source>Language of the &amp;window:</source>
        <translation>界面语言(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="50"/>
        <source>Language of the window</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="51"/>
        <source>The window changes language at once; no restart is needed.</source>
        <translation>界面语言立即切换，无需重启。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Phone: starting…</source>
        <translation>电话：正在启动…</translation>
    </message>
    <message>
        <source>Call the debtor</source>
        <translation>拨打债务人</translation>
    </message>
    <message>
        <source>Open a debtor with a phone on file first (Ctrl+Down opens the next one), or type a number and press Enter.</source>
        <translation>请先打开一位登记了电话的债务人（Ctrl+Down 打开下一位），或输入号码后按回车。</translation>
    </message>
    <message>
        <source>Finish the call and its outcome before calling again.</source>
        <translation>请先结束本次通话并保存结果，再拨打下一通。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>CallDesk %1</source>
        <translation>CallDesk 坐席台 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Find debtor</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>Next debtor</source>
        <translation>下一个客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Previous debtor</source>
        <translation>上一个客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>About CallDesk</source>
        <translation>关于 CallDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Demo: simulated debtor line on 127.0.0.1</source>
        <translation>演示模式：本机模拟客户线路 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>SIP account</source>
        <translation>SIP 账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Agent: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="258"/>
        <source>Complete an interrupted call</source>
        <translation>补录中断的通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277"/>
        <source>Pick the debtor you are calling first, so the call is logged to their record.</source>
        <translation>请先选择要拨打的客户，通话才能记录到该客户名下。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="340"/>
        <source>Missed call: nobody answered in time. It is logged as missed.</source>
        <translation>未接来电：无人及时接听，已记为未接。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337"/>
        <source>On a short break until %1. Take your time.</source>
        <translation>短暂休息至 %1。不用着急。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <location filename="../../app/ui/main_window.py" line="355"/>
        <source>Finish the call before opening another debtor.</source>
        <translation>请先结束当前通话，再打开其他客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371"/>
        <source>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</source>
        <translation>CallDesk %1
为催收坐席设计的软电话：平和、合规，每一步都有记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377"/>
        <source>Call in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</source>
        <translation>当前有通话正在进行。要挂机并退出吗？该通话会保留在记录中，下次启动时会请您补录结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="388"/>
        <source>The language changes as soon as this call&apos;s outcome is saved.</source>
        <translation>本通电话的结果保存后即切换语言。</translation>
    </message>
</context>
<context>
    <name>MicrophoneMeter</name>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="80"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="74"/>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="74"/>
        <source>No microphone</source>
        <translation>无麦克风</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="74"/>
        <source>Silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="78"/>
        <source>Resting</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="81"/>
        <source>The sound rests between calls to save power; it opens when a call starts</source>
        <translation>通话间隙声音设备休眠以节省电量；来电或拨号时自动开启</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="77"/>
        <source>Sound</source>
        <translation>有声音</translation>
    </message>
    <message>
        <location filename="../../app/ui/microphone_meter.py" line="82"/>
        <source>Your microphone's level: it moves when you speak</source>
        <translation>您的麦克风音量：说话时会跳动</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="52"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="56"/>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="57"/>
        <source>Add a note (Ctrl+Enter saves). Notes cannot be changed once saved.</source>
        <translation>添加备注（Ctrl+Enter 保存）。备注保存后不可修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="61"/>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="83"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="84"/>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="85"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="105"/>
        <source>The note is empty. Write what happened or what was agreed, then save.</source>
        <translation>备注为空。请写下发生的情况或约定的事项，再保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_tab.py" line="107"/>
        <source>The note is longer than %1 characters. Shorten it, or split it into two notes.</source>
        <translation>备注超过 %1 个字符。请精简，或分成两条备注。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="1"/>
        <source>How did the call end? Pick one outcome (keys 1–9), then Tab through its details; Ctrl+Enter saves.</source>
        <translation>通话结果如何？选择一个结果（按键 1–9），再按 Tab 键逐项填写详情；Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="1"/>
        <source>The note is %1 characters long; shorten it to %2 (longer notes go in the record's Notes tab).</source>
        <translation>备注有 %1 个字，请缩短到 %2 个字以内（更长的内容请写在客户档案的“备注”页）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="44"/>
        <source>Call outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="48"/>
        <source>Outcome codes</source>
        <translation>结果代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="58"/>
        <source>Confirmation text to send</source>
        <translation>待发送的确认内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="60"/>
        <source>Confirmation SMS (prepared from the call, logged)</source>
        <translation>确认短信（根据通话生成，已记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="62"/>
        <source>Note (optional): what was agreed, what to do next</source>
        <translation>备注（选填）：约定内容、后续安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="63"/>
        <location filename="../../app/ui/outcome_dialog.py" line="100"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="75"/>
        <source>Save outcome</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="106"/>
        <source>How did the call end? Pick one outcome (keys 1–9).</source>
        <translation>通话结果如何？请选择一项结果（按键 1–9）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="172"/>
        <source>Pick the outcome that describes how the call ended.</source>
        <translation>请选择描述本次通话结果的选项。</translation>
    </message>
</context>
<context>
    <name>PaymentTrendChart</name>
    <message>
        <location filename="../../app/ui/payment_trend_chart.py" line="53"/>
        <source>Payments per month</source>
        <translation>每月还款</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_trend_chart.py" line="66"/>
        <source>Paid %1 in %2 of the last %3 months</source>
        <translation>近 %3 个月中有 %2 个月还款，共 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/payment_trend_chart.py" line="87"/>
        <source>No payments in the last 12 months</source>
        <translation>近 12 个月无还款</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="22"/>
        <source>Payments</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="31"/>
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="32"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="34"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_payments_tab.py" line="35"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>PhoneOwnerNotice</name>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="50"/>
        <source>Whose phone this is</source>
        <translation>该号码的归属人</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="60"/>
        <source>Calling the debtor&apos;s %1&apos;s phone (%2): a third party may answer — do not disclose the debt</source>
        <translation>正在拨打债务人%1（%2）的电话：接听者可能是第三方——请勿透露欠款信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="62"/>
        <source>Calling the debtor&apos;s %1&apos;s phone: a third party may answer — do not disclose the debt</source>
        <translation>正在拨打债务人%1的电话：接听者可能是第三方——请勿透露欠款信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="64"/>
        <source>Call from the debtor&apos;s %1&apos;s phone (%2): the caller may be a third party — do not disclose the debt</source>
        <translation>来电号码是债务人%1（%2）的电话：来电者可能是第三方——请勿透露欠款信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/phone_owner_notice.py" line="66"/>
        <source>Call from the debtor&apos;s %1&apos;s phone: the caller may be a third party — do not disclose the debt</source>
        <translation>来电号码是债务人%1的电话：来电者可能是第三方——请勿透露欠款信息</translation>
    </message>
</context>
<context>
    <name>PlanCalculatorPanel</name>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="45"/>
        <source>Plan options</source>
        <translation>还款方案选项</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="57"/>
        <source>Offered to the debtor</source>
        <translation>已向债务人提出</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="58"/>
        <source>Log that you put the selected plan to the debtor</source>
        <translation>记录您已向债务人提出所选方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="59"/>
        <source>Debtor accepts this plan</source>
        <translation>债务人接受此方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="60"/>
        <source>The selected plan becomes the answer; press Next to go on</source>
        <translation>所选方案将作为回答；按“下一步”继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="79"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="80"/>
        <source>Check</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="81"/>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="82"/>
        <location filename="../../app/ui/plan_calculator_panel.py" line="96"/>
        <source>Months</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="83"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="84"/>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="85"/>
        <source>First due</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="86"/>
        <source>Last due</source>
        <translation>末期还款日</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="92"/>
        <source>Kind of plan</source>
        <translation>方案类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="99"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="101"/>
        <source>Discount</source>
        <translation>减免比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="106"/>
        <source>Payment date</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="110"/>
        <source>Calculate</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="119"/>
        <source>Own terms:</source>
        <translation>自定条件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="149"/>
        <source>Fits the budget: %1 months</source>
        <translation>在还款能力内：%1 期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="151"/>
        <source>Longest allowed: %1 months</source>
        <translation>最长允许：%1 期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="153"/>
        <source>%1 monthly instalments</source>
        <translation>分 %1 期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="155"/>
        <source>Own terms: %1</source>
        <translation>自定条件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="157"/>
        <source>Settlement, %1 waived</source>
        <translation>减免结清，减免 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="164"/>
        <source>⚠ Over budget</source>
        <translation>⚠ 超出能力</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="166"/>
        <source>⚠ Supervisor</source>
        <translation>⚠ 需审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="172"/>
        <source>⚠ More than the debtor can pay</source>
        <translation>⚠ 超出还款能力</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="174"/>
        <source>⚠ Needs supervisor approval</source>
        <translation>⚠ 需主管审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="198"/>
        <source>No account to work a plan out on: pick the debtor&apos;s record before the call.</source>
        <translation>没有可计算方案的账户：请在通话前选择债务人档案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="200"/>
        <source>Balance %1 on the account ending %2.</source>
        <translation>尾号 %2 的账户欠款 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="204"/>
        <source>Ask for monthly income and essential expenses to check what the debtor can pay.</source>
        <translation>请询问月收入和必要支出，以核实债务人的还款能力。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="207"/>
        <source>The debtor can pay about %1 a month.</source>
        <translation>债务人每月约可还款 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="222"/>
        <source>Ask your supervisor to approve this discount before you offer it.</source>
        <translation>提出此减免前，请先请主管审批。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="229"/>
        <source>No plan accepted yet.</source>
        <translation>尚未接受任何方案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="232"/>
        <source>✓ Accepted: %1 · %2 a month · %3 in all</source>
        <translation>✓ 已接受：%1 · 每月 %2 · 合计 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="266"/>
        <source>The rules do not allow this plan: %1</source>
        <translation>规则不允许此方案：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="281"/>
        <source>First payment on</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="281"/>
        <source>New due date</source>
        <translation>新的还款日</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_calculator_panel.py" line="282"/>
        <source>Payment on</source>
        <translation>还款日</translation>
    </message>
</context>
<context>
    <name>PlanSummaryBox</name>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="136"/>
        <source>Accepted plan</source>
        <translation>已接受的还款方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="142"/>
        <source>Save this plan with the outcome</source>
        <translation>将此方案与通话结果一起保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="159"/>
        <source>%1 payment(s), %2 a month, %3 in all</source>
        <translation>共 %1 期，每月 %2，合计 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="161"/>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="164"/>
        <source>⚠ Needs supervisor approval</source>
        <translation>⚠ 需主管审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="166"/>
        <source>⚠ More than the debtor can pay</source>
        <translation>⚠ 超出还款能力</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="169"/>
        <source>A minimum payment is saved as the promise to pay.</source>
        <translation>最低还款将保存为承诺还款。</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../app/ui/plan_words.py" line="8"/>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_words.py" line="9"/>
        <source>Deferral</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_words.py" line="10"/>
        <source>Settlement (reduction)</source>
        <translation>减免结清</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_words.py" line="11"/>
        <source>Minimum payment</source>
        <translation>最低还款</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="19"/>
        <source>Repayment plans</source>
        <translation>还款方案</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="20"/>
        <location filename="../../app/ui/record_plans_tab.py" line="22"/>
        <source>Payments of the selected plan</source>
        <translation>所选方案的还款计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="34"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="35"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="37"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="39"/>
        <source>Payments</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="40"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="46"/>
        <source>%1, awaiting approval</source>
        <translation>%1，待审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="52"/>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="53"/>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_plans_tab.py" line="54"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="1"/>
        <source>Type the date; ←/→ move between its parts, ↑/↓ change them</source>
        <translation>直接输入日期；←/→ 在年、月、日之间移动，↑/↓ 调整数值</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="30"/>
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="32"/>
        <location filename="../../app/ui/outcome_details.py" line="42"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="34"/>
        <source>Promised amount</source>
        <translation>承诺还款金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="35"/>
        <source>e.g. 1500.00</source>
        <translation>例如 1500.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="38"/>
        <source>Promised date</source>
        <translation>承诺还款日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="43"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="44"/>
        <source>Pay by</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="53"/>
        <source>Card ending %1</source>
        <translation>尾号 %1 的卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="75"/>
        <source>There is no account on file to hold a promise: pick another outcome and say so in the note.</source>
        <translation>档案中没有可记录承诺的账户：请选择其他结果，并在备注中说明。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="78"/>
        <source>Enter the amount the debtor promised to pay.</source>
        <translation>请输入债务人承诺还款的金额。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_details.py" line="80"/>
        <source>The promised date cannot be in the past.</source>
        <translation>承诺还款日期不能早于今天。</translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="21"/>
        <source>Promises to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="30"/>
        <source>Due on</source>
        <translation>承诺还款日</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="31"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="34"/>
        <source>Promised on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="35"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_promises_tab.py" line="42"/>
        <source>Pending %1 · Kept %2 · Broken %3</source>
        <translation>待履行 %1 · 已履行 %2 · 未履行 %3</translation>
    </message>
</context>
<context>
    <name>QualityBars</name>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="30"/>
        <source>Call quality</source>
        <translation>通话质量</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="39"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="39"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="39"/>
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="39"/>
        <source>bad</source>
        <translation>很差</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="41"/>
        <source>not measured yet</source>
        <translation>尚未测得</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="41"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="43"/>
        <source>Call quality: %1 (MOS %2 of 4.5)</source>
        <translation>通话质量：%1（MOS %2，满分 4.5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="44"/>
        <source>Codec: %1</source>
        <translation>编解码器：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="45"/>
        <source>Round trip: %1</source>
        <translation>往返时延：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="46"/>
        <source>Jitter: %1 ms</source>
        <translation>抖动：%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="47"/>
        <source>Packet loss: %1 %</source>
        <translation>丢包率：%1 %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="55"/>
        <source>Call quality: shown during a call</source>
        <translation>通话质量：通话中显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality_bars.py" line="56"/>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
</context>
<context>
    <name>RecentCalls</name>
    <message>
        <location filename="../../app/services/recent_calls.py" line="46"/>
        <source>The recent calls could not be read; the list may be out of date.</source>
        <translation>无法读取最近通话，列表可能不是最新的。</translation>
    </message>
</context>
<context>
    <name>RecentCallsList</name>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="1"/>
        <source>≈ %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="30"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="31"/>
        <source>In/out</source>
        <translation>呼入/呼出</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="31"/>
        <source>In</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="31"/>
        <source>Out</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="32"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="33"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="34"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="36"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="37"/>
        <source>Open record</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="38"/>
        <source>Open the debtor of the selected call (Enter)</source>
        <translation>打开所选通话的客户档案（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="39"/>
        <source>Call back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="40"/>
        <source>Dial the number of the selected call again</source>
        <translation>重新拨打所选通话的号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/recent_calls_list.py" line="80"/>
        <source>(pending)</source>
        <translation>（待填写）</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="10"/>
        <source>Dispute</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="11"/>
        <source>Hardship or vulnerability</source>
        <translation>经济困难/弱势客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="12"/>
        <source>Cease contact</source>
        <translation>要求停止联系</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="13"/>
        <source>Deceased</source>
        <translation>本人已故</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="14"/>
        <source>Bankruptcy or legal</source>
        <translation>破产/法律程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="21"/>
        <source>Send an SMS reminder</source>
        <translation>发送短信提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="22"/>
        <source>Call the debtor</source>
        <translation>电话催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="23"/>
        <source>Send a formal letter</source>
        <translation>寄送催收函</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="24"/>
        <source>Authorised field visit</source>
        <translation>授权外访</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="25"/>
        <source>Refer to the legal team</source>
        <translation>移交法务</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="26"/>
        <source>Hold collection</source>
        <translation>暂停催收</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="27"/>
        <source>No action needed</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="34"/>
        <source>Pending</source>
        <translation>待履行</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="35"/>
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="36"/>
        <location filename="../../app/ui/record_words.py" line="46"/>
        <source>Broken</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="43"/>
        <source>Proposed</source>
        <translation>已提出</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="44"/>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="45"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/record_words.py" line="47"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="144"/>
        <source>Al&amp;ways: every call is recorded</source>
        <translation>始终录音(&amp;W)：每通电话都录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="145"/>
        <source>&amp;On demand: the agent starts recording</source>
        <translation>按需录音(&amp;O)：由坐席开始录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="146"/>
        <source>Record every call</source>
        <translation>每通电话都录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="147"/>
        <source>Record on demand</source>
        <translation>按需录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_pages.py" line="148"/>
        <source>The recording policy changes the next time CallDesk starts.</source>
        <translation>录音策略在下次启动 CallDesk 时生效。</translation>
    </message>
</context>
<context>
    <name>RecordingPlayback</name>
    <message>
        <location filename="../../app/services/recording_playback.py" line="63"/>
        <source>Your role may not play call recordings. Ask a supervisor or QA.</source>
        <translation>您的角色无权播放通话录音。请联系主管或质检人员。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="67"/>
        <source>This call has no recording.</source>
        <translation>这通电话没有录音。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="81"/>
        <source>The recording was not played: every playback must be written to the call log, and the call log cannot be written now. Try again in a minute.</source>
        <translation>录音未播放：每次播放都必须写入通话日志，而现在无法写入通话日志。请稍后一分钟再试。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="135"/>
        <source>This recording file is missing: %1. Ask a supervisor; the call log still has every step.</source>
        <translation>找不到这个录音文件：%1。请联系主管；通话日志中仍保留了每一步记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="136"/>
        <source>This recording file cannot be read: %1. Ask a supervisor to check the recordings folder; the call log still has every step.</source>
        <translation>无法读取这个录音文件：%1。请联系主管检查录音文件夹；通话日志中仍保留了每一步记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="137"/>
        <source>This recording file is damaged: %1. Ask a supervisor; the call log still has every step.</source>
        <translation>这个录音文件已损坏：%1。请联系主管；通话日志中仍保留了每一步记录。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="138"/>
        <source>This recording holds no sound: %1. The call may still be going on, or its recording was paused throughout.</source>
        <translation>这个录音没有声音：%1。通话可能仍在进行中，或者整个通话期间录音都处于暂停状态。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="139"/>
        <source>Recordings are not played during a call: you need to hear the debtor. Play it after the call.</source>
        <translation>通话期间不能播放录音：您需要听清债务人说话。请在通话结束后再播放。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="140"/>
        <source>The phone is not running, so recordings cannot be played. Restart CallDesk.</source>
        <translation>电话未在运行，无法播放录音。请重新启动 CallDesk。</translation>
    </message>
    <message>
        <location filename="../../app/services/recording_playback.py" line="142"/>
        <source>This recording cannot be played: %1. Ask a supervisor.</source>
        <translation>无法播放这个录音：%1。请联系主管。</translation>
    </message>
</context>
<context>
    <name>RecordingPlayerDialog</name>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="35"/>
        <source>Call recording</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="42"/>
        <source>Play or pause the recording</source>
        <translation>播放或暂停录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="43"/>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="45"/>
        <source>Position in the recording</source>
        <translation>录音播放位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="50"/>
        <source>Time played</source>
        <translation>已播放时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="52"/>
        <source>Length of the recording</source>
        <translation>录音时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="54"/>
        <source>Playback state</source>
        <translation>播放状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="56"/>
        <source>Playback problem</source>
        <translation>播放问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="60"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="73"/>
        <source>Call time:</source>
        <translation>通话时间：</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="74"/>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="75"/>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="76"/>
        <source>Call length:</source>
        <translation>通话时长：</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="130"/>
        <source>Playing</source>
        <translation>正在播放</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="131"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="132"/>
        <source>Finished</source>
        <translation>已播放完毕</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="133"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="137"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="140"/>
        <source>Play again</source>
        <translation>重新播放</translation>
    </message>
    <message>
        <location filename="../../app/ui/recording_player_dialog.py" line="142"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>RegistrationLight</name>
    <message>
        <location filename="../../app/ui/registration_light.py" line="22"/>
        <source>SIP registration</source>
        <translation>SIP 注册状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="23"/>
        <source>No SIP account: calls go out on the demo line</source>
        <translation>未配置 SIP 账号：通话走演示线路</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="38"/>
        <source>SIP: registering…</source>
        <translation>SIP：正在注册…</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="39"/>
        <source>SIP: registered</source>
        <translation>SIP：已注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="40"/>
        <location filename="../../app/ui/registration_light.py" line="41"/>
        <source>SIP: not registered</source>
        <translation>SIP：未注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="44"/>
        <source>wrong user or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="45"/>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="46"/>
        <source>registrar unreachable</source>
        <translation>无法连接注册服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="47"/>
        <source>no password stored</source>
        <translation>未保存密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="48"/>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="49"/>
        <source>registering</source>
        <translation>正在注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/registration_light.py" line="50"/>
        <source>not registered</source>
        <translation>未注册</translation>
    </message>
</context>
<context>
    <name>ScriptPane</name>
    <message>
        <location filename="../../app/ui/script_pane.py" line="69"/>
        <source>Mandatory</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="70"/>
        <source>Disclosure</source>
        <translation>涉及债务</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="71"/>
        <source>✓ Right party verified</source>
        <translation>✓ 已核实本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="73"/>
        <source>What to say</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="77"/>
        <source>Coaching hint</source>
        <translation>辅导提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="92"/>
        <source>Why the step was not taken</source>
        <translation>未能继续的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="94"/>
        <source>If the call turns:</source>
        <translation>如果通话出现：</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="96"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="97"/>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="98"/>
        <source>Go on without an answer; a mandatory step needs a reason</source>
        <translation>不回答直接继续；必需步骤需要填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="100"/>
        <location filename="../../app/ui/script_pane.py" line="195"/>
        <location filename="../../app/ui/script_pane.py" line="220"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="102"/>
        <source>Next step (%1)</source>
        <translation>下一步 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="187"/>
        <source>Coaching: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="213"/>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="214"/>
        <source>No call in progress. The script starts when the debtor answers.</source>
        <translation>当前没有通话。对方接听后开始话术。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="232"/>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="260"/>
        <source>Branch: %1</source>
        <translation>分支：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="290"/>
        <source>Phase %1 of %2: %3</source>
        <translation>第 %1 阶段，共 %2 阶段：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="302"/>
        <source>Confirm you are speaking to the debtor before talking about the debt.</source>
        <translation>谈及欠款之前，请先确认对方是债务人本人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="303"/>
        <source>Tell the caller the call is recorded before asking any question.</source>
        <translation>提问之前，请先告知对方本次通话将被录音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="304"/>
        <source>Record an answer first, or use Skip… to go on without one.</source>
        <translation>请先记录回答，或使用“跳过…”不回答继续。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="305"/>
        <source>That answer does not fit this question: %1</source>
        <translation>该回答不符合此问题：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="306"/>
        <source>This step is mandatory: give a reason to skip it.</source>
        <translation>这是必需步骤：跳过需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="307"/>
        <source>The script has no outcome yet. Take the step that records how the call ended, or hang up and pick the outcome afterwards.</source>
        <translation>话术尚未得出结果。请完成记录通话结果的步骤，或挂机后再选择结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="309"/>
        <source>The script has no next step for this answer. Take a branch below, or hang up and pick the outcome afterwards.</source>
        <translation>该回答在话术中没有下一步。请选择下方的分支，或挂机后再选择结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="311"/>
        <source>The script is not at its last step yet.</source>
        <translation>话术尚未到最后一步。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="312"/>
        <source>The script is not running: there is no answered call.</source>
        <translation>话术未在进行：当前没有已接通的通话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="314"/>
        <source>That step was not taken (%1).</source>
        <translation>该步骤未执行（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="323"/>
        <source>This step did not work because of a fault in the script; it has been logged. Take a branch below, or hang up and pick the outcome afterwards.</source>
        <translation>这一步因话术本身的错误未能执行，已记录。请选择下方的分支，或挂机后再选择结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="100"/>
        <location filename="../../app/ui/script_pane.py" line="195"/>
        <source>Finish script</source>
        <translation>结束话术</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="64"/>
        <location filename="../../app/ui/settings_dialog.py" line="65"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>&amp;SIP accounts</source>
        <translation>SIP 账户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>A&amp;udio devices</source>
        <translation>音频设备(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67"/>
        <source>&amp;Recording</source>
        <translation>录音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="70"/>
        <source>Settings pages</source>
        <translation>设置页</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="71"/>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="72"/>
        <source>Save and keep the dialog open</source>
        <translation>保存并保持对话框打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="73"/>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="84"/>
        <source>The settings file cannot be read, so nothing can be saved here. Correct it in a text editor: %1</source>
        <translation>无法读取设置文件，因此此处无法保存任何设置。请用文本编辑器修正：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="125"/>
        <source>Nothing was saved. %1</source>
        <translation>未保存任何内容。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>SIP accounts</source>
        <translation>SIP 账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="146"/>
        <source>recording policy</source>
        <translation>录音策略</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="148"/>
        <source>Saved. Restart CallDesk to use the new settings for: %1.</source>
        <translation>已保存。请重启 CallDesk 以使以下新设置生效：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Call the open debtor&apos;s own phone (not during a call)</source>
        <translation>拨打当前债务人本人的电话（通话中不可用）</translation>
    </message>
    <message>
        <source>In the number field: call the number typed there</source>
        <translation>在号码框中：拨打输入的号码</translation>
    </message>
    <message>
        <source>In the debtor list or the work queue: open the debtor of the selected line</source>
        <translation>在债务人列表或工作队列中：打开所选行的债务人</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="38"/>
        <source>Answer a ringing call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="40"/>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="42"/>
        <source>Hold the call, or take it off hold</source>
        <translation>保持通话或取消保持</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="44"/>
        <source>Mute or unmute your microphone</source>
        <translation>麦克风静音或取消静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="46"/>
        <source>Pause or resume the recording (while a card number is read out)</source>
        <translation>暂停或恢复录音（客户报卡号时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="48"/>
        <source>Transfer the call (blind, or talk to your colleague first)</source>
        <translation>转接通话（直接转接，或先与同事通话）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="50"/>
        <source>Join the caller and your colleague in one conference</source>
        <translation>把客户和同事接入同一个三方通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="52"/>
        <source>Show the dial pad and type digits on it (tones during a call)</source>
        <translation>显示拨号盘并在上面输入数字（通话中发送按键音）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="54"/>
        <source>Find a debtor: go to the search field</source>
        <translation>查找客户：跳到搜索框</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="56"/>
        <source>Open the next debtor in the list (not during a call)</source>
        <translation>打开列表中的下一个客户（通话中不可用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="58"/>
        <source>Open the previous debtor in the list (not during a call)</source>
        <translation>打开列表中的上一个客户（通话中不可用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="60"/>
        <source>Go to the next step of the call script</source>
        <translation>进入话术的下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="62"/>
        <source>Pick the numbered answer in the call script</source>
        <translation>按编号选择话术中的回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="65"/>
        <source>Pick the numbered outcome after the call</source>
        <translation>通话结束后按编号选择通话结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="68"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation>显示本快捷键列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="70"/>
        <source>Open the settings (language, SIP accounts, sound devices)</source>
        <translation>打开设置（语言、SIP 账号、声音设备）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="72"/>
        <source>Quit CallDesk</source>
        <translation>退出 CallDesk</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="13"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="14"/>
        <location filename="../../app/ui/shortcuts_dialog.py" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="16"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="17"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="21"/>
        <source>Each row: a key, and what it does</source>
        <translation>每行列出一个按键及其作用</translation>
    </message>
</context>
<context>
    <name>SipAccountEditor</name>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="93"/>
        <location filename="../../app/ui/settings_sip_editor.py" line="94"/>
        <source>SIP account</source>
        <translation>SIP 账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="96"/>
        <source>&amp;User (extension):</source>
        <translation>用户（分机号）(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="97"/>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="97"/>
        <source>&amp;Registrar:</source>
        <translation>注册服务器(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="98"/>
        <source>&amp;Authentication user:</source>
        <translation>认证用户名(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="98"/>
        <source>Real&amp;m:</source>
        <translation>认证域(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="99"/>
        <source>&amp;Transport:</source>
        <translation>传输协议(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="99"/>
        <source>Local &amp;port:</source>
        <translation>本地端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="100"/>
        <source>Outbound pro&amp;xy:</source>
        <translation>出站代理(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="100"/>
        <source>Dial pre&amp;fix:</source>
        <translation>拨号前缀(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="101"/>
        <source>&amp;Codecs, best first:</source>
        <translation>编解码器，优先的在前(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="101"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="104"/>
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="104"/>
        <source>SIP user</source>
        <translation>SIP 用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="104"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="105"/>
        <source>Registrar</source>
        <translation>注册服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="105"/>
        <source>Authentication user</source>
        <translation>认证用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="105"/>
        <source>Realm</source>
        <translation>认证域</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="106"/>
        <source>Transport</source>
        <translation>传输协议</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="106"/>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="107"/>
        <source>Outbound proxy</source>
        <translation>出站代理</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="107"/>
        <source>Dial prefix</source>
        <translation>拨号前缀</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="108"/>
        <source>Codecs, best first</source>
        <translation>编解码器，优先的在前</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="108"/>
        <source>SIP password</source>
        <translation>SIP 密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="113"/>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="114"/>
        <source>Leave empty for direct calls without registration.</source>
        <translation>留空则不注册，仅直接呼叫。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="115"/>
        <source>same as the user</source>
        <translation>与用户相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="117"/>
        <source>A password is stored in the keyring.</source>
        <translation>密钥环中已保存密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="118"/>
        <source>type a new one to replace it</source>
        <translation>输入新密码以替换</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="120"/>
        <source>No password is stored.</source>
        <translation>尚未保存密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="121"/>
        <source>stored in the keyring, never in the file</source>
        <translation>保存在密钥环中，绝不写入文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="175"/>
        <source>Give the account a name that no other account has.</source>
        <translation>请为账户取一个与其他账户不同的名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="176"/>
        <source>The SIP user (extension) must not be empty.</source>
        <translation>SIP 用户（分机号）不能为空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="177"/>
        <source>Write a SIP address such as sip:pbx.example.com or sip:10.0.0.5:5060.</source>
        <translation>请填写 SIP 地址，例如 sip:pbx.example.com 或 sip:10.0.0.5:5060。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="178"/>
        <source>Write a SIP address such as sip:proxy.example.com, or leave it empty.</source>
        <translation>请填写 SIP 地址，例如 sip:proxy.example.com，或留空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="179"/>
        <source>Write codec names separated by commas, such as PCMA, PCMU, G722.</source>
        <translation>请填写以逗号分隔的编解码器名称，例如 PCMA, PCMU, G722。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="180"/>
        <source>The port must be 0 to 65535.</source>
        <translation>端口必须在 0 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_editor.py" line="181"/>
        <source>Choose udp, tcp or tls.</source>
        <translation>请选择 udp、tcp 或 tls。</translation>
    </message>
</context>
<context>
    <name>SipAccountsPage</name>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="66"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="66"/>
        <source>Registrar</source>
        <translation>注册服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="66"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="67"/>
        <source>SIP accounts</source>
        <translation>SIP 账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="68"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="69"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="70"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="71"/>
        <source>Add a SIP account</source>
        <translation>添加 SIP 账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="72"/>
        <source>Edit the selected SIP account</source>
        <translation>编辑所选 SIP 账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="73"/>
        <source>Remove the selected SIP account</source>
        <translation>删除所选 SIP 账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="74"/>
        <source>SIP accounts take effect the next time CallDesk starts. Passwords are kept in the system keyring.</source>
        <translation>SIP 账户在下次启动 CallDesk 时生效。密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="84"/>
        <source>new, saved with the settings</source>
        <translation>新密码，随设置一起保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="85"/>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sip_page.py" line="85"/>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>SkipReasonDialog</name>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="12"/>
        <source>Skip this step</source>
        <translation>跳过此步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="14"/>
        <source>“%1” is a mandatory step. Why are you skipping it? The reason is logged with the call.</source>
        <translation>“%1”是必需步骤。为什么要跳过？原因将记录在通话日志中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="15"/>
        <source>Why are you skipping “%1”? (optional)</source>
        <translation>为什么跳过“%1”？（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="20"/>
        <source>Reason for skipping</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="21"/>
        <source>The debtor will not answer this</source>
        <translation>债务人不愿回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="22"/>
        <source>Already covered earlier in the call</source>
        <translation>通话中已经谈过</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="23"/>
        <source>The debtor asked to move on</source>
        <translation>债务人要求跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="23"/>
        <source>Not relevant to this call</source>
        <translation>与本次通话无关</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="25"/>
        <source>Pick or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/skip_reason_dialog.py" line="29"/>
        <source>Skip step</source>
        <translation>跳过步骤</translation>
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <source>Call the number in the field (Enter there); the open debtor&apos;s own phone: %1</source>
        <translation>拨打号码框中的号码（在号码框中按回车）；拨打当前债务人本人的电话：%1</translation>
    </message>
    <message>
        <source>No call running</source>
        <translation>当前没有通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="64"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="65"/>
        <source>Call state</source>
        <translation>通话状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="68"/>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="73"/>
        <source>Number or SIP address</source>
        <translation>号码或 SIP 地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="74"/>
        <source>Number to dial</source>
        <translation>拨打号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="81"/>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="84"/>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="87"/>
        <source>Hang up (%1)</source>
        <translation>挂机（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="88"/>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="89"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="91"/>
        <source>Pause recording</source>
        <translation>暂停录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="94"/>
        <source>Pause the recording while the debtor reads out a card number (%1)</source>
        <translation>客户报卡号时暂停录音（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="96"/>
        <source>Transfer…</source>
        <translation>转接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="97"/>
        <source>Conference</source>
        <translation>三方通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="99"/>
        <source>Join the caller and your colleague in one call (%1)</source>
        <translation>把客户和同事接入同一通话（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="101"/>
        <source>Transfer result</source>
        <translation>转接结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="104"/>
        <source>Keypad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="113"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="227"/>
        <source>No sound device found: calls connect, but you will not hear audio.</source>
        <translation>未找到声卡：通话可以接通，但听不到声音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="239"/>
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="239"/>
        <source>Ringing…</source>
        <translation>对方振铃中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="239"/>
        <source>Connecting…</source>
        <translation>正在接通…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="240"/>
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="240"/>
        <source>Call ended</source>
        <translation>通话已结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="241"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="276"/>
        <source>Transferred.</source>
        <translation>已转接。</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="279"/>
        <source>The transfer did not go through (%1). The caller is still on the line.</source>
        <translation>转接未成功（%1）。客户仍在线上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="296"/>
        <source>Call waiting: %1</source>
        <translation>呼叫等待：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="300"/>
        <source>Recent calls (%1)</source>
        <translation>最近通话（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_panel.py" line="323"/>
        <source>Type a number, or pick a phone from the debtor&apos;s record.</source>
        <translation>请输入号码，或从客户档案中选择电话。</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <location filename="../../app/ui/sound_status.py" line="56"/>
        <source>Microphone: %1 · Speaker: %2</source>
        <translation>麦克风：%1 · 扬声器：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="55"/>
        <source>No sound device found: calls connect, but you will not hear audio.</source>
        <translation>未找到声卡：通话可以接通，但听不到声音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="52"/>
        <source>No sound device is chosen in Settings: calls are silent.</source>
        <translation>设置中未选择声音设备：通话没有声音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="58"/>
        <source>Ringer: %1</source>
        <translation>铃声：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="28"/>
        <source>Sound devices</source>
        <translation>声音设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="60"/>
        <source>Sound is back. %1</source>
        <translation>声音已恢复。%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="50"/>
        <source>Sound lost: the headset was unplugged or the sound server stopped. The call goes on; the sound comes back when the device does.</source>
        <translation>声音中断：耳机被拔出或声音服务器已停止。通话继续；设备恢复后声音也会恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sound_status.py" line="53"/>
        <source>The sound device could not be opened: calls connect, but you will not hear audio. Check the headset, or pick another device in Settings.</source>
        <translation>无法打开声音设备：通话可以接通，但听不到声音。请检查耳机，或在设置中选择其他设备。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="31"/>
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="33"/>
        <source>Number, extension or SIP address</source>
        <translation>号码、分机号或 SIP 地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="34"/>
        <source>Transfer to</source>
        <translation>转接给</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="36"/>
        <source>Transfer &amp;to:</source>
        <translation>转接给(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="42"/>
        <source>&amp;Blind: hand the call over now</source>
        <translation>直接转接(&amp;B)：立即转出</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="43"/>
        <source>&amp;Attended: talk to them first, then hand over</source>
        <translation>咨询转接(&amp;A)：先与对方通话，再转出</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="49"/>
        <source>Transfer status</source>
        <translation>转接状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="53"/>
        <source>&amp;Complete transfer</source>
        <translation>完成转接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="54"/>
        <source>Back to the ca&amp;ller</source>
        <translation>回到客户(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="55"/>
        <source>Conf&amp;erence</source>
        <translation>三方通话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="56"/>
        <source>Join the caller and your colleague in one call</source>
        <translation>把客户和同事接入同一通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="57"/>
        <source>End the call with your colleague and take the held caller back</source>
        <translation>结束与同事的通话，接回保持中的客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="112"/>
        <source>Calling your colleague… the caller is on hold.</source>
        <translation>正在呼叫同事…客户处于保持状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="113"/>
        <source>Ringing your colleague… the caller is on hold.</source>
        <translation>同事振铃中…客户处于保持状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="114"/>
        <source>You are talking to your colleague. Complete the transfer, or go back to the caller.</source>
        <translation>您正在与同事通话。请完成转接，或回到客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="115"/>
        <source>The call with your colleague ended: you are back with the caller.</source>
        <translation>与同事的通话已结束：您已回到客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="155"/>
        <source>All three of you are in the call.</source>
        <translation>三方已在同一通话中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="162"/>
        <source>Back with the caller.</source>
        <translation>已回到客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="173"/>
        <source>Transfer &amp;now</source>
        <translation>立即转接(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="173"/>
        <source>Call &amp;first</source>
        <translation>先呼叫(&amp;F)</translation>
    </message>
</context>
<context>
    <name>WellbeingBanner</name>
    <message>
        <location filename="../../app/ui/wellbeing_banner.py" line="17"/>
        <source>That was a hard call. Take a short break before the next one.</source>
        <translation>刚才的通话很不容易。下一通电话前先稍作休息吧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/wellbeing_banner.py" line="19"/>
        <source>Take a 5-minute break</source>
        <translation>休息 5 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/wellbeing_banner.py" line="20"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <location filename="../../app/services/work_queue.py" line="103"/>
        <source>The work queue could not be read: %1. Trying again in a minute.</source>
        <translation>无法读取工作队列：%1。一分钟后重试。</translation>
    </message>
</context>
<context>
    <name>WorkQueuePanel</name>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="105"/>
        <source>Work queue: loading…</source>
        <translation>工作队列：读取中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="37"/>
        <source>Show in the work queue</source>
        <translation>工作队列显示内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="41"/>
        <source>Filter by name or pinyin…</source>
        <translation>按姓名或拼音筛选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="42"/>
        <source>Filter the work queue by name</source>
        <translation>按姓名筛选工作队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="44"/>
        <source>Work queue</source>
        <translation>工作队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="68"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="68"/>
        <source>Callbacks</source>
        <translation>回拨</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="68"/>
        <source>Promises due today</source>
        <translation>今日到期承诺</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="69"/>
        <source>Cases in %1</source>
        <translation>%1 案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="73"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="74"/>
        <source>Debtor</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="75"/>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="76"/>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="77"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_queue_panel.py" line="112"/>
        <source>Work queue: %n</source>
        <translation>
            <numerusform>工作队列：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_queue_panel.py" line="115"/>
        <source>%n callback(s) due</source>
        <translation>
            <numerusform>%n 个回拨已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/work_queue_panel.py" line="117"/>
        <source>%n promise(s) due today</source>
        <translation>
            <numerusform>%n 个承诺今日到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="141"/>
        <source>⚠ Callback %1</source>
        <translation>⚠ 回拨 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="141"/>
        <source>Callback %1</source>
        <translation>回拨 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="143"/>
        <source>Callback later %1</source>
        <translation>稍后回拨 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="146"/>
        <source>Promise due today %1</source>
        <translation>今日到期承诺 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="147"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="147"/>
        <source>Case (pool)</source>
        <translation>案件（公共池）</translation>
    </message>
    <message>
        <location filename="../../app/ui/work_queue_panel.py" line="159"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
</context>
<context>
    <name>SipReasonWords</name>
    <message>
        <source>trying</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <source>call in progress</source>
        <translation>呼叫处理中</translation>
    </message>
    <message>
        <source>hung up normally</source>
        <translation>正常挂断</translation>
    </message>
    <message>
        <source>the PBX rejected the request</source>
        <translation>交换机拒绝了请求</translation>
    </message>
    <message>
        <source>the PBX login failed</source>
        <translation>交换机登录验证失败</translation>
    </message>
    <message>
        <source>the PBX refused the call</source>
        <translation>交换机拒绝了此呼叫</translation>
    </message>
    <message>
        <source>number not found</source>
        <translation>号码不存在</translation>
    </message>
    <message>
        <source>no answer from the network</source>
        <translation>网络无应答</translation>
    </message>
    <message>
        <source>number no longer in use</source>
        <translation>号码已停用</translation>
    </message>
    <message>
        <source>unavailable, try again later</source>
        <translation>暂时无法接通，请稍后再拨</translation>
    </message>
    <message>
        <source>the call no longer exists</source>
        <translation>通话已不存在</translation>
    </message>
    <message>
        <source>routing error at the PBX</source>
        <translation>交换机路由错误</translation>
    </message>
    <message>
        <source>number incomplete</source>
        <translation>号码不完整</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>对方忙</translation>
    </message>
    <message>
        <source>call cancelled</source>
        <translation>呼叫已取消</translation>
    </message>
    <message>
        <source>no common audio format</source>
        <translation>双方没有共同的语音编码</translation>
    </message>
    <message>
        <source>PBX error</source>
        <translation>交换机内部错误</translation>
    </message>
    <message>
        <source>the PBX could not reach the other network</source>
        <translation>交换机无法连接对方网络</translation>
    </message>
    <message>
        <source>PBX unavailable</source>
        <translation>交换机暂不可用</translation>
    </message>
    <message>
        <source>the other network did not answer</source>
        <translation>对方网络超时未应答</translation>
    </message>
    <message>
        <source>call declined</source>
        <translation>对方拒接</translation>
    </message>
    <message>
        <source>number does not exist</source>
        <translation>号码不存在</translation>
    </message>
</context>
<context>
    <name>DialProblemWords</name>
    <message>
        <source>the SIP address</source>
        <translation>SIP 地址</translation>
    </message>
    <message>
        <source>the default SIP domain in the settings</source>
        <translation>设置中的默认 SIP 域</translation>
    </message>
    <message>
        <source>Nothing to dial. Type a number such as 13812345678 or 010-12345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>没有可拨打的内容。请输入号码（如 13812345678 或 010-12345678），或 SIP 地址（如 sip:debtor@127.0.0.1:5070）。</translation>
    </message>
    <message>
        <source>What you typed is too long (%1 characters, at most %2).</source>
        <translation>输入内容过长（%1 个字符，最多 %2 个）。</translation>
    </message>
    <message>
        <source>What you typed contains an invisible or control character (%1). Retype it by hand.</source>
        <translation>输入内容包含不可见字符或控制字符（%1）。请手动重新输入。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a SIP address without &apos;sip:&apos;. Type it as %2</source>
        <translation>“%1”像是缺少“sip:”的 SIP 地址。请输入 %2</translation>
    </message>
    <message>
        <source>The dial prefix in the settings (&apos;%1&apos;) may only hold up to 8 digits, * or #. Fix the setting.</source>
        <translation>设置中的拨号前缀（“%1”）只能包含最多 8 个数字、* 或 #。请修改该设置。</translation>
    </message>
    <message>
        <source>The phone number is empty. Type a number such as 13812345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>电话号码为空。请输入号码（如 13812345678），或 SIP 地址（如 sip:debtor@127.0.0.1:5070）。</translation>
    </message>
    <message>
        <source>The phone number is too long (%1 characters). Check what you typed, or type a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>电话号码过长（%1 个字符）。请检查输入，或输入 SIP 地址（如 sip:debtor@127.0.0.1:5070）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number. Type digits such as 13812345678 or 010-12345678, or a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>“%1”不是电话号码。请输入数字（如 13812345678 或 010-12345678），或 SIP 地址（如 sip:debtor@127.0.0.1:5070）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number for %2: check the digits (a CN mobile has 11 digits starting with 1; a landline needs its area code). Or type a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>“%1”不是有效的 %2 号码：请检查位数（中国手机号为以 1 开头的 11 位数字；固话需要加区号）。也可以输入 SIP 地址（如 sip:debtor@127.0.0.1:5070）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an extension (%2), which cannot be dialled yet. Dial the main number and ask for the extension.</source>
        <translation>“%1”带有分机号（%2），目前无法直接拨打分机。请拨打总机号码后再转分机。</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; addresses cannot be dialled here. Type a SIP address such as sip:debtor@127.0.0.1:5070.</source>
        <translation>此处无法拨打“%1:”地址。请输入 SIP 地址（如 sip:debtor@127.0.0.1:5070）。</translation>
    </message>
    <message>
        <source>A SIP address cannot contain spaces. Remove them, e.g. sip:debtor@127.0.0.1:5070.</source>
        <translation>SIP 地址不能包含空格。请删除空格，例如 sip:debtor@127.0.0.1:5070。</translation>
    </message>
    <message>
        <source>SIP addresses with &apos;?headers&apos; are not allowed. Remove everything from &apos;?&apos; on.</source>
        <translation>不允许使用带“?头字段”的 SIP 地址。请删除“?”及其后的所有内容。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no user part. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1:5070.</source>
        <translation>“%1”缺少用户部分。请按 sip:用户@主机 的格式输入，例如 sip:debtor@127.0.0.1:5070。</translation>
    </message>
    <message>
        <source>The SIP address has nothing before &apos;@&apos;. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1.</source>
        <translation>SIP 地址中“@”前面没有内容。请按 sip:用户@主机 的格式输入，例如 sip:debtor@127.0.0.1。</translation>
    </message>
    <message>
        <source>The user part of the SIP address is too long (at most %1 characters).</source>
        <translation>SIP 地址的用户部分过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The user part &apos;%1&apos; may only hold letters, digits and - _ . ! ~ * &apos; ( ) &amp; = + $ , / or %XX escapes.</source>
        <translation>用户部分“%1”只能包含字母、数字和 - _ . ! ~ * &apos; ( ) &amp; = + $ , / 或 %XX 转义。</translation>
    </message>
    <message>
        <source>The IPv6 address in %1 is missing its closing &apos;]&apos;.</source>
        <translation>%1中的 IPv6 地址缺少右方括号“]”。</translation>
    </message>
    <message>
        <source>IPv6 zone ids (&apos;%...&apos;) are not allowed in %1.</source>
        <translation>%1中不允许使用 IPv6 区域标识（“%...”）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a valid IPv6 address.</source>
        <translation>%2中的“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>Only &apos;:PORT&apos; may follow the IPv6 address in %1.</source>
        <translation>%1中的 IPv6 地址后面只能跟“:端口”。</translation>
    </message>
    <message>
        <source>An IPv6 address in %1 must be written in brackets, e.g. [::1]:5070.</source>
        <translation>%1中的 IPv6 地址必须写在方括号内，例如 [::1]:5070。</translation>
    </message>
    <message>
        <source>The host in %1 is empty. Type a host such as 127.0.0.1 or pbx.example.com.</source>
        <translation>%1中的主机为空。请输入主机，例如 127.0.0.1 或 pbx.example.com。</translation>
    </message>
    <message>
        <source>The host in %1 is too long.</source>
        <translation>%1中的主机名过长。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a valid IPv4 address (four numbers 0-255).</source>
        <translation>%2中的“%1”不是有效的 IPv4 地址（四个 0-255 的数字）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a valid host name. Use letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. pbx.example.com.</source>
        <translation>%2中的“%1”不是有效的主机名。请使用字母、数字、“-”和“.”，例如 pbx.example.com。</translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; in %2 must be a number from 1 to 65535.</source>
        <translation>%2中的端口“%1”必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The SIP address has too many &apos;;&apos; parameters (at most %1).</source>
        <translation>SIP 地址中的“;”参数过多（最多 %1 个）。</translation>
    </message>
    <message>
        <source>The parameter &apos;;%1&apos; is not valid. Parameters look like ;transport=udp (no spaces, no empty names).</source>
        <translation>参数“;%1”无效。参数格式如 ;transport=udp（不能有空格，名称不能为空）。</translation>
    </message>
</context>
<context>
    <name>InterruptedCalls</name>
    <message>
        <location filename="../../app/ui/interrupted_calls.py" line="1"/>
        <source>Complete an interrupted call</source>
        <translation>补录中断的通话</translation>
    </message>
</context>
</TS>
