#include "clirunner.h"
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExplainCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void explain_onATerminal_promptsForThePaste();
    void explain_everyFixtureOnStdin_printsOneJsonDiagnosis_data();
    void explain_everyFixtureOnStdin_printsOneJsonDiagnosis();
    void explain_fileArgumentWithStatus_usesTheStatus();
    void explain_humanOutput_hasTitleStepsAndLinks();
    void explain_healthyAnswer_exitsZero();
    void explain_largeBodyOnStdin_isReadWhole();
    void explain_foreignInput_showsOnlyItsFirstBytes();
    void explain_pastSixteenMebibytes_saysItWasCut();
    void explain_badUsage_exitsTwo_data();
    void explain_badUsage_exitsTwo();
    void explain_help_describesTheCommand();
    void help_everySubcommand_usageNamesItWithoutTheBuildPath_data();
    void help_everySubcommand_usageNamesItWithoutTheBuildPath();
    void explain_humanOutput_showsTheApisOwnWords();
    void explain_german_printsGermanAndJsonStaysEnglish();
    void explain_hostileInput_neverHangs();
    void explainCategories_readmeTable_matchesTheCatalog();
};

void TestExplainCommand::explain_everyFixtureOnStdin_printsOneJsonDiagnosis_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("category");
    for (const auto &fixture : gd::test::realFixtures())
        QTest::newRow(qPrintable(fixture.id)) << fixture.body << fixture.category;
}

void TestExplainCommand::explain_everyFixtureOnStdin_printsOneJsonDiagnosis()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, category);
    const auto run = gd::test::runCli({u"explain"_s, u"--json"_s}, body);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, category == u"ok"_s ? 0 : 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(u"category"_s).toString(), category);
}

void TestExplainCommand::explain_fileArgumentWithStatus_usesTheStatus()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("Maximum request body size 1048576 exceeded, actual body size 1056562");
    file.close();
    const auto run = gd::test::runCli(
        {u"explain"_s, u"--http-status"_s, u"413"_s, u"--json"_s, file.fileName()});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"category"_s).toString(), u"input_too_large"_s);
    QCOMPARE(json.value(u"http_status"_s).toInt(), 413);
}

void TestExplainCommand::explain_humanOutput_hasTitleStepsAndLinks()
{
    const auto run = gd::test::runCli(
        {u"explain"_s},
        R"({"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}})");
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY(out.startsWith(u"The model is overloaded  [overloaded]"_s));
    QVERIFY(out.contains(u"What to do:\n  1. "_s));
    QVERIFY(out.contains(u"https://aistudio.google.com/status"_s));
    QVERIFY(run.err.isEmpty());
}

void TestExplainCommand::explain_healthyAnswer_exitsZero()
{
    const auto run = gd::test::runCli(
        {u"explain"_s, u"--json"_s},
        R"({"candidates":[{"content":{"parts":[{"text":"OK"}]},"finishReason":"STOP"}]})");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"category"_s).toString(), u"ok"_s);
}

void TestExplainCommand::explain_largeBodyOnStdin_isReadWhole()
{
    // A pipe hands over 64 KiB at a time: the whole body is read, not its first piece repaired
    // as damaged JSON. The quota that decides the category stands after 1 MB of message.
    const QByteArray body =
        R"({"error": {"code": 429, "message": ")" + QByteArray(1 << 20, 'x') +
        R"( Quota exceeded.", "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "31s"}]}})";
    const auto run = gd::test::runCli({u"explain"_s, u"--json"_s}, body);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"retry_after_seconds"_s).toDouble(), 31.0);
    QCOMPARE(json.value(u"message"_s).toString().size(), (1 << 20) + 16);
}

void TestExplainCommand::explain_foreignInput_showsOnlyItsFirstBytes()
{
    // Issue 19: a page that is not the API's answer came back whole as the "message".
    const QByteArray page = "<html><body>" +
                            QByteArray("Welcome to the hotel network. ").repeated(4000) +
                            "</body></html>";
    const auto run = gd::test::runCli({u"explain"_s, u"--json"_s}, page);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"category"_s).toString(), u"not_gemini_response"_s);
    QVERIFY2(json.value(u"message"_s).toString().size() <= 201,
             qPrintable(QString::number(json.value(u"message"_s).toString().size())));
    QVERIFY(run.out.size() < 8000);
}

void TestExplainCommand::explain_pastSixteenMebibytes_saysItWasCut()
{
    const QByteArray body = R"({"error": {"code": 503, "message": "The model is overloaded.", )"
                            R"("status": "UNAVAILABLE"}})" +
                            QByteArray(16 * 1024 * 1024, ' ');
    const auto run = gd::test::runCli({u"explain"_s, u"--json"_s}, body);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("only its first 16 MiB were read"), run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out)[u"category"_s].toString(), u"overloaded"_s);
}

