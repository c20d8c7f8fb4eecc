// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigation.h"

#include <QWidget>

class QLabel;

namespace bagalau {

// The page of an area whose screens are not built yet: it names the area and the capability
// that will live there, nothing more.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(Area area, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Area m_area;
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace bagalau
