# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_admin.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget, QWizardPage)

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        self.outerLayout = QVBoxLayout(AdminPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.employeeNoLabel = QLabel(AdminPage)
        self.employeeNoLabel.setObjectName(u"employeeNoLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeNoLabel)

        self.admin_employee_no = QLineEdit(AdminPage)
        self.admin_employee_no.setObjectName(u"admin_employee_no")
        self.admin_employee_no.setMaxLength(32)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.admin_employee_no)

        self.employee_no_error = QLabel(AdminPage)
        self.employee_no_error.setObjectName(u"employee_no_error")
        self.employee_no_error.setStyleSheet(u"color: #b3261e;")
        self.employee_no_error.setText(u"")
        self.employee_no_error.setWordWrap(True)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employee_no_error)

        self.nameLabel = QLabel(AdminPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.admin_name = QLineEdit(AdminPage)
        self.admin_name.setObjectName(u"admin_name")
        self.admin_name.setMaxLength(50)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.admin_name)

        self.name_error = QLabel(AdminPage)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setStyleSheet(u"color: #b3261e;")
        self.name_error.setText(u"")
        self.name_error.setWordWrap(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.passwordLabel = QLabel(AdminPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.admin_password = QLineEdit(AdminPage)
        self.admin_password.setObjectName(u"admin_password")
        self.admin_password.setMaxLength(128)
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.admin_password)

        self.password_error = QLabel(AdminPage)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setStyleSheet(u"color: #b3261e;")
        self.password_error.setText(u"")
        self.password_error.setWordWrap(True)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password_error)

        self.repeatLabel = QLabel(AdminPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.admin_password_repeat = QLineEdit(AdminPage)
        self.admin_password_repeat.setObjectName(u"admin_password_repeat")
        self.admin_password_repeat.setMaxLength(128)
        self.admin_password_repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.admin_password_repeat)


        self.outerLayout.addLayout(self.fieldsLayout)

        self.hintLabel = QLabel(AdminPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.outerLayout.addWidget(self.hintLabel)

        self.error = QLabel(AdminPage)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")
        self.error.setText(u"")
        self.error.setWordWrap(True)

        self.outerLayout.addWidget(self.error)

#if QT_CONFIG(shortcut)
        self.employeeNoLabel.setBuddy(self.admin_employee_no)
        self.nameLabel.setBuddy(self.admin_name)
        self.passwordLabel.setBuddy(self.admin_password)
        self.repeatLabel.setBuddy(self.admin_password_repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.admin_employee_no, self.admin_name)
        QWidget.setTabOrder(self.admin_name, self.admin_password)
        QWidget.setTabOrder(self.admin_password, self.admin_password_repeat)

        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        AdminPage.setTitle(QCoreApplication.translate("AdminPage", u"The administrator", None))
        AdminPage.setSubTitle(QCoreApplication.translate("AdminPage", u"The administrator adds the staff, resets passwords, keeps the backups and reads the audit trail.", None))
        self.employeeNoLabel.setText(QCoreApplication.translate("AdminPage", u"Employee number:", None))
        self.nameLabel.setText(QCoreApplication.translate("AdminPage", u"Name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("AdminPage", u"Password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("AdminPage", u"Password again:", None))
        self.hintLabel.setText(QCoreApplication.translate("AdminPage", u"At least 8 characters, with letters and digits.", None))
    # retranslateUi

