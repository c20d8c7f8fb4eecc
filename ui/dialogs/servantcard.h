// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/staffservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace bagalau {

// A servant's card: every position they held, with unit, manager and dates, their absences and
// their dismissal, as StaffService::history gives them. Read only.
class ServantCard : public QDialog
{
    Q_OBJECT

public:
    explicit ServantCard(const ServantHistory &history, QWidget *parent = nullptr);

    QTableWidget *assignments() const { return m_assignments; }
    QTableWidget *absences() const { return m_absences; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ServantHistory m_history;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_assignmentsTitle;
    QLabel *m_absencesTitle;
    QTableWidget *m_assignments;
    QTableWidget *m_absences;
    QDialogButtonBox *m_buttons;
};

} // namespace bagalau
