// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bagalau {

// bagalau-cli's exit codes (DESIGN.md, "The command-line contract").
enum class ExitCode {
    Done = 0,
    WrongUsage = 2, // unknown command, missing or extra arguments
    BadInput = 3, // a value that is not allowed; nothing was written
    DatabaseError = 4, // the database could not be read or written; nothing was written
    Refused = 5, // sign-in required, or the account may not do this (§15, §20)
};

} // namespace bagalau
