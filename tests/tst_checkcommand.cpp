#include "clirunner.h"
#include "diagnosis/modelknowledge.h"
#include "simulatedmodels.h"
#include "simulator/simulator.h"
#include "simulatorthread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The environment of a run that must not find a key anywhere but where the test puts it.
QProcessEnvironment withoutKeys()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"GEMINI_API_KEY"_s);
    environment.remove(u"GOOGLE_API_KEY"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: fast, and none of ours
    environment.insert(u"GEMINI_DOCTOR_KEYCHAIN_TIMEOUT_MS"_s, u"500"_s);
    return environment;
}

} // namespace

class TestCheckCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void check_scenario_exitCodeAndJsonFollowTheContract_data();
    void check_scenario_exitCodeAndJsonFollowTheContract();
    void check_keyFromEnvironment_namesTheSourceAndWarnsOnConflict();
    void check_noKeyAnywhere_exitsTwoWithHelp();
    void check_refusedEndpoint_exitsTwo();
    void check_badFlags_exitTwo();
    void check_german_printsNoEnglishSentence_data();
    void check_german_printsNoEnglishSentence();
    void checkHelp_german_isGerman();
    void topLevelHelp_german_keepsNoEnglishPlaceholder();
    void check_checksList_runsThoseAndWhatTheyNeed();
    void check_checksList_unknownId_exitsTwo();
    void check_allModels_json_oneRowPerListedModelExitCodeFromTheChecks_data();
    void check_allModels_json_oneRowPerListedModelExitCodeFromTheChecks();
    void check_allModels_human_saysTheCostThenShowsTheTable();
    void check_allModels_german_printsNoEnglishSentence();
    void check_routedModelNamed_warnsWithWhoAnsweredAndSinceWhen();
    void check_hostileServer_itsEscapesAreShownNeverObeyed();
    void check_baseUrlWithSecrets_leavesThemOutSaysSoAndSendsNone();

private:
    std::unique_ptr<gd::test::SimulatorThread> m_server;
    void startSimulator(const QString &scenario);
};

void TestCheckCommand::cleanup()
{
    m_server.reset();
}

void TestCheckCommand::startSimulator(const QString &scenario)
{
    // Serves from its own thread while this thread waits for the process.
    m_server = std::make_unique<gd::test::SimulatorThread>(scenario);
    QVERIFY(m_server->started());
}

void TestCheckCommand::check_scenario_exitCodeAndJsonFollowTheContract_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("failingCheck");
    QTest::newRow("ok") << u"ok"_s << 0 << QString();
    QTest::newRow("warning only") << u"prompt_blocked"_s << 0 << u"generate"_s;
    QTest::newRow("invalid key") << u"invalid_api_key"_s << 1 << u"key"_s;
    QTest::newRow("daily quota") << u"daily_quota_exhausted"_s << 1 << u"generate"_s;
    QTest::newRow("another model answers") << u"model_routed"_s << 0 << u"generate"_s;
    QTest::newRow("a schema keyword") << u"schema_unsupported"_s << 1 << u"count_tokens"_s;
}

