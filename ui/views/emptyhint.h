// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace bagalau {

// A sentence drawn in an empty list's viewport: what the list will hold and how to fill it, so a
// new file or a quiet month does not look like a broken page.
class EmptyHint : public QObject
{
    Q_OBJECT

public:
    explicit EmptyHint(QAbstractItemView *view);

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QString m_text;
};

} // namespace bagalau
