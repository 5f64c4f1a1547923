#pragma once

#include "calls/transportfailure.h"

#include <QAbstractSocket>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace gd {

// The one place that reads Qt's socket and reply errors: both the API calls and the tls check
// use it, so a failure is named the same way wherever it happens.
TransportFailure failureForReplyError(QNetworkReply::NetworkError error);
TransportFailure failureForSocketError(QAbstractSocket::SocketError error);

// Who issued the certificate presented (the usual sign of a TLS-inspecting proxy), from the
// errors' certificate or else the first of the peer's chain.
QString certificateIssuer(const QList<QSslError> &errors,
                          const QList<QSslCertificate> &peerChain = {});
QString certificateIssuer(const QSslCertificate &certificate);
// "The certificate is self-signed; the host name does not match": each reason once.
QString describeSslErrors(const QList<QSslError> &errors);

} // namespace gd