void TestCheckCommand::check_scenario_exitCodeAndJsonFollowTheContract()
{
    QFETCH(QString, scenario);
    QFETCH(int, exitCode);
    QFETCH(QString, failingCheck);
    startSimulator(scenario);
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                                       u"--key-stdin"_s, u"--json"_s},
                                      "FAKE-check-key-9876\n", withoutKeys());
    QCOMPARE(run.exitCode, exitCode);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"ok"_s).toBool(), exitCode == 0);
    QCOMPARE(json.value(u"base_url"_s).toString(), m_server->baseUrl().toString());
    QCOMPARE(json.value(u"api_version"_s).toString(), u"v1beta"_s);
    // No --model: the data's first choice, which the simulated key lists; the reason says whether
    // the key's list was read.
    QCOMPARE(json.value(u"model"_s).toString(),
             gd::ModelKnowledge::builtIn().testPreference().value(0));
    QVERIFY(json.value(u"model_reason"_s).toString() == u"listed"_s ||
            json.value(u"model_reason"_s).toString() == u"data"_s);
    QCOMPARE(json.value(u"key_source"_s).toString(), u"stdin"_s);
    QCOMPARE(json.value(u"key_hint"_s).toString(), u"…9876"_s);
    QVERIFY(QDateTime::fromString(json.value(u"started_at"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(json.value(u"total_ms"_s).isDouble());
    const QJsonArray checks = json.value(u"checks"_s).toArray();
    QStringList ids;
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        ids.append(check.value(u"id"_s).toString());
        const QString state = check.value(u"state"_s).toString();
        QVERIFY(QStringList({u"pass"_s, u"warn"_s, u"fail"_s, u"skipped"_s}).contains(state));
        QVERIFY(check.value(u"ms"_s).isDouble());
        QCOMPARE(check.contains(u"diagnosis"_s), state == u"warn"_s || state == u"fail"_s);
        if (check.value(u"id"_s).toString() == failingCheck) {
            QCOMPARE(check.value(u"diagnosis"_s).toObject().value(u"category"_s).toString(),
                     scenario);
            QVERIFY(check.value(u"timings"_s).toObject().contains(u"ttfb_ms"_s));
            QVERIFY(check.value(u"http_status"_s).isDouble());
        }
    }
    QCOMPARE(ids, QStringList({u"dns"_s, u"connect"_s, u"key"_s, u"model"_s, u"count_tokens"_s,
                               u"generate"_s, u"stream"_s, u"openai_compat"_s, u"live"_s}));
    QVERIFY(!run.out.contains("FAKE-check-key-9876"));
    QVERIFY(!json.contains(u"models"_s)); // only with --all-models
}

void TestCheckCommand::check_keyFromEnvironment_namesTheSourceAndWarnsOnConflict()
{
    startSimulator(u"ok"_s);
    QProcessEnvironment environment = withoutKeys();
    environment.insert(u"GEMINI_API_KEY"_s, u"FAKE-gemini-1111"_s);
    environment.insert(u"GOOGLE_API_KEY"_s, u"FAKE-google-2222"_s);
    const auto run =
        gd::test::runCli({u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(), u"--json"_s},
                         {}, environment);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"key_source"_s).toString(), u"GEMINI_API_KEY"_s);
    QCOMPARE(json.value(u"key_hint"_s).toString(), u"…1111"_s);
    QVERIFY(run.err.contains("both set and differ"));
}

void TestCheckCommand::check_noKeyAnywhere_exitsTwoWithHelp()
{
    const auto run = gd::test::runCli({u"check"_s}, {}, withoutKeys());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("gemini-doctor key set"));
    QVERIFY(run.err.contains("https://aistudio.google.com/api-keys"));
}

void TestCheckCommand::check_refusedEndpoint_exitsTwo()
{
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s,
                                       u"http://generativelanguage.googleapis.com"_s,
                                       u"--key-stdin"_s, u"--json"_s},
                                      "FAKE-key\n", withoutKeys());
    QCOMPARE(run.exitCode, 2);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonObject dns = json.value(u"checks"_s).toArray().at(0).toObject();
    QCOMPARE(dns.value(u"diagnosis"_s).toObject().value(u"category"_s).toString(),
             u"insecure_endpoint"_s);
}

void TestCheckCommand::check_badFlags_exitTwo()
{
    for (const QStringList &arguments :
         {QStringList{u"check"_s, u"--api-version"_s, u"v2"_s},
          QStringList{u"check"_s, u"--timeout"_s, u"-1"_s},
          QStringList{u"check"_s, u"--retries"_s, u"many"_s}, QStringList{u"check"_s, u"extra"_s},
          QStringList{u"check"_s, u"--base-url"_s, u"not a url"_s}}) {
        QCOMPARE(gd::test::runCli(arguments, "FAKE\n", withoutKeys()).exitCode, 2);
    }
    QCOMPARE(gd::test::runCli({u"check"_s, u"--help"_s}).exitCode, 0);
    // Issue 19: a key piped in past 64 KiB was cut to 64 KiB and used; it is refused whole.
    startSimulator(u"ok"_s);
    const QByteArray longKey = "FAKE-" + QByteArray(70 * 1024, 'k') + "\n";
    const auto run = gd::test::runCli(
        {u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(), u"--key-stdin"_s}, longKey,
        withoutKeys());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("more than 64 KiB"), run.err.constData());
    QVERIFY(m_server->simulator().requests().isEmpty());
}

void TestCheckCommand::check_german_printsNoEnglishSentence_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("passing") << u"ok"_s;
    QTest::newRow("rate limited") << u"rate_limited"_s;
    QTest::newRow("retired model list") << u"model_retired"_s;
}

void TestCheckCommand::check_german_printsNoEnglishSentence()
{
    QFETCH(QString, scenario);
    startSimulator(scenario);
    QProcessEnvironment environment = withoutKeys();
    const QProcessEnvironment german = gd::test::germanEnvironment();
    environment.insert(u"LANG"_s, german.value(u"LANG"_s));
    const auto run = gd::test::runCli(
        {u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(), u"--key-stdin"_s},
        "FAKE-check-key-9876\n", environment);
    QVERIFY(run.finished);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Modell: "_s), qPrintable(out));
    const QStringList english = gd::test::englishLines(out);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
}

