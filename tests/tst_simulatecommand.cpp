#include "clirunner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct ModelsAnswer
{
    int status = -1; // -1: no answer within 5 s
    QByteArray body;
};

// GET models from a simulator, with a fake key, as a client would.
ModelsAnswer askForModels(const QUrl &baseUrl)
{
    QNetworkAccessManager network;
    QNetworkRequest request(baseUrl.resolved(QUrl(u"/v1beta/models"_s)));
    request.setRawHeader("x-goog-api-key", "FAKE-simulate-key");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

} // namespace

class TestSimulateCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void list_printsEveryCategory();
    void simulate_printsOnlyItsUrlThenServes();
    void simulate_unknownScenario_exitsTwoWithTheList();
    void simulate_quiet_printsTheUrlAndNothingElse();
    void simulate_notInTheForeground_saysHowToStopIt();
};

void TestSimulateCommand::list_printsEveryCategory()
{
    const auto run = gd::test::runCli({u"simulate"_s, u"--list"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 58); // the categories of contract section 3, 2026 additions included
    QVERIFY(lines.constFirst().startsWith("ok "));
    QVERIFY(run.out.contains("daily_quota_exhausted"));
}

void TestSimulateCommand::simulate_printsOnlyItsUrlThenServes()
{
    QProcess process;
    process.start(QStringLiteral(GD_BINARY),
                  {u"simulate"_s, u"--scenario"_s, u"invalid_api_key"_s});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QUrl url(QString::fromUtf8(process.readLine().trimmed()));
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    const ModelsAnswer answer = askForModels(url);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.contains("API_KEY_INVALID"));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TestSimulateCommand::simulate_unknownScenario_exitsTwoWithTheList()
{
    const auto run = gd::test::runCli({u"simulate"_s, u"--scenario"_s, u"no_such_thing"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("rate_limited"));
}

void TestSimulateCommand::simulate_quiet_printsTheUrlAndNothingElse()
{
    // Issue 22: started in the background as the README shows, the simulator wrote its banner
    // and a line per request into the terminal that `check` was writing to.
    QProcess process;
    process.start(QStringLiteral(GD_BINARY), {u"simulate"_s, u"--quiet"_s});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QUrl url(QString::fromUtf8(process.readLine().trimmed()));
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(askForModels(url).status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.readAllStandardError(), QByteArray());  // no banner, no request lines
    QCOMPARE(process.readAllStandardOutput(), QByteArray()); // the URL was all
}

void TestSimulateCommand::simulate_notInTheForeground_saysHowToStopIt()
{
    // Not on a terminal's foreground (here: started by a test, like `&` or a script), Ctrl+C
    // cannot reach it: the hint names its process id instead.
    QProcess process;
    process.start(QStringLiteral(GD_BINARY), {u"simulate"_s});
    QVERIFY(process.waitForStarted(5000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Stop"), 5000);
    const QByteArray kill = "kill " + QByteArray::number(process.processId());
    QVERIFY2(err.contains(kill), err.constData());
    QVERIFY2(!err.contains("Ctrl+C"), err.constData());
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "tst_simulatecommand.moc"
