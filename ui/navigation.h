// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bagalau {

// The areas of the program, in the order of the navigation list.
enum class Area {
    Dashboard,
    Staff,
    QuarterEvaluation,
    Results,
    KciPlans,
    Survey360,
    AppealsAndCalibration,
    Commission,
    Documents,
    Settings,
    Accounts,
};

// Titles and descriptions of the areas, translated at the moment they are asked for, so a
// language switch only has to ask again.
class Navigation
{
    Q_DECLARE_TR_FUNCTIONS(Navigation)

public:
    static QList<Area> areas();
    static QString title(Area area);
    // What the area is for: the capability that lives there.
    static QString description(Area area);
    // A stable key for QSettings ("dashboard", "staff", ...).
    static QString key(Area area);
};

} // namespace bagalau
