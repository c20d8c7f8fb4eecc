// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/inputerror.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace bagalau {

// The competencies' texts as the methodology data file holds them (names, behavioural
// indicators, answer labels in Kazakh, Russian and English), for the chief specialist to edit.
// Save hands the text to `save`, which checks it; its errors stay in the dialog.
class CatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<bool(const QByteArray &json, InputErrors *errors)>;

    CatalogueDialog(const QByteArray &json, Save save, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QString error() const;

    void accept() override;

private:
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    Save m_save;
};

} // namespace bagalau
