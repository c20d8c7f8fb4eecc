// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/fieldproblems.h"

#include <QLabel>
#include <QStringList>

namespace bagalau {

namespace {

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

FieldProblems::FieldProblems(QWidget *parent)
    : m_parent(parent)
    , m_general(problemLabel(parent, QStringLiteral("problem")))
{ }

QLabel *FieldProblems::add(const QString &field)
{
    QLabel *label = problemLabel(m_parent, field + QStringLiteral("Problem"));
    m_labels.insert(field, label);
    return label;
}

void FieldProblems::clear()
{
    m_general->clear();
    m_general->hide();
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
}

void FieldProblems::show(const InputErrors &errors, const QString &fallback)
{
    clear();
    QHash<QLabel *, QStringList> messages;
    for (const InputError &error : errors)
        messages[m_labels.value(error.column, m_general)] << error.message;
    if (messages.isEmpty())
        messages[m_general] << fallback;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->show();
    }
}

QString FieldProblems::text(const QString &field) const
{
    const QLabel *label = m_labels.value(field, m_general);
    return label->isHidden() ? QString() : label->text();
}

} // namespace bagalau
