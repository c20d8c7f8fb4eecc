// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/actor.h"
#include "calendar/workingcalendar.h"
#include "methodology/deadlines.h"

#include <QString>

namespace bagalau {

class Clock;
class Database;
struct AuditEntry;

// What every service needs: the open file, who acts, what day it is, and the working calendar
// with the chief specialist's edits applied.
class ServiceContext
{
public:
    ServiceContext(Database &database, Actor actor, const Clock &clock,
        DeadlinePolicy policy = DeadlinePolicy::Legal);

    Database &database() const { return m_database; }
    const Actor &actor() const { return m_actor; }
    const Clock &clock() const { return m_clock; }
    const WorkingCalendar &calendar() const { return m_calendar; }
    Deadlines deadlines() const { return Deadlines(m_calendar, m_policy); }

    // Appends to the audit log in the caller's transaction, naming the actor and the time.
    bool audit(AuditEntry entry, QString *error) const;
    // Reloads the calendar after its edits changed in the file.
    void reloadCalendar();

private:
    Database &m_database;
    Actor m_actor;
    const Clock &m_clock;
    DeadlinePolicy m_policy;
    WorkingCalendar m_calendar;
};

} // namespace bagalau
