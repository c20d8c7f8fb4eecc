// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/formwriter.h"

#include <QDialog>
#include <QList>

class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace bagalau {

// The print preview of rendered forms, with Print…, Export PDF… and Export ODT…: any page that
// prints hands its forms here. The pages are painted by FormWriter, so what the preview shows is
// what the PDF holds.
class DocumentPreview : public QDialog
{
    Q_OBJECT

public:
    // `baseName` is the file name offered when exporting, without the suffix.
    DocumentPreview(QList<FormDocument> forms, QString baseName, QWidget *parent = nullptr);
    ~DocumentPreview() override;

    QPrintPreviewWidget *preview() const { return m_preview; }

    // The printer set up as the forms expect it: A4 portrait, the forms' margins.
    static void setUpPrinter(QPrinter *printer);
    // Asks for a file name (suffix "pdf" or "odt") and writes the forms there; false when the
    // user cancelled or the file could not be written (the reason was shown).
    static bool exportForms(QWidget *parent, const QList<FormDocument> &forms,
        const QString &baseName, const QString &suffix);
    // Shows the print dialog and prints the forms; false when cancelled.
    static bool printForms(QWidget *parent, const QList<FormDocument> &forms);

private:
    QList<FormDocument> m_forms;
    QString m_baseName;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
};

} // namespace bagalau
