// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplefile.h"

#include "services/inputerror.h"
#include "services/organisationservice.h"
#include "storage/database.h"

#include "catchqt.h"

#include <QSqlQuery>

namespace bagalau::test {

SampleFile::SampleFile(QDateTime now, const QList<NewServant> &staff)
    : clock(std::move(now))
{
    InputErrors errors;
    REQUIRE(OrganisationService(chief).create({QStringLiteral("Аппарат"), {}, {}, {}}, &errors));
    REQUIRE(StaffService(chief).add(staff, &errors));
}

qint64 SampleFile::servantId(const char *personnelNo)
{
    QSqlQuery query(file.database().connection());
    query.prepare(QStringLiteral("SELECT id FROM servant WHERE personnel_no = ?"));
    query.addBindValue(QString::fromLatin1(personnelNo));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QVariant SampleFile::value(const QString &sql)
{
    QSqlQuery query(file.database().connection());
    REQUIRE(query.exec(sql));
    return query.next() ? query.value(0) : QVariant();
}

int SampleFile::rowsOf(const char *table)
{
    return value(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).toInt();
}

} // namespace bagalau::test
