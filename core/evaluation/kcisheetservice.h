// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/kciplanservice.h"
#include "methodology/kci.h"
#include "methodology/period.h"
#include "methodology/score.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;

// What the evaluator typed on one line: the actual value as text and the mark.
struct KciSheetEntry
{
    int number = 0;
    QString actual; // a Decimal as text; empty while not known
    std::optional<int> mark; // 0–5 (§27)
};

// One line of the KCI sheet (appendix 2): the approved KCI, what was entered, and what follows.
struct KciSheetRow
{
    KciItem kci;
    QString actual;
    std::optional<int> mark;
    std::optional<Realization> realization; // nullopt while the actual is missing or wrong
    std::optional<MarkRange> allowed; // appendix 3; nullopt while the realization is unknown
    QString problem; // why the realization or the range is missing

    // The realization and the allowed marks for the actual typed so far.
    void assess(const QList<AllowedMarkRow> &table);
};

enum class KciSheetStatus { None, Draft, Signed, Returned };
QString kciSheetStatusKey(KciSheetStatus status); // "none", "draft", "signed", "returned"

// The KCI score sheet of the head of the apparatus for a quarter (§21–27, appendix 2).
struct KciSheetRecord
{
    QString personnelNo;
    QString fullName;
    Quarter quarter;
    KciSheetStatus status = KciSheetStatus::None;
    QDate signedOn;
    std::optional<Score> score;
    QString returnReason;
    bool tableEntered = false; // false: any mark 0–5 is allowed (decision 10)
    QList<KciSheetRow> rows;

    // §27: the mean of the marks when every line has one within its range.
    std::optional<Score> currentScore(const QList<AllowedMarkRow> &table) const;
};

// Fills, signs and reopens KCI sheets, built from the approved individual plan.
class KciSheetService
{
    Q_DECLARE_TR_FUNCTIONS(KciSheetService)

public:
    explicit KciSheetService(const ServiceContext &context);

    // The sheet as the file holds it over the approved plan; nullopt with the reason when refused,
    // the servant is not evaluated by KCI, or the plan is not approved.
    std::optional<KciSheetRecord> sheet(
        const QString &personnelNo, const Quarter &quarter, QString *error) const;
    QList<AllowedMarkRow> allowedMarkTable() const;

    // Keeps what was typed; lines may lack an actual or a mark. Every value entered must be valid.
    bool saveDraft(const QString &personnelNo, const Quarter &quarter,
        const QList<KciSheetEntry> &entries, InputErrors *errors);
    // §27: every KCI with its actual and an allowed mark; the score is their mean, exact.
    std::optional<Score> sign(const QString &personnelNo, const Quarter &quarter,
        const QList<KciSheetEntry> &entries, InputErrors *errors);
    // Returned for correction with the reason kept, by the rule of SheetReopening.
    bool reopen(const QString &personnelNo, const Quarter &quarter, const QString &reason,
        InputErrors *errors);

private:
    struct Loaded;
    std::optional<Loaded> load(
        const QString &personnelNo, const Quarter &quarter, InputErrors *errors) const;
    bool write(const Loaded &loaded, const QList<KciSheetRow> &rows, bool sign,
        std::optional<Score> score, InputErrors *errors);

    const ServiceContext &m_context;
};

} // namespace bagalau
