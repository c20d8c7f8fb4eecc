// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/slipsdialog.h"

#include <QDialogButtonBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bagalau {

namespace {

QString slipsHtml(int year, const QList<SurveyCode> &codes)
{
    QString html = QStringLiteral("<html><body>");
    for (const SurveyCode &code : codes) {
        html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='8' "
                               "style='border-style: dashed; border-color: #888; "
                               "margin-bottom: 12px'><tr><td>");
        html += QStringLiteral("<b>%1</b><br>")
                    .arg(SlipsDialog::tr("360 survey of %1").arg(year).toHtmlEscaped());
        html += QStringLiteral("%1<br>").arg(code.fullName.toHtmlEscaped());
        html +=
            SlipsDialog::tr("Questionnaires to answer: %1").arg(code.questionnaires).toHtmlEscaped()
            + QStringLiteral("<br>");
        html +=
            QStringLiteral("<span style='font-size: 20pt; font-family: monospace'>%1</span><br>")
                .arg(code.code.toHtmlEscaped());
        html += QStringLiteral("<small>%1</small>")
                    .arg(SlipsDialog::tr("Open Bagalau on the chief specialist's computer, choose "
                                         "\"Answer with a code\" and type this code. It works "
                                         "once for each questionnaire; your answers are stored "
                                         "without your name.")
                             .toHtmlEscaped());
        html += QStringLiteral("</td></tr></table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace

SlipsDialog::SlipsDialog(int year, const QList<SurveyCode> &codes, QWidget *parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("SlipsDialog"));
    setWindowTitle(tr("One-time codes for the 360 survey of %1").arg(year));
    m_view->setHtml(slipsHtml(year, codes));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &SlipsDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

QString SlipsDialog::html() const
{
    return m_view->toHtml();
}

void SlipsDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_view->document()->print(&printer);
}

} // namespace bagalau
