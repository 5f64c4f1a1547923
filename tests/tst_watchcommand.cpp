#include "clirunner.h"
#include "simulator/simulator.h"
#include "simulatorthread.h"
#include "watchprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gd::test::WatchProcess;

namespace {

QByteArray get(const QUrl &url, int *status)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

} // namespace

class TestWatchCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void watch_simulator_printsOneLinePerRun();
    void watchJson_simulator_oneCheckDocumentPerLineWithItsRunNumber();
    void watch_signal_exitsZeroWithinASecond_data();
    void watch_signal_exitsZeroWithinASecond();
    void watch_rateLimited_nextRunWaitsForTheRetryDelay();
    void watch_retryDelay_saidOnlyWhenItMovesTheNextRun_data();
    void watch_retryDelay_saidOnlyWhenItMovesTheNextRun();
    void watchListen_simulator_servesMetricsHealthAndNothingElse();
    void watch_badFlags_exitTwo_data();
    void watch_badFlags_exitTwo();
    void watch_german_printsNoEnglishSentence();

private:
    std::unique_ptr<gd::test::SimulatorThread> m_server;
    // hold: the simulator answers nothing (Simulator::holdAnswers), so a run that has begun
    // cannot end.
    void startSimulator(const QString &scenario, int latencyMs = 0, bool hold = false);
    QString baseUrl() const { return m_server->baseUrl().toString(); }
    QMutex m_requestsMutex;
    QList<qint64> m_requestTimes;
    QElapsedTimer m_clock;
};

void TestWatchCommand::cleanup()
{
    m_server.reset();
}

void TestWatchCommand::startSimulator(const QString &scenario, int latencyMs, bool hold)
{
    m_requestTimes.clear();
    m_clock.start();
    // Serves from its own thread while this thread waits for the process.
    m_server = std::make_unique<gd::test::SimulatorThread>(
        scenario, [this, latencyMs, hold](gd::Simulator &simulator) {
            simulator.setLatencyMs(latencyMs);
            if (hold)
                simulator.holdAnswers();
            // On the simulator's thread, as each request arrives: when, by this test's clock.
            connect(
                &simulator, &gd::Simulator::requestReceived, &simulator,
                [this] {
                    QMutexLocker lock(&m_requestsMutex);
                    m_requestTimes.append(m_clock.elapsed());
                },
                Qt::DirectConnection);
        });
    QVERIFY(m_server->started());
}

void TestWatchCommand::watch_simulator_printsOneLinePerRun()
{
    startSimulator(u"ok"_s);
    WatchProcess watch({u"--base-url"_s, baseUrl()}, 100);
    QVERIFY2(watch.waitForLines(3), watch.err.constData());
    QVERIFY(watch.stopWith(SIGTERM) >= 0);
    QCOMPARE(watch.exitCode(), 0);
    for (int i = 0; i < 3; ++i) {
        const QString line = QString::fromUtf8(watch.lines.at(i));
        QVERIFY2(line.contains(u"run %1: all checks passed"_s.arg(i + 1)), qPrintable(line));
        QVERIFY(line.endsWith(u'\n'));
    }
    QVERIFY(watch.err.contains("Watching"));
    QVERIFY(!watch.err.contains("AIzaFAKE") && !watch.lines.join().contains("AIzaFAKE"));
}

void TestWatchCommand::watchJson_simulator_oneCheckDocumentPerLineWithItsRunNumber()
{
    startSimulator(u"ok"_s);
    WatchProcess watch({u"--base-url"_s, baseUrl(), u"--json"_s}, 50);
    QVERIFY2(watch.waitForLines(4), watch.err.constData());
    QVERIFY(watch.stopWith(SIGTERM) >= 0);
    QCOMPARE(watch.exitCode(), 0);
    for (int i = 0; i < watch.lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(watch.lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"run"_s).toInt(), i + 1);
        QCOMPARE(json.value(u"ok"_s).toBool(), true);
        QCOMPARE(json.value(u"base_url"_s).toString(), baseUrl());
        QCOMPARE(json.value(u"key_hint"_s).toString(), u"…-key"_s);
        QCOMPARE(json.value(u"checks"_s).toArray().size(), 9);
    }
    // The key was read once, from stdin, and never printed.
    QVERIFY(!watch.lines.join().contains("AIzaFAKE"));
}

