// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/permissions.h"
#include "methodology/period.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;

// Applies the permission table to the acting account. Every service asks it before it reads or
// changes personal data, so the GUI, the command line and any other front end are refused the
// same way; every refusal is written to the audit log.
class AccessControl
{
    Q_DECLARE_TR_FUNCTIONS(AccessControl)

public:
    explicit AccessControl(const ServiceContext &context);

    // The action over the whole organisation (a backup, the staff list as a whole...).
    bool mayForEveryone(Action action, QString *refusal) const;
    // The action over one servant in a period (a result, a score sheet).
    bool mayFor(
        Action action, const QString &personnelNo, const DateRange &when, QString *refusal) const;
    // The servants the actor may take the action for in a period: nullopt for everyone, an
    // empty set for no one. Lists are filtered with it instead of refused.
    std::optional<QSet<QString>> allowedServants(Action action, const DateRange &when) const;

    // The appeals (appeal.id) the actor may take the action for: nullopt for all of them. Own
    // gives the appeals against the actor's own sheets, SessionParticipant the appeals whose
    // calibration session lists the actor's servant among its members (§20, §40).
    std::optional<QSet<qint64>> allowedAppeals(Action action) const;
    bool mayForAppeal(Action action, qint64 appealId, QString *refusal) const;

    // The personnel numbers the actor evaluates in the period (§17, §20).
    QSet<QString> evaluatedBy(const DateRange &when) const;

private:
    QString refuse(Action action, const QString &subject) const;
    QString ownPersonnelNo() const;

    const ServiceContext &m_context;
};

} // namespace bagalau
