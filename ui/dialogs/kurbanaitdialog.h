// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;

namespace bagalau {

// Asks for the first day of Kurban Ait of one year, or to forget the date entered, so that the
// year becomes unconfirmed again (RULES.md §1.4, §3).
class KurbanAitDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` is the date the calendar knows, or an invalid date when the year is unconfirmed.
    KurbanAitDialog(int year, QDate current, QWidget *parent = nullptr);

    // The date chosen; invalid when the user chose to forget the date.
    QDate date() const;
    QDateEdit *dateEdit() const { return m_date; }
    // Closes the dialog as accepted with no date: what the Forget button does.
    void forget();

private:
    QDateEdit *m_date;
    bool m_forget = false;
};

} // namespace bagalau
