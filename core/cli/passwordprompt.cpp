// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/passwordprompt.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace bagalau {

std::optional<QString> readPasswordFromTerminal(const QString &prompt)
{
#ifdef Q_OS_WIN
    if (!_isatty(_fileno(stdin)))
        return std::nullopt;
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
#endif
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    std::getline(std::cin, line);
    std::fputs("\n", stderr);
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    return QString::fromLocal8Bit(line.c_str());
}

} // namespace bagalau
