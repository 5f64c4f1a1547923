#pragma once

#include "diagnosis.h"
#include "network/callresult.h"
#include "parsedanswer.h"

#include <QDateTime>

namespace gd {

// What the caller knows beyond the error itself.
struct DiagnosisContext
{
    QString model;          // the model the request named
    QString apiVersion;     // "v1beta" or "v1"
    QUrl endpoint;          // the URL that was called (never carries the key)
    int timeoutMs = 0;      // the client's time limit
    QString suggestedModel; // a model this key can use, from models.list
    QDateTime now;          // for "resets in" and retirements; the current time when invalid
    // check knows the key and how it went: a standard key (AIza...) sent in x-goog-api-key. A
    // 401 ACCESS_TOKEN_TYPE_UNSUPPORTED then means the key type is no longer accepted.
    bool standardKeyInHeader = false;
};

// Turns what was read into a diagnosis: category, the catalog's words with the facts woven in,
// links (allow list only) and the API's own message, all passed through the redactor.
[[nodiscard]] Diagnosis diagnose(const ParsedAnswer &answer, const DiagnosisContext &context = {});

// explain: a body or pasted text, with the HTTP status if known (0 otherwise).
[[nodiscard]] Diagnosis diagnoseText(const QByteArray &text, int httpStatus = 0,
                                     const DiagnosisContext &context = {});

// The {placeholder} names the diagnoser can fill in; the catalog may use no others.
const QStringList &knownFactNames();

// check: the result of one API call, with or without an HTTP answer.
[[nodiscard]] Diagnosis diagnoseCall(const CallResult &result,
                                     const DiagnosisContext &context = {});

} // namespace gd
