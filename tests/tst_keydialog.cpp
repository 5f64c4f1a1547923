#include "engine/networkengine.h"
#include "guitest.h"
#include "keychain/keychainsecretstore.h"
#include "keydialog.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "throwawaykeyring.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using gd::test::child;

namespace {

QString secretToolLookup(const QString &account)
{
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s,
                                    gd::KeychainSecretStore::serviceName(), u"user"_s, account});
    lookup.waitForFinished(5000);
    return QString::fromUtf8(lookup.readAllStandardOutput()).trimmed();
}

template<typename Dialog>
Dialog *waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

} // namespace

class TestKeyDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcome_pastedKey_isStoredInTheRealKeychain();
    void keyDialog_keychainUnavailable_offersThisSessionOnly();
    void keyDialog_brokenKey_cannotBeStored();

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
};

void TestKeyDialog::initTestCase()
{
    GD_REQUIRE_THROWAWAY_KEYRING();
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(gd::KeychainSecretStore::serviceName(), u"gemini-doctor-test"_s);
}

void TestKeyDialog::welcome_pastedKey_isStoredInTheRealKeychain()
{
    QSettings().clear(); // a first run
    gd::KeychainSecretStore keychain;
    bool removed = false;
    keychain.remove(u"api-key"_s, [&removed](const gd::SecretResult &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 5000);

    gd::ui::DesktopServices services;
    services.engine = std::make_shared<gd::NetworkEngine>(&m_network, &keychain);
    services.history = gd::RunHistory(m_dir.filePath(u"history.json"_s));
    services.environment = QProcessEnvironment();
    gd::ui::MainWindow window(services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.loadKey();

    QDialog *welcome = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (welcome = window.findChild<QDialog *>(u"WelcomeDialog"_s)) && welcome->isVisible(), 5000);
    QTest::mouseClick(child<QPushButton>(welcome, "pasteKeyButton"), Qt::LeftButton);

    auto *dialog = waitForDialog<gd::ui::KeyDialog>(&window);
    QVERIFY(dialog);
    const QString key =
        u"FAKE-welcome-key-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    auto *edit = child<QLineEdit>(dialog, "keyEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, u"  \""_s + key + u"\"  "_s); // pasted with quotes and spaces
    QVERIFY(child<QLabel>(dialog, "keyWarnings")->text().contains(u"quotes"_s));
    QTest::mouseClick(child<QCheckBox>(dialog, "showKeyCheck"), Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    auto *store = child<QPushButton>(dialog, "storeButton");
    QVERIFY(store->isEnabled());
    QTest::mouseClick(store, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(window.keySource(), u"keychain"_s, 5000);
    QCOMPARE(secretToolLookup(u"api-key"_s), key);
    QVERIFY(child<QLabel>(&window, "keyStatusLabel")->text().contains(u"…"_s + key.right(4)));

    bool cleaned = false;
    keychain.remove(u"api-key"_s, [&cleaned](const gd::SecretResult &) { cleaned = true; });
    QTRY_VERIFY_WITH_TIMEOUT(cleaned, 5000);
}

void TestKeyDialog::keyDialog_keychainUnavailable_offersThisSessionOnly()
{
    gd::MemorySecretStore broken;
    broken.setFailure(gd::SecretStatus::Unavailable);
    gd::ui::KeyDialog dialog(&broken, false);
    QSignalSpy stored(&dialog, &gd::ui::KeyDialog::keyStored);
    QSignalSpy session(&dialog, &gd::ui::KeyDialog::keyForSession);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "keyEdit"), u"FAKE-session-key"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, "storeButton"), Qt::LeftButton);
    auto *status = child<QLabel>(&dialog, "keychainStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"this session only"_s), 2000);
    QCOMPARE(stored.size(), 0);
    QTest::mouseClick(child<QPushButton>(&dialog, "sessionButton"), Qt::LeftButton);
    QCOMPARE(session.size(), 1);
    QCOMPARE(session.constFirst().constFirst().toString(), u"FAKE-session-key"_s);
}

void TestKeyDialog::keyDialog_brokenKey_cannotBeStored()
{
    gd::MemorySecretStore store;
    gd::ui::KeyDialog dialog(&store, false);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "keyEdit"), u"FAKE key"_s);
    QVERIFY(!child<QPushButton>(&dialog, "storeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "sessionButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "keyWarnings")->text().contains(u"space inside"_s));
}

QTEST_MAIN(TestKeyDialog)
#include "tst_keydialog.moc"
