// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/inputerror.h"

#include <QCoreApplication>

namespace bagalau {

QString InputError::toString() const
{
    QString where;
    if (line > 0 && !column.isEmpty())
        where = QCoreApplication::translate("InputError", "line %1, %2 \"%3\"")
                    .arg(line)
                    .arg(column, value);
    else if (line > 0)
        where = QCoreApplication::translate("InputError", "line %1").arg(line);
    else if (!column.isEmpty())
        where = QCoreApplication::translate("InputError", "%1 \"%2\"").arg(column, value);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace bagalau
