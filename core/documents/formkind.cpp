// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/formkind.h"

namespace bagalau {

QList<FormKind> formKinds()
{
    return {FormKind::WorkPlan, FormKind::KciSheet, FormKind::RankingSheet, FormKind::Notice,
        FormKind::ResultsList};
}

QString formKindKey(FormKind kind)
{
    switch (kind) {
    case FormKind::WorkPlan:
        return QStringLiteral("work-plan");
    case FormKind::KciSheet:
        return QStringLiteral("kci-sheet");
    case FormKind::RankingSheet:
        return QStringLiteral("ranking-sheet");
    case FormKind::Notice:
        return QStringLiteral("notice");
    case FormKind::ResultsList:
        return QStringLiteral("results-list");
    }
    return {};
}

std::optional<FormKind> formKindFromKey(const QString &key)
{
    for (FormKind kind : formKinds()) {
        if (formKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

bool isPerServant(FormKind kind)
{
    return kind != FormKind::ResultsList;
}

} // namespace bagalau
