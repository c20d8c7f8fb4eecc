// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/actor.h"

#include <QList>
#include <QWidget>

class QCheckBox;

namespace bagalau {

// One check box per role of the methodology, for the account dialogs.
class RoleCheckBoxes : public QWidget
{
    Q_OBJECT

public:
    explicit RoleCheckBoxes(QWidget *parent = nullptr);

    QList<Role> roles() const;
    void setRoles(const QList<Role> &roles);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<QCheckBox *> m_boxes; // in the order of allRoles()
};

} // namespace bagalau
