// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/kurbanaitdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bagalau {

KurbanAitDialog::KurbanAitDialog(int year, QDate current, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("KurbanAitDialog"));
    setWindowTitle(tr("Kurban Ait %1").arg(year));
    auto *explanation = new QLabel(
        tr("The first day of Kurban Ait is a day off (Labour Code art. 84 p. 5). Its date "
           "changes every year and is announced by the Spiritual Administration of Muslims of "
           "Kazakhstan. It is not moved when it falls on a Saturday or Sunday."),
        this);
    explanation->setWordWrap(true);

    m_date->setObjectName(QStringLiteral("kurbanAitDate"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
    m_date->setDate(current.isValid() ? current : QDate(year, 1, 1));
    // Always with the century, as the Spiritual Administration announces the date.
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    m_date->setDisplayFormat(
        format.contains(QStringLiteral("yyyy")) ? format : QStringLiteral("dd.MM.yyyy"));

    auto *form = new QFormLayout;
    form->addRow(tr("&First day:"), m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *forgetButton = buttons->addButton(tr("&Forget the date"), QDialogButtonBox::ResetRole);
    forgetButton->setObjectName(QStringLiteral("forgetKurbanAit"));
    forgetButton->setToolTip(tr("The year becomes unconfirmed again"));
    forgetButton->setEnabled(current.isValid());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(forgetButton, &QPushButton::clicked, this, &KurbanAitDialog::forget);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_date->setFocus();
}

QDate KurbanAitDialog::date() const
{
    return m_forget ? QDate() : m_date->date();
}

void KurbanAitDialog::forget()
{
    m_forget = true;
    accept();
}

} // namespace bagalau
