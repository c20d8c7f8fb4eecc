// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/actor.h"

#include <QDialog>

class QLabel;

namespace bagalau {

class RoleCheckBoxes;

// The roles of an existing account.
class RolesDialog : public QDialog
{
    Q_OBJECT

public:
    RolesDialog(const QString &login, const QList<Role> &roles, QWidget *parent = nullptr);

    QList<Role> roles() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_login;
    QLabel *m_intro;
    RoleCheckBoxes *m_roles;
};

} // namespace bagalau
