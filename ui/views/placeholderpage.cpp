// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/placeholderpage.h"

#include "views/pagetitle.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace bagalau {

PlaceholderPage::PlaceholderPage(Area area, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
{
    setUpPageTitle(m_title);
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("pageDescription"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch();
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_title->setText(Navigation::title(m_area));
    m_description->setText(Navigation::description(m_area));
}

} // namespace bagalau
