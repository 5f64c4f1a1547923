#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace gd {

// One google.rpc.QuotaFailure violation (or a "* Quota exceeded for metric" line of the message).
struct QuotaViolation
{
    QString metric;
    QString id; // quotaId: the only thing that tells per-day from per-minute
    QMap<QString, QString> dimensions;
    std::optional<QString> value; // absent when the limit is 0
    QString per;                  // "day", "minute", "hour" or empty when unknown
    QString tier;                 // "free", "paid" or empty when unknown
    int paidTier = 0;             // 1, 2, 3 when the quotaId or metric names it
    bool fromMessage = false;     // read from the message text, not from a QuotaFailure detail
    bool mayBeIncomplete = false; // the last violation of a truncated body
};

struct FieldViolation
{
    QString field;
    QString description;
};

struct HelpLink
{
    QString description;
    QString url;
};

struct PreconditionViolation
{
    QString type;
    QString subject;
    QString description;
};

// The shape of what was read: decides how much the classifier can trust.
enum class InputShape
{
    Empty,
    ErrorEnvelope,    // {"error":{...}}, array-wrapped, double-encoded, repr, SDK text with JSON
    GenerateResponse, // a 200 GenerateContentResponse (or a stream of them)
    OtherApiAnswer,   // a 200 answer of another method: models, countTokens
    Html,
    Text, // plain text or SDK-formatted text without JSON
    OtherJson,
    CloseFrame, // a Live API WebSocket close: its code and reason, as an SDK printed it
};

// Everything the parser could read from an answer of the API or from text pasted from a log.
// Values never seen before are kept as data; nothing here is trusted to be complete.
struct ParsedAnswer
{
    InputShape shape = InputShape::Empty;
    int httpStatus = 0; // given by the caller, else read from the text ("[429 ...]")
    int errorCode = 0;  // error.code
    QString status;     // error.status, e.g. RESOURCE_EXHAUSTED
    QString codeName;   // a string error.code (Interactions API, OpenAI style): "invalid_request"
    int closeCode = 0;  // the WebSocket close code of a Live API failure (1007, 1008, 1011...)
    QString message;    // error.message, unchanged

    // google.rpc details
    QString reason;
    QString domain;
    QMap<QString, QString> metadata;
    QList<QuotaViolation> quota;
    std::optional<double> retryDelaySeconds; // RetryInfo, else "Please retry in" in the message
    QList<HelpLink> helpLinks;
    QList<FieldViolation> fieldViolations;
    QString localizedMessage;
    QList<PreconditionViolation> preconditionViolations;
    bool hadDebugInfo = false; // never echoed: it can hold the key

    // 200 answers
    QString blockReason;
    QString blockReasonMessage;
    QString finishReason; // the final one of the first candidate
    int candidateCount = 0;
    bool hasContent = false; // any part (text, function call, ...) in any candidate
    std::optional<int> promptTokens;
    std::optional<int> outputTokens;
    std::optional<int> thoughtsTokens;
    QString modelVersion;   // the model that answered ("model" in an OpenAI-compatible answer)
    QString requestedModel; // the model the pasted text's request URL names, when it has one
    // When the answer was sent, from an HTTP Date header in pasted text (curl -i, a proxy's log);
    // invalid when the text carries none. A retry delay counts from here, not from the paste.
    QDateTime answeredAt;

    // streams
    int events = 0;
    bool errorAfterOutput = false;

    bool repaired = false; // truncated or damaged; what is here was recovered
    // The whole input (at most 16 KiB) when it had to be repaired: the recognisers read it too,
    // since a damaged body's message may have lost words that are still in the text.
    QString damagedText;
    bool fromBatch = false; // a Batch API result line: the error of one of its requests
    QString otherSurface;   // e.g. "cloudcode-pa": an error from another Google API
    QString firstBytes;     // of a body that is not a Gemini answer

    int effectiveCode() const { return errorCode > 0 ? errorCode : httpStatus; }
};

} // namespace gd
