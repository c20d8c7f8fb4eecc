// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/band.h"
#include "methodology/kci.h"
#include "methodology/period.h"
#include "methodology/ranking.h"
#include "methodology/score.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The printed forms as plain data (FORMS.md): a loader fills them from the file, the renderers
// turn them into HTML. Values are kept as the file holds them; the renderers format them.
namespace bagalau {

// The organisation's name in both languages; a form prints the one of its language.
struct FormOrganisation
{
    QString nameRu;
    QString nameKk; // may be empty: the Russian name is printed then
};

// Someone who signs: position, full name; the date when it is known.
struct FormSigner
{
    QString position;
    QString fullName;
    QDate date;
};

// The evaluated person as the form names them.
struct FormServant
{
    QString personnelNo;
    QString fullName;
    QString position;
    QString unit;
};

// §11: how the servant was acquainted with the result.
struct FormAcquaintance
{
    QDate day;
    QString method; // "in_person", "registered_letter", ... as stored
    QString reference;
};

// Appendix 1: the individual work plan.
struct WorkPlanForm
{
    struct Line
    {
        int number = 0;
        QString title;
        QString sourceDocument;
        QString unitOfMeasure;
        QString planValue; // exact decimal text, "12.5"
        QDate dueDate;
        QString expectedResult;
    };

    FormOrganisation organisation;
    DateRange period;
    FormServant servant;
    FormSigner approver; // the superior manager («УТВЕРЖДАЮ»)
    FormSigner directManager;
    QList<Line> lines;
};

// Appendix 2: the KCI score sheet.
struct KciSheetForm
{
    struct Line
    {
        int number = 0;
        QString title;
        QString unitOfMeasure;
        QString planValue; // exact decimal text
        QString actualValue;
        std::optional<Realization> realization; // nullopt when the values give none
        std::optional<MarkRange> allowedMarks; // appendix 3; nullopt while the table is empty
        std::optional<int> mark;
    };

    FormOrganisation organisation;
    Quarter quarter;
    FormServant servant;
    FormSigner approver;
    FormSigner evaluator;
    QList<Line> lines;
    std::optional<Score> score;
    bool withoutParticipation = false;
    std::optional<FormAcquaintance> acquaintance;
};

// Appendix 4: the ranking score sheet.
struct RankingSheetForm
{
    struct Line
    {
        RankingParameter parameter = RankingParameter::Quality;
        std::optional<int> mark;
        QString comment;
    };

    FormOrganisation organisation;
    Quarter quarter;
    FormServant servant;
    FormSigner evaluator;
    QList<Line> lines; // the four parameters of §32, in order
    std::optional<Score> score;
    bool withoutParticipation = false;
    std::optional<FormAcquaintance> acquaintance;
};

// §26, §30: the notice that an evaluation starts.
struct NoticeForm
{
    FormOrganisation organisation;
    Quarter quarter;
    FormServant servant;
    QString method; // "kci" or "ranking"
    QDate noticeDue; // §26: the 5th, §30: the 10th of the next month
    QDate evaluationDue; // §4
    FormSigner chiefSpecialist;
};

// The quarter's results: every servant, and the count per band.
struct ResultsListForm
{
    struct Line
    {
        QString personnelNo;
        QString fullName;
        QString position;
        QString method; // "kci" or "ranking"
        bool evaluated = false;
        bool withoutParticipation = false;
        QString reasonKey; // Eligibility::reasonKey
        std::optional<Score> score;
        bool calibrated = false;
        std::optional<QDate> acquainted;
    };

    FormOrganisation organisation;
    Quarter quarter;
    QList<Line> lines;
    FormSigner chiefSpecialist;
};

} // namespace bagalau
