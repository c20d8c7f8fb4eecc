// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/period.h"
#include "services/inputerror.h"

#include <QCoreApplication>
#include <QString>

namespace bagalau {

class ServiceContext;

// The one rule for reopening a signed score sheet, ranking (appendix 4) or KCI (appendix 2):
// only a signed sheet, only with a written reason, and not once the servant has been acquainted
// with its result, which only a calibration session changes then (§12, §37). The sheet becomes
// 'returned' with the reason kept (return_reason) and without signature or score; it is saved as
// a draft and signed again like any other. The caller has checked that the account may change
// the sheet.
class SheetReopening
{
    Q_DECLARE_TR_FUNCTIONS(SheetReopening)

public:
    explicit SheetReopening(const ServiceContext &context);

    bool reopen(const QString &personnelNo, const Quarter &quarter, const QString &reason,
        InputErrors *errors) const;

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
