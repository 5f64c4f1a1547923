// The desktop face on a machine without a display (issue 22): one sentence that says what to do,
// exit 2, instead of Qt's abort ("could not connect to display ... Reinstalling the application
// may fix this problem", exit 134). The binary runs as a person would start it.
#include "clirunner.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNoDisplay final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void start_noDisplay_saysWhatToDoAndExits2_data();
    void start_noDisplay_saysWhatToDoAndExits2();
    void start_noDisplay_commandsStillRun();
};

namespace {

QProcessEnvironment withoutDisplay(QProcessEnvironment environment)
{
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(variable));
    return environment;
}

} // namespace

void TestNoDisplay::start_noDisplay_saysWhatToDoAndExits2_data()
{
    QTest::addColumn<QProcessEnvironment>("environment");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("English") << withoutDisplay(QProcessEnvironment::systemEnvironment())
                             << QStringList{u"desktop session"_s, u"xvfb-run"_s,
                                            u"gemini-doctor check"_s};
    QTest::newRow("German") << withoutDisplay(gd::test::germanEnvironment())
                            << QStringList{u"Desktop-Sitzung"_s, u"xvfb-run"_s,
                                           u"gemini-doctor check"_s};
}

void TestNoDisplay::start_noDisplay_saysWhatToDoAndExits2()
{
    QFETCH(QProcessEnvironment, environment);
    QFETCH(QStringList, words);
    const gd::test::CliRun run = gd::test::runCli({}, {}, environment, 10000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    const QString said = QString::fromUtf8(run.err);
    for (const QString &word : words)
        QVERIFY2(said.contains(word), qPrintable(said));
    QVERIFY2(!said.contains(u"Reinstalling"_s), qPrintable(said)); // not Qt's abort
    QCOMPARE(said.count(u'\n'), 1);                                // one sentence, one line
}

void TestNoDisplay::start_noDisplay_commandsStillRun()
{
    const gd::test::CliRun run =
        gd::test::runCli({u"explain"_s}, R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED"}})",
                         withoutDisplay(QProcessEnvironment::systemEnvironment()), 10000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1); // explained: a failure, not "no display"
    QVERIFY(!run.err.contains("desktop session"));
}

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
