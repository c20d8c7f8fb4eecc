// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/rolecheckboxes.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>

namespace bagalau {

RoleCheckBoxes::RoleCheckBoxes(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto roles = allRoles();
    for (Role role : roles) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("role_") + roleKey(role));
        layout->addWidget(box);
        m_boxes << box;
    }
    retranslate();
}

QList<Role> RoleCheckBoxes::roles() const
{
    QList<Role> chosen;
    const auto roles = allRoles();
    for (int i = 0; i < roles.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            chosen << roles.at(i);
    }
    return chosen;
}

void RoleCheckBoxes::setRoles(const QList<Role> &chosen)
{
    const auto roles = allRoles();
    for (int i = 0; i < roles.size(); ++i)
        m_boxes.at(i)->setChecked(chosen.contains(roles.at(i)));
}

void RoleCheckBoxes::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoleCheckBoxes::retranslate()
{
    const auto roles = allRoles();
    for (int i = 0; i < roles.size(); ++i)
        m_boxes.at(i)->setText(RoleText::label(roles.at(i)));
}

} // namespace bagalau
