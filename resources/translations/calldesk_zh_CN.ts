<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="91"/>
        <source>Amount, e.g. 1500.00</source>
        <translation>金额，例如 1500.00</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="97"/>
        <source>Type digits only, with at most two decimals (e.g. 1500.00).</source>
        <translation>只能输入数字，最多两位小数（例如 1500.00）。</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../app/services/call_session.py" line="111"/>
        <source>Finish the current call and its outcome before dialling again.</source>
        <translation>请先结束当前通话并选择通话结果，然后再拨号。</translation>
    </message>
</context>
<context>
    <name>CallbackFields</name>
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
    <name>DateEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="127"/>
        <source>Record a date</source>
        <translation>记录日期</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../app/ui/script_answer_widgets.py" line="147"/>
        <source>Record a time</source>
        <translation>记录时间</translation>
    </message>
</context>
<context>
    <name>DebtorListPanel</name>
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
    <name>DebtorRecordView</name>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="35"/>
        <source>Phones on file</source>
        <translation>登记电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="40"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="41"/>
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="42"/>
        <source>Pick a debtor from the list, or search by name or phone.</source>
        <translation>请从列表中选择客户，或按姓名、电话搜索。</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="58"/>
        <source>ID number:</source>
        <translation>证件号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="58"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="58"/>
        <source>Bucket:</source>
        <translation>账龄：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="59"/>
        <source>Days past due:</source>
        <translation>逾期天数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="59"/>
        <source>Total due:</source>
        <translation>应还总额：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="59"/>
        <source>Minimum due:</source>
        <translation>最低还款额：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="65"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="66"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="67"/>
        <source>Total due</source>
        <translation>应还总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="68"/>
        <source>Minimum due</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="69"/>
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="70"/>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="71"/>
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="77"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="78"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="78"/>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="78"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="79"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="80"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="81"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="82"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="82"/>
        <source>(pending)</source>
        <translation>（待填写）</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="83"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="110"/>
        <source>Call %1</source>
        <translation>拨打 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="111"/>
        <source>Call this number</source>
        <translation>拨打此号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="117"/>
        <source>Debtor</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="117"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="117"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="118"/>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="118"/>
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="118"/>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="120"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="120"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="120"/>
        <source>work</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="121"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="124"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>DueCallbacksPanel</name>
    <message>
        <location filename="../../app/ui/due_callbacks_panel.py" line="21"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_callbacks_panel.py" line="22"/>
        <source>Debtor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_callbacks_panel.py" line="23"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_callbacks_panel.py" line="25"/>
        <source>Callbacks due</source>
        <translation>待回电</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_callbacks_panel.py" line="37"/>
        <source>Callbacks due: %n</source>
        <translation>
            <numerusform>待回电：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_callbacks_panel.py" line="39"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个已逾时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpQueue</name>
    <message>
        <location filename="../../app/services/follow_up_queue.py" line="59"/>
        <source>Callbacks and promises could not be checked: %1. Trying again in a minute.</source>
        <translation>无法检查回电和还款承诺：%1。一分钟后重试。</translation>
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
    <name>InterruptedCallSummary</name>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>SIP: registering…</source>
        <translation>SIP：正在注册…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>SIP: registered</source>
        <translation>SIP：已注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>SIP: not registered</source>
        <translation>SIP：未注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>wrong user or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>registrar unreachable</source>
        <translation>无法连接注册服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>no password stored</source>
        <translation>未保存密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>registering</source>
        <translation>正在注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>not registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="45"/>
        <source>CallDesk %1</source>
        <translation>CallDesk 坐席台 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Find debtor</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>Next debtor</source>
        <translation>下一个客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Previous debtor</source>
        <translation>上一个客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>About CallDesk</source>
        <translation>关于 CallDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Demo: simulated debtor line on 127.0.0.1</source>
        <translation>演示模式：本机模拟客户线路 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>SIP account</source>
        <translation>SIP 账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Agent: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Complete an interrupted call</source>
        <translation>补录中断的通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>Pick the debtor you are calling first, so the call is logged to their record.</source>
        <translation>请先选择要拨打的客户，通话才能记录到该客户名下。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>On a short break until %1. Take your time.</source>
        <translation>短暂休息至 %1。不用着急。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>Finish the call before opening another debtor.</source>
        <translation>请先结束当前通话，再打开其他客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="272"/>
        <source>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</source>
        <translation>CallDesk %1