void TestCheckCommand::checkHelp_german_isGerman()
{
    const auto run = gd::test::runCli({u"check"_s, u"--help"_s}, {}, gd::test::germanEnvironment());
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"Aufruf: gemini-doctor check"_s), qPrintable(out));
    QVERIFY2(gd::test::englishLines(out).isEmpty(),
             qPrintable(gd::test::englishLines(out).join(u'\n')));
}

void TestCheckCommand::topLevelHelp_german_keepsNoEnglishPlaceholder()
{
    // Issue 22: the top-level --help kept "[OPTIONS]", "<command>" and "COMMAND --help" in
    // English while the commands' help said "[Optionen]".
    const auto run = gd::test::runCli({u"--help"_s}, {}, gd::test::germanEnvironment());
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"Aufruf: gemini-doctor [Optionen]"_s), qPrintable(out));
    for (const QString &english : {u"[OPTIONS]"_s, u"<command>"_s, u"COMMAND"_s})
        QVERIFY2(!out.contains(english), qPrintable(english + u" in:\n"_s + out));
}

void TestCheckCommand::check_checksList_runsThoseAndWhatTheyNeed()
{
    startSimulator(u"ok"_s);
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                                       u"--key-stdin"_s, u"--json"_s, u"--checks"_s, u"generate"_s},
                                      "FAKE-check-key-9876\n", withoutKeys());
    QCOMPARE(run.exitCode, 0);
    QStringList ids;
    for (const QJsonValue &check : QJsonDocument::fromJson(run.out)["checks"_L1].toArray())
        ids.append(check["id"_L1].toString());
    // generate needs the host resolved, and the key check, whose list chooses the model.
    QCOMPARE(ids, QStringList({u"dns"_s, u"key"_s, u"generate"_s}));
    int streamed = 0;
    for (const gd::SimulatedRequest &request : m_server->simulator().requests())
        streamed += request.url.path().contains(u"streamGenerateContent"_s) ? 1 : 0;
    QCOMPARE(streamed, 0);
}

void TestCheckCommand::check_checksList_unknownId_exitsTwo()
{
    startSimulator(u"ok"_s);
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                                       u"--key-stdin"_s, u"--checks"_s, u"dns,warp_drive"_s},
                                      "FAKE-check-key-9876\n", withoutKeys());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("warp_drive"), run.err.constData());
    QVERIFY(run.err.contains("count_tokens"));
}

void TestCheckCommand::check_allModels_json_oneRowPerListedModelExitCodeFromTheChecks_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("listed");
    // Listed models that fail do not fail the run: the tested model works (README).
    QTest::newRow("ok, some models fail") << u"ok"_s << 0 << true;
    QTest::newRow("key refused: no list") << u"invalid_api_key"_s << 1 << false;
}

void TestCheckCommand::check_allModels_json_oneRowPerListedModelExitCodeFromTheChecks()
{
    QFETCH(QString, scenario);
    QFETCH(int, exitCode);
    QFETCH(bool, listed);
    startSimulator(scenario);
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                                       u"--key-stdin"_s, u"--json"_s, u"--all-models"_s},
                                      "AIzaFAKE-matrix-test\n", withoutKeys());
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY(json.value(u"models"_s).isArray()); // present, [] when there was nothing to test
    const QJsonArray models = json.value(u"models"_s).toArray();
    if (!listed) {
        QVERIFY(models.isEmpty());
        QVERIFY2(run.err.contains("could not be read"), run.err.constData());
        return;
    }
    const QStringList expected = gd::test::generatingModels();
    // The cost, on stderr so stdout stays one JSON document, before any matrix request.
    QVERIFY2(run.err.contains(
                 QStringLiteral("Testing every model costs one request per model (%1 requests).")
                     .arg(expected.size())
                     .toUtf8()),
             run.err.constData());
    QStringList names;
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : models) {
        const QJsonObject row = value.toObject();
        QVERIFY(row.value(u"ms"_s).isDouble());
        QVERIFY(gd::categoryFromId(row.value(u"category"_s).toString()).has_value());
        names.append(row.value(u"name"_s).toString());
        byName.insert(names.constLast(), row);
    }
    QCOMPARE(names, expected);
    QCOMPARE(byName.value(u"gemini-4-carbon"_s).value(u"category"_s).toString(),
             u"model_not_in_free_tier"_s);
    QCOMPARE(byName.value(u"gemini-3-flash-preview"_s).value(u"category"_s).toString(),
             u"rate_limited"_s);
    const QJsonObject retired = byName.value(u"gemini-2.5-flash-lite"_s);
    QCOMPARE(retired.value(u"state"_s).toString(), u"fail"_s);
    QCOMPARE(retired.value(u"category"_s).toString(), u"model_retired"_s);
    QCOMPARE(retired.value(u"successor"_s).toString(),
             gd::ModelKnowledge::builtIn().currentSuccessor(u"gemini-2.5-flash-lite"_s,
                                                            QDate::currentDate()));
    QCOMPARE(byName.value(json.value(u"model"_s).toString()).value(u"state"_s).toString(),
             u"pass"_s);
    // One generateContent per listed model, and the generate check's own.
    int generated = 0;
    for (const gd::SimulatedRequest &request : m_server->simulator().requests())
        generated += request.url.path().endsWith(u":generateContent"_s) ? 1 : 0;
    QCOMPARE(generated, expected.size() + 1);
}

