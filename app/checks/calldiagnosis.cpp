#include "calldiagnosis.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd {

class CallDiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(gd::CallDiagnosis)
};

Category categoryForTransport(TransportFailure failure)
{
    switch (failure) {
    case TransportFailure::HostNotFound:
        return Category::DnsFailure;
    case TransportFailure::ConnectionRefused:
        return Category::ConnectionRefused;
    case TransportFailure::ConnectionClosed:
        return Category::ConnectionReset;
    case TransportFailure::TlsHandshake:
        return Category::TlsFailure;
    case TransportFailure::Proxy:
        return Category::ProxyFailure;
    case TransportFailure::Timeout:
        return Category::Timeout;
    case TransportFailure::InsecureEndpoint:
        return Category::InsecureEndpoint;
    case TransportFailure::Protocol:
        return Category::NotGeminiResponse;
    case TransportFailure::TooLarge:
        return Category::ResponseTooLarge;
    case TransportFailure::Cancelled:
        return Category::Cancelled;
    }
    return Category::ConnectionReset;
}

Diagnosis diagnoseCall(const CallResult &result, const DiagnosisContext &context)
{
    DiagnosisContext withUrl = context;
    if (!withUrl.endpoint.isValid())
        withUrl.endpoint = result.url;
    Diagnosis diagnosis =
        result.transportFailure
            ? diagnoseTransport({categoryForTransport(*result.transportFailure), result.httpStatus,
                                 result.body, result.transportDetail, result.certificateIssuer},
                                withUrl)
            : diagnoseHttpAnswer(result.body, result.httpStatus, result.retryAfterHeader, withUrl);
    if (!result.retryNote.isEmpty())
        diagnosis.facts.append({CallDiagnosisText::tr("Retries"), result.retryNote});
    else if (!result.transportFailure && result.attempts > 1)
        diagnosis.facts.append({CallDiagnosisText::tr("Retries"),
                                CallDiagnosisText::tr("%n attempts", nullptr, result.attempts)});
    return diagnosis;
}

} // namespace gd
