# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_Intake(object):
    def setupUi(self, Intake):
        if not Intake.objectName():
            Intake.setObjectName(u"Intake")
        Intake.resize(1280, 760)
        self.outerLayout = QVBoxLayout(Intake)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.greetingFrame = QFrame(Intake)
        self.greetingFrame.setObjectName(u"greetingFrame")
        self.greetingFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.greetingLayout = QHBoxLayout(self.greetingFrame)
        self.greetingLayout.setSpacing(16)
        self.greetingLayout.setObjectName(u"greetingLayout")
        self.greetingLayout.setContentsMargins(12, 6, 12, 6)
        self.greetingLabel = QLabel(self.greetingFrame)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setText(u"Hello, glad to serve you.")

        self.greetingLayout.addWidget(self.greetingLabel)

        self.openQuestionLabel = QLabel(self.greetingFrame)
        self.openQuestionLabel.setObjectName(u"openQuestionLabel")
        self.openQuestionLabel.setText(u"How can I help you?")

        self.greetingLayout.addWidget(self.openQuestionLabel)

        self.greetingSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.greetingLayout.addItem(self.greetingSpacer)

        self.clerkLabel = QLabel(self.greetingFrame)
        self.clerkLabel.setObjectName(u"clerkLabel")
        self.clerkLabel.setText(u"-")

        self.greetingLayout.addWidget(self.clerkLabel)


        self.outerLayout.addWidget(self.greetingFrame)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(10)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.customerGroup = QGroupBox(Intake)
        self.customerGroup.setObjectName(u"customerGroup")
        self.customerLayout = QVBoxLayout(self.customerGroup)
        self.customerLayout.setObjectName(u"customerLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.customerGroup)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.customerGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.newCustomerButton = QPushButton(self.customerGroup)
        self.newCustomerButton.setObjectName(u"newCustomerButton")
        self.newCustomerButton.setAutoDefault(False)

        self.searchLayout.addWidget(self.newCustomerButton)


        self.customerLayout.addLayout(self.searchLayout)

        self.resultsList = QListWidget(self.customerGroup)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setMaximumSize(QSize(16777215, 110))
        self.resultsList.setAlternatingRowColors(True)

        self.customerLayout.addWidget(self.resultsList)

        self.lookupStatusLabel = QLabel(self.customerGroup)
        self.lookupStatusLabel.setObjectName(u"lookupStatusLabel")
        self.lookupStatusLabel.setText(u"")
        self.lookupStatusLabel.setWordWrap(True)

        self.customerLayout.addWidget(self.lookupStatusLabel)

        self.identityGrid = QGridLayout()
        self.identityGrid.setObjectName(u"identityGrid")
        self.identityGrid.setHorizontalSpacing(8)
        self.identityGrid.setVerticalSpacing(6)
        self.nameLabel = QLabel(self.customerGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.customerGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(150, 0))

        self.identityGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.customerGroup)
        self.nameError.setObjectName(u"nameError")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nameError.sizePolicy().hasHeightForWidth())
        self.nameError.setSizePolicy(sizePolicy)
        self.nameError.setWordWrap(True)

        self.identityGrid.addWidget(self.nameError, 0, 2, 1, 1)

        self.phoneLabel = QLabel(self.customerGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityGrid.addWidget(self.phoneLabel, 1, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.customerGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMinimumSize(QSize(150, 0))

        self.identityGrid.addWidget(self.phoneEdit, 1, 1, 1, 1)

        self.phoneError = QLabel(self.customerGroup)
        self.phoneError.setObjectName(u"phoneError")
        sizePolicy.setHeightForWidth(self.phoneError.sizePolicy().hasHeightForWidth())
        self.phoneError.setSizePolicy(sizePolicy)
        self.phoneError.setWordWrap(True)

        self.identityGrid.addWidget(self.phoneError, 1, 2, 1, 1)

        self.accountLabel = QLabel(self.customerGroup)
        self.accountLabel.setObjectName(u"accountLabel")

        self.identityGrid.addWidget(self.accountLabel, 2, 0, 1, 1)

        self.accountEdit = QLineEdit(self.customerGroup)
        self.accountEdit.setObjectName(u"accountEdit")
        self.accountEdit.setMinimumSize(QSize(150, 0))

        self.identityGrid.addWidget(self.accountEdit, 2, 1, 1, 1)

        self.accountError = QLabel(self.customerGroup)
        self.accountError.setObjectName(u"accountError")
        sizePolicy.setHeightForWidth(self.accountError.sizePolicy().hasHeightForWidth())
        self.accountError.setSizePolicy(sizePolicy)
        self.accountError.setWordWrap(True)

        self.identityGrid.addWidget(self.accountError, 2, 2, 1, 1)

        self.addressLabel = QLabel(self.customerGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.identityGrid.addWidget(self.addressLabel, 3, 0, 1, 1)

        self.addressEdit = QLineEdit(self.customerGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMinimumSize(QSize(150, 0))

        self.identityGrid.addWidget(self.addressEdit, 3, 1, 1, 1)

        self.addressError = QLabel(self.customerGroup)
        self.addressError.setObjectName(u"addressError")
        sizePolicy.setHeightForWidth(self.addressError.sizePolicy().hasHeightForWidth())
        self.addressError.setSizePolicy(sizePolicy)
        self.addressError.setWordWrap(True)

        self.identityGrid.addWidget(self.addressError, 3, 2, 1, 1)

        self.customerStatusLabel = QLabel(self.customerGroup)
        self.customerStatusLabel.setObjectName(u"customerStatusLabel")
        self.customerStatusLabel.setText(u"")
        self.customerStatusLabel.setWordWrap(True)

        self.identityGrid.addWidget(self.customerStatusLabel, 4, 1, 1, 2)

        self.identityGrid.setColumnStretch(1, 1)
        self.identityGrid.setColumnMinimumWidth(2, 110)

        self.customerLayout.addLayout(self.identityGrid)

        self.historyLabel = QLabel(self.customerGroup)
        self.historyLabel.setObjectName(u"historyLabel")

        self.customerLayout.addWidget(self.historyLabel)

        self.historyTree = QTreeWidget(self.customerGroup)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTree.setAlternatingRowColors(True)
        self.historyTree.setRootIsDecorated(False)
        self.historyTree.setUniformRowHeights(True)

        self.customerLayout.addWidget(self.historyTree)


        self.columnsLayout.addWidget(self.customerGroup)

        self.requestGroup = QGroupBox(Intake)
        self.requestGroup.setObjectName(u"requestGroup")
        self.requestLayout = QVBoxLayout(self.requestGroup)
        self.requestLayout.setObjectName(u"requestLayout")
        self.requestGrid = QGridLayout()
        self.requestGrid.setObjectName(u"requestGrid")
        self.requestGrid.setHorizontalSpacing(8)
        self.requestGrid.setVerticalSpacing(6)
        self.channelLabel = QLabel(self.requestGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.requestGrid.addWidget(self.channelLabel, 0, 0, 1, 1)

        self.channelCombo = QComboBox(self.requestGroup)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.requestGrid.addWidget(self.channelCombo, 0, 1, 1, 1)

        self.classificationError = QLabel(self.requestGroup)
        self.classificationError.setObjectName(u"classificationError")
        sizePolicy.setHeightForWidth(self.classificationError.sizePolicy().hasHeightForWidth())
        self.classificationError.setSizePolicy(sizePolicy)
        self.classificationError.setWordWrap(True)

        self.requestGrid.addWidget(self.classificationError, 0, 2, 3, 1)

        self.typeLabel = QLabel(self.requestGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.requestGrid.addWidget(self.typeLabel, 1, 0, 1, 1)

        self.typeCombo = QComboBox(self.requestGroup)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.requestGrid.addWidget(self.typeCombo, 1, 1, 1, 1)

        self.levelLabel = QLabel(self.requestGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.requestGrid.addWidget(self.levelLabel, 2, 0, 1, 1)

        self.levelCombo = QComboBox(self.requestGroup)
        self.levelCombo.setObjectName(u"levelCombo")
        self.levelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.requestGrid.addWidget(self.levelCombo, 2, 1, 1, 1)

        self.subjectLabel = QLabel(self.requestGroup)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.requestGrid.addWidget(self.subjectLabel, 3, 0, 1, 1)

        self.subjectEdit = QLineEdit(self.requestGroup)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.requestGrid.addWidget(self.subjectEdit, 3, 1, 1, 1)

        self.subjectError = QLabel(self.requestGroup)
        self.subjectError.setObjectName(u"subjectError")
        sizePolicy.setHeightForWidth(self.subjectError.sizePolicy().hasHeightForWidth())
        self.subjectError.setSizePolicy(sizePolicy)
        self.subjectError.setWordWrap(True)

        self.requestGrid.addWidget(self.subjectError, 3, 2, 1, 1)

        self.descriptionLabel = QLabel(self.requestGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.requestGrid.addWidget(self.descriptionLabel, 4, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(self.requestGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 110))
        self.descriptionEdit.setTabChangesFocus(True)

        self.requestGrid.addWidget(self.descriptionEdit, 4, 1, 1, 1)

        self.descriptionError = QLabel(self.requestGroup)
        self.descriptionError.setObjectName(u"descriptionError")
        sizePolicy.setHeightForWidth(self.descriptionError.sizePolicy().hasHeightForWidth())
        self.descriptionError.setSizePolicy(sizePolicy)
        self.descriptionError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.descriptionError.setWordWrap(True)

        self.requestGrid.addWidget(self.descriptionError, 4, 2, 1, 1)

        self.requestLabel = QLabel(self.requestGroup)
        self.requestLabel.setObjectName(u"requestLabel")
        self.requestLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.requestGrid.addWidget(self.requestLabel, 5, 0, 1, 1)

        self.requestEdit = QPlainTextEdit(self.requestGroup)
        self.requestEdit.setObjectName(u"requestEdit")
        self.requestEdit.setMaximumSize(QSize(16777215, 64))
        self.requestEdit.setTabChangesFocus(True)

        self.requestGrid.addWidget(self.requestEdit, 5, 1, 1, 1)

        self.requestError = QLabel(self.requestGroup)
        self.requestError.setObjectName(u"requestError")
        sizePolicy.setHeightForWidth(self.requestError.sizePolicy().hasHeightForWidth())
        self.requestError.setSizePolicy(sizePolicy)
        self.requestError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.requestError.setWordWrap(True)

        self.requestGrid.addWidget(self.requestError, 5, 2, 1, 1)

        self.firstContactCheck = QCheckBox(self.requestGroup)
        self.firstContactCheck.setObjectName(u"firstContactCheck")

        self.requestGrid.addWidget(self.firstContactCheck, 6, 1, 1, 1)

        self.firstContactError = QLabel(self.requestGroup)
        self.firstContactError.setObjectName(u"firstContactError")
        sizePolicy.setHeightForWidth(self.firstContactError.sizePolicy().hasHeightForWidth())
        self.firstContactError.setSizePolicy(sizePolicy)
        self.firstContactError.setWordWrap(True)

        self.requestGrid.addWidget(self.firstContactError, 6, 2, 1, 1)

        self.answerLabel = QLabel(self.requestGroup)
        self.answerLabel.setObjectName(u"answerLabel")
        self.answerLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.requestGrid.addWidget(self.answerLabel, 7, 0, 1, 1)

        self.answerEdit = QPlainTextEdit(self.requestGroup)
        self.answerEdit.setObjectName(u"answerEdit")
        self.answerEdit.setMaximumSize(QSize(16777215, 64))
        self.answerEdit.setTabChangesFocus(True)

        self.requestGrid.addWidget(self.answerEdit, 7, 1, 1, 1)

        self.answerError = QLabel(self.requestGroup)
        self.answerError.setObjectName(u"answerError")
        sizePolicy.setHeightForWidth(self.answerError.sizePolicy().hasHeightForWidth())
        self.answerError.setSizePolicy(sizePolicy)
        self.answerError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.answerError.setWordWrap(True)

        self.requestGrid.addWidget(self.answerError, 7, 2, 1, 1)

        self.requestGrid.setColumnStretch(1, 1)
        self.requestGrid.setColumnMinimumWidth(2, 110)

        self.requestLayout.addLayout(self.requestGrid)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.formErrorLabel = QLabel(self.requestGroup)
        self.formErrorLabel.setObjectName(u"formErrorLabel")
        self.formErrorLabel.setText(u"")
        self.formErrorLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.formErrorLabel)

        self.clearButton = QPushButton(self.requestGroup)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.clearButton)

        self.submitButton = QPushButton(self.requestGroup)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setMinimumSize(QSize(140, 34))
        self.submitButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.submitButton)

        self.buttonLayout.setStretch(0, 1)

        self.requestLayout.addLayout(self.buttonLayout)


        self.columnsLayout.addWidget(self.requestGroup)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 6)

        self.outerLayout.addLayout(self.columnsLayout)

        self.resultFrame = QFrame(Intake)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QHBoxLayout(self.resultFrame)
        self.resultLayout.setSpacing(14)
        self.resultLayout.setObjectName(u"resultLayout")
        self.ticketNoLayout = QVBoxLayout()
        self.ticketNoLayout.setSpacing(0)
        self.ticketNoLayout.setObjectName(u"ticketNoLayout")
        self.resultCaption = QLabel(self.resultFrame)
        self.resultCaption.setObjectName(u"resultCaption")

        self.ticketNoLayout.addWidget(self.resultCaption)

        self.ticketNoLabel = QLabel(self.resultFrame)
        self.ticketNoLabel.setObjectName(u"ticketNoLabel")
        self.ticketNoLabel.setCursor(QCursor(Qt.CursorShape.IBeamCursor))
        self.ticketNoLabel.setText(u"")
        self.ticketNoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ticketNoLayout.addWidget(self.ticketNoLabel)


        self.resultLayout.addLayout(self.ticketNoLayout)

        self.copyButton = QPushButton(self.resultFrame)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.resultLayout.addWidget(self.copyButton)

        self.openTicketButton = QPushButton(self.resultFrame)
        self.openTicketButton.setObjectName(u"openTicketButton")
        self.openTicketButton.setAutoDefault(False)

        self.resultLayout.addWidget(self.openTicketButton)

        self.commitmentLabel = QLabel(self.resultFrame)
        self.commitmentLabel.setObjectName(u"commitmentLabel")
        self.commitmentLabel.setText(u"")
        self.commitmentLabel.setWordWrap(True)
        self.commitmentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.commitmentLabel)

        self.resultLayout.setStretch(3, 1)

        self.outerLayout.addWidget(self.resultFrame)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.accountLabel.setBuddy(self.accountEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.historyLabel.setBuddy(self.historyTree)
        self.channelLabel.setBuddy(self.channelCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.requestLabel.setBuddy(self.requestEdit)
        self.answerLabel.setBuddy(self.answerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.resultsList)
        QWidget.setTabOrder(self.resultsList, self.newCustomerButton)
        QWidget.setTabOrder(self.newCustomerButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.accountEdit)
        QWidget.setTabOrder(self.accountEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.historyTree)
        QWidget.setTabOrder(self.historyTree, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.requestEdit)
        QWidget.setTabOrder(self.requestEdit, self.firstContactCheck)
        QWidget.setTabOrder(self.firstContactCheck, self.answerEdit)
        QWidget.setTabOrder(self.answerEdit, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.openTicketButton)

        self.retranslateUi(Intake)

        QMetaObject.connectSlotsByName(Intake)
    # setupUi

    def retranslateUi(self, Intake):
        Intake.setWindowTitle(QCoreApplication.translate("Intake", u"Intake", None))
#if QT_CONFIG(tooltip)
        self.greetingLabel.setToolTip(QCoreApplication.translate("Intake", u"Standard greeting: say it first", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.openQuestionLabel.setToolTip(QCoreApplication.translate("Intake", u"Then ask an open question", None))
#endif // QT_CONFIG(tooltip)
        self.customerGroup.setTitle(QCoreApplication.translate("Intake", u"Customer", None))
        self.searchLabel.setText(QCoreApplication.translate("Intake", u"&Find:", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("Intake", u"Type a phone number, account number or name; matching customers are listed below", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("Intake", u"Phone, account number or name", None))
#if QT_CONFIG(tooltip)
        self.newCustomerButton.setToolTip(QCoreApplication.translate("Intake", u"Forget the chosen customer and type a new one", None))
#endif // QT_CONFIG(tooltip)
        self.newCustomerButton.setText(QCoreApplication.translate("Intake", u"&New customer", None))
#if QT_CONFIG(tooltip)
        self.resultsList.setToolTip(QCoreApplication.translate("Intake", u"Click or press Enter to choose the customer", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("Intake", u"Na&me:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("Intake", u"Customer's name", None))
        self.phoneLabel.setText(QCoreApplication.translate("Intake", u"&Phone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("Intake", u"Mobile or landline with area code", None))
        self.accountLabel.setText(QCoreApplication.translate("Intake", u"Acco&unt no.:", None))
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("Intake", u"Utility account number, if known", None))
        self.addressLabel.setText(QCoreApplication.translate("Intake", u"Add&ress:", None))
        self.historyLabel.setText(QCoreApplication.translate("Intake", u"Earlier t&ickets (double-click or Enter to open):", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("Intake", u"Subject", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("Intake", u"Status", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("Intake", u"Type", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("Intake", u"Received", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("Intake", u"Number", None))
        self.requestGroup.setTitle(QCoreApplication.translate("Intake", u"Request", None))
        self.channelLabel.setText(QCoreApplication.translate("Intake", u"C&hannel:", None))
        self.typeLabel.setText(QCoreApplication.translate("Intake", u"&Type:", None))
        self.levelLabel.setText(QCoreApplication.translate("Intake", u"Le&vel:", None))
#if QT_CONFIG(tooltip)
        self.levelCombo.setToolTip(QCoreApplication.translate("Intake", u"1 urgent: service down or safety; 2 important: service impaired; 3 normal: consultation or minor problem", None))
#endif // QT_CONFIG(tooltip)
        self.subjectLabel.setText(QCoreApplication.translate("Intake", u"Su&bject:", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("Intake", u"Optional: taken from the description when empty", None))
        self.descriptionLabel.setText(QCoreApplication.translate("Intake", u"D&escription:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("Intake", u"What the customer says, in their own words (required)", None))
        self.requestLabel.setText(QCoreApplication.translate("Intake", u"Customer &asks for:", None))
        self.requestEdit.setPlaceholderText(QCoreApplication.translate("Intake", u"Optional: the result the customer expects", None))
#if QT_CONFIG(tooltip)
        self.firstContactCheck.setToolTip(QCoreApplication.translate("Intake", u"A consultation answered on the spot is closed at once and counted as resolved at first contact", None))
#endif // QT_CONFIG(tooltip)
        self.firstContactCheck.setText(QCoreApplication.translate("Intake", u"Resolved at first c&ontact", None))
        self.answerLabel.setText(QCoreApplication.translate("Intake", u"Ans&wer given:", None))
        self.answerEdit.setPlaceholderText(QCoreApplication.translate("Intake", u"The answer you gave the customer (required when resolved at first contact)", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("Intake", u"Clear the form for the next customer (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("Intake", u"&Clear", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("Intake", u"Save the ticket and give it a number (Enter in a one-line field, Ctrl+Enter in a text box)", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("Intake", u"&Submit", None))
        self.resultCaption.setText(QCoreApplication.translate("Intake", u"Ticket number \u2014 read it out to the customer:", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("Intake", u"Copy the ticket number to the clipboard", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("Intake", u"Cop&y", None))
#if QT_CONFIG(tooltip)
        self.openTicketButton.setToolTip(QCoreApplication.translate("Intake", u"Show this ticket on the tickets page", None))
#endif // QT_CONFIG(tooltip)
        self.openTicketButton.setText(QCoreApplication.translate("Intake", u"&Go to ticket", None))
    # retranslateUi

