#include "clirunner.h"
#include "simulator/simulator.h"
#include "simulatorthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment withoutKeys()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"GEMINI_API_KEY"_s);
    environment.remove(u"GOOGLE_API_KEY"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: fast, and none of ours
    environment.insert(u"GEMINI_DOCTOR_KEYCHAIN_TIMEOUT_MS"_s, u"500"_s);
    return environment;
}

// The key a person pasted inside the request, and the tool's own: both obviously fake.
QString pastedKey()
{
    return u"AIza"_s + u"FAKE"_s.repeated(8) + u"PST"_s;
}
const QByteArray kToolKey = "FAKE-tool-key-4321";

const QByteArray kAssistantTurn =
    R"({"contents": [{"role": "user", "parts": [{"text": "Hi"}]}, {"role": "assistant", "parts": [{"text": "Hello"}]}, {"role": "user", "parts": [{"text": "More"}]}]})";
const QByteArray kClean =
    R"({"contents": [{"role": "user", "parts": [{"text": "Reply with OK."}]}]})";

} // namespace

class TestInspectCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void inspect_exitCodeFollowsTheFindings_data();
    void inspect_exitCodeFollowsTheFindings();
    void inspect_json_hasTheContractFields();
    void inspect_notARequest_exitsTwoWithOneSentence_data();
    void inspect_notARequest_exitsTwoWithOneSentence();
    void inspect_fix_printsEachChangeAndTheFixedRequest();
    void inspect_pastedKey_appearsInNoOutputAndNoRequest();
    void inspect_withoutSend_sendsNothing();
    void inspect_send_theRequestArrivesAsPastedWithTheToolsKey();
    void inspect_send_answerDiagnosisDecidesTheExitCode();
    void inspect_send_neverToAnotherHostWithTheKey();
    void inspect_german_printsNoEnglishSentence();

private:
    QString writeFile(const QByteArray &content);
    void startSimulator(const QString &scenario);
    std::unique_ptr<gd::test::SimulatorThread> m_server;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestInspectCommand::cleanup()
{
    m_server.reset();
}

QString TestInspectCommand::writeFile(const QByteArray &content)
{
    const QString path = m_dir.filePath(u"request-%1.txt"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestInspectCommand::startSimulator(const QString &scenario)
{
    m_server = std::make_unique<gd::test::SimulatorThread>(scenario);
    QVERIFY(m_server->started());
}

void TestInspectCommand::inspect_exitCodeFollowsTheFindings_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("clean") << kClean << 0;
    QTest::newRow("an assistant turn") << kAssistantTurn << 1;
    QTest::newRow("only a warning (speech model without a voice)")
        << QByteArray(
               R"({"model": "gemini-3.8-flash-tts", "contents": [{"parts": [{"text": "Hi"}]}],
                         "generationConfig": {"responseModalities": ["AUDIO"]}})")
        << 0;
}

void TestInspectCommand::inspect_exitCodeFollowsTheFindings()
{
    QFETCH(QByteArray, request);
    QFETCH(int, exitCode);
    const auto run = gd::test::runCli({u"inspect"_s}, request, withoutKeys());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.startsWith("Read: a generateContent body"));
}

void TestInspectCommand::inspect_json_hasTheContractFields()
{
    const auto run =
        gd::test::runCli({u"inspect"_s, u"--json"_s, u"--model"_s, u"gemini-3.6-flash"_s},
                         kAssistantTurn, withoutKeys());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"input_kind"_s).toString(), u"generate_content"_s);
    QCOMPARE(json.value(u"method"_s).toString(), u"generateContent"_s);
    QCOMPARE(json.value(u"model"_s).toString(), u"gemini-3.6-flash"_s);
    QCOMPARE(json.value(u"model_source"_s).toString(), u"option"_s);
    QCOMPARE(json.value(u"key_found"_s).toBool(), false);
    QVERIFY(json.value(u"fixed"_s).isNull());
    QVERIFY(json.value(u"diagnosis"_s).isNull());
    const QJsonArray findings = json.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.first().toObject();
    QCOMPARE(finding.value(u"category"_s).toString(), u"history_invalid"_s);
    QCOMPARE(finding.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(finding.value(u"path"_s).toString(), u"/contents/1/role"_s);
    QVERIFY(finding.value(u"message"_s).toString().contains(u"assistant"_s));
    QVERIFY(!finding.value(u"fix"_s).toString().isEmpty());
}

