// SPDX-License-Identifier: GPL-3.0-or-later
// bagalau-cli print: the printed forms into one PDF or ODT file.
#include "cli/commandline.h"

#include "clock.h"
#include "documents/formkind.h"
#include "documents/formwriter.h"
#include "services/printservice.h"
#include "services/servicecontext.h"
#include "storage/database.h"

#include <QFileInfo>

namespace bagalau {

bool commandNeedsGui(const QStringList &arguments)
{
    // The global options that take a value in the next argument; the command follows them.
    static const QStringList valued = {QStringLiteral("--db"), QStringLiteral("--lang"),
        QStringLiteral("--policy"), QStringLiteral("--user")};
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!isOption(argument))
            return argument == QLatin1String("print");
        if (valued.contains(argument))
            ++i;
    }
    return false;
}

ExitCode CommandLine::runPrint(const QStringList &commandLine)
{
    const auto parsed = commandArguments(commandLine,
        {QStringLiteral("--quarter"), QStringLiteral("--year"), QStringLiteral("--appeal"),
            QStringLiteral("--meeting"), QStringLiteral("--servant"), QStringLiteral("--lang"),
            QStringLiteral("--out")});
    if (!parsed)
        return ExitCode::WrongUsage;
    QStringList kinds;
    for (FormKind kind : formKinds())
        kinds << formKindKey(kind);
    const QString usage =
        tr("usage: print KIND (--quarter YYYYQn | --year YYYY | --appeal ID | --meeting ID) "
           "[--servant PERSONNEL_NO] [--lang kk|ru] --out FILE.pdf|FILE.odt; KIND is one of %1")
            .arg(kinds.join(QStringLiteral(", ")));
    if (parsed->positional.size() != 1)
        return usageError(usage);
    const auto kind = formKindFromKey(parsed->positional.first());
    if (!kind)
        return usageError(tr("unknown form %1: one of %2")
                              .arg(parsed->positional.first(), kinds.join(QStringLiteral(", "))));
    const QString out = parsed->values.value(QStringLiteral("--out"));
    // Each kind is named by one thing: a quarter, a year, an application or a meeting.
    const FormSubject subject = formSubject(*kind);
    const QString subjectOption = subject == FormSubject::Quarter ? QStringLiteral("--quarter")
        : subject == FormSubject::Year                            ? QStringLiteral("--year")
        : subject == FormSubject::Appeal                          ? QStringLiteral("--appeal")
                                                                  : QStringLiteral("--meeting");
    const QString subjectText = parsed->values.value(subjectOption);
    if (out.isEmpty() || subjectText.isEmpty())
        return usageError(
            tr("%1 needs %2 and --out (see --help)").arg(formKindKey(*kind), subjectOption));

    FormRequest request;
    request.kind = *kind;
    request.personnelNo = parsed->values.value(QStringLiteral("--servant"));
    bool isNumber = false;
    if (subject == FormSubject::Quarter) {
        const auto quarter = Quarter::parse(subjectText);
        if (!quarter)
            return badInput(tr("bad quarter %1: write it as YYYYQn with n from 1 to 4, e.g. 2024Q2")
                                .arg(subjectText));
        request.quarter = *quarter;
    } else if (subject == FormSubject::Year) {
        request.year = subjectText.toInt(&isNumber);
        if (!isNumber || request.year < 2000 || request.year > 2100)
            return badInput(tr("bad year %1: a year from 2000 to 2100").arg(subjectText));
    } else {
        request.recordId = subjectText.toLongLong(&isNumber);
        if (!isNumber || request.recordId <= 0)
            return badInput(
                tr("bad %1 %2: a whole number above 0").arg(subjectOption, subjectText));
    }
    // The form's language; without one, the language of the messages when it is a form's.
    const QString languageText = parsed->values.value(QStringLiteral("--lang"),
        m_language == Language::English ? QStringLiteral("ru") : languageCode(m_language));
    const auto language = languageFromCode(languageText);
    if (!language || *language == Language::English)
        return badInput(
            tr("bad form language %1: the forms are printed in kk or ru").arg(languageText));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        return badInput(tr("bad output file %1: its name ends in .pdf or .odt").arg(out));

    auto database = openDatabase();
    if (!database)
        return failure();
    const SystemClock clock;
    const ServiceContext context(*database, actor(), clock, m_policy);
    request.language = *language;
    FormError error;
    const auto forms = PrintService(context).renderAll(request, &error);
    if (!forms) {
        if (error.kind == FormError::Kind::Refused)
            return refused(error.message);
        return badInput(error.message);
    }
    QString writeError;
    if (!FormWriter::write(*forms, out, &writeError))
        return badInput(writeError);
    m_out << tr("%n form(s) written to %1", nullptr, int(forms->size())).arg(out) << '\n';
    return ExitCode::Done;
}

} // namespace bagalau
