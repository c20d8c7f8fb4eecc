// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/workingcalendar.h"
#include "services/inputerror.h"

#include <QCoreApplication>

namespace bagalau {

class ServiceContext;

// The chief specialist's edits of the working calendar (RULES.md §3): a year's date of Kurban
// Ait and the transfers of days off, kept in the file and applied over the shipped data.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(ServiceContext &context);

    // An invalid date forgets the year's date, and the year becomes unconfirmed again.
    bool setKurbanAit(int year, QDate date, InputErrors *errors);
    bool addTransfer(const Transfer &transfer, InputErrors *errors);
    bool removeTransfer(QDate dayOff, InputErrors *errors);

private:
    bool write(const QString &sql, const QVariantList &values, const QString &field,
        const QString &oldValue, const QString &newValue, InputErrors *errors);

    ServiceContext &m_context;
};

} // namespace bagalau
