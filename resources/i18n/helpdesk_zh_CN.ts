<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Intake</name>
    <message>
      <source>Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Standard greeting: say it first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Then ask an open question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a phone number, account number or name; matching customers are listed below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone, account number or name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forget the chosen customer and type a new one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click or press Enter to choose the customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Na&amp;me:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mobile or landline with area code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acco&amp;unt no.:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utility account number, if known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add&amp;ress:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Earlier t&amp;ickets (double-click or Enter to open):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;hannel:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Le&amp;vel:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 urgent: service down or safety; 2 important: service impaired; 3 normal: consultation or minor problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Su&amp;bject:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional: taken from the description when empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the customer says, in their own words (required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer &amp;asks for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional: the result the customer expects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A consultation answered on the spot is closed at once and counted as resolved at first contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved at first c&amp;ontact (answered on the spot)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ans&amp;wer given:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The answer you gave the customer (required when resolved at first contact)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear the form for the next customer (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the ticket and give it a number (Enter in a one-line field, Ctrl+Enter in a text box)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Submit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ticket number — read it out to the customer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy the ticket number to the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cop&amp;y</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show this ticket on the tickets page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Go to ticket</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Helpdesk — customer service hall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User: %1 %2 (%3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Branch: %1 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The new language is used from the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Intake</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Tickets</source>
      <translation>工单</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Counter / on-site</source>
      <translation>柜台/现场</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Online (web/app)</source>
      <translation>在线</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>邮件</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>来信</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>社交媒体</translation>
    </message>
    <message>
      <source>SMS</source>
      <translation>短信</translation>
    </message>
    <message>
      <source>Consultation</source>
      <translation>咨询</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Fault / repair</source>
      <translation>故障报修</translation>
    </message>
    <message>
      <source>Service request</source>
      <translation>业务办理</translation>
    </message>
    <message>
      <source>1 Urgent</source>
      <translation>1 紧急</translation>
    </message>
    <message>
      <source>2 Important</source>
      <translation>2 重要</translation>
    </message>
    <message>
      <source>3 Normal</source>
      <translation>3 一般</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>派单</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <source>Waiting for customer</source>
      <translation>待客户反馈</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>已合并</translation>
    </message>
    <message>
      <source>Counter staff</source>
      <translation>窗口人员</translation>
    </message>
    <message>
      <source>Handler</source>
      <translation>处理人员</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>班长/主管</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>系统管理员</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>创建</translation>
    </message>
    <message>
      <source>Handling started</source>
      <translation>开始处理</translation>
    </message>
    <message>
      <source>Resumed</source>
      <translation>恢复处理</translation>
    </message>
    <message>
      <source>Customer contacted</source>
      <translation>联系客户</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>进展记录</translation>
    </message>
    <message>
      <source>Reopened</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>Merged into another ticket</source>
      <translation>合并至其他工单</translation>
    </message>
    <message>
      <source>Duplicate merged in</source>
      <translation>合并重复工单</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>派单</translation>
    </message>
    <message>
      <source>Start handling</source>
      <translation>开始处理</translation>
    </message>
    <message>
      <source>Wait for customer</source>
      <translation>待客户反馈</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>恢复处理</translation>
    </message>
    <message>
      <source>Record contact</source>
      <translation>记录联系</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>添加进展</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>解决</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Merge into…</source>
      <translation>合并至…</translation>
    </message>
    <message>
      <source>Hello, glad to serve you.</source>
      <translation>您好，很高兴为您服务</translation>
    </message>
    <message>
      <source>How can I help you?</source>
      <translation>请问有什么可以帮您？</translation>
    </message>
  </context>
</TS>