void TestInspectCommand::inspect_notARequest_exitsTwoWithOneSentence_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("words");
    QTest::newRow("prose") << QByteArray("please fix my code") << QStringList()
                           << u"neither a JSON request body nor a curl command"_s;
    QTest::newRow("empty") << QByteArray() << QStringList() << u"The input is empty"_s;
    QTest::newRow("an error body") << QByteArray(R"({"error": {"code": 400}})") << QStringList()
                                   << u"not a Gemini API request"_s;
    QTest::newRow("--send without a model")
        << kClean << QStringList{u"--send"_s} << u"--send needs the model"_s;
    QTest::newRow("--key-stdin with the request on stdin")
        << kClean << QStringList{u"--send"_s, u"--key-stdin"_s} << u"give the request as a FILE"_s;
    QTest::newRow("--send of a Live session")
        << QByteArray(R"({"setup": {"model": "models/gemini-3.8-live"}})")
        << QStringList{u"--send"_s} << u"--send sends one request"_s;
    // A valid body behind 16 MiB of spaces: too large to be one request, said so, never cut.
    QTest::newRow("larger than 16 MiB")
        << QByteArray(16 * 1024 * 1024, ' ') + kClean << QStringList() << u"larger than 16 MiB"_s;
}

void TestInspectCommand::inspect_notARequest_exitsTwoWithOneSentence()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, arguments);
    QFETCH(QString, words);
    const auto run = gd::test::runCli(QStringList{u"inspect"_s} + arguments, input, withoutKeys());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err).trimmed();
    QVERIFY2(err.contains(words), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 0);
}

void TestInspectCommand::inspect_fix_printsEachChangeAndTheFixedRequest()
{
    const auto run =
        gd::test::runCli({u"inspect"_s, u"--fix"_s, u"--json"_s}, kAssistantTurn, withoutKeys());
    QCOMPARE(run.exitCode, 1); // the request as pasted is still refused
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[u"fixed"_s][u"contents"_s][1][u"role"_s].toString(), u"model"_s);
    QCOMPARE(json[u"changes"_s][0][u"path"_s].toString(), u"/contents/1/role"_s);
    const auto human = gd::test::runCli({u"inspect"_s, u"--fix"_s}, kAssistantTurn, withoutKeys());
    const QString out = QString::fromUtf8(human.out);
    QVERIFY2(out.contains(
                 u"Safe fixes applied:\n  /contents/1/role  Turn 1: role “assistant” → “model”."_s),
             qPrintable(out));
    QVERIFY(out.contains(u"\"role\": \"model\""_s));
}

void TestInspectCommand::inspect_pastedKey_appearsInNoOutputAndNoRequest()
{
    startSimulator(u"ok"_s);
    const QString command = u"curl '"_s + m_server->baseUrl().toString() +
                            u"/v1beta/models/gemini-3.6-flash:generateContent?key="_s +
                            pastedKey() + u"' -H 'x-goog-api-key: "_s + pastedKey() + u"' -d '"_s +
                            QString::fromUtf8(kAssistantTurn) + u"'"_s;
    const QString file = writeFile(command.toUtf8());
    for (const QStringList &flags : {QStringList{u"--json"_s}, QStringList{u"--fix"_s},
                                     QStringList{u"--send"_s, u"--json"_s}}) {
        const auto run = gd::test::runCli(QStringList{u"inspect"_s} + flags +
                                              QStringList{u"--key-stdin"_s, file},
                                          kToolKey + QByteArray("\n"), withoutKeys());
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        QVERIFY(!run.out.contains(pastedKey().toUtf8()));
        QVERIFY(!run.err.contains(pastedKey().toUtf8()));
        if (flags.contains(u"--json"_s))
            QVERIFY(QJsonDocument::fromJson(run.out)[u"key_found"_s].toBool());
        else
            QVERIFY(run.out.contains("A key was in the paste: it was left out"));
    }
    // The pasted key went nowhere; the tool's own key went with every request.
    const QString pastedHint = u"…"_s + pastedKey().right(4);
    for (const gd::SimulatedRequest &seen : m_server->simulator().requests()) {
        QVERIFY(!seen.url.toString().contains(pastedKey()));
        QVERIFY(!seen.body.contains(pastedKey().toUtf8()));
        QCOMPARE(seen.keyHint, u"…4321"_s);
        QVERIFY(seen.keyHint != pastedHint);
    }
    QVERIFY(!m_server->simulator().requests().isEmpty());
    // No file next to the request holds it either: inspect writes none.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), m_files);
}

