# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints_page.ui'
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
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ComplaintsPage(object):
    def setupUi(self, ComplaintsPage):
        if not ComplaintsPage.objectName():
            ComplaintsPage.setObjectName(u"ComplaintsPage")
        self.outerLayout = QVBoxLayout(ComplaintsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.complaintAlarms = QLabel(ComplaintsPage)
        self.complaintAlarms.setObjectName(u"complaintAlarms")
        self.complaintAlarms.setStyleSheet(u"color:#c62828;font-weight:bold;")
        self.complaintAlarms.setText(u"")

        self.outerLayout.addWidget(self.complaintAlarms)

        self.tabs = QTabWidget(ComplaintsPage)
        self.tabs.setObjectName(u"tabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(9, 9, 9, 9)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.stageLabel = QLabel(self.listTab)
        self.stageLabel.setObjectName(u"stageLabel")

        self.filterRow.addWidget(self.stageLabel)

        self.stageFilter = QComboBox(self.listTab)
        self.stageFilter.setObjectName(u"stageFilter")

        self.filterRow.addWidget(self.stageFilter)

        self.countLabel = QLabel(self.listTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterRow.addWidget(self.countLabel)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.listLayout.addLayout(self.filterRow)

        self.listSplitter = QSplitter(self.listTab)
        self.listSplitter.setObjectName(u"listSplitter")
        self.listSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.complaintTable = QTableView(self.listSplitter)
        self.complaintTable.setObjectName(u"complaintTable")
        self.complaintTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaintTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.listSplitter.addWidget(self.complaintTable)
        self.complaintTable.horizontalHeader().setStretchLastSection(True)
        self.complaintTable.verticalHeader().setVisible(False)
        self.complaintTable.verticalHeader().setDefaultSectionSize(26)

        self.listLayout.addWidget(self.listSplitter)

        self.listLayout.setStretch(1, 1)
        self.tabs.addTab(self.listTab, "")

        self.outerLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.stageFilter)
        QWidget.setTabOrder(self.stageFilter, self.complaintTable)

        self.retranslateUi(ComplaintsPage)

        QMetaObject.connectSlotsByName(ComplaintsPage)
    # setupUi

    def retranslateUi(self, ComplaintsPage):
        self.stageLabel.setText(QCoreApplication.translate("ComplaintsPage", u"Stage", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("ComplaintsPage", u"Complaints", None))
        pass
    # retranslateUi

