// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/documentspage.h"

#include "views/pagetitle.h"

#include "clock.h"
#include "dialogs/documentpreview.h"
#include "services/servicecontext.h"
#include "services/staffservice.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bagalau {

DocumentsPage::DocumentsPage(QWidget *parent)
    : ContextPage(parent)
    , m_title(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_quarterLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_quarter(new QComboBox(this))
    , m_recordLabel(new QLabel(this))
    , m_record(new QSpinBox(this))
    , m_servantLabel(new QLabel(this))
    , m_servant(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_preview(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_exportPdf(new QPushButton(this))
    , m_exportOdt(new QPushButton(this))
{
    setObjectName(QStringLiteral("DocumentsPage"));
    setUpPageTitle(m_title);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_kind->setObjectName(QStringLiteral("kind"));
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(Quarter::containing(QDate::currentDate()).previous().year());
    m_quarter->setObjectName(QStringLiteral("quarter"));
    for (int number = 1; number <= 4; ++number)
        m_quarter->addItem(QString(), number);
    m_quarter->setCurrentIndex(Quarter::containing(QDate::currentDate()).previous().number() - 1);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setRange(0, 999999);
    m_recordLabel->setBuddy(m_record);
    m_servant->setObjectName(QStringLiteral("servant"));
    m_servant->setMinimumContentsLength(30);
    m_language->setObjectName(QStringLiteral("language"));
    // The forms' languages, each named in itself: the choice does not follow the interface.
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(1);
    m_kindLabel->setBuddy(m_kind);
    m_quarterLabel->setBuddy(m_year);
    m_servantLabel->setBuddy(m_servant);
    m_languageLabel->setBuddy(m_language);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_print->setObjectName(QStringLiteral("print"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_exportOdt->setObjectName(QStringLiteral("exportOdt"));
    m_preview->setDefault(true);

    auto *quarterRow = new QHBoxLayout;
    quarterRow->addWidget(m_year);
    quarterRow->addWidget(m_quarter);
    quarterRow->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_quarterLabel, quarterRow);
    form->addRow(m_recordLabel, m_record);
    form->addRow(m_servantLabel, m_servant);
    form->addRow(m_languageLabel, m_language);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_exportOdt);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24); // as every other page
    layout->addWidget(m_title);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
    setTabOrder(m_kind, m_year);
    setTabOrder(m_year, m_quarter);
    setTabOrder(m_quarter, m_record);
    setTabOrder(m_record, m_servant);
    setTabOrder(m_servant, m_language);
    setTabOrder(m_language, m_preview);

    const auto reload = [this] {
        reloadServants();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, reload);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, reload);
    connect(m_year, &QSpinBox::valueChanged, this, reload);
    connect(m_record, &QSpinBox::valueChanged, this, reload);
    connect(m_preview, &QPushButton::clicked, this, &DocumentsPage::preview);
    connect(m_print, &QPushButton::clicked, this, &DocumentsPage::print);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_exportOdt, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("odt")); });

    retranslate();
    updateButtons();
}

DocumentsPage::~DocumentsPage() = default;

void DocumentsPage::setContext(const ServiceContext *context)
{
    m_context = context;
    if (m_context) {
        const Quarter last = Quarter::containing(m_context->clock().now().date()).previous();
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockQuarter(m_quarter);
        m_year->setValue(last.year());
        m_quarter->setCurrentIndex(last.number() - 1);
    }
    reloadServants();
}

FormRequest DocumentsPage::request() const
{
    FormRequest request;
    request.kind = m_kind->currentData().isValid()
        ? formKindFromKey(m_kind->currentData().toString()).value_or(FormKind::RankingSheet)
        : FormKind::RankingSheet;
    request.quarter = Quarter(m_year->value(), m_quarter->currentData().toInt());
    request.year = m_year->value();
    request.recordId = m_record->value();
    request.personnelNo = m_servant->currentData().toString();
    request.language =
        languageFromCode(m_language->currentData().toString()).value_or(Language::Russian);
    return request;
}

void DocumentsPage::setRequest(const FormRequest &request)
{
    {
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockYear(m_year);
        const QSignalBlocker blockQuarter(m_quarter);
        m_kind->setCurrentIndex(m_kind->findData(formKindKey(request.kind)));
        m_year->setValue(request.quarter.year());
        if (request.quarter.isValid())
            m_quarter->setCurrentIndex(request.quarter.number() - 1);
        if (request.year > 0 && formSubject(request.kind) == FormSubject::Year)
            m_year->setValue(request.year);
        m_record->setValue(int(request.recordId));
    }
    reloadServants();
    m_servant->setCurrentIndex(std::max(0, m_servant->findData(request.personnelNo)));
    m_language->setCurrentIndex(m_language->findData(languageCode(request.language)));
}

