// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/eligibility.h"
#include "methodology/period.h"
#include "methodology/ranking.h"
#include "methodology/score.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace bagalau {

class ServiceContext;

// What the evaluator writes on a ranking sheet (appendix 4): a mark and a comment for each
// parameter of §32, in the order of rankingParameters().
struct RankingMarks
{
    std::array<std::optional<int>, 4> marks;
    std::array<QString, 4> comments;

    std::optional<int> mark(RankingParameter parameter) const;
    void setMark(RankingParameter parameter, std::optional<int> mark);
    QString comment(RankingParameter parameter) const;
    void setComment(RankingParameter parameter, const QString &comment);
    // The mean of the four marks (decision 5); nullopt while one is missing or out of range.
    std::optional<Score> score() const;
    bool operator==(const RankingMarks &) const = default;
};

// One servant's ranking sheet of a quarter, as the file holds it (or the blank one to fill).
struct RankingSheetRecord
{
    QString personnelNo;
    QString fullName;
    QString unit;
    QString position;
    QString evaluatorName; // the direct manager on the quarter's last day (§17, §29)
    Quarter quarter;
    Eligibility eligibility;
    bool exists = false; // false: nothing written yet
    QString status; // "" (none yet), "draft", "signed", "returned"
    QDate signedOn;
    QString returnReason; // why it was last reopened
    RankingMarks marks;
    std::optional<Score> score; // the signed score
    bool acquainted = false;

    bool isSigned() const { return status == QLatin1String("signed"); }
};

// The ranking score sheet of a corps B servant (§28–32, appendix 4): filled as a draft, signed
// by the evaluator, reopened only with a reason. Only evaluators of the servant and the chief
// specialist may touch it (§17, §20); every change is one audited transaction.
class RankingSheetService
{
    Q_DECLARE_TR_FUNCTIONS(RankingSheetService)

public:
    explicit RankingSheetService(const ServiceContext &context);

    // The sheet, or a blank one when none was written; nullopt with the reason when refused or
    // when the servant has no ranking sheet in this quarter.
    std::optional<RankingSheetRecord> read(
        const QString &personnelNo, const Quarter &quarter, QString *error) const;
    // Writes the marks and comments as a draft; missing marks may stay missing. A signed sheet
    // is refused: it changes only after reopen().
    bool saveDraft(const QString &personnelNo, const Quarter &quarter, const RankingMarks &marks,
        InputErrors *errors);
    // The reverse of the first saveDraft (undo): removes a draft sheet nothing else refers to.
    bool discardDraft(const QString &personnelNo, const Quarter &quarter, InputErrors *errors);
    // Writes the marks and signs: all four marks needed, the score is their mean (decision 5),
    // signed today. The quarter must be over (§4).
    bool sign(const QString &personnelNo, const Quarter &quarter, const RankingMarks &marks,
        InputErrors *errors);
    // Returned for correction with the reason kept, by the rule of SheetReopening.
    bool reopen(const QString &personnelNo, const Quarter &quarter, const QString &reason,
        InputErrors *errors);

private:
    std::optional<RankingSheetRecord> locate(const QString &personnelNo, const Quarter &quarter,
        InputErrors *errors, bool forChange) const;
    InputErrors markErrors(const RankingMarks &marks, bool complete) const;
    // Writes the marks on the servant's sheet of the quarter, made a blank draft first when there
    // is none; the sheet's id, or nullopt with the database's reason.
    std::optional<qint64> writeMarks(const QString &personnelNo, const Quarter &quarter,
        bool withoutParticipation, const RankingMarks &marks, QString *error) const;

    const ServiceContext &m_context;
};

} // namespace bagalau
