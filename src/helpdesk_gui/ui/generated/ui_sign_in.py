# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.setMinimumSize(QSize(400, 0))
        self.outerLayout = QVBoxLayout(SignInDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(SignInDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18px; font-weight: bold;")

        self.outerLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(SignInDialog)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setStyleSheet(u"color: #555;")
        self.subtitleLabel.setText(u"")

        self.outerLayout.addWidget(self.subtitleLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.employeeNoLabel = QLabel(SignInDialog)
        self.employeeNoLabel.setObjectName(u"employeeNoLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeNoLabel)

        self.employee_no = QLineEdit(SignInDialog)
        self.employee_no.setObjectName(u"employee_no")
        self.employee_no.setMaxLength(32)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employee_no)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(SignInDialog)
        self.password.setObjectName(u"password")
        self.password.setMaxLength(128)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.outerLayout.addLayout(self.fieldsLayout)

        self.error = QLabel(SignInDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setText(u"")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)

        self.outerLayout.addWidget(self.error)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.sign_in = QPushButton(SignInDialog)
        self.sign_in.setObjectName(u"sign_in")

        self.buttonLayout.addWidget(self.sign_in)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttonLayout.addWidget(self.buttonBox)

        self.buttonLayout.setStretch(1, 1)

        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.employeeNoLabel.setBuddy(self.employee_no)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employee_no, self.password)
        QWidget.setTabOrder(self.password, self.sign_in)

        self.retranslateUi(SignInDialog)

        self.sign_in.setDefault(True)


        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in \u2014 Helpdesk", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInDialog", u"Customer service hall helpdesk", None))
        self.employeeNoLabel.setText(QCoreApplication.translate("SignInDialog", u"Employee number:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"Password:", None))
        self.sign_in.setText(QCoreApplication.translate("SignInDialog", u"Sign in", None))
    # retranslateUi

