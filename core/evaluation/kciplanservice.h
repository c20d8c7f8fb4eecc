// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/permissions.h"
#include "methodology/kci.h"
#include "methodology/period.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;
struct StaffMember;

// One KCI of an individual work plan with its SMART fields (§23, §24, appendix 1).
struct KciItem
{
    int number = 0; // 1–5
    QString title; // specific: what is to be achieved
    QString unit; // measurable: the unit of measure
    QString planValue; // measurable: the planned value, a Decimal as text ("95", "12.5")
    KciDirection direction = KciDirection::MoreIsBetter;
    QDate due; // time-bound: within the quarter
    QString sourceDocument; // relevant: the planning document it serves
    QString expectedResult; // achievable: the result expected by the period's end

    // The methodology's view of it; the plan value 0 when the text is not a number.
    Kci toKci() const;
    bool operator==(const KciItem &) const = default;
};

enum class KciPlanStatus { None, Draft, Approved };
QString kciPlanStatusKey(KciPlanStatus status); // "none", "draft", "approved"

// The individual work plan of one head of the apparatus for one quarter (§22).
struct KciPlanRecord
{
    QString personnelNo;
    QString fullName;
    Quarter quarter;
    KciPlanStatus status = KciPlanStatus::None; // None: the head has no plan yet
    QDate drawnUpOn;
    QDate approvedOn;
    QString approvedBy;
    QDate due; // §22: drawn up by the quarter's 10th working day, or 10 after appointment
    bool kciAllowed = true; // §22: false when less than three months remain from appointment
    QList<KciItem> kcis; // by number
};

// One line of a plan's history: its approval, or a change of one field of a KCI (§25).
struct KciPlanEvent
{
    QDate day;
    QString kind; // "drawn_up", "approved" or "changed"
    int kciNumber = 0;
    QString field; // "title", "unit", "plan_value", "direction", "due", "source", "expected"
    QString oldValue;
    QString newValue;
    QString reason; // what the approver or the change said
};

// Individual work plans of the head of the apparatus (§21–25): drawn up with 3–5 KCI, approved
// by the superior manager, changed after approval only for a change of functions or structure.
class KciPlanService
{
    Q_DECLARE_TR_FUNCTIONS(KciPlanService)

public:
    explicit KciPlanService(const ServiceContext &context);

    // Every servant evaluated by KCI in the quarter (§21: the head of the apparatus) whom the
    // actor may read, with their plan or status None.
    QList<KciPlanRecord> plansOf(const Quarter &quarter) const;
    // One head's plan; nullopt with the reason when refused or the servant is not evaluated by
    // KCI in the quarter.
    std::optional<KciPlanRecord> plan(
        const QString &personnelNo, const Quarter &quarter, QString *error) const;

    // Problems of one KCI's fields, each naming its field; empty when it may be kept.
    InputErrors validateKci(const KciItem &item, const Quarter &quarter) const;

    // A draft KCI added or replaced by its number; the draft plan is drawn up with the first one.
    // Refused once the plan is approved (use changeKci).
    bool saveDraftKci(const QString &personnelNo, const Quarter &quarter, const KciItem &item,
        InputErrors *errors);
    // The draft KCI of that number removed (the reverse of adding it).
    bool removeDraftKci(
        const QString &personnelNo, const Quarter &quarter, int number, InputErrors *errors);
    // §22: the superior manager approves a plan of 3–5 valid KCI; today's date is recorded.
    bool approve(const QString &personnelNo, const Quarter &quarter, const QString &approvedBy,
        InputErrors *errors);
    // §25: an approved KCI changed only for a change of the body's functions or structure; every
    // changed field is kept with the reason.
    bool changeKci(const QString &personnelNo, const Quarter &quarter, const KciItem &item,
        const QString &reason, InputErrors *errors);
    // Drawing up, approval and every change, oldest first.
    QList<KciPlanEvent> history(
        const QString &personnelNo, const Quarter &quarter, QString *error) const;

private:
    struct Subject;
    // The head and their plan, when the actor may take the action for them; the refusal or the
    // reason they have no KCI in `errors` otherwise.
    std::optional<Subject> subject(const QString &personnelNo, const Quarter &quarter,
        Action action, InputErrors *errors) const;
    // The head's plan as the file holds it, without asking who may see it.
    Subject subjectOf(const StaffMember &member, const Quarter &quarter) const;

    const ServiceContext &m_context;
};

} // namespace bagalau
