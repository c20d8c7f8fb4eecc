// SPDX-License-Identifier: GPL-3.0-or-later
// §15, §20: who sees and does what, row by row of the permission table, through the services.
#include "access/accesscontrol.h"

#include "access/accountservice.h"
#include "access/passwordhash.h"
#include "evaluation/resultsservice.h"
#include "evaluation/scoresheetservice.h"
#include "fixedclock.h"
#include "services/calendarservice.h"
#include "services/organisationservice.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "temporarydatabase.h"

#include "samplefile.h"
#include "samplestaff.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

namespace {

const DateRange q2024q2 = Quarter(2024, 2).range();

// An apparatus: the head 001 evaluates 002 and 003; 005 reports to nobody in the file.
struct Apparatus : test::SampleFile
{
    Apparatus()
        : SampleFile(QDateTime(QDate(2024, 7, 15), QTime(10, 0)),
            {test::sampleServant(
                 "001", "Жусупова А.", PositionCategory::Head, nullptr, QDate(2023, 1, 9), ""),
                test::sampleServant("002", "Ахметов С.", PositionCategory::CorpsB, nullptr,
                    QDate(2023, 1, 9), "001"),
                test::sampleServant(
                    "003", "Ким Е.", PositionCategory::CorpsB, nullptr, QDate(2023, 1, 9), "001"),
                test::sampleServant(
                    "005", "Омаров Д.", PositionCategory::CorpsB, nullptr, QDate(2023, 1, 9), "")})
    { }
    // An actor with one role, tied to the servant the role needs.
    Actor actorWith(Role role)
    {
        const char *number = role == Role::Head ? "001" : role == Role::Servant ? "002" : nullptr;
        return {roleKey(role), {}, {role}, number ? servantId(number) : 0};
    }
    int refusalsInAudit()
    {
        int count = 0;
        const auto entries = AuditLog(file.database().connection()).entries();
        for (const AuditEntry &entry : entries)
            count += entry.action == QLatin1String("refused") ? 1 : 0;
        return count;
    }
};

QString describe(const PermissionRule &rule)
{
    const char *scope = rule.scope == Scope::Everyone ? "everyone"
        : rule.scope == Scope::Evaluated              ? "the people evaluated"
        : rule.scope == Scope::SessionParticipant     ? "the sessions they sit in"
                                                      : "own records";
    return roleKey(rule.role) + QStringLiteral(" may ") + actionKey(rule.action)
        + QStringLiteral(" for ") + QString::fromLatin1(scope);
}

} // namespace

TEST_CASE("§15 §20 every row of the permission table grants what it says", "[access]")
{
    Apparatus apparatus;
    for (const PermissionRule &rule : permissionTable()) {
        DYNAMIC_SECTION(describe(rule).toStdString())
        {
            const ServiceContext context(
                apparatus.file.database(), apparatus.actorWith(rule.role), apparatus.clock);
            const AccessControl access(context);
            QString refusal;
            switch (rule.scope) {
            case Scope::Everyone:
                CHECK(access.mayForEveryone(rule.action, &refusal));
                break;
            case Scope::Own:
                if (rule.role == Role::ChiefSpecialist)
                    break; // the chief specialist has no servant of their own here
                CHECK(access.mayFor(rule.action,
                    rule.role == Role::Head ? QStringLiteral("001") : QStringLiteral("002"),
                    q2024q2, &refusal));
                break;
            case Scope::SessionParticipant:
                // Whose sessions: the rows are checked with a real session in
                // appealservice_test.cpp; without one the participant reaches no appeal.
                CHECK(access.allowedAppeals(rule.action).value_or(QSet<qint64>{-1}).isEmpty());
                break;
            case Scope::Evaluated: {
                const QString evaluated =
                    rule.role == Role::Chairman ? QStringLiteral("001") : QStringLiteral("002");
                CHECK(access.mayFor(rule.action, evaluated, q2024q2, &refusal));
                CHECK_FALSE(access.mayFor(rule.action, QStringLiteral("005"), q2024q2, &refusal));
                CHECK(refusal.contains(QStringLiteral("may not do this for 005")));
                break;
            }
            }
        }
    }
}

TEST_CASE(
    "§15 §20 what the table does not grant is refused, and every refusal is audited", "[access]")
{
    Apparatus apparatus;
    const QList<Action> actions = allActions();
    for (Role role : allRoles()) {
        const Actor actor = apparatus.actorWith(role);
        for (Action action : actions) {
            if (!scopesOf(actor, action).isEmpty())
                continue;
            INFO(roleKey(role).toStdString() << " " << actionKey(action).toStdString());
            const ServiceContext context(apparatus.file.database(), actor, apparatus.clock);
            const int before = apparatus.refusalsInAudit();
            QString refusal;
            CHECK_FALSE(AccessControl(context).mayForEveryone(action, &refusal));
            CHECK(refusal.startsWith(QStringLiteral("refused: ")));
            CHECK(apparatus.refusalsInAudit() == before + 1);
        }
    }
}

