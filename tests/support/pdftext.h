// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bagalau::test {

// The text of a PDF as poppler's pdftotext reads it back (what a user would read on the page).
// Fails the test when pdftotext is missing or cannot read the file.
QString pdfText(const QString &pdfPath);
// The number of pages of a PDF (poppler's pdfinfo).
int pdfPages(const QString &pdfPath);

} // namespace bagalau::test
