// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/inputerror.h"
#include "services/organisationservice.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace bagalau {

class ServiceContext;

// The organisation's details in Kazakh and Russian, as the printed forms are headed with them:
// the names, the chairman and the appointing official. A save is an undoable command; the
// service's errors are shown under the field they name.
class OrganisationSettings : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationSettings(QWidget *parent = nullptr);

    void setContext(const ServiceContext *context, QUndoStack *undoStack);
    // What the fields hold now.
    Organisation typed() const;
    // The details the file holds, or empty ones with no file.
    Organisation saved() const { return m_saved; }
    // Saves what the fields hold, as a command on the undo stack; false with the errors shown.
    bool save();
    // The message shown under a field ("name_ru"...), empty when none.
    QString errorAt(const QString &field) const;
    void retranslate();

Q_SIGNALS:
    void organisationChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool apply(const Organisation &organisation, InputErrors *errors);
    void reload();
    void showErrors(const InputErrors &errors);
    void updateButtons();

    const ServiceContext *m_context = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Organisation m_saved;
    QLabel *m_title;
    QLabel *m_hint;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    QString m_savedNote; // shown until the next edit
};

} // namespace bagalau
