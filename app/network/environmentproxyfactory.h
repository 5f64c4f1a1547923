#pragma once

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace gd {

// Honours the usual HTTPS_PROXY / ALL_PROXY / NO_PROXY variables (either case) and falls back to
// the system configuration. Loopback is always reached directly, so the simulator never goes
// through a corporate proxy.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    bool bypassed(const QString &host) const;

    QString m_proxy;
    QStringList m_noProxy;
};

// Makes `manager` use the environment's proxy variables (and the system's, without them).
void useEnvironmentProxies(QNetworkAccessManager &manager);

} // namespace gd
