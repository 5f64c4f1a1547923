#pragma once

#include "check.h"
#include "network/transporterrors.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace gd {

// The proxy the run's network uses for the base URL (NoProxy when none).
QNetworkProxy proxyFor(const CheckContext &context);

// dns: resolves the API host (or the proxy's, when a proxy does the resolving).
class DnsCheck final : public Check
{
    Q_OBJECT
public:
    using Check::Check;
    QString id() const override;
    QStringList prerequisites() const override { return {}; }
    void start() override;
    void cancel() override;

private:
    QElapsedTimer m_clock;
    QTimer m_deadline;
    int m_lookupId = -1;
    bool m_done = false;
};

// tls (connect, for plain HTTP to loopback): opens a TCP connection and, for https, completes
// the TLS handshake, timing each stage on its own socket. SSL errors are reported, never ignored.
class ConnectCheck final : public Check
{
    Q_OBJECT
public:
    using Check::Check;
    QString id() const override;
    QStringList prerequisites() const override;
    void start() override;
    void cancel() override;

private:
    void succeed();
    void fail(TransportFailure failure, const QString &detail, const QString &issuer = {});

    QPointer<QSslSocket> m_socket;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    qint64 m_hostFound = -1;
    qint64 m_connected = -1;
    QList<QSslError> m_sslErrors;
    bool m_done = false;
};

} // namespace gd
