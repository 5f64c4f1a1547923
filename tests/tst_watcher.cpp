#include "watch/statechanges.h"
#include "watch/watcher.h"
#include "watchfakes.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gd::CheckState;
using gd::test::checkResult;
using gd::test::report;

namespace {

const gd::RunReport kPassing = report({checkResult(u"generate"_s, CheckState::Pass)});

gd::RunReport rateLimited(double retryAfter)
{
    return report(
        {checkResult(u"generate"_s, CheckState::Fail, gd::Category::RateLimited, retryAfter),
         checkResult(u"stream"_s, CheckState::Fail, gd::Category::RateLimited, retryAfter / 2)});
}

} // namespace

class TestWatcher final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void start_interval_runsAgainAfterTheIntervalNeverOverlapping_data();
    void start_interval_runsAgainAfterTheIntervalNeverOverlapping();
    void start_retryDelay_nextRunWaitsAtLeastThatLong_data();
    void start_retryDelay_nextRunWaitsAtLeastThatLong();
    void runNow_duringRetryDelay_runsWhenTheDelayEnds();
    void start_absurdRetryDelay_nextRunIsStillScheduledWithinADay();
    void runNow_duringRun_doesNotStartASecond();
    void stop_duringRun_cancelsAndRunsNoMore();
    void start_runCannotStart_saysWhyAndTheNextComesOnTime();
    void runFinished_runNumbers_countFromOne();
    void stateChanges_twoRuns_yieldTransitions_data();
    void stateChanges_twoRuns_yieldTransitions();
    void retryAfterSeconds_severalDiagnoses_largestWins();
};

void TestWatcher::start_interval_runsAgainAfterTheIntervalNeverOverlapping_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("runMs");
    QTest::newRow("short runs") << 60 << 10;
    QTest::newRow("runs longer than the interval") << 20 << 70;
    QTest::newRow("instant runs") << 30 << 0;
}

void TestWatcher::start_interval_runsAgainAfterTheIntervalNeverOverlapping()
{
    QFETCH(int, intervalMs);
    QFETCH(int, runMs);
    gd::test::FakeSuiteRunner runner(runMs);
    runner.queue(kPassing);
    gd::Watcher watcher(&runner);
    watcher.setInterval(std::chrono::milliseconds(intervalMs));
    QSignalSpy finished(&watcher, &gd::Watcher::runFinished);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 5, 5000);
    watcher.stop();
    QCOMPARE(runner.maxConcurrent, 1);
    for (int i = 1; i < runner.ends.size(); ++i) {
        QVERIFY2(runner.starts.at(i) >= runner.ends.at(i - 1),
                 "a run started before the last ended");
        // From start to start: the interval, or the run's own length when that is longer. The
        // fake notes its start microseconds after the watcher's clock starts, which whole
        // milliseconds can round to one less.
        QVERIFY2(
            runner.starts.at(i) - runner.starts.at(i - 1) >= intervalMs - 1,
            qPrintable(u"runs %1 ms apart"_s.arg(runner.starts.at(i) - runner.starts.at(i - 1))));
    }
}

void TestWatcher::start_retryDelay_nextRunWaitsAtLeastThatLong_data()
{
    QTest::addColumn<double>("retryAfter");
    QTest::newRow("no delay") << 0.0;
    QTest::newRow("a quarter second") << 0.25;
    QTest::newRow("longer than the interval several times") << 0.4;
}

void TestWatcher::start_retryDelay_nextRunWaitsAtLeastThatLong()
{
    QFETCH(double, retryAfter);
    constexpr int intervalMs = 20;
    gd::test::FakeSuiteRunner runner(5);
    runner.queue(retryAfter > 0 ? rateLimited(retryAfter) : kPassing);
    runner.queue(kPassing);
    gd::Watcher watcher(&runner);
    watcher.setInterval(std::chrono::milliseconds(intervalMs));
    QSignalSpy finished(&watcher, &gd::Watcher::runFinished);
    QSignalSpy delayEnded(&watcher, &gd::Watcher::retryDelayEnded);
    qint64 delayEndedAt = -1;
    connect(&watcher, &gd::Watcher::retryDelayEnded, this, [&] { delayEndedAt = runner.now(); });
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 5000);
    watcher.stop();
    const qint64 gap = runner.starts.at(1) - runner.ends.at(0);
    QVERIFY2(gap >= qint64(retryAfter * 1000), qPrintable(u"waited %1 ms"_s.arg(gap)));
    if (retryAfter > 0) {
        QCOMPARE(delayEnded.size(), 1);
        QVERIFY(delayEndedAt <= runner.starts.at(1));
        QCOMPARE(finished.at(0).at(0).value<gd::RunReport>().checks.size(), 2);
    } else {
        QCOMPARE(delayEnded.size(), 0);
        QVERIFY2(gap < 250, qPrintable(u"waited %1 ms without a delay"_s.arg(gap)));
    }
}

