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
    QString unitKk; // may be empty: the Russian name is printed then
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

// Appendix 7: the 360 individual report. Never who answered, only how many (§35, decision 8).
struct SurveyReportForm
{
    struct Line
    {
        QString competencyRu;
        QString competencyKk;
        Score othersMean;
        std::optional<Score> self; // beside it, never counted (§35)
        bool leastExpressed = false; // §36
    };

    FormOrganisation organisation;
    int year = 0;
    FormServant servant;
    int respondents = 0; // others than the person
    QList<Line> lines; // in the order of §34
    FormSigner chiefSpecialist;
};

// Appendix 8: the feedback meeting after a calibration session (§42).
struct FeedbackForm
{
    FormOrganisation organisation;
    Quarter quarter;
    FormServant servant;
    QDate heldOn;
    QString achievements; // the three topics of §42, as noted
    QString skills;
    QString potential;
    FormSigner evaluator;
};

// §41: the protocol of a calibration session.
struct CalibrationProtocolForm
{
    struct Member
    {
        QString fullName;
        bool evaluator = false;
    };
    struct Proposal
    {
        Score score;
        QString argument;
        QList<QString>
            votes; // one per member, in the members' order: "for", "against", "abstain", ""
        bool adopted = false;
        int votesFor = 0;
        int votesAgainst = 0;
        int abstentions = 0;
    };

    FormOrganisation organisation;
    QString number;
    QDate heldOn;
    QString place;
    QString orderReference;
    QDate decidedOn;
    FormServant servant;
    Quarter quarter;
    QDate appliedOn;
    std::optional<Score> scoreBefore;
    QString evaluatorArgument;
    QString servantPosition;
    QList<Member> members;
    QList<Proposal> proposals;
    std::optional<Score> finalScore;
    QDate signedOn;
    QDate postedBy; // §41: 3 working days after signing
};

// Appendix 11: the protocol of a meeting of the Commission (chapter 6).
struct CommissionProtocolForm
{
    struct Member
    {
        QString fullName;
        QString role; // "chair", "member", "secretary"
        bool present = false;
    };
    struct Case
    {
        QString fullName;
        QString position;
        std::optional<Band> result; // §48, from the KCI achieved
        std::optional<int> achieved;
        std::optional<Band> corrected; // «Корректировка Комиссией», when revised
        QString recommendations;
    };

    FormOrganisation organisation;
    QString number;
    QDate heldOn;
    int year = 0;
    QString orderReference;
    QList<Member> members;
    int membersPresent = 0;
    int membersVoting = 0;
    bool quorum = false; // §55
    QList<Case> cases;
    QString conclusion;
};

} // namespace bagalau
