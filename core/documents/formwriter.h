// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace bagalau {

// One printed form, rendered: a title (for the PDF's metadata and a list), its HTML page and the
// images the page names (a chart), by the name its <img src> gives.
struct FormDocument
{
    QString title;
    QString html;
    QHash<QString, QImage> images;
};

// Puts rendered forms on paper: A4, each form from a new page, the page numbers of a form at the
// foot of its pages when it takes more than one, fonts with the Kazakh letters (DejaVu Sans).
class FormWriter
{
    Q_DECLARE_TR_FUNCTIONS(FormWriter)

public:
    // The font family of the forms: DejaVu Sans has every letter of the Kazakh alphabet.
    static QString fontFamily();

    // One QTextDocument holding every form, a page break before each but the first: what a
    // preview shows and what an ODT file holds.
    static std::unique_ptr<QTextDocument> textDocument(const QList<FormDocument> &forms);
    // Paints the forms on a paged device already set up (a QPdfWriter, a QPrinter).
    static void paint(const QList<FormDocument> &forms, QPagedPaintDevice *device);

    // Writes the forms to the file, all or nothing: PDF or ODT by the file's suffix. false with
    // the reason when the suffix is neither or the file cannot be written (nothing is left then).
    static bool write(const QList<FormDocument> &forms, const QString &path, QString *error);
    static bool writePdf(const QList<FormDocument> &forms, const QString &path, QString *error);
    static bool writeOdt(const QList<FormDocument> &forms, const QString &path, QString *error);
};

} // namespace bagalau
