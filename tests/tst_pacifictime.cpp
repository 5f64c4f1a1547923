#include "diagnosis/pacifictime.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPacificTime final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextPacificMidnight_instant_isMidnightInLosAngeles_data();
    void nextPacificMidnight_instant_isMidnightInLosAngeles();
    void formatDuration_seconds_readsNaturally_data();
    void formatDuration_seconds_readsNaturally();
};

void TestPacificTime::nextPacificMidnight_instant_isMidnightInLosAngeles_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
    };
    // Winter (PST, UTC-8): midnight is 08:00 UTC.
    QTest::newRow("winter afternoon") << utc(2026, 11, 28, 0, 48) << utc(2026, 11, 28, 8, 0);
    QTest::newRow("winter just after") << utc(2026, 11, 28, 8, 1) << utc(2026, 11, 29, 8, 0);
    // Summer (PDT, UTC-7): midnight is 07:00 UTC.
    QTest::newRow("summer") << utc(2026, 7, 4, 12, 0) << utc(2026, 7, 5, 7, 0);
    // 8 March 2026 is the second Sunday of March: that night's midnight is already PDT.
    QTest::newRow("spring forward day") << utc(2026, 3, 8, 12, 0) << utc(2026, 3, 9, 7, 0);
    // 1 November 2026 is the first Sunday of November: that night's midnight is PST again.
    QTest::newRow("fall back day") << utc(2026, 11, 1, 12, 0) << utc(2026, 11, 2, 8, 0);
    QTest::newRow("new year") << utc(2026, 12, 31, 23, 0) << utc(2027, 1, 1, 8, 0);
}

void TestPacificTime::nextPacificMidnight_instant_isMidnightInLosAngeles()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    QCOMPARE(gd::nextPacificMidnight(now), expected);
}

void TestPacificTime::formatDuration_seconds_readsNaturally_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("sub-second") << 0.9 << u"0.9 s"_s;
    QTest::newRow("seconds") << 26.0 << u"26 s"_s;
    QTest::newRow("fraction rounds up") << 51.606 << u"52 s"_s;
    QTest::newRow("minutes") << 185.0 << u"3 min 5 s"_s;
    QTest::newRow("whole minutes") << 120.0 << u"2 min"_s;
    QTest::newRow("hours") << 25920.0 << u"7 h 12 min"_s;
}

void TestPacificTime::formatDuration_seconds_readsNaturally()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(gd::formatDuration(seconds), text);
}

QTEST_GUILESS_MAIN(TestPacificTime)
#include "tst_pacifictime.moc"
