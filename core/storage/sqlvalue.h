// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace bagalau {

// Values to bind to statements. A null QString binds as SQL NULL, which NOT NULL text columns
// refuse, so text goes in as "" when there is none.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// An ISO date, or SQL NULL for an invalid (absent) date.
inline QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// A date read back from a column; invalid when NULL.
inline QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace bagalau
