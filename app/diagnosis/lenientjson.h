#pragma once

#include <QByteArray>
#include <QJsonDocument>

#include <optional>

namespace gd {

struct RecoveredJson
{
    QJsonDocument document;
    bool repaired = false; // the text was not valid JSON as given
};

// Parses JSON as people paste it: strict JSON first, then a Python dict repr, then text whose
// quotes a forum turned curly, then one with trailing commas, then a truncated document closed
// at the last complete value.
// Returns nothing when no JSON can be recovered. Linear in the input for every form but the last,
// which tries a bounded number of cut points.
[[nodiscard]] std::optional<RecoveredJson> parseLenientJson(const QByteArray &text);

// “Curly” quotes, as forums print them, made straight again.
QByteArray straightenQuotes(QByteArray text);

// A comma right before } or ], as JavaScript, Python and hand-edited logs leave it, removed.
QByteArray dropTrailingCommas(const QByteArray &text);

// 'single quotes', True/False/None and \x escapes of a Python repr, as JSON.
QByteArray pythonReprToJson(const QByteArray &text);

// Closes a truncated JSON document at its last complete value. A long string cut in the middle
// (a message) is kept with an ellipsis; a short one (an id, a number) is dropped, so a cut
// "6000000" never reads as "60".
std::optional<QJsonDocument> closeTruncatedJson(const QByteArray &text);

} // namespace gd
