// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/questionnairedialog.h"

#include "models/localetext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bagalau {

QuestionnaireDialog::QuestionnaireDialog(const CompetencyCatalogue &catalogue, CompetencySet form,
    const QString &personName, Mode mode, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_mode(mode)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("QuestionnaireDialog"));
    const Language language = uiLanguage();
    setWindowTitle(mode == Mode::SelfAssessment ? tr("Self-assessment")
                                                : tr("360 questionnaire about %1").arg(personName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::SelfAssessment
            ? tr("How often do you show each competency in your work? Your self-assessment is "
                 "shown beside the others' answers and never counted (§35).")
            : tr("How often does %1 show each competency in their work? Your answers are stored "
                 "without your name: no one, the chief specialist included, can tell which are "
                 "yours.")
                  .arg(personName.toHtmlEscaped()));
    layout->addWidget(intro);
    if (mode == Mode::Paper) {
        m_whose = new QComboBox(this);
        m_whose->setObjectName(QStringLiteral("whose"));
        m_whose->addItem(tr("Another respondent"), false);
        m_whose->addItem(tr("The person themself (self-assessment)"), true);
        auto *form = new QFormLayout;
        auto *label = new QLabel(tr("&Filled in by:"), this);
        label->setBuddy(m_whose);
        form->addRow(label, m_whose);
        layout->addLayout(form);
    }
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget(scroll);
    auto *list = new QVBoxLayout(inner);
    const QList<Competency> competencies = catalogue.competencies(form);
    int number = 0;
    for (const Competency &competency : competencies) {
        Item item;
        item.key = competency.key;
        item.name = competency.name.in(language);
        auto *box = new QGroupBox(QStringLiteral("%1. %2").arg(++number).arg(item.name), inner);
        box->setObjectName(competency.key);
        auto *boxLayout = new QVBoxLayout(box);
        QStringList indicators;
        for (const LocalizedText &indicator : competency.indicators)
            indicators << QStringLiteral("• ") + indicator.in(language).toHtmlEscaped();
        auto *indicatorLabel = new QLabel(indicators.join(QStringLiteral("<br>")), box);
        indicatorLabel->setWordWrap(true);
        indicatorLabel->setStyleSheet(QStringLiteral("color: #444"));
        boxLayout->addWidget(indicatorLabel);
        auto *row = new QHBoxLayout;
        item.group = new QButtonGroup(box);
        for (const AnswerLevel &level : catalogue.scale()) {
            auto *button = new QRadioButton(
                QStringLiteral("%1 — %2").arg(level.value).arg(level.label.in(language)), box);
            button->setObjectName(QStringLiteral("%1_%2").arg(competency.key).arg(level.value));
            item.group->addButton(button, level.value);
            row->addWidget(button);
        }
        row->addStretch();
        boxLayout->addLayout(row);
        item.error = new QLabel(box);
        item.error->setStyleSheet(QStringLiteral("color: #b00020"));
        item.error->hide();
        boxLayout->addWidget(item.error);
        list->addWidget(box);
        m_items << item;
    }
    list->addStretch();
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Submit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionnaireDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 680);
}

QHash<QString, int> QuestionnaireDialog::answers() const
{
    QHash<QString, int> result;
    for (const Item &item : m_items) {
        if (item.group->checkedId() >= 0)
            result.insert(item.key, item.group->checkedId());
    }
    return result;
}

void QuestionnaireDialog::setAnswer(const QString &competency, int answer)
{
    for (const Item &item : std::as_const(m_items)) {
        if (item.key == competency) {
            if (QAbstractButton *button = item.group->button(answer))
                button->click();
        }
    }
}

void QuestionnaireDialog::setPaperSelf(bool self)
{
    if (m_whose)
        m_whose->setCurrentIndex(self ? 1 : 0);
}

QString QuestionnaireDialog::errorText(const QString &competency) const
{
    for (const Item &item : m_items) {
        if (item.key == competency)
            return item.error->isVisible() || !item.error->isHidden() ? item.error->text()
                                                                      : QString();
    }
    return {};
}

QString QuestionnaireDialog::generalError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void QuestionnaireDialog::accept()
{
    for (Item &item : m_items)
        item.error->hide();
    m_error->hide();
    const bool self =
        m_mode == Mode::SelfAssessment || (m_whose && m_whose->currentData().toBool());
    InputErrors errors;
    if (m_submit(answers(), self, &errors)) {
        QDialog::accept();
        return;
    }
    QStringList general;
    for (const InputError &error : std::as_const(errors)) {
        bool placed = false;
        for (Item &item : m_items) {
            if (item.name == error.column) {
                item.error->setText(error.message);
                item.error->show();
                placed = true;
            }
        }
        if (!placed)
            general << error.message;
    }
    if (general.isEmpty())
        general << tr("Some competencies need an answer; see below.");
    m_error->setText(general.join(QLatin1Char('\n')));
    m_error->show();
}

} // namespace bagalau
