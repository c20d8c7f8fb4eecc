// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/period.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bagalau {

class ServiceContext;

// How a servant was acquainted with a result (§11): in person, or for one who is away (§5 part
// 2) by a registered letter, a telephone message, a telegram, a text message, e-mail or another
// means that records the notice.
struct Acquaintance
{
    QDate day;
    QString method; // a key of AcquaintanceService::methods()
    QString reference; // the letter's number, the message's id...
    bool operator==(const Acquaintance &) const = default;
};

// Acquaintance with a quarter's signed score sheet (§11) and the application window that
// follows from it (§12). Recording it is the chief specialist's duty (§11).
class AcquaintanceService
{
    Q_DECLARE_TR_FUNCTIONS(AcquaintanceService)

public:
    explicit AcquaintanceService(const ServiceContext &context);

    // "in_person", "registered_letter", "telephone_message", "telegram", "sms", "email", "other"
    static QStringList methods();
    static QString methodLabel(const QString &method);

    // nullopt when none is recorded (or the account may not read the result).
    std::optional<Acquaintance> read(const QString &personnelNo, const Quarter &quarter) const;
    // The sheet must be signed; the day neither before the signature nor in the future.
    bool record(const QString &personnelNo, const Quarter &quarter,
        const Acquaintance &acquaintance, InputErrors *errors);
    // The reverse of record() (undo); refused once an application has been registered.
    bool remove(const QString &personnelNo, const Quarter &quarter, InputErrors *errors);
    // §12: the last day to apply for a calibration session, 5 working days after acquaintance.
    QDate appealDue(QDate acquainted) const;

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
