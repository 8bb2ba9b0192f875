# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_courses.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDoubleSpinBox, QFormLayout, QGroupBox, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CoursesTab(object):
    def setupUi(self, CoursesTab):
        if not CoursesTab.objectName():
            CoursesTab.setObjectName(u"CoursesTab")
        self.outerLayout = QVBoxLayout(CoursesTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.coursesSplitter = QSplitter(CoursesTab)
        self.coursesSplitter.setObjectName(u"coursesSplitter")
        self.coursesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.coursesPane = QWidget(self.coursesSplitter)
        self.coursesPane.setObjectName(u"coursesPane")
        self.coursesLayout = QVBoxLayout(self.coursesPane)
        self.coursesLayout.setObjectName(u"coursesLayout")
        self.coursesLayout.setContentsMargins(9, 9, 9, 9)
        self.courseTable = QTableWidget(self.coursesPane)
        if (self.courseTable.columnCount() < 8):
            self.courseTable.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.courseTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.courseTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.courseTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.courseTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.courseTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.courseTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.courseTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.courseTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.courseTable.setObjectName(u"courseTable")
        self.courseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.courseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.courseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.courseTable.horizontalHeader().setStretchLastSection(True)
        self.courseTable.verticalHeader().setVisible(False)
        self.courseTable.verticalHeader().setDefaultSectionSize(26)

        self.coursesLayout.addWidget(self.courseTable)

        self.newCourseBox = QGroupBox(self.coursesPane)
        self.newCourseBox.setObjectName(u"newCourseBox")
        self.newCourseLayout = QFormLayout(self.newCourseBox)
        self.newCourseLayout.setObjectName(u"newCourseLayout")
        self.codeLabel = QLabel(self.newCourseBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.newCourseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.newCourseBox)
        self.codeEdit.setObjectName(u"codeEdit")

        self.newCourseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.titleLabel = QLabel(self.newCourseBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.newCourseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.newCourseBox)
        self.titleEdit.setObjectName(u"titleEdit")

        self.newCourseLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.subtopicLabel = QLabel(self.newCourseBox)
        self.subtopicLabel.setObjectName(u"subtopicLabel")

        self.newCourseLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subtopicLabel)

        self.subtopicCombo = QComboBox(self.newCourseBox)
        self.subtopicCombo.setObjectName(u"subtopicCombo")

        self.newCourseLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subtopicCombo)

        self.formLabel = QLabel(self.newCourseBox)
        self.formLabel.setObjectName(u"formLabel")

        self.newCourseLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formCombo = QComboBox(self.newCourseBox)
        self.formCombo.setObjectName(u"formCombo")

        self.newCourseLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.hoursLabel = QLabel(self.newCourseBox)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.newCourseLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(self.newCourseBox)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(0.500000000000000)
        self.hoursSpin.setMaximum(200.000000000000000)
        self.hoursSpin.setValue(2.000000000000000)

        self.newCourseLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.passMarkLabel = QLabel(self.newCourseBox)
        self.passMarkLabel.setObjectName(u"passMarkLabel")

        self.newCourseLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passMarkLabel)

        self.passSpin = QDoubleSpinBox(self.newCourseBox)
        self.passSpin.setObjectName(u"passSpin")
        self.passSpin.setDecimals(0)
        self.passSpin.setMinimum(0.000000000000000)
        self.passSpin.setMaximum(100.000000000000000)
        self.passSpin.setValue(60.000000000000000)

        self.newCourseLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.passSpin)

        self.addCourseButton = QPushButton(self.newCourseBox)
        self.addCourseButton.setObjectName(u"addCourseButton")

        self.newCourseLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.addCourseButton)


        self.coursesLayout.addWidget(self.newCourseBox)

        self.coursesLayout.setStretch(0, 1)
        self.coursesSplitter.addWidget(self.coursesPane)
        self.sessionsPane = QWidget(self.coursesSplitter)
        self.sessionsPane.setObjectName(u"sessionsPane")
        self.sessionsLayout = QVBoxLayout(self.sessionsPane)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsLayout.setContentsMargins(9, 9, 9, 9)
        self.sessionTable = QTableWidget(self.sessionsPane)
        if (self.sessionTable.columnCount() < 6):
            self.sessionTable.setColumnCount(6)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(5, __qtablewidgetitem13)
        self.sessionTable.setObjectName(u"sessionTable")
        self.sessionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionTable.horizontalHeader().setStretchLastSection(True)
        self.sessionTable.verticalHeader().setVisible(False)
        self.sessionTable.verticalHeader().setDefaultSectionSize(26)

        self.sessionsLayout.addWidget(self.sessionTable)

        self.newSessionBox = QGroupBox(self.sessionsPane)
        self.newSessionBox.setObjectName(u"newSessionBox")
        self.newSessionLayout = QFormLayout(self.newSessionBox)
        self.newSessionLayout.setObjectName(u"newSessionLayout")
        self.dateLabel = QLabel(self.newSessionBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.newSessionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.sessionDate = QDateEdit(self.newSessionBox)
        self.sessionDate.setObjectName(u"sessionDate")
        self.sessionDate.setDisplayFormat(u"yyyy-MM-dd")
        self.sessionDate.setCalendarPopup(True)

        self.newSessionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionDate)

        self.trainerLabel = QLabel(self.newSessionBox)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.newSessionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerEdit = QLineEdit(self.newSessionBox)
        self.trainerEdit.setObjectName(u"trainerEdit")

        self.newSessionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trainerEdit)

        self.placeLabel = QLabel(self.newSessionBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.newSessionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.newSessionBox)
        self.placeEdit.setObjectName(u"placeEdit")

        self.newSessionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.attendeesLabel = QLabel(self.newSessionBox)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.newSessionLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attendeesLabel)

        self.attendeeList = QListWidget(self.newSessionBox)
        self.attendeeList.setObjectName(u"attendeeList")

        self.newSessionLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attendeeList)

        self.addSessionButton = QPushButton(self.newSessionBox)
        self.addSessionButton.setObjectName(u"addSessionButton")

        self.newSessionLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.addSessionButton)


        self.sessionsLayout.addWidget(self.newSessionBox)

        self.sessionsLayout.setStretch(0, 1)
        self.coursesSplitter.addWidget(self.sessionsPane)

        self.outerLayout.addWidget(self.coursesSplitter)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.subtopicLabel.setBuddy(self.subtopicCombo)
        self.formLabel.setBuddy(self.formCombo)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.passMarkLabel.setBuddy(self.passSpin)
        self.dateLabel.setBuddy(self.sessionDate)
        self.trainerLabel.setBuddy(self.trainerEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.attendeesLabel.setBuddy(self.attendeeList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.courseTable, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.subtopicCombo)
        QWidget.setTabOrder(self.subtopicCombo, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.passSpin)
        QWidget.setTabOrder(self.passSpin, self.addCourseButton)
        QWidget.setTabOrder(self.addCourseButton, self.sessionTable)
        QWidget.setTabOrder(self.sessionTable, self.sessionDate)
        QWidget.setTabOrder(self.sessionDate, self.trainerEdit)
        QWidget.setTabOrder(self.trainerEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.attendeeList)
        QWidget.setTabOrder(self.attendeeList, self.addSessionButton)

        self.retranslateUi(CoursesTab)

        QMetaObject.connectSlotsByName(CoursesTab)
    # setupUi

    def retranslateUi(self, CoursesTab):
        ___qtablewidgetitem = self.courseTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CoursesTab", u"Code", None))
        ___qtablewidgetitem1 = self.courseTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CoursesTab", u"Title", None))
        ___qtablewidgetitem2 = self.courseTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CoursesTab", u"Category", None))
        ___qtablewidgetitem3 = self.courseTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CoursesTab", u"Subtopic", None))
        ___qtablewidgetitem4 = self.courseTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CoursesTab", u"Form", None))
        ___qtablewidgetitem5 = self.courseTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CoursesTab", u"Hours", None))
        ___qtablewidgetitem6 = self.courseTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CoursesTab", u"Pass mark", None))
        ___qtablewidgetitem7 = self.courseTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CoursesTab", u"Sessions", None))
        self.newCourseBox.setTitle(QCoreApplication.translate("CoursesTab", u"New course", None))
        self.codeLabel.setText(QCoreApplication.translate("CoursesTab", u"Code", None))
        self.titleLabel.setText(QCoreApplication.translate("CoursesTab", u"Title", None))
        self.subtopicLabel.setText(QCoreApplication.translate("CoursesTab", u"Subtopic", None))
        self.formLabel.setText(QCoreApplication.translate("CoursesTab", u"Form", None))
        self.hoursLabel.setText(QCoreApplication.translate("CoursesTab", u"Hours", None))
        self.passMarkLabel.setText(QCoreApplication.translate("CoursesTab", u"Pass mark", None))
        self.addCourseButton.setText(QCoreApplication.translate("CoursesTab", u"Add course", None))
        ___qtablewidgetitem8 = self.sessionTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CoursesTab", u"Date", None))
        ___qtablewidgetitem9 = self.sessionTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CoursesTab", u"Course", None))
        ___qtablewidgetitem10 = self.sessionTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CoursesTab", u"Trainer", None))
        ___qtablewidgetitem11 = self.sessionTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CoursesTab", u"Place or link", None))
        ___qtablewidgetitem12 = self.sessionTable.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("CoursesTab", u"Planned", None))
        ___qtablewidgetitem13 = self.sessionTable.horizontalHeaderItem(5)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("CoursesTab", u"Attended", None))
        self.newSessionBox.setTitle(QCoreApplication.translate("CoursesTab", u"New session of the selected course", None))
        self.dateLabel.setText(QCoreApplication.translate("CoursesTab", u"Date", None))
        self.trainerLabel.setText(QCoreApplication.translate("CoursesTab", u"Trainer", None))
        self.placeLabel.setText(QCoreApplication.translate("CoursesTab", u"Place or link", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("CoursesTab", u"Classroom, or the link of an online session", None))
        self.attendeesLabel.setText(QCoreApplication.translate("CoursesTab", u"Planned attendees", None))
        self.addSessionButton.setText(QCoreApplication.translate("CoursesTab", u"Add session", None))
        pass
    # retranslateUi

