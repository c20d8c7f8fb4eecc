// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigation.h"

namespace bagalau {

QList<Area> Navigation::areas()
{
    return {Area::Dashboard, Area::Staff, Area::QuarterEvaluation, Area::Results, Area::KciPlans,
        Area::Survey360, Area::AppealsAndCalibration, Area::Commission, Area::Documents,
        Area::Settings, Area::Accounts};
}

QString Navigation::title(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return tr("Dashboard");
    case Area::Staff:
        return tr("Staff");
    case Area::QuarterEvaluation:
        return tr("Quarter evaluation");
    case Area::Results:
        return tr("Results");
    case Area::KciPlans:
        return tr("KCI plans");
    case Area::Survey360:
        return tr("360 survey");
    case Area::AppealsAndCalibration:
        return tr("Appeals and calibration");
    case Area::Commission:
        return tr("Commission");
    case Area::Documents:
        return tr("Documents");
    case Area::Settings:
        return tr("Settings");
    case Area::Accounts:
        return tr("Accounts");
    }
    return {};
}

QString Navigation::description(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return tr("What is due in the next 30 days and what is overdue, the progress of the "
                  "current quarter and the grade distribution of the last finished quarter.");
    case Area::Staff:
        return tr("The staff list: servants, positions and their history, managers, absences "
                  "and dismissals, and import from CSV files.");
    case Area::QuarterEvaluation:
        return tr("The quarter's roster: who is evaluated and by which method, the ranking and "
                  "KCI score sheets, their signing and the acquaintance with the results.");
    case Area::Results:
        return tr("Quarterly and annual scores and bands of each servant, one servant's trend "
                  "across the quarters, and the export to a CSV file.");
    case Area::KciPlans:
        return tr("The individual work plans of the head of the apparatus: three to five KCI, "
                  "their approval by the superior manager and their changes.");
    case Area::Survey360:
        return tr("The annual anonymous 360 survey: respondents, questionnaires, individual "
                  "reports and the least expressed competencies.");
    case Area::AppealsAndCalibration:
        return tr("Applications against the results, calibration sessions, the members' votes "
                  "and the protocols.");
    case Area::Commission:
        return tr("The Commission of chapter 6: evaluation of the work from 01.07.2021 to "
                  "31.12.2022 of servants on social leave or sick leave.");
    case Area::Documents:
        return tr("The printed forms in Kazakh and Russian and the register of documents kept "
                  "for three years.");
    case Area::Settings:
        return tr("The working-day calendar, the deadline policy, the organisation's details "
                  "and the table of allowed marks by KCI realization.");
    case Area::Accounts:
        return tr("Who may sign in and with which roles: accounts, passwords, and the accounts "
                  "disabled or locked after wrong passwords.");
    }
    return {};
}

QString Navigation::key(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return QStringLiteral("dashboard");
    case Area::Staff:
        return QStringLiteral("staff");
    case Area::QuarterEvaluation:
        return QStringLiteral("quarter");
    case Area::Results:
        return QStringLiteral("results");
    case Area::KciPlans:
        return QStringLiteral("kci-plans");
    case Area::Survey360:
        return QStringLiteral("survey360");
    case Area::AppealsAndCalibration:
        return QStringLiteral("appeals");
    case Area::Commission:
        return QStringLiteral("commission");
    case Area::Documents:
        return QStringLiteral("documents");
    case Area::Settings:
        return QStringLiteral("settings");
    case Area::Accounts:
        return QStringLiteral("accounts");
    }
    return {};
}

} // namespace bagalau
