// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/formwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>
#include <QUrl>

namespace bagalau {

namespace {

QFont formFont()
{
    QFont font(FormWriter::fontFamily());
    font.setPointSizeF(10);
    return font;
}

void addImages(QTextDocument *document, const FormDocument &form)
{
    for (auto image = form.images.cbegin(); image != form.images.cend(); ++image)
        document->addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
}

std::unique_ptr<QTextDocument> documentOf(const FormDocument &form)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(formFont());
    addImages(document.get(), form);
    document->setHtml(form.html);
    return document;
}

} // namespace

QString FormWriter::fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

std::unique_ptr<QTextDocument> FormWriter::textDocument(const QList<FormDocument> &forms)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(formFont());
    QTextCursor cursor(document.get());
    for (qsizetype i = 0; i < forms.size(); ++i) {
        if (i > 0) {
            QTextBlockFormat pageBreak;
            pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(pageBreak);
        }
        addImages(document.get(), forms.at(i));
        cursor.insertFragment(QTextDocumentFragment::fromHtml(forms.at(i).html, document.get()));
    }
    return document;
}

void FormWriter::paint(const QList<FormDocument> &forms, QPagedPaintDevice *device)
{
    QPainter painter(device);
    if (!painter.isActive())
        return;
    const QRectF body(0, 0, device->width(), device->height());
    const qreal dotsPerPoint = device->logicalDpiY() / 72.0;
    const qreal footer = 16 * dotsPerPoint; // room for the page number
    const QSizeF pageSize(body.width(), body.height() - footer);
    bool first = true;
    for (const FormDocument &form : forms) {
        const auto document = documentOf(form);
        // Laid out for the device, so that points are the device's points and pages its pages.
        document->documentLayout()->setPaintDevice(device);
        document->setPageSize(pageSize);
        const int pages = document->pageCount();
        for (int page = 0; page < pages; ++page) {
            if (!first)
                device->newPage();
            first = false;
            painter.save();
            painter.translate(0, -page * pageSize.height());
            document->drawContents(
                &painter, QRectF(QPointF(0, page * pageSize.height()), pageSize));
            painter.restore();
            if (pages > 1) {
                QFont font = formFont();
                font.setPointSizeF(8);
                painter.setFont(font);
                painter.drawText(QRectF(0, body.height() - footer, body.width(), footer),
                    Qt::AlignHCenter | Qt::AlignBottom,
                    QStringLiteral("%1 / %2").arg(page + 1).arg(pages));
            }
        }
    }
}

bool FormWriter::write(const QList<FormDocument> &forms, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(forms, path, error);
    if (suffix == QLatin1String("odt"))
        return writeOdt(forms, path, error);
    *error = tr("%1: the file name must end in .pdf or .odt").arg(path);
    return false;
}

bool FormWriter::writePdf(const QList<FormDocument> &forms, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Bagalau"));
        writer.setTitle(forms.size() == 1 ? forms.first().title : QString());
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(20, 15, 12, 12), QPageLayout::Millimeter));
        paint(forms, &writer);
    }
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool FormWriter::writeOdt(const QList<FormDocument> &forms, const QString &path, QString *error)
{
    // The ODF writer closes the device it writes to, which QSaveFile forbids: it writes to
    // memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto document = textDocument(forms);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get())) {
        *error = tr("%1 cannot be written: the document cannot be made").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size()
        || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace bagalau
