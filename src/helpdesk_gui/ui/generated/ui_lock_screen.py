# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, lock_screen):
        if not lock_screen.objectName():
            lock_screen.setObjectName(u"lock_screen")
        lock_screen.setStyleSheet(u"QDialog#lock_screen { background: #24313f; }\n"
"QFrame#lock_panel { background: white; border-radius: 8px; }")
        self.outerLayout = QVBoxLayout(lock_screen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.lock_panel = QFrame(lock_screen)
        self.lock_panel.setObjectName(u"lock_panel")
        self.lock_panel.setMinimumSize(QSize(420, 0))
        self.lock_panel.setMaximumSize(QSize(420, 16777215))
        self.panelLayout = QVBoxLayout(self.lock_panel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(self.lock_panel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18px; font-weight: bold;")

        self.panelLayout.addWidget(self.titleLabel)

        self.whoLabel = QLabel(self.lock_panel)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.whoLabel)

        self.lock_password = QLineEdit(self.lock_panel)
        self.lock_password.setObjectName(u"lock_password")
        self.lock_password.setMaxLength(128)
        self.lock_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.panelLayout.addWidget(self.lock_password)

        self.error = QLabel(self.lock_panel)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setText(u"")
        self.error.setWordWrap(True)

        self.panelLayout.addWidget(self.error)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.sign_out = QPushButton(self.lock_panel)
        self.sign_out.setObjectName(u"sign_out")

        self.buttonLayout.addWidget(self.sign_out)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlock = QPushButton(self.lock_panel)
        self.unlock.setObjectName(u"unlock")

        self.buttonLayout.addWidget(self.unlock)


        self.panelLayout.addLayout(self.buttonLayout)


        self.outerLayout.addWidget(self.lock_panel, 0, Qt.AlignmentFlag.AlignHCenter)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.outerLayout.setStretch(0, 1)
        self.outerLayout.setStretch(2, 2)
        QWidget.setTabOrder(self.lock_password, self.unlock)
        QWidget.setTabOrder(self.unlock, self.sign_out)

        self.retranslateUi(lock_screen)

        self.unlock.setDefault(True)


        QMetaObject.connectSlotsByName(lock_screen)
    # setupUi

    def retranslateUi(self, lock_screen):
        self.titleLabel.setText(QCoreApplication.translate("LockScreen", u"The window is locked", None))
        self.whoLabel.setText(QCoreApplication.translate("LockScreen", u"Signed in: %1 %2. Enter your password to continue; your unsaved work is kept.", None))
        self.sign_out.setText(QCoreApplication.translate("LockScreen", u"Sign out", None))
#if QT_CONFIG(tooltip)
        self.unlock.setToolTip(QCoreApplication.translate("LockScreen", u"Enter in the password field unlocks too", None))
#endif // QT_CONFIG(tooltip)
        self.unlock.setText(QCoreApplication.translate("LockScreen", u"Unlock", None))
        pass
    # retranslateUi

