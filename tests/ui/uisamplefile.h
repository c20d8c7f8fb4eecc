// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fixedclock.h"
#include "services/servicecontext.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace bagalau::test {

// A file of the sample apparatus for the pages that read results: the head 001 and corps B
// servants 002 and 003 under them since 2023, with the signed ranking sheets `marks` gives for
// 2023Q3–2024Q1 (002: 4, 4, 3; 003: 5, 5, 5; the chief specialist alone uses the file).
struct ResultsFile
{
    explicit ResultsFile(QDate today);
    void sign(const char *personnelNo, const char *quarter, int mark);

    QTemporaryDir folder;
    FixedClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<ServiceContext> context;
};

} // namespace bagalau::test
