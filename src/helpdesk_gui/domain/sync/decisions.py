"""Why a change in a bundle was not simply applied: the sentences a conflict row keeps.

A conflict row stores its decision as an English sentence (``SyncConflict.decision``): it
is a record of what happened, and a site keeps it whatever language its screens use. The
sentences come only from :data:`DECISIONS`, so :func:`read` can take one apart again and
the Sync page can say it in the reader's language (the Chinese beside each English text,
through the translation catalogue like every vocabulary table). A sentence no template
matches — written by a newer version — is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache
from types import MappingProxyType

# key -> (English, Chinese); {names} are filled in from the conflict
DECISIONS = MappingProxyType({
    "missing_table": (
        "not added: it refers to {table} {ref}, which this site does not have",
        "未加入：它引用的 {table} {ref} 本站点没有"),
    "missing_owner": (
        "not added: its {kind} {ref} is not at this site",
        "未加入：它所属的 {kind} {ref} 不在本站点"),
    "duplicate": (
        "{name} {value} is already used here by {holder}: matched to that record, not added",
        "{name} {value} 在本站点已由 {holder} 使用：已对应到该记录，未另行加入"),
    "concurrent": (
        "changed at two sites at once: the newer version (hybrid clock, then site code) "
        "was kept",
        "两个站点同时修改：保留较新的版本（先比混合时钟，再比站点代码）"),
    "non_owner": (
        "changed by {writer}, but the record belongs to {owner}: not applied",
        "由 {writer} 修改，但该记录属于 {owner}：未采用"),
    "owner_replaced": (
        "this site's change was replaced by the owner's ({owner}) version",
        "本站点的修改已被所属站点（{owner}）的版本取代"),
})

_FIELD = re.compile(r"\{(\w+)\}")


def text(key: str, **params: object) -> str:
    """The English sentence a conflict row keeps."""
    return DECISIONS[key][0].format(**params)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    def pattern(template: str) -> re.Pattern:
        parts = _FIELD.split(template)  # literal, name, literal, name, ...
        return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                                  for i, p in enumerate(parts)) + r"\Z", re.S)
    return tuple((key, pattern(english)) for key, (english, _) in DECISIONS.items())


def read(sentence: str) -> tuple[str, dict[str, str]] | None:
    """The template and the particulars of a kept sentence, or None for one from
    elsewhere (a newer version's)."""
    for key, pattern in _patterns():
        found = pattern.match(sentence)
        if found:
            return key, found.groupdict()
    return None
