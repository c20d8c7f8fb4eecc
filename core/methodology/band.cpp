// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodology/band.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace bagalau {

namespace {

class BandLabels
{
    Q_DECLARE_TR_FUNCTIONS(BandLabels)
};

} // namespace

Band bandOf(Score score)
{
    // §7 gives the bands in whole points and hundredths (3–3.99), so the figure compared is the
    // score already rounded to hundredths, never a finer one.
    const int hundredths = score.hundredths();
    if (hundredths >= 400)
        return Band::Effective;
    if (hundredths >= 300)
        return Band::Proper;
    if (hundredths >= 200)
        return Band::Satisfactory;
    return Band::Unsatisfactory;
}

QString bandKey(Band band)
{
    switch (band) {
    case Band::Effective:
        return u"effective"_s;
    case Band::Proper:
        return u"proper"_s;
    case Band::Satisfactory:
        return u"satisfactory"_s;
    case Band::Unsatisfactory:
        return u"unsatisfactory"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Band> bandFromKey(const QString &key)
{
    for (Band band : {Band::Effective, Band::Proper, Band::Satisfactory, Band::Unsatisfactory}) {
        if (bandKey(band) == key)
            return band;
    }
    return std::nullopt;
}

QString bandLabel(Band band)
{
    switch (band) {
    case Band::Effective:
        return BandLabels::tr("Performs functional duties effectively");
    case Band::Proper:
        return BandLabels::tr("Performs functional duties properly");
    case Band::Satisfactory:
        return BandLabels::tr("Performs functional duties satisfactorily");
    case Band::Unsatisfactory:
        return BandLabels::tr("Performs functional duties unsatisfactorily");
    }
    Q_UNREACHABLE();
    return {};
}

QString bandShortLabel(Band band)
{
    switch (band) {
    case Band::Effective:
        return BandLabels::tr("effective", "grade band, short");
    case Band::Proper:
        return BandLabels::tr("proper", "grade band, short");
    case Band::Satisfactory:
        return BandLabels::tr("satisfactory", "grade band, short");
    case Band::Unsatisfactory:
        return BandLabels::tr("unsatisfactory", "grade band, short");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace bagalau
