// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace bagalau::test {

namespace {

QString run(const char *tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    INFO(tool << " (poppler-utils) is needed to read the printed forms back");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString &pdfPath)
{
    return run("pdftotext",
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
}

int pdfPages(const QString &pdfPath)
{
    const QString info = run("pdfinfo", {pdfPath});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace bagalau::test