void TestWatcher::runNow_duringRetryDelay_runsWhenTheDelayEnds()
{
    gd::test::FakeSuiteRunner runner(5);
    runner.queue(rateLimited(0.3));
    runner.queue(kPassing);
    gd::Watcher watcher(&runner);
    watcher.setInterval(1h); // only Run now can start the second run
    QSignalSpy finished(&watcher, &gd::Watcher::runFinished);
    watcher.start();
    QVERIFY(finished.wait(2000));
    QVERIFY(watcher.retryDelayRemainingMs() > 0);
    watcher.runNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 3000);
    QVERIFY(runner.starts.at(1) - runner.ends.at(0) >= 300);
}

void TestWatcher::start_absurdRetryDelay_nextRunIsStillScheduledWithinADay()
{
    // Issue 19: a retryDelay of 3000000s (35 days) overflowed a timer's int milliseconds; Qt said
    // "Timers cannot have negative intervals" and the watch never ran again.
    QTest::failOnWarning(QRegularExpression(u"negative"_s));
    gd::test::FakeSuiteRunner runner(5);
    runner.queue(rateLimited(3'000'000.0));
    gd::Watcher watcher(&runner);
    watcher.setInterval(1min);
    QSignalSpy finished(&watcher, &gd::Watcher::runFinished);
    watcher.start();
    QVERIFY(finished.wait(2000));
    constexpr qint64 day = 24 * 3600 * 1000;
    QVERIFY2(watcher.nextRunInMs() > day - 60'000 && watcher.nextRunInMs() <= day,
             qPrintable(QString::number(watcher.nextRunInMs())));
    QVERIFY(watcher.retryDelayRemainingMs() <= day);
    QCOMPARE(gd::retryWaitMs(finished.at(0).at(0).value<gd::RunReport>()), day);
    watcher.stop();
}

void TestWatcher::runNow_duringRun_doesNotStartASecond()
{
    gd::test::FakeSuiteRunner runner(100);
    runner.queue(kPassing);
    gd::Watcher watcher(&runner);
    watcher.setInterval(1h);
    QSignalSpy finished(&watcher, &gd::Watcher::runFinished);
    watcher.start();
    QTRY_VERIFY(watcher.isRunning());
    watcher.runNow();
    watcher.runNow();
    QVERIFY(finished.wait(2000));
    QCOMPARE(runner.maxConcurrent, 1);
    QCOMPARE(runner.starts.size(), 1); // Run now during a run asks for nothing more
}

void TestWatcher::stop_duringRun_cancelsAndRunsNoMore()
{
    gd::test::FakeSuiteRunner runner(200);
    runner.queue(kPassing);
    gd::Watcher watcher(&runner);
    watcher.setInterval(10ms);
    QSignalSpy watching(&watcher, &gd::Watcher::watchingChanged);
    watcher.start();
    QTRY_VERIFY(watcher.isRunning());
    watcher.stop();
    QCOMPARE(runner.cancels, 1);
    QVERIFY(!watcher.isWatching());
    QCOMPARE(watcher.nextRunInMs(), -1); // no run scheduled: none can come
    QCOMPARE(runner.starts.size(), 1);
    QCOMPARE(watching.size(), 2);
    QCOMPARE(watching.at(1).at(0).toBool(), false);
}

void TestWatcher::start_runCannotStart_saysWhyAndTheNextComesOnTime()
{
    gd::test::FakeSuiteRunner runner(1);
    runner.queue(kPassing);
    runner.skipNext(u"no key"_s);
    gd::Watcher watcher(&runner);
    watcher.setInterval(150ms);
    QSignalSpy skipped(&watcher, &gd::Watcher::runSkipped);
    QSignalSpy finished(&watcher, &gd::Watcher::runFinished);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(skipped.size(), 1, 1000); // the watcher is never left waiting
    QCOMPARE(skipped.at(0).at(0).toString(), u"no key"_s);
    QVERIFY(!watcher.isRunning());
    QVERIFY(watcher.nextRunInMs() > 0); // the next run is scheduled all the same
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QCOMPARE(watcher.runCount(), 1); // the skipped one is not counted
    QCOMPARE(runner.starts.size(), 2);
    QVERIFY2(runner.starts.at(1) - runner.starts.at(0) >= 140, "the interval, not sooner");
}

