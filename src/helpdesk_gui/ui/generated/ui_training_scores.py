# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_scores.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ScoresTab(object):
    def setupUi(self, ScoresTab):
        if not ScoresTab.objectName():
            ScoresTab.setObjectName(u"ScoresTab")
        self.outerLayout = QVBoxLayout(ScoresTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.sessionRow = QHBoxLayout()
        self.sessionRow.setObjectName(u"sessionRow")
        self.sessionLabel = QLabel(ScoresTab)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.sessionRow.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(ScoresTab)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.sessionRow.addWidget(self.sessionCombo)

        self.methodLabel = QLabel(ScoresTab)
        self.methodLabel.setObjectName(u"methodLabel")

        self.sessionRow.addWidget(self.methodLabel)

        self.methodCombo = QComboBox(ScoresTab)
        self.methodCombo.setObjectName(u"methodCombo")

        self.sessionRow.addWidget(self.methodCombo)

        self.sessionRow.setStretch(1, 1)

        self.outerLayout.addLayout(self.sessionRow)

        self.scoreTable = QTableWidget(ScoresTab)
        if (self.scoreTable.columnCount() < 5):
            self.scoreTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.scoreTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.scoreTable.setObjectName(u"scoreTable")
        self.scoreTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scoreTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scoreTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scoreTable.horizontalHeader().setStretchLastSection(True)
        self.scoreTable.verticalHeader().setVisible(False)
        self.scoreTable.verticalHeader().setDefaultSectionSize(26)

        self.outerLayout.addWidget(self.scoreTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.messageLabel = QLabel(ScoresTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.messageLabel)

        self.importButton = QPushButton(ScoresTab)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.saveButton = QPushButton(ScoresTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.buttonRow.setStretch(0, 1)

        self.outerLayout.addLayout(self.buttonRow)

        self.outerLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionCombo, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.scoreTable)
        QWidget.setTabOrder(self.scoreTable, self.importButton)
        QWidget.setTabOrder(self.importButton, self.saveButton)

        self.retranslateUi(ScoresTab)

        QMetaObject.connectSlotsByName(ScoresTab)
    # setupUi

    def retranslateUi(self, ScoresTab):
        self.sessionLabel.setText(QCoreApplication.translate("ScoresTab", u"Session", None))
        self.methodLabel.setText(QCoreApplication.translate("ScoresTab", u"Assessment method", None))
        ___qtablewidgetitem = self.scoreTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ScoresTab", u"Employee no.", None))
        ___qtablewidgetitem1 = self.scoreTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ScoresTab", u"Name", None))
        ___qtablewidgetitem2 = self.scoreTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ScoresTab", u"Attendance", None))
        ___qtablewidgetitem3 = self.scoreTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ScoresTab", u"Score", None))
        ___qtablewidgetitem4 = self.scoreTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ScoresTab", u"Result", None))
        self.importButton.setText(QCoreApplication.translate("ScoresTab", u"Import sheet\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ScoresTab", u"Save attendance and scores", None))
        pass
    # retranslateUi

