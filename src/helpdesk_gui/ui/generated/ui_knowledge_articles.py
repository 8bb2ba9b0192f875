# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'knowledge_articles.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ArticlesTab(object):
    def setupUi(self, ArticlesTab):
        if not ArticlesTab.objectName():
            ArticlesTab.setObjectName(u"ArticlesTab")
        self.outerLayout = QVBoxLayout(ArticlesTab)
        self.outerLayout.setObjectName(u"outerLayout")
        self.articlesSplitter = QSplitter(ArticlesTab)
        self.articlesSplitter.setObjectName(u"articlesSplitter")
        self.articlesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.articlesPane = QWidget(self.articlesSplitter)
        self.articlesPane.setObjectName(u"articlesPane")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.articlesPane.sizePolicy().hasHeightForWidth())
        self.articlesPane.setSizePolicy(sizePolicy)
        self.articlesLayout = QVBoxLayout(self.articlesPane)
        self.articlesLayout.setObjectName(u"articlesLayout")
        self.articlesLayout.setContentsMargins(9, 9, 9, 9)
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.knowledgeSearch = QLineEdit(self.articlesPane)
        self.knowledgeSearch.setObjectName(u"knowledgeSearch")

        self.searchRow.addWidget(self.knowledgeSearch)

        self.kindFilter = QComboBox(self.articlesPane)
        self.kindFilter.setObjectName(u"kindFilter")

        self.searchRow.addWidget(self.kindFilter)

        self.categoryFilter = QComboBox(self.articlesPane)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.searchRow.addWidget(self.categoryFilter)

        self.searchRow.setStretch(0, 1)

        self.articlesLayout.addLayout(self.searchRow)

        self.articleTable = QTableWidget(self.articlesPane)
        if (self.articleTable.columnCount() < 5):
            self.articleTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.articleTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.articleTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.articleTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.articleTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.articleTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.articleTable.setObjectName(u"articleTable")
        self.articleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.articleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.articleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.articleTable.horizontalHeader().setStretchLastSection(True)
        self.articleTable.verticalHeader().setVisible(False)
        self.articleTable.verticalHeader().setDefaultSectionSize(26)

        self.articlesLayout.addWidget(self.articleTable)

        self.articlesSplitter.addWidget(self.articlesPane)
        self.articleBox = QGroupBox(self.articlesSplitter)
        self.articleBox.setObjectName(u"articleBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.articleBox.sizePolicy().hasHeightForWidth())
        self.articleBox.setSizePolicy(sizePolicy1)
        self.articleLayout = QFormLayout(self.articleBox)
        self.articleLayout.setObjectName(u"articleLayout")
        self.titleLabel = QLabel(self.articleBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.articleLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.articleBox)
        self.titleEdit.setObjectName(u"titleEdit")

        self.articleLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindLabel = QLabel(self.articleBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.articleLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.articleBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.articleLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.categoryLabel = QLabel(self.articleBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.articleLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.articleBox)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.articleLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.tagsLabel = QLabel(self.articleBox)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.articleLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(self.articleBox)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.articleLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.bodyLabel = QLabel(self.articleBox)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.articleLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(self.articleBox)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.articleLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.editorButtons = QHBoxLayout()
        self.editorButtons.setObjectName(u"editorButtons")
        self.newButton = QPushButton(self.articleBox)
        self.newButton.setObjectName(u"newButton")

        self.editorButtons.addWidget(self.newButton)

        self.saveButton = QPushButton(self.articleBox)
        self.saveButton.setObjectName(u"saveButton")

        self.editorButtons.addWidget(self.saveButton)


        self.articleLayout.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.editorButtons)

        self.articlesSplitter.addWidget(self.articleBox)

        self.outerLayout.addWidget(self.articlesSplitter)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.knowledgeSearch, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.categoryFilter)
        QWidget.setTabOrder(self.categoryFilter, self.articleTable)
        QWidget.setTabOrder(self.articleTable, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)

        self.retranslateUi(ArticlesTab)

        QMetaObject.connectSlotsByName(ArticlesTab)
    # setupUi

    def retranslateUi(self, ArticlesTab):
        self.knowledgeSearch.setPlaceholderText(QCoreApplication.translate("ArticlesTab", u"Search, e.g. \u505c\u7535 or \u6c34\u8d39", None))
#if QT_CONFIG(tooltip)
        self.kindFilter.setToolTip(QCoreApplication.translate("ArticlesTab", u"Kind", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.categoryFilter.setToolTip(QCoreApplication.translate("ArticlesTab", u"Category", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.articleTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ArticlesTab", u"Title", None))
        ___qtablewidgetitem1 = self.articleTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ArticlesTab", u"Kind", None))
        ___qtablewidgetitem2 = self.articleTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ArticlesTab", u"Category", None))
        ___qtablewidgetitem3 = self.articleTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ArticlesTab", u"Tags", None))
        ___qtablewidgetitem4 = self.articleTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ArticlesTab", u"Uses", None))
        self.articleBox.setTitle(QCoreApplication.translate("ArticlesTab", u"Article", None))
        self.titleLabel.setText(QCoreApplication.translate("ArticlesTab", u"Title", None))
        self.kindLabel.setText(QCoreApplication.translate("ArticlesTab", u"Kind", None))
        self.categoryLabel.setText(QCoreApplication.translate("ArticlesTab", u"Category", None))
        self.tagsLabel.setText(QCoreApplication.translate("ArticlesTab", u"Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("ArticlesTab", u"Tags, separated by commas", None))
        self.bodyLabel.setText(QCoreApplication.translate("ArticlesTab", u"Text", None))
        self.newButton.setText(QCoreApplication.translate("ArticlesTab", u"New", None))
        self.saveButton.setText(QCoreApplication.translate("ArticlesTab", u"Save", None))
        pass
    # retranslateUi

