#pragma once

#include "pastedrequest.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace gd {

// A request written out again, in the form it came in: a curl command stays a curl command (its
// URL, without any key, and a Content-Type header), JSON lines stay one object per line, a body
// is indented JSON. What inspect --fix prints and the app's "Apply safe fixes" puts in place.
[[nodiscard]] QString requestText(const PastedRequest &request, const QJsonValue &body);

// Where a JSON Pointer's value sits in the text the request was read from (the characters from
// the start of its key, or of the value in an array, to the end of the value), for the app to
// highlight. Nothing when the text cannot be followed that far; the nearest enclosing value
// when the pointer names something missing.
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;
};
[[nodiscard]] std::optional<TextRange> locate(const QString &text, const PastedRequest &request,
                                              const QString &pointer);

} // namespace gd