void TestWatchCommand::watch_signal_exitsZeroWithinASecond_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("duringRun"); // the simulator holds its answers: the run cannot end
    QTest::newRow("SIGTERM between runs") << int(SIGTERM) << false;
    QTest::newRow("SIGINT between runs") << int(SIGINT) << false;
    QTest::newRow("SIGTERM during a run") << int(SIGTERM) << true;
}

void TestWatchCommand::watch_signal_exitsZeroWithinASecond()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, duringRun);
    startSimulator(u"ok"_s, 0, duringRun);
    WatchProcess watch({u"--base-url"_s, baseUrl()}, 60'000);
    if (!duringRun) {
        QVERIFY2(watch.waitForLines(1), watch.err.constData());
    } else { // the first run has begun: its requests reached the simulator, which holds them
        QVERIFY2(QTest::qWaitFor(
                     [this] {
                         QMutexLocker lock(&m_requestsMutex);
                         return !m_requestTimes.isEmpty();
                     },
                     10000),
                 watch.err.constData());
        QCOMPARE(watch.lines.size(), 0);
    }
    const qint64 tookMs = watch.stopWith(signalNumber);
    QVERIFY2(tookMs >= 0, "watch did not stop");
    QCOMPARE(watch.exitCode(), 0);
    QVERIFY2(tookMs < 1000, qPrintable(u"stopping took %1 ms"_s.arg(tookMs)));
    if (duringRun)
        QCOMPARE(watch.lines.size(), 0); // stopped in the middle: no run was ever printed
}

void TestWatchCommand::watch_rateLimited_nextRunWaitsForTheRetryDelay()
{
    // The simulator's 429 carries RetryInfo retryDelay "7s"; the interval is 100 ms.
    startSimulator(u"rate_limited"_s);
    WatchProcess watch({u"--base-url"_s, baseUrl(), u"--json"_s}, 100);
    QVERIFY2(watch.waitForLines(2, 20000), watch.err.constData());
    QVERIFY(watch.stopWith(SIGTERM) >= 0);
    const QJsonObject first = QJsonDocument::fromJson(watch.lines.at(0)).object();
    QCOMPARE(first.value(u"ok"_s).toBool(), false);
    double retryAfter = 0;
    for (const QJsonValue &check : first.value(u"checks"_s).toArray())
        retryAfter =
            std::max(retryAfter, check[u"diagnosis"_s][u"retry_after_seconds"_s].toDouble());
    QCOMPARE(retryAfter, 7.0);
    // Between the last request of the first run and the first of the second, at least the 7 s
    // (requests within a run are milliseconds apart; without the delay, runs would be 100 ms).
    QMutexLocker lock(&m_requestsMutex);
    qint64 longestGap = 0;
    for (qsizetype i = 1; i < m_requestTimes.size(); ++i)
        longestGap = std::max(longestGap, m_requestTimes.at(i) - m_requestTimes.at(i - 1));
    QVERIFY2(longestGap >= 7000, qPrintable(u"longest pause %1 ms"_s.arg(longestGap)));
    QCOMPARE(watch.exitCode(), 0);
}

void TestWatchCommand::watch_retryDelay_saidOnlyWhenItMovesTheNextRun_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<bool>("said");
    QTest::newRow("7 s delay, 100 ms interval") << 100 << true;
    QTest::newRow("7 s delay, 30 s interval") << 30000 << false;
}

void TestWatchCommand::watch_retryDelay_saidOnlyWhenItMovesTheNextRun()
{
    // Issue 22: "the API asked to wait 7 s: the next run waits for that" was printed when the
    // 30 s interval decided anyway.
    QFETCH(int, intervalMs);
    QFETCH(bool, said);
    startSimulator(u"rate_limited"_s); // RetryInfo retryDelay "7s"
    WatchProcess watch({u"--base-url"_s, baseUrl()}, intervalMs);
    QVERIFY2(watch.waitForLines(1, 20000), watch.err.constData());
    QVERIFY(watch.stopWith(SIGTERM) >= 0);
    const QString line = QString::fromUtf8(watch.lines.at(0));
    QVERIFY2(line.contains(u"FAILED"_s), qPrintable(line));
    QCOMPARE(line.contains(u"the API asked to wait 7 s: the next run waits for that"_s), said);
}

