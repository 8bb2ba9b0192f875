<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AdminPage</name>
    <message>
      <source>The administrator</source>
      <translation>系统管理员</translation>
    </message>
    <message>
      <source>The administrator adds the staff, resets passwords, keeps the backups and reads the audit trail.</source>
      <translation>系统管理员负责添加人员、重置密码、管理备份和查阅审计日志。</translation>
    </message>
    <message>
      <source>Employee number:</source>
      <translation>工号：</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Password again:</source>
      <translation>再次输入密码：</translation>
    </message>
    <message>
      <source>At least 8 characters, with letters and digits.</source>
      <translation>至少8个字符，须同时包含字母和数字。</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>AnalysisPanel</name>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>By stage</source>
      <translation>按处理环节</translation>
    </message>
    <message>
      <source>Top causes</source>
      <translation>主要原因</translation>
    </message>
    <message>
      <source>By channel</source>
      <translation>按渠道</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>按月份</translation>
    </message>
    <message>
      <source>Average hours to reach each stage</source>
      <translation>到达各环节的平均用时（小时）</translation>
    </message>
    <message>
      <source>By status</source>
      <translation>按状态</translation>
    </message>
    <message>
      <source>Complaints: %1 · major: %2 · repeats: %3 · acknowledged on time: %4</source>
      <translation>投诉：%1 · 重大投诉：%2 · 重复投诉：%3 · 按时确认率：%4</translation>
    </message>
    <message>
      <source>Suggestions: %1 · adopted: %2 · rejected: %3 · adoption rate: %4 · mean satisfaction: %5 · open actions: %6 (overdue %7)</source>
      <translation>建议：%1 · 已采纳：%2 · 不予采纳：%3 · 采纳率：%4 · 平均满意度：%5 · 未完成改进措施：%6（逾期 %7）</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <source>Opening the database…
After a new version is installed this can take a few minutes: the data is backed up, then brought up to date.</source>
      <translation>正在打开数据库……
安装新版本后的首次打开可能需要几分钟：先备份数据，再升级到新版本。</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>正在登录……</translation>
    </message>
    <message>
      <source>Please sign in</source>
      <translation>请登录</translation>
    </message>
    <message>
      <source>Signed out. Next person, please sign in</source>
      <translation>已退出登录，请下一位登录</translation>
    </message>
    <message>
      <source>Switch user: sign in as the next person</source>
      <translation>切换用户：请下一位登录</translation>
    </message>
  </context>
  <context>
    <name>ApprovalQueuePage</name>
    <message>
      <source>Ticket</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>已等待</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>Approval time left</source>
      <translation>审批剩余时间</translation>
    </message>
    <message>
      <source>Approve dispatch</source>
      <translation>审批通过</translation>
    </message>
    <message>
      <source>Reject…</source>
      <translation>驳回…</translation>
    </message>
    <message>
      <source>Level-1 tickets awaiting dispatch approval</source>
      <translation>待审批派单的一级工单</translation>
    </message>
    <message numerus="yes">
      <source>%n ticket(s) waiting</source>
      <translation>
        <numerusform>%n 张工单待审批</numerusform>
      </translation>
    </message>
    <message>
      <source>Approve %1 as a level-1 (urgent) ticket and send it to dispatch?

%2</source>
      <translation>确认将 %1 按一级（紧急）工单审批通过并派单？

