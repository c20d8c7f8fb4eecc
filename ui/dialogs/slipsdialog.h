// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/surveyservice.h"

#include <QDialog>

class QTextBrowser;

namespace bagalau {

// The one-time codes of a 360 campaign as slips to cut out and hand over, one a respondent
// (§33). The codes exist only here and on paper: the file keeps their hashes.
class SlipsDialog : public QDialog
{
    Q_OBJECT

public:
    SlipsDialog(int year, const QList<SurveyCode> &codes, QWidget *parent = nullptr);

    QString html() const;

private:
    void print();

    QTextBrowser *m_view;
};

} // namespace bagalau
