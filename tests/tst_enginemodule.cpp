// The executable and its engine module (app/session/engineloader.h): the binary, copied where no
// module is, says so and exits 3 (contract section 1: internal); with the module beside it, it
// runs. A word that is not an option is a command, and an unknown one gets the help (exit 2).
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEngineModule final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void command_withoutTheModule_saysItIsMissingAndExits3();
    void command_unknownWord_getsTheHelpAndExits2();
};

void TestEngineModule::command_withoutTheModule_saysItIsMissingAndExits3()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString binary = dir.filePath(u"gemini-doctor"_s);
    QVERIFY(QFile::copy(QStringLiteral(GD_BINARY), binary));
    QVERIFY(QFile::setPermissions(binary, QFile::ReadOwner | QFile::ExeOwner));

    const gd::test::CliRun missing = gd::test::runBinary(binary, {u"check"_s, u"--json"_s});
    const QString errors = QString::fromUtf8(missing.err);
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(errors.contains(u"engine is missing"_s), qPrintable(errors));
    QVERIFY2(errors.contains(dir.filePath(u"gemini-doctor-engine.so"_s)), qPrintable(errors));

    const QString module =
        QFileInfo(QStringLiteral(GD_BINARY)).dir().filePath(u"gemini-doctor-engine.so"_s);
    QVERIFY(QFile::copy(module, dir.filePath(u"gemini-doctor-engine.so"_s)));
    const gd::test::CliRun found = gd::test::runBinary(binary, {u"--version"_s});
    QCOMPARE(found.exitCode, 0);
}

void TestEngineModule::command_unknownWord_getsTheHelpAndExits2()
{
    const gd::test::CliRun run = gd::test::runCli({u"chek"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("gemini-doctor <command>"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestEngineModule)
#include "tst_enginemodule.moc"
