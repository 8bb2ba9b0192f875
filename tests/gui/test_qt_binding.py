"""The Qt binding we pin must not corrupt None's reference count.

PySide6 6.12.0 decrements None's refcount on calls returning an invalid QVariant
(QObject.property on an unset name, QListWidgetItem.data for an unset role,
QComboBox.currentData on an empty combo); after enough calls Python aborts with
"none_dealloc". Table models and settings make such calls constantly, so this runs them
in a child interpreter and checks it survives.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidgetItem
app = QApplication([])
before = sys.getrefcount(None)
obj, item, combo = QObject(), QListWidgetItem("x"), QComboBox()
for _ in range(20000):
    obj.property("unset"); item.data(Qt.ItemDataRole.UserRole); combo.currentData()
print(sys.getrefcount(None) - before)
"""


def test_none_refcount_survives_invalid_variants():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip().splitlines()[-1]) > -1000
