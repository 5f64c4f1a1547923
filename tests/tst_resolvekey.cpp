#include "privacy/redactor.h"
#include "secrets/memorysecretstore.h"
#include "secrets/resolvekey.h"

#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

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

class TestResolveKey final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problemText_backendMessages_ourWordsForEachFace_data();
    void problemText_backendMessages_ourWordsForEachFace();
    void problemText_german_isGerman();
    void resolveKey_order_stdinThenKeychainThenEnvironment();
    void resolveKey_bothVariablesDiffer_warns();
    void resolveKey_bothVariablesEqual_doesNotWarn();
    void resolveKey_brokenKeychain_fallsBackAndSaysWhy();
    void resolveKey_nothingAnywhere_isNotFound();
    void resolveKey_pastedQuotes_areFixedAndNoted();
    void resolveKey_keyFromAnySource_isMaskedFromTheMomentItIsFound_data();
    void resolveKey_keyFromAnySource_isMaskedFromTheMomentItIsFound();
};

void TestResolveKey::resolveKey_keyFromAnySource_isMaskedFromTheMomentItIsFound_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("stdin") << u"stdin"_s;
    QTest::newRow("keychain") << u"keychain"_s;
    QTest::newRow("environment") << u"GEMINI_API_KEY"_s;
}

// The key is registered where it enters the process, before any run: a format no pattern knows
// is masked verbatim in whatever is printed next (a keychain error, a note, explain's report).
void TestResolveKey::resolveKey_keyFromAnySource_isMaskedFromTheMomentItIsFound()
{
    QFETCH(QString, source);
    const QString key = u"FAKE-unpatterned-%1-7Qx"_s.arg(source);
    gd::MemorySecretStore store;
    if (source == u"keychain"_s)
        store.write(u"api-key"_s, key, [](const gd::SecretResult &) {});
    gd::Redactor::forgetSecrets(); // only what resolveKey (and the store's read) registers counts
    QCOMPARE(gd::Redactor::redact(key), key);
    const gd::ResolvedKey resolved = resolve(
        &store, source == u"GEMINI_API_KEY"_s ? environmentWith(key, {}) : QProcessEnvironment(),
        source == u"stdin"_s ? std::optional<QString>(key) : std::nullopt);
    QCOMPARE(resolved.source.id(), source);
    QCOMPARE(gd::Redactor::redact(u"said: "_s + key), u"said: "_s + gd::Redactor::kMask);
    gd::Redactor::forgetSecrets();
}

void TestResolveKey::resolveKey_order_stdinThenKeychainThenEnvironment()
{
    gd::MemorySecretStore store;
    store.write(u"api-key"_s, u"FAKE-from-keychain"_s, [](const gd::SecretResult &) {});
    const QProcessEnvironment both = environmentWith(u"FAKE-gemini"_s, u"FAKE-google"_s);

    QCOMPARE(resolve(&store, both, u"FAKE-stdin\n"_s).source.id(), u"stdin"_s);
    const gd::ResolvedKey keychain = resolve(&store, both);
    QCOMPARE(keychain.source.id(), u"keychain"_s);
    QCOMPARE(keychain.key, u"FAKE-from-keychain"_s);

    gd::MemorySecretStore empty;
    const gd::ResolvedKey gemini = resolve(&empty, both);
    QCOMPARE(gemini.source.id(), u"GEMINI_API_KEY"_s);
    QCOMPARE(gemini.key, u"FAKE-gemini"_s);
    QCOMPARE(resolve(&empty, environmentWith({}, u"FAKE-google"_s)).source.id(),
             u"GOOGLE_API_KEY"_s);
}

void TestResolveKey::resolveKey_bothVariablesDiffer_warns()
{
    gd::MemorySecretStore empty;
    const gd::ResolvedKey resolved = resolve(&empty, environmentWith(u"FAKE-a"_s, u"FAKE-b"_s));
    QCOMPARE(resolved.notes.size(), 1);
    QVERIFY(resolved.notes.constFirst().contains(u"both set and differ"_s));
}

void TestResolveKey::resolveKey_bothVariablesEqual_doesNotWarn()
{
    gd::MemorySecretStore empty;
    QVERIFY(resolve(&empty, environmentWith(u"FAKE-a"_s, u"FAKE-a"_s)).notes.isEmpty());
}

