// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bagalau::test {

// Test data is found through a path CMake configures, never through the working directory.
inline QString testDataPath(const QString &name)
{
    return QStringLiteral(BAGALAU_TEST_DATA_DIR "/") + name;
}

// The real command-line binary, for tests that run it as a user would.
inline QString cliPath()
{
    return QStringLiteral(BAGALAU_CLI_PATH);
}

} // namespace bagalau::test