void TestCheckCommand::check_allModels_human_saysTheCostThenShowsTheTable()
{
    startSimulator(u"ok"_s);
    const QTemporaryDir dir;
    const QString reportFile = dir.filePath(u"report.md"_s);
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                                       u"--key-stdin"_s, u"--all-models"_s, u"--checks"_s, u"dns"_s,
                                       u"--report"_s, reportFile},
                                      "AIzaFAKE-matrix-test\n", withoutKeys());
    QCOMPARE(run.exitCode, 0);
    // The Markdown report for a support ticket carries the matrix too.
    QFile report(reportFile);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(report.readAll());
    QVERIFY2(markdown.contains(
                 u"| gemini-4-carbon | not in the free tier (`model_not_in_free_tier`) |"_s),
             qPrintable(markdown));
    const QString out = QString::fromUtf8(run.out);
    const qsizetype cost = out.indexOf(u"Testing every model costs one request per model"_s);
    const qsizetype table = out.indexOf(u"Every model the key lists"_s);
    QVERIFY2(cost >= 0 && table > cost, qPrintable(out));
    const QString successor = gd::ModelKnowledge::builtIn().currentSuccessor(
        u"gemini-2.5-flash-lite"_s, QDate::currentDate());
    static const QRegularExpression retiredRow(
        u"gemini-2\\.5-flash-lite +RETIRED +\\d+ ms  successor: "_s +
        QRegularExpression::escape(successor));
    QVERIFY2(out.contains(retiredRow), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"gemini-4-carbon +NOT IN THE FREE TIER"_s)),
             qPrintable(out));
    // --checks dns still lists the models: the key check runs for the matrix.
    QVERIFY2(out.contains(u" key "_s), qPrintable(out));
}

void TestCheckCommand::check_allModels_german_printsNoEnglishSentence()
{
    startSimulator(u"ok"_s);
    QProcessEnvironment environment = withoutKeys();
    environment.insert(u"LANG"_s, gd::test::germanEnvironment().value(u"LANG"_s));
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                                       u"--key-stdin"_s, u"--all-models"_s},
                                      "AIzaFAKE-matrix-test\n", environment);
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    const QStringList english = gd::test::englishLines(out);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    QVERIFY2(!out.contains(u"works"_s) && !out.contains(u"RETIRED"_s), qPrintable(out));
}

// The person's code names gemini-2.5-flash; since 2026-12-01 Google answers it with
// gemini-3.5-flash-lite (the model data), and the simulator does as Google does.
void TestCheckCommand::check_routedModelNamed_warnsWithWhoAnsweredAndSinceWhen()
{
    startSimulator(u"ok"_s);
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                                       u"--key-stdin"_s, u"--model"_s, u"gemini-2.5-flash"_s},
                                      "FAKE-check-key-9876\n", withoutKeys());
    QCOMPARE(run.exitCode, 0); // it works: a warning
    const QString out = QString::fromUtf8(run.out);
    static const QRegularExpression routedRow(
        u"WARNING +generate +\\d+ ms +HTTP 200 +Another model answered"_s);
    QVERIFY2(out.contains(routedRow), qPrintable(out));
    QVERIFY2(out.contains(u"Answered by: gemini-3.5-flash-lite"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Google has routed gemini-2.5-flash to gemini-3.5-flash-lite since "
                          u"2026-12-01"_s),
             qPrintable(out));
}

