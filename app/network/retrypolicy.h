#pragma once

#include "calls/callresult.h"

#include <QString>

#include <functional>
#include <optional>

namespace gd {

struct RetryDecision
{
    bool retry = false;
    int delayMs = 0;
    QString stopReason; // set when a transient failure is not retried
};

// The one retry policy of the app (the official advice): retry only 408, 429, 5xx and transient
// network failures, with exponential backoff and jitter; the server's own delay is a floor; a
// wait longer than a minute is reported instead of slept through.
class RetryPolicy final
{
public:
    int maxRetries = 0;
    int baseDelayMs = 1000;
    int longestWaitMs = 60'000;
    std::function<double()> random; // uniform in [0, 1); QRandomGenerator when unset

    static bool isTransient(const CallResult &result);

    // attemptsMade counts the attempt that produced result. serverDelaySeconds comes from the
    // diagnosis (RetryInfo, "Please retry in", Retry-After); categoryRetryable is false for
    // failures that waiting does not fix (a used-up daily quota, depleted prepay credits).
    RetryDecision decide(int attemptsMade, const CallResult &result,
                         std::optional<double> serverDelaySeconds, bool categoryRetryable) const;
};

} // namespace gd
