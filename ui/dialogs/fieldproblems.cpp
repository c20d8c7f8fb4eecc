// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/fieldproblems.h"

#include <QLabel>
#include <QSet>
#include <QStringList>
#include <QVBoxLayout>

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

QLabel *FieldProblems::add(const QString &field, QWidget *input)
{
    QLabel *label = problemLabel(m_parent, field + QStringLiteral("Problem"));
    m_labels.insert(field, label);
    if (input)
        m_inputs.append({field, input});
    return label;
}

void FieldProblems::addToLabelOf(const QString &owner, const QString &field, QWidget *input)
{
    m_labels.insert(field, m_labels.value(owner, m_general));
    if (input)
        m_inputs.append({field, input});
}

QWidget *FieldProblems::withProblem(const QString &field, QWidget *input)
{
    auto *box = new QWidget(m_parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(add(field, input));
    return box;
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
    QSet<QString> named;
    for (const InputError &error : errors) {
        named.insert(error.column);
        QLabel *label = m_labels.value(error.column, m_general);
        messages[label] << (label == m_general && m_generalNamesField ? error.toString()
                                                                      : error.message);
    }
    if (messages.isEmpty() && !fallback.isEmpty())
        messages[m_general] << fallback;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->show();
    }
    for (const auto &[field, input] : std::as_const(m_inputs)) {
        if (named.contains(field)) {
            input->setFocus();
            break;
        }
    }
}

QString FieldProblems::text(const QString &field) const
{
    const QLabel *label = m_labels.value(field, m_general);
    return label->isHidden() ? QString() : label->text();
}

} // namespace bagalau
