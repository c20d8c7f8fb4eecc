// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/forms.h"
#include "i18n/language.h"

#include <QString>

namespace bagalau {

// The forms of a quarter's evaluation as whole HTML pages in Kazakh or Russian (FORMS.md 1–5).
QString workPlanHtml(const WorkPlanForm &form, Language language);
QString kciSheetHtml(const KciSheetForm &form, Language language);
QString rankingSheetHtml(const RankingSheetForm &form, Language language);
QString noticeHtml(const NoticeForm &form, Language language);
QString resultsListHtml(const ResultsListForm &form, Language language);

} // namespace bagalau
