// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/inputerror.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace bagalau {

// Shows a service's InputErrors next to the fields they name (InputError::column), and the
// rest in one general label: errors are shown at the field (DESIGN.md).
class FieldProblems
{
public:
    explicit FieldProblems(QWidget *parent);
    // A red, hidden label for `field`, named "<field>Problem" for tests.
    QLabel *add(const QString &field);
    QLabel *general() const { return m_general; }
    void clear();
    void show(const InputErrors &errors, const QString &fallback);
    // What is shown for a field, empty when nothing.
    QString text(const QString &field) const;

private:
    QWidget *m_parent;
    QLabel *m_general;
    QHash<QString, QLabel *> m_labels;
};

} // namespace bagalau
