#include "clirunner.h"
#include "throwawaykeyring.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString uniqueFakeKey()
{
    return u"FAKE-cli-key-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// A fresh HOME and XDG folders, so a scenario cannot reach any other keyring.
struct Sandbox
{
    QTemporaryDir root;
    QProcessEnvironment environment;

    Sandbox()
    {
        for (const char *dir : {"run", "data", "config", "cache", "home"})
            QDir(root.path()).mkpath(QString::fromLatin1(dir));
        QFile::setPermissions(root.filePath(u"run"_s), QFileDevice::ReadOwner |
                                                           QFileDevice::WriteOwner |
                                                           QFileDevice::ExeOwner);
        environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s,
              u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s})
            environment.remove(name);
        environment.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"run"_s));
        environment.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
        environment.insert(u"HOME"_s, root.filePath(u"home"_s));
        environment.insert(u"B"_s, QStringLiteral(GD_BINARY));
    }

    // True when `text` is in no file under the sandbox.
    bool nowhere(const QByteArray &text) const
    {
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
                return false;
        }
        return true;
    }
};

struct ShellRun
{
    gd::test::CliRun run;
    int keySetExit = -1;
    int keySetMs = -1;
};

// Runs `script` with sh; the script reports "rc=N ms=M" for the timed `key set`.
ShellRun shell(const QString &script, const QProcessEnvironment &environment, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(u"sh"_s, {u"-c"_s, script});
    ShellRun result;
    result.run.finished = process.waitForStarted(5000) && process.waitForFinished(timeoutMs);
    if (!result.run.finished)
        process.kill();
    result.run.exitCode = process.exitCode();
    result.run.out = process.readAllStandardOutput();
    result.run.err = process.readAllStandardError();
    const auto match =
        QRegularExpression(u"rc=(\\d+) ms=(\\d+)"_s).match(QString::fromUtf8(result.run.out));
    if (match.hasMatch()) {
        result.keySetExit = match.captured(1).toInt();
        result.keySetMs = match.captured(2).toInt();
    }
    return result;
}

// Times `key set` with the key on stdin, inside whatever the prefix sets up.
QString timedKeySet(const QString &key)
{
    return u"t0=$(date +%s%3N); printf '%s\\n' '"_s + key +
           u"' | \"$B\" key set; rc=$?; t1=$(date +%s%3N); echo \"rc=$rc ms=$((t1 - t0))\""_s;
}

} // namespace

class TestKeyCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setStatusDelete_realSecretService_roundTripsAndSecretToolSeesIt();
    void set_noDbusSession_exitsTwoQuicklyWritingNothing();
    void set_dbusWithoutSecretService_exitsTwoQuicklyWritingNothing();
    void set_keyringLockedWithAnotherPassword_exitsTwoQuickly();
    void set_lockedKeyringWithDisplay_timesOutInsteadOfHanging();
    void set_brokenKey_isRefusedBeforeTheKeychain();
    void key_usage_exitsTwo();
};

void TestKeyCommand::setStatusDelete_realSecretService_roundTripsAndSecretToolSeesIt()
{
    GD_REQUIRE_THROWAWAY_KEYRING();
    const QString key = uniqueFakeKey();
    const QString profile = u"roundtrip-"_s + key.right(6);
    const auto set =
        gd::test::runCli({u"key"_s, u"set"_s, u"--profile"_s, profile}, key.toUtf8() + '\n');
    QCOMPARE(set.exitCode, 0);
    QVERIFY(set.out.contains(key.right(4).toUtf8()));
    QVERIFY(!set.out.contains(key.toUtf8()));

    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"gemini-doctor"_s, u"user"_s,
                                    u"api-key:"_s + profile});
    QVERIFY(lookup.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), key);

    const auto status = gd::test::runCli({u"key"_s, u"status"_s, u"--profile"_s, profile});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.contains(QString(u"…"_s + key.right(4)).toUtf8()));
    QVERIFY(!status.out.contains(key.toUtf8()));

    QCOMPARE(gd::test::runCli({u"key"_s, u"delete"_s, u"--profile"_s, profile}).exitCode, 0);
    QCOMPARE(gd::test::runCli({u"key"_s, u"status"_s, u"--profile"_s, profile}).exitCode, 1);
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"gemini-doctor"_s, u"user"_s,
                                    u"api-key:"_s + profile});
    QVERIFY(lookup.waitForFinished(5000));
    QVERIFY(lookup.readAllStandardOutput().trimmed().isEmpty());
}

