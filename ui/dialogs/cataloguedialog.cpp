// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/cataloguedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bagalau {

CatalogueDialog::CatalogueDialog(const QByteArray &json, Save save, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("CatalogueDialog"));
    setWindowTitle(tr("Competencies and indicators"));
    auto *intro = new QLabel(tr("The names of the competencies of §34, their behavioural "
                                "indicators and the labels of the answer scale, in Kazakh, "
                                "Russian and English. Keys, forms and answer values stay as they "
                                "are, so that answers already given keep their meaning."),
        this);
    intro->setWordWrap(true);
    m_editor->setObjectName(QStringLiteral("json"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(QString::fromUtf8(json));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 620);
}

QString CatalogueDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CatalogueDialog::accept()
{
    InputErrors errors;
    if (m_save(m_editor->toPlainText().toUtf8(), &errors)) {
        QDialog::accept();
        return;
    }
    QStringList lines;
    for (const InputError &error : std::as_const(errors))
        lines << error.toString();
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
}

} // namespace bagalau