void TestInspectCommand::inspect_withoutSend_sendsNothing()
{
    startSimulator(u"ok"_s);
    const QString command = u"curl "_s + m_server->baseUrl().toString() +
                            u"/v1beta/models/gemini-3.6-flash:generateContent -d '"_s +
                            QString::fromUtf8(kClean) + u"'"_s;
    const QString file = writeFile(command.toUtf8());
    const auto run = gd::test::runCli({u"inspect"_s, u"--fix"_s, file}, {}, withoutKeys());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->simulator().requests().size(), 0);
}

void TestInspectCommand::inspect_send_theRequestArrivesAsPastedWithTheToolsKey()
{
    startSimulator(u"ok"_s);
    const QString file = writeFile(kClean);
    const auto run = gd::test::runCli({u"inspect"_s, u"--send"_s, u"--json"_s, u"--model"_s,
                                       u"gemini-3.6-flash"_s, u"--base-url"_s,
                                       m_server->baseUrl().toString(), u"--key-stdin"_s, file},
                                      kToolKey + QByteArray("\n"), withoutKeys());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[u"diagnosis"_s][u"category"_s].toString(), u"ok"_s);
    QCOMPARE(json[u"sent"_s][u"http_status"_s].toInt(), 200);
    const QList<gd::SimulatedRequest> requests = m_server->simulator().requests();
    QCOMPARE(requests.size(), 2); // the key's free model list, then the request
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    const gd::SimulatedRequest &sent = requests.at(1);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url.path(), u"/v1beta/models/gemini-3.6-flash:generateContent"_s);
    QCOMPARE(QJsonDocument::fromJson(sent.body), QJsonDocument::fromJson(kClean));
    QVERIFY(sent.keyHeaderPresent);
    QCOMPARE(sent.keyHint, u"…4321"_s);
}

void TestInspectCommand::inspect_send_answerDiagnosisDecidesTheExitCode()
{
    startSimulator(u"history_invalid"_s);
    const QString file = writeFile(kClean);
    const auto run =
        gd::test::runCli({u"inspect"_s, u"--send"_s, u"--model"_s, u"gemini-3.6-flash"_s,
                          u"--base-url"_s, m_server->baseUrl().toString(), u"--key-stdin"_s, file},
                         kToolKey + QByteArray("\n"), withoutKeys());
    QCOMPARE(run.exitCode, 1); // nothing found in the request, but the API refused it
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Nothing the API would refuse was found."_s), qPrintable(out));
    QVERIFY2(out.contains(u"Sent the request, as pasted, to "_s), qPrintable(out));
    QVERIFY2(out.contains(u"[history_invalid]"_s), qPrintable(out));
}

void TestInspectCommand::inspect_send_neverToAnotherHostWithTheKey()
{
    const QString file =
        writeFile(QByteArray("curl https://gemini-proxy.example.com/v1beta/models/gemini-3.6-flash:"
                             "generateContent -d '") +
                  kClean + QByteArray("'"));
    const auto run = gd::test::runCli({u"inspect"_s, u"--send"_s, u"--key-stdin"_s, file},
                                      kToolKey + QByteArray("\n"), withoutKeys());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("gemini-proxy.example.com, not to Google's API"),
             run.err.constData());
}

void TestInspectCommand::inspect_german_printsNoEnglishSentence()
{
    const auto run =
        gd::test::runCli({u"inspect"_s, u"--fix"_s, u"--model"_s, u"gemini-2.5-flash"_s},
                         kAssistantTurn, gd::test::germanEnvironment());
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Rolle „assistant“"_s), qPrintable(out));
    // The request itself (JSON) is the person's own words, and stays as it is.
    const QString prose = out.left(out.indexOf(u'{'));
    const QStringList english = gd::test::englishLines(prose);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"
