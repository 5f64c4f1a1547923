#pragma once

#include "diagnosis.h"
#include "parsedanswer.h"
#include "recognisers.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace gd {

// What the caller knows beyond the error itself.
struct DiagnosisContext
{
    QString model;            // the model the request named
    QString apiVersion;       // "v1beta" or "v1"
    QUrl endpoint;            // the URL that was called (never carries the key)
    int timeoutMs = 0;        // the client's time limit
    QString suggestedModel;   // a model this key can use, from models.list
    QStringList listedModels; // the models the key lists (check), for "models that support it"
    QDateTime now;            // for "resets in" and retirements; the current time when invalid
    // check knows the key and how it went: a standard key (AIza...) sent in x-goog-api-key. A
    // 401 ACCESS_TOKEN_TYPE_UNSUPPORTED then means the key type is no longer accepted.
    bool standardKeyInHeader = false;
    // The message recognisers to read with; the built-in ones (resources/recognisers.json) when
    // null. Tests pass a set with one left out, to prove that a fixture needs it.
    const Recognisers *recognisers = nullptr;
};

// Turns what was read into a diagnosis: category, the catalog's words with the facts woven in,
// links (allow list only) and the API's own message, all passed through the redactor.
[[nodiscard]] Diagnosis diagnose(const ParsedAnswer &answer, const DiagnosisContext &context = {});

// explain: a body or pasted text, with the HTTP status if known (0 otherwise).
[[nodiscard]] Diagnosis diagnoseText(const QByteArray &text, int httpStatus = 0,
                                     const DiagnosisContext &context = {});

// The {placeholder} names the diagnoser can fill in; the catalog may use no others.
const QStringList &knownFactNames();

// A call that got no usable HTTP answer (app/checks maps the network's failure onto a category).
struct TransportProblem
{
    Category category = Category::ConnectionReset;
    int httpStatus = 0;
    QByteArray body; // what arrived, if anything
    QString detail;  // what the transport said
    QString certificateIssuer;
};
[[nodiscard]] Diagnosis diagnoseTransport(const TransportProblem &problem,
                                          const DiagnosisContext &context = {});

// The HTTP answer of a call: its body, status and Retry-After header. retryAt counts from now
// (the answer's arrival) or context.now.
[[nodiscard]] Diagnosis diagnoseHttpAnswer(const QByteArray &body, int httpStatus,
                                           const QByteArray &retryAfterHeader,
                                           const DiagnosisContext &context = {});

// A Live API session the server closed: the close frame's code and reason (contract section 3).
[[nodiscard]] Diagnosis diagnoseLiveClose(int closeCode, const QString &reason,
                                          const DiagnosisContext &context = {});

} // namespace gd
