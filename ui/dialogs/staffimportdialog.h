// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/staffservice.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bagalau {

class CsvPreviewModel;

// Shows a staff.csv before it is imported: its rows as written, every bad row highlighted with
// its messages (the shape checks of CsvImport and the service's own checks), the encoding and
// delimiter found. Import is offered only for a file without a single problem, and writes the
// whole file or nothing.
class StaffImportDialog : public QDialog
{
    Q_OBJECT

public:
    using Validate = std::function<InputErrors(const QList<NewServant> &)>;
    using Import = std::function<bool(const QList<NewServant> &, InputErrors *)>;

    StaffImportDialog(Validate validate, Import import, QWidget *parent = nullptr);

    // Reads and checks the file; true when it can be imported as it is.
    bool openFile(const QString &path);
    // Every problem found: the file's own (unreadable, malformed) and its rows'.
    QStringList problems() const;
    QList<NewServant> servants() const { return m_servants; }
    bool canImport() const;
    CsvPreviewModel *preview() const { return m_preview; }
    // Imports; stays open with the service's errors when it refuses.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void updateSummary();
    void retranslate();

    Validate m_validate;
    Import m_import;
    QString m_path;
    bool m_read = false;
    QString m_encoding;
    QChar m_delimiter;
    QStringList m_fileProblems; // problems of the whole file, not of one row
    InputErrors m_rowProblems;
    QList<NewServant> m_servants;
    CsvPreviewModel *m_preview;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QLabel *m_format;
    QTableView *m_table;
    QLabel *m_summary;
    QPlainTextEdit *m_problemList;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace bagalau
