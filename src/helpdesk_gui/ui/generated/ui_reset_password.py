# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reset_password.ui'
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

class Ui_ResetPasswordDialog(object):
    def setupUi(self, ResetPasswordDialog):
        if not ResetPasswordDialog.objectName():
            ResetPasswordDialog.setObjectName(u"ResetPasswordDialog")
        ResetPasswordDialog.setMinimumSize(QSize(380, 0))
        self.outerLayout = QVBoxLayout(ResetPasswordDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(ResetPasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.employeeNoLabel = QLabel(ResetPasswordDialog)
        self.employeeNoLabel.setObjectName(u"employeeNoLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeNoLabel)

        self.employee_no = QLineEdit(ResetPasswordDialog)
        self.employee_no.setObjectName(u"employee_no")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employee_no)

        self.newLabel = QLabel(ResetPasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.new_password = QLineEdit(ResetPasswordDialog)
        self.new_password.setObjectName(u"new_password")
        self.new_password.setMaxLength(128)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password)

        self.repeatLabel = QLabel(ResetPasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat_password = QLineEdit(ResetPasswordDialog)
        self.repeat_password.setObjectName(u"repeat_password")
        self.repeat_password.setMaxLength(128)
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_password)


        self.outerLayout.addLayout(self.fieldsLayout)

        self.hintLabel = QLabel(ResetPasswordDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.outerLayout.addWidget(self.hintLabel)

        self.error = QLabel(ResetPasswordDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setText(u"")
        self.error.setWordWrap(True)

        self.outerLayout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(ResetPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.employeeNoLabel.setBuddy(self.employee_no)
        self.newLabel.setBuddy(self.new_password)
        self.repeatLabel.setBuddy(self.repeat_password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employee_no, self.new_password)
        QWidget.setTabOrder(self.new_password, self.repeat_password)

        self.retranslateUi(ResetPasswordDialog)

        QMetaObject.connectSlotsByName(ResetPasswordDialog)
    # setupUi

    def retranslateUi(self, ResetPasswordDialog):
        ResetPasswordDialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Reset password", None))
        self.intro.setText(QCoreApplication.translate("ResetPasswordDialog", u"Give a staff member a temporary password. They must choose their own at the next sign-in.", None))
        self.employeeNoLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"Employee number:", None))
        self.newLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"Temporary password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"Temporary password again:", None))
        self.hintLabel.setText(QCoreApplication.translate("ResetPasswordDialog", u"At least 8 characters, with letters and digits.", None))
    # retranslateUi