TEST_CASE("§20 a servant reads their own results only; another's is refused", "[access]")
{
    Apparatus apparatus;
    const ServiceContext context(
        apparatus.file.database(), apparatus.actorWith(Role::Servant), apparatus.clock);
    const ResultsService results(context);
    const auto rows = results.quarter(Quarter(2024, 2));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().personnelNo == QStringLiteral("002"));
    QString refusal;
    CHECK_FALSE(results.mayRead(QStringLiteral("003"), q2024q2, &refusal));
    CHECK(apparatus.refusalsInAudit() == 1);
}

TEST_CASE("§20 the head reads the results of the people they evaluate and their own", "[access]")
{
    Apparatus apparatus;
    Actor head = apparatus.actorWith(Role::Head);
    head.roles << Role::Servant;
    const ServiceContext context(apparatus.file.database(), head, apparatus.clock);
    QStringList seen;
    const auto rows = ResultsService(context).quarter(Quarter(2024, 2));
    for (const QuarterResultRow &row : rows)
        seen << row.personnelNo;
    CHECK(
        seen == QStringList({QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003")}));
}

TEST_CASE(
    "§17 an evaluator fills the sheets of the people they evaluate, not of others", "[access]")
{
    Apparatus apparatus;
    const ServiceContext context(
        apparatus.file.database(), apparatus.actorWith(Role::Head), apparatus.clock);
    MarkRow evaluated{2, QStringLiteral("002"), QStringLiteral("2024Q2"), QStringLiteral("ranking"),
        QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("3"), {}, {},
        {}, {}};
    MarkRow other = evaluated;
    other.line = 3;
    other.personnelNo = QStringLiteral("005");
    InputErrors errors;
    CHECK(ScoreSheetService(context).import({evaluated, other}, &errors) == 0);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().refused);
    CHECK(errors.first().line == 3);
    errors.clear();
    CHECK(ScoreSheetService(context).import({evaluated}, &errors) == 1);
}

TEST_CASE("§19 only the chief specialist changes the staff and the calendar", "[access]")
{
    Apparatus apparatus;
    for (Role role : {Role::Head, Role::Chairman, Role::Servant, Role::AppointingOfficial}) {
        ServiceContext context(
            apparatus.file.database(), apparatus.actorWith(role), apparatus.clock);
        InputErrors errors;
        CHECK_FALSE(StaffService(context).add(
            {test::sampleServant(
                "006", "Новый Н.", PositionCategory::CorpsB, nullptr, QDate(2023, 1, 9), "")},
            &errors));
        CHECK(errors.first().refused);
        errors.clear();
        CHECK_FALSE(CalendarService(context).setKurbanAit(2027, QDate(2027, 5, 17), &errors));
        CHECK(errors.first().refused);
    }
    CHECK(StaffService(
              ServiceContext(apparatus.file.database(), Actor::singleUser(), apparatus.clock))
              .servantCount()
        == 4);
}

TEST_CASE("accounts: the first is the chief specialist's; passwords are Argon2id only", "[access]")
{
    Apparatus apparatus;
    const ServiceContext single(apparatus.file.database(), Actor::singleUser(), apparatus.clock);
    InputErrors errors;
    CHECK_FALSE(AccountService(single).create(
        {QStringLiteral("serik"), {}, {Role::Servant}, QStringLiteral("002")},
        QStringLiteral("serik-pass1"), &errors));
    CHECK(errors.first().message.contains(QStringLiteral("chief specialist")));
    CHECK_FALSE(AccountService::hasAccounts(apparatus.file.database()));
    errors.clear();
    REQUIRE(
        AccountService(single).create({QStringLiteral("aigul"), {}, {Role::ChiefSpecialist}, {}},
            QStringLiteral("chief-pass1"), &errors));
    CHECK(AccountService::hasAccounts(apparatus.file.database()));

    QSqlQuery query(apparatus.file.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT password_hash FROM user_account")));
    while (query.next()) {
        CHECK(PasswordHash::isArgon2id(query.value(0).toString()));
        CHECK_FALSE(query.value(0).toString().contains(QStringLiteral("chief-pass1")));
    }
}

TEST_CASE("sign-in: the sixth wrong password finds the account locked; a disabled account is "
          "refused; both are audited",
    "[access]")
{
    Apparatus apparatus;
    const ServiceContext single(apparatus.file.database(), Actor::singleUser(), apparatus.clock);
    InputErrors errors;
    REQUIRE(
        AccountService(single).create({QStringLiteral("aigul"), {}, {Role::ChiefSpecialist}, {}},
            QStringLiteral("chief-pass1"), &errors));
    const ServiceContext anonymous(apparatus.file.database(), Actor{}, apparatus.clock);
    QString refusal;
    auto chief = AccountService(anonymous).signIn(
        QStringLiteral("aigul"), QStringLiteral("chief-pass1"), &refusal);
    REQUIRE(chief);
    CHECK(chief->has(Role::ChiefSpecialist));

    const ServiceContext chiefContext(apparatus.file.database(), *chief, apparatus.clock);
    REQUIRE(AccountService(chiefContext)
                .create({QStringLiteral("serik"), {}, {Role::Servant}, QStringLiteral("002")},
                    QStringLiteral("serik-pass1"), &errors));

    for (int attempt = 1; attempt <= AccountService::MaximumFailures; ++attempt) {
        CHECK_FALSE(AccountService(anonymous).signIn(
            QStringLiteral("serik"), QStringLiteral("guess"), &refusal));
    }
    CHECK(refusal.contains(QStringLiteral("locked")));
    // The sixth attempt, with the right password, finds the account locked.
    CHECK_FALSE(AccountService(anonymous).signIn(
        QStringLiteral("serik"), QStringLiteral("serik-pass1"), &refusal));
    CHECK(refusal.contains(QStringLiteral("locked")));
    // After the lock's time the right password works again.
    test::FixedClock later(apparatus.clock.now().addSecs(AccountService::LockMinutes * 60 + 1));
    const ServiceContext afterLock(apparatus.file.database(), Actor{}, later);
    CHECK(AccountService(afterLock).signIn(
        QStringLiteral("serik"), QStringLiteral("serik-pass1"), &refusal));

    REQUIRE(AccountService(chiefContext).disable(QStringLiteral("serik"), &errors));
    CHECK_FALSE(AccountService(afterLock).signIn(
        QStringLiteral("serik"), QStringLiteral("serik-pass1"), &refusal));
    CHECK(refusal.contains(QStringLiteral("disabled")));

    int signIns = 0;
    int refusals = 0;
    const auto entries = AuditLog(apparatus.file.database().connection()).entries();
    for (const AuditEntry &entry : entries) {
        signIns += entry.action == QLatin1String("sign-in") ? 1 : 0;
        refusals += entry.action == QLatin1String("sign-in-refused") ? 1 : 0;
    }
    CHECK(signIns == 2);
    CHECK(refusals == 7);
    CHECK(AuditLog(apparatus.file.database().connection()).verify().isEmpty());
}

TEST_CASE(
    "§22 the chairman approves the head's KCI plan; the head only reads their own", "[access]")
{
    Apparatus apparatus;
    QString refusal;
    const ServiceContext chairman(
        apparatus.file.database(), apparatus.actorWith(Role::Chairman), apparatus.clock);
    CHECK(AccessControl(chairman).mayFor(
        Action::ApproveKciPlans, QStringLiteral("001"), q2024q2, &refusal));
    CHECK(AccessControl(chairman).mayFor(
        Action::ManageKciPlans, QStringLiteral("001"), q2024q2, &refusal));
    CHECK_FALSE(AccessControl(chairman).mayForEveryone(Action::ChangeAllowedMarks, &refusal));
    const ServiceContext head(
        apparatus.file.database(), apparatus.actorWith(Role::Head), apparatus.clock);
    CHECK(
        AccessControl(head).mayFor(Action::ReadKciPlans, QStringLiteral("001"), q2024q2, &refusal));
    CHECK_FALSE(AccessControl(head).mayFor(
        Action::ApproveKciPlans, QStringLiteral("001"), q2024q2, &refusal));
    CHECK_FALSE(AccessControl(head).mayFor(
        Action::ManageKciPlans, QStringLiteral("001"), q2024q2, &refusal));
    const ServiceContext chief(apparatus.file.database(), Actor::singleUser(), apparatus.clock);
    CHECK(AccessControl(chief).mayForEveryone(Action::ApproveKciPlans, &refusal));
    CHECK(AccessControl(chief).mayForEveryone(Action::ChangeAllowedMarks, &refusal));
}

TEST_CASE("every action has its own key and the chief specialist holds it", "[access]")
{
    QSet<QString> keys;
    for (Action action : allActions()) {
        const QString key = actionKey(action);
        CHECK_FALSE(key.isEmpty());
        keys << key;
        CHECK_FALSE(scopesOf(Actor::singleUser(), action).isEmpty());
    }
    CHECK(keys.size() == allActions().size());
    CHECK(allActions().first() == Action::ReadStaff);
    CHECK(allActions().last() == Action::ChangeOrganisation);
}