std::optional<QList<FormDocument>> DocumentsPage::forms()
{
    if (!m_context)
        return std::nullopt;
    const FormRequest wanted = request();
    QProgressDialog progress(tr("Preparing the forms…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    FormError error;
    const auto forms =
        PrintService(*m_context).renderAll(wanted, &error, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    if (!forms) {
        showProblem(error.message);
        return std::nullopt;
    }
    m_problem->hide();
    return forms;
}

bool DocumentsPage::exportTo(const QString &path, QString *error)
{
    const auto rendered = forms();
    if (!rendered) {
        *error = m_problem->text();
        return false;
    }
    return FormWriter::write(*rendered, path, error);
}

QString DocumentsPage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void DocumentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ContextPage::changeEvent(event);
}

void DocumentsPage::retranslate()
{
    m_title->setText(tr("Documents"));
    m_kindLabel->setText(tr("&Form:"));
    m_quarterLabel->setText(tr("&Quarter:"));
    m_recordLabel->setText(tr("&Application or meeting №:"));
    m_servantLabel->setText(tr("&Servant:"));
    m_languageLabel->setText(tr("&Language of the form:"));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_exportPdf->setText(tr("Export P&DF…"));
    m_exportOdt->setText(tr("Export &ODT…"));

    const QString kind = m_kind->currentData().toString();
    {
        const QSignalBlocker block(m_kind);
        m_kind->clear();
        m_kind->addItem(tr("Individual work plan (appendix 1)"), formKindKey(FormKind::WorkPlan));
        m_kind->addItem(tr("KCI score sheet (appendix 2)"), formKindKey(FormKind::KciSheet));
        m_kind->addItem(
            tr("Ranking score sheet (appendix 4)"), formKindKey(FormKind::RankingSheet));
        m_kind->addItem(tr("Notice of evaluation (§26, §30)"), formKindKey(FormKind::Notice));
        m_kind->addItem(tr("Quarter results list"), formKindKey(FormKind::ResultsList));
        m_kind->addItem(
            tr("360 individual report (appendix 7)"), formKindKey(FormKind::SurveyReport));
        m_kind->addItem(tr("Feedback form (appendix 8)"), formKindKey(FormKind::Feedback));
        m_kind->addItem(
            tr("Calibration session protocol (§41)"), formKindKey(FormKind::CalibrationProtocol));
        m_kind->addItem(
            tr("Commission protocol (appendix 11)"), formKindKey(FormKind::CommissionProtocol));
        const int index = m_kind->findData(kind);
        m_kind->setCurrentIndex(index < 0 ? 2 : index);
    }
    for (int number = 1; number <= 4; ++number)
        m_quarter->setItemText(number - 1, tr("Quarter %1").arg(number));
    if (m_servant->count() > 0)
        m_servant->setItemText(0, tr("All servants of the quarter"));
}

void DocumentsPage::reloadServants()
{
    const QString chosen = m_servant->currentData().toString();
    const QSignalBlocker block(m_servant);
    m_servant->clear();
    m_servant->addItem(tr("All servants of the quarter"), QString());
    const FormRequest wanted = request();
    if (m_context && isPerServant(wanted.kind)) {
        QHash<QString, QString> names;
        const QList<StaffMember> staff =
            StaffService(*m_context)
                .staffVisibleDuring(formSubject(wanted.kind) == FormSubject::Year
                        ? DateRange{QDate(wanted.year, 1, 1), QDate(wanted.year, 12, 31)}
                        : wanted.quarter.range());
        for (const StaffMember &member : staff)
            names.insert(member.personnelNo, member.fullName);
        const QStringList servants = PrintService(*m_context).servantsFor(wanted);
        for (const QString &personnelNo : servants)
            m_servant->addItem(names.value(personnelNo, personnelNo) + QStringLiteral(" (")
                    + personnelNo + QLatin1Char(')'),
                personnelNo);
    }
    m_servant->setCurrentIndex(std::max(0, m_servant->findData(chosen)));
    m_servant->setEnabled(isPerServant(wanted.kind));
    const FormSubject subject = formSubject(wanted.kind);
    m_quarter->setEnabled(subject == FormSubject::Quarter);
    m_record->setEnabled(subject == FormSubject::Appeal || subject == FormSubject::Meeting);
    updateButtons();
}

void DocumentsPage::updateButtons()
{
    const bool usable = m_context != nullptr;
    for (QWidget *widget : {static_cast<QWidget *>(m_preview), static_cast<QWidget *>(m_print),
             static_cast<QWidget *>(m_exportPdf), static_cast<QWidget *>(m_exportOdt)})
        widget->setEnabled(usable);
}

void DocumentsPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

QString DocumentsPage::baseName() const
{
    const FormRequest wanted = request();
    QString name = formKindKey(wanted.kind) + QLatin1Char('-');
    switch (formSubject(wanted.kind)) {
    case FormSubject::Quarter:
        name += wanted.quarter.key();
        break;
    case FormSubject::Year:
        name += QString::number(wanted.year);
        break;
    case FormSubject::Appeal:
    case FormSubject::Meeting:
        name += QString::number(wanted.recordId);
        break;
    }
    if (!wanted.personnelNo.isEmpty())
        name += QLatin1Char('-') + wanted.personnelNo;
    return name + QLatin1Char('-') + languageCode(wanted.language);
}

void DocumentsPage::preview()
{
    const auto rendered = forms();
    if (!rendered)
        return;
    DocumentPreview dialog(*rendered, baseName(), this);
    dialog.exec();
}

void DocumentsPage::print()
{
    if (const auto rendered = forms())
        DocumentPreview::printForms(this, *rendered);
}

void DocumentsPage::exportAs(const QString &suffix)
{
    if (const auto rendered = forms())
        DocumentPreview::exportForms(this, *rendered, baseName(), suffix);
}

} // namespace bagalau
