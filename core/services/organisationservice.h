// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/inputerror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bagalau {

class ServiceContext;

struct Organisation
{
    QString nameRu;
    QString nameKk;
    QString chairman;
    QString appointingOfficial;
};

// The organisation whose servants the file evaluates: one per file.
class OrganisationService
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationService)

public:
    explicit OrganisationService(const ServiceContext &context);

    // Sets up a new file's organisation; refused when the file already has one.
    bool create(const Organisation &organisation, InputErrors *errors);
    std::optional<Organisation> organisation() const;

private:
    const ServiceContext &m_context;
};

} // namespace bagalau
