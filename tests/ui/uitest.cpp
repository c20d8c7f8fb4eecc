// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitest.h"

#include "services/organisationservice.h"

#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>
#include <QWidget>

namespace bagalau::test {

PageFile::PageFile(QDate today, const QString &settingsGroup)
    : clock(today)
{
    QSettings().remove(settingsGroup);
    Organisation organisation;
    organisation.nameRu = QStringLiteral("Аппарат Акжарского районного маслихата");
    InputErrors errors;
    database = OrganisationService::createFile(
        folder.filePath(settingsGroup + QStringLiteral(".sqlite")), organisation, clock, &errors);
    REQUIRE(database);
    context = std::make_unique<ServiceContext>(*database, Actor::singleUser(), clock);
}

QVariant PageFile::value(const QString &sql) const
{
    QSqlQuery query(database->connection());
    REQUIRE(query.exec(sql));
    return query.next() ? query.value(0) : QVariant();
}

RussianLocale::RussianLocale()
{
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
}

RussianLocale::~RussianLocale()
{
    QLocale::setDefault(previous);
}

QPushButton *button(const QWidget *page, const char *name)
{
    auto *found = page->findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

void showActive(QWidget *widget)
{
    widget->show();
    QApplication::setActiveWindow(widget->window());
    REQUIRE(QTest::qWaitForWindowActive(widget->window()));
}

void keepShot(QWidget *widget, const QString &fileName)
{
    const QString folder = qEnvironmentVariable("BAGALAU_SHOTS");
    if (folder.isEmpty())
        return;
    // A chart lays its new series out on the next turns of the event loop.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + fileName);
}

} // namespace bagalau::test
