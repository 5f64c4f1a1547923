#pragma once

#include "parsedanswer.h"

#include <QByteArray>

namespace gd {

// Reads every input form of contract section 2: a Google error envelope (plain, array-wrapped,
// double-encoded in another error's message), a 200 GenerateContentResponse, an SSE stream or a
// JSON-array stream, a Python dict repr, SDK-formatted text ("[429 Too Many Requests] msg
// [details]"), an SDK object repr, HTML, plain text and truncated or damaged JSON.
// Never throws, never loops on its own output; httpStatus 0 means "not known".
[[nodiscard]] ParsedAnswer parseAnswer(const QByteArray &input, int httpStatus = 0);

// A Live API close frame as it arrived on the socket (not pasted text): its code and reason.
[[nodiscard]] ParsedAnswer parseCloseFrame(int closeCode, const QString &reason);

// One of the 16 google.rpc canonical codes, as error.status spells them.
[[nodiscard]] bool isCanonicalStatus(const QString &status);

// "26s", "45.837906927s", "900ms", "1.5m": seconds, or nothing when unreadable.
[[nodiscard]] std::optional<double> parseDuration(QStringView text);

} // namespace gd
