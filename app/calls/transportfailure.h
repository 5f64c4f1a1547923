#pragma once

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

// What a TooLarge failure says: the answer passed this side's cap and reading stopped. One
// wording for the HTTP calls and the Live session.
QString tooLargeDetail(qint64 capBytes);

} // namespace gd
