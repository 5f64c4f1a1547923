#include "endpointpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

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
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
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
