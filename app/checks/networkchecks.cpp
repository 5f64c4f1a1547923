#include "networkchecks.h"

#include "calldiagnosis.h"
#include "checkcontext.h"
#include "policy/endpointpolicy.h"

#include <QHostInfo>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

CheckResult failure(const QString &id, const CheckContext &context, TransportFailure failure,
                    const QString &detail, int ms, const QString &issuer = {})
{
    CallResult call;
    call.url = context.settings.baseUrl;
    call.transportFailure = failure;
    call.transportDetail = detail;
    call.certificateIssuer = issuer;
    CheckResult result;
    result.id = id;
    result.state = CheckState::Fail;
    result.ms = ms;
    result.diagnosis = diagnoseCall(call, context.diagnosisContext(call.url));
    return result;
}

} // namespace

QNetworkProxy proxyFor(const CheckContext &context)
{
    QNetworkProxyFactory *factory = context.network ? context.network->proxyFactory() : nullptr;
    if (!factory)
        return QNetworkProxy::NoProxy;
    const QList<QNetworkProxy> proxies =
        factory->queryProxy(QNetworkProxyQuery(context.settings.baseUrl));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
}

QString DnsCheck::id() const
{
    return u"dns"_s;
}

void DnsCheck::start()
{
    m_clock.start();
    const CheckContext &ctx = *context();
    if (const auto refusal = refusalReason(ctx.settings.baseUrl)) {
        // Refused before anything leaves this computer, not even a name lookup.
        QTimer::singleShot(0, this, [this, refusal] {
            m_done = true;
            Q_EMIT finished(
                failure(id(), *context(), TransportFailure::InsecureEndpoint, *refusal, 0));
        });
        return;
    }
    const QNetworkProxy proxy = proxyFor(ctx);
    const bool viaProxy =
        proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy;
    const QString host = viaProxy ? proxy.hostName() : ctx.settings.baseUrl.host();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this, host] {
        if (m_done)
            return;
        m_done = true;
        QHostInfo::abortHostLookup(m_lookupId);
        Q_EMIT finished(failure(id(), *context(), TransportFailure::Timeout,
                                tr("Looking up %1 took longer than the time limit.").arg(host),
                                int(m_clock.elapsed())));
    });
    m_deadline.start(ctx.settings.timeoutMs);
    m_lookupId = QHostInfo::lookupHost(host, this, [this, host, viaProxy](const QHostInfo &info) {
        if (m_done)
            return;
        m_done = true;
        m_deadline.stop();
        const int ms = int(m_clock.elapsed());
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            Q_EMIT finished(failure(id(), *context(), TransportFailure::HostNotFound,
                                    tr("%1: %2").arg(host, info.errorString()), ms));
            return;
        }
        QStringList addresses;
        for (const QHostAddress &address : info.addresses().mid(0, 3))
            addresses.append(address.toString());
        CheckResult result;
        result.id = id();
        result.state = CheckState::Pass;
        result.ms = ms;
        result.detail = addresses.join(u", "_s);
        if (viaProxy)
            result.detail = tr("proxy %1 at %2").arg(host, result.detail);
        Timings timings;
        timings.dnsMs = ms;
        timings.totalMs = ms;
        result.timings = timings;
        Q_EMIT finished(result);
    });
}

void DnsCheck::cancel()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_done = true;
}

QString ConnectCheck::id() const
{
    return connectCheckId(context()->settings);
}

QStringList ConnectCheck::prerequisites() const
{
    return {u"dns"_s};
}

void ConnectCheck::start()
{
    const CheckContext &ctx = *context();
    const QUrl url = ctx.settings.baseUrl;
    const bool tls = url.scheme() == u"https"_s;
    m_socket = new QSslSocket(this);
    m_socket->setProxy(proxyFor(ctx));
    m_clock.start();
    connect(m_socket, &QAbstractSocket::hostFound, this,
            [this] { m_hostFound = m_clock.elapsed(); });
    connect(m_socket, &QAbstractSocket::connected, this, [this, tls] {
        m_connected = m_clock.elapsed();
        if (!tls)
            succeed();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &ConnectCheck::succeed);
    connect(m_socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors.append(errors); });
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (!m_sslErrors.isEmpty()) {
                    fail(TransportFailure::TlsHandshake, describeSslErrors(m_sslErrors),
                         certificateIssuer(m_sslErrors, m_socket->peerCertificateChain()));
                    return;
                }
                fail(failureForSocketError(error), m_socket->errorString());
            });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(TransportFailure::Timeout, tr("No connection within the time limit."));
    });
    m_deadline.start(ctx.settings.timeoutMs);

    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, "http/1.1"});
        m_socket->setSslConfiguration(configuration);
        m_socket->connectToHostEncrypted(url.host(), port);
    } else {
        m_socket->connectToHost(url.host(), port);
    }
}

void ConnectCheck::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    const qint64 now = m_clock.elapsed();
    const qint64 connected = m_connected >= 0 ? m_connected : now;
    Timings timings;
    timings.dnsMs = int(std::max<qint64>(0, m_hostFound));
    timings.connectMs = int(connected - std::max<qint64>(0, m_hostFound));
    timings.tlsMs = int(now - connected);
    timings.totalMs = int(now);
    CheckResult result;
    result.id = id();
    result.state = CheckState::Pass;
    result.ms = int(now);
    result.timings = timings;
    if (m_socket->isEncrypted()) {
        const QSslCipher cipher = m_socket->sessionCipher();
        QString alpn = QString::fromLatin1(m_socket->sslConfiguration().nextNegotiatedProtocol());
        const auto chain = m_socket->peerCertificateChain();
        result.detail = tr("%1, %2, certificate issued by %3")
                            .arg(cipher.protocolString(), alpn.isEmpty() ? tr("no ALPN") : alpn,
                                 chain.isEmpty() ? tr("?") : certificateIssuer(chain.constFirst()));
    } else {
        result.detail = tr("TCP connection to %1:%2")
                            .arg(m_socket->peerAddress().toString())
                            .arg(m_socket->peerPort());
    }
    m_socket->abort();
    Q_EMIT finished(result);
}

void ConnectCheck::fail(TransportFailure failure, const QString &detail, const QString &issuer)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_socket)
        m_socket->abort();
    Q_EMIT finished(gd::failure(id(), *context(), failure, detail, int(m_clock.elapsed()), issuer));
}

void ConnectCheck::cancel()
{
    m_done = true;
    m_deadline.stop();
    if (m_socket)
        m_socket->abort();
}

} // namespace gd
