# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_quality.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_QualityTab(object):
    def setupUi(self, QualityTab):
        if not QualityTab.objectName():
            QualityTab.setObjectName(u"QualityTab")
        self.outerLayout = QGridLayout(QualityTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.planBox = QGroupBox(QualityTab)
        self.planBox.setObjectName(u"planBox")
        self.planLayout = QGridLayout(self.planBox)
        self.planLayout.setObjectName(u"planLayout")
        self.planRow = QHBoxLayout()
        self.planRow.setObjectName(u"planRow")
        self.yearSpin = QSpinBox(self.planBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.planRow.addWidget(self.yearSpin)

        self.quarterCombo = QComboBox(self.planBox)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.planRow.addWidget(self.quarterCombo)

        self.planCourseCombo = QComboBox(self.planBox)
        self.planCourseCombo.setObjectName(u"planCourseCombo")
        self.planCourseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.planCourseCombo.setMinimumContentsLength(14)

        self.planRow.addWidget(self.planCourseCombo)

        self.planButton = QPushButton(self.planBox)
        self.planButton.setObjectName(u"planButton")

        self.planRow.addWidget(self.planButton)


        self.planLayout.addLayout(self.planRow, 0, 0, 1, 1)

        self.complianceLabel = QLabel(self.planBox)
        self.complianceLabel.setObjectName(u"complianceLabel")
        self.complianceLabel.setText(u"")
        self.complianceLabel.setWordWrap(True)

        self.planLayout.addWidget(self.complianceLabel, 1, 0, 1, 1)

        self.completionLabel = QLabel(self.planBox)
        self.completionLabel.setObjectName(u"completionLabel")
        self.completionLabel.setText(u"")
        self.completionLabel.setWordWrap(True)

        self.planLayout.addWidget(self.completionLabel, 2, 0, 1, 1)

        self.planTable = QTableWidget(self.planBox)
        if (self.planTable.columnCount() < 5):
            self.planTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.planTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planTable.horizontalHeader().setStretchLastSection(True)
        self.planTable.verticalHeader().setVisible(False)
        self.planTable.verticalHeader().setDefaultSectionSize(26)

        self.planLayout.addWidget(self.planTable, 3, 0, 1, 1)


        self.outerLayout.addWidget(self.planBox, 0, 0, 1, 1)

        self.needsBox = QGroupBox(QualityTab)
        self.needsBox.setObjectName(u"needsBox")
        self.needsLayout = QVBoxLayout(self.needsBox)
        self.needsLayout.setObjectName(u"needsLayout")
        self.needsTable = QTableWidget(self.needsBox)
        if (self.needsTable.columnCount() < 5):
            self.needsTable.setColumnCount(5)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.needsTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.needsTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.needsTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.needsTable.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.needsTable.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        self.needsTable.setObjectName(u"needsTable")
        self.needsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.needsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needsTable.horizontalHeader().setStretchLastSection(True)
        self.needsTable.verticalHeader().setVisible(False)
        self.needsTable.verticalHeader().setDefaultSectionSize(26)

        self.needsLayout.addWidget(self.needsTable)


        self.outerLayout.addWidget(self.needsBox, 0, 1, 1, 1)

        self.certificatesBox = QGroupBox(QualityTab)
        self.certificatesBox.setObjectName(u"certificatesBox")
        self.certificatesLayout = QVBoxLayout(self.certificatesBox)
        self.certificatesLayout.setObjectName(u"certificatesLayout")
        self.reminderTable = QTableWidget(self.certificatesBox)
        if (self.reminderTable.columnCount() < 4):
            self.reminderTable.setColumnCount(4)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.reminderTable.setHorizontalHeaderItem(0, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.reminderTable.setHorizontalHeaderItem(1, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.reminderTable.setHorizontalHeaderItem(2, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.reminderTable.setHorizontalHeaderItem(3, __qtablewidgetitem13)
        self.reminderTable.setObjectName(u"reminderTable")
        self.reminderTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reminderTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reminderTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reminderTable.horizontalHeader().setStretchLastSection(True)
        self.reminderTable.verticalHeader().setVisible(False)
        self.reminderTable.verticalHeader().setDefaultSectionSize(26)

        self.certificatesLayout.addWidget(self.reminderTable)


        self.outerLayout.addWidget(self.certificatesBox, 1, 0, 1, 1)

        self.historyBox = QGroupBox(QualityTab)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.staffCombo = QComboBox(self.historyBox)
        self.staffCombo.setObjectName(u"staffCombo")

        self.historyLayout.addWidget(self.staffCombo)

        self.historyTable = QTableWidget(self.historyBox)
        if (self.historyTable.columnCount() < 6):
            self.historyTable.setColumnCount(6)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(5, __qtablewidgetitem19)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)
        self.historyTable.verticalHeader().setDefaultSectionSize(26)

        self.historyLayout.addWidget(self.historyTable)


        self.outerLayout.addWidget(self.historyBox, 1, 1, 1, 1)

        QWidget.setTabOrder(self.yearSpin, self.quarterCombo)
        QWidget.setTabOrder(self.quarterCombo, self.planCourseCombo)
        QWidget.setTabOrder(self.planCourseCombo, self.planButton)
        QWidget.setTabOrder(self.planButton, self.planTable)
        QWidget.setTabOrder(self.planTable, self.needsTable)
        QWidget.setTabOrder(self.needsTable, self.reminderTable)
        QWidget.setTabOrder(self.reminderTable, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.historyTable)

        self.retranslateUi(QualityTab)

        QMetaObject.connectSlotsByName(QualityTab)
    # setupUi

    def retranslateUi(self, QualityTab):
        self.planBox.setTitle(QCoreApplication.translate("QualityTab", u"Quarterly plan", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("QualityTab", u"Year", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.quarterCombo.setToolTip(QCoreApplication.translate("QualityTab", u"Quarter", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.planCourseCombo.setToolTip(QCoreApplication.translate("QualityTab", u"Course to plan", None))
#endif // QT_CONFIG(tooltip)
        self.planButton.setText(QCoreApplication.translate("QualityTab", u"Add to plan", None))
        ___qtablewidgetitem = self.planTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("QualityTab", u"Code", None))
        ___qtablewidgetitem1 = self.planTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("QualityTab", u"Course", None))
        ___qtablewidgetitem2 = self.planTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("QualityTab", u"Subtopic", None))
        ___qtablewidgetitem3 = self.planTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("QualityTab", u"Month", None))
        ___qtablewidgetitem4 = self.planTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("QualityTab", u"Sessions held", None))
        self.needsBox.setTitle(QCoreApplication.translate("QualityTab", u"Training needs (quality figures below target this quarter)", None))
        ___qtablewidgetitem5 = self.needsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("QualityTab", u"Employee no.", None))
        ___qtablewidgetitem6 = self.needsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("QualityTab", u"Name", None))
        ___qtablewidgetitem7 = self.needsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("QualityTab", u"Complaints", None))
        ___qtablewidgetitem8 = self.needsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("QualityTab", u"Gaps", None))
        ___qtablewidgetitem9 = self.needsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("QualityTab", u"Courses covering the gaps", None))
        self.certificatesBox.setTitle(QCoreApplication.translate("QualityTab", u"Certificates expiring within {0} days", None))
        ___qtablewidgetitem10 = self.reminderTable.horizontalHeaderItem(0)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("QualityTab", u"Name", None))
        ___qtablewidgetitem11 = self.reminderTable.horizontalHeaderItem(1)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("QualityTab", u"Certificate", None))
        ___qtablewidgetitem12 = self.reminderTable.horizontalHeaderItem(2)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("QualityTab", u"Expires", None))
        ___qtablewidgetitem13 = self.reminderTable.horizontalHeaderItem(3)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("QualityTab", u"Days left", None))
        self.historyBox.setTitle(QCoreApplication.translate("QualityTab", u"Training history", None))
#if QT_CONFIG(tooltip)
        self.staffCombo.setToolTip(QCoreApplication.translate("QualityTab", u"Staff member", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem14 = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("QualityTab", u"Date", None))
        ___qtablewidgetitem15 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("QualityTab", u"Course", None))
        ___qtablewidgetitem16 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("QualityTab", u"Hours", None))
        ___qtablewidgetitem17 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("QualityTab", u"Attendance", None))
        ___qtablewidgetitem18 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("QualityTab", u"Scores", None))
        ___qtablewidgetitem19 = self.historyTable.horizontalHeaderItem(5)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("QualityTab", u"Completed", None))
        pass
    # retranslateUi

