// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "methodology/survey360.h"
#include "services/inputerror.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;

namespace bagalau {

// One 360 questionnaire (appendices 5, 6): a choice on the scale for every competency of the
// form, with its behavioural indicators shown. OK hands the answers to `submit`, which calls the
// service; its errors are shown at the competency they name, and the dialog stays open.
class QuestionnaireDialog : public QDialog
{
    Q_OBJECT

public:
    // `self`: the answers of the self-assessment. For a paper questionnaire the dialog asks
    // whose it is (the person's own or another respondent's) and passes it to `submit`.
    using Submit =
        std::function<bool(const QHash<QString, int> &answers, bool self, InputErrors *errors)>;
    enum class Mode { Respondent, SelfAssessment, Paper };

    QuestionnaireDialog(const CompetencyCatalogue &catalogue, CompetencySet form,
        const QString &personName, Mode mode, Submit submit, QWidget *parent = nullptr);

    QHash<QString, int> answers() const;
    void setAnswer(const QString &competency, int answer);
    void setPaperSelf(bool self);
    QString errorText(const QString &competency) const;
    QString generalError() const;

    void accept() override;

private:
    struct Item
    {
        QString key;
        QString name;
        QButtonGroup *group = nullptr;
        QLabel *error = nullptr;
    };

    QList<Item> m_items;
    QComboBox *m_whose = nullptr;
    QLabel *m_error;
    Mode m_mode;
    Submit m_submit;
};

} // namespace bagalau
