# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'suggestions_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SuggestionsPage(object):
    def setupUi(self, SuggestionsPage):
        if not SuggestionsPage.objectName():
            SuggestionsPage.setObjectName(u"SuggestionsPage")
        self.outerLayout = QVBoxLayout(SuggestionsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.tabs = QTabWidget(SuggestionsPage)
        self.tabs.setObjectName(u"tabs")
        self.queueTab = QWidget()
        self.queueTab.setObjectName(u"queueTab")
        self.queueLayout = QVBoxLayout(self.queueTab)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(9, 9, 9, 9)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusLabel = QLabel(self.queueTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(self.queueTab)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.queueLayout.addLayout(self.filterRow)

        self.queueSplitter = QSplitter(self.queueTab)
        self.queueSplitter.setObjectName(u"queueSplitter")
        self.queueSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.suggestionTable = QTableView(self.queueSplitter)
        self.suggestionTable.setObjectName(u"suggestionTable")
        self.suggestionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueSplitter.addWidget(self.suggestionTable)
        self.suggestionTable.horizontalHeader().setStretchLastSection(True)
        self.suggestionTable.verticalHeader().setVisible(False)
        self.suggestionTable.verticalHeader().setDefaultSectionSize(26)

        self.queueLayout.addWidget(self.queueSplitter)

        self.queueLayout.setStretch(1, 1)
        self.tabs.addTab(self.queueTab, "")
        self.newTab = QWidget()
        self.newTab.setObjectName(u"newTab")
        self.newLayout = QFormLayout(self.newTab)
        self.newLayout.setObjectName(u"newLayout")
        self.newLayout.setContentsMargins(9, 9, 9, 9)
        self.newChannelLabel = QLabel(self.newTab)
        self.newChannelLabel.setObjectName(u"newChannelLabel")

        self.newLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newChannelLabel)

        self.newChannel = QComboBox(self.newTab)
        self.newChannel.setObjectName(u"newChannel")

        self.newLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newChannel)

        self.newTitleLabel = QLabel(self.newTab)
        self.newTitleLabel.setObjectName(u"newTitleLabel")

        self.newLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newTitleLabel)

        self.newTitle = QLineEdit(self.newTab)
        self.newTitle.setObjectName(u"newTitle")

        self.newLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newTitle)

        self.newContentLabel = QLabel(self.newTab)
        self.newContentLabel.setObjectName(u"newContentLabel")

        self.newLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newContentLabel)

        self.newContent = QPlainTextEdit(self.newTab)
        self.newContent.setObjectName(u"newContent")

        self.newLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newContent)

        self.newNameLabel = QLabel(self.newTab)
        self.newNameLabel.setObjectName(u"newNameLabel")

        self.newLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newNameLabel)

        self.newName = QLineEdit(self.newTab)
        self.newName.setObjectName(u"newName")

        self.newLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newName)

        self.newPhoneLabel = QLabel(self.newTab)
        self.newPhoneLabel.setObjectName(u"newPhoneLabel")

        self.newLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.newPhoneLabel)

        self.newPhone = QLineEdit(self.newTab)
        self.newPhone.setObjectName(u"newPhone")

        self.newLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.newPhone)

        self.newError = QLabel(self.newTab)
        self.newError.setObjectName(u"newError")
        self.newError.setStyleSheet(u"color:#c62828;")
        self.newError.setText(u"")

        self.newLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.newError)

        self.saveButton = QPushButton(self.newTab)
        self.saveButton.setObjectName(u"saveButton")

        self.newLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.saveButton)

        self.tabs.addTab(self.newTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(9, 9, 9, 9)
        self.improvementTable = QTableWidget(self.actionsTab)
        if (self.improvementTable.columnCount() < 6):
            self.improvementTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.improvementTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.improvementTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.improvementTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.improvementTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.improvementTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.improvementTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.improvementTable.setObjectName(u"improvementTable")
        self.improvementTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.improvementTable.horizontalHeader().setStretchLastSection(True)
        self.improvementTable.verticalHeader().setVisible(False)

        self.actionsLayout.addWidget(self.improvementTable)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.actionNote = QLineEdit(self.actionsTab)
        self.actionNote.setObjectName(u"actionNote")

        self.actionRow.addWidget(self.actionNote)

        self.startButton = QPushButton(self.actionsTab)
        self.startButton.setObjectName(u"startButton")

        self.actionRow.addWidget(self.startButton)

        self.doneButton = QPushButton(self.actionsTab)
        self.doneButton.setObjectName(u"doneButton")

        self.actionRow.addWidget(self.doneButton)

        self.cancelActionButton = QPushButton(self.actionsTab)
        self.cancelActionButton.setObjectName(u"cancelActionButton")

        self.actionRow.addWidget(self.cancelActionButton)

        self.actionRow.setStretch(0, 1)

        self.actionsLayout.addLayout(self.actionRow)

        self.actionError = QLabel(self.actionsTab)
        self.actionError.setObjectName(u"actionError")
        self.actionError.setStyleSheet(u"color:#c62828;")
        self.actionError.setText(u"")

        self.actionsLayout.addWidget(self.actionError)

        self.actionsLayout.setStretch(0, 1)
        self.tabs.addTab(self.actionsTab, "")

        self.outerLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusFilter)
        self.newChannelLabel.setBuddy(self.newChannel)
        self.newTitleLabel.setBuddy(self.newTitle)
        self.newContentLabel.setBuddy(self.newContent)
        self.newNameLabel.setBuddy(self.newName)
        self.newPhoneLabel.setBuddy(self.newPhone)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.suggestionTable)
        QWidget.setTabOrder(self.suggestionTable, self.newChannel)
        QWidget.setTabOrder(self.newChannel, self.newTitle)
        QWidget.setTabOrder(self.newTitle, self.newContent)
        QWidget.setTabOrder(self.newContent, self.newName)
        QWidget.setTabOrder(self.newName, self.newPhone)
        QWidget.setTabOrder(self.newPhone, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.improvementTable)
        QWidget.setTabOrder(self.improvementTable, self.actionNote)
        QWidget.setTabOrder(self.actionNote, self.startButton)
        QWidget.setTabOrder(self.startButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.cancelActionButton)

        self.retranslateUi(SuggestionsPage)

        QMetaObject.connectSlotsByName(SuggestionsPage)
    # setupUi

    def retranslateUi(self, SuggestionsPage):
        self.statusLabel.setText(QCoreApplication.translate("SuggestionsPage", u"Status", None))
        self.tabs.setTabText(self.tabs.indexOf(self.queueTab), QCoreApplication.translate("SuggestionsPage", u"Queue", None))
        self.newChannelLabel.setText(QCoreApplication.translate("SuggestionsPage", u"Channel", None))
        self.newTitleLabel.setText(QCoreApplication.translate("SuggestionsPage", u"Title", None))
        self.newContentLabel.setText(QCoreApplication.translate("SuggestionsPage", u"Suggestion", None))
        self.newNameLabel.setText(QCoreApplication.translate("SuggestionsPage", u"Customer name", None))
        self.newPhoneLabel.setText(QCoreApplication.translate("SuggestionsPage", u"Phone", None))
        self.saveButton.setText(QCoreApplication.translate("SuggestionsPage", u"Save suggestion", None))
        self.tabs.setTabText(self.tabs.indexOf(self.newTab), QCoreApplication.translate("SuggestionsPage", u"New suggestion", None))
        ___qtablewidgetitem = self.improvementTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SuggestionsPage", u"Action", None))
        ___qtablewidgetitem1 = self.improvementTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SuggestionsPage", u"Source", None))
        ___qtablewidgetitem2 = self.improvementTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SuggestionsPage", u"Owner", None))
        ___qtablewidgetitem3 = self.improvementTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SuggestionsPage", u"Due", None))
        ___qtablewidgetitem4 = self.improvementTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SuggestionsPage", u"Status", None))
        ___qtablewidgetitem5 = self.improvementTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SuggestionsPage", u"Effect", None))
        self.actionNote.setPlaceholderText(QCoreApplication.translate("SuggestionsPage", u"Effect or reason", None))
        self.startButton.setText(QCoreApplication.translate("SuggestionsPage", u"Start", None))
        self.doneButton.setText(QCoreApplication.translate("SuggestionsPage", u"Done", None))
        self.cancelActionButton.setText(QCoreApplication.translate("SuggestionsPage", u"Cancel action", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("SuggestionsPage", u"Improvement actions", None))
        pass
    # retranslateUi

