#include "checks/checkcontext.h"
#include "checks/networkchecks.h"
#include "network/geminiclient.h"
#include "simulator/simulator.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kIssuer = u"Gemini Doctor Simulator Inspection CA (untrusted)"_s;

gd::CheckResult runCheck(gd::Check &check)
{
    QSignalSpy spy(&check, &gd::Check::finished);
    check.start();
    if (!spy.wait(5000))
        return {};
    return spy.constFirst().constFirst().value<gd::CheckResult>();
}

gd::CheckContext contextFor(const QUrl &baseUrl, QNetworkAccessManager *network)
{
    gd::CheckContext context;
    context.settings.baseUrl = baseUrl;
    context.settings.timeoutMs = 3000;
    context.network = network;
    return context;
}

} // namespace

class TestNetworkChecks final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tls_untrustedCertificate_failsNamingTheIssuer();
    void client_untrustedCertificate_failsNamingTheIssuer();
    void tls_trustedCertificate_passesWithStageTimings();
    void dns_loopback_passes();
    void dns_invalidHost_failsAsDnsFailure();
    void connect_closedPort_isRefused();
};

void TestNetworkChecks::tls_untrustedCertificate_failsNamingTheIssuer()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"tls_failure"_s));
    QVERIFY(simulator.start());
    QNetworkAccessManager network;
    gd::CheckContext context = contextFor(simulator.baseUrl(), &network);
    gd::ConnectCheck check(&context);
    QCOMPARE(check.id(), u"tls"_s);
    const gd::CheckResult result = runCheck(check);
    QCOMPARE(result.state, gd::CheckState::Fail);
    QVERIFY(result.diagnosis);
    QCOMPARE(result.diagnosis->category, gd::Category::TlsFailure);
    QVERIFY2(result.diagnosis->steps.value(0).contains(kIssuer),
             qPrintable(result.diagnosis->steps.value(0)));
    QVERIFY(simulator.requests().isEmpty()); // no request was sent over the untrusted connection
}

void TestNetworkChecks::client_untrustedCertificate_failsNamingTheIssuer()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"tls_failure"_s));
    QVERIFY(simulator.start());
    QNetworkAccessManager network;
    gd::ClientConfig config;
    config.baseUrl = simulator.baseUrl();
    gd::GeminiClient client(&network, config, u"FAKE-key-for-tests-0004"_s);
    gd::ApiCall *call = client.get(u"models"_s);
    QSignalSpy spy(call, &gd::ApiCall::finished);
    QVERIFY(spy.wait(5000));
    const auto result = spy.constFirst().constFirst().value<gd::CallResult>();
    QCOMPARE(result.transportFailure, gd::TransportFailure::TlsHandshake);
    QCOMPARE(result.certificateIssuer, kIssuer);
    QVERIFY(!result.transportDetail.isEmpty());
    QVERIFY(simulator.requests().isEmpty()); // the key never left over the untrusted connection
}

void TestNetworkChecks::tls_trustedCertificate_passesWithStageTimings()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"tls_failure"_s));
    QVERIFY(simulator.start());
    // Trust the simulator's certificate for this test only: the same check now passes.
    QFile file(u":/gemini-doctor/simulator/untrusted-simulator.crt"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QSslConfiguration original = configuration;
    configuration.addCaCertificate(QSslCertificate(file.readAll()));
    QSslConfiguration::setDefaultConfiguration(configuration);
    QNetworkAccessManager network;
    gd::CheckContext context = contextFor(simulator.baseUrl(), &network);
    gd::ConnectCheck check(&context);
    const gd::CheckResult result = runCheck(check);
    QSslConfiguration::setDefaultConfiguration(original);
    QCOMPARE(result.state, gd::CheckState::Pass);
    QVERIFY(result.detail.contains(u"TLSv1."_s));
    QVERIFY(result.detail.contains(kIssuer));
    QVERIFY(result.timings);
    QCOMPARE(result.timings->totalMs, result.ms);
    QVERIFY(result.timings->dnsMs + result.timings->connectMs + result.timings->tlsMs <= result.ms);
}

void TestNetworkChecks::dns_loopback_passes()
{
    QNetworkAccessManager network;
    // An address, not "localhost": a minimal system may have no /etc/hosts to resolve it.
    gd::CheckContext context = contextFor(QUrl(u"http://127.0.0.1:8080"_s), &network);
    gd::DnsCheck check(&context);
    const gd::CheckResult result = runCheck(check);
    QCOMPARE(result.state, gd::CheckState::Pass);
    QCOMPARE(result.detail, u"127.0.0.1"_s);
}

void TestNetworkChecks::dns_invalidHost_failsAsDnsFailure()
{
    QNetworkAccessManager network;
    gd::CheckContext context =
        contextFor(QUrl(u"https://no-such-host.gemini-doctor.invalid"_s), &network);
    gd::DnsCheck check(&context);
    const gd::CheckResult result = runCheck(check);
    QCOMPARE(result.state, gd::CheckState::Fail);
    QCOMPARE(result.diagnosis->category, gd::Category::DnsFailure);
}

void TestNetworkChecks::connect_closedPort_isRefused()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"connection_refused"_s));
    QVERIFY(simulator.start());
    QNetworkAccessManager network;
    gd::CheckContext context = contextFor(simulator.baseUrl(), &network);
    gd::ConnectCheck check(&context);
    QCOMPARE(check.id(), u"connect"_s);
    const gd::CheckResult result = runCheck(check);
    QCOMPARE(result.state, gd::CheckState::Fail);
    QCOMPARE(result.diagnosis->category, gd::Category::ConnectionRefused);
}

QTEST_GUILESS_MAIN(TestNetworkChecks)
#include "tst_networkchecks.moc"
