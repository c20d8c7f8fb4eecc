// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/documentpreview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bagalau {

DocumentPreview::DocumentPreview(QList<FormDocument> forms, QString baseName, QWidget *parent)
    : QDialog(parent)
    , m_forms(std::move(forms))
    , m_baseName(std::move(baseName))
    , m_printer(new QPrinter(QPrinter::HighResolution))
    , m_preview(nullptr)
{
    setObjectName(QStringLiteral("DocumentPreview"));
    setWindowTitle(tr("Print preview"));
    setUpPrinter(m_printer);
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName(QStringLiteral("preview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
        [this](QPrinter *printer) { FormWriter::paint(m_forms, printer); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Export P&DF…"), QDialogButtonBox::ActionRole);
    QPushButton *odt = buttons->addButton(tr("Export &ODT…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("print"));
    pdf->setObjectName(QStringLiteral("exportPdf"));
    odt->setObjectName(QStringLiteral("exportOdt"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] { printForms(this, m_forms); });
    connect(pdf, &QPushButton::clicked, this,
        [this] { exportForms(this, m_forms, m_baseName, QStringLiteral("pdf")); });
    connect(odt, &QPushButton::clicked, this,
        [this] { exportForms(this, m_forms, m_baseName, QStringLiteral("odt")); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 1000);
}

DocumentPreview::~DocumentPreview()
{
    delete m_preview;
    delete m_printer;
}

void DocumentPreview::setUpPrinter(QPrinter *printer)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(20, 15, 12, 12), QPageLayout::Millimeter));
}

bool DocumentPreview::exportForms(QWidget *parent, const QList<FormDocument> &forms,
    const QString &baseName, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = suffix == QLatin1String("odt") ? tr("OpenDocument text (*.odt)")
                                                          : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export"), QDir(folder).filePath(baseName + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!FormWriter::write(forms, path, &error)) {
        QMessageBox::warning(parent, tr("Export"), error);
        return false;
    }
    return true;
}

bool DocumentPreview::printForms(QWidget *parent, const QList<FormDocument> &forms)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    FormWriter::paint(forms, &printer);
    return true;
}

} // namespace bagalau
