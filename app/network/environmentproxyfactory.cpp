#include "environmentproxyfactory.h"

#include "policy/endpointpolicy.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

QString firstSet(const QProcessEnvironment &environment, const QStringList &names)
{
    for (const QString &name : names) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory(QProcessEnvironment environment)
    : m_proxy(firstSet(environment,
                       {u"HTTPS_PROXY"_s, u"https_proxy"_s, u"ALL_PROXY"_s, u"all_proxy"_s}))
{
    const QString noProxy = firstSet(environment, {u"NO_PROXY"_s, u"no_proxy"_s});
    for (const QString &entry : noProxy.split(u',', Qt::SkipEmptyParts))
        m_noProxy.append(entry.trimmed().toLower());
}

bool EnvironmentProxyFactory::bypassed(const QString &host) const
{
    const QString lower = host.toLower();
    for (const QString &entry : m_noProxy) {
        if (entry == u"*"_s)
            return true;
        QString suffix = entry;
        if (suffix.startsWith(u'*'))
            suffix.remove(0, 1);
        if (lower == suffix || (suffix.startsWith(u'.') && lower.endsWith(suffix)) ||
            lower.endsWith(u'.' + suffix))
            return true;
    }
    return false;
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName();
    if (isLoopbackHost(host) || bypassed(host))
        return {QNetworkProxy::NoProxy};
    if (!m_proxy.isEmpty()) {
        QUrl url = QUrl::fromUserInput(m_proxy);
        const bool socks = url.scheme().startsWith(u"socks"_s);
        QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                            url.host(), quint16(url.port(socks ? 1080 : 8080)),
                            url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
        return {proxy};
    }
    return systemProxyForQuery(query);
}

void useEnvironmentProxies(QNetworkAccessManager &manager)
{
    manager.setProxyFactory(new EnvironmentProxyFactory); // the manager takes ownership
}

} // namespace gd