void TestWatcher::runFinished_runNumbers_countFromOne()
{
    gd::test::FakeSuiteRunner runner(1);
    runner.queue(kPassing);
    runner.queue(rateLimited(0.01));
    runner.queue(kPassing);
    gd::Watcher watcher(&runner);
    watcher.setInterval(5ms);
    QSignalSpy finished(&watcher, &gd::Watcher::runFinished);
    // Those who hear of a run can already say when the next one is (the desktop's status line).
    QList<qint64> nextRunIn;
    connect(&watcher, &gd::Watcher::runFinished, this,
            [&] { nextRunIn.append(watcher.nextRunInMs()); });
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 3000);
    for (const qint64 next : std::as_const(nextRunIn))
        QVERIFY(next >= 0);
    watcher.stop();
    QCOMPARE(finished.at(0).at(1).toInt(), 1);
    QCOMPARE(finished.at(1).at(1).toInt(), 2);
    QCOMPARE(finished.at(2).at(1).toInt(), 3);
    // The first run reports nothing that works; the second that generate broke and that stream,
    // new in that run, fails.
    QCOMPARE(finished.at(0).at(2).value<QList<gd::StateChange>>().size(), 0);
    const auto broke = finished.at(1).at(2).value<QList<gd::StateChange>>();
    QCOMPARE(broke.size(), 2);
    QCOMPARE(broke.at(0).checkId, u"generate"_s);
    QCOMPARE(broke.at(1).checkId, u"stream"_s);
    QVERIFY(broke.at(0).broke() && broke.at(1).broke());
    QCOMPARE(broke.at(0).before, CheckState::Pass);
    QCOMPARE(broke.at(1).before, CheckState::Pending);
    QCOMPARE(watcher.runCount(), int(finished.size()));
}

void TestWatcher::stateChanges_twoRuns_yieldTransitions_data()
{
    QTest::addColumn<gd::RunReport>("before");
    QTest::addColumn<gd::RunReport>("after");
    QTest::addColumn<QStringList>("changed"); // "id:before>after"
    const auto one = [](CheckState state, std::optional<gd::Category> category = std::nullopt) {
        return report({checkResult(u"stream"_s, state, category)});
    };
    QTest::newRow("still passing")
        << one(CheckState::Pass) << one(CheckState::Pass) << QStringList();
    QTest::newRow("pass to warn is still up")
        << one(CheckState::Pass) << one(CheckState::Warn, gd::Category::PromptBlocked)
        << QStringList();
    QTest::newRow("breaks") << one(CheckState::Pass)
                            << one(CheckState::Fail, gd::Category::Overloaded)
                            << QStringList{u"stream:pass>fail"_s};
    QTest::newRow("works again") << one(CheckState::Fail, gd::Category::Overloaded)
                                 << one(CheckState::Pass) << QStringList{u"stream:fail>pass"_s};
    QTest::newRow("fails for another reason")
        << one(CheckState::Fail, gd::Category::Overloaded)
        << one(CheckState::Fail, gd::Category::RateLimited) << QStringList{u"stream:fail>fail"_s};
    QTest::newRow("same failure") << one(CheckState::Fail, gd::Category::Overloaded)
                                  << one(CheckState::Fail, gd::Category::Overloaded)
                                  << QStringList();
    QTest::newRow("skipped counts as down") << one(CheckState::Pass) << one(CheckState::Skipped)
                                            << QStringList{u"stream:pass>skipped"_s};
}

void TestWatcher::stateChanges_twoRuns_yieldTransitions()
{
    QFETCH(gd::RunReport, before);
    QFETCH(gd::RunReport, after);
    QFETCH(QStringList, changed);
    QStringList seen;
    for (const gd::StateChange &change : gd::stateChanges(&before, after)) {
        seen.append(change.checkId + u':' + gd::checkStateId(change.before) + u'>' +
                    gd::checkStateId(change.after));
        QCOMPARE(change.worksAgain(), gd::checkHealth(change.after) == gd::CheckHealth::Up);
    }
    QCOMPARE(seen, changed);
}

void TestWatcher::retryAfterSeconds_severalDiagnoses_largestWins()
{
    QCOMPARE(gd::retryAfterSeconds(rateLimited(7.0)), 7.0);
    QCOMPARE(gd::retryAfterSeconds(kPassing), 0.0);
}

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
