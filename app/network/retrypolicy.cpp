#include "retrypolicy.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace gd {

class RetryPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(gd::RetryPolicy)
};

bool RetryPolicy::isTransient(const CallResult &result)
{
    if (result.transportFailure) {
        const TransportFailure failure = *result.transportFailure;
        return failure == TransportFailure::ConnectionClosed ||
               failure == TransportFailure::Timeout;
    }
    const int status = result.httpStatus;
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

RetryDecision RetryPolicy::decide(int attemptsMade, const CallResult &result,
                                  std::optional<double> serverDelaySeconds,
                                  bool categoryRetryable) const
{
    RetryDecision decision;
    if (!isTransient(result) || !categoryRetryable || attemptsMade > maxRetries)
        return decision;

    const double exponential = baseDelayMs * std::pow(2.0, std::max(0, attemptsMade - 1));
    const double unit = random ? random() : QRandomGenerator::global()->generateDouble();
    // "Equal jitter": half the backoff is fixed, half random, so retries never bunch up at 0.
    double delayMs = exponential / 2 + unit * exponential / 2;
    if (serverDelaySeconds)
        delayMs = std::max(delayMs, *serverDelaySeconds * 1000.0);

    if (delayMs > longestWaitMs) {
        decision.stopReason =
            RetryPolicyText::tr(
                "The API asks to wait %1 s before trying again; that is longer than a "
                "minute, so Gemini Doctor did not retry.")
                .arg(std::ceil(delayMs / 1000.0));
        return decision;
    }
    decision.retry = true;
    decision.delayMs = int(std::lround(delayMs));
    return decision;
}

} // namespace gd
