"""Qt's own dialogs speak Chinese: qtbase_zh_CN is loaded, and the bundle carries it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QApplication

from helpdesk_gui.app import i18n

ROOT = Path(__file__).resolve().parents[2]


def _bundle_files():
    spec = importlib.util.spec_from_file_location("bundle_files",
                                                  ROOT / "packaging" / "bundle_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def installed(qapp):
    found: list = []
    yield found
    for translator in found:
        QApplication.removeTranslator(translator)


def _qt_texts() -> list[str]:
    return [QCoreApplication.translate("QFileDialog", "Look in:"),
            QCoreApplication.translate("QPlatformTheme", "Cancel"),
            QCoreApplication.translate("QPrintPreviewDialog", "Print Preview")]


def test_file_and_print_dialogs_are_in_chinese(qapp, installed):
    installed += i18n.install_translators(qapp, "zh_CN")
    assert _qt_texts() == ["查找范围：", "取消", "打印预览"]


def test_found_beside_pyside6_when_qt_reports_another_folder(qapp, installed, monkeypatch,
                                                            tmp_path):
    """In a bundle Qt's configured prefix need not be where the catalogue was put."""
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))
    installed += i18n.install_translators(qapp, "zh_CN")
    assert _qt_texts()[0] == "查找范围："


def test_the_bundle_carries_qtbase_zh_cn_where_i18n_looks():
    bundle = _bundle_files()
    datas = bundle.datas(ROOT)
    qt = [(Path(source).name, dest) for source, dest in datas if "qtbase" in source]
    assert qt == [("qtbase_zh_CN.qm", "/".join(i18n.QT_CATALOGUE_DIR))]
    assert all(Path(source).is_file() for source, _ in datas)
    assert bundle.kept((f"{qt[0][1]}/{qt[0][0]}", "", "DATA"))  # not dropped afterwards
    assert not bundle.kept(("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"))
    assert ("helpdesk_zh_CN.qm", "helpdesk_gui/resources/i18n") in [
        (Path(s).name, d) for s, d in datas]
    spec = (ROOT / "packaging" / "helpdesk_gui.spec").read_text(encoding="utf-8")
    assert "datas = bundle_files.datas(root)" in spec and "datas=datas" in spec
    assert "bundle_files.kept(entry)" in spec
