// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fixedclock.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "temporarydatabase.h"

#include <QList>
#include <QVariant>

namespace bagalau::test {

// A new file of the organisation «Аппарат» with the given staff, on a fixed day; the chief
// specialist (single-user mode) acts. The fixtures of the service tests build on it.
struct SampleFile
{
    TemporaryDatabase file;
    FixedClock clock;
    ServiceContext chief{file.database(), Actor::singleUser(), clock};

    SampleFile(QDateTime now, const QList<NewServant> &staff);

    // The id the file gave the servant; the test fails when there is none.
    qint64 servantId(const char *personnelNo);
    // The first column of the first row of a query, or an invalid value when it has no row.
    QVariant value(const QString &sql);
    // How many rows the table holds.
    int rowsOf(const char *table);
};

} // namespace bagalau::test
