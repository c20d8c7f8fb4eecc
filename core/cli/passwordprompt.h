// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace bagalau {

// Reads a password from the terminal without echoing it; nullopt when standard input is not a
// terminal (a script must use the environment variables instead). The one place of the program
// with operating-system calls: termios on POSIX, the console mode on Windows.
std::optional<QString> readPasswordFromTerminal(const QString &prompt);

} // namespace bagalau
