// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/organisationsettings.h"

#include "uisamplefile.h"
#include "views/settingspage.h"

#include "catchqt.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace bagalau;

namespace {

QStringList stored(Database &database)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT name_kk, name_ru, chairman, appointing_official FROM organisation")));
    REQUIRE(query.next());
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString()};
}

void type(QWidget *form, const char *field, const QString &text)
{
    auto *edit = form->findChild<QLineEdit *>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // As typed (textEdited), Cyrillic included, which QTest::keyClicks cannot send.
    edit->insert(text);
}

} // namespace

TEST_CASE("the organisation's details are saved from the Settings page and undone with Edit → "
          "Undo",
    "[organisation][ui]")
{
    test::ResultsFile file(QDate(2024, 4, 15));
    QUndoStack stack;
    SettingsPage page;
    page.setUndoStack(&stack);
    page.setContext(file.context.get());
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    REQUIRE(tabs);
    OrganisationSettings *form = page.organisationSettings();
    tabs->setCurrentWidget(form);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("&Organisation"));
    const QStringList before = stored(*file.database);

    type(form, "name_kk", QStringLiteral("Ақжар аудандық мәслихатының аппараты"));
    type(form, "chairman", QStringLiteral("Ахметов Б. К."));
    // Enter in a field saves, as the Save button does.
    QTest::keyClick(form->findChild<QLineEdit *>(QStringLiteral("chairman")), Qt::Key_Return);
    CHECK(stored(*file.database)
        == QStringList({QStringLiteral("Ақжар аудандық мәслихатының аппараты"), before.at(1),
            QStringLiteral("Ахметов Б. К."), QString()}));
    REQUIRE(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("edit the organisation's details"));

    stack.undo();
    CHECK(stored(*file.database) == before);
    CHECK(form->findChild<QLineEdit *>(QStringLiteral("name_kk"))->text().isEmpty());
    stack.redo();
    CHECK(stored(*file.database).at(2) == QStringLiteral("Ахметов Б. К."));
}

TEST_CASE(
    "an empty Russian name is refused at its field and nothing is written", "[organisation][ui]")
{
    test::ResultsFile file(QDate(2024, 4, 15));
    QUndoStack stack;
    OrganisationSettings form;
    form.setContext(file.context.get(), &stack);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    const QStringList before = stored(*file.database);
    type(&form, "name_ru", QString());
    type(&form, "appointing_official", QStringLiteral("Сейткали Н. М."));
    form.findChild<QPushButton *>(QStringLiteral("saveOrganisation"))->click();
    CHECK(form.errorAt(QStringLiteral("name_ru")).contains(QStringLiteral("required")));
    CHECK(form.errorAt(QStringLiteral("appointing_official")).isEmpty());
    CHECK(form.findChild<QLineEdit *>(QStringLiteral("name_ru"))->hasFocus());
    CHECK(stored(*file.database) == before);
    CHECK(stack.count() == 0);
}