void TestWatchCommand::watchListen_simulator_servesMetricsHealthAndNothingElse()
{
    startSimulator(u"ok"_s);
    WatchProcess watch({u"--base-url"_s, baseUrl(), u"--listen"_s, u"127.0.0.1:0"_s}, 60'000);
    const QUrl metrics = watch.metricsUrl();
    QVERIFY2(metrics.isValid(), watch.err.constData());
    QCOMPARE(metrics.host(), u"127.0.0.1"_s);
    QVERIFY2(watch.waitForLines(1), watch.err.constData());
    int status = 0;
    const QByteArray text = get(metrics, &status);
    QCOMPARE(status, 200);
    QVERIFY2(text.contains("gemini_doctor_check_up{check=\"generate\",model=\""), text.constData());
    QVERIFY(text.contains("gemini_doctor_runs_total 1\n"));
    QVERIFY(!text.contains("AIzaFAKE") && !text.contains("-key"));
    QCOMPARE(get(metrics.resolved(QUrl(u"/healthz"_s)), &status), "ok\n"_ba);
    QCOMPARE(status, 200);
    get(metrics.resolved(QUrl(u"/api/v1/query"_s)), &status);
    QCOMPARE(status, 404);
    QVERIFY(watch.stopWith(SIGTERM) >= 0);
    QCOMPARE(watch.exitCode(), 0);
}

void TestWatchCommand::watch_badFlags_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("interval under 30s") << QStringList{u"--interval"_s, u"10s"_s};
    QTest::newRow("interval not a duration") << QStringList{u"--interval"_s, u"soon"_s};
    QTest::newRow("listen without a port") << QStringList{u"--listen"_s, u"127.0.0.1"_s};
    QTest::newRow("listen on a name") << QStringList{u"--listen"_s, u"example.com:9464"_s};
    QTest::newRow("an argument") << QStringList{u"extra"_s};
    QTest::newRow("check's flags are checked") << QStringList{u"--api-version"_s, u"v2"_s};
    QTest::newRow("refused endpoint")
        << QStringList{u"--base-url"_s, u"http://generativelanguage.googleapis.com"_s};
}

void TestWatchCommand::watch_badFlags_exitTwo()
{
    QFETCH(QStringList, arguments);
    const auto run =
        gd::test::runCli(QStringList{u"watch"_s} + arguments + QStringList{u"--key-stdin"_s},
                         "AIzaFAKE-watch-test-key\n", gd::test::watchEnvironment(50), 10000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestWatchCommand::watch_german_printsNoEnglishSentence()
{
    startSimulator(u"overloaded"_s);
    WatchProcess watch({u"--base-url"_s, baseUrl()}, 100, gd::test::germanEnvironment());
    QVERIFY2(watch.waitForLines(2), watch.err.constData());
    QVERIFY(watch.stopWith(SIGTERM) >= 0);
    const QString out = QString::fromUtf8(watch.lines.join());
    QVERIFY2(out.contains(u"Lauf 1: Prüfung generate FEHLGESCHLAGEN: overloaded"_s),
             qPrintable(out));
    QVERIFY2(gd::test::englishLines(out).isEmpty(),
             qPrintable(gd::test::englishLines(out).join(u'\n')));
    const QString err = QString::fromUtf8(watch.err);
    QVERIFY2(gd::test::englishLines(err).isEmpty(),
             qPrintable(gd::test::englishLines(err).join(u'\n')));

    const auto help =
        gd::test::runCli({u"watch"_s, u"--help"_s}, {}, gd::test::germanEnvironment());
    QCOMPARE(help.exitCode, 0);
    const QString helpText = QString::fromUtf8(help.out);
    QVERIFY2(helpText.startsWith(u"Aufruf: gemini-doctor watch"_s), qPrintable(helpText));
    QVERIFY2(gd::test::englishLines(helpText).isEmpty(),
             qPrintable(gd::test::englishLines(helpText).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestWatchCommand)
#include "tst_watchcommand.moc"
