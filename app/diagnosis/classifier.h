#pragma once

#include "category.h"
#include "parsedanswer.h"

namespace gd {

// Maps what was read onto a category of contract section 3, trusting, in order: the ErrorInfo
// reason, the QuotaFailure quotaId, the status, the HTTP code, and last the message text.
// Per-day against per-minute comes from quotaId, never from the metric name (both share it).
[[nodiscard]] Category classify(const ParsedAnswer &answer);

// The quota facts that decide between the three 429 categories.
[[nodiscard]] bool quotaSaysPerDay(const ParsedAnswer &answer);
[[nodiscard]] bool quotaSaysLimitZero(const ParsedAnswer &answer);

} // namespace gd
