// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace bagalau {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace bagalau
