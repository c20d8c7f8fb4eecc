// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/organisationservice.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace bagalau {

class ServiceContext;

// What the demonstration organisation should hold.
struct DemoOptions
{
    static constexpr int MinServants = 2;
    static constexpr int MaxServants = 100000;
    static constexpr int MinYears = 1;
    static constexpr int MaxYears = 20;
    static constexpr int DefaultServants = 15;
    static constexpr int DefaultYears = 2;
    static constexpr quint32 DefaultSeed = 1;

    int servants = DefaultServants; // one head of the apparatus and servants − 1 corps B servants
    int years = DefaultYears; // the current year and the years − 1 before it
    quint32 seed = DefaultSeed; // the same seed and the same day give the same file
};

// What was written.
struct DemoSummary
{
    int servants = 0;
    int units = 0;
    int positions = 0;
    int assignments = 0;
    int dismissals = 0;
    int absences = 0;
    int kciPlans = 0;
    int scoreSheets = 0;
    int acquaintances = 0;
    int appeals = 0;
    int surveySubjects = 0;
    int surveyAnswerSets = 0;
};

struct DemoFailure
{
    bool badInput = false; // the options or the file were refused; otherwise the database failed
    QString message;
};

// Fills a new file with a synthetic organisation that a user can explore and the benchmark can
// measure: staff with histories and absences, the head's KCI plans, signed score sheets of every
// finished quarter, acquaintance, an appeal with its calibration session and a 360 campaign.
// Random but repeatable: everything follows from the seed and the context's clock, never from
// the time of day. Written in one transaction, audited as one event, so a large organisation
// takes seconds and a failure leaves the file as it was.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // Called with 0 to 100 as the work advances.
    using Progress = std::function<void(int percent)>;

    explicit DemoGenerator(const ServiceContext &context);

    // Empty when the options are allowed, otherwise what is wrong and the allowed range.
    static QString optionsError(const DemoOptions &options);

    // The apparatus of the Akzhar district maslikhat, with its chairman.
    static Organisation organisation();

    // Refuses a file that already has servants. Creates the organisation when the file has none.
    std::optional<DemoSummary> generate(
        const DemoOptions &options, DemoFailure *failure, const Progress &progress = {});

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
