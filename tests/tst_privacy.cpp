#include "clirunner.h"
#include "simulator/simulator.h"
#include "simulatorthread.h"
#include "throwawaykeyring.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// The key goes into the keychain and nowhere else: not into a file under the test's HOME, XDG
// and temporary folders, not into any output, not into any URL the server received.
class TestPrivacy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keySetCheckExplainReport_leaveTheKeyNowhere();
    void check_keyOnTheCommandLine_isNotAnOption();

private:
    QString m_root;
};

void TestPrivacy::initTestCase()
{
    GD_REQUIRE_THROWAWAY_KEYRING();
    m_root = qEnvironmentVariable("GD_SESSION_ROOT");
}

void TestPrivacy::keySetCheckExplainReport_leaveTheKeyNowhere()
{
    const QString key = u"FAKE-leak-probe-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray keyBytes = key.toUtf8();
    const QString profile = u"leak-"_s + key.right(8);
    QList<gd::test::CliRun> runs;

    runs.append(gd::test::runCli({u"key"_s, u"set"_s, u"--profile"_s, profile}, keyBytes + '\n'));
    QCOMPARE(runs.constLast().exitCode, 0);

    // The simulator runs in a thread of its own so this thread can wait for the process.
    auto server = std::make_unique<gd::test::SimulatorThread>();
    QVERIFY(server->started());
    const QString report = QDir(qEnvironmentVariable("TMPDIR", QDir::tempPath()))
                               .filePath(u"report-"_s + profile + u".md"_s);
    runs.append(
        gd::test::runCli({u"check"_s, u"--profile"_s, profile, u"--base-url"_s,
                          server->baseUrl().toString(), u"--json"_s, u"--report"_s, report}));
    QCOMPARE(runs.constLast().exitCode, 0);
    QVERIFY(runs.constLast().out.contains(R"("key_source": "keychain")"));
    runs.append(gd::test::runCli({u"check"_s, u"--profile"_s, profile, u"--base-url"_s,
                                  server->baseUrl().toString(), u"--retries"_s, u"1"_s}));
    QCOMPARE(runs.constLast().exitCode, 0);
    // An error that echoes the key back, as servers and SDKs do.
    runs.append(
        gd::test::runCli({u"explain"_s}, R"({"error":{"code":400,"message":"API key not valid: )" +
                                             keyBytes + R"( (GET /v1beta/models?key=)" + keyBytes +
                                             R"x()","status":"INVALID_ARGUMENT"}})x"));
    QCOMPARE(runs.constLast().exitCode, 1);

    for (const auto &run : std::as_const(runs)) {
        QVERIFY2(!run.out.contains(keyBytes), run.out.constData());
        QVERIFY2(!run.err.contains(keyBytes), run.err.constData());
    }
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QByteArray markdown = reportFile.readAll();
    QVERIFY(markdown.contains("# Gemini Doctor report"));
    QVERIFY(markdown.contains(QString(u"…"_s + key.right(4)).toUtf8()));

    QVERIFY(server->simulator().requests().size() >= 10);
    for (const gd::SimulatedRequest &request : server->simulator().requests()) {
        // In one header each time: x-goog-api-key, or Bearer for the OpenAI-compatible door.
        QVERIFY(request.keyHeaderPresent != request.bearerPresent);
        QCOMPARE(request.bearerPresent, request.url.path().contains(u"/openai/"_s));
        QVERIFY(!request.url.toString(QUrl::FullyEncoded).contains(key));
        QVERIFY(!request.url.toString().contains(key));
    }

    int scanned = 0;
    QDirIterator files(m_root, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        QVERIFY2(!file.readAll().contains(keyBytes), qPrintable(file.fileName()));
    }
    QVERIFY(scanned > 0); // the report and the keyring file at least

    QCOMPARE(gd::test::runCli({u"key"_s, u"delete"_s, u"--profile"_s, profile}).exitCode, 0);
}

void TestPrivacy::check_keyOnTheCommandLine_isNotAnOption()
{
    // A --key flag would put the key in the process list.
    QCOMPARE(gd::test::runCli({u"check"_s, u"--key"_s, u"FAKE-key"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
