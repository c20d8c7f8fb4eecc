// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace bagalau::test {

// A file with accounts for the window tests, in a folder of its own: the chief specialist
// "aigul" (Aigul Seitkali) and the servant "dana", linked to servant 002.
class AccountFile
{
public:
    static constexpr auto ChiefPassword = "chief-pass1";
    static constexpr auto ServantPassword = "servant-pass1";

    AccountFile();
    QString path() const { return m_path; }
    bool isValid() const { return m_valid; }

private:
    QTemporaryDir m_folder;
    QString m_path;
    bool m_valid = false;
};

} // namespace bagalau::test
