// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/fieldproblems.h"
#include "services/staffservice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace bagalau {

// The fields of a new servant, or (setEditing) of one already in the file: then only the full
// name and the IIN, and the personnel number shown read-only. OK hands them to `submit` (the page's
// call to StaffService); on errors the dialog stays open with each message under its field and
// nothing is written. Which value is allowed is the service's decision, never the dialog's.
class ServantDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const NewServant &, InputErrors *)>;

    explicit ServantDialog(Submit submit, QWidget *parent = nullptr);

    // Only the name and the IIN can be changed; the position changes through NewPositionDialog.
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }
    NewServant servant() const;
    void setServant(const NewServant &servant);
    // Suggestions while typing: the units, positions and personnel numbers already on the list.
    void setSuggestions(
        const QStringList &units, const QStringList &positions, const QStringList &personnelNos);
    // The message shown under a field (a column of InputError: "personnel_no", "iin"...), or
    // under the form for a problem of no field.
    QString problemAt(const QString &column) const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Submit m_submit;
    QLabel *m_personnelNoLabel;
    QLabel *m_nameLabel;
    QLabel *m_iinLabel;
    QLabel *m_categoryLabel;
    QLabel *m_unitLabel;
    QLabel *m_positionLabel;
    QLabel *m_appointedLabel;
    QLabel *m_managerLabel;
    QLineEdit *m_personnelNo;
    QLineEdit *m_name;
    QLineEdit *m_iin;
    QComboBox *m_category;
    QLineEdit *m_unit;
    QLineEdit *m_position;
    QDateEdit *m_appointed;
    QLineEdit *m_manager;
    FieldProblems m_problems; // by InputError::column, as StaffService names the fields
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form = nullptr;
    bool m_editing = false;
};

} // namespace bagalau