void TestResolveKey::resolveKey_brokenKeychain_fallsBackAndSaysWhy()
{
    gd::MemorySecretStore broken;
    broken.setFailure(gd::SecretStatus::TimedOut);
    const gd::ResolvedKey resolved = resolve(&broken, environmentWith(u"FAKE-a"_s, {}));
    QCOMPARE(resolved.source.id(), u"GEMINI_API_KEY"_s);
    QVERIFY(resolved.keychainFailure);
    QVERIFY(!gd::keychainProblemText(*resolved.keychainFailure, gd::KeychainFace::CommandLine)
                 .isEmpty());
}

void TestResolveKey::resolveKey_nothingAnywhere_isNotFound()
{
    gd::MemorySecretStore empty;
    QVERIFY(!resolve(&empty, QProcessEnvironment()).found());
    QVERIFY(!resolve(nullptr, QProcessEnvironment()).found());
}

void TestResolveKey::resolveKey_pastedQuotes_areFixedAndNoted()
{
    gd::MemorySecretStore empty;
    const gd::ResolvedKey resolved = resolve(&empty, environmentWith(u"\"FAKE-a\""_s, {}));
    QCOMPARE(resolved.key, u"FAKE-a"_s);
    QVERIFY(resolved.problems.isEmpty());
    QCOMPARE(resolved.notes.size(), 1);
}

void TestResolveKey::problemText_backendMessages_ourWordsForEachFace_data()
{
    // What QtKeychain said for one missing D-Bus: in the app (a display, no dbus-launch, seen on
    // a fresh Debian 12 with a window manager and no desktop session) and in the CLI (no display).
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no dbus-launch") << int(gd::SecretStatus::Unavailable)
                                    << u"Failed to execute child process “dbus-launch” (No such "
                                       "file or directory)"_s
                                    << u"There is no D-Bus session"_s;
    QTest::newRow("no display") << int(gd::SecretStatus::Unavailable)
                                << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                << u"There is no D-Bus session"_s;
    QTest::newRow("no service") << int(gd::SecretStatus::Unavailable)
                                << u"The name org.freedesktop.secrets was not provided by any "
                                   ".service files"_s
                                << u"No Secret Service is running"_s;
    QTest::newRow("timed out") << int(gd::SecretStatus::TimedOut) << u"no answer within 5 s"_s
                               << u"The keychain stopped answering"_s;
}

void TestResolveKey::problemText_backendMessages_ourWordsForEachFace()
{
    // Issue 22: the same missing D-Bus read differently in each face, in the backend's English,
    // and the CLI offered "use the key for this session only", which only the app can do.
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QString, problem);
    const gd::SecretResult result{gd::SecretStatus(status), {}, detail};
    const QString desktop = gd::keychainProblemText(result, gd::KeychainFace::Desktop);
    const QString commandLine = gd::keychainProblemText(result, gd::KeychainFace::CommandLine);
    QVERIFY2(desktop.startsWith(problem), qPrintable(desktop));
    QVERIFY2(commandLine.startsWith(problem), qPrintable(commandLine));
    // The same words for what went wrong: the first sentence.
    QCOMPARE(desktop.section(u". "_s, 0, 0), commandLine.section(u". "_s, 0, 0));
    for (const QString &text : {desktop, commandLine})
        QVERIFY2(!text.contains(detail), qPrintable(text)); // the backend's words: details only
    QVERIFY2(!commandLine.contains(u"this session only"_s), qPrintable(commandLine));
    QVERIFY2(commandLine.contains(u"GEMINI_API_KEY"_s), qPrintable(commandLine));
    QVERIFY2(desktop.contains(u"this session only"_s), qPrintable(desktop));
}

void TestResolveKey::problemText_german_isGerman()
{
    QTranslator german;
    QVERIFY(german.load(u":/i18n/gemini-doctor_de.qm"_s));
    QCoreApplication::installTranslator(&german);
    const gd::SecretResult result{
        gd::SecretStatus::Unavailable, {}, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s};
    const QString text = gd::keychainProblemText(result, gd::KeychainFace::CommandLine);
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(text.contains(u"D-Bus-Sitzung"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"There is"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestResolveKey)
#include "tst_resolvekey.moc"
