<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../app/services/call_session.py" line="101" />
        <source>Finish the current call and its outcome before dialling again.</source>
        <translation>请先结束当前通话并选择通话结果，然后再拨号。</translation>
    </message>
</context>
<context>
    <name>DebtorListPanel</name>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="23" />
        <source>Search by name or phone…</source>
        <translation>按姓名或电话搜索…</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="24" />
        <source>Search debtors</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="28" />
        <source>Debtors</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="50" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="51" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="52" />
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="53" />
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_list_panel.py" line="54" />
        <source>Total due</source>
        <translation>应还总额</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/debtor_list_panel.py" line="62" />
        <source>%n debtor(s) shown</source>
        <translation><numerusform>显示 %n 位客户</numerusform></translation>
    </message>
</context>
<context>
    <name>DebtorRecordView</name>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="49" />
        <source>Phones on file</source>
        <translation>登记电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="54" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="55" />
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="56" />
        <source>Pick a debtor from the list, or search by name or phone.</source>
        <translation>请从列表中选择客户，或按姓名、电话搜索。</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="72" />
        <source>ID number:</source>
        <translation>证件号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="72" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="72" />
        <source>Bucket:</source>
        <translation>账龄：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="73" />
        <source>Days past due:</source>
        <translation>逾期天数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="73" />
        <source>Total due:</source>
        <translation>应还总额：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="73" />
        <source>Minimum due:</source>
        <translation>最低还款额：</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="79" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="80" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="81" />
        <source>Total due</source>
        <translation>应还总额</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="82" />
        <source>Minimum due</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="83" />
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="84" />
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="85" />
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="91" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="92" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="92" />
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="92" />
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="93" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="94" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="95" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="96" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="96" />
        <source>(pending)</source>
        <translation>（待填写）</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="97" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="124" />
        <source>Call %1</source>
        <translation>拨打 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="125" />
        <source>Call this number</source>
        <translation>拨打此号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="131" />
        <source>Debtor</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="131" />
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="131" />
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132" />
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132" />
        <source>Employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="132" />
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="134" />
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="134" />
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="134" />
        <source>work</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="135" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/debtor_record_view.py" line="138" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>InterruptedCallSummary</name>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="16" />
        <source>This call was cut off when CallDesk stopped unexpectedly. Please complete it.</source>
        <translation>CallDesk 意外退出，这通电话被中断。请补录结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="17" />
        <source>Debtor: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="18" />
        <source>Number: %1</source>
        <translation>号码：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="19" />
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="20" />
        <source>Call states logged: %1</source>
        <translation>已记录的通话状态：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/interrupted_call_summary.py" line="21" />
        <source>Script steps reached: %1</source>
        <translation>已进行到的话术步骤：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <source>SIP: registering…</source>
        <translation>SIP：正在注册…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>SIP: registered</source>
        <translation>SIP：已注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <location filename="../../app/ui/main_window.py" line="133" />
        <source>SIP: not registered</source>
        <translation>SIP：未注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>wrong user or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>registrar unreachable</source>
        <translation>无法连接注册服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>no password stored</source>
        <translation>未保存密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140" />
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <source>registering</source>
        <translation>正在注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142" />
        <source>not registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="31" />
        <source>CallDesk %1</source>
        <translation>CallDesk 坐席台 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="64" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68" />
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69" />
        <source>Find debtor</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72" />
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77" />
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>About CallDesk</source>
        <translation>关于 CallDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115" />
        <source>Demo: simulated debtor line on 127.0.0.1</source>
        <translation>演示模式：本机模拟客户线路 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115" />
        <source>SIP account</source>
        <translation>SIP 账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116" />
        <source>Agent: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155" />
        <source>Complete an interrupted call</source>
        <translation>补录中断的通话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165" />
        <source>Pick the debtor you are calling first, so the call is logged to their record.</source>
        <translation>请先选择要拨打的客户，通话才能记录到该客户名下。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>CallDesk %1
A softphone for collections agents: calm, lawful calls, every step logged.</source>
        <translation>CallDesk %1
为催收坐席设计的软电话：平和、合规，每一步都有记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196" />
        <source>Call in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197" />
        <source>A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its outcome next time.</source>
        <translation>当前有通话正在进行。要挂机并退出吗？该通话会保留在记录中，下次启动时会请您补录结果。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="19" />
        <source>Call outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="23" />
        <source>Outcome codes</source>
        <translation>结果代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="28" />
        <source>Note (optional): what was agreed, what to do next</source>
        <translation>备注（选填）：约定内容、后续安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="29" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="31" />
        <source>Save outcome</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome_dialog.py" line="34" />
        <source>How did the call end? Pick one outcome.</source>
        <translation>这通电话的结果是什么？请选择一项。</translation>
    </message>
</context>
<context>
    <name>ScriptPane</name>
    <message>
        <location filename="../../app/ui/script_pane.py" line="24" />
        <source>What to say</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="29" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="30" />
        <location filename="../../app/ui/script_pane.py" line="63" />
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="49" />
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="50" />
        <source>The script starts when the debtor answers.</source>
        <translation>客户接听后开始显示话术。</translation>
    </message>
    <message>
        <location filename="../../app/ui/script_pane.py" line="63" />
        <source>Finish script</source>
        <translation>结束话术</translation>
    </message>
</context>
<context>
    <name>SoftphoneStrip</name>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="27" />
        <source>Number or SIP address</source>
        <translation>号码或 SIP 地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="28" />
        <source>Number to dial</source>
        <translation>拨打号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="35" />
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="38" />
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="41" />
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="42" />
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="44" />
        <source>Pause recording</source>
        <translation>暂停录音</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="45" />
        <source>Pause the recording while the debtor reads out a card number (F7)</source>
        <translation>客户报卡号时暂停录音（F7）</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="46" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="47" />
        <source>Call state</source>
        <translation>通话状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="114" />
        <source>No sound device found: calls connect, but you will not hear audio.</source>
        <translation>未找到声卡：通话可以接通，但听不到声音。</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="119" />
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="119" />
        <source>Ringing…</source>
        <translation>对方振铃中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="119" />
        <source>Connecting…</source>
        <translation>正在接通…</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="120" />
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="120" />
        <source>Call ended</source>
        <translation>通话已结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="120" />
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../app/ui/softphone_strip.py" line="155" />
        <source>Type a number, or pick a phone from the debtor's record.</source>
        <translation>请输入号码，或从客户档案中选择电话。</translation>
    </message>
</context>
</TS>