void TestExplainCommand::explain_badUsage_exitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown flag") << QStringList{u"explain"_s, u"--nope"_s};
    QTest::newRow("bad status") << QStringList{u"explain"_s, u"--http-status"_s, u"abc"_s};
    QTest::newRow("missing file") << QStringList{u"explain"_s, u"/nonexistent/error.json"_s};
    QTest::newRow("two files") << QStringList{u"explain"_s, u"a"_s, u"b"_s};
    // Issue 19: empty input was diagnosed as empty_response, an API answer it never was.
    QTest::newRow("empty input") << QStringList{u"explain"_s};
}

void TestExplainCommand::explain_badUsage_exitsTwo()
{
    QFETCH(QStringList, arguments);
    const auto run = gd::test::runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestExplainCommand::explain_help_describesTheCommand()
{
    const auto run = gd::test::runCli({u"explain"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--http-status"));
    QVERIFY(run.out.contains("--json"));
}

void TestExplainCommand::help_everySubcommand_usageNamesItWithoutTheBuildPath_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"check", "explain", "key", "simulate"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestExplainCommand::help_everySubcommand_usageNamesItWithoutTheBuildPath()
{
    QFETCH(QString, command);
    const auto run = gd::test::runCli({command, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    const QString firstLine = QString::fromUtf8(run.out).section(u'\n', 0, 0);
    QVERIFY2(firstLine.startsWith(u"Usage: gemini-doctor "_s + command + u" "_s),
             qPrintable(firstLine));
    QVERIFY(!run.out.contains(QByteArray(GD_BINARY)));
    QVERIFY(!run.out.contains("--help-all"));
}

void TestExplainCommand::explain_humanOutput_showsTheApisOwnWords()
{
    const auto run = gd::test::runCli(
        {u"explain"_s},
        R"({"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}})");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("The API's own words: “Quota exceeded”"), run.out.constData());
}

void TestExplainCommand::explain_german_printsGermanAndJsonStaysEnglish()
{
    const QByteArray body = gd::test::fixtureBody(u"R59"_s); // deadline too short
    const auto german = gd::test::runCli({u"explain"_s}, body, gd::test::germanEnvironment());
    QCOMPARE(german.exitCode, 1);
    const QString out = QString::fromUtf8(german.out);
    QVERIFY2(out.startsWith(u"Die Frist der Anfrage ist zu kurz"_s), qPrintable(out));
    QVERIFY2(gd::test::englishLines(out).isEmpty(),
             qPrintable(gd::test::englishLines(out).join(u'\n')));
    // JSON stays English in every language: scripts parse it.
    const auto jsonGerman =
        gd::test::runCli({u"explain"_s, u"--json"_s}, body, gd::test::germanEnvironment());
    const auto jsonEnglish = gd::test::runCli({u"explain"_s, u"--json"_s}, body);
    QCOMPARE(jsonGerman.out, jsonEnglish.out);
    QVERIFY(jsonEnglish.out.contains("\"title\": \"The request's deadline is too short\""));
}

void TestExplainCommand::explain_hostileInput_neverHangs()
{
    QByteArray hostile = QByteArray(200000, '[') + "{\"error\":" + QByteArray(200000, '"');
    const auto run = gd::test::runCli({u"explain"_s, u"--json"_s}, hostile, {}, 10000);
    QVERIFY(run.finished);
    QVERIFY(run.exitCode == 0 || run.exitCode == 1);
    QVERIFY(QJsonDocument::fromJson(run.out).isObject());
}

void TestExplainCommand::explainCategories_readmeTable_matchesTheCatalog()
{
    const auto run = gd::test::runCli({u"explain"_s, u"--categories"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count("\n| `"), 58);
    QFile readme(QStringLiteral(GD_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    const QByteArray begin = "<!-- categories:begin -->\n";
    const qsizetype from = text.indexOf(begin) + begin.size();
    const qsizetype to = text.indexOf("<!-- categories:end -->");
    QVERIFY(from > begin.size() && to > from);
    QVERIFY2(text.mid(from, to - from) == run.out,
             "README.md's category table differs from the catalog: paste the output of "
             "`gemini-doctor explain --categories` between its categories markers");
}

void TestExplainCommand::explain_onATerminal_promptsForThePaste()
{
    // Issue 22: on a terminal explain waited silently for a paste. `script` gives the binary a
    // terminal (a pseudo-terminal) and types what the test writes, Ctrl+D included.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script (bsdutils) is needed to give the binary a terminal");
    QProcess process;
    process.start(script, {u"-qec"_s, QStringLiteral(GD_BINARY " explain"), u"/dev/null"_s});
    QVERIFY(process.waitForStarted(5000));
    process.write(R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED"}})"
                  "\n\x04");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    const QString said = QString::fromUtf8(process.readAll());
    QVERIFY2(said.contains(u"Paste the error, then press Ctrl+D"_s), qPrintable(said));
    QVERIFY2(said.contains(u"[rate_limited]"_s), qPrintable(said));
    QCOMPARE(process.exitCode(), 1); // explained: a failure

    // From a pipe (a script), no prompt: its output is the diagnosis alone.
    const auto piped =
        gd::test::runCli({u"explain"_s}, R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED"}})");
    QVERIFY(!piped.err.contains("Paste the error"));
}

QTEST_GUILESS_MAIN(TestExplainCommand)
#include "tst_explaincommand.moc"
