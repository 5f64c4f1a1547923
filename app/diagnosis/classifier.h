#pragma once

#include "category.h"
#include "parsedanswer.h"
#include "recognisers.h"

namespace gd {

// Maps what was read onto a category of contract section 3, trusting, in order: the ErrorInfo
// reason, the QuotaFailure quotaId, the status, the HTTP code, and last the message text, which
// the recognisers read (resources/recognisers.json). Per-day against per-minute comes from
// quotaId, never from the metric name (both share it).
[[nodiscard]] Category classify(const ParsedAnswer &answer,
                                const Recognisers &recognisers = Recognisers::builtIn());

// The words the recognisers read: the message, its localized form, and a damaged input whole.
[[nodiscard]] QString wordsOf(const ParsedAnswer &answer);

// The quota facts that decide between the three 429 categories.
[[nodiscard]] bool quotaSaysPerDay(const ParsedAnswer &answer);
[[nodiscard]] bool quotaSaysLimitZero(const ParsedAnswer &answer,
                                      const Recognisers &recognisers = Recognisers::builtIn());

} // namespace gd
