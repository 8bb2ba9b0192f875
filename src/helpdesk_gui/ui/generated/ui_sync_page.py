# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        self.outerLayout = QVBoxLayout(SyncPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.siteRow = QHBoxLayout()
        self.siteRow.setObjectName(u"siteRow")
        self.siteLabel = QLabel(SyncPage)
        self.siteLabel.setObjectName(u"siteLabel")
        self.siteLabel.setWordWrap(True)

        self.siteRow.addWidget(self.siteLabel)

        self.siteSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.siteRow.addItem(self.siteSpacer)

        self.setUpButton = QPushButton(SyncPage)
        self.setUpButton.setObjectName(u"setUpButton")

        self.siteRow.addWidget(self.setUpButton)

        self.keyButton = QPushButton(SyncPage)
        self.keyButton.setObjectName(u"keyButton")

        self.siteRow.addWidget(self.keyButton)

        self.addSiteButton = QPushButton(SyncPage)
        self.addSiteButton.setObjectName(u"addSiteButton")

        self.siteRow.addWidget(self.addSiteButton)

        self.refreshButton = QPushButton(SyncPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.siteRow.addWidget(self.refreshButton)

        self.siteRow.setStretch(0, 1)

        self.outerLayout.addLayout(self.siteRow)

        self.sitesBox = QGroupBox(SyncPage)
        self.sitesBox.setObjectName(u"sitesBox")
        self.sitesLayout = QVBoxLayout(self.sitesBox)
        self.sitesLayout.setObjectName(u"sitesLayout")
        self.siteTable = QTableWidget(self.sitesBox)
        self.siteTable.setObjectName(u"siteTable")
        self.siteTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.siteTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.siteTable.setAlternatingRowColors(True)

        self.sitesLayout.addWidget(self.siteTable)


        self.outerLayout.addWidget(self.sitesBox)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.targetLabel = QLabel(SyncPage)
        self.targetLabel.setObjectName(u"targetLabel")

        self.actionRow.addWidget(self.targetLabel)

        self.targetSite = QComboBox(SyncPage)
        self.targetSite.setObjectName(u"targetSite")

        self.actionRow.addWidget(self.targetSite)

        self.exportButton = QPushButton(SyncPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionRow.addWidget(self.exportButton)

        self.importButton = QPushButton(SyncPage)
        self.importButton.setObjectName(u"importButton")

        self.actionRow.addWidget(self.importButton)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.outerLayout.addLayout(self.actionRow)

        self.progressBar = QProgressBar(SyncPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setValue(0)

        self.outerLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(SyncPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.statusLabel)

        self.conflictsBox = QGroupBox(SyncPage)
        self.conflictsBox.setObjectName(u"conflictsBox")
        self.conflictsLayout = QVBoxLayout(self.conflictsBox)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictTable = QTableWidget(self.conflictsBox)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictTable.setAlternatingRowColors(True)

        self.conflictsLayout.addWidget(self.conflictTable)


        self.outerLayout.addWidget(self.conflictsBox)

        self.reminderRow = QHBoxLayout()
        self.reminderRow.setObjectName(u"reminderRow")
        self.reminderLabel = QLabel(SyncPage)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.reminderRow.addWidget(self.reminderLabel)

        self.reminderDays = QSpinBox(SyncPage)
        self.reminderDays.setObjectName(u"reminderDays")
        self.reminderDays.setMinimum(1)
        self.reminderDays.setMaximum(365)
        self.reminderDays.setValue(7)

        self.reminderRow.addWidget(self.reminderDays)

        self.reminderUnit = QLabel(SyncPage)
        self.reminderUnit.setObjectName(u"reminderUnit")

        self.reminderRow.addWidget(self.reminderUnit)

        self.saveReminderButton = QPushButton(SyncPage)
        self.saveReminderButton.setObjectName(u"saveReminderButton")

        self.reminderRow.addWidget(self.saveReminderButton)

        self.reminderSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reminderRow.addItem(self.reminderSpacer)


        self.outerLayout.addLayout(self.reminderRow)

        self.outerLayout.setStretch(1, 1)
        self.outerLayout.setStretch(5, 1)

        self.retranslateUi(SyncPage)

        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        self.siteLabel.setText(QCoreApplication.translate("SyncPage", u"This site", None))
        self.setUpButton.setText(QCoreApplication.translate("SyncPage", u"Set up this site\u2026", None))
        self.keyButton.setText(QCoreApplication.translate("SyncPage", u"This site's key\u2026", None))
        self.addSiteButton.setText(QCoreApplication.translate("SyncPage", u"Register a site\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("SyncPage", u"Refresh", None))
        self.sitesBox.setTitle(QCoreApplication.translate("SyncPage", u"Sites: bundles sent and received", None))
        self.targetLabel.setText(QCoreApplication.translate("SyncPage", u"Send to", None))
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"Export bundle to a folder or drive\u2026", None))
        self.importButton.setText(QCoreApplication.translate("SyncPage", u"Import bundle\u2026", None))
        self.statusLabel.setText("")
        self.conflictsBox.setTitle(QCoreApplication.translate("SyncPage", u"Conflicts and how each was decided", None))
        self.reminderLabel.setText(QCoreApplication.translate("SyncPage", u"Remind this branch after", None))
        self.reminderUnit.setText(QCoreApplication.translate("SyncPage", u"days without a bundle sent", None))
        self.saveReminderButton.setText(QCoreApplication.translate("SyncPage", u"Save", None))
        pass
    # retranslateUi

