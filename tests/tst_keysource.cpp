#include "secrets/keychainsecretstore.h"
#include "secrets/keysource.h"
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

gd::ResolvedKey resolve(gd::SecretStore *store, const QProcessEnvironment &environment,
                        const std::optional<QString> &stdinKey = std::nullopt)
{
    gd::ResolvedKey resolved;
    bool done = false;
    gd::resolveKey(store, u"default"_s, environment, stdinKey, [&](const gd::ResolvedKey &key) {
        resolved = key;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 2000))
        resolved.problems.append(QStringLiteral("no answer in time"));
    return resolved;
}

QProcessEnvironment environmentWith(const QString &gemini, const QString &google)
{
    QProcessEnvironment environment;
    if (!gemini.isNull())
        environment.insert(u"GEMINI_API_KEY"_s, gemini);
    if (!google.isNull())
        environment.insert(u"GOOGLE_API_KEY"_s, google);
    return environment;
}

} // namespace

class TestKeySource final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adviceFor_dbusLaunchMissing_saysThereIsNoSessionBus();
    void resolveKey_order_stdinThenKeychainThenEnvironment();
    void resolveKey_bothVariablesDiffer_warns();
    void resolveKey_bothVariablesEqual_doesNotWarn();
    void resolveKey_brokenKeychain_fallsBackAndSaysWhy();
    void resolveKey_nothingAnywhere_isNotFound();
    void resolveKey_pastedQuotes_areFixedAndNoted();
};

void TestKeySource::resolveKey_order_stdinThenKeychainThenEnvironment()
{
    gd::MemorySecretStore store;
    store.write(u"api-key"_s, u"FAKE-from-keychain"_s, [](const gd::SecretResult &) {});
    const QProcessEnvironment both = environmentWith(u"FAKE-gemini"_s, u"FAKE-google"_s);

    QCOMPARE(resolve(&store, both, u"FAKE-stdin\n"_s).source, u"stdin"_s);
    const gd::ResolvedKey keychain = resolve(&store, both);
    QCOMPARE(keychain.source, u"keychain"_s);
    QCOMPARE(keychain.key, u"FAKE-from-keychain"_s);

    gd::MemorySecretStore empty;
    const gd::ResolvedKey gemini = resolve(&empty, both);
    QCOMPARE(gemini.source, u"GEMINI_API_KEY"_s);
    QCOMPARE(gemini.key, u"FAKE-gemini"_s);
    QCOMPARE(resolve(&empty, environmentWith({}, u"FAKE-google"_s)).source, u"GOOGLE_API_KEY"_s);
}

void TestKeySource::resolveKey_bothVariablesDiffer_warns()
{
    gd::MemorySecretStore empty;
    const gd::ResolvedKey resolved = resolve(&empty, environmentWith(u"FAKE-a"_s, u"FAKE-b"_s));
    QCOMPARE(resolved.notes.size(), 1);
    QVERIFY(resolved.notes.constFirst().contains(u"both set and differ"_s));
}

void TestKeySource::resolveKey_bothVariablesEqual_doesNotWarn()
{
    gd::MemorySecretStore empty;
    QVERIFY(resolve(&empty, environmentWith(u"FAKE-a"_s, u"FAKE-a"_s)).notes.isEmpty());
}

void TestKeySource::resolveKey_brokenKeychain_fallsBackAndSaysWhy()
{
    gd::MemorySecretStore broken;
    broken.setFailure(gd::SecretStatus::TimedOut);
    const gd::ResolvedKey resolved = resolve(&broken, environmentWith(u"FAKE-a"_s, {}));
    QCOMPARE(resolved.source, u"GEMINI_API_KEY"_s);
    QVERIFY(!resolved.keychainProblem.isEmpty());
}

void TestKeySource::resolveKey_nothingAnywhere_isNotFound()
{
    gd::MemorySecretStore empty;
    QVERIFY(!resolve(&empty, QProcessEnvironment()).found());
    QVERIFY(!resolve(nullptr, QProcessEnvironment()).found());
}

void TestKeySource::resolveKey_pastedQuotes_areFixedAndNoted()
{
    gd::MemorySecretStore empty;
    const gd::ResolvedKey resolved = resolve(&empty, environmentWith(u"\"FAKE-a\""_s, {}));
    QCOMPARE(resolved.key, u"FAKE-a"_s);
    QVERIFY(resolved.problems.isEmpty());
    QCOMPARE(resolved.notes.size(), 1);
}

void TestKeySource::adviceFor_dbusLaunchMissing_saysThereIsNoSessionBus()
{
    // What QtKeychain says on a machine with a display and no session bus (seen on a fresh
    // Debian 12 with a window manager and no desktop session).
    const QString detail =
        u"Failed to execute child process “dbus-launch” (No such file or directory)"_s;
    const QString advice = gd::keychainAdvice(detail);
    QVERIFY2(advice.contains(u"no D-Bus session"_s), qPrintable(advice));
    QVERIFY2(advice.contains(u"this session only"_s), qPrintable(advice));
    QVERIFY2(!advice.contains(u"apt install"_s), qPrintable(advice));
}

QTEST_GUILESS_MAIN(TestKeySource)
#include "tst_keysource.moc"
