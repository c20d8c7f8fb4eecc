// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "calendar/workingcalendar.h"
#include "i18n/language.h"
#include "methodology/deadlines.h"
#include "services/inputerror.h"

#include <QList>

#include <memory>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace bagalau {

class AllowedMarksEditor;
class DeadlineModel;
class OrganisationSettings;
class ServiceContext;
class SpecialDayModel;

// The Settings area: the working calendar of a year with the chief specialist's edits (Kurban
// Ait, transfers; RULES.md §3), the deadlines of that year as they follow from it, the deadline
// policy (DIGEST decision 3) and the language.
//
// Edits go through CalendarService on a context of the page's own, built over the window's file
// and actor, which the service reloads after each edit; the window's own context keeps its
// calendar until calendarChanged() makes it reload. Without a context (no file open) the page
// shows the shipped calendar and offers no edits.
class SettingsPage : public ContextPage
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    void setContext(const ServiceContext *context) override;

    // The calendar shown: the file's, or the shipped one when no file is open.
    const WorkingCalendar &calendar() const;
    int year() const;
    void setYear(int year);
    SpecialDayModel *specialDayModel() const { return m_dayModel; }
    DeadlineModel *deadlineModel() const { return m_deadlineModel; }
    // The appendix-3 table (decision 10).
    AllowedMarksEditor *allowedMarksEditor() const { return m_allowedMarks; }
    OrganisationSettings *organisationSettings() const { return m_organisation; }
    // The line that warns that the year has no Kurban Ait date; empty when the year is confirmed.
    QString unconfirmedWarning() const;

    // The QSettings value deadlines/policy, "legal" when unset or unknown.
    static DeadlinePolicy savedPolicy();
    DeadlinePolicy policy() const { return m_policy; }
    // Shows the deadlines by this policy and remembers it.
    void setPolicy(DeadlinePolicy policy);

    // The service calls behind the buttons, for the selected year: false with the service's
    // errors, which the buttons show in a message box. Each reloads the calendar and the tables.
    bool setKurbanAit(QDate date, InputErrors *errors);
    bool addTransfer(const Transfer &transfer, InputErrors *errors);
    bool removeTransfer(QDate dayOff, InputErrors *errors);

Q_SIGNALS:
    // The user chose a language in the combo box. The page does not switch by itself: the window
    // owns the translators, so it connects this to MainWindow::setLanguage. The combo follows the
    // language actually shown (the default QLocale) on every LanguageChange.
    void languageRequested(bagalau::Language language);
    // The file's calendar was edited here: a context that read it before should reload it.
    void calendarChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createCalendarTab();
    QWidget *createGeneralTab();
    void retranslate();
    void refresh(bool markMoves);
    void refreshMonths();
    void updateButtons();
    void syncLanguageCombo();
    QModelIndex selectedDay() const;
    bool afterEdit(bool done);
    void showErrors(const QString &title, const InputErrors &errors);
    void askKurbanAit();
    void askTransfer();
    void askRemoveTransfer();

    const ServiceContext *m_context = nullptr;
    // Over the window's file and actor: CalendarService needs a context it may reload.
    std::unique_ptr<ServiceContext> m_editContext;
    WorkingCalendar m_shipped;
    DeadlinePolicy m_policy;

    QTabWidget *m_tabs;
    QLabel *m_title;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QLabel *m_warning;
    QLabel *m_readOnly;
    SpecialDayModel *m_dayModel;
    QTableView *m_days;
    QLabel *m_monthsLabel;
    QWidget *m_months;
    QList<QLabel *> m_monthNames;
    QList<QLabel *> m_monthCounts;
    QLabel *m_yearTotal;
    QPushButton *m_kurbanAit;
    QPushButton *m_addTransfer;
    QPushButton *m_removeTransfer;
    QLabel *m_deadlinesLabel;
    QLabel *m_moved;
    DeadlineModel *m_deadlineModel;
    QTableView *m_deadlines;
    QGroupBox *m_policyBox;
    QRadioButton *m_legal;
    QRadioButton *m_cautious;
    QLabel *m_legalHint;
    QLabel *m_cautiousHint;
    QButtonGroup *m_policyGroup;
    QGroupBox *m_languageBox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    AllowedMarksEditor *m_allowedMarks;
    OrganisationSettings *m_organisation = nullptr;
};

} // namespace bagalau
