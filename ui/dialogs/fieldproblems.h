// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/inputerror.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

class QLabel;
class QWidget;

namespace bagalau {

// Shows a service's InputErrors next to the fields they name (InputError::column), and the
// rest in one general label: errors are shown at the field (DESIGN.md).
class FieldProblems
{
public:
    explicit FieldProblems(QWidget *parent);
    // A red, hidden label for `field`, named "<field>Problem" for tests. The `input`, when given,
    // takes the focus when its field is the first (in the order added) with a problem.
    QLabel *add(const QString &field, QWidget *input = nullptr);
    // Problems of `field` shown in the label of `owner` (a mark and its comment share one line).
    void addToLabelOf(const QString &owner, const QString &field, QWidget *input = nullptr);
    // The input above its problem label in one widget, for a row of a form.
    QWidget *withProblem(const QString &field, QWidget *input);
    QLabel *general() const { return m_general; }
    // The general label says which line and field a problem of a field the form does not have
    // is about (InputError::toString), for forms whose service names fields they don't show.
    void setGeneralNamesField(bool names) { m_generalNamesField = names; }
    void clear();
    // The fallback, when not empty, is shown when the errors are empty.
    void show(const InputErrors &errors, const QString &fallback = QString());
    // What is shown for a field, empty when nothing.
    QString text(const QString &field) const;

private:
    QWidget *m_parent;
    QLabel *m_general;
    QHash<QString, QLabel *> m_labels;
    QList<std::pair<QString, QWidget *>> m_inputs;
    bool m_generalNamesField = false;
};

} // namespace bagalau
