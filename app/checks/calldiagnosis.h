#pragma once

#include "calls/callresult.h"
#include "diagnosis/diagnoser.h"

namespace gd {

// The category of contract section 3 for a call that got no usable answer.
[[nodiscard]] Category categoryForTransport(TransportFailure failure);

// check: the result of one API call, with or without an HTTP answer. The one place that knows
// both the network's results and the diagnosis.
[[nodiscard]] Diagnosis diagnoseCall(const CallResult &result,
                                     const DiagnosisContext &context = {});

} // namespace gd
