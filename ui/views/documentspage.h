// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "documents/formwriter.h"
#include "services/printservice.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace bagalau {

class ServiceContext;

// The Documents area: the printed forms of a quarter (FORMS.md) — choose the form, the quarter,
// one servant or all, Kazakh or Russian; then preview, print or export to PDF or ODT. The forms
// come from PrintService, which refuses what the account may not read.
class DocumentsPage : public ContextPage
{
    Q_OBJECT

public:
    explicit DocumentsPage(QWidget *parent = nullptr);
    ~DocumentsPage() override;

    void setContext(const ServiceContext *context) override;

    // What the controls ask for, and the forms it gives (a progress dialog over a batch); nullopt
    // after showing why.
    FormRequest request() const;
    void setRequest(const FormRequest &request);
    std::optional<QList<FormDocument>> forms();
    // Writes the requested forms to a file chosen in code (the export buttons ask for it).
    bool exportTo(const QString &path, QString *error);
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadServants();
    void updateButtons();
    void showProblem(const QString &message);
    QString baseName() const;
    void preview();
    void print();
    void exportAs(const QString &suffix);

    const ServiceContext *m_context = nullptr;
    QLabel *m_title;
    QLabel *m_problem;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_quarterLabel;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    QLabel *m_recordLabel;
    QSpinBox *m_record;
    QLabel *m_servantLabel;
    QComboBox *m_servant;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_exportPdf;
    QPushButton *m_exportOdt;
};

} // namespace bagalau
