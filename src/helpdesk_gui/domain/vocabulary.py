"""The hall's vocabulary: codes stored in the database and their names.

Codes are short English words (stable across languages and versions); the ticket
tables store the busiest of them as one letter each (``db.codes``), read back as words. Each has the
English name and the Chinese name counter staff use (SERVICE_STANDARD §2–§4). The GUI
translates the English names through Qt (the zh_CN catalogue is generated from this
table, so there is one source); PDFs, exports and the importer use the Chinese names
directly because they run without Qt.
"""

from __future__ import annotations

from types import MappingProxyType

CHANNELS = MappingProxyType({
    "counter": ("Counter / on-site", "柜台/现场"),
    "phone": ("Phone", "电话"),
    "online": ("Online (web/app)", "在线"),
    "email": ("Email", "邮件"),
    "letter": ("Letter", "来信"),
    "social": ("Social media", "社交媒体"),
    "sms": ("SMS", "短信"),
})

TICKET_TYPES = MappingProxyType({
    "consultation": ("Consultation", "咨询"),
    "complaint": ("Complaint", "投诉"),
    "suggestion": ("Suggestion", "建议"),
    "repair": ("Fault / repair", "故障报修"),
    "request": ("Service request", "业务办理"),
})

LEVELS = MappingProxyType({
    1: ("1 Urgent", "1 紧急"),
    2: ("2 Important", "2 重要"),
    3: ("3 Normal", "3 一般"),
})

STATUSES = MappingProxyType({
    "new": ("New", "新建"),
    "pending_approval": ("Awaiting approval", "待审批"),
    "assigned": ("Assigned", "已派单"),
    "in_progress": ("In progress", "处理中"),
    "waiting_customer": ("Waiting for customer", "待客户反馈"),
    "resolved": ("Resolved", "已解决"),
    "closed": ("Closed", "已办结"),
    "cancelled": ("Cancelled", "已撤销"),
    "merged": ("Merged", "已合并"),
})

ROLES = MappingProxyType({
    "counter": ("Counter staff", "窗口人员"),
    "handler": ("Handler", "处理人员"),
    "supervisor": ("Supervisor", "班长/主管"),
    "admin": ("Administrator", "系统管理员"),
})

EVENT_KINDS = MappingProxyType({
    "created": ("Created", "创建"),
    "assigned": ("Assigned", "派单"),
    "started": ("Handling started", "开始处理"),
    "waiting": ("Waiting for customer", "待客户反馈"),
    "resumed": ("Resumed", "恢复处理"),
    "contact": ("Customer contacted", "联系客户"),
    "note": ("Progress note", "进展记录"),
    "resolved": ("Resolved", "已解决"),
    "closed": ("Closed", "办结"),
    "reopened": ("Reopened", "重新打开"),
    "cancelled": ("Cancelled", "撤销"),
    "merged": ("Merged into another ticket", "合并至其他工单"),
    "merged_from": ("Duplicate merged in", "合并重复工单"),
    "approved": ("Dispatch approved", "审批通过"),
    "rejected": ("Dispatch rejected", "审批驳回"),
    "extended": ("Resolution time extended", "延期"),
    "attached": ("File attached", "添加附件"),
    "customer_edited": ("Customer record changed", "修改客户资料"),
})

OPEN_STATUSES = ("new", "pending_approval", "assigned", "in_progress", "waiting_customer")

GREETING = ("Hello, glad to serve you.", "您好，很高兴为您服务")
OPEN_QUESTION = ("How can I help you?", "请问有什么可以帮您？")


def english(table: MappingProxyType, code: object) -> str:
    """The English name of a code (the Qt translation source)."""
    return table[code][0]


def chinese(table: MappingProxyType, code: object) -> str:
    """The Chinese name of a code (PDFs, exports)."""
    return table[code][1]


def code_for(table: MappingProxyType, text: str) -> object | None:
    """Find a code by itself, its English or its Chinese name (case-insensitive)."""
    wanted = str(text).strip().lower()
    for code, (en, zh) in table.items():
        if wanted in (str(code).lower(), en.lower(), zh.lower()):
            return code
    return None


LABEL_MODULES = (
    "helpdesk_gui.domain.vocabulary",
    "helpdesk_gui.domain.complaints.models",
    "helpdesk_gui.domain.suggestions.models",
    "helpdesk_gui.domain.training.models",
    "helpdesk_gui.domain.surveys.models",
    "helpdesk_gui.domain.sla.policy",
    "helpdesk_gui.domain.sla.models",
    "helpdesk_gui.domain.quality.models",
    "helpdesk_gui.domain.customers.models",
    "helpdesk_gui.domain.attachments.models",
    "helpdesk_gui.domain.sync.decisions",
    "helpdesk_gui.domain.sync.tables",
)


def _is_label_table(value: object) -> bool:
    """A code → (English, Chinese) table, as opposed to other read-only mappings."""
    if not isinstance(value, MappingProxyType) or not value:
        return False
    return all(isinstance(v, tuple) and len(v) == 2 and all(isinstance(x, str) for x in v)
               and any("\u4e00" <= ch <= "\u9fff" for ch in v[1]) for v in value.values())


def label_tables() -> dict[str, MappingProxyType]:
    """Every vocabulary table of the application by a stable name ("CHANNELS", ...).

    Each table gets its own translation context, because the same English word can have
    different Chinese names in different tables ("New" is 新建 for a ticket, 待筛选 for a
    suggestion).
    """
    import importlib

    tables: dict[str, MappingProxyType] = {}
    for module_name in LABEL_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name, value in vars(module).items():
            if name.isupper() and _is_label_table(value):
                tables.setdefault(name, value)
    return tables
