// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/rolesdialog.h"

#include "dialogs/rolecheckboxes.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace bagalau {

RolesDialog::RolesDialog(const QString &login, const QList<Role> &roles, QWidget *parent)
    : QDialog(parent)
    , m_login(login)
    , m_intro(new QLabel(this))
    , m_roles(new RoleCheckBoxes(this))
{
    setObjectName(QStringLiteral("RolesDialog"));
    m_roles->setRoles(roles);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_roles);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RolesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RolesDialog::reject);
    retranslate();
}

QList<Role> RolesDialog::roles() const
{
    return m_roles->roles();
}

void RolesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RolesDialog::retranslate()
{
    setWindowTitle(tr("Roles"));
    m_intro->setText(tr("The roles of %1:").arg(m_login));
}

} // namespace bagalau
