"""The intake page's look: state colours the .ui file cannot express on its own.

Fields switch appearance through dynamic properties (``invalid``, ``locked``, ``vip``,
``role``) so the page code says what a widget *is* and this sheet says how it looks.
"""

STYLE = """
QFrame#greetingFrame {
    background: #eaf2fb; border: 1px solid #c5d9ef; border-radius: 6px;
}
QLabel#greetingLabel, QLabel#openQuestionLabel {
    font-size: 15pt; font-weight: bold; color: #174a7c;
}
QLabel#clerkLabel { color: #4a5a6a; }
QLabel#lookupStatusLabel { color: #5f6b76; }
QLabel[role="error"] { color: #c62828; }
QLabel#customerStatusLabel { color: #2e7d32; }
QLabel#customerStatusLabel[vip="true"] { color: #b26a00; font-weight: bold; }
QLineEdit[locked="true"] { background: #f1f3f5; color: #333333; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {
    border: 2px solid #d32f2f; border-radius: 3px; background: #fff5f5;
}
QCheckBox[invalid="true"] { color: #c62828; }
QFrame#resultFrame {
    background: #edf7ee; border: 1px solid #a5d6a7; border-radius: 6px;
}
QLabel#resultCaption { color: #2e5e31; }
QLabel#ticketNoLabel { font-size: 32pt; font-weight: bold; color: #0d3c6e; }
QLabel#commitmentLabel { font-size: 13pt; color: #1b3d1d; }
QPushButton#submitButton { font-weight: bold; }
"""
