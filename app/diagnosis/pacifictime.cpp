#include "pacifictime.h"

#include <QCoreApplication>

#include <cmath>

namespace gd {

// lupdate sees this context; a lambda named tr would hide it.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(gd::duration)
};
namespace {

QDate nthSunday(int year, int month, int n)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Sunday)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

// Offset of Pacific time from UTC at a UTC instant: -7 h in daylight time, -8 h otherwise.
int pacificOffsetSeconds(const QDateTime &utc)
{
    const int year = utc.date().year();
    // Daylight time starts at 02:00 PST (10:00 UTC) and ends at 02:00 PDT (09:00 UTC).
    const QDateTime start(nthSunday(year, 3, 2), QTime(10, 0), Qt::UTC);
    const QDateTime end(nthSunday(year, 11, 1), QTime(9, 0), Qt::UTC);
    return (utc >= start && utc < end) ? -7 * 3600 : -8 * 3600;
}

} // namespace

QDateTime nextPacificMidnight(const QDateTime &now)
{
    const QDateTime utc = now.toUTC();
    const QDateTime local = utc.addSecs(pacificOffsetSeconds(utc));
    const QDateTime nextMidnightAsUtcFields(local.date().addDays(1), QTime(0, 0), Qt::UTC);
    // Midnight never falls in a daylight-saving switch (02:00), so one correction is exact.
    const QDateTime guess = nextMidnightAsUtcFields.addSecs(8 * 3600);
    return nextMidnightAsUtcFields.addSecs(-pacificOffsetSeconds(guess));
}

QString formatDuration(double seconds)
{
    if (seconds < 10)
        return DurationText::tr("%1 s").arg(std::max(0.0, seconds), 0, 'g', 2);
    const qint64 total = qint64(std::ceil(seconds));
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 rest = total % 60;
    if (hours > 0)
        return DurationText::tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return rest > 0 ? DurationText::tr("%1 min %2 s").arg(minutes).arg(rest)
                        : DurationText::tr("%1 min").arg(minutes);
    return DurationText::tr("%1 s").arg(rest);
}

} // namespace gd
