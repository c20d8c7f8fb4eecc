// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/applicationdialog.h"

#include "models/localetext.h"
#include "models/quarterrostermodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bagalau {

ApplicationDialog::ApplicationDialog(
    const QList<AppealableSheet> &sheets, QDate today, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_sheets(sheets)
    , m_submit(std::move(submit))
    , m_sheetLabel(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_acquainted(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_late(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_problems(this)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ApplicationDialog"));
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_date->setObjectName(QStringLiteral("appliedOn"));
    m_text->setObjectName(QStringLiteral("text"));
    m_late->setObjectName(QStringLiteral("late"));
    m_late->setWordWrap(true);
    m_late->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_late->hide();
    m_acquainted->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_date->setCalendarPopup(true);
    m_date->setDate(today);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    for (const AppealableSheet &sheet : sheets)
        m_sheet->addItem(QString(), sheet.sheetId);
    m_sheetLabel->setBuddy(m_sheet);
    m_dateLabel->setBuddy(m_date);
    m_textLabel->setBuddy(m_text);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ApplicationDialog::updateLate);
    connect(m_date, &QDateEdit::dateChanged, this, &ApplicationDialog::updateLate);

    auto *form = new QFormLayout;
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(QString(), m_acquainted);
    form->addRow(QString(), m_problems.add(QStringLiteral("sheet")));
    form->addRow(m_dateLabel, m_date);
    form->addRow(QString(), m_late);
    form->addRow(QString(), m_problems.add(QStringLiteral("applied_on")));
    form->addRow(m_textLabel, m_text);
    form->addRow(QString(), m_problems.add(QStringLiteral("text")));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.general());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplicationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplicationDialog::reject);
    resize(560, sizeHint().height());
    retranslate();
}

void ApplicationDialog::setSheet(qint64 sheetId)
{
    m_sheet->setCurrentIndex(m_sheet->findData(sheetId));
}

void ApplicationDialog::setAppliedOn(QDate date)
{
    m_date->setDate(date);
}

void ApplicationDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString ApplicationDialog::lateWarning() const
{
    return m_late->isHidden() ? QString() : m_late->text();
}

void ApplicationDialog::updateLate()
{
    const int index = m_sheet->currentIndex();
    if (index < 0 || index >= m_sheets.size()) {
        m_acquainted->clear();
        m_late->hide();
        return;
    }
    const AppealableSheet &sheet = m_sheets.at(index);
    m_acquainted->setText(tr("Acquainted on %1; an application is due by %2 (§12)")
                              .arg(dateText(sheet.acquaintedOn), dateText(sheet.appealDue)));
    const bool late = m_date->date() > sheet.appealDue;
    m_late->setText(tr("Late: the application was due on %1. It will be kept as refused (§12).")
                        .arg(dateText(sheet.appealDue)));
    m_late->setVisible(late);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(late ? tr("Register as &refused") : tr("&Register"));
}

void ApplicationDialog::accept()
{
    InputErrors errors;
    const int index = m_sheet->currentIndex();
    const qint64 sheetId = index >= 0 ? m_sheet->currentData().toLongLong() : 0;
    if (!m_submit || !m_submit(sheetId, m_date->date(), m_text->toPlainText(), &errors)) {
        m_problems.show(errors, tr("The application could not be registered."));
        return;
    }
    QDialog::accept();
}

void ApplicationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ApplicationDialog::retranslate()
{
    setWindowTitle(tr("Register an application"));
    m_sheetLabel->setText(tr("Score &sheet:"));
    m_dateLabel->setText(tr("&Applied on:"));
    m_textLabel->setText(tr("&Text:"));
    m_text->setPlaceholderText(tr("What the servant disagrees with, in their words"));
    for (int i = 0; i < m_sheets.size(); ++i) {
        const AppealableSheet &sheet = m_sheets.at(i);
        const auto quarter = Quarter::parse(sheet.quarter);
        m_sheet->setItemText(i,
            tr("%1, %2: %3")
                .arg(sheet.fullName,
                    quarter ? QuarterRosterModel::quarterLabel(*quarter) : sheet.quarter,
                    sheet.score.toLocaleString(QLocale())));
    }
    m_date->setDisplayFormat(localDateFormat());
    updateLate();
}

} // namespace bagalau
