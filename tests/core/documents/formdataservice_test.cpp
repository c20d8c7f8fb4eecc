// SPDX-License-Identifier: GPL-3.0-or-later
// The printed forms' data, read from the file under the rules of confidentiality (§15, §20).
#include "services/formdataservice.h"

#include "documents/quarterforms.h"
#include "fixedclock.h"
#include "printsample.h"
#include "services/servicecontext.h"
#include "temporarydatabase.h"

#include "catchqt.h"

#include <QSqlQuery>

using namespace bagalau;

namespace {

qint64 servantId(Database &database, const char *personnelNo)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id FROM servant WHERE personnel_no = ?"));
    query.addBindValue(QString::fromUtf8(personnelNo));
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("§15 a servant cannot print another servant's score sheet, and the refusal is audited",
    "[documents]")
{
    test::TemporaryDatabase file;
    const test::FixedClock clock(QDate(2024, 4, 20));
    const ServiceContext chief(file.database(), Actor::singleUser(), clock);
    test::fillPrintSample(chief);
    const ServiceContext kim(file.database(),
        Actor{QStringLiteral("kim"), QStringLiteral("Ким Елена"), {Role::Servant},
            servantId(file.database(), "003")},
        clock);
    FormError error;
    CHECK_FALSE(FormDataService(kim).rankingSheet(QStringLiteral("002"), Quarter(2024, 1), &error));
    CHECK(error.kind == FormError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("002")));
    QSqlQuery audit(file.database().connection());
    REQUIRE(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 1);

    // Her own sheet she may print; the list shows her alone.
    const auto own =
        FormDataService(kim).rankingSheet(QStringLiteral("003"), Quarter(2024, 1), &error);
    REQUIRE(own);
    CHECK(own->score == Score::fromHundredths(325));
    const ResultsListForm list = FormDataService(kim).resultsList(Quarter(2024, 1));
    REQUIRE(list.lines.size() == 1);
    CHECK(list.lines.first().fullName == QStringLiteral("Ким Елена"));
}

TEST_CASE("a form for an unknown servant or one without a sheet says which", "[documents]")
{
    test::TemporaryDatabase file;
    const test::FixedClock clock(QDate(2024, 4, 20));
    const ServiceContext chief(file.database(), Actor::singleUser(), clock);
    test::fillPrintSample(chief);
    const FormDataService data(chief);
    FormError error;
    CHECK_FALSE(data.rankingSheet(QStringLiteral("999"), Quarter(2024, 1), &error));
    CHECK(error.kind == FormError::Kind::NotFound);
    CHECK(error.message.contains(QStringLiteral("999")));
    CHECK_FALSE(data.workPlan(QStringLiteral("002"), Quarter(2024, 1), &error));
    CHECK(error.kind == FormError::Kind::Missing);
    CHECK(error.message.contains(QStringLiteral("2024Q1")));
    CHECK_FALSE(data.kciSheet(QStringLiteral("001"), Quarter(2024, 2), &error));
    CHECK(error.kind == FormError::Kind::Missing);
}

TEST_CASE("a batch covers the servants that have such a form in the quarter", "[documents]")
{
    test::TemporaryDatabase file;
    const test::FixedClock clock(QDate(2024, 4, 20));
    const ServiceContext chief(file.database(), Actor::singleUser(), clock);
    test::fillPrintSample(chief);
    const FormDataService data(chief);
    CHECK(data.withSheet(Quarter(2024, 1), QStringLiteral("ranking"))
        == QStringList{QStringLiteral("002"), QStringLiteral("003")});
    CHECK(data.withSheet(Quarter(2024, 1), QStringLiteral("kci"))
        == QStringList{QStringLiteral("001")});
    CHECK(data.withWorkPlan(Quarter(2024, 1)) == QStringList{QStringLiteral("001")});
    CHECK(data.evaluatedIn(Quarter(2024, 1)).size() == 3);
}

TEST_CASE("every value typed by a user is escaped in the form's HTML", "[documents]")
{
    RankingSheetForm form;
    form.organisation.nameRu = QStringLiteral("Аппарат <b>\"Акжар\"</b> & Co");
    form.quarter = Quarter(2024, 1);
    form.servant.fullName = QStringLiteral("<script>alert(1)</script>");
    form.lines << RankingSheetForm::Line{RankingParameter::Quality, 5, QStringLiteral("<i>%1</i>")};
    const QString html = rankingSheetHtml(form, Language::Russian);
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("Аппарат &lt;b&gt;&quot;Акжар&quot;&lt;/b&gt; &amp; Co")));
    CHECK(html.contains(QStringLiteral("&lt;i&gt;%1&lt;/i&gt;")));
}
