#pragma once

#include "calls/callresult.h"
#include "policy/endpointpolicy.h"
#include "privacy/keysource.h"

#include <QString>
#include <QUrl>

namespace gd {

// What a run checks, and with which key. The key stays in memory only.
struct CheckSettings
{
    QUrl baseUrl = googleApiBaseUrl();
    QString apiVersion = QStringLiteral("v1beta");
    QString model;     // empty: the data's first choice the key lists (contract section 4)
    QString liveModel; // empty: a Live model the key lists, in the model data's order
    int timeoutMs = kDefaultTimeoutMs;
    int retries = 0;
    QStringList onlyChecks; // run only these (and what they need); empty: every check
    QString apiKey;         // handed to the runner's client, then cleared from the checks' copy
    KeySource keySource;
};

// "tls" for https, "connect" for plain HTTP to loopback (contract section 4).
inline QString connectCheckId(const CheckSettings &settings)
{
    return settings.baseUrl.scheme() == QLatin1String("http") ? QStringLiteral("connect")
                                                              : QStringLiteral("tls");
}

} // namespace gd
