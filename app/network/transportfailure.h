#pragma once

#include <QAbstractSocket>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace gd {

// Why a call got no usable HTTP answer, in the network layer's own terms. The diagnosis is
// somebody else's business (app/checks maps these onto categories).
enum class TransportFailure
{
    HostNotFound,
    ConnectionRefused,
    ConnectionClosed, // reset, closed early, network gone
    TlsHandshake,
    Proxy,
    Timeout,
    InsecureEndpoint, // refused before sending: plain HTTP to a host that is not loopback
    Protocol,         // not HTTP as expected: redirects, unknown protocol
    TooLarge,         // the body went past the cap
    Cancelled,
};

// The one place that reads Qt's socket and reply errors: both the API calls and the tls check
// use it, so a failure is named the same way wherever it happens.
TransportFailure failureForReplyError(QNetworkReply::NetworkError error);
TransportFailure failureForSocketError(QAbstractSocket::SocketError error);

// Who issued the certificate presented (the usual sign of a TLS-inspecting proxy), from the
// errors' certificate or else the first of the peer's chain.
QString certificateIssuer(const QList<QSslError> &errors,
                          const QList<QSslCertificate> &peerChain = {});
QString certificateIssuer(const QSslCertificate &certificate);
// What a TooLarge failure says: the answer passed this side's cap and reading stopped. One
// wording for the HTTP calls and the Live session.
QString tooLargeDetail(qint64 capBytes);
// "The certificate is self-signed; the host name does not match": each reason once.
QString describeSslErrors(const QList<QSslError> &errors);

} // namespace gd
