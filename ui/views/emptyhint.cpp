// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/emptyhint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

namespace bagalau {

EmptyHint::EmptyHint(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyHint"));
    view->viewport()->installEventFilter(this);
}

void EmptyHint::setText(const QString &text)
{
    m_text = text;
    m_view->viewport()->update();
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_text.isEmpty())
        return QObject::eventFilter(watched, event);
    const QAbstractItemModel *model = m_view->model();
    if (model && model->rowCount(m_view->rootIndex()) > 0)
        return QObject::eventFilter(watched, event);
    // An empty view paints nothing but its background, so the hint may paint in its stead.
    QWidget *viewport = m_view->viewport();
    QPainter painter(viewport);
    painter.fillRect(viewport->rect(), viewport->palette().base());
    painter.setPen(viewport->palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport->rect().adjusted(24, 24, -24, -24),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_text);
    return true;
}

} // namespace bagalau
