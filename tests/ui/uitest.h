// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fixedclock.h"
#include "services/servicecontext.h"
#include "storage/database.h"

#include "catchqt.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <memory>

class QPushButton;
class QWidget;

namespace bagalau::test {

// A new file of the Akzhar apparatus, without servants, that the chief specialist alone uses on
// `today`, in a folder removed after the test. The page's remembered settings (its QSettings
// group) are forgotten first, so the page starts as on a first run.
struct PageFile
{
    PageFile(QDate today, const QString &settingsGroup);
    // The first column of the query's first row, null when there is no row.
    QVariant value(const QString &sql) const;

    QTemporaryDir folder;
    FixedClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<ServiceContext> context;
};

// Russian as the default locale for one test (dates and names as a Russian user sees them).
struct RussianLocale
{
    RussianLocale();
    ~RussianLocale();
    QLocale previous;
};

// Runs `fill` on the dialog of type T that `open` shows, once it is on screen; closes it after
// unless `fill` did.
template <typename T>
void withDialog(const std::function<void()> &open, const std::function<void(T *)> &fill)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        seen = true;
        fill(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    CHECK(seen);
}

// The push button of that object name on the page; the test stops when there is none.
QPushButton *button(const QWidget *page, const char *name);
inline QPushButton *button(const QWidget &page, const char *name)
{
    return button(&page, name);
}

// Shows the widget's window and makes it the active one, as keyboard shortcuts need.
void showActive(QWidget *widget);

// With BAGALAU_SHOTS set to a folder, saves the widget there as `fileName` to be looked at.
void keepShot(QWidget *widget, const QString &fileName);

} // namespace bagalau::test
