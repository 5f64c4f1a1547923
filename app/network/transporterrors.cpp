#include "transporterrors.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

class TransportFailureText
{
    Q_DECLARE_TR_FUNCTIONS(gd::TransportFailure)
};

} // namespace

TransportFailure failureForReplyError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return TransportFailure::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return TransportFailure::ConnectionRefused;
    case QNetworkReply::TimeoutError:
        return TransportFailure::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportFailure::TlsHandshake;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return TransportFailure::Protocol;
    default:
        break;
    }
    if (error >= QNetworkReply::ProxyConnectionRefusedError &&
        error <= QNetworkReply::UnknownProxyError)
        return TransportFailure::Proxy;
    // RemoteHostClosed, TemporaryNetworkFailure, UnknownNetworkError: the connection broke.
    return TransportFailure::ConnectionClosed;
}

TransportFailure failureForSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return TransportFailure::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return TransportFailure::ConnectionRefused;
    case QAbstractSocket::SocketTimeoutError:
        return TransportFailure::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return TransportFailure::TlsHandshake;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return TransportFailure::Proxy;
    default:
        return TransportFailure::ConnectionClosed;
    }
}

QString certificateIssuer(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QString issuer = certificate.issuerDisplayName();
    return issuer.isEmpty() ? certificate.issuerInfo(QSslCertificate::CommonName).join(u", "_s)
                            : issuer;
}

QString certificateIssuer(const QList<QSslError> &errors, const QList<QSslCertificate> &peerChain)
{
    QString issuer =
        errors.isEmpty() ? QString() : certificateIssuer(errors.constFirst().certificate());
    if (issuer.isEmpty() && !peerChain.isEmpty())
        issuer = certificateIssuer(peerChain.constFirst());
    return issuer;
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    reasons.removeDuplicates();
    return reasons.join(u"; "_s);
}

} // namespace gd
