// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/staffimportdialog.h"

#include "views/recordtable.h"

#include "importing/csvreader.h"
#include "models/csvpreviewmodel.h"
#include "services/csvimport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace bagalau {

namespace {

const auto FolderKey = QStringLiteral("staffimport/folder");

} // namespace

StaffImportDialog::StaffImportDialog(Validate validate, Import import, QWidget *parent)
    : QDialog(parent)
    , m_validate(std::move(validate))
    , m_import(std::move(import))
    , m_preview(new CsvPreviewModel(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_format(new QLabel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_problemList(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("StaffImportDialog"));
    m_file->setObjectName(QStringLiteral("file"));
    m_choose->setObjectName(QStringLiteral("chooseFile"));
    m_table->setObjectName(QStringLiteral("preview"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_importButton->setObjectName(QStringLiteral("import"));
    m_file->setReadOnly(true);
    m_fileLabel->setBuddy(m_choose);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_problemList->setObjectName(QStringLiteral("problems"));
    m_problemList->setReadOnly(true);
    m_problemList->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problemList->setMaximumHeight(m_problemList->fontMetrics().lineSpacing() * 7);
    m_problemList->hide();

    m_table->setModel(m_preview);
    setUpRecordTable(m_table);

    connect(m_choose, &QPushButton::clicked, this, &StaffImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StaffImportDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_format);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemList);
    layout->addWidget(m_buttons);
    resize(960, 520);
    retranslate();
}

bool StaffImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
    m_read = true;
    m_fileProblems.clear();
    m_rowProblems.clear();
    m_servants.clear();

    const CsvReadResult read = CsvReader::readFile(path);
    m_encoding = CsvTable::encodingName(read.table.encoding());
    m_delimiter = read.table.delimiter();
    for (const CsvError &error : read.errors)
        m_fileProblems << error.message;
    if (read.ok()) {
        InputErrors errors;
        m_servants = CsvImport::staff(read.table, &errors);
        if (m_validate)
            CsvImport::merge(&errors, m_validate(m_servants));
        // A problem on a line that holds no record (the header's missing columns) is the
        // file's; the others go with their rows.
        QSet<int> recordLines;
        for (const CsvRow &row : read.table.rows())
            recordLines.insert(row.line);
        for (const InputError &error : std::as_const(errors)) {
            if (recordLines.contains(error.line))
                m_rowProblems << error;
            else
                m_fileProblems << error.toString();
        }
    }
    m_preview->setTable(read.table, m_rowProblems);
    m_table->resizeColumnsToContents();
    updateSummary();
    // The first bad row is where the user will look.
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        if (m_preview->hasProblem(row)) {
            m_table->scrollTo(m_preview->index(row, 0));
            break;
        }
    }
    return canImport();
}

QStringList StaffImportDialog::problems() const
{
    QStringList all = m_fileProblems;
    for (const InputError &error : m_rowProblems)
        all << error.toString();
    return all;
}

bool StaffImportDialog::canImport() const
{
    return m_read && m_fileProblems.isEmpty() && m_rowProblems.isEmpty() && !m_servants.isEmpty();
}

void StaffImportDialog::accept()
{
    if (!canImport() || !m_import)
        return;
    InputErrors errors;
    if (!m_import(m_servants, &errors)) {
        // Someone may have added a servant since the check, or the account may not import:
        // the file is shown again with what the service said.
        m_fileProblems.clear();
        for (const InputError &error : std::as_const(errors))
            m_fileProblems << error.toString();
        if (m_fileProblems.isEmpty())
            m_fileProblems << tr("The file could not be imported.");
        updateSummary();
        return;
    }
    QDialog::accept();
}

void StaffImportDialog::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import staff from CSV"),
        settings.value(FolderKey).toString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void StaffImportDialog::updateSummary()
{
    m_importButton->setEnabled(canImport());
    // Every message in full, one a line: the table's Problems column is too narrow to read.
    m_problemList->setPlainText(problems().join(QLatin1Char('\n')));
    m_problemList->setVisible(!problems().isEmpty());
    if (!m_read) {
        m_format->clear();
        m_summary->setText(tr("Choose a CSV file with the columns personnel_no, full_name, "
                              "category, unit, position, appointed and, if needed, dismissed, "
                              "iin, manager_personnel_no."));
        m_summary->setStyleSheet(QString());
        return;
    }
    const QString delimiter = m_delimiter == u',' ? tr("comma")
        : m_delimiter == u';'                     ? tr("semicolon")
                                                  : QStringLiteral("«%1»").arg(m_delimiter);
    m_format->setText(tr("Encoding: %1 · delimiter: %2 · %n row(s)", nullptr, m_preview->rowCount())
                          .arg(m_encoding, delimiter));
    const QStringList all = problems();
    if (all.isEmpty()) {
        m_summary->setText(
            tr("No problems found: %n servant(s) will be added.", nullptr, int(m_servants.size())));
        m_summary->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        return;
    }
    QString text = tr("%n problem(s) found; nothing will be imported until the file is "
                      "corrected and chosen again.",
        nullptr, int(all.size()));
    if (!m_rowProblems.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n row(s) with problems are highlighted; hover over a field for its message.",
                nullptr, m_preview->rowsWithProblems());
    m_summary->setText(text);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void StaffImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StaffImportDialog::retranslate()
{
    setWindowTitle(tr("Import staff from CSV"));
    m_fileLabel->setText(tr("&File:"));
    m_choose->setText(tr("&Choose…"));
    m_importButton->setText(tr("&Import"));
    m_preview->retranslate();
    updateSummary();
}

} // namespace bagalau
