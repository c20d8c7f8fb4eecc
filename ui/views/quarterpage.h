// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/contextpage.h"

#include "methodology/period.h"
#include "services/inputerror.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace bagalau {

class AcquaintanceDialog;
class KciSheetDialog;
class QuarterRosterModel;
class RankingSheetDialog;
class FilteredTable;
class ServiceContext;

// The Quarter evaluation area: a quarter's roster (how each servant is evaluated, their sheet,
// score, band and acquaintance), the ranking sheet of a corps B servant and the record of
// acquaintance. Saving a draft and recording acquaintance are undoable commands; signing and
// reopening a sheet are legal acts and are not.
class QuarterPage : public ContextPage
{
    Q_OBJECT

public:
    explicit QuarterPage(QWidget *parent = nullptr);
    ~QuarterPage() override;

    void setContext(const ServiceContext *context) override;
    QuarterRosterModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    Quarter quarter() const;
    void setQuarter(const Quarter &quarter);
    QString selectedPersonnelNo() const;
    bool selectServant(const QString &personnelNo);
    // The quarter `key` ("2024Q1") with the servant selected.
    void showKey(const QString &key, const QString &personnelNo) override;
    void reload();

    // The dialogs open window-modal and stay reachable here while open (tests drive them).
    RankingSheetDialog *sheetDialog() const;
    KciSheetDialog *kciSheetDialog() const;
    AcquaintanceDialog *acquaintanceDialog() const;

public Q_SLOTS:
    // The selected servant's sheet: the ranking sheet, or the KCI sheet for the head.
    void openSheet();
    void recordAcquaintance();

Q_SIGNALS:
    // A sheet or an acquaintance changed: results elsewhere may have changed.
    void evaluationChanged();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void restoreSettings();
    void saveSettings() const;
    void afterCommand(const InputErrors &errors);
    bool mayRecordAcquaintance() const;
    void openKciSheet(const QString &personnelNo, const Quarter &shown);

    const ServiceContext *m_context = nullptr;
    QuarterRosterModel *m_model;
    QLabel *m_title;
    QLabel *m_problem;
    QLabel *m_quarterLabel;
    QComboBox *m_number;
    QSpinBox *m_year;
    // The list and, for brevity, its parts.
    FilteredTable *m_list;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_acquaint;
    QPointer<RankingSheetDialog> m_sheetDialog;
    QPointer<AcquaintanceDialog> m_acquaintanceDialog;
    QPointer<KciSheetDialog> m_kciSheetDialog;
};

} // namespace bagalau
