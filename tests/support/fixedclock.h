// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

namespace bagalau::test {

// A clock that always says the same moment, so tests that depend on "today" are repeatable.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now);
    explicit FixedClock(QDate today);
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace bagalau::test