为催收坐席设计的软电话：平和、合规，每一步都有记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Call in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</source>
        <translation>当前有通话正在进行。要挂机并退出吗？该通话会保留在记录中，下次启动时会请您补录结果。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
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
        <location filename="../../app/ui/outcome_dialog.py" line="60"/>
        <source>Confirmation text to send</source>
        <translation>待发送的确认内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="62"/>
        <source>Confirmation SMS (prepared from the call, logged)</source>
        <translation>确认短信（根据通话生成，已记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="64"/>
        <source>Note (optional): what was agreed, what to do next</source>
        <translation>备注（选填）：约定内容、后续安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="65"/>
        <location filename="../../app/ui/outcome_dialog.py" line="94"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="77"/>
        <source>Save outcome</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="100"/>
        <source>How did the call end? Pick one outcome (keys 1–9).</source>
        <translation>通话结果如何？请选择一项结果（按键 1–9）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="166"/>
        <source>Pick the outcome that describes how the call ended.</source>
        <translation>请选择描述本次通话结果的选项。</translation>
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
    <name>PromiseFields</name>
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
    <name>ScriptPane</name>
    <message>
        <location filename="../../app/ui/script_pane.py" line="53"/>
        <source>Mandatory</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="54"/>
        <source>Disclosure</source>
        <translation>涉及债务</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="55"/>
        <source>✓ Right party verified</source>
        <translation>✓ 已核实本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="57"/>
        <source>What to say</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="61"/>
        <source>Coaching hint</source>
        <translation>辅导提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="76"/>
        <source>Why the step was not taken</source>
        <translation>未能继续的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="77"/>
        <source>If the call turns:</source>
        <translation>如果通话出现：</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="79"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="80"/>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="81"/>
        <source>Go on without an answer; a mandatory step needs a reason</source>
        <translation>不回答直接继续；必需步骤需要填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="82"/>
        <location filename="../../app/ui/script_pane.py" line="149"/>
        <location filename="../../app/ui/script_pane.py" line="174"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="84"/>
        <source>Next step (%1)</source>
        <translation>下一步 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="141"/>
        <source>Coaching: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="167"/>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="168"/>
        <source>No call in progress. The script starts when the debtor answers.</source>
        <translation>当前没有通话。对方接听后开始话术。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="186"/>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="217"/>
        <source>Branch: %1</source>
        <translation>分支：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="236"/>
        <source>Phase %1 of %2: %3</source>
        <translation>第 %1 阶段，共 %2 阶段：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="248"/>
        <source>Confirm you are speaking to the debtor before talking about the debt.</source>
        <translation>谈及欠款之前，请先确认对方是债务人本人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="249"/>
        <source>Tell the caller the call is recorded before asking any question.</source>
        <translation>提问之前，请先告知对方本次通话将被录音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="250"/>
        <source>Record an answer first, or use Skip… to go on without one.</source>
        <translation>请先记录回答，或使用“跳过…”不回答继续。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="251"/>
        <source>That answer does not fit this question: %1</source>
        <translation>该回答不符合此问题：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="252"/>
        <source>This step is mandatory: give a reason to skip it.</source>
        <translation>这是必需步骤：跳过需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="253"/>
        <source>The script has no outcome yet. Take the step that records how the call ended, or hang up and pick the outcome afterwards.</source>
        <translation>话术尚未得出结果。请完成记录通话结果的步骤，或挂机后再选择结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="255"/>
        <source>The script has no next step for this answer. Take a branch below, or hang up and pick the outcome afterwards.</source>
        <translation>该回答在话术中没有下一步。请选择下方的分支，或挂机后再选择结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="257"/>
        <source>The script is not at its last step yet.</source>
        <translation>话术尚未到最后一步。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="258"/>
        <source>The script is not running: there is no answered call.</source>
        <translation>话术未在进行：当前没有已接通的通话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="260"/>
        <source>That step was not taken (%1).</source>
        <translation>该步骤未执行（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="149"/>
        <source>Finish script</source>
        <translation>结束话术</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="37"/>
        <source>Answer a ringing call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="39"/>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="41"/>
        <source>Hold the call, or take it off hold</source>
        <translation>保持通话或取消保持</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="43"/>
        <source>Mute or unmute your microphone</source>
        <translation>麦克风静音或取消静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="45"/>
        <source>Pause or resume the recording (while a card number is read out)</source>
        <translation>暂停或恢复录音（客户报卡号时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="47"/>
        <source>Find a debtor: go to the search field</source>
        <translation>查找客户：跳到搜索框</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="49"/>
        <source>Open the next debtor in the list (not during a call)</source>
        <translation>打开列表中的下一个客户（通话中不可用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="51"/>
        <source>Open the previous debtor in the list (not during a call)</source>
        <translation>打开列表中的上一个客户（通话中不可用）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="53"/>
        <source>Go to the next step of the call script</source>
        <translation>进入话术的下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="55"/>
        <source>Pick the numbered answer in the call script</source>
        <translation>按编号选择话术中的回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="58"/>
        <source>Pick the numbered outcome after the call</source>
        <translation>通话结束后按编号选择通话结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="61"/>
        <source>Show this list of keyboard shortcuts</source>
        <translation>显示本快捷键列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="63"/>
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
    <name>SoftphoneStrip</name>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="28"/>
        <source>Number or SIP address</source>
        <translation>号码或 SIP 地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="29"/>
        <source>Number to dial</source>
        <translation>拨打号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="36"/>
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="39"/>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="42"/>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="43"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="45"/>
        <source>Pause recording</source>
        <translation>暂停录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="48"/>
        <source>Pause the recording while the debtor reads out a card number (%1)</source>
        <translation>客户报卡号时暂停录音（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="50"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="51"/>
        <source>Call state</source>
        <translation>通话状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="119"/>
        <source>No sound device found: calls connect, but you will not hear audio.</source>
        <translation>未找到声卡：通话可以接通，但听不到声音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="124"/>
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="124"/>
        <source>Ringing…</source>
        <translation>对方振铃中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="124"/>
        <source>Connecting…</source>
        <translation>正在接通…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="125"/>
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="125"/>
        <source>Call ended</source>
        <translation>通话已结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="125"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="160"/>
        <source>Type a number, or pick a phone from the debtor&apos;s record.</source>
        <translation>请输入号码，或从客户档案中选择电话。</translation>
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
</TS>
