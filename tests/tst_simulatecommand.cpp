#include "clirunner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimulateCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void list_printsEveryCategory();
    void simulate_printsOnlyItsUrlThenServes();
    void simulate_unknownScenario_exitsTwoWithTheList();
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
    QNetworkAccessManager network;
    QNetworkRequest request(url.resolved(QUrl(u"/v1beta/models"_s)));
    request.setRawHeader("x-goog-api-key", "FAKE-simulate-key");
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("API_KEY_INVALID"));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TestSimulateCommand::simulate_unknownScenario_exitsTwoWithTheList()
{
    const auto run = gd::test::runCli({u"simulate"_s, u"--scenario"_s, u"no_such_thing"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("rate_limited"));
}

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "tst_simulatecommand.moc"
