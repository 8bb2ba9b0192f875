# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.setMinimumSize(QSize(380, 0))
        self.outerLayout = QVBoxLayout(ChangePasswordDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(ChangePasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setText(u"")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.oldLabel = QLabel(ChangePasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.old_password = QLineEdit(ChangePasswordDialog)
        self.old_password.setObjectName(u"old_password")
        self.old_password.setMaxLength(128)
        self.old_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_password)

        self.newLabel = QLabel(ChangePasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.new_password = QLineEdit(ChangePasswordDialog)
        self.new_password.setObjectName(u"new_password")
        self.new_password.setMaxLength(128)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password)

        self.repeatLabel = QLabel(ChangePasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat_password = QLineEdit(ChangePasswordDialog)
        self.repeat_password.setObjectName(u"repeat_password")
        self.repeat_password.setMaxLength(128)
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_password)


        self.outerLayout.addLayout(self.fieldsLayout)

        self.hintLabel = QLabel(ChangePasswordDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.outerLayout.addWidget(self.hintLabel)

        self.error = QLabel(ChangePasswordDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setText(u"")
        self.error.setWordWrap(True)

        self.outerLayout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(ChangePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.old_password)
        self.newLabel.setBuddy(self.new_password)
        self.repeatLabel.setBuddy(self.repeat_password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.old_password, self.new_password)
        QWidget.setTabOrder(self.new_password, self.repeat_password)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.oldLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Current password:", None))
        self.newLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"New password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"New password again:", None))
        self.hintLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"At least 8 characters, with letters and digits.", None))
    # retranslateUi

