// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/inputerror.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace bagalau {

class Clock;
class Database;
class ServiceContext;

struct Organisation
{
    QString nameRu;
    QString nameKk;
    QString chairman;
    QString appointingOfficial;
    bool operator==(const Organisation &) const = default;
};

// The organisation whose servants the file evaluates: one per file.
class OrganisationService
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationService)

public:
    explicit OrganisationService(const ServiceContext &context);

    // Makes a new file at `path` for the organisation, at the latest schema. nullptr with the
    // problems when the file exists already (column "file"), the name is bad (column "org") or
    // the file cannot be made (no column); nothing is left behind then.
    static std::unique_ptr<Database> createFile(const QString &path,
        const Organisation &organisation, const Clock &clock, InputErrors *errors);

    // Sets up a new file's organisation; refused when the file already has one.
    bool create(const Organisation &organisation, InputErrors *errors);
    std::optional<Organisation> organisation() const;
    // Replaces the organisation's details (the chief specialist's, Action::ChangeOrganisation),
    // each changed field audited with its old and new value. Refused, with the field named
    // ("name_ru", "name_kk", "chairman", "appointing_official"), when the Russian name is empty, a
    // value is longer than MaxLength or holds a line break: they head the printed forms on one
    // line. Nothing is written then. Undo is the same call with the old details.
    bool update(const Organisation &organisation, InputErrors *errors);
    // Every problem of the details, in the order of the fields; nothing is written.
    static InputErrors validate(const Organisation &organisation);

    static constexpr int MaxLength = 300;

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
