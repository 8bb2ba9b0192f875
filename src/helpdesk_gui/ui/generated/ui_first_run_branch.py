# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_branch.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget, QWizardPage)

class Ui_BranchPage(object):
    def setupUi(self, BranchPage):
        if not BranchPage.objectName():
            BranchPage.setObjectName(u"BranchPage")
        self.fieldsLayout = QFormLayout(BranchPage)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.codeLabel = QLabel(BranchPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.branch_code = QLineEdit(BranchPage)
        self.branch_code.setObjectName(u"branch_code")
        self.branch_code.setMaxLength(16)
        self.branch_code.setPlaceholderText(u"BJ01")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branch_code)

        self.branch_code_error = QLabel(BranchPage)
        self.branch_code_error.setObjectName(u"branch_code_error")
        self.branch_code_error.setStyleSheet(u"color: #b3261e;")
        self.branch_code_error.setText(u"")
        self.branch_code_error.setWordWrap(True)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.branch_code_error)

        self.nameLabel = QLabel(BranchPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.branch_name = QLineEdit(BranchPage)
        self.branch_name.setObjectName(u"branch_name")
        self.branch_name.setMaxLength(100)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.branch_name)

        self.branch_name_error = QLabel(BranchPage)
        self.branch_name_error.setObjectName(u"branch_name_error")
        self.branch_name_error.setStyleSheet(u"color: #b3261e;")
        self.branch_name_error.setText(u"")
        self.branch_name_error.setWordWrap(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.branch_name_error)

        self.timezoneLabel = QLabel(BranchPage)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezone = QComboBox(BranchPage)
        self.timezone.setObjectName(u"timezone")
        self.timezone.setEditable(True)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timezone)

        self.timezone_error = QLabel(BranchPage)
        self.timezone_error.setObjectName(u"timezone_error")
        self.timezone_error.setStyleSheet(u"color: #b3261e;")
        self.timezone_error.setText(u"")
        self.timezone_error.setWordWrap(True)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timezone_error)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.branch_code)
        self.nameLabel.setBuddy(self.branch_name)
        self.timezoneLabel.setBuddy(self.timezone)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.branch_code, self.branch_name)
        QWidget.setTabOrder(self.branch_name, self.timezone)

        self.retranslateUi(BranchPage)

        QMetaObject.connectSlotsByName(BranchPage)
    # setupUi

    def retranslateUi(self, BranchPage):
        BranchPage.setTitle(QCoreApplication.translate("BranchPage", u"Your branch", None))
        BranchPage.setSubTitle(QCoreApplication.translate("BranchPage", u"The branch code appears in every ticket number (e.g. BJ01-20250301-0001) and cannot be changed later.", None))
        self.codeLabel.setText(QCoreApplication.translate("BranchPage", u"Branch code:", None))
        self.nameLabel.setText(QCoreApplication.translate("BranchPage", u"Branch name:", None))
        self.branch_name.setPlaceholderText(QCoreApplication.translate("BranchPage", u"e.g. Chaoyang service hall", None))
        self.timezoneLabel.setText(QCoreApplication.translate("BranchPage", u"Time zone:", None))
    # retranslateUi

