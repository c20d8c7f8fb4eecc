// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/workingcalendar.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bagalau {

// Asks for a transfer act of one year: the weekday made a day off, the Saturday or Sunday made a
// working day, and the act. What transferError says about the two days is shown under them while
// they are chosen, and OK waits until it is empty.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TransferDialog(int year, QWidget *parent = nullptr);

    Transfer transfer() const;
    void setTransfer(const Transfer &transfer);
    // Why the transfer cannot be made, as shown under the dates; empty when it can.
    QString problem() const;
    QPushButton *okButton() const { return m_ok; }

private:
    void check();

    QDateEdit *m_dayOff;
    QDateEdit *m_workingDay;
    QLineEdit *m_act;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace bagalau