void TestKeyCommand::set_noDbusSession_exitsTwoQuicklyWritingNothing()
{
    Sandbox sandbox;
    const QString key = uniqueFakeKey();
    const ShellRun result = shell(timedKeySet(key), sandbox.environment);
    QCOMPARE(result.keySetExit, 2);
    QVERIFY2(result.keySetMs < 5000, qPrintable(QString::number(result.keySetMs)));
    QVERIFY(result.run.err.contains("D-Bus"));
    QVERIFY(sandbox.nowhere(key.toUtf8()));
}

void TestKeyCommand::set_dbusWithoutSecretService_exitsTwoQuicklyWritingNothing()
{
    Sandbox sandbox;
    // A session bus that knows no services at all: no gnome-keyring can be started on demand.
    QFile config(sandbox.root.filePath(u"bus.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>)");
    config.close();
    const QString key = uniqueFakeKey();
    const ShellRun result =
        shell(u"dbus-run-session --config-file="_s + config.fileName() + u" -- sh -c '"_s +
                  QString(timedKeySet(key)).replace(u"'"_s, u"'\\''"_s) + u"'"_s,
              sandbox.environment);
    QCOMPARE(result.keySetExit, 2);
    QVERIFY2(result.keySetMs < 5000, qPrintable(QString::number(result.keySetMs)));
    QVERIFY2(result.run.err.contains("Secret Service"), result.run.err.constData());
    QVERIFY(sandbox.nowhere(key.toUtf8()));
}

void TestKeyCommand::set_keyringLockedWithAnotherPassword_exitsTwoQuickly()
{
    Sandbox sandbox;
    // First session: a keyring with one password. Second: unlocking with another fails.
    const ShellRun first = shell(
        u"dbus-run-session -- sh -c 'printf %s first-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null'"_s,
        sandbox.environment);
    QVERIFY(first.run.finished);
    const QString key = uniqueFakeKey();
    const ShellRun result = shell(
        u"dbus-run-session -- sh -c 'printf %s other-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "_s +
            QString(timedKeySet(key)).replace(u"'"_s, u"'\\''"_s) + u"'"_s,
        sandbox.environment);
    QCOMPARE(result.keySetExit, 2);
    QVERIFY2(result.keySetMs < 5000, qPrintable(QString::number(result.keySetMs)));
    QVERIFY2(result.run.err.contains("locked"), result.run.err.constData());
    QVERIFY(sandbox.nowhere(key.toUtf8()));
}

void TestKeyCommand::set_lockedKeyringWithDisplay_timesOutInsteadOfHanging()
{
    // The trap of stack-notes.md: a never-unlocked keyring and a display make libsecret wait
    // forever for a password prompt. The store's own time limit ends it.
    Sandbox sandbox;
    sandbox.environment.insert(u"GEMINI_DOCTOR_KEYCHAIN_TIMEOUT_MS"_s, u"2000"_s);
    const QString key = uniqueFakeKey();
    const ShellRun result = shell(
        u"xvfb-run -a dbus-run-session -- sh -c 'gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; "_s +
            QString(timedKeySet(key)).replace(u"'"_s, u"'\\''"_s) + u"'"_s,
        sandbox.environment, 40000);
    QVERIFY(result.run.finished);
    QCOMPARE(result.keySetExit, 2);
    QVERIFY2(result.keySetMs < 5000, qPrintable(QString::number(result.keySetMs)));
    QVERIFY(sandbox.nowhere(key.toUtf8()));
}

void TestKeyCommand::set_brokenKey_isRefusedBeforeTheKeychain()
{
    Sandbox sandbox;
    const auto run =
        gd::test::runCli({u"key"_s, u"set"_s}, "FAKE key with spaces\n", sandbox.environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("space inside"));
}

void TestKeyCommand::key_usage_exitsTwo()
{
    QCOMPARE(gd::test::runCli({u"key"_s}).exitCode, 2);
    QCOMPARE(gd::test::runCli({u"key"_s, u"show"_s}).exitCode, 2);
    QCOMPARE(gd::test::runCli({u"key"_s, u"set"_s, u"--profile"_s, u"no spaces"_s}).exitCode, 2);
    QCOMPARE(gd::test::runCli({u"key"_s, u"--help"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestKeyCommand)
#include "tst_keycommand.moc"
