#pragma once

#include "pastedrequest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gd {

// The largest request inspect reads (the command line and the app): one request, even with
// inline files, is smaller; anything larger is refused whole, never cut.
inline constexpr qint64 kMaxRequestBytes = 16 * 1024 * 1024;

// Reads one request as people have it: a generateContent, streamGenerateContent or countTokens
// body (camelCase or snake_case), a curl command line, an OpenAI chat.completions body, Live API
// client messages (one object, an array, or one per line), a batchEmbedContents or Batch API
// body, an embedContent body. A key in it (?key=, x-goog-api-key, Authorization: Bearer) is taken
// out and only remembered as found. Nothing when the input is not a request; `whyNot` then says,
// in one sentence, what was read.
[[nodiscard]] std::optional<PastedRequest> readRequest(const QByteArray &input, QString *whyNot);

} // namespace gd
