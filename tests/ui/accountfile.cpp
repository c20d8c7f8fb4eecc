// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountfile.h"

#include "samplestaff.h"

#include "access/accountservice.h"
#include "fixedclock.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/database.h"

namespace bagalau::test {

namespace { } // namespace

AccountFile::AccountFile()
    : m_path(m_folder.filePath(QStringLiteral("accounts.sqlite")))
{
    const FixedClock clock(QDate(2024, 7, 1));
    Organisation organisation;
    organisation.nameRu = QStringLiteral("Аппарат Акжарского районного маслихата");
    InputErrors errors;
    auto database = OrganisationService::createFile(m_path, organisation, clock, &errors);
    if (!database)
        return;
    // Set up as the chief specialist alone, before the file has accounts.
    const ServiceContext context(*database, Actor::singleUser(), clock);
    m_valid = StaffService(context).add(
        {test::sampleServant("001", "Head Person", PositionCategory::Head, "head of the apparatus",
             QDate(2022, 1, 10), ""),
            test::sampleServant("002", "Dana Servant", PositionCategory::CorpsB, "chief specialist",
                QDate(2022, 1, 10), "001")},
        &errors);
    AccountService accounts(context);
    m_valid = m_valid
        && accounts.create({QStringLiteral("aigul"), QStringLiteral("Aigul Seitkali"),
                               {Role::ChiefSpecialist}, QString()},
            QString::fromLatin1(ChiefPassword), &errors)
        && accounts.create({QStringLiteral("dana"), QStringLiteral("Dana Servant"), {Role::Servant},
                               QStringLiteral("002")},
            QString::fromLatin1(ServantPassword), &errors);
    for (const InputError &error : std::as_const(errors))
        qWarning("AccountFile: %s", qUtf8Printable(error.toString()));
}

} // namespace bagalau::test
