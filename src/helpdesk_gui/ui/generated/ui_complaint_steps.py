# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_steps.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QStackedWidget, QWidget)

class Ui_ComplaintSteps(object):
    def setupUi(self, ComplaintSteps):
        if not ComplaintSteps.objectName():
            ComplaintSteps.setObjectName(u"ComplaintSteps")
        self.acknowledgePage = QWidget()
        self.acknowledgePage.setObjectName(u"acknowledgePage")
        self.acknowledgeLayout = QFormLayout(self.acknowledgePage)
        self.acknowledgeLayout.setObjectName(u"acknowledgeLayout")
        self.acknowledgeLayout.setContentsMargins(0, 0, 0, 0)
        self.acknowledgeNoteLabel = QLabel(self.acknowledgePage)
        self.acknowledgeNoteLabel.setObjectName(u"acknowledgeNoteLabel")

        self.acknowledgeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acknowledgeNoteLabel)

        self.acknowledge_note = QLineEdit(self.acknowledgePage)
        self.acknowledge_note.setObjectName(u"acknowledge_note")

        self.acknowledgeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.acknowledge_note)

        ComplaintSteps.addWidget(self.acknowledgePage)
        self.classifyPage = QWidget()
        self.classifyPage.setObjectName(u"classifyPage")
        self.classifyLayout = QFormLayout(self.classifyPage)
        self.classifyLayout.setObjectName(u"classifyLayout")
        self.classifyLayout.setContentsMargins(0, 0, 0, 0)
        self.classifyCategoryLabel = QLabel(self.classifyPage)
        self.classifyCategoryLabel.setObjectName(u"classifyCategoryLabel")

        self.classifyLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.classifyCategoryLabel)

        self.classify_category = QComboBox(self.classifyPage)
        self.classify_category.setObjectName(u"classify_category")

        self.classifyLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.classify_category)

        self.classifyAssigneeLabel = QLabel(self.classifyPage)
        self.classifyAssigneeLabel.setObjectName(u"classifyAssigneeLabel")

        self.classifyLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.classifyAssigneeLabel)

        self.classify_assignee = QComboBox(self.classifyPage)
        self.classify_assignee.setObjectName(u"classify_assignee")

        self.classifyLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.classify_assignee)

        self.classifyMajorLabel = QLabel(self.classifyPage)
        self.classifyMajorLabel.setObjectName(u"classifyMajorLabel")

        self.classifyLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classifyMajorLabel)

        self.classify_major = QCheckBox(self.classifyPage)
        self.classify_major.setObjectName(u"classify_major")

        self.classifyLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classify_major)

        self.classifyNoteLabel = QLabel(self.classifyPage)
        self.classifyNoteLabel.setObjectName(u"classifyNoteLabel")

        self.classifyLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.classifyNoteLabel)

        self.classify_note = QLineEdit(self.classifyPage)
        self.classify_note.setObjectName(u"classify_note")

        self.classifyLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.classify_note)

        ComplaintSteps.addWidget(self.classifyPage)
        self.investigatePage = QWidget()
        self.investigatePage.setObjectName(u"investigatePage")
        self.investigateLayout = QFormLayout(self.investigatePage)
        self.investigateLayout.setObjectName(u"investigateLayout")
        self.investigateLayout.setContentsMargins(0, 0, 0, 0)
        self.investigateFindingsLabel = QLabel(self.investigatePage)
        self.investigateFindingsLabel.setObjectName(u"investigateFindingsLabel")

        self.investigateLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.investigateFindingsLabel)

        self.investigate_findings = QPlainTextEdit(self.investigatePage)
        self.investigate_findings.setObjectName(u"investigate_findings")
        self.investigate_findings.setMinimumSize(QSize(0, 60))
        self.investigate_findings.setMaximumSize(QSize(16777215, 60))

        self.investigateLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.investigate_findings)

        self.investigateRootCauseLabel = QLabel(self.investigatePage)
        self.investigateRootCauseLabel.setObjectName(u"investigateRootCauseLabel")

        self.investigateLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.investigateRootCauseLabel)

        self.investigate_root_cause = QComboBox(self.investigatePage)
        self.investigate_root_cause.setObjectName(u"investigate_root_cause")

        self.investigateLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.investigate_root_cause)

        ComplaintSteps.addWidget(self.investigatePage)
        self.proposePage = QWidget()
        self.proposePage.setObjectName(u"proposePage")
        self.proposeLayout = QFormLayout(self.proposePage)
        self.proposeLayout.setObjectName(u"proposeLayout")
        self.proposeLayout.setContentsMargins(0, 0, 0, 0)
        self.proposeSolutionLabel = QLabel(self.proposePage)
        self.proposeSolutionLabel.setObjectName(u"proposeSolutionLabel")

        self.proposeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.proposeSolutionLabel)

        self.propose_solution = QPlainTextEdit(self.proposePage)
        self.propose_solution.setObjectName(u"propose_solution")
        self.propose_solution.setMinimumSize(QSize(0, 60))
        self.propose_solution.setMaximumSize(QSize(16777215, 60))

        self.proposeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.propose_solution)

        self.proposeCorrectiveActionLabel = QLabel(self.proposePage)
        self.proposeCorrectiveActionLabel.setObjectName(u"proposeCorrectiveActionLabel")

        self.proposeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.proposeCorrectiveActionLabel)

        self.propose_corrective_action = QPlainTextEdit(self.proposePage)
        self.propose_corrective_action.setObjectName(u"propose_corrective_action")
        self.propose_corrective_action.setMinimumSize(QSize(0, 60))
        self.propose_corrective_action.setMaximumSize(QSize(16777215, 60))

        self.proposeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.propose_corrective_action)

        ComplaintSteps.addWidget(self.proposePage)
        self.carryOutPage = QWidget()
        self.carryOutPage.setObjectName(u"carryOutPage")
        self.carryOutLayout = QFormLayout(self.carryOutPage)
        self.carryOutLayout.setObjectName(u"carryOutLayout")
        self.carryOutLayout.setContentsMargins(0, 0, 0, 0)
        self.carryOutNoteLabel = QLabel(self.carryOutPage)
        self.carryOutNoteLabel.setObjectName(u"carryOutNoteLabel")

        self.carryOutLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.carryOutNoteLabel)

        self.carry_out_note = QPlainTextEdit(self.carryOutPage)
        self.carry_out_note.setObjectName(u"carry_out_note")
        self.carry_out_note.setMinimumSize(QSize(0, 60))
        self.carry_out_note.setMaximumSize(QSize(16777215, 60))

        self.carryOutLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.carry_out_note)

        ComplaintSteps.addWidget(self.carryOutPage)
        self.feedbackPage = QWidget()
        self.feedbackPage.setObjectName(u"feedbackPage")
        self.feedbackLayout = QFormLayout(self.feedbackPage)
        self.feedbackLayout.setObjectName(u"feedbackLayout")
        self.feedbackLayout.setContentsMargins(0, 0, 0, 0)
        self.feedbackMethodLabel = QLabel(self.feedbackPage)
        self.feedbackMethodLabel.setObjectName(u"feedbackMethodLabel")

        self.feedbackLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.feedbackMethodLabel)

        self.feedback_method = QComboBox(self.feedbackPage)
        self.feedback_method.setObjectName(u"feedback_method")

        self.feedbackLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.feedback_method)

        self.feedbackSatisfactionLabel = QLabel(self.feedbackPage)
        self.feedbackSatisfactionLabel.setObjectName(u"feedbackSatisfactionLabel")

        self.feedbackLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.feedbackSatisfactionLabel)

        self.feedback_satisfaction = QComboBox(self.feedbackPage)
        self.feedback_satisfaction.setObjectName(u"feedback_satisfaction")

        self.feedbackLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.feedback_satisfaction)

        self.feedbackNoteLabel = QLabel(self.feedbackPage)
        self.feedbackNoteLabel.setObjectName(u"feedbackNoteLabel")

        self.feedbackLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.feedbackNoteLabel)

        self.feedback_note = QLineEdit(self.feedbackPage)
        self.feedback_note.setObjectName(u"feedback_note")

        self.feedbackLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.feedback_note)

        ComplaintSteps.addWidget(self.feedbackPage)
        self.closePage = QWidget()
        self.closePage.setObjectName(u"closePage")
        self.closeLayout = QFormLayout(self.closePage)
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeLayout.setContentsMargins(0, 0, 0, 0)
        self.closeNoteLabel = QLabel(self.closePage)
        self.closeNoteLabel.setObjectName(u"closeNoteLabel")

        self.closeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closeNoteLabel)

        self.close_note = QLineEdit(self.closePage)
        self.close_note.setObjectName(u"close_note")

        self.closeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.close_note)

        ComplaintSteps.addWidget(self.closePage)
        self.reopenPage = QWidget()
        self.reopenPage.setObjectName(u"reopenPage")
        self.reopenLayout = QFormLayout(self.reopenPage)
        self.reopenLayout.setObjectName(u"reopenLayout")
        self.reopenLayout.setContentsMargins(0, 0, 0, 0)
        self.reopenReasonLabel = QLabel(self.reopenPage)
        self.reopenReasonLabel.setObjectName(u"reopenReasonLabel")

        self.reopenLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reopenReasonLabel)

        self.reopen_reason = QLineEdit(self.reopenPage)
        self.reopen_reason.setObjectName(u"reopen_reason")

        self.reopenLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reopen_reason)

        ComplaintSteps.addWidget(self.reopenPage)
