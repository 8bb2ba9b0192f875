# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'knowledge_cases.ui'
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
    QHeaderView, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CasesTab(object):
    def setupUi(self, CasesTab):
        if not CasesTab.objectName():
            CasesTab.setObjectName(u"CasesTab")
        self.outerLayout = QVBoxLayout(CasesTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.outcomeFilter = QComboBox(CasesTab)
        self.outcomeFilter.setObjectName(u"outcomeFilter")

        self.filterRow.addWidget(self.outcomeFilter)

        self.caseSearch = QLineEdit(CasesTab)
        self.caseSearch.setObjectName(u"caseSearch")

        self.filterRow.addWidget(self.caseSearch)

        self.promoteButton = QPushButton(CasesTab)
        self.promoteButton.setObjectName(u"promoteButton")

        self.filterRow.addWidget(self.promoteButton)


        self.outerLayout.addLayout(self.filterRow)

        self.casesSplitter = QSplitter(CasesTab)
        self.casesSplitter.setObjectName(u"casesSplitter")
        self.casesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.caseTable = QTableWidget(self.casesSplitter)
        if (self.caseTable.columnCount() < 4):
            self.caseTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.caseTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.caseTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.caseTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.caseTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.casesSplitter.addWidget(self.caseTable)
        self.caseTable.horizontalHeader().setStretchLastSection(True)
        self.caseTable.verticalHeader().setVisible(False)
        self.caseTable.verticalHeader().setDefaultSectionSize(26)
        self.caseDetail = QPlainTextEdit(self.casesSplitter)
        self.caseDetail.setObjectName(u"caseDetail")
        self.caseDetail.setReadOnly(True)
        self.casesSplitter.addWidget(self.caseDetail)

        self.outerLayout.addWidget(self.casesSplitter)

        QWidget.setTabOrder(self.outcomeFilter, self.caseSearch)
        QWidget.setTabOrder(self.caseSearch, self.promoteButton)
        QWidget.setTabOrder(self.promoteButton, self.caseTable)
        QWidget.setTabOrder(self.caseTable, self.caseDetail)

        self.retranslateUi(CasesTab)

        QMetaObject.connectSlotsByName(CasesTab)
    # setupUi

    def retranslateUi(self, CasesTab):
#if QT_CONFIG(tooltip)
        self.outcomeFilter.setToolTip(QCoreApplication.translate("CasesTab", u"Outcome", None))
#endif // QT_CONFIG(tooltip)
        self.caseSearch.setPlaceholderText(QCoreApplication.translate("CasesTab", u"Words in the case", None))
        self.promoteButton.setText(QCoreApplication.translate("CasesTab", u"Promote a closed ticket\u2026", None))
        ___qtablewidgetitem = self.caseTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CasesTab", u"Title", None))
        ___qtablewidgetitem1 = self.caseTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CasesTab", u"Outcome", None))
        ___qtablewidgetitem2 = self.caseTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CasesTab", u"Type", None))
        ___qtablewidgetitem3 = self.caseTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CasesTab", u"Used in courses", None))
        pass
    # retranslateUi

