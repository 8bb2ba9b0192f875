# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ConnectionForm(object):
    def setupUi(self, ConnectionForm):
        if not ConnectionForm.objectName():
            ConnectionForm.setObjectName(u"ConnectionForm")
        self.mainLayout = QVBoxLayout(ConnectionForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.kind_local = QRadioButton(ConnectionForm)
        self.kind_local.setObjectName(u"kind_local")
        self.kind_local.setChecked(True)

        self.mainLayout.addWidget(self.kind_local)

        self.kind_server = QRadioButton(ConnectionForm)
        self.kind_server.setObjectName(u"kind_server")

        self.mainLayout.addWidget(self.kind_server)

        self.server_box = QGroupBox(ConnectionForm)
        self.server_box.setObjectName(u"server_box")
        self.serverLayout = QFormLayout(self.server_box)
        self.serverLayout.setObjectName(u"serverLayout")
        self.hostLabel = QLabel(self.server_box)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.server_host = QLineEdit(self.server_box)
        self.server_host.setObjectName(u"server_host")
        self.server_host.setMaxLength(200)

        self.serverLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_host)

        self.portLabel = QLabel(self.server_box)
        self.portLabel.setObjectName(u"portLabel")

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.server_port = QSpinBox(self.server_box)
        self.server_port.setObjectName(u"server_port")
        self.server_port.setMinimum(1)
        self.server_port.setMaximum(65535)
        self.server_port.setValue(5432)

        self.serverLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.server_port)

        self.databaseLabel = QLabel(self.server_box)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.server_database = QLineEdit(self.server_box)
        self.server_database.setObjectName(u"server_database")
        self.server_database.setMaxLength(200)

        self.serverLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.server_database)

        self.userLabel = QLabel(self.server_box)
        self.userLabel.setObjectName(u"userLabel")

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.server_user = QLineEdit(self.server_box)
        self.server_user.setObjectName(u"server_user")
        self.server_user.setMaxLength(200)

        self.serverLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.server_user)

        self.passwordLabel = QLabel(self.server_box)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.server_password = QLineEdit(self.server_box)
        self.server_password.setObjectName(u"server_password")
        self.server_password.setMaxLength(200)
        self.server_password.setEchoMode(QLineEdit.Password)

        self.serverLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.server_password)

        self.test_button = QPushButton(self.server_box)
        self.test_button.setObjectName(u"test_button")

        self.serverLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.test_button)


        self.mainLayout.addWidget(self.server_box)

        self.result = QLabel(ConnectionForm)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.result)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.server_host)
        self.portLabel.setBuddy(self.server_port)
        self.databaseLabel.setBuddy(self.server_database)
        self.userLabel.setBuddy(self.server_user)
        self.passwordLabel.setBuddy(self.server_password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConnectionForm)

        QMetaObject.connectSlotsByName(ConnectionForm)
    # setupUi

    def retranslateUi(self, ConnectionForm):
        self.kind_local.setText(QCoreApplication.translate("ConnectionForm", u"This PC only (the data stays in a file on this computer)", None))
        self.kind_server.setText(QCoreApplication.translate("ConnectionForm", u"Hall server (several counters share one PostgreSQL database)", None))
        self.server_box.setTitle(QCoreApplication.translate("ConnectionForm", u"Hall server", None))
        self.hostLabel.setText(QCoreApplication.translate("ConnectionForm", u"Host:", None))
        self.server_host.setPlaceholderText(QCoreApplication.translate("ConnectionForm", u"e.g. hall-server or 192.168.1.10", None))
        self.portLabel.setText(QCoreApplication.translate("ConnectionForm", u"Port:", None))
        self.databaseLabel.setText(QCoreApplication.translate("ConnectionForm", u"Database:", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectionForm", u"User:", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectionForm", u"Password:", None))
        self.test_button.setText(QCoreApplication.translate("ConnectionForm", u"Test connection", None))
        pass
    # retranslateUi