#if QT_CONFIG(shortcut)
        self.acknowledgeNoteLabel.setBuddy(self.acknowledge_note)
        self.classifyCategoryLabel.setBuddy(self.classify_category)
        self.classifyAssigneeLabel.setBuddy(self.classify_assignee)
        self.classifyMajorLabel.setBuddy(self.classify_major)
        self.classifyNoteLabel.setBuddy(self.classify_note)
        self.investigateFindingsLabel.setBuddy(self.investigate_findings)
        self.investigateRootCauseLabel.setBuddy(self.investigate_root_cause)
        self.proposeSolutionLabel.setBuddy(self.propose_solution)
        self.proposeCorrectiveActionLabel.setBuddy(self.propose_corrective_action)
        self.carryOutNoteLabel.setBuddy(self.carry_out_note)
        self.feedbackMethodLabel.setBuddy(self.feedback_method)
        self.feedbackSatisfactionLabel.setBuddy(self.feedback_satisfaction)
        self.feedbackNoteLabel.setBuddy(self.feedback_note)
        self.closeNoteLabel.setBuddy(self.close_note)
        self.reopenReasonLabel.setBuddy(self.reopen_reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.acknowledge_note, self.classify_category)
        QWidget.setTabOrder(self.classify_category, self.classify_assignee)
        QWidget.setTabOrder(self.classify_assignee, self.classify_major)
        QWidget.setTabOrder(self.classify_major, self.classify_note)
        QWidget.setTabOrder(self.classify_note, self.investigate_findings)
        QWidget.setTabOrder(self.investigate_findings, self.investigate_root_cause)
        QWidget.setTabOrder(self.investigate_root_cause, self.propose_solution)
        QWidget.setTabOrder(self.propose_solution, self.propose_corrective_action)
        QWidget.setTabOrder(self.propose_corrective_action, self.carry_out_note)
        QWidget.setTabOrder(self.carry_out_note, self.feedback_method)
        QWidget.setTabOrder(self.feedback_method, self.feedback_satisfaction)
        QWidget.setTabOrder(self.feedback_satisfaction, self.feedback_note)
        QWidget.setTabOrder(self.feedback_note, self.close_note)
        QWidget.setTabOrder(self.close_note, self.reopen_reason)

        self.retranslateUi(ComplaintSteps)

        QMetaObject.connectSlotsByName(ComplaintSteps)
    # setupUi

    def retranslateUi(self, ComplaintSteps):
        self.acknowledgeNoteLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Note", None))
        self.classifyCategoryLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Category", None))
        self.classifyAssigneeLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Handler", None))
        self.classifyMajorLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Major complaint", None))
        self.classifyNoteLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Note", None))
        self.investigateFindingsLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Findings", None))
        self.investigateRootCauseLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Root cause", None))
        self.proposeSolutionLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Solution", None))
        self.proposeCorrectiveActionLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Corrective action", None))
        self.carryOutNoteLabel.setText(QCoreApplication.translate("ComplaintSteps", u"What was done", None))
        self.feedbackMethodLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Feedback method", None))
        self.feedbackSatisfactionLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Satisfaction", None))
        self.feedbackNoteLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Note", None))
        self.closeNoteLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Closing note", None))
        self.reopenReasonLabel.setText(QCoreApplication.translate("ComplaintSteps", u"Reason", None))
        pass
    # retranslateUi

