#include "endpointpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd {

class EndpointPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(gd::EndpointPolicy)
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    // QUrl reads an address in any form an URL may hold it ("127.1", "[0:0::1]") and writes it in
    // one canonical form, with Qt Core alone: the window can check an endpoint before Qt Network
    // is loaded. tst_endpointpolicy holds this to QHostAddress::isLoopback().
    QUrl url;
    url.setHost(host.startsWith(u'[') ? host : host.contains(u':') ? u'[' + host + u']' : host);
    if (!url.isValid())
        return false;
    const QString canonical = url.host();
    if (canonical == u"::1"_s)
        return true;
    // 127.0.0.0/8, alone or mapped into IPv6; a part over 255 makes a host name, not an address.
    static const QRegularExpression ipv4Loopback(
        uR"(^(?:::ffff:)?127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$)"_s);
    const QRegularExpressionMatch match = ipv4Loopback.match(canonical);
    if (!match.hasMatch())
        return false;
    for (int part = 1; part <= 3; ++part) {
        if (match.capturedView(part).toInt() > 255)
            return false;
    }
    return true;
}

std::optional<QString> refusalReason(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return EndpointPolicyText::tr("“%1” is not a valid URL.").arg(baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == u"https"_s)
        return std::nullopt;
    if (scheme == u"http"_s && isLoopbackHost(baseUrl.host()))
        return std::nullopt;
    if (scheme == u"http"_s)
        return EndpointPolicyText::tr(
                   "Refused to send your key over plain HTTP to %1: anyone on the way "
                   "could read it. Use an https:// URL (plain HTTP is only allowed to "
                   "this computer, for the simulator).")
            .arg(baseUrl.host());
    return EndpointPolicyText::tr("Unsupported URL scheme “%1”: use https://.").arg(scheme);
}

QUrl withoutSecrets(const QUrl &baseUrl, QStringList *removed)
{
    QUrl url = baseUrl;
    if (removed && !url.userInfo().isEmpty())
        removed->append(u"user_info"_s);
    if (removed && url.hasQuery())
        removed->append(u"query"_s);
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl endpointUrl(const QUrl &baseUrl, const QString &path)
{
    QUrl url = withoutSecrets(baseUrl);
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u'/' + path);
    return url;
}

} // namespace gd
