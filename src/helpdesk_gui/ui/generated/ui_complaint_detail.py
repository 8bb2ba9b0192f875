# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from helpdesk_gui.ui.complaints.complaint_steps import StepStack

class Ui_ComplaintDetail(object):
    def setupUi(self, ComplaintDetail):
        if not ComplaintDetail.objectName():
            ComplaintDetail.setObjectName(u"ComplaintDetail")
        self.outerLayout = QVBoxLayout(ComplaintDetail)
        self.outerLayout.setObjectName(u"outerLayout")
        self.stageStrip = QHBoxLayout()
        self.stageStrip.setObjectName(u"stageStrip")
        self.stage_received = QLabel(ComplaintDetail)
        self.stage_received.setObjectName(u"stage_received")
        self.stage_received.setText(u"Received")

        self.stageStrip.addWidget(self.stage_received)

        self.stage_acknowledged = QLabel(ComplaintDetail)
        self.stage_acknowledged.setObjectName(u"stage_acknowledged")
        self.stage_acknowledged.setText(u"Acknowledged")

        self.stageStrip.addWidget(self.stage_acknowledged)

        self.stage_assigned = QLabel(ComplaintDetail)
        self.stage_assigned.setObjectName(u"stage_assigned")
        self.stage_assigned.setText(u"Classified and assigned")

        self.stageStrip.addWidget(self.stage_assigned)

        self.stage_investigated = QLabel(ComplaintDetail)
        self.stage_investigated.setObjectName(u"stage_investigated")
        self.stage_investigated.setText(u"Investigated")

        self.stageStrip.addWidget(self.stage_investigated)

        self.stage_proposed = QLabel(ComplaintDetail)
        self.stage_proposed.setObjectName(u"stage_proposed")
        self.stage_proposed.setText(u"Solution proposed")

        self.stageStrip.addWidget(self.stage_proposed)

        self.stage_carried_out = QLabel(ComplaintDetail)
        self.stage_carried_out.setObjectName(u"stage_carried_out")
        self.stage_carried_out.setText(u"Carried out")

        self.stageStrip.addWidget(self.stage_carried_out)

        self.stage_feedback = QLabel(ComplaintDetail)
        self.stage_feedback.setObjectName(u"stage_feedback")
        self.stage_feedback.setText(u"Feedback given")

        self.stageStrip.addWidget(self.stage_feedback)

        self.stage_closed = QLabel(ComplaintDetail)
        self.stage_closed.setObjectName(u"stage_closed")
        self.stage_closed.setText(u"Closed")

        self.stageStrip.addWidget(self.stage_closed)

        self.stageSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageStrip.addItem(self.stageSpacer)


        self.outerLayout.addLayout(self.stageStrip)

        self.complaintSummary = QLabel(ComplaintDetail)
        self.complaintSummary.setObjectName(u"complaintSummary")
        self.complaintSummary.setText(u"")
        self.complaintSummary.setWordWrap(True)

        self.outerLayout.addWidget(self.complaintSummary)

        self.stepBox = QGroupBox(ComplaintDetail)
        self.stepBox.setObjectName(u"stepBox")
        self.stepLayout = QVBoxLayout(self.stepBox)
        self.stepLayout.setObjectName(u"stepLayout")
        self.stepStack = StepStack(self.stepBox)
        self.stepStack.setObjectName(u"stepStack")

        self.stepLayout.addWidget(self.stepStack)

        self.complaintError = QLabel(self.stepBox)
        self.complaintError.setObjectName(u"complaintError")
        self.complaintError.setStyleSheet(u"color:#c62828;")
        self.complaintError.setText(u"")
        self.complaintError.setWordWrap(True)

        self.stepLayout.addWidget(self.complaintError)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.do_acknowledge = QPushButton(self.stepBox)
        self.do_acknowledge.setObjectName(u"do_acknowledge")
        self.do_acknowledge.setText(u"Acknowledge")

        self.actionRow.addWidget(self.do_acknowledge)

        self.do_classify = QPushButton(self.stepBox)
        self.do_classify.setObjectName(u"do_classify")
        self.do_classify.setText(u"Classify and assign")

        self.actionRow.addWidget(self.do_classify)

        self.do_investigate = QPushButton(self.stepBox)
        self.do_investigate.setObjectName(u"do_investigate")
        self.do_investigate.setText(u"Record investigation")

        self.actionRow.addWidget(self.do_investigate)

        self.do_propose = QPushButton(self.stepBox)
        self.do_propose.setObjectName(u"do_propose")
        self.do_propose.setText(u"Propose solution")

        self.actionRow.addWidget(self.do_propose)

        self.do_carry_out = QPushButton(self.stepBox)
        self.do_carry_out.setObjectName(u"do_carry_out")
        self.do_carry_out.setText(u"Carry out")

        self.actionRow.addWidget(self.do_carry_out)

        self.do_feedback = QPushButton(self.stepBox)
        self.do_feedback.setObjectName(u"do_feedback")
        self.do_feedback.setText(u"Record feedback")

        self.actionRow.addWidget(self.do_feedback)

        self.do_close = QPushButton(self.stepBox)
        self.do_close.setObjectName(u"do_close")
        self.do_close.setText(u"Close")

        self.actionRow.addWidget(self.do_close)

        self.do_reopen = QPushButton(self.stepBox)
        self.do_reopen.setObjectName(u"do_reopen")
        self.do_reopen.setText(u"Reopen")

        self.actionRow.addWidget(self.do_reopen)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.print_complaint = QPushButton(self.stepBox)
        self.print_complaint.setObjectName(u"print_complaint")

        self.actionRow.addWidget(self.print_complaint)


        self.stepLayout.addLayout(self.actionRow)


        self.outerLayout.addWidget(self.stepBox)

        self.repeatsLabel = QLabel(ComplaintDetail)
        self.repeatsLabel.setObjectName(u"repeatsLabel")

        self.outerLayout.addWidget(self.repeatsLabel)

        self.repeatList = QListWidget(ComplaintDetail)
        self.repeatList.setObjectName(u"repeatList")
        self.repeatList.setMaximumSize(QSize(16777215, 70))

        self.outerLayout.addWidget(self.repeatList)

        self.stepTable = QTableWidget(ComplaintDetail)
        if (self.stepTable.columnCount() < 4):
            self.stepTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.stepTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.stepTable.setObjectName(u"stepTable")
        self.stepTable.setWordWrap(False)
        self.stepTable.horizontalHeader().setStretchLastSection(True)
        self.stepTable.verticalHeader().setVisible(False)
        self.stepTable.verticalHeader().setDefaultSectionSize(24)

        self.outerLayout.addWidget(self.stepTable)

        self.outerLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.repeatsLabel.setBuddy(self.repeatList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.do_acknowledge, self.do_classify)
        QWidget.setTabOrder(self.do_classify, self.do_investigate)
        QWidget.setTabOrder(self.do_investigate, self.do_propose)
        QWidget.setTabOrder(self.do_propose, self.do_carry_out)
        QWidget.setTabOrder(self.do_carry_out, self.do_feedback)
        QWidget.setTabOrder(self.do_feedback, self.do_close)
        QWidget.setTabOrder(self.do_close, self.do_reopen)
        QWidget.setTabOrder(self.do_reopen, self.repeatList)
        QWidget.setTabOrder(self.repeatList, self.stepTable)

        self.retranslateUi(ComplaintDetail)

        QMetaObject.connectSlotsByName(ComplaintDetail)
    # setupUi

    def retranslateUi(self, ComplaintDetail):
        self.stepBox.setTitle(QCoreApplication.translate("ComplaintDetail", u"Next step", None))
#if QT_CONFIG(tooltip)
        self.print_complaint.setToolTip(QCoreApplication.translate("ComplaintDetail", u"Print the complaint record with every stage step (A4, personal data masked)", None))
#endif // QT_CONFIG(tooltip)
        self.print_complaint.setText(QCoreApplication.translate("ComplaintDetail", u"Print record\u2026", None))
        self.repeatsLabel.setText(QCoreApplication.translate("ComplaintDetail", u"Earlier complaints on the same matter (repeats)", None))
        ___qtablewidgetitem = self.stepTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ComplaintDetail", u"When", None))
        ___qtablewidgetitem1 = self.stepTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ComplaintDetail", u"Step", None))
        ___qtablewidgetitem2 = self.stepTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ComplaintDetail", u"Who", None))
        ___qtablewidgetitem3 = self.stepTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ComplaintDetail", u"Note", None))
        pass
    # retranslateUi

