#include "callresult.h"

using namespace Qt::StringLiterals;

namespace gd {

QJsonObject Timings::toJson() const
{
    return {{u"dns_ms"_s, dnsMs},
            {u"connect_ms"_s, connectMs},
            {u"tls_ms"_s, tlsMs},
            {u"ttfb_ms"_s, ttfbMs},
            {u"total_ms"_s, totalMs}};
}

} // namespace gd