%2</translation>
    </message>
    <message>
      <source>Reject dispatch</source>
      <translation>审批驳回</translation>
    </message>
    <message>
      <source>Why is this not a level-1 ticket? (the customer may be told)</source>
      <translation>为什么不按一级工单处理？（该原因可能会告知客户）</translation>
    </message>
    <message>
      <source>A reason is required to reject.</source>
      <translation>驳回必须填写原因。</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>审批</translation>
    </message>
  </context>
  <context>
    <name>ArticlesTab</name>
    <message>
      <source>Search, e.g. 停电 or 水费</source>
      <translation>搜索，如：停电、水费</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Uses</source>
      <translation>使用次数</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>知识条目</translation>
    </message>
    <message>
      <source>Tags, separated by commas</source>
      <translation>标签，用逗号分隔</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>正文</translation>
    </message>
  </context>
  <context>
    <name>AttachmentPanel</name>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Add file…</source>
      <translation>添加文件…</translation>
    </message>
    <message>
      <source>Drop files here or paste a screenshot (Ctrl+V).</source>
      <translation>可将文件拖到此处，或粘贴截图（Ctrl+V）。</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <source>Images and PDF</source>
      <translation>图片和PDF</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <source>%1 is %2; files up to %3 can be attached. Take the photo at a lower resolution or scan at 150 dpi.</source>
      <translation>%1 大小为 %2，附件不能超过 %3。请降低照片分辨率，或以150 dpi扫描。</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <source>Added by %1</source>
      <translation>添加人：%1</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Only administrators can read the audit trail.</source>
      <translation>只有系统管理员可以查阅审计日志。</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>All actions</source>
      <translation>全部操作</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>查询</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>校验日志链</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>从：</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>至：</translation>
    </message>
    <message>
      <source>Employee:</source>
      <translation>人员：</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>操作：</translation>
    </message>
    <message>
      <source>Load more</source>
      <translation>加载更多</translation>
    </message>
    <message>
      <source>%1 (all)</source>
      <translation>%1（全部）</translation>
    </message>
    <message>
      <source>Rows shown: %1</source>
      <translation>已显示 %1 条</translation>
    </message>
    <message>
      <source>Verifying the audit trail…</source>
      <translation>正在校验审计日志…</translation>
    </message>
    <message>
      <source>The audit trail is intact: %1 rows checked.</source>
      <translation>审计日志完整：已校验 %1 条记录。</translation>
    </message>
    <message>
      <source>its content was changed after it was written</source>
      <translation>该记录写入后内容被修改</translation>
    </message>
    <message>
      <source>a row before it was removed or changed</source>
      <translation>其前一条记录被删除或修改</translation>
    </message>
    <message>
      <source>rows at the end of the trail were removed</source>
      <translation>日志末尾的记录被删除</translation>
    </message>
    <message>
      <source>The audit trail is broken at row #%1: %2.</source>
      <translation>审计日志在第 %1 条记录处被破坏：%2。</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Object</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详情</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <source>Only administrators manage backups.</source>
      <translation>只有系统管理员可以管理备份。</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <source>Restore selected…</source>
      <translation>恢复所选备份…</translation>
    </message>
    <message>
      <source>Made at</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Backup folder: %1</source>
      <translation>备份目录：%1</translation>
    </message>
    <message>
      <source>on demand</source>
      <translation>手动</translation>
    </message>
    <message>
      <source>scheduled</source>
      <translation>定时</translation>
    </message>
    <message>
      <source>before a restore</source>
      <translation>恢复前自动备份</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <source>Backup written and verified: %1</source>
      <translation>备份已完成并通过校验：%1</translation>
    </message>
    <message>
      <source>Choose the backup to restore.</source>
      <translation>请选择要恢复的备份。</translation>
    </message>
    <message>
      <source>Restore backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <source>Replace the database with the backup made at %1? Everything entered since then is replaced (a safety copy of the current database is kept). The application closes afterwards.</source>
      <translation>用 %1 的备份替换当前数据库？此后录入的所有内容都将被替换（当前数据库会先另存一份安全备份）。恢复后程序将关闭。</translation>
    </message>
    <message>
      <source>The database was restored. The application closes now; start it again.</source>
      <translation>数据库已恢复。程序现在关闭，请重新启动。</translation>
    </message>
  </context>
  <context>
    <name>BranchPage</name>
    <message>
      <source>Your branch</source>
      <translation>本营业厅</translation>
    </message>
    <message>
      <source>The branch code appears in every ticket number (e.g. BJ01-20250301-0001) and cannot be changed later.</source>
      <translation>营业厅代码出现在每个工单编号中（如 BJ01-20250301-0001），设置后不能更改。</translation>
    </message>
    <message>
      <source>e.g. Chaoyang service hall</source>
      <translation>例如：朝阳营业厅</translation>
    </message>
    <message>
      <source>Branch code:</source>
      <translation>营业厅代码：</translation>
    </message>
    <message>
      <source>Branch name:</source>
      <translation>营业厅名称：</translation>
    </message>
    <message>
      <source>Time zone:</source>
      <translation>时区：</translation>
    </message>
  </context>
  <context>
    <name>CalendarAdminPage</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Note, e.g. 国庆节</source>
      <translation>备注，如：国庆节</translation>
    </message>
    <message>
      <source>Set day</source>
      <translation>设定该日</translation>
    </message>
    <message>
      <source>Import CSV…</source>
      <translation>导入 CSV…</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Holidays and make-up working days of %1</source>
      <translation>%1 的节假日和调休上班日</translation>
    </message>
    <message>
      <source>Import holidays</source>
      <translation>导入节假日</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) imported.</source>
      <translation>
        <numerusform>已导入 %n 天。</numerusform>
      </translation>
    </message>
    <message>
      <source>Business calendar</source>
      <translation>工作日历</translation>
    </message>
  </context>
  <context>
    <name>CallbacksPage</name>
    <message>
      <source>Draw this month's list</source>
      <translation>生成本月回访清单</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Last interaction</source>
      <translation>最近一次往来</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>回访结果</translation>
    </message>
    <message>
      <source>Complaint ticket</source>
      <translation>投诉工单</translation>
    </message>
    <message>
      <source>Show number for the call</source>
      <translation>显示号码以便回访</translation>
    </message>
    <message>
      <source>Record outcome</source>
      <translation>记录回访结果</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>号码</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Listed %1, called %2, reached %3 (%4)</source>
      <translation>列入 %1 户，已回访 %2 户，联系上 %3 户（%4）</translation>
    </message>
    <message>
      <source>Choose a customer in the list first.</source>
      <translation>请先在清单中选择客户。</translation>
    </message>
    <message>
      <source>Call-back</source>
      <translation>客户回访</translation>
    </message>
    <message>
      <source>Outcome recorded.</source>
      <translation>回访结果已记录。</translation>
    </message>
  </context>
  <context>
    <name>CareSettingsPage</name>
    <message>
      <source>KPI targets</source>
      <translation>质量指标目标</translation>
    </message>
    <message>
      <source>VIP rules</source>
      <translation>VIP客户规则</translation>
    </message>
    <message>
      <source>Call-back list</source>
      <translation>回访清单</translation>
    </message>
    <message>
      <source>Review of closed tickets</source>
      <translation>已办结工单回顾</translation>
    </message>
    <message>
      <source>Departments</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <source>Survey rules and word list</source>
      <translation>测评有效性规则与敏感词</translation>
    </message>
    <message>
      <source>Confirmation period</source>
      <translation>客户确认期限</translation>
    </message>
    <message>
      <source>SMS gateway</source>
      <translation>短信网关</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>取值</translation>
    </message>
    <message>
      <source>Why (kept with the version)</source>
      <translation>修改原因（随版本保存）</translation>
    </message>
    <message>
      <source>Save as new version</source>
      <translation>保存为新版本</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>设置项</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>历史版本</translation>
    </message>
    <message>
      <source>Saved as a new version.</source>
      <translation>已保存为新版本。</translation>
    </message>
  </context>
  <context>
    <name>CasesTab</name>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Words in the case</source>
      <translation>案例关键词</translation>
    </message>
    <message>
      <source>Promote a closed ticket…</source>
      <translation>将已办结工单转为典型案例…</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>案例结果</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>工单类型</translation>
    </message>
    <message>
      <source>Used in courses</source>
      <translation>引用课程</translation>
    </message>
    <message>
      <source>No closed ticket to promote.</source>
      <translation>没有可转为典型案例的已办结工单。</translation>
    </message>
    <message>
      <source>Promote to case</source>
      <translation>转为典型案例</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Lessons learned</source>
      <translation>经验教训</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <source>An administrator has reset your password. Choose your own password to continue.</source>
      <translation>管理员已重置您的密码，请设置新密码后继续。</translation>
    </message>
    <message>
      <source>Change the password of %1 %2.</source>
      <translation>修改 %1 %2 的密码。</translation>
    </message>
    <message>
      <source>Current password:</source>
      <translation>当前密码：</translation>
    </message>
    <message>
      <source>New password:</source>
      <translation>新密码：</translation>
    </message>
    <message>
      <source>New password again:</source>
      <translation>再次输入新密码：</translation>
    </message>
    <message>
      <source>At least 8 characters, with letters and digits.</source>
      <translation>至少8个字符，须同时包含字母和数字。</translation>
    </message>
    <message>
      <source>The two new passwords differ.</source>
      <translation>两次输入的新密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDetail</name>
    <message>
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>Print the complaint record with every stage step (A4, personal data masked)</source>
      <translation>打印投诉记录及各阶段步骤（A4，个人信息已遮蔽）</translation>
    </message>
    <message>
      <source>Print record…</source>
      <translation>打印记录…</translation>
    </message>
    <message>
      <source>Earlier complaints on the same matter (repeats)</source>
      <translation>同一事项的历史投诉（重复投诉）</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Print complaint record</source>
      <translation>打印投诉记录</translation>
    </message>
    <message>
      <source>same matter</source>
      <translation>同一事项</translation>
    </message>
    <message>
      <source>same category</source>
      <translation>同一类别</translation>
    </message>
    <message>
      <source>flagged at intake</source>
      <translation>受理时标记</translation>
    </message>
    <message>
      <source> — MAJOR</source>
      <translation> — 重大投诉</translation>
    </message>
    <message>
      <source>Complainant: %1, phone %2</source>
      <translation>投诉人：%1，电话 %2</translation>
    </message>
    <message>
      <source>Matter: %1</source>
      <translation>投诉事项：%1</translation>
    </message>
    <message>
      <source>Remedy asked for: %1</source>
      <translation>客户诉求：%1</translation>
    </message>
    <message>
      <source>Category: %1 · Handler: %2 · Root cause: %3</source>
      <translation>分类：%1 · 处理人员：%2 · 根本原因：%3</translation>
    </message>
    <message>
      <source>Acknowledge by %1 · Solution by %2</source>
      <translation>确认期限：%1 · 方案期限：%2</translation>
    </message>
    <message>
      <source>Solution: %1</source>
      <translation>解决方案：%1</translation>
    </message>
    <message>
      <source>Satisfaction: %1</source>
      <translation>满意度：%1</translation>
    </message>
    <message>
      <source>Type the reason for reopening, then press Reopen.</source>
      <translation>请先填写重新打开的原因，再点“重新打开”。</translation>
    </message>
  </context>
  <context>
    <name>ComplaintSteps</name>
    <message>
      <source>Category</source>
      <translation>投诉类别</translation>
    </message>
    <message>
      <source>Closing note</source>
      <translation>结案说明</translation>
    </message>
    <message>
      <source>Corrective action</source>
      <translation>纠正措施</translation>
    </message>
    <message>
      <source>Feedback method</source>
      <translation>反馈方式</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>调查结果</translation>
    </message>
    <message>
      <source>Handler</source>
      <translation>处理人</translation>
    </message>
    <message>
      <source>Major complaint</source>
      <translation>重大投诉</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Solution</source>
      <translation>解决方案</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>执行情况</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPage</name>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Analysis</source>
      <translation>统计分析</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>All branches</source>
      <translation>全部营业厅</translation>
    </message>
    <message>
      <source>Ticket no.</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>投诉事项</translation>
    </message>
    <message>
      <source>Handler</source>
      <translation>处理人员</translation>
    </message>
    <message>
      <source>Solution due</source>
      <translation>方案期限</translation>
    </message>
    <message numerus="yes">
      <source>%n complaint(s)</source>
      <translation>
        <numerusform>共 %n 件投诉</numerusform>
      </translation>
    </message>
    <message>
      <source>Complaint deadlines: %1 overdue, %2 due within the hour</source>
      <translation>投诉时限：%1 件已超时，%2 件将在一小时内到期</translation>
    </message>
  </context>
  <context>
    <name>Connection</name>
    <message>
      <source>Wrong password: the server refused this user. Check the password (ask the administrator).</source>
      <translation>密码错误：服务器拒绝了该用户。请检查密码（询问管理员）。</translation>
    </message>
    <message>
      <source>The server does not let this user in from this PC; the administrator allows it in pg_hba.conf.</source>
      <translation>服务器不允许该用户从本机登录；请管理员在 pg_hba.conf 中放行。</translation>
    </message>
    <message>
      <source>The server has no database of this name: check the database name.</source>
      <translation>服务器上没有这个名称的数据库：请检查数据库名。</translation>
    </message>
    <message>
      <source>Cannot reach the server: check the host name and port, that the server is running and that the network is up.</source>
      <translation>无法连接服务器：请检查主机名和端口、服务器是否在运行、网络是否正常。</translation>
    </message>
    <message>
      <source>The database is empty (no helpdesk schema yet): the administrator runs "helpdesk-gui db upgrade" on it first.</source>
      <translation>数据库是空的（还没有工单系统的表结构）：请管理员先对它运行 "helpdesk-gui db upgrade"。</translation>
    </message>
    <message>
      <source>The database's schema is older than this program: ask the administrator to run "helpdesk-gui db upgrade".</source>
      <translation>数据库的表结构比本程序旧：请管理员运行 "helpdesk-gui db upgrade"。</translation>
    </message>
    <message>
      <source>The database's schema is newer than this program: install the newer version of the program.</source>
      <translation>数据库的表结构比本程序新：请安装新版本的程序。</translation>
    </message>
    <message>
      <source>This database holds other tables, not a helpdesk: check the database name.</source>
      <translation>该数据库存放的是其他数据，不是工单系统：请检查数据库名。</translation>
    </message>
    <message>
      <source>The connection failed:</source>
      <translation>连接失败：</translation>
    </message>
    <message>
      <source>Connected: schema version %1, ready to use.</source>
      <translation>连接成功：表结构版本 %1，可以使用。</translation>
    </message>
  </context>
  <context>
    <name>ConnectionBanner</name>
    <message>
      <source>Connection lost, retrying…</source>
      <translation>连接中断，正在重试…</translation>
    </message>
  </context>
  <context>
    <name>ConnectionDialog</name>
    <message>
      <source>Connection</source>
      <translation>数据库连接</translation>
    </message>
    <message>
      <source>A changed connection is used from the next start.</source>
      <translation>修改后的连接在下次启动时生效。</translation>
    </message>
  </context>
  <context>
    <name>ConnectionForm</name>
    <message>
      <source>This PC only (the data stays in a file on this computer)</source>
      <translation>仅本机（数据保存在本电脑的文件中）</translation>
    </message>
    <message>
      <source>Hall server (several counters share one PostgreSQL database)</source>
      <translation>营业厅服务器（多个窗口共用一个 PostgreSQL 数据库）</translation>
    </message>
    <message>
      <source>Hall server</source>
      <translation>营业厅服务器</translation>
    </message>
    <message>
      <source>Host:</source>
      <translation>主机：</translation>
    </message>
    <message>
      <source>e.g. hall-server or 192.168.1.10</source>
      <translation>例如 hall-server 或 192.168.1.10</translation>
    </message>
    <message>
      <source>Port:</source>
      <translation>端口：</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>数据库：</translation>
    </message>
    <message>
      <source>User:</source>
      <translation>用户：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <source>Enter the server's host name first.</source>
      <translation>请先填写服务器的主机名。</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>正在测试连接…</translation>
    </message>
  </context>
  <context>
    <name>ConnectionPage</name>
    <message>
      <source>Where is the data?</source>
      <translation>数据保存在哪里？</translation>
    </message>
    <message>
      <source>One PC keeps its own file; a hall with several counters shares the hall server's database.</source>
      <translation>单台电脑使用自己的数据文件；有多个窗口的营业厅共用营业厅服务器的数据库。</translation>
    </message>
  </context>
  <context>
    <name>CounterSettingsDialog</name>
    <message>
      <source>This counter</source>
      <translation>本窗口设置</translation>
    </message>
    <message>
      <source>80 mm receipt roll</source>
      <translation>80毫米小票纸</translation>
    </message>
    <message>
      <source>Window number (this PC):</source>
      <translation>窗口号（本机）：</translation>
    </message>
    <message>
      <source>Receipt paper:</source>
      <translation>回执纸张：</translation>
    </message>
    <message>
      <source>Hall phone (printed):</source>
      <translation>营业厅服务电话（打印）：</translation>
    </message>
    <message>
      <source>Survey web address:</source>
      <translation>评价网址：</translation>
    </message>
  </context>
  <context>
    <name>CoursesTab</name>
    <message>
      <source>Code</source>
      <translation>课程编号</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>课程名称</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Subtopic</source>
      <translation>专题</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>培训形式</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Pass mark</source>
      <translation>合格分数</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>场次</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>讲师</translation>
    </message>
    <message>
      <source>Place or link</source>
      <translation>地点或链接</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划人数</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>实到人数</translation>
    </message>
    <message>
      <source>New course</source>
      <translation>新建课程</translation>
    </message>
    <message>
      <source>Add course</source>
      <translation>添加课程</translation>
    </message>
    <message>
      <source>New session of the selected course</source>
      <translation>为所选课程新增场次</translation>
    </message>
    <message>
      <source>Classroom, or the link of an online session</source>
      <translation>教室，或线上课程的链接</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>添加场次</translation>
    </message>
    <message>
      <source>Planned attendees</source>
      <translation>计划参训人员</translation>
    </message>
  </context>
  <context>
    <name>CustomerEditDialog</name>
    <message>
      <source>Edit customer</source>
      <translation>修改客户资料</translation>
    </message>
    <message>
      <source>VIP customer (priority service)</source>
      <translation>VIP客户（优先服务）</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>CustomerLookup</name>
    <message>
      <source>Searching…</source>
      <translation>正在查找…</translation>
    </message>
    <message>
      <source>Customers found: {0}. Click one or press Enter to choose.</source>
      <translation>找到 {0} 位客户，单击或按回车选择。</translation>
    </message>
    <message>
      <source>No customer found. Type the details below to register a new one.</source>
      <translation>未找到客户，请在下方录入新客户信息。</translation>
    </message>
    <message>
      <source>Search failed: {0}</source>
      <translation>查找失败：{0}</translation>
    </message>
    <message>
      <source>account {0}</source>
      <translation>户号 {0}</translation>
    </message>
    <message>
      <source>tickets: {0}</source>
      <translation>工单 {0} 张</translation>
    </message>
    <message>
      <source>★ VIP  {0}</source>
      <translation>★ VIP  {0}</translation>
    </message>
  </context>
  <context>
    <name>CustomerTiersPage</name>
    <message>
      <source>Phone, account number or name</source>
      <translation>电话、户号或姓名</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Account no.</source>
      <translation>户号</translation>
    </message>
    <message>
      <source>VIP</source>
      <translation>VIP</translation>
    </message>
    <message>
      <source>VIP by a supervisor's decision</source>
      <translation>主管认定为VIP</translation>
    </message>
    <message>
      <source>Reason (required)</source>
      <translation>原因（必填）</translation>
    </message>
    <message>
      <source>Save VIP decision</source>
      <translation>保存VIP认定</translation>
    </message>
    <message>
      <source>No dedicated handler</source>
      <translation>不指定专属处理人</translation>
    </message>
    <message>
      <source>Save dedicated handler</source>
      <translation>保存专属处理人</translation>
    </message>
    <message>
      <source>Import accounts…</source>
      <translation>导入客户账户…</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Dedicated handler</source>
      <translation>专属处理人</translation>
    </message>
    <message>
      <source>Yearly amount %1 yuan; %2 requests in 12 months.</source>
      <translation>年缴费 %1 元；12个月内业务 %2 次。</translation>
    </message>
    <message>
      <source>VIP by the rule: %1</source>
      <translation>按规则认定VIP：%1</translation>
    </message>
    <message>
      <source>VIP by decision: %1</source>
      <translation>主管认定VIP：%1</translation>
    </message>
    <message>
      <source>Find and choose a customer first.</source>
      <translation>请先查找并选择客户。</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Import accounts</source>
      <translation>导入客户账户</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Accounts added %1, updated %2; VIP customers now %3.</source>
      <translation>新增账户 %1 个，更新 %2 个；现有VIP客户 %3 户。</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <source>Phone (with or without area code), account no. or name</source>
      <translation>电话（可不带区号）、户号或姓名</translation>
    </message>
    <message>
      <source>Edit customer…</source>
      <translation>修改客户资料…</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>投诉事项</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>回访类型</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>邀请时间</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>评分</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意见建议</translation>
    </message>
    <message>
      <source>Tickets</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Surveys</source>
      <translation>回访</translation>
    </message>
    <message>
      <source>Tickets (%1)</source>
      <translation>工单（%1）</translation>
    </message>
    <message>
      <source>Complaints (%1)</source>
      <translation>投诉（%1）</translation>
    </message>
    <message>
      <source>Surveys (%1)</source>
      <translation>回访（%1）</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>Ticket</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期时间</translation>
    </message>
    <message>
      <source>SLA</source>
      <translation>时限状态</translation>
    </message>
    <message>
      <source>All branches</source>
      <translation>全部营业厅</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今日</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已受理</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>First response on time</source>
      <translation>响应及时率</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>Complaint rate</source>
      <translation>投诉率</translation>
    </message>
    <message>
      <source>Resolved on time</source>
      <translation>按时解决率</translation>
    </message>
    <message>
      <source>Average satisfaction</source>
      <translation>平均满意度</translation>
    </message>
    <message>
      <source>Satisfaction rate</source>
      <translation>满意率</translation>
    </message>
    <message>
      <source>Service error rate</source>
      <translation>服务差错率</translation>
    </message>
    <message>
      <source>Tickets at risk or past their deadline</source>
      <translation>即将超时或已超时的工单</translation>
    </message>
    <message>
      <source>Target: %1</source>
      <translation>目标：%1</translation>
    </message>
    <message>
      <source>Breached</source>
      <translation>已超时</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>即将超时</translation>
    </message>
    <message>
      <source>This month by type</source>
      <translation>本月工单（按类型）</translation>
    </message>
    <message>
      <source>This month by channel</source>
      <translation>本月工单（按渠道）</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Set up the helpdesk</source>
      <translation>初始设置</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <source>Intake</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Standard greeting: say it first</source>
      <translation>标准问候语：先问好</translation>
    </message>
    <message>
      <source>Then ask an open question</source>
      <translation>然后开放式提问</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户信息</translation>
    </message>
    <message>
      <source>&amp;Find:</source>
      <translation>查找(&amp;F)：</translation>
    </message>
    <message>
      <source>Type a phone number, account number or name; matching customers are listed below</source>
      <translation>输入电话、户号或姓名，匹配的客户显示在下方</translation>
    </message>
    <message>
      <source>Phone, account number or name</source>
      <translation>电话、户号或姓名</translation>
    </message>
    <message>
      <source>Forget the chosen customer and type a new one</source>
      <translation>清除已选客户，录入新客户</translation>
    </message>
    <message>
      <source>&amp;New customer</source>
      <translation>新客户(&amp;N)</translation>
    </message>
    <message>
      <source>Click or press Enter to choose the customer</source>
      <translation>单击或按回车选择客户</translation>
    </message>
    <message>
      <source>Na&amp;me:</source>
      <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
      <source>Customer's name</source>
      <translation>客户姓名</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
      <source>Mobile or landline with area code</source>
      <translation>手机或带区号的固定电话</translation>
    </message>
    <message>
      <source>Acco&amp;unt no.:</source>
      <translation>户号(&amp;U)：</translation>
    </message>
    <message>
      <source>Utility account number, if known</source>
      <translation>户号（如有）</translation>
    </message>
    <message>
      <source>Add&amp;ress:</source>
      <translation>地址(&amp;R)：</translation>
    </message>
    <message>
      <source>Earlier t&amp;ickets (double-click or Enter to open):</source>
      <translation>历史工单（双击或回车打开）(&amp;I)：</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>受理内容</translation>
    </message>
    <message>
      <source>C&amp;hannel:</source>
      <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>类型(&amp;T)：</translation>
    </message>
    <message>
      <source>Le&amp;vel:</source>
      <translation>级别(&amp;V)：</translation>
    </message>
    <message>
      <source>1 urgent: service down or safety; 2 important: service impaired; 3 normal: consultation or minor problem</source>
      <translation>1 紧急：服务中断或涉及安全；2 重要：服务部分受影响；3 一般：咨询或轻微问题</translation>
    </message>
    <message>
      <source>Su&amp;bject:</source>
      <translation>标题(&amp;B)：</translation>
    </message>
    <message>
      <source>Optional: taken from the description when empty</source>
      <translation>选填：留空时取问题描述的首行</translation>
    </message>
    <message>
      <source>D&amp;escription:</source>
      <translation>问题描述(&amp;E)：</translation>
    </message>
    <message>
      <source>What the customer says, in their own words (required)</source>
      <translation>按客户原话记录（必填）</translation>
    </message>
    <message>
      <source>Customer &amp;asks for:</source>
      <translation>客户诉求(&amp;A)：</translation>
    </message>
    <message>
      <source>Optional: the result the customer expects</source>
      <translation>选填：客户期望的处理结果</translation>
    </message>
    <message>
      <source>A consultation answered on the spot is closed at once and counted as resolved at first contact</source>
      <translation>当场答复的咨询立即办结，计入首问解决</translation>
    </message>
    <message>
      <source>Resolved at first c&amp;ontact</source>
      <translation>首问解决(&amp;O)</translation>
    </message>
    <message>
      <source>Ans&amp;wer given:</source>
      <translation>答复内容(&amp;W)：</translation>
    </message>
    <message>
      <source>The answer you gave the customer (required when resolved at first contact)</source>
      <translation>给客户的答复（首问解决时必填）</translation>
    </message>
    <message>
      <source>Clear the form for the next customer (Ctrl+N)</source>
      <translation>清空表单，接待下一位客户（Ctrl+N）</translation>
    </message>
    <message>
      <source>&amp;Clear</source>
      <translation>清空(&amp;C)</translation>
    </message>
    <message>
      <source>Save the ticket and give it a number (Enter in a one-line field, Ctrl+Enter in a text box)</source>
      <translation>保存并生成工单编号（单行输入框按回车，多行输入框按Ctrl+回车）</translation>
    </message>
    <message>
      <source>&amp;Submit</source>
      <translation>提交(&amp;S)</translation>
    </message>
    <message>
      <source>Ticket number — read it out to the customer:</source>
      <translation>工单编号（请告知客户）：</translation>
    </message>
    <message>
      <source>Copy the ticket number to the clipboard</source>
      <translation>复制工单编号</translation>
    </message>
    <message>
      <source>Cop&amp;y</source>
      <translation>复制(&amp;Y)</translation>
    </message>
    <message>
      <source>Show this ticket on the tickets page</source>
      <translation>在工单页查看此工单</translation>
    </message>
    <message>
      <source>&amp;Go to ticket</source>
      <translation>查看工单(&amp;G)</translation>
    </message>
  </context>
  <context>
    <name>IntakeAssist</name>
    <message>
      <source>Same matter: record it as a repeat complaint</source>
      <translation>同一事项：记为重复投诉</translation>
    </message>
    <message>
      <source>Untick when the customer complains about something else this time.</source>
      <translation>客户这次投诉的是其他事项时，请取消勾选。</translation>
    </message>
    <message>
      <source>The answer was copied to the clipboard.</source>
      <translation>答复内容已复制到剪贴板。</translation>
    </message>
    <message>
      <source>Repeat complaint: %1 earlier complaint(s) by this customer: %2</source>
      <translation>重复投诉：该客户近期已有 %1 次投诉：%2</translation>
    </message>
  </context>
  <context>
    <name>IntakeErrors</name>
    <message>
      <source>Not saved: please correct the fields marked in red ({0}).</source>
      <translation>未保存：请修改标红的内容（{0}处）。</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <source>Received by {0} (employee no. {1})</source>
      <translation>受理人：{0}（工号 {1}）</translation>
    </message>
    <message>
      <source>&amp;Print receipt</source>
      <translation>打印回执(&amp;P)</translation>
    </message>
    <message>
      <source>Print the receipt for the customer (Ctrl+P)</source>
      <translation>为客户打印受理回执（Ctrl+P）</translation>
    </message>
    <message>
      <source>&amp;Edit customer…</source>
      <translation>修改客户资料(&amp;E)…</translation>
    </message>
    <message>
      <source>Correct the phone, address, VIP flag or note of this customer</source>
      <translation>修改该客户的电话、地址、VIP标记或备注</translation>
    </message>
    <message>
      <source>Existing customer; earlier tickets: {0}.</source>
      <translation>老客户，历史工单 {0} 张。</translation>
    </message>
    <message>
      <source>★ VIP customer: priority service. {0}</source>
      <translation>★ VIP客户：优先服务。{0}</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <source>&amp;Submit</source>
      <translation>提交(&amp;S)</translation>
    </message>
    <message>
      <source>The ticket was not saved: {0}</source>
      <translation>工单未保存：{0}</translation>
    </message>
    <message>
      <source>the request being typed on the intake form</source>
      <translation>受理页上正在录入的诉求</translation>
    </message>
    <message>
      <source>Clear form</source>
      <translation>清空表单</translation>
    </message>
    <message>
      <source>Erase what was typed for this customer and start again?</source>
      <translation>清空为该客户填写的内容并重新开始？</translation>
    </message>
  </context>
  <context>
    <name>KeyDialog</name>
    <message>
      <source>Public key of site %1</source>
      <translation>站点 %1 的公钥</translation>
    </message>
    <message>
      <source>Give this key to the other site's administrator; they register it as site %1.</source>
      <translation>请将此公钥交给对方站点的管理员，由其登记为站点 %1。</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
  </context>
  <context>
    <name>KioskPage</name>
    <message>
      <source>Start survey on the tablet</source>
      <translation>在评价器上开始评价</translation>
    </message>
    <message>
      <source>Tickets you received today without a survey:</source>
      <translation>今日您受理、尚未评价的工单：</translation>
    </message>
    <message>
      <source>Staff only</source>
      <translation>仅限工作人员</translation>
    </message>
    <message>
      <source>Staff password:</source>
      <translation>工作人员密码：</translation>
    </message>
    <message>
      <source>Wrong password: the tablet stays in kiosk mode.</source>
      <translation>密码错误，评价器保持评价模式。</translation>
    </message>
  </context>
  <context>
    <name>KioskWindow</name>
    <message>
      <source>Thank you for your feedback!</source>
      <translation>感谢您的评价！</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>工作人员</translation>
    </message>
    <message>
      <source>Please rate the service you just received</source>
      <translation>请对本次服务进行评价</translation>
    </message>
    <message>
      <source>Overall satisfaction (1 = very dissatisfied, 5 = very satisfied)</source>
      <translation>总体满意度（1 = 很不满意，5 = 很满意）</translation>
    </message>
    <message>
      <source>Would you recommend us? (0–10)</source>
      <translation>您是否愿意向亲友推荐我们？（0–10 分）</translation>
    </message>
    <message>
      <source>Your comments (optional)</source>
      <translation>您的意见和建议（选填）</translation>
    </message>
    <message>
      <source>Submit</source>
      <translation>提交</translation>
    </message>
  </context>
  <context>
    <name>KnowledgePage</name>
    <message>
      <source>Articles and scripts</source>
      <translation>知识与话术</translation>
    </message>
    <message>
      <source>Case library</source>
      <translation>典型案例库</translation>
    </message>
  </context>
  <context>
    <name>KnowledgeSuggestions</name>
    <message>
      <source>Knowledge suggestions</source>
      <translation>知识推荐</translation>
    </message>
    <message>
      <source>Insert into reply</source>
      <translation>插入答复</translation>
    </message>
    <message>
      <source>Type the description to see matching answers.</source>
      <translation>输入问题描述后，将显示匹配的答案。</translation>
    </message>
    <message numerus="yes">
      <source>%n matching answer(s)</source>
      <translation>
        <numerusform>找到 %n 条匹配答案</numerusform>
      </translation>
    </message>
    <message>
      <source>No matching answer.</source>
      <translation>没有匹配的答案。</translation>
    </message>
    <message>
      <source>Suggestions unavailable: {0}</source>
      <translation>暂时无法推荐：{0}</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <source>The window is locked</source>
      <translation>窗口已锁定</translation>
    </message>
    <message>
      <source>Signed in: %1 %2. Enter your password to continue; your unsaved work is kept.</source>
      <translation>当前登录：%1 %2。请输入密码继续，未保存的内容会保留。</translation>
    </message>
    <message>
      <source>Enter in the password field unlocks too</source>
      <translation>在密码框中按回车键也可解锁</translation>
    </message>
    <message>
      <source>Enter your password.</source>
      <translation>请输入密码。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About…</source>
      <translation>关于(&amp;A)…</translation>
    </message>
    <message>
      <source>Open the &amp;log file</source>
      <translation>打开日志文件(&amp;L)</translation>
    </message>
    <message>
      <source>Log file: %1</source>
      <translation>日志文件：%1</translation>
    </message>
    <message>
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <source>Helpdesk — customer service hall</source>
      <translation>营业厅客户服务工单系统</translation>
    </message>
    <message>
      <source>Log file</source>
      <translation>日志文件</translation>
    </message>
    <message>
      <source>The log file is %1</source>
      <translation>日志文件位于 %1</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Notifications</source>
      <translation>通知(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Account</source>
      <translation>账户(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Lock screen</source>
      <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Change password…</source>
      <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Reset a password…</source>
      <translation>重置用户密码(&amp;R)…</translation>
    </message>
    <message>
      <source>S&amp;witch user…</source>
      <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
      <source>Sign &amp;out</source>
      <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <source>This &amp;counter…</source>
      <translation>本窗口设置(&amp;C)…</translation>
    </message>
    <message>
      <source>C&amp;onnection…</source>
      <translation>数据库连接(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>Notifications</source>
      <translation>通知</translation>
    </message>
    <message>
      <source>User: %1 %2 (%3)</source>
      <translation>用户：%1 %2（%3）</translation>
    </message>
    <message>
      <source>Branch: %1 %2</source>
      <translation>营业厅：%1 %2</translation>
    </message>
    <message>
      <source>No bundle sent to headquarters for %1 days</source>
      <translation>已 %1 天未向总部发送同步数据包</translation>
    </message>
    <message>
      <source>Export a bundle on the Sync page (%1).</source>
      <translation>请在“数据同步”页面（%1）导出数据包。</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <source>Switch user</source>
      <translation>切换用户</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Not saved yet: %1.

Discard it and continue?</source>
      <translation>尚未保存：%1。

放弃这些内容并继续吗？</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>数据库：%1</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>The new language is used from the next start.</source>
      <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Tickets</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Approval queue</source>
      <translation>审批队列</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>仪表盘</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>Knowledge</source>
      <translation>知识库</translation>
    </message>
    <message>
      <source>Survey kiosk</source>
      <translation>评价器</translation>
    </message>
    <message>
      <source>Business calendar</source>
      <translation>营业日历</translation>
    </message>
    <message>
      <source>Service levels</source>
      <translation>服务时限</translation>
    </message>
    <message>
      <source>Survey answers</source>
      <translation>回访录入</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Service errors</source>
      <translation>服务差错</translation>
    </message>
    <message>
      <source>Review list</source>
      <translation>回顾检查</translation>
    </message>
    <message>
      <source>Call-back list</source>
      <translation>回访清单</translation>
    </message>
    <message>
      <source>Care settings</source>
      <translation>关怀与质量设置</translation>
    </message>
    <message>
      <source>Customer tiers</source>
      <translation>客户分层</translation>
    </message>
    <message>
      <source>My queue</source>
      <translation>我的待办</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>人员管理</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Seats</source>
      <translation>座席</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>数据同步</translation>
    </message>
  </context>
  <context>
    <name>NotificationCentre</name>
    <message>
      <source>Mark all read</source>
      <translation>全部标为已读</translation>
    </message>
    <message numerus="yes">
      <source>%n unread</source>
      <translation>
        <numerusform>%n 条未读</numerusform>
      </translation>
    </message>
    <message>
      <source>Service-level alarm</source>
      <translation>SLA 时限预警</translation>
    </message>
    <message numerus="yes">
      <source>(+%n more)</source>
      <translation>
        <numerusform>（另有 %n 条）</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Print receipt</source>
      <translation>打印回执</translation>
    </message>
    <message>
      <source>Print ticket</source>
      <translation>打印工单</translation>
    </message>
    <message>
      <source>No printer is installed on this PC. A PDF copy was saved to:
%1</source>
      <translation>本机未安装打印机，已保存PDF副本：
%1</translation>
    </message>
  </context>
  <context>
    <name>QualityTab</name>
    <message>
      <source>Quarter {0}</source>
      <translation>第 {0} 季度</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>课程编号</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>Subtopic</source>
      <translation>专题</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Sessions held</source>
      <translation>已举办场次</translation>
    </message>
    <message>
      <source>Add to plan</source>
      <translation>加入计划</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>Course to plan</source>
      <translation>列入计划的课程</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Gaps</source>
      <translation>薄弱项</translation>
    </message>
    <message>
      <source>Courses covering the gaps</source>
      <translation>对应课程</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>到期日期</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Scores</source>
      <translation>成绩</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>是否完成</translation>
    </message>
    <message>
      <source>Quarterly plan</source>
      <translation>季度培训计划</translation>
    </message>
    <message>
      <source>Training needs (quality figures below target this quarter)</source>
      <translation>培训需求（本季度质量指标未达标）</translation>
    </message>
    <message>
      <source>Certificates expiring within {0} days</source>
      <translation>{0} 天内到期的证书</translation>
    </message>
    <message>
      <source>Training history</source>
      <translation>培训记录</translation>
    </message>
    <message>
      <source>no course yet</source>
      <translation>暂无课程</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>Compliant: service etiquette planned and held.</source>
      <translation>达标：服务礼仪培训已列入计划并已举办。</translation>
    </message>
    <message>
      <source>no service-etiquette training planned</source>
      <translation>未计划服务礼仪培训</translation>
    </message>
    <message>
      <source>no service-etiquette training held</source>
      <translation>未举办服务礼仪培训</translation>
    </message>
    <message>
      <source>Not compliant: {0}</source>
      <translation>未达标：{0}</translation>
    </message>
    <message>
      <source>Sessions {0}, places {1}, attended {2}, completed {3} ({4}), {5:g} person-hours</source>
      <translation>场次 {0}，计划名额 {1}，参训 {2}，完成 {3}（{4}），共 {5:g} 人·学时</translation>
    </message>
    <message>
      <source>Reopened tickets</source>
      <translation>重新打开的工单</translation>
    </message>
    <message>
      <source>Responsiveness</source>
      <translation>响应及时性</translation>
    </message>
    <message>
      <source>Problem solving</source>
      <translation>问题解决能力</translation>
    </message>
    <message>
      <source>Attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <source>Professionalism</source>
      <translation>专业性</translation>
    </message>
    <message>
      <source>Clarity of communication</source>
      <translation>沟通清晰度</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>QueuePage</name>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>解决时限</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Double-click to open the ticket</source>
      <translation>双击打开工单</translation>
    </message>
    <message>
      <source>My tickets — VIP customers first</source>
      <translation>我的工单（VIP客户优先）</translation>
    </message>
    <message>
      <source>%1 (your VIP customer, not dispatched)</source>
      <translation>%1（您的专属VIP客户，待派单）</translation>
    </message>
    <message numerus="yes">
      <source>%n open ticket(s) to work on</source>
      <translation>
        <numerusform>%n 张待办工单</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to work on: no open ticket is assigned to you, and none of your VIP customers is waiting.</source>
      <translation>暂无待办：没有派给您的未办结工单，您的专属VIP客户也没有待派的工单。</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>All branches</source>
      <translation>全部营业厅</translation>
    </message>
    <message>
      <source>Import ledger (CSV/Excel)…</source>
      <translation>导入台账（CSV/Excel）…</translation>
    </message>
    <message>
      <source>Month:</source>
      <translation>月份：</translation>
    </message>
    <message>
      <source>Branch:</source>
      <translation>营业厅：</translation>
    </message>
    <message>
      <source>Build quarterly report (PDF)…</source>
      <translation>生成季度报告（PDF）…</translation>
    </message>
    <message>
      <source>Quality reports</source>
      <translation>服务质量报告</translation>
    </message>
    <message>
      <source>Quarter:</source>
      <translation>季度：</translation>
    </message>
    <message>
      <source>Ledger import (台账)</source>
      <translation>台账导入</translation>
    </message>
    <message>
      <source>Save quality report</source>
      <translation>保存质量报告</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Build monthly report (PDF)…</source>
      <translation>生成月度报告（PDF）…</translation>
    </message>
    <message>
      <source>Building the report…</source>
      <translation>正在生成报告…</translation>
    </message>
    <message>
      <source>Save quarterly report</source>
      <translation>保存季度报告</translation>
    </message>
    <message>
      <source>Report saved: %1</source>
      <translation>报告已保存：%1</translation>
    </message>
    <message>
      <source>Import ledger</source>
      <translation>导入台账</translation>
    </message>
    <message>
      <source>Ledgers (*.csv *.xlsx)</source>
      <translation>台账 (*.csv *.xlsx)</translation>
    </message>
    <message>
      <source>Imported %1, already present %2.</source>
      <translation>已导入 %1 条，已存在 %2 条。</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>Reset password</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <source>Give a staff member a temporary password. They must choose their own at the next sign-in.</source>
      <translation>为人员设置临时密码，其下次登录时必须修改。</translation>
    </message>
    <message>
      <source>Employee number:</source>
      <translation>工号：</translation>
    </message>
    <message>
      <source>Temporary password:</source>
      <translation>临时密码：</translation>
    </message>
    <message>
      <source>Temporary password again:</source>
      <translation>再次输入临时密码：</translation>
    </message>
    <message>
      <source>At least 8 characters, with letters and digits.</source>
      <translation>至少8个字符，须同时包含字母和数字。</translation>
    </message>
    <message>
      <source>The two new passwords differ.</source>
      <translation>两次输入的新密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>Draw the month's sample</source>
      <translation>抽取本月回顾工单</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Customer confirmed</source>
      <translation>客户确认方式</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>已回顾</translation>
    </message>
    <message>
      <source>Handled correctly</source>
      <translation>处理正确</translation>
    </message>
    <message>
      <source>Resolution record complete</source>
      <translation>处理记录完整</translation>
    </message>
    <message>
      <source>Customer confirmation on record</source>
      <translation>有客户确认记录</translation>
    </message>
    <message>
      <source>No service error</source>
      <translation>无服务差错</translation>
    </message>
    <message>
      <source>Not a typical case</source>
      <translation>不列为典型案例</translation>
    </message>
    <message>
      <source>Save review</source>
      <translation>保存回顾结果</translation>
    </message>
    <message>
      <source>Month closed</source>
      <translation>办结月份</translation>
    </message>
    <message>
      <source>Resolution record</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>检查意见</translation>
    </message>
    <message>
      <source>Service error</source>
      <translation>服务差错</translation>
    </message>
    <message>
      <source>Case library</source>
      <translation>案例库</translation>
    </message>
    <message>
      <source>Reviewed %1 of %2</source>
      <translation>已回顾 %1 / %2 件</translation>
    </message>
    <message>
      <source>Period ran out</source>
      <translation>确认期满自动办结</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>(no resolution record)</source>
      <translation>（无处理记录）</translation>
    </message>
    <message>
      <source>Choose a ticket in the list first.</source>
      <translation>请先在清单中选择工单。</translation>
    </message>
    <message>
      <source>Review saved.</source>
      <translation>回顾结果已保存。</translation>
    </message>
  </context>
  <context>
    <name>ScoresTab</name>
    <message>
      <source>Employee no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>成绩</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>考核结果</translation>
    </message>
    <message>
      <source>Save attendance and scores</source>
      <translation>保存出勤和成绩</translation>
    </message>
    <message>
      <source>Import sheet…</source>
      <translation>导入表格…</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>场次</translation>
    </message>
    <message>
      <source>Assessment method</source>
      <translation>考核方式</translation>
    </message>
    <message>
      <source>no score</source>
      <translation>无成绩</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Import attendance and scores</source>
      <translation>导入出勤和成绩</translation>
    </message>
    <message>
      <source>Sheets (*.xlsx *.csv)</source>
      <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n row(s).</source>
      <translation>
        <numerusform>已导入 %n 行。</numerusform>
      </translation>
    </message>
    <message>
      <source>Row {0}: {1}</source>
      <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
      <source>Nothing imported:</source>
      <translation>未导入任何数据：</translation>
    </message>
  </context>
  <context>
    <name>SeatsPage</name>
    <message>
      <source>Window</source>
      <translation>窗口</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>计算机</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>登录人员</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>登录时间</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>最近在线</translation>
    </message>
    <message>
      <source>Who is signed in at which seat of the hall</source>
      <translation>营业厅各座席的登录情况</translation>
    </message>
    <message>
      <source>(back office)</source>
      <translation>（后台）</translation>
    </message>
    <message numerus="yes">
      <source>%n seat(s) in use</source>
      <translation>
        <numerusform>%n 个座席在用</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ServiceErrors</name>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Account no.</source>
      <translation>户号</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <source>Customer asks for</source>
      <translation>客户诉求</translation>
    </message>
    <message>
      <source>Answer given</source>
      <translation>答复内容</translation>
    </message>
    <message>
      <source>Resolved at first contact</source>
      <translation>首问解决</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <source>Branch code</source>
      <translation>营业厅代码</translation>
    </message>
    <message>
      <source>Branch name</source>
      <translation>营业厅名称</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <source>Employee number</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>系统管理员</translation>
    </message>
    <message>
      <source>How the customer confirmed</source>
      <translation>客户确认方式</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Made by</source>
      <translation>责任人工号</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>回访结果</translation>
    </message>
    <message>
      <source>Corrective action</source>
      <translation>纠正措施</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>回顾检查</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>窗口</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>VIP</source>
      <translation>VIP</translation>
    </message>
    <message>
      <source>Survey code</source>
      <translation>评价码</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <source>Too long: {0} characters, at most {1}</source>
      <translation>过长：共{0}个字符，最多{1}个</translation>
    </message>
    <message>
      <source>Contains control characters</source>
      <translation>含有控制字符</translation>
    </message>
    <message>
      <source>Only letters, spaces, '·' and '-' are allowed</source>
      <translation>只能包含文字、空格、“·”和“-”</translation>
    </message>
    <message>
      <source>Not a phone number (digits only)</source>
      <translation>不是电话号码（只能填数字）</translation>
    </message>
    <message>
      <source>Not a valid number: a mobile has 11 digits starting 13–19, a landline starts with its area code 0</source>
      <translation>号码无效：手机号为13–19开头的11位数字，固定电话以区号0开头</translation>
    </message>
    <message>
      <source>Not an account number (4–32 letters or digits)</source>
      <translation>户号格式不对（4–32位字母或数字）</translation>
    </message>
    <message>
      <source>Give the customer's phone or account number</source>
      <translation>请填写客户的联系电话或户号</translation>
    </message>
    <message>
      <source>Only a consultation can be resolved at intake</source>
      <translation>只有咨询类可以首问解决</translation>
    </message>
    <message>
      <source>The chosen customer no longer exists; press New customer</source>
      <translation>所选客户已不存在，请点“新客户”</translation>
    </message>
    <message>
      <source>Account {0} belongs to {1}, but phone {2} belongs to {3}; check which one is right</source>
      <translation>户号{0}属于{1}，但电话{2}属于{3}，请核实哪个正确</translation>
    </message>
    <message>
      <source>the current password is wrong</source>
      <translation>当前密码不正确</translation>
    </message>
    <message>
      <source>choose a password different from the old one</source>
      <translation>新密码不能与旧密码相同</translation>
    </message>
    <message>
      <source>letters and digits only, at most 16</source>
      <translation>只能使用字母和数字，最多16位</translation>
    </message>
    <message>
      <source>unknown time zone {0}</source>
      <translation>未知时区 {0}</translation>
    </message>
    <message>
      <source>{0} is already in use</source>
      <translation>{0} 已被使用</translation>
    </message>
    <message>
      <source>this database already has an administrator; sign in instead</source>
      <translation>该数据库已有系统管理员，请直接登录</translation>
    </message>
    <message>
      <source>no ticket numbered {0}</source>
      <translation>没有编号为 {0} 的工单</translation>
    </message>
    <message>
      <source>Say how the customer confirmed (phone, SMS, in person, kiosk, email)</source>
      <translation>请选择客户确认方式（电话、短信、当面、评价器、邮件）</translation>
    </message>
    <message>
      <source>This call-back is already done</source>
      <translation>该客户已回访完成</translation>
    </message>
    <message>
      <source>This ticket has already been reviewed</source>
      <translation>该工单已回顾</translation>
    </message>
    <message>
      <source>{0} is {1}; files up to {2} can be attached</source>
      <translation>{0} 大小为 {1}，附件不能超过 {2}</translation>
    </message>
    <message>
      <source>{0} is not a photo, screenshot or PDF ({1})</source>
      <translation>{0} 不是照片、截图或PDF（支持 {1}）</translation>
    </message>
    <message>
      <source>{0} is empty</source>
      <translation>{0} 是空文件</translation>
    </message>
    <message>
      <source>ticket {0} is still being handled; its survey opens when it is closed</source>
      <translation>工单 {0} 仍在处理中，办结后才能评价</translation>
    </message>
    <message>
      <source>the last active administrator cannot be deactivated or lose the role</source>
      <translation>不能停用最后一位在岗的系统管理员，也不能取消其管理员角色</translation>
    </message>
    <message>
      <source>you cannot deactivate yourself</source>
      <translation>不能停用自己的账号</translation>
    </message>
    <message>
      <source>at least 8 characters</source>
      <translation>至少8个字符</translation>
    </message>
    <message>
      <source>at most 128 characters</source>
      <translation>最多128个字符</translation>
    </message>
    <message>
      <source>both letters and digits</source>
      <translation>同时包含字母和数字</translation>
    </message>
    <message>
      <source>not the employee number</source>
      <translation>不能与工号相同</translation>
    </message>
    <message>
      <source>No staff member has the employee number %1.</source>
      <translation>没有工号为 %1 的人员。</translation>
    </message>
    <message>
      <source>Ticket %1 is %2: “%3” is not possible now (possible now: %4).</source>
      <translation>工单 %1 当前为「%2」，现在不能「%3」（当前可执行：%4）。</translation>
    </message>
    <message>
      <source>Too many failed sign-ins: the account is locked until %1. Try again then, or ask an administrator to reset the password.</source>
      <translation>登录失败次数过多，账号已锁定至 %1。请届时再试，或请系统管理员重置密码。</translation>
    </message>
    <message>
      <source>Wrong employee number or password.</source>
      <translation>工号或密码错误。</translation>
    </message>
    <message>
      <source>You may not do this.</source>
      <translation>您无权执行此操作。</translation>
    </message>
    <message>
      <source>Your role (%1) may not do this: %2. Allowed: %3.</source>
      <translation>您的角色（%1）无权执行：%2。可执行角色：%3。</translation>
    </message>
    <message>
      <source>needs %1</source>
      <translation>须%1</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
  </context>
  <context>
    <name>ServiceErrorsPage</name>
    <message>
      <source>Service time</source>
      <translation>服务时间</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>差错类型</translation>
    </message>
    <message>
      <source>Found by</source>
      <translation>发现途径</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Made by</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Corrective action</source>
      <translation>纠正措施</translation>
    </message>
    <message>
      <source>Ticket number (工单编号)</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Employee number of who made it</source>
      <translation>责任人工号</translation>
    </message>
    <message>
      <source>Record service error</source>
      <translation>登记服务差错</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>差错经过</translation>
    </message>
    <message>
      <source>Service error rate: %1</source>
      <translation>服务差错率：%1</translation>
    </message>
    <message>
      <source>Service error recorded.</source>
      <translation>服务差错已登记。</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <source>Sign in — Helpdesk</source>
      <translation>登录 — 工单系统</translation>
    </message>
    <message>
      <source>Customer service hall helpdesk</source>
      <translation>营业厅客户服务工单系统</translation>
    </message>
    <message>
      <source>Employee number:</source>
      <translation>工号：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Enter your employee number and password.</source>
      <translation>请输入工号和密码。</translation>
    </message>
    <message>
      <source>You must choose a new password before you can continue.</source>
      <translation>必须先设置新密码才能继续。</translation>
    </message>
  </context>
  <context>
    <name>SiteDialog</name>
    <message>
      <source>Register a site</source>
      <translation>登记站点</translation>
    </message>
    <message>
      <source>the site's branch code, e.g. BJ02</source>
      <translation>对方的营业厅代码，如 BJ02</translation>
    </message>
    <message>
      <source>paste the public key the other site showed</source>
      <translation>粘贴对方站点提供的公钥</translation>
    </message>
    <message>
      <source>Site code</source>
      <translation>站点代码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Public key</source>
      <translation>公钥</translation>
    </message>
  </context>
  <context>
    <name>SlaExplainDialog</name>
    <message>
      <source>Service-level timeline</source>
      <translation>SLA 时限计时明细</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Target / stretch</source>
      <translation>时限目标 / 时段</translation>
    </message>
    <message>
      <source>From</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>To</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Counted total</source>
      <translation>累计计时</translation>
    </message>
    <message>
      <source>Ticket %1 · level %2 · policy version %3 · extensions %4</source>
      <translation>工单 %1 · %2 级 · 时限策略版本 %3 · 延期 %4 次</translation>
    </message>
    <message>
      <source>Extended by a handler; the stretches show the original target.</source>
      <translation>处理人员已申请延期；各时段按原时限显示。</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>计时</translation>
    </message>
    <message>
      <source>Closed (night / weekend)</source>
      <translation>非工作时间（夜间/周末）</translation>
    </message>
    <message>
      <source>Public holiday</source>
      <translation>法定节假日</translation>
    </message>
    <message>
      <source>Paused (waiting for customer)</source>
      <translation>暂停计时（待客户反馈）</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>截止时间</translation>
    </message>
  </context>
  <context>
    <name>SlaPolicyPage</name>
    <message>
      <source>Target</source>
      <translation>时限项目</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>时长</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Clock</source>
      <translation>计时方式</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Why the change (kept with the version)</source>
      <translation>修改原因（随版本保存）</translation>
    </message>
    <message>
      <source>Save as new version</source>
      <translation>保存为新版本</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Saved at</source>
      <translation>保存时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>修改人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Acknowledge at intake, by day</source>
      <translation>受理确认时限（白天）</translation>
    </message>
    <message>
      <source>Acknowledge at intake, at night and on holidays</source>
      <translation>受理确认时限（夜间及节假日）</translation>
    </message>
    <message>
      <source>At risk when this share of the target is used</source>
      <translation>时限用去该比例时预警</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>历史版本</translation>
    </message>
    <message>
      <source>Service-level targets by urgency level</source>
      <translation>各级别服务时限</translation>
    </message>
    <message>
      <source>Policy version %1 is in force.</source>
      <translation>当前执行第 %1 版时限标准。</translation>
    </message>
    <message>
      <source>Defaults of the service standard (installation)</source>
      <translation>服务标准默认值（安装时）</translation>
    </message>
    <message>
      <source>(system)</source>
      <translation>（系统）</translation>
    </message>
    <message>
      <source>Saved as version %1; new tickets use it.</source>
      <translation>已保存为第 %1 版，新工单将按此执行。</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Employee no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>营业厅</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>窗口</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>账号状态</translation>
    </message>
    <message>
      <source>Usual window</source>
      <translation>常用窗口</translation>
    </message>
    <message>
      <source>First password</source>
      <translation>初始密码</translation>
    </message>
    <message>
      <source>New staff member</source>
      <translation>新增人员</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Unlock account</source>
      <translation>解除锁定</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <source>New branch…</source>
      <translation>新增营业厅…</translation>
    </message>
    <message>
      <source>Deactivated</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>Locked until %1</source>
      <translation>锁定至 %1</translation>
    </message>
    <message>
      <source>Must change password</source>
      <translation>须修改密码</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>在岗</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <source>New staff member: fill in the form, then Save</source>
      <translation>新增人员：填写表单后点“保存”</translation>
    </message>
    <message>
      <source>Deactivate %1 %2? They can no longer sign in; their records stay.</source>
      <translation>确认停用 %1 %2？停用后不能再登录，其记录保留。</translation>
    </message>
    <message>
      <source>New branch</source>
      <translation>新增营业厅</translation>
    </message>
    <message>
      <source>Branch code (letters and digits):</source>
      <translation>营业厅代码（字母和数字）：</translation>
    </message>
    <message>
      <source>Branch name:</source>
      <translation>营业厅名称：</translation>
    </message>
  </context>
  <context>
    <name>SuggestionDetail</name>
    <message>
      <source>Acknowledge and screen</source>
      <translation>确认与筛选</translation>
    </message>
    <message>
      <source>Thank the customer</source>
      <translation>致谢客户</translation>
    </message>
    <message>
      <source>Importance</source>
      <translation>重要性</translation>
    </message>
    <message>
      <source>Feasibility</source>
      <translation>可行性</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>筛选</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>处理决定</translation>
    </message>
    <message>
      <source>Reason (required)</source>
      <translation>原因（必填）</translation>
    </message>
    <message>
      <source>Adopt</source>
      <translation>采纳</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>不予采纳</translation>
    </message>
    <message>
      <source>Improvement action</source>
      <translation>改进措施</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>措施</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>完成期限</translation>
    </message>
    <message>
      <source>Add action</source>
      <translation>添加措施</translation>
    </message>
    <message>
      <source>Tell the customer the result</source>
      <translation>向客户反馈结果</translation>
    </message>
    <message>
      <source>Feedback method</source>
      <translation>反馈方式</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>Record result told</source>
      <translation>记录已反馈</translation>
    </message>
    <message>
      <source>Status: %1 · priority: %2 · reason: %3</source>
      <translation>状态：%1 · 优先级：%2 · 原因：%3</translation>
    </message>
    <message>
      <source>%1 action(s)</source>
      <translation>%1 项措施</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPage</name>
    <message>
      <source>Queue</source>
      <translation>建议列表</translation>
    </message>
    <message>
      <source>New suggestion</source>
      <translation>登记建议</translation>
    </message>
    <message>
      <source>Improvement actions</source>
      <translation>改进措施</translation>
    </message>
    <message>
      <source>Analysis</source>
      <translation>统计分析</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Save suggestion</source>
      <translation>保存建议</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议内容</translation>
    </message>
    <message>
      <source>Customer name</source>
      <translation>客户姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>措施</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Effect</source>
      <translation>实施效果</translation>
    </message>
    <message>
      <source>Effect or reason</source>
      <translation>实施效果或原因</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始实施</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Cancel action</source>
      <translation>取消措施</translation>
    </message>
    <message>
      <source> (overdue)</source>
      <translation>（已逾期）</translation>
    </message>
    <message>
      <source>Choose an action in the list first.</source>
      <translation>请先在列表中选择一项措施。</translation>
    </message>
  </context>
  <context>
    <name>SurveyAnswersPage</name>
    <message>
      <source>Code</source>
      <translation>回访码</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>回访类型</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>邀请时间</translation>
    </message>
    <message>
      <source>Code from the SMS or the online form</source>
      <translation>短信或在线问卷上的回访码</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>not asked</source>
      <translation>未询问</translation>
    </message>
    <message>
      <source>Save answer</source>
      <translation>保存评价</translation>
    </message>
    <message>
      <source>Print call-back list…</source>
      <translation>打印回访名单…</translation>
    </message>
    <message>
      <source>Survey code</source>
      <translation>回访码</translation>
    </message>
    <message>
      <source>Overall satisfaction (1–5)</source>
      <translation>总体满意度（1–5）</translation>
    </message>
    <message>
      <source>Would recommend us</source>
      <translation>推荐意愿</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意见建议</translation>
    </message>
    <message>
      <source>Waiting for an answer (call-back list)</source>
      <translation>待回访（电话回访清单）</translation>
    </message>
    <message>
      <source>Print call-back list</source>
      <translation>打印回访名单</translation>
    </message>
    <message>
      <source>Choose the overall satisfaction (1–5) the customer gave.</source>
      <translation>请选择客户给出的总体满意度（1–5）。</translation>
    </message>
    <message>
      <source>Answer saved for %1.</source>
      <translation>已保存 %1 的评价。</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <source>This site</source>
      <translation>本站点</translation>
    </message>
    <message>
      <source>Set up this site…</source>
      <translation>设置本站点…</translation>
    </message>
    <message>
      <source>This site's key…</source>
      <translation>本站公钥…</translation>
    </message>
    <message>
      <source>Register a site…</source>
      <translation>登记站点…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Sites: bundles sent and received</source>
      <translation>站点：数据包发送与接收情况</translation>
    </message>
    <message>
      <source>Send to</source>
      <translation>发送给</translation>
    </message>
    <message>
      <source>Export bundle to a folder or drive…</source>
      <translation>导出数据包到文件夹或移动存储…</translation>
    </message>
    <message>
      <source>Import bundle…</source>
      <translation>导入数据包…</translation>
    </message>
    <message>
      <source>Conflicts and how each was decided</source>
      <translation>冲突及处理结果</translation>
    </message>
    <message>
      <source>Remind this branch after</source>
      <translation>本营业厅超过</translation>
    </message>
    <message>
      <source>days without a bundle sent</source>
      <translation>天未发送数据包时提醒</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Headquarters</source>
      <translation>总部</translation>
    </message>
    <message>
      <source>Branch office</source>
      <translation>分支机构</translation>
    </message>
    <message>
      <source>Changed by a site that does not own it</source>
      <translation>由非归属站点修改</translation>
    </message>
    <message>
      <source>The owner's version replaced ours</source>
      <translation>归属站点的版本替换了本地版本</translation>
    </message>
    <message>
      <source>Changed on both sides</source>
      <translation>双方同时修改</translation>
    </message>
    <message>
      <source>Refers to a record not yet here</source>
      <translation>引用的记录尚未到达</translation>
    </message>
    <message>
      <source>Same number or key on both sides</source>
      <translation>双方编号或关键字重复</translation>
    </message>
    <message>
      <source>Ours kept</source>
      <translation>保留本地版本</translation>
    </message>
    <message>
      <source>Theirs taken</source>
      <translation>采用对方版本</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>站点</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Last sent</source>
      <translation>最近发送序号</translation>
    </message>
    <message>
      <source>Sent at</source>
      <translation>发送时间</translation>
    </message>
    <message>
      <source>Last received</source>
      <translation>最近接收序号</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>接收时间</translation>
    </message>
    <message>
      <source>Confirmed by them</source>
      <translation>对方已确认序号</translation>
    </message>
    <message>
      <source>Pending changes</source>
      <translation>待发送变更</translation>
    </message>
    <message>
      <source>Detected</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>数据表</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>From site</source>
      <translation>来源站点</translation>
    </message>
    <message>
      <source>Bundle</source>
      <translation>数据包</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>冲突类型</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Sync is not set up on this database: set up this site, give its key to the other side and register theirs.</source>
      <translation>本数据库尚未设置同步：请先设置本站点，将本站公钥交给对方，并登记对方的公钥。</translation>
    </message>
    <message>
      <source>This site: %1 (%2)</source>
      <translation>本站点：%1（%2）</translation>
    </message>
    <message>
      <source>No bundle made yet.</source>
      <translation>尚未生成过数据包。</translation>
    </message>
    <message>
      <source>Last bundle made %1 days ago.</source>
      <translation>最近一次生成数据包在 %1 天前。</translation>
    </message>
    <message>
      <source>Set up this site</source>
      <translation>设置本站点</translation>
    </message>
    <message>
      <source>Site %1 takes part in sync as:</source>
      <translation>站点 %1 参与同步的身份：</translation>
    </message>
    <message>
      <source>This site is set up for sync.</source>
      <translation>本站点已完成同步设置。</translation>
    </message>
    <message>
      <source>Site %1 registered.</source>
      <translation>站点 %1 已登记。</translation>
    </message>
    <message>
      <source>Folder or removable drive for the bundle</source>
      <translation>选择存放数据包的文件夹或移动存储</translation>
    </message>
    <message>
      <source>Making the bundle for %1…</source>
      <translation>正在生成发给 %1 的数据包…</translation>
    </message>
    <message>
      <source>Bundle %1 for %2 written: %3 (%4 records, %5 KB).</source>
      <translation>发给 %2 的第 %1 号数据包已写入：%3（%4 条记录，%5 KB）。</translation>
    </message>
    <message>
      <source>Import bundle</source>
      <translation>导入数据包</translation>
    </message>
    <message>
      <source>Sync bundles (*%1)</source>
      <translation>同步数据包 (*%1)</translation>
    </message>
    <message>
      <source>Applying the bundle…</source>
      <translation>正在导入数据包…</translation>
    </message>
    <message>
      <source>Bundle %1 from %2 was applied before: nothing changed.</source>
      <translation>来自 %2 的第 %1 号数据包此前已导入，未作任何更改。</translation>
    </message>
    <message>
      <source>Bundle %1 from %2 is kept until the bundles before it arrive.</source>
      <translation>来自 %2 的第 %1 号数据包已暂存，待之前的数据包到达后导入。</translation>
    </message>
    <message>
      <source>Bundle %1 from %2 applied: %3 records, %4 conflicts.</source>
      <translation>来自 %2 的第 %1 号数据包已导入：%3 条记录，%4 个冲突。</translation>
    </message>
    <message>
      <source>Reminder saved.</source>
      <translation>提醒设置已保存。</translation>
    </message>
  </context>
  <context>
    <name>TextFormDialog</name>
    <message>
      <source>Required: %1</source>
      <translation>必填：%1</translation>
    </message>
  </context>
  <context>
    <name>TicketActions</name>
    <message>
      <source>Approve dispatch…</source>
      <translation>审批通过…</translation>
    </message>
    <message>
      <source>Reject dispatch…</source>
      <translation>审批驳回…</translation>
    </message>
    <message>
      <source>Assign…</source>
      <translation>派单…</translation>
    </message>
    <message>
      <source>Start handling</source>
      <translation>开始处理</translation>
    </message>
    <message>
      <source>Wait for customer…</source>
      <translation>待客户反馈…</translation>
    </message>
    <message>
      <source>Resume…</source>
      <translation>恢复处理…</translation>
    </message>
    <message>
      <source>Record contact…</source>
      <translation>记录联系…</translation>
    </message>
    <message>
      <source>Add note…</source>
      <translation>添加进展…</translation>
    </message>
    <message>
      <source>Resolve…</source>
      <translation>解决…</translation>
    </message>
    <message>
      <source>Close…</source>
      <translation>办结…</translation>
    </message>
    <message>
      <source>Reopen…</source>
      <translation>重新打开…</translation>
    </message>
    <message>
      <source>Cancel ticket…</source>
      <translation>撤销工单…</translation>
    </message>
    <message>
      <source>Merge into…</source>
      <translation>合并至…</translation>
    </message>
    <message>
      <source>Extend resolution time…</source>
      <translation>申请延期…</translation>
    </message>
    <message>
      <source>How the customer confirmed</source>
      <translation>客户确认方式</translation>
    </message>
    <message>
      <source>New resolution time (YYYY-MM-DD HH:MM)</source>
      <translation>新的解决时限（年-月-日 时:分）</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Parts replaced</source>
      <translation>更换部件</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>进展记录</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Reason, as told to the customer</source>
      <translation>延期原因（已告知客户）</translation>
    </message>
    <message>
      <source>Technical solution</source>
      <translation>技术方案</translation>
    </message>
    <message>
      <source>Ticket number of the original</source>
      <translation>原工单编号</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>What was said</source>
      <translation>沟通内容</translation>
    </message>
  </context>
  <context>
    <name>TicketDetailPane</name>
    <message>
      <source>Select a ticket</source>
      <translation>请选择工单</translation>
    </message>
    <message>
      <source>Show full phone number…</source>
      <translation>显示完整电话…</translation>
    </message>
    <message>
      <source>Show full address…</source>
      <translation>显示完整地址…</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户信息</translation>
    </message>
    <message>
      <source>Edit customer…</source>
      <translation>修改客户资料…</translation>
    </message>
    <message>
      <source>History</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Account no.</source>
      <translation>户号</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Assignee</source>
      <translation>处理人员</translation>
    </message>
    <message>
      <source>(not assigned)</source>
      <translation>（未派单）</translation>
    </message>
    <message>
      <source>Respond by</source>
      <translation>响应期限</translation>
    </message>
    <message>
      <source>Resolve by</source>
      <translation>解决期限</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <source>Customer asks for</source>
      <translation>客户诉求</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>Technical solution</source>
      <translation>技术方案</translation>
    </message>
    <message>
      <source>Parts replaced</source>
      <translation>更换部件</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>解决时间</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>办结时间</translation>
    </message>
    <message>
      <source>Merged into</source>
      <translation>合并至</translation>
    </message>
    <message>
      <source>Contacts / reopened</source>
      <translation>联系次数 / 重开次数</translation>
    </message>
    <message>
      <source>Deadlines explained…</source>
      <translation>时限说明…</translation>
    </message>
    <message>
      <source>Print ticket…</source>
      <translation>打印工单…</translation>
    </message>
    <message>
      <source>Reprint receipt…</source>
      <translation>补打回执…</translation>
    </message>
    <message>
      <source>Show full phone number</source>
      <translation>显示完整电话</translation>
    </message>
    <message>
      <source>Show full address</source>
      <translation>显示完整地址</translation>
    </message>
    <message>
      <source>Address: %1</source>
      <translation>地址：%1</translation>
    </message>
    <message>
      <source>Why do you need it? (recorded)</source>
      <translation>查看原因（将记入审计日志）</translation>
    </message>
    <message>
      <source>Phone: %1</source>
      <translation>联系电话：%1</translation>
    </message>
    <message>
      <source>Required: %1</source>
      <translation>必填：%1</translation>
    </message>
    <message>
      <source>No active handler to assign to.</source>
      <translation>没有可派单的在岗处理人员。</translation>
    </message>
    <message>
      <source>Handler</source>
      <translation>处理人员</translation>
    </message>
  </context>
  <context>
    <name>TicketFilterBar</name>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Open (not yet resolved)</source>
      <translation>未解决</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>All levels</source>
      <translation>全部级别</translation>
    </message>
    <message>
      <source>All channels</source>
      <translation>全部渠道</translation>
    </message>
    <message>
      <source>Any assignee</source>
      <translation>全部处理人员</translation>
    </message>
    <message>
      <source>Any window</source>
      <translation>全部窗口</translation>
    </message>
    <message>
      <source>The counter window (窗口) where tickets were received</source>
      <translation>受理工单的窗口</translation>
    </message>
    <message>
      <source>All branches</source>
      <translation>全部营业厅</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>我的</translation>
    </message>
    <message>
      <source>Tickets assigned to me or received by me</source>
      <translation>派给我或由我受理的工单</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>any date</source>
      <translation>不限日期</translation>
    </message>
    <message>
      <source>Ticket no., phone, account, name or words</source>
      <translation>工单编号、电话、户号、姓名或关键词</translation>
    </message>
    <message>
      <source>Window %1</source>
      <translation>%1 号窗口</translation>
    </message>
  </context>
  <context>
    <name>TicketTableModel</name>
    <message>
      <source>Ticket No.</source>
      <translation>工单编号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Assignee</source>
      <translation>处理人员</translation>
    </message>
    <message>
      <source>Resolve by</source>
      <translation>解决期限</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>剩余时间</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>更新时间</translation>
    </message>
  </context>
  <context>
    <name>TicketsPage</name>
    <message>
      <source>More than %1 tickets, counting…</source>
      <translation>超过 %1 条，正在统计…</translation>
    </message>
    <message>
      <source>%1 tickets</source>
      <translation>共 %1 条</translation>
    </message>
  </context>
  <context>
    <name>TrainingPage</name>
    <message>
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
    <message>
      <source>Courses and sessions</source>
      <translation>课程与场次</translation>
    </message>
    <message>
      <source>Attendance and scores</source>
      <translation>出勤与成绩</translation>
    </message>
    <message>
      <source>Plans, needs and certificates</source>
      <translation>计划、需求与证书</translation>
    </message>
  </context>
  <context>
    <name>AuditNames</name>
    <message>
      <source>Access token</source>
      <translation>访问令牌</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>营业厅</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>营业日历</translation>
    </message>
    <message>
      <source>Call-back</source>
      <translation>回访</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>案例</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Data sync</source>
      <translation>数据同步</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Improvement action</source>
      <translation>改进措施</translation>
    </message>
    <message>
      <source>Knowledge</source>
      <translation>知识库</translation>
    </message>
    <message>
      <source>Knowledge article</source>
      <translation>知识条目</translation>
    </message>
    <message>
      <source>PDF written</source>
      <translation>生成PDF</translation>
    </message>
    <message>
      <source>Permission</source>
      <translation>权限</translation>
    </message>
    <message>
      <source>Personal data</source>
      <translation>个人信息</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>回顾检查</translation>
    </message>
    <message>
      <source>Seat</source>
      <translation>席位</translation>
    </message>
    <message>
      <source>Service error</source>
      <translation>服务差错</translation>
    </message>
    <message>
      <source>Service times</source>
      <translation>服务时限</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Sign-in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>回访调查</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>VIP changed</source>
      <translation>VIP变更</translation>
    </message>
    <message>
      <source>account locked</source>
      <translation>账号锁定</translation>
    </message>
    <message>
      <source>accounts imported</source>
      <translation>导入户号</translation>
    </message>
    <message>
      <source>activated or deactivated</source>
      <translation>启用/停用</translation>
    </message>
    <message>
      <source>added</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>anonymized</source>
      <translation>匿名化</translation>
    </message>
    <message>
      <source>answered</source>
      <translation>已回答</translation>
    </message>
    <message>
      <source>attached</source>
      <translation>关联</translation>
    </message>
    <message>
      <source>attendance recorded</source>
      <translation>登记出勤</translation>
    </message>
    <message>
      <source>branch settings changed</source>
      <translation>修改营业厅设置</translation>
    </message>
    <message>
      <source>business hours changed</source>
      <translation>修改营业时间</translation>
    </message>
    <message>
      <source>call-back list</source>
      <translation>回访清单</translation>
    </message>
    <message>
      <source>call-back list printed</source>
      <translation>打印回访清单</translation>
    </message>
    <message>
      <source>certificate added</source>
      <translation>添加证书</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>complaint list</source>
      <translation>投诉清单</translation>
    </message>
    <message>
      <source>course changed</source>
      <translation>修改课程</translation>
    </message>
    <message>
      <source>course created</source>
      <translation>创建课程</translation>
    </message>
    <message>
      <source>created</source>
      <translation>创建</translation>
    </message>
    <message>
      <source>day set</source>
      <translation>设定日期</translation>
    </message>
    <message>
      <source>dedicated handler set</source>
      <translation>指定专属处理人</translation>
    </message>
    <message>
      <source>department assigned</source>
      <translation>指定责任部门</translation>
    </message>
    <message>
      <source>edited</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>exported</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>first set-up</source>
      <translation>首次设置</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>improvement actions</source>
      <translation>改进措施清单</translation>
    </message>
    <message>
      <source>looked up</source>
      <translation>查询</translation>
    </message>
    <message>
      <source>made a case</source>
      <translation>转为案例</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>月报</translation>
    </message>
    <message>
      <source>note added</source>
      <translation>添加备注</translation>
    </message>
    <message>
      <source>opened</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>password changed</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <source>password reset</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <source>plan item added</source>
      <translation>加入培训计划</translation>
    </message>
    <message>
      <source>policy saved</source>
      <translation>保存时限标准</translation>
    </message>
    <message>
      <source>quarterly</source>
      <translation>季报</translation>
    </message>
    <message>
      <source>receipt printed</source>
      <translation>打印回执</translation>
    </message>
    <message>
      <source>record printed</source>
      <translation>打印记录</translation>
    </message>
    <message>
      <source>recorded</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>拒绝</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>retired</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>rolled back</source>
      <translation>回滚</translation>
    </message>
    <message>
      <source>scores recorded</source>
      <translation>登记成绩</translation>
    </message>
    <message>
      <source>session scheduled</source>
      <translation>安排培训场次</translation>
    </message>
    <message>
      <source>set up</source>
      <translation>初始化</translation>
    </message>
    <message>
      <source>shown in full</source>
      <translation>查看完整信息</translation>
    </message>
    <message>
      <source>sign-in failed</source>
      <translation>登录失败</translation>
    </message>
    <message>
      <source>sign-in refused</source>
      <translation>拒绝登录</translation>
    </message>
    <message>
      <source>signed in</source>
      <translation>登录成功</translation>
    </message>
    <message>
      <source>signed out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <source>site added</source>
      <translation>添加站点</translation>
    </message>
    <message>
      <source>status</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <source>suggestion list</source>
      <translation>建议清单</translation>
    </message>
    <message>
      <source>ticket list</source>
      <translation>工单清单</translation>
    </message>
    <message>
      <source>training records</source>
      <translation>培训记录</translation>
    </message>
    <message>
      <source>unlocked</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>viewed</source>
      <translation>查看</translation>
    </message>
  </context>
  <context>
    <name>BadDatabaseDialog</name>
    <message>
      <source>Choose another database file</source>
      <translation>选择其他数据库文件</translation>
    </message>
    <message>
      <source>Choose another file…</source>
      <translation>选择其他文件…</translation>
    </message>
    <message>
      <source>Database cannot be opened</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <source>Helpdesk backups (helpdesk-*.db)</source>
      <translation>工单系统备份 (helpdesk-*.db)</translation>
    </message>
    <message>
      <source>Helpdesk database (*.db)</source>
      <translation>工单系统数据库 (*.db)</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>从备份恢复…</translation>
    </message>
    <message>
      <source>Restoring the backup…</source>
      <translation>正在恢复备份…</translation>
    </message>
    <message>
      <source>The database file cannot be used.</source>
      <translation>无法使用该数据库文件。</translation>
    </message>
    <message>
      <source>The database file is damaged.</source>
      <translation>数据库文件已损坏。</translation>
    </message>
    <message>
      <source>The database file is truncated: it was cut off while copying or by a full disk.</source>
      <translation>数据库文件不完整：复制中断或磁盘已满导致文件被截断。</translation>
    </message>
    <message>
      <source>The database was written by a newer version of the helpdesk. Install that version.</source>
      <translation>该数据库由更新版本的工单系统写入，请安装该版本。</translation>
    </message>
    <message>
      <source>The file is another program's database. The helpdesk does not change it.</source>
      <translation>该文件是其他程序的数据库，本系统不会修改它。</translation>
    </message>
    <message>
      <source>The file is not a helpdesk database: it is damaged, or another kind of file.</source>
      <translation>该文件不是工单系统数据库：文件已损坏，或是其他类型的文件。</translation>
    </message>
    <message>
      <source>This Windows/Linux account may not write the database file.</source>
      <translation>当前系统账户没有写入该数据库文件的权限。</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>%1 rows written to %2</source>
      <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Save this list, as filtered, to Excel or CSV (personal data masked)</source>
      <translation>按当前筛选导出为Excel或CSV（个人信息已脱敏）</translation>
    </message>
  </context>
  <context>
    <name>SlaStyle</name>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1天%2小时</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1小时%2分</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1分钟</translation>
    </message>
    <message>
      <source>overdue %1</source>
      <translation>已超时 %1</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.CHANNELS</name>
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
  </context>
  <context>
    <name>Vocabulary.TICKET_TYPES</name>
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
  </context>
  <context>
    <name>Vocabulary.LEVELS</name>
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
  </context>
  <context>
    <name>Vocabulary.STATUSES</name>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Awaiting approval</source>
      <translation>待审批</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>已派单</translation>
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
      <translation>已办结</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>已合并</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.ROLES</name>
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
  </context>
  <context>
    <name>Vocabulary.EVENT_KINDS</name>
    <message>
      <source>Created</source>
      <translation>创建</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>派单</translation>
    </message>
    <message>
      <source>Handling started</source>
      <translation>开始处理</translation>
    </message>
    <message>
      <source>Waiting for customer</source>
      <translation>待客户反馈</translation>
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
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>Reopened</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>撤销</translation>
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
      <source>Dispatch approved</source>
      <translation>审批通过</translation>
    </message>
    <message>
      <source>Dispatch rejected</source>
      <translation>审批驳回</translation>
    </message>
    <message>
      <source>Resolution time extended</source>
      <translation>延期</translation>
    </message>
    <message>
      <source>File attached</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <source>Customer record changed</source>
      <translation>修改客户资料</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.COMPLAINT_STAGES</name>
    <message>
      <source>Received</source>
      <translation>接收</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>Classified and assigned</source>
      <translation>分类分派</translation>
    </message>
    <message>
      <source>Investigated</source>
      <translation>调查核实</translation>
    </message>
    <message>
      <source>Solution proposed</source>
      <translation>制定方案</translation>
    </message>
    <message>
      <source>Carried out</source>
      <translation>执行</translation>
    </message>
    <message>
      <source>Feedback given</source>
      <translation>反馈</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>结案</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.ACTION_NAMES</name>
    <message>
      <source>Acknowledge</source>
      <translation>确认受理</translation>
    </message>
    <message>
      <source>Classify and assign</source>
      <translation>分类分派</translation>
    </message>
    <message>
      <source>Record investigation</source>
      <translation>调查核实</translation>
    </message>
    <message>
      <source>Propose solution</source>
      <translation>制定方案</translation>
    </message>
    <message>
      <source>Carry out</source>
      <translation>执行方案</translation>
    </message>
    <message>
      <source>Record feedback</source>
      <translation>反馈客户</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>结案</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>登记投诉</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.COMPLAINT_CATEGORIES</name>
    <message>
      <source>Billing and charges</source>
      <translation>收费/账单</translation>
    </message>
    <message>
      <source>Supply quality</source>
      <translation>供应质量</translation>
    </message>
    <message>
      <source>Interruption of supply</source>
      <translation>停水停电停气</translation>
    </message>
    <message>
      <source>Meter and reading</source>
      <translation>计量/抄表</translation>
    </message>
    <message>
      <source>Repair quality</source>
      <translation>维修质量</translation>
    </message>
    <message>
      <source>Staff attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <source>Procedures and waiting</source>
      <translation>办事流程/等候</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.FEEDBACK_METHODS</name>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>SMS</source>
      <translation>短信</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>邮件</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>当面</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SATISFACTION</name>
    <message>
      <source>1 Very dissatisfied</source>
      <translation>1 很不满意</translation>
    </message>
    <message>
      <source>2 Dissatisfied</source>
      <translation>2 不满意</translation>
    </message>
    <message>
      <source>3 Neutral</source>
      <translation>3 一般</translation>
    </message>
    <message>
      <source>4 Satisfied</source>
      <translation>4 满意</translation>
    </message>
    <message>
      <source>5 Very satisfied</source>
      <translation>5 很满意</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SUGGESTION_CHANNELS</name>
    <message>
      <source>Survey</source>
      <translation>满意度调查</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>客户访谈</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>社交媒体</translation>
    </message>
    <message>
      <source>From a complaint</source>
      <translation>投诉转化</translation>
    </message>
    <message>
      <source>Field staff</source>
      <translation>现场/营销人员</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation>柜台</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SUGGESTION_STATUSES</name>
    <message>
      <source>New</source>
      <translation>待筛选</translation>
    </message>
    <message>
      <source>Screened</source>
      <translation>已筛选</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>已采纳</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>不予采纳</translation>
    </message>
    <message>
      <source>Customer informed</source>
      <translation>已回复客户</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SUGGESTION_ACTIONS</name>
    <message>
      <source>Received</source>
      <translation>受理</translation>
    </message>
    <message>
      <source>Customer thanked</source>
      <translation>致谢客户</translation>
    </message>
    <message>
      <source>Screened</source>
      <translation>筛选评分</translation>
    </message>
    <message>
      <source>Adopted</source>
      <translation>采纳</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>不予采纳</translation>
    </message>
    <message>
      <source>Result told</source>
      <translation>回复结果</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.IMPROVEMENT_STATUSES</name>
    <message>
      <source>Open</source>
      <translation>未开始</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.IMPROVEMENT_SOURCES</name>
    <message>
      <source>Suggestion</source>
      <translation>客户建议</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>客户投诉</translation>
    </message>
    <message>
      <source>Survey dimension</source>
      <translation>满意度调查</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.COURSE_CATEGORIES</name>
    <message>
      <source>Job knowledge and skills</source>
      <translation>岗位知识与技能</translation>
    </message>
    <message>
      <source>Business ability</source>
      <translation>业务能力提升</translation>
    </message>
    <message>
      <source>General quality</source>
      <translation>综合素质</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SUBTOPICS</name>
    <message>
      <source>Basic knowledge</source>
      <translation>基础知识</translation>
    </message>
    <message>
      <source>Procedures</source>
      <translation>业务流程</translation>
    </message>
    <message>
      <source>Product knowledge</source>
      <translation>产品知识</translation>
    </message>
    <message>
      <source>Safety and law</source>
      <translation>安全与法规</translation>
    </message>
    <message>
      <source>Ethics and teamwork</source>
      <translation>职业道德与团队协作</translation>
    </message>
    <message>
      <source>Process improvement</source>
      <translation>流程改进</translation>
    </message>
    <message>
      <source>Project skills</source>
      <translation>项目管理</translation>
    </message>
    <message>
      <source>Communication skills</source>
      <translation>沟通技巧</translation>
    </message>
    <message>
      <source>Problem solving</source>
      <translation>问题解决</translation>
    </message>
    <message>
      <source>Complaint role-play drill</source>
      <translation>投诉情景演练</translation>
    </message>
    <message>
      <source>Innovation</source>
      <translation>创新能力</translation>
    </message>
    <message>
      <source>Service etiquette</source>
      <translation>服务礼仪</translation>
    </message>
    <message>
      <source>Time management</source>
      <translation>时间管理</translation>
    </message>
    <message>
      <source>Stress management</source>
      <translation>压力管理</translation>
    </message>
    <message>
      <source>Career development</source>
      <translation>职业发展</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.COURSE_FORMS</name>
    <message>
      <source>Online</source>
      <translation>线上</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>线下</translation>
    </message>
    <message>
      <source>Blended</source>
      <translation>混合</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.ATTENDANCE</name>
    <message>
      <source>Planned</source>
      <translation>计划参加</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>迟到</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>请假</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>缺勤</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.ASSESSMENT_METHODS</name>
    <message>
      <source>Knowledge/skill test</source>
      <translation>知识技能考试</translation>
    </message>
    <message>
      <source>Practical assessment</source>
      <translation>实操考核</translation>
    </message>
    <message>
      <source>Overall evaluation</source>
      <translation>综合评价</translation>
    </message>
    <message>
      <source>Peer rating</source>
      <translation>同事互评</translation>
    </message>
    <message>
      <source>Mentor rating</source>
      <translation>导师评价</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.RESULTS</name>
    <message>
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>不合格</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.CASE_OUTCOMES</name>
    <message>
      <source>Success case</source>
      <translation>成功案例</translation>
    </message>
    <message>
      <source>Failure case</source>
      <translation>失败案例</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.ARTICLE_KINDS</name>
    <message>
      <source>Article</source>
      <translation>知识文章</translation>
    </message>
    <message>
      <source>Standard script</source>
      <translation>标准话术</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.KNOWLEDGE_CATEGORIES</name>
    <message>
      <source>Bills and payment</source>
      <translation>缴费与账单</translation>
    </message>
    <message>
      <source>Outages</source>
      <translation>停电停水停气</translation>
    </message>
    <message>
      <source>Faults and repair</source>
      <translation>故障报修</translation>
    </message>
    <message>
      <source>Accounts and transfer</source>
      <translation>开户与过户</translation>
    </message>
    <message>
      <source>Meters</source>
      <translation>表计</translation>
    </message>
    <message>
      <source>Safe use</source>
      <translation>安全用能</translation>
    </message>
    <message>
      <source>Policy and tariffs</source>
      <translation>政策与价格</translation>
    </message>
    <message>
      <source>Service manners</source>
      <translation>服务规范</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SURVEY_KINDS</name>
    <message>
      <source>Routine survey</source>
      <translation>例行回访</translation>
    </message>
    <message>
      <source>Special survey</source>
      <translation>专项回访</translation>
    </message>
    <message>
      <source>Monthly sample</source>
      <translation>月度抽样</translation>
    </message>
    <message>
      <source>Imported from ledger</source>
      <translation>台账导入</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SURVEY_CHANNELS</name>
    <message>
      <source>Counter tablet</source>
      <translation>柜台评价器</translation>
    </message>
    <message>
      <source>Phone call-back</source>
      <translation>电话回访</translation>
    </message>
    <message>
      <source>SMS code</source>
      <translation>短信</translation>
    </message>
    <message>
      <source>Online form</source>
      <translation>在线问卷</translation>
    </message>
    <message>
      <source>Ledger</source>
      <translation>台账</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SURVEY_STATUSES</name>
    <message>
      <source>Invited</source>
      <translation>已邀请</translation>
    </message>
    <message>
      <source>Reminded</source>
      <translation>已提醒</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已回复</translation>
    </message>
    <message>
      <source>Abandoned</source>
      <translation>已放弃</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.DIMENSIONS</name>
    <message>
      <source>Responsiveness</source>
      <translation>响应及时性</translation>
    </message>
    <message>
      <source>Problem-solving</source>
      <translation>问题解决能力</translation>
    </message>
    <message>
      <source>Attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <source>Professionalism</source>
      <translation>专业性</translation>
    </message>
    <message>
      <source>Clarity of communication</source>
      <translation>沟通清晰度</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.UNIT_NAMES</name>
    <message>
      <source>minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <source>working days</source>
      <translation>个工作日</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.CLOCK_NAMES</name>
    <message>
      <source>24×7 (every hour counts)</source>
      <translation>7×24小时</translation>
    </message>
    <message>
      <source>Business hours (calendar)</source>
      <translation>工作时间（按营业日历）</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.TARGET_NAMES</name>
    <message>
      <source>Acknowledgement</source>
      <translation>受理确认</translation>
    </message>
    <message>
      <source>Level-1 approval</source>
      <translation>一级审批</translation>
    </message>
    <message>
      <source>First response</source>
      <translation>首次响应</translation>
    </message>
    <message>
      <source>Handler contact</source>
      <translation>处理人联系客户</translation>
    </message>
    <message>
      <source>Progress update</source>
      <translation>进展更新</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>解决</translation>
    </message>
    <message>
      <source>Complaint acknowledgement</source>
      <translation>投诉确认</translation>
    </message>
    <message>
      <source>Complaint solution</source>
      <translation>投诉解决方案</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.SLA_STATES</name>
    <message>
      <source>On track</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>即将超时</translation>
    </message>
    <message>
      <source>Breached</source>
      <translation>已超时</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>已达标</translation>
    </message>
    <message>
      <source>Met after extension</source>
      <translation>延期后完成</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>已暂停</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.ALARM_KINDS</name>
    <message>
      <source>At risk</source>
      <translation>即将超时</translation>
    </message>
    <message>
      <source>Breached</source>
      <translation>已超时</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.OVERRIDE_KINDS</name>
    <message>
      <source>Holiday</source>
      <translation>节假日</translation>
    </message>
    <message>
      <source>Make-up working day</source>
      <translation>调休上班</translation>
    </message>
    <message>
      <source>Ordinary day</source>
      <translation>普通日</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.ERROR_KINDS</name>
    <message>
      <source>Wrong information given</source>
      <translation>告知信息错误</translation>
    </message>
    <message>
      <source>Wrong billing action</source>
      <translation>收费/账务操作错误</translation>
    </message>
    <message>
      <source>Rudeness</source>
      <translation>服务态度恶劣</translation>
    </message>
    <message>
      <source>Missed deadline</source>
      <translation>超时未办</translation>
    </message>
    <message>
      <source>Procedure not followed</source>
      <translation>未按流程办理</translation>
    </message>
    <message>
      <source>Record incomplete</source>
      <translation>记录不完整</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.FOUND_BY</name>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>回顾检查</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.CONFIRMATION_METHODS</name>
    <message>
      <source>By phone</source>
      <translation>电话确认</translation>
    </message>
    <message>
      <source>By SMS</source>
      <translation>短信确认</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>当面确认</translation>
    </message>
    <message>
      <source>On the counter kiosk</source>
      <translation>评价器确认</translation>
    </message>
    <message>
      <source>By email</source>
      <translation>邮件确认</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.CALLBACK_OUTCOMES</name>
    <message>
      <source>Reached</source>
      <translation>已联系</translation>
    </message>
    <message>
      <source>Not reached</source>
      <translation>未接通</translation>
    </message>
    <message>
      <source>Wants a service</source>
      <translation>有业务需求</translation>
    </message>
    <message>
      <source>Complaint raised</source>
      <translation>提出投诉</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.OWNER_TYPES</name>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.DECISIONS</name>
    <message>
      <source>not added: it refers to {table} {ref}, which this site does not have</source>
      <translation>未加入：它引用的 {table} {ref} 本站点没有</translation>
    </message>
    <message>
      <source>not added: its {kind} {ref} is not at this site</source>
      <translation>未加入：它所属的 {kind} {ref} 不在本站点</translation>
    </message>
    <message>
      <source>{name} {value} is already used here by {holder}: matched to that record, not added</source>
      <translation>{name} {value} 在本站点已由 {holder} 使用：已对应到该记录，未另行加入</translation>
    </message>
    <message>
      <source>changed at two sites at once: the newer version (hybrid clock, then site code) was kept</source>
      <translation>两个站点同时修改：保留较新的版本（先比混合时钟，再比站点代码）</translation>
    </message>
    <message>
      <source>changed by {writer}, but the record belongs to {owner}: not applied</source>
      <translation>由 {writer} 修改，但该记录属于 {owner}：未采用</translation>
    </message>
    <message>
      <source>this site's change was replaced by the owner's ({owner}) version</source>
      <translation>本站点的修改已被所属站点（{owner}）的版本取代</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.TABLE_NAMES</name>
    <message>
      <source>Branch office</source>
      <translation>营业网点</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>Root cause</source>
      <translation>根本原因</translation>
    </message>
    <message>
      <source>Time-limit policy</source>
      <translation>时限标准</translation>
    </message>
    <message>
      <source>Business calendar</source>
      <translation>营业日历</translation>
    </message>
    <message>
      <source>Calendar change</source>
      <translation>日历调整</translation>
    </message>
    <message>
      <source>Knowledge article</source>
      <translation>知识库文章</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>培训课程</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>系统设置</translation>
    </message>
    <message>
      <source>Billing account</source>
      <translation>户号</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Customer care note</source>
      <translation>客户关怀</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>工单</translation>
    </message>
    <message>
      <source>Ticket history</source>
      <translation>工单记录</translation>
    </message>
    <message>
      <source>Ticket time limit</source>
      <translation>工单时限</translation>
    </message>
    <message>
      <source>Callback</source>
      <translation>回访</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Complaint step</source>
      <translation>投诉处理记录</translation>
    </message>
    <message>
      <source>Repeat complaint</source>
      <translation>重复投诉</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议</translation>
    </message>
    <message>
      <source>Suggestion step</source>
      <translation>建议处理记录</translation>
    </message>
    <message>
      <source>Improvement action</source>
      <translation>改进措施</translation>
    </message>
    <message>
      <source>Satisfaction survey</source>
      <translation>满意度评价</translation>
    </message>
    <message>
      <source>Text message</source>
      <translation>短信</translation>
    </message>
    <message>
      <source>Service error</source>
      <translation>服务差错</translation>
    </message>
    <message>
      <source>Review item</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <source>Training session</source>
      <translation>培训场次</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>培训签到</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>培训考核</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>培训证书</translation>
    </message>
    <message>
      <source>Training plan item</source>
      <translation>培训计划项</translation>
    </message>
    <message>
      <source>Case library entry</source>
      <translation>案例库案例</translation>
    </message>
    <message>
      <source>Course case</source>
      <translation>课程案例</translation>
    </message>
    <message>
      <source>Ledger row</source>
      <translation>台账记录</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>附件</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary.WORKFLOW</name>
    <message>
      <source>Approve dispatch</source>
      <translation>审批通过</translation>
    </message>
    <message>
      <source>Reject dispatch</source>
      <translation>审批驳回</translation>
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
      <source>Extend resolution time</source>
      <translation>申请延期</translation>
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
  </context>
  <context>
    <name>Vocabulary</name>
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