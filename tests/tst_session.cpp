#include "engine/networkengine.h"
#include "privacy/redactor.h"
#include "secrets/memorysecretstore.h"
#include "session/session.h"
#include "simulator/simulator.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The desktop session without a window: the key's one holder, rehearsals, runs and history.
namespace {

// A run against the simulator, as the window asks for one.
gd::Session::RunOptions optionsFor(const gd::Simulator &simulator)
{
    gd::Session::RunOptions options;
    options.baseUrl = simulator.baseUrl();
    options.apiVersion = u"v1beta"_s;
    options.timeoutMs = 3000;
    return options;
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadKey_keychainThenEnvironment_namesTheSource();
    void rehearsal_usesAFakeKeyAndGivesTheOwnKeyBack();
    void run_finishesWritesHistoryAndListsModels();
    void run_rehearsal_isNotThePersonsHistory();
    void run_damagedHistory_isSetAsideAndSaid();
    void run_withoutKey_startsNothing();
    void useKey_isMaskedAtOnceAndForgetKeyLetsItGo();
    void checkIdsFor_plainHttpLoopback_namesTheConnectCheck();
    void testEveryModel_afterRun_oneRowPerListedModelOneThingAtATime();

private:
    gd::Session::Services services(const QString &historyFile)
    {
        gd::Session::Services services;
        services.engine = std::make_shared<gd::NetworkEngine>(&m_network, &m_store);
        services.history = gd::RunHistory(m_dir.filePath(historyFile));
        services.environment = QProcessEnvironment();
        return services;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    gd::MemorySecretStore m_store;
};

void TestSession::loadKey_keychainThenEnvironment_namesTheSource()
{
    gd::Session::Services fromEnvironment = services(u"h1.json"_s);
    fromEnvironment.environment.insert(u"GEMINI_API_KEY"_s, u"FAKE-env-key-1111"_s);
    gd::Session session(fromEnvironment);
    QSignalSpy loaded(&session, &gd::Session::keyLoaded);
    session.loadKey();
    QVERIFY(loaded.wait(2000));
    QCOMPARE(session.keySource().kind(), gd::KeySource::Kind::Environment);
    QCOMPARE(session.keySource().id(), u"GEMINI_API_KEY"_s);
    QCOMPARE(session.keyHint(), u"…1111"_s);

    bool written = false;
    m_store.write(u"api-key"_s, u"FAKE-keychain-key-2222"_s,
                  [&written](const gd::SecretResult &) { written = true; });
    QTRY_VERIFY(written);
    session.loadKey();
    QVERIFY(loaded.wait(2000));
    QCOMPARE(session.keySource().kind(), gd::KeySource::Kind::Keychain);
    QCOMPARE(session.keyHint(), u"…2222"_s);
    bool removed = false;
    m_store.remove(u"api-key"_s, [&removed](const gd::SecretResult &) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestSession::rehearsal_usesAFakeKeyAndGivesTheOwnKeyBack()
{
    gd::Session session(services(u"h2.json"_s));
    session.useKey(u"FAKE-own-key-3333"_s, gd::KeySource::Kind::ThisSession);
    QVERIFY(session.startRehearsal(u"standard_key_rejected"_s));
    QVERIFY(session.isRehearsal());
    QCOMPARE(session.keySource().kind(), gd::KeySource::Kind::Rehearsal);
    QVERIFY(session.keyHint() != u"…3333"_s); // the scenario's own standard-shaped fake key
    QVERIFY(!session.startRehearsal(u"no_such_scenario"_s));
    session.stopRehearsal();
    QVERIFY(!session.isRehearsal());
    QCOMPARE(session.keySource().kind(), gd::KeySource::Kind::ThisSession);
    QCOMPARE(session.keyHint(), u"…3333"_s);
}

void TestSession::run_finishesWritesHistoryAndListsModels()
{
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    gd::Session session(services(u"h3.json"_s));
    session.useKey(u"FAKE-run-key-4444"_s, gd::KeySource::Kind::ThisSession);
    QSignalSpy finished(&session, &gd::Session::runFinished);
    QSignalSpy started(&session, &gd::Session::checkStarted);
    const gd::Session::RunOptions options = optionsFor(simulator);
    const QStringList ids = session.run(options);
    QCOMPARE(ids, gd::Session::checkIdsFor(simulator.baseUrl()));
    QVERIFY(session.isRunning());
    QVERIFY(session.run(options).isEmpty()); // never two runs at once
    QVERIFY(finished.wait(5000));
    QCOMPARE(started.size(), ids.size());
    const auto report = finished.constFirst().at(0).value<gd::RunReport>();
    QVERIFY(report.ok());
    QCOMPARE(report.keySource.id(), u"session"_s);
    QCOMPARE(report.keyHint, u"…4444"_s);
    QCOMPARE(session.visibleModels().isEmpty(), false);
    QCOMPARE(session.services().history.load().size(), 1);
    // The key went to the run's client and was registered with the redactor there.
    QCOMPARE(gd::Redactor::redact(u"FAKE-run-key-4444"_s).contains(u"4444"_s), false);
}

void TestSession::run_damagedHistory_isSetAsideAndSaid()
{
    // Issue 19: a damaged history file was silently replaced; it is kept and the window told.
    QFile damaged(m_dir.filePath(u"h-damaged.json"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{not runs");
    damaged.close();
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    gd::Session session(services(u"h-damaged.json"_s));
    session.useKey(u"FAKE-run-key-4545"_s, gd::KeySource::Kind::ThisSession);
    QSignalSpy finished(&session, &gd::Session::runFinished);
    QSignalSpy setAside(&session, &gd::Session::historySetAside);
    const gd::Session::RunOptions options = optionsFor(simulator);
    QVERIFY(!session.run(options).isEmpty());
    QVERIFY(finished.wait(5000));
    QCOMPARE(setAside.size(), 1);
    QVERIFY(QFileInfo::exists(setAside.constFirst().constFirst().toString()));
    QCOMPARE(session.services().history.load().size(), 1);
}

void TestSession::run_rehearsal_isNotThePersonsHistory()
{
    gd::Session session(services(u"h4.json"_s));
    QVERIFY(session.startRehearsal(u"ok"_s));
    QSignalSpy finished(&session, &gd::Session::runFinished);
    gd::Session::RunOptions options;
    options.apiVersion = u"v1beta"_s;
    options.timeoutMs = 3000;
    QVERIFY(!session.run(options).isEmpty());
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.constFirst().at(0).value<gd::RunReport>().ok());
    QCOMPARE(session.services().history.load().size(), 0);
}

void TestSession::useKey_isMaskedAtOnceAndForgetKeyLetsItGo()
{
    // Issue 19: a key of no known shape was masked only once a run had registered it (the Explain
    // tab's report could show it before). It is registered where it enters, and let go when the
    // person removes it.
    const QString key = u"FAKE_odd_shape_session_key_9191"_s;
    gd::Session session(services(u"h-key.json"_s));
    session.useKey(key, gd::KeySource::Kind::ThisSession);
    QVERIFY(!gd::Redactor::redact(u"echo "_s + key).contains(key));
    session.forgetKey();
    QVERIFY(gd::Redactor::redact(u"echo "_s + key).contains(key));
}

void TestSession::run_withoutKey_startsNothing()
{
    gd::Session session(services(u"h5.json"_s));
    QVERIFY(session.run({}).isEmpty());
    QVERIFY(!session.isRunning());
}

void TestSession::checkIdsFor_plainHttpLoopback_namesTheConnectCheck()
{
    QCOMPARE(gd::Session::checkIdsFor(QUrl(u"http://127.0.0.1:8089"_s)).value(1), u"connect"_s);
    QCOMPARE(
        gd::Session::checkIdsFor(QUrl(u"https://generativelanguage.googleapis.com"_s)).value(1),
        u"tls"_s);
}

void TestSession::testEveryModel_afterRun_oneRowPerListedModelOneThingAtATime()
{
    gd::Session session(services(u"h7.json"_s));
    QVERIFY(session.startRehearsal(u"ok"_s));
    gd::Session::RunOptions options;
    options.apiVersion = u"v1beta"_s;
    options.timeoutMs = 3000;
    QVERIFY(session.testEveryModel(options).isEmpty()); // no list before a run has read it
    QSignalSpy runFinished(&session, &gd::Session::runFinished);
    QVERIFY(!session.run(options).isEmpty());
    QVERIFY(runFinished.wait(5000));

    QSignalSpy tested(&session, &gd::Session::modelTested);
    QSignalSpy matrixFinished(&session, &gd::Session::modelMatrixFinished);
    const QStringList models = session.testEveryModel(options);
    QCOMPARE(models, session.visibleModels());
    QVERIFY(session.isTestingModels());
    QVERIFY(session.run(options).isEmpty()); // never a run and a matrix at once
    QVERIFY(session.testEveryModel(options).isEmpty());
    QVERIFY(matrixFinished.wait(10000));
    QCOMPARE(tested.size(), models.size());
    QCOMPARE(session.modelResults().size(), models.size());
    QCOMPARE(session.modelResults().value(u"gemini-4-carbon"_s).category,
             gd::Category::ModelNotInFreeTier);
    QCOMPARE(session.modelResults().value(u"gemini-2.5-flash-lite"_s).category,
             gd::Category::ModelRetired);
    // A rehearsal's results are not the person's key's.
    session.stopRehearsal();
    QVERIFY(session.modelResults().isEmpty());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
