# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.databaseLabel = QLabel(SettingsDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseRow = QHBoxLayout()
        self.databaseRow.setObjectName(u"databaseRow")
        self.database = QLineEdit(SettingsDialog)
        self.database.setObjectName(u"database")

        self.databaseRow.addWidget(self.database)

        self.browse = QPushButton(SettingsDialog)
        self.browse.setObjectName(u"browse")

        self.databaseRow.addWidget(self.browse)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.databaseRow)

        self.jurisdictionLabel = QLabel(SettingsDialog)
        self.jurisdictionLabel.setObjectName(u"jurisdictionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jurisdictionLabel)

        self.jurisdiction = QComboBox(SettingsDialog)
        self.jurisdiction.setObjectName(u"jurisdiction")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.jurisdiction)

        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language)

        self.remindersLabel = QLabel(SettingsDialog)
        self.remindersLabel.setObjectName(u"remindersLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.remindersLabel)

        self.reminders = QLineEdit(SettingsDialog)
        self.reminders.setObjectName(u"reminders")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reminders)

        self.bufferLabel = QLabel(SettingsDialog)
        self.bufferLabel.setObjectName(u"bufferLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bufferLabel)

        self.buffer = QSpinBox(SettingsDialog)
        self.buffer.setObjectName(u"buffer")
        self.buffer.setMaximum(600)
        self.buffer.setSingleStep(15)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.buffer)

        self.calendarNames = QCheckBox(SettingsDialog)
        self.calendarNames.setObjectName(u"calendarNames")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.calendarNames)

        self.lockLabel = QLabel(SettingsDialog)
        self.lockLabel.setObjectName(u"lockLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lockLabel)

        self.lockAfter = QSpinBox(SettingsDialog)
        self.lockAfter.setObjectName(u"lockAfter")
        self.lockAfter.setMinimum(1)
        self.lockAfter.setMaximum(480)
        self.lockAfter.setSingleStep(5)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.lockAfter)


        self.layout.addLayout(self.form)

        self.problem = QLabel(SettingsDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #c0392b;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.note = QLabel(SettingsDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.databaseLabel.setBuddy(self.database)
        self.jurisdictionLabel.setBuddy(self.jurisdiction)
        self.languageLabel.setBuddy(self.language)
        self.remindersLabel.setBuddy(self.reminders)
        self.bufferLabel.setBuddy(self.buffer)
        self.lockLabel.setBuddy(self.lockAfter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.database, self.browse)
        QWidget.setTabOrder(self.browse, self.jurisdiction)
        QWidget.setTabOrder(self.jurisdiction, self.language)
        QWidget.setTabOrder(self.language, self.reminders)
        QWidget.setTabOrder(self.reminders, self.buffer)
        QWidget.setTabOrder(self.buffer, self.calendarNames)
        QWidget.setTabOrder(self.calendarNames, self.lockAfter)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Database", None))
#if QT_CONFIG(accessibility)
        self.database.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Database file or address", None))
#endif // QT_CONFIG(accessibility)
        self.database.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"The default file in your data folder", None))
        self.browse.setText(QCoreApplication.translate("SettingsDialog", u"&Choose\u2026", None))
        self.jurisdictionLabel.setText(QCoreApplication.translate("SettingsDialog", u"Default &jurisdiction", None))
#if QT_CONFIG(accessibility)
        self.jurisdiction.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Default jurisdiction of new cases", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language of the window", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language of the window", None))
#endif // QT_CONFIG(accessibility)
        self.remindersLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Reminders, days before", None))
#if QT_CONFIG(accessibility)
        self.reminders.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Days before a hearing or deadline to remind", None))
#endif // QT_CONFIG(accessibility)
        self.reminders.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"for example 1, 7, 14", None))
        self.bufferLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Travel time before a hearing", None))
#if QT_CONFIG(accessibility)
        self.buffer.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Minutes kept free before a hearing", None))
#endif // QT_CONFIG(accessibility)
        self.buffer.setSuffix(QCoreApplication.translate("SettingsDialog", u" minutes", None))
        self.calendarNames.setText(QCoreApplication.translate("SettingsDialog", u"Calendar files name the &child (otherwise only the case reference)", None))
        self.lockLabel.setText(QCoreApplication.translate("SettingsDialog", u"Loc&k the window after", None))
#if QT_CONFIG(accessibility)
        self.lockAfter.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Minutes without a key press or a click before the window locks", None))
#endif // QT_CONFIG(accessibility)
        self.lockAfter.setSuffix(QCoreApplication.translate("SettingsDialog", u" minutes without use", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"What is wrong with the settings", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("SettingsDialog", u"A new database is opened the next time Guardian Desk starts.", None))
    # retranslateUi

