"""Update the zh_CN catalogue from the sources and compile it.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` text from ui/, app/ and
   forms/*.ui into resources/i18n/helpdesk_zh_CN.ts (existing translations are kept);
2. the "Vocabulary" context (channels, types, levels, states...) and the page titles are
   written from ``domain.vocabulary`` — the same Chinese words PDFs and exports use;
3. texts still untranslated get their translation from resources/i18n/zh_CN.tsv
   (English<TAB>Chinese, one per line; the context may be given as ``Context|English``);
4. ``pyside6-lrelease`` compiles the .qm that ships.

Run with ``--check`` to fail (exit 1) when a text has no translation.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "helpdesk_zh_CN.ts"
QM = I18N / "helpdesk_zh_CN.qm"
GLOSSARY = I18N / "zh_CN.tsv"
sys.path.insert(0, str(ROOT / "src"))


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    package = ROOT / "src" / "helpdesk_gui"
    files = [p for folder in ("ui", "app") for p in (package / folder).rglob("*.py")
             if "generated" not in p.parts]
    files += list((ROOT / "forms").glob("*.ui"))
    return [str(p) for p in sorted(files)]


def run_lupdate(ts: Path) -> None:
    """lupdate, plus the texts passed through a module's ``_tr()`` helper."""
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(),
                    "-ts", str(ts)], check=True, capture_output=True)
    add_helper_texts(ts)


def _helper_context(tree: ast.Module) -> str | None:
    """The fixed context of ``def _tr(text): return ...translate("Ctx", text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate" \
                        and call.args and isinstance(call.args[0], ast.Constant):
                    return call.args[0].value
    return None


def helper_texts() -> set[tuple[str, str]]:
    """(context, text) for every ``_tr("literal")`` call in a module defining ``_tr``."""
    found = set()
    for name in sources():
        if not name.endswith(".py"):
            continue
        tree = ast.parse(Path(name).read_text(encoding="utf-8"))
        context = _helper_context(tree)
        if context is None:
            continue
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "_tr" and \
                    call.args and isinstance(call.args[0], ast.Constant) and \
                    isinstance(call.args[0].value, str):
                found.add((context, call.args[0].value))
    return found


def add_helper_texts(ts: Path) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for context, text in sorted(helper_texts()):
        ctx = _context(root, context)
        if not any(m.findtext("source") == text for m in ctx.findall("message")):
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", {"type": "unfinished"})
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def vocabulary_entries() -> dict[tuple[str, str], str]:
    """(context, English) -> Chinese for texts that the code translates from tables."""
    from helpdesk_gui.domain import vocabulary as v
    from helpdesk_gui.ui.main_window import PAGE_TITLES_ZH

    entries = {}
    for name, table in v.label_tables().items():
        for english, chinese in table.values():
            entries[(f"Vocabulary.{name}", english)] = chinese
    from helpdesk_gui.domain.tickets.workflow import ACTIONS

    for action in ACTIONS.values():
        entries[("Vocabulary.WORKFLOW", action.english)] = action.chinese
    entries[("Vocabulary", v.GREETING[0])] = v.GREETING[1]
    entries[("Vocabulary", v.OPEN_QUESTION[0])] = v.OPEN_QUESTION[1]
    for title, chinese in PAGE_TITLES_ZH.items():
        entries[("MainWindow", title)] = chinese
    return entries


def glossary() -> dict[str, str]:
    table: dict[str, str] = {}
    if GLOSSARY.exists():
        for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and "\t" in line:
                english, chinese = line.split("\t", 1)
                table[english.replace("\\n", "\n")] = chinese.replace("\\n", "\n")
    return table


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def _set(message: ET.Element, text: str) -> None:
    """Store a translation; plural messages (``%n``) keep it in their one numerus form
    (Chinese has a single plural form)."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        ET.SubElement(translation, "numerusform").text = text
        return
    translation.text = text


def fill(ts: Path) -> list[str]:
    """Add vocabulary entries, apply the glossary; return texts still untranslated."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for (context, english), chinese in vocabulary_entries().items():
        ctx = _context(root, context)
        message = next((m for m in ctx.findall("message") if m.findtext("source") == english),
                       None)
        if message is None:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = english
        _set(message, chinese)
    words, missing = glossary(), []
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for message in ctx.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if translation is not None and message.get("numerus") == "yes":
                text = translation.findtext("numerusform")
            done = bool(text) and translation.get("type") != "unfinished"
            chinese = words.get(f"{name}|{source}", words.get(source))
            if chinese:
                _set(message, chinese)
            elif not done:
                missing.append(f"{name}|{source}")
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    run_lupdate(TS)
    missing = fill(TS)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True,
                   capture_output=True)
    for text in missing:
        print(f"untranslated: {text!r}")
    print(f"{TS.name}: {len(missing)} untranslated")
    return 1 if missing and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
