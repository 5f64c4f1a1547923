#pragma once

#include <QDateTime>
#include <QString>

namespace gd {

// Daily quotas reset at midnight Pacific time. Computed from the US daylight-saving rules
// (second Sunday of March to first Sunday of November), so it does not depend on the machine's
// time zone database, which minimal systems lack.
QDateTime nextPacificMidnight(const QDateTime &now);

// "7 h 12 min", "3 min 5 s", "26 s", "0.9 s"
QString formatDuration(double seconds);

} // namespace gd
