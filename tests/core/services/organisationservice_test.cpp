// SPDX-License-Identifier: GPL-3.0-or-later
// The organisation's details that head every printed form, in Kazakh and Russian.
#include "services/organisationservice.h"

#include "fixedclock.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

namespace {

struct File
{
    test::TemporaryDatabase file;
    test::FixedClock clock{QDate(2024, 4, 3)};
    ServiceContext chief{file.database(), Actor::singleUser(), clock};

    File()
    {
        InputErrors errors;
        REQUIRE(OrganisationService(chief).create(
            {QStringLiteral("Аппарат Акжарского районного маслихата"), {}, {}, {}}, &errors));
    }
    QStringList row()
    {
        QSqlQuery query(file.database().connection());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT name_ru, name_kk, chairman, appointing_official FROM organisation")));
        REQUIRE(query.next());
        return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString()};
    }
    int auditRows() { return int(AuditLog(file.database().connection()).entries().size()); }
};

const Organisation details{QStringLiteral("Аппарат Акжарского районного маслихата"),
    QStringLiteral("Ақжар аудандық мәслихатының аппараты"), QStringLiteral("Ахметов Б. К."),
    QStringLiteral("Сейткали Н. М.")};

} // namespace

TEST_CASE("the organisation's details are saved trimmed, each change audited, and undone by "
          "saving the old ones",
    "[organisation]")
{
    File file;
    const Organisation before = *OrganisationService(file.chief).organisation();
    Organisation typed = details;
    typed.chairman = QStringLiteral("  Ахметов Б. К. ");
    InputErrors errors;
    REQUIRE(OrganisationService(file.chief).update(typed, &errors));
    CHECK(errors.isEmpty());
    CHECK(file.row()
        == QStringList(
            {details.nameRu, details.nameKk, details.chairman, details.appointingOfficial}));
    const auto entries = AuditLog(file.file.database().connection()).entries();
    QStringList changed;
    for (const AuditEntry &entry : entries) {
        if (entry.action == QLatin1String("update"))
            changed << entry.field + QLatin1Char('=') + entry.newValue;
    }
    CHECK(changed
        == QStringList({QStringLiteral("name_kk=Ақжар аудандық мәслихатының аппараты"),
            QStringLiteral("chairman=Ахметов Б. К."),
            QStringLiteral("appointing_official=Сейткали Н. М.")}));

    const int audited = file.auditRows();
    REQUIRE(OrganisationService(file.chief).update(details, &errors));
    CHECK(file.auditRows() == audited); // nothing changed, nothing written

    REQUIRE(OrganisationService(file.chief).update(before, &errors));
    CHECK(file.row() == QStringList({before.nameRu, QString(), QString(), QString()}));
    CHECK(AuditLog(file.file.database().connection()).verify().isEmpty());
}

TEST_CASE("the name in Russian is required; a line break or an overlong value is refused at its "
          "field; nothing is written",
    "[organisation]")
{
    File file;
    const QStringList before = file.row();
    const int audited = file.auditRows();

    Organisation bad = details;
    bad.nameRu = QStringLiteral("   ");
    InputErrors errors;
    CHECK_FALSE(OrganisationService(file.chief).update(bad, &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("name_ru"));
    CHECK(errors.first().message.contains(QStringLiteral("required")));

    bad = details;
    bad.chairman = QStringLiteral("Ахметов\nБ. К.");
    bad.nameKk = QString(OrganisationService::MaxLength + 1, QLatin1Char('a'));
    errors.clear();
    CHECK_FALSE(OrganisationService(file.chief).update(bad, &errors));
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).column == QStringLiteral("name_kk"));
    CHECK(errors.at(0).message.contains(QStringLiteral("at most 300 character(s)")));
    CHECK(errors.at(1).column == QStringLiteral("chairman"));
    CHECK(errors.at(1).message.contains(QStringLiteral("one line")));

    CHECK(file.row() == before);
    CHECK(file.auditRows() == audited);
}

TEST_CASE("§19 only the chief specialist changes the organisation's details; the refusal is "
          "audited",
    "[organisation][access]")
{
    File file;
    const QStringList before = file.row();
    for (Role role : {Role::Head, Role::Chairman, Role::Servant, Role::AppointingOfficial}) {
        const ServiceContext context(
            file.file.database(), Actor{roleKey(role), {}, {role}, 0}, file.clock);
        InputErrors errors;
        CHECK_FALSE(OrganisationService(context).update(details, &errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().refused);
    }
    CHECK(file.row() == before);
    int refusals = 0;
    const auto entries = AuditLog(file.file.database().connection()).entries();
    for (const AuditEntry &entry : entries)
        refusals += entry.action == QLatin1String("refused")
            && entry.entity == QLatin1String("change_organisation");
    CHECK(refusals == 4);
}
