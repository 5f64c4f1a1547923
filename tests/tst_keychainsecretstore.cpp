#include "keychain/keychainsecretstore.h"

#include "throwawaykeyring.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Runs against the real Secret Service of the private test session (tests/keyring-session.sh).
class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadRemove_realSecretService_roundTrips();
    void read_missingEntry_isNotFoundNotAnError();

private:
    gd::SecretResult wait(const std::function<void(gd::SecretCallback)> &job);
    QString m_account;
};

void TestKeychainSecretStore::initTestCase()
{
    GD_REQUIRE_THROWAWAY_KEYRING();
    QStandardPaths::setTestModeEnabled(true);
    m_account = u"api-key:test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

gd::SecretResult TestKeychainSecretStore::wait(const std::function<void(gd::SecretCallback)> &job)
{
    gd::SecretResult result;
    bool done = false;
    job([&](const gd::SecretResult &finished) {
        result = finished;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 6000))
        result.detail = QStringLiteral("no answer in time");
    return result;
}

void TestKeychainSecretStore::writeReadRemove_realSecretService_roundTrips()
{
    gd::KeychainSecretStore store;
    const QString secret = u"FAKE-keychain-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(wait([&](gd::SecretCallback done) { store.write(m_account, secret, done); }).ok());

    // The real Secret Service holds it under the test service, never the person's "gemini-doctor".
    QCOMPARE(gd::KeychainSecretStore::serviceName(), u"gemini-doctor-test"_s);
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s,
                                    gd::KeychainSecretStore::serviceName(), u"user"_s, m_account});
    QVERIFY(lookup.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);

    const gd::SecretResult read =
        wait([&](gd::SecretCallback done) { store.read(m_account, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.secret, secret);
    QVERIFY(wait([&](gd::SecretCallback done) { store.remove(m_account, done); }).ok());
    QCOMPARE(wait([&](gd::SecretCallback done) { store.read(m_account, done); }).status,
             gd::SecretStatus::NotFound);
}

void TestKeychainSecretStore::read_missingEntry_isNotFoundNotAnError()
{
    gd::KeychainSecretStore store;
    QCOMPARE(
        wait([&](gd::SecretCallback done) { store.read(m_account + u"-never"_s, done); }).status,
        gd::SecretStatus::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
