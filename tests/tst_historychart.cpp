#include "historychart.h"

#include <QAccessible>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

gd::RunReport run(const QDateTime &startedAt, gd::CheckState state, int ms)
{
    gd::RunReport report;
    report.startedAt = startedAt;
    report.totalMs = ms;
    gd::CheckResult check;
    check.id = u"generate"_s;
    check.state = state;
    check.ms = ms;
    report.checks.append(check);
    return report;
}

QString accessibleDescription(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Description) : QString();
}

} // namespace

// The Recent runs chart: time runs across as time passed, and say why rehearsals are missing.
class TestHistoryChart final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runs_atUnevenTimes_areSpacedByTheirStartTime();
    void runs_atTheSameTime_stillSpreadAcross();
    void rehearsing_noRuns_saysRehearsalsAreNotKept();
};

void TestHistoryChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestHistoryChart::runs_atUnevenTimes_areSpacedByTheirStartTime()
{
    // A run a minute, then a four-minute stall, then one more: the stall is the widest gap.
    const QDateTime first = QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);
    const QList<gd::RunReport> newestFirst = {
        run(first.addSecs(6 * 60), gd::CheckState::Fail, 30000),
        run(first.addSecs(2 * 60), gd::CheckState::Pass, 400),
        run(first.addSecs(60), gd::CheckState::Pass, 420),
        run(first, gd::CheckState::Pass, 410),
    };
    gd::ui::HistoryChart chart;
    chart.resize(640, 240);
    chart.showRuns(newestFirst);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QList<qreal> positions = chart.runPositions();
    QCOMPARE(positions.size(), 4);
    QCOMPARE(positions.at(0), 0.0);
    QCOMPARE(positions.at(1), 1.0 / 6);
    QCOMPARE(positions.at(2), 2.0 / 6);
    QCOMPARE(positions.at(3), 1.0);
    QCOMPARE(chart.failingSince(), 3);
    // It paints at every size without a crash (the band of the last run included).
    chart.resize(320, 160);
    chart.grab();
}

void TestHistoryChart::runs_atTheSameTime_stillSpreadAcross()
{
    // Runs of one second (or a clock that went back) cannot stack into one point.
    const QDateTime when = QDateTime::fromString(u"2026-12-07T10:00:00Z"_s, Qt::ISODate);
    gd::ui::HistoryChart chart;
    chart.showRuns({run(when, gd::CheckState::Pass, 1), run(when, gd::CheckState::Pass, 1),
                    run(when, gd::CheckState::Pass, 1)});
    QCOMPARE(chart.runPositions(), (QList<qreal>{0.0, 0.5, 1.0}));
    chart.showRuns({run(when, gd::CheckState::Pass, 1)});
    QCOMPARE(chart.runPositions(), QList<qreal>{0.5});
}

void TestHistoryChart::rehearsing_noRuns_saysRehearsalsAreNotKept()
{
    gd::ui::HistoryChart chart;
    chart.showRuns({});
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(accessibleDescription(&chart).contains(u"No runs yet"_s));
    chart.setRehearsing(true);
    QVERIFY(chart.isRehearsing());
    const QString rehearsing = accessibleDescription(&chart);
    QVERIFY2(rehearsing.contains(u"Rehearsal runs are not kept in Recent runs"_s),
             qPrintable(rehearsing));
    QVERIFY2(!rehearsing.contains(u"No runs yet"_s), qPrintable(rehearsing));
    chart.grab();
    chart.setRehearsing(false);
    QVERIFY(accessibleDescription(&chart).contains(u"No runs yet"_s));
}

QTEST_MAIN(TestHistoryChart)
#include "tst_historychart.moc"
