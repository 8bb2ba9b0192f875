# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'suggestion_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SuggestionDetail(object):
    def setupUi(self, SuggestionDetail):
        if not SuggestionDetail.objectName():
            SuggestionDetail.setObjectName(u"SuggestionDetail")
        self.outerLayout = QVBoxLayout(SuggestionDetail)
        self.outerLayout.setObjectName(u"outerLayout")
        self.suggestionSummary = QLabel(SuggestionDetail)
        self.suggestionSummary.setObjectName(u"suggestionSummary")
        self.suggestionSummary.setText(u"")
        self.suggestionSummary.setTextFormat(Qt.TextFormat.RichText)
        self.suggestionSummary.setWordWrap(True)

        self.outerLayout.addWidget(self.suggestionSummary)

        self.suggestionError = QLabel(SuggestionDetail)
        self.suggestionError.setObjectName(u"suggestionError")
        self.suggestionError.setStyleSheet(u"color:#c62828;")
        self.suggestionError.setText(u"")
        self.suggestionError.setWordWrap(True)

        self.outerLayout.addWidget(self.suggestionError)

        self.screenBox = QGroupBox(SuggestionDetail)
        self.screenBox.setObjectName(u"screenBox")
        self.screenLayout = QHBoxLayout(self.screenBox)
        self.screenLayout.setObjectName(u"screenLayout")
        self.do_acknowledge = QPushButton(self.screenBox)
        self.do_acknowledge.setObjectName(u"do_acknowledge")

        self.screenLayout.addWidget(self.do_acknowledge)

        self.importanceLabel = QLabel(self.screenBox)
        self.importanceLabel.setObjectName(u"importanceLabel")

        self.screenLayout.addWidget(self.importanceLabel)

        self.importance = QSpinBox(self.screenBox)
        self.importance.setObjectName(u"importance")
        self.importance.setMinimum(1)
        self.importance.setMaximum(5)
        self.importance.setValue(3)

        self.screenLayout.addWidget(self.importance)

        self.feasibilityLabel = QLabel(self.screenBox)
        self.feasibilityLabel.setObjectName(u"feasibilityLabel")

        self.screenLayout.addWidget(self.feasibilityLabel)

        self.feasibility = QSpinBox(self.screenBox)
        self.feasibility.setObjectName(u"feasibility")
        self.feasibility.setMinimum(1)
        self.feasibility.setMaximum(5)
        self.feasibility.setValue(3)

        self.screenLayout.addWidget(self.feasibility)

        self.do_screen = QPushButton(self.screenBox)
        self.do_screen.setObjectName(u"do_screen")

        self.screenLayout.addWidget(self.do_screen)

        self.screenSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.screenLayout.addItem(self.screenSpacer)


        self.outerLayout.addWidget(self.screenBox)

        self.decideBox = QGroupBox(SuggestionDetail)
        self.decideBox.setObjectName(u"decideBox")
        self.decideLayout = QHBoxLayout(self.decideBox)
        self.decideLayout.setObjectName(u"decideLayout")
        self.decisionReason = QLineEdit(self.decideBox)
        self.decisionReason.setObjectName(u"decisionReason")

        self.decideLayout.addWidget(self.decisionReason)

        self.do_adopt = QPushButton(self.decideBox)
        self.do_adopt.setObjectName(u"do_adopt")

        self.decideLayout.addWidget(self.do_adopt)

        self.do_reject = QPushButton(self.decideBox)
        self.do_reject.setObjectName(u"do_reject")

        self.decideLayout.addWidget(self.do_reject)

        self.decideLayout.setStretch(0, 1)

        self.outerLayout.addWidget(self.decideBox)

        self.actionBox = QGroupBox(SuggestionDetail)
        self.actionBox.setObjectName(u"actionBox")
        self.actionLayout = QFormLayout(self.actionBox)
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionTitleLabel = QLabel(self.actionBox)
        self.actionTitleLabel.setObjectName(u"actionTitleLabel")

        self.actionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionTitleLabel)

        self.actionTitle = QLineEdit(self.actionBox)
        self.actionTitle.setObjectName(u"actionTitle")

        self.actionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionTitle)

        self.ownerLabel = QLabel(self.actionBox)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.actionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(self.actionBox)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.actionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueLabel = QLabel(self.actionBox)
        self.dueLabel.setObjectName(u"dueLabel")

        self.actionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueDate = QDateEdit(self.actionBox)
        self.dueDate.setObjectName(u"dueDate")
        self.dueDate.setDisplayFormat(u"yyyy-MM-dd")
        self.dueDate.setCalendarPopup(True)

        self.actionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueDate)

        self.actionCount = QLabel(self.actionBox)
        self.actionCount.setObjectName(u"actionCount")
        self.actionCount.setText(u"")

        self.actionLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.actionCount)

        self.do_add_action = QPushButton(self.actionBox)
        self.do_add_action.setObjectName(u"do_add_action")

        self.actionLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.do_add_action)


        self.outerLayout.addWidget(self.actionBox)

        self.informBox = QGroupBox(SuggestionDetail)
        self.informBox.setObjectName(u"informBox")
        self.informLayout = QHBoxLayout(self.informBox)
        self.informLayout.setObjectName(u"informLayout")
        self.methodCombo = QComboBox(self.informBox)
        self.methodCombo.setObjectName(u"methodCombo")

        self.informLayout.addWidget(self.methodCombo)

        self.satisfactionCombo = QComboBox(self.informBox)
        self.satisfactionCombo.setObjectName(u"satisfactionCombo")
        self.satisfactionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.informLayout.addWidget(self.satisfactionCombo)

        self.do_inform = QPushButton(self.informBox)
        self.do_inform.setObjectName(u"do_inform")

        self.informLayout.addWidget(self.do_inform)

        self.informSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.informLayout.addItem(self.informSpacer)


        self.outerLayout.addWidget(self.informBox)

        self.historyLabel = QLabel(SuggestionDetail)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setText(u"")
        self.historyLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.historyLabel)

        self.outerLayout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.importanceLabel.setBuddy(self.importance)
        self.feasibilityLabel.setBuddy(self.feasibility)
        self.actionTitleLabel.setBuddy(self.actionTitle)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.dueLabel.setBuddy(self.dueDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.do_acknowledge, self.importance)
        QWidget.setTabOrder(self.importance, self.feasibility)
        QWidget.setTabOrder(self.feasibility, self.do_screen)
        QWidget.setTabOrder(self.do_screen, self.decisionReason)
        QWidget.setTabOrder(self.decisionReason, self.do_adopt)
        QWidget.setTabOrder(self.do_adopt, self.do_reject)
        QWidget.setTabOrder(self.do_reject, self.actionTitle)
        QWidget.setTabOrder(self.actionTitle, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.dueDate)
        QWidget.setTabOrder(self.dueDate, self.do_add_action)
        QWidget.setTabOrder(self.do_add_action, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.satisfactionCombo)
        QWidget.setTabOrder(self.satisfactionCombo, self.do_inform)

        self.retranslateUi(SuggestionDetail)

        QMetaObject.connectSlotsByName(SuggestionDetail)
    # setupUi

    def retranslateUi(self, SuggestionDetail):
        self.screenBox.setTitle(QCoreApplication.translate("SuggestionDetail", u"Acknowledge and screen", None))
        self.do_acknowledge.setText(QCoreApplication.translate("SuggestionDetail", u"Thank the customer", None))
        self.importanceLabel.setText(QCoreApplication.translate("SuggestionDetail", u"Importance", None))
        self.feasibilityLabel.setText(QCoreApplication.translate("SuggestionDetail", u"Feasibility", None))
        self.do_screen.setText(QCoreApplication.translate("SuggestionDetail", u"Screen", None))
        self.decideBox.setTitle(QCoreApplication.translate("SuggestionDetail", u"Decision", None))
        self.decisionReason.setPlaceholderText(QCoreApplication.translate("SuggestionDetail", u"Reason (required)", None))
        self.do_adopt.setText(QCoreApplication.translate("SuggestionDetail", u"Adopt", None))
        self.do_reject.setText(QCoreApplication.translate("SuggestionDetail", u"Reject", None))
        self.actionBox.setTitle(QCoreApplication.translate("SuggestionDetail", u"Improvement action", None))
        self.actionTitleLabel.setText(QCoreApplication.translate("SuggestionDetail", u"Action", None))
        self.ownerLabel.setText(QCoreApplication.translate("SuggestionDetail", u"Owner", None))
        self.dueLabel.setText(QCoreApplication.translate("SuggestionDetail", u"Due date", None))
        self.do_add_action.setText(QCoreApplication.translate("SuggestionDetail", u"Add action", None))
        self.informBox.setTitle(QCoreApplication.translate("SuggestionDetail", u"Tell the customer the result", None))
#if QT_CONFIG(tooltip)
        self.methodCombo.setToolTip(QCoreApplication.translate("SuggestionDetail", u"Feedback method", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.satisfactionCombo.setToolTip(QCoreApplication.translate("SuggestionDetail", u"Satisfaction", None))
#endif // QT_CONFIG(tooltip)
        self.do_inform.setText(QCoreApplication.translate("SuggestionDetail", u"Record result told", None))
        pass
    # retranslateUi

