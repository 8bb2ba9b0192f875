"""The zh_CN catalogue covers every on-screen text and ships compiled."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("update_translations",
                                              ROOT / "scripts" / "update_translations.py")
tr_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tr_tool)


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    root = ET.parse(ts).getroot()
    out = {}
    for ctx in root.findall("context"):
        for message in ctx.findall("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            text = translation.text if translation is not None else None
            if translation is not None and message.get("numerus") == "yes":
                text = translation.findtext("numerusform")
            out[(ctx.findtext("name"), message.findtext("source"))] = text if done else None
    return out


def test_every_text_is_translated():
    missing = [key for key, text in _messages(tr_tool.TS).items() if not text]
    assert missing == [], "run `make translations` and add the texts to resources/i18n/zh_CN.tsv"


def test_catalogue_is_current_with_the_sources(tmp_path):
    """lupdate on today's sources finds no text that the committed catalogue lacks."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(tr_tool.TS, fresh)
    tr_tool.run_lupdate(fresh)
    committed, current = _messages(tr_tool.TS), _messages(fresh)
    new_texts = sorted(set(current) - set(committed))
    assert new_texts == [], "run `make translations`: texts were added to the code"


def test_vocabulary_uses_the_domain_chinese_words():
    messages = _messages(tr_tool.TS)
    for (context, english), chinese in tr_tool.vocabulary_entries().items():
        assert messages[(context, english)] == chinese


def test_compiled_catalogue_loads_and_translates(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(tr_tool.QM))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Vocabulary.STATUSES",
                                          "Waiting for customer") == "待客户反馈"
        assert QCoreApplication.translate("MainWindow", "Tickets") == "工单"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr_tool.QM.stat().st_mtime >= tr_tool.TS.stat().st_mtime - 1
