// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixedclock.h"

namespace bagalau::test {

FixedClock::FixedClock(QDateTime now)
    : m_now(std::move(now))
{ }

FixedClock::FixedClock(QDate today)
    : m_now(today.startOfDay())
{ }

} // namespace bagalau::test