void TestCheckCommand::check_hostileServer_itsEscapesAreShownNeverObeyed()
{
    // Issue 19: a server's error message with terminal escapes (an OSC 8 link to another host, a
    // screen clear, a bell, a new window title, a bidi override) reached the terminal and the
    // --report file raw. Shown escaped there; --json keeps the message exactly (JSON escapes it).
    const QByteArray hostile = R"(Quota exceeded\u001b]8;;https://evil.example/\u001b\\click)"
                               R"(\u001b]8;;\u001b\\\u001b[2J\u0007\u001b]0;pwned\u0007)"
                               R"(\u202etxt.exe)";
    gd::Scenario scenario;
    scenario.category = gd::Category::RateLimited;
    gd::SimulatedAnswer answer;
    answer.status = 429;
    answer.body = R"({"error": {"code": 429, "message": ")" + hostile +
                  R"(", "status": "RESOURCE_EXHAUSTED"}})";
    scenario.answers.insert(gd::Route::Generate, answer);
    startSimulator(u"ok"_s);
    m_server->setScenarioObject(scenario);
    QTemporaryDir dir;
    const QString reportFile = dir.filePath(u"report.md"_s);
    const QStringList arguments = {
        u"check"_s,       u"--base-url"_s, m_server->baseUrl().toString(),
        u"--key-stdin"_s, u"--checks"_s,   u"generate"_s};
    const auto run = gd::test::runCli(arguments + QStringList{u"--report"_s, reportFile},
                                      "FAKE-check-key-9876\n", withoutKeys());
    QCOMPARE(run.exitCode, 1);
    for (const QByteArray &output : {run.out, run.err}) {
        QVERIFY2(!output.contains('\x1b') && !output.contains('\x07'), output.constData());
        QVERIFY(!output.contains("\u202e"));
    }
    QVERIFY2(run.out.contains(R"(Quota exceeded\x1b]8;;https://evil.example/)"),
             run.out.constData());
    QVERIFY(run.out.contains(R"(\u202etxt.exe)"));
    QFile report(reportFile);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray markdown = report.readAll();
    QVERIFY2(markdown.contains(R"(\x1b[2J)"), markdown.constData());
    QVERIFY(!markdown.contains('\x1b') && !markdown.contains('\x07'));

    const auto json = gd::test::runCli(arguments + QStringList{u"--json"_s},
                                       "FAKE-check-key-9876\n", withoutKeys());
    QString message;
    for (const QJsonValue check : QJsonDocument::fromJson(json.out)[u"checks"_s].toArray()) {
        if (check[u"id"_s].toString() == u"generate"_s)
            message = check[u"diagnosis"_s][u"message"_s].toString();
    }
    QVERIFY2(message.contains(u"\x1b[2J"_s) && message.contains(u"\u202e"_s), qPrintable(message));
}

void TestCheckCommand::check_baseUrlWithSecrets_leavesThemOutSaysSoAndSendsNone()
{
    // Issue 19: a user:password@ base URL was printed and put in the JSON and the report, and a
    // ?key= in it travelled with the OpenAI-compatible call next to the Bearer header.
    startSimulator(u"ok"_s);
    QUrl withSecrets = m_server->baseUrl();
    withSecrets.setUserInfo(u"me:FAKE-url-password"_s);
    withSecrets.setQuery(u"key=FAKE-url-key-5555"_s);
    QTemporaryDir dir;
    const QString reportFile = dir.filePath(u"report.md"_s);
    const auto run = gd::test::runCli({u"check"_s, u"--base-url"_s, withSecrets.toString(),
                                       u"--key-stdin"_s, u"--json"_s, u"--report"_s, reportFile},
                                      "FAKE-check-key-9876\n", withoutKeys());
    QCOMPARE(run.exitCode, 0);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(u"user name and password were left out"_s), qPrintable(err));
    QVERIFY2(err.contains(u"query (such as ?key=) was left out"_s), qPrintable(err));
    QFile report(reportFile);
    QVERIFY(report.open(QIODevice::ReadOnly));
    for (const QByteArray &output : {run.out, run.err, report.readAll()}) {
        QVERIFY2(!output.contains("FAKE-url-password") && !output.contains("FAKE-url-key"),
                 output.constData());
    }
    QCOMPARE(QJsonDocument::fromJson(run.out)[u"base_url"_s].toString(),
             m_server->baseUrl().toString());
    // No door forwarded them: every request the server saw, the Live upgrade included.
    const QList<gd::SimulatedRequest> requests = m_server->simulator().requests();
    QVERIFY(requests.size() >= 6);
    for (const gd::SimulatedRequest &request : requests)
        QVERIFY2(!request.url.toString().contains(u"FAKE-url"_s),
                 qPrintable(request.url.toString()));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
