// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/csvimport.h"

#include "importing/csvreader.h"
#include "importing/fielddate.h"

namespace bagalau {

namespace {

bool requireColumns(const CsvTable &table, const QStringList &required, InputErrors *errors)
{
    QString error;
    if (table.hasColumns(required, &error))
        return true;
    *errors << InputError{1, QString(), QString(), error};
    return false;
}

} // namespace

QList<NewServant> CsvImport::staff(const CsvTable &table, InputErrors *errors)
{
    const QStringList required = {QStringLiteral("personnel_no"), QStringLiteral("full_name"),
        QStringLiteral("category"), QStringLiteral("unit"), QStringLiteral("position"),
        QStringLiteral("appointed")};
    if (!requireColumns(table, required, errors))
        return {};

    QList<NewServant> servants;
    for (const CsvRow &row : table.rows()) {
        NewServant servant;
        servant.line = row.line;
        servant.personnelNo = table.value(row, u"personnel_no");
        servant.fullName = table.value(row, u"full_name");
        servant.unit = table.value(row, u"unit");
        servant.position = table.value(row, u"position");
        servant.iin = table.value(row, u"iin");
        servant.managerPersonnelNo = table.value(row, u"manager_personnel_no");

        const QString category = table.value(row, u"category");
        if (const auto parsed = positionCategoryFromKey(category))
            servant.category = *parsed;
        else
            *errors << InputError{row.line, QStringLiteral("category"), category,
                tr("the category is head (the head of the apparatus) or corps_b")};

        const QString appointed = table.value(row, u"appointed");
        if (const auto date = FieldDate::parse(appointed))
            servant.appointed = *date;
        else
            *errors << InputError{row.line, QStringLiteral("appointed"), appointed,
                FieldDate::invalidMessage(appointed)};

        const QString dismissed = table.value(row, u"dismissed");
        if (!dismissed.isEmpty()) {
            if (const auto date = FieldDate::parse(dismissed))
                servant.dismissed = *date;
            else
                *errors << InputError{row.line, QStringLiteral("dismissed"), dismissed,
                    FieldDate::invalidMessage(dismissed)};
        }
        servants << servant;
    }
    return servants;
}

QList<MarkRow> CsvImport::marks(const CsvTable &table, InputErrors *errors)
{
    if (!requireColumns(table,
            {QStringLiteral("personnel_no"), QStringLiteral("quarter"), QStringLiteral("kind")},
            errors))
        return {};
    const bool hasRanking = table.hasColumn(u"quality");
    const bool hasKci = table.hasColumn(u"kci_no");
    if (hasRanking
        && !requireColumns(table,
            {QStringLiteral("quality"), QStringLiteral("deadlines"), QStringLiteral("initiative"),
                QStringLiteral("discipline")},
            errors))
        return {};
    if (hasKci
        && !requireColumns(table,
            {QStringLiteral("kci_no"), QStringLiteral("plan"), QStringLiteral("actual"),
                QStringLiteral("mark")},
            errors))
        return {};

    QList<MarkRow> rows;
    for (const CsvRow &csv : table.rows()) {
        MarkRow row;
        row.line = csv.line;
        row.personnelNo = table.value(csv, u"personnel_no");
        row.quarter = table.value(csv, u"quarter");
        row.kind = table.value(csv, u"kind");
        if (row.kind == QLatin1String("ranking") && !hasRanking) {
            *errors << InputError{csv.line, QStringLiteral("kind"), row.kind,
                tr("a ranking row needs the columns quality, deadlines, "
                   "initiative and discipline")};
            continue;
        }
        if (row.kind == QLatin1String("kci") && !hasKci) {
            *errors << InputError{csv.line, QStringLiteral("kind"), row.kind,
                tr("a KCI row needs the columns kci_no, plan, actual and mark")};
            continue;
        }
        row.quality = table.value(csv, u"quality");
        row.deadlines = table.value(csv, u"deadlines");
        row.initiative = table.value(csv, u"initiative");
        row.discipline = table.value(csv, u"discipline");
        row.kciNumber = table.value(csv, u"kci_no");
        row.plan = table.value(csv, u"plan");
        row.actual = table.value(csv, u"actual");
        row.mark = table.value(csv, u"mark");
        rows << row;
    }
    return rows;
}

void CsvImport::merge(InputErrors *errors, const InputErrors &more)
{
    for (const InputError &error : more) {
        const bool known = std::any_of(errors->cbegin(), errors->cend(),
            [&](const InputError &e) { return e.line == error.line && e.column == error.column; });
        if (!known)
            *errors << error;
    }
    std::stable_sort(errors->begin(), errors->end(),
        [](const InputError &a, const InputError &b) { return a.line < b.line; });
}

} // namespace bagalau
