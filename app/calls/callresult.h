#pragma once

#include "transportfailure.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace gd {

// How long one call may take when nobody says otherwise (--timeout, the desktop's setting).
inline constexpr int kDefaultTimeoutMs = 30'000;

// Stage timings of one request, in milliseconds, measured from signals (never estimated).
// A stage that did not happen (a reused connection, plain HTTP) is 0.
struct Timings
{
    int dnsMs = 0;
    int connectMs = 0;
    int tlsMs = 0;
    int ttfbMs = 0;
    int totalMs = 0;

    QJsonObject toJson() const;
};

// What one API call came back with: an HTTP answer, or the reason there was none.
struct CallResult
{
    QUrl url; // never carries the key
    int httpStatus = 0;
    QByteArray body; // at most the client's body cap
    QByteArray contentType;
    QByteArray retryAfterHeader;
    std::optional<TransportFailure> transportFailure;
    QString transportDetail;
    QString certificateIssuer;
    Timings timings;
    int attempts = 1;
    QString retryNote; // why retrying stopped, when it did
    bool cancelledByUser = false;

    bool hasHttpAnswer() const { return !transportFailure.has_value() && httpStatus > 0; }
};

} // namespace gd

Q_DECLARE_METATYPE(gd::CallResult)
