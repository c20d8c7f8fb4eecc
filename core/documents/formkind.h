// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bagalau {

// The printed forms (FORMS.md), in the order of the methodology.
enum class FormKind {
    WorkPlan, // appendix 1
    KciSheet, // appendix 2
    RankingSheet, // appendix 4
    Notice, // §26, §30
    ResultsList, // the quarter's results
};

QList<FormKind> formKinds();
// "work-plan", "kci-sheet", "ranking-sheet", "notice", "results-list": the keys of `print`.
QString formKindKey(FormKind kind);
std::optional<FormKind> formKindFromKey(const QString &key);
// Whether the form is made for one servant (a batch prints one per servant).
bool isPerServant(FormKind kind);

} // namespace bagalau
