#include "answerparser.h"

#include "lenientjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

constexpr int kMaxNesting = 4; // errors double-encoded inside messages, at most this deep
constexpr qsizetype kFirstBytes = 200;

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QMap<QString, QString> stringMapOf(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), stringOf(it.value()));
    return map;
}

void classifyQuotaId(QuotaViolation &violation)
{
    const QString id = violation.id;
    if (id.contains(u"PerDay"_s))
        violation.per = u"day"_s;
    else if (id.contains(u"PerMinute"_s))
        violation.per = u"minute"_s;
    else if (id.contains(u"PerHour"_s))
        violation.per = u"hour"_s;

    static const QRegularExpression paidTier(u"PaidTier(\\d*)|paid_tier_(\\d+)re"_s);
    const auto paid = paidTier.match(id + u' ' + violation.metric);
    if (id.contains(u"FreeTier"_s) || violation.metric.contains(u"free_tier"_s)) {
        violation.tier = u"free"_s;
    } else if (paid.hasMatch()) {
        violation.tier = u"paid"_s;
        const QString number = paid.captured(1).isEmpty() ? paid.captured(2) : paid.captured(1);
        violation.paidTier = number.toInt();
    } else if (!id.isEmpty()) {
        violation.tier = u"paid"_s; // paid quotaIds carry no tier suffix
    }
}

void readQuotaFailure(const QJsonObject &detail, ParsedAnswer &answer)
{
    for (const QJsonValue &value : detail.value(u"violations"_s).toArray()) {
        const QJsonObject object = value.toObject();
        QuotaViolation violation;
        violation.metric = object.value(u"quotaMetric"_s).toString();
        violation.id = object.value(u"quotaId"_s).toString();
        violation.dimensions = stringMapOf(object.value(u"quotaDimensions"_s));
        if (object.contains(u"quotaValue"_s))
            violation.value = stringOf(object.value(u"quotaValue"_s));
        if (violation.metric.isEmpty() && violation.id.isEmpty()) // legacy subject/description
            violation.metric = object.value(u"subject"_s).toString();
        classifyQuotaId(violation);
        answer.quota.append(violation);
    }
}

void readDetail(const QJsonObject &detail, ParsedAnswer &answer)
{
    const QString type = detail.value(u"@type"_s).toString();
    const QString kind = type.section(u'.', -1);
    if (kind == u"ErrorInfo"_s) {
        answer.reason = detail.value(u"reason"_s).toString();
        answer.domain = detail.value(u"domain"_s).toString();
        answer.metadata = stringMapOf(detail.value(u"metadata"_s));
    } else if (kind == u"QuotaFailure"_s) {
        readQuotaFailure(detail, answer);
    } else if (kind == u"RetryInfo"_s) {
        const QJsonValue delay = detail.value(u"retryDelay"_s);
        if (delay.isString()) {
            answer.retryDelaySeconds = parseDuration(delay.toString());
        } else if (delay.isObject()) {
            const QJsonObject duration = delay.toObject();
            answer.retryDelaySeconds = duration.value(u"seconds"_s).toVariant().toDouble() +
                                       duration.value(u"nanos"_s).toDouble() / 1e9;
        }
    } else if (kind == u"Help"_s) {
        for (const QJsonValue &link : detail.value(u"links"_s).toArray()) {
            answer.helpLinks.append({link.toObject().value(u"description"_s).toString(),
                                     link.toObject().value(u"url"_s).toString()});
        }
    } else if (kind == u"BadRequest"_s) {
        for (const QJsonValue &value : detail.value(u"fieldViolations"_s).toArray()) {
            const QJsonObject violation = value.toObject();
            answer.fieldViolations.append({violation.value(u"field"_s).toString(),
                                           violation.value(u"description"_s).toString()});
        }
    } else if (kind == u"LocalizedMessage"_s) {
        answer.localizedMessage = detail.value(u"message"_s).toString();
    } else if (kind == u"PreconditionFailure"_s) {
        for (const QJsonValue &value : detail.value(u"violations"_s).toArray()) {
            const QJsonObject violation = value.toObject();
            answer.preconditionViolations.append({violation.value(u"type"_s).toString(),
                                                  violation.value(u"subject"_s).toString(),
                                                  violation.value(u"description"_s).toString()});
        }
    } else if (kind == u"DebugInfo"_s) {
        answer.hadDebugInfo = true; // dropped on purpose: it echoes the key
    }
}

void readDetails(const QJsonArray &details, ParsedAnswer &answer)
{
    for (const QJsonValue &detail : details)
        readDetail(detail.toObject(), answer);
}

bool readErrorObject(const QJsonObject &error, ParsedAnswer &answer, int depth);

// An error whose message is itself a JSON error (proxies and SDKs wrap the real one).
bool readNestedError(const QString &message, ParsedAnswer &answer, int depth)
{
    if (depth >= kMaxNesting)
        return false;
    const qsizetype brace = message.indexOf(u'{');
    if (brace < 0 || !message.mid(brace).contains(u"error"_s))
        return false;
    const auto recovered = parseLenientJson(message.mid(brace).toUtf8());
    if (!recovered)
        return false;
    QJsonObject object = recovered->document.object();
    if (recovered->document.isArray())
        object = recovered->document.array().first().toObject();
    if (!object.value(u"error"_s).isObject())
        return false;
    ParsedAnswer inner;
    if (!readErrorObject(object.value(u"error"_s).toObject(), inner, depth + 1))
        return false;
    inner.httpStatus = answer.httpStatus;
    inner.repaired = answer.repaired || recovered->repaired;
    if (inner.errorCode == 0)
        inner.errorCode = answer.errorCode;
    answer = inner;
    return true;
}

// A string error code (the Interactions API's "invalid_request", OpenAI's "type") as the
// canonical status it stands for; empty when it stands for none.
QString statusForCodeName(const QString &codeName)
{
    static const QHash<QString, QString> known = {
        {u"invalid_request"_s, u"INVALID_ARGUMENT"_s},
        {u"invalid_request_error"_s, u"INVALID_ARGUMENT"_s},
        {u"not_found_error"_s, u"NOT_FOUND"_s},
        {u"permission_error"_s, u"PERMISSION_DENIED"_s},
        {u"forbidden"_s, u"PERMISSION_DENIED"_s},
        {u"authentication_error"_s, u"UNAUTHENTICATED"_s},
        {u"rate_limit_exceeded"_s, u"RESOURCE_EXHAUSTED"_s},
        {u"rate_limit_error"_s, u"RESOURCE_EXHAUSTED"_s},
        {u"quota_exceeded"_s, u"RESOURCE_EXHAUSTED"_s},
        {u"insufficient_quota"_s, u"RESOURCE_EXHAUSTED"_s},
        {u"internal_error"_s, u"INTERNAL"_s},
        {u"server_error"_s, u"INTERNAL"_s},
        {u"api_error"_s, u"INTERNAL"_s},
        {u"overloaded"_s, u"UNAVAILABLE"_s},
        {u"overloaded_error"_s, u"UNAVAILABLE"_s},
        {u"service_unavailable"_s, u"UNAVAILABLE"_s},
        {u"timeout"_s, u"DEADLINE_EXCEEDED"_s},
    };
    const QString lower = codeName.toLower();
    if (const auto it = known.constFind(lower); it != known.cend())
        return *it;
    const QString upper = codeName.toUpper();
    return isCanonicalStatus(upper) ? upper : QString();
}

bool readErrorObject(const QJsonObject &error, ParsedAnswer &answer, int depth)
{
    answer.shape = InputShape::ErrorEnvelope;
    const QJsonValue code = error.value(u"code"_s);
    answer.errorCode = code.toInt();
    if (code.isString()) {
        answer.codeName = code.toString();
        answer.errorCode = answer.codeName.toInt(); // "429" as a string, now and then
    } else if (error.value(u"type"_s).isString()) {
        answer.codeName = error.value(u"type"_s).toString(); // OpenAI's shape
    }
    answer.status = error.value(u"status"_s).toString();
    if (answer.status.isEmpty() && answer.errorCode == 0)
        answer.status = statusForCodeName(answer.codeName);
    answer.message = error.value(u"message"_s).toString();
    readDetails(error.value(u"details"_s).toArray(), answer);
    if (error.contains(u"errors"_s)) { // only Google's older APIs (cloudcode-pa) send this list
        answer.otherSurface = u"legacy"_s;
        // Its reason ("backendError", "badRequest") stands in when no ErrorInfo names one.
        if (answer.reason.isEmpty())
            answer.reason =
                error.value(u"errors"_s).toArray().first().toObject().value(u"reason"_s).toString();
    }
    readNestedError(answer.message, answer, depth);
    return true;
}

// A field by its JSON name, or by the snake_case name the Python SDK's model_dump() prints.
QJsonValue field(const QJsonObject &object, const QString &camel, const QString &snake)
{
    const QJsonValue value = object.value(camel);
    return value.isUndefined() ? object.value(snake) : value;
}

void readUsage(const QJsonObject &usage, ParsedAnswer &answer)
{
    if (usage.isEmpty())
        return;
    if (const QJsonValue v = field(usage, u"promptTokenCount"_s, u"prompt_token_count"_s);
        v.isDouble())
        answer.promptTokens = v.toInt();
    if (const QJsonValue v = field(usage, u"candidatesTokenCount"_s, u"candidates_token_count"_s);
        v.isDouble())
        answer.outputTokens = v.toInt();
    if (const QJsonValue v = field(usage, u"thoughtsTokenCount"_s, u"thoughts_token_count"_s);
        v.isDouble())
        answer.thoughtsTokens = v.toInt();
}

bool isGenerateResponse(const QJsonObject &object)
{
    return object.contains(u"candidates"_s) || object.contains(u"promptFeedback"_s) ||
           object.contains(u"usageMetadata"_s) || object.contains(u"prompt_feedback"_s) ||
           object.contains(u"usage_metadata"_s);
}

bool isOtherApiAnswer(const QJsonObject &object)
{
    return object.contains(u"models"_s) || object.contains(u"totalTokens"_s) ||
           object.contains(u"choices"_s) || // the OpenAI-compatible endpoint's answer
           (object.contains(u"name"_s) && object.contains(u"supportedGenerationMethods"_s));
}

// One event of a stream (or a whole non-streamed answer) folded into the answer.
void foldEvent(const QJsonObject &event, ParsedAnswer &answer, int depth)
{
    ++answer.events;
    if (event.value(u"error"_s).isObject()) {
        if (answer.shape == InputShape::ErrorEnvelope)
            return; // the first error decides
        const bool hadOutput = answer.hasContent;
        const int httpStatus = answer.httpStatus;
        ParsedAnswer errorAnswer;
        errorAnswer.httpStatus = httpStatus;
        errorAnswer.repaired = answer.repaired;
        readErrorObject(event.value(u"error"_s).toObject(), errorAnswer, depth);
        errorAnswer.errorAfterOutput = hadOutput;
        errorAnswer.events = answer.events;
        errorAnswer.hasContent = hadOutput;
        errorAnswer.modelVersion = answer.modelVersion;
        answer = errorAnswer;
        return;
    }
    if (answer.shape == InputShape::ErrorEnvelope)
        return;
    if (isGenerateResponse(event)) {
        answer.shape = InputShape::GenerateResponse;
        const QJsonObject feedback =
            field(event, u"promptFeedback"_s, u"prompt_feedback"_s).toObject();
        if (const QString block = field(feedback, u"blockReason"_s, u"block_reason"_s).toString();
            !block.isEmpty() && answer.blockReason.isEmpty()) {
            answer.blockReason = block;
            answer.blockReasonMessage =
                field(feedback, u"blockReasonMessage"_s, u"block_reason_message"_s).toString();
        }
        const QJsonArray candidates = event.value(u"candidates"_s).toArray();
        answer.candidateCount = std::max(answer.candidateCount, int(candidates.size()));
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const QJsonObject candidate = candidates.at(i).toObject();
            if (!candidate.value(u"content"_s).toObject().value(u"parts"_s).toArray().isEmpty())
                answer.hasContent = true;
            const QString finish =
                field(candidate, u"finishReason"_s, u"finish_reason"_s).toString();
            if (i == 0 && !finish.isEmpty())
                answer.finishReason = finish;
        }
        readUsage(field(event, u"usageMetadata"_s, u"usage_metadata"_s).toObject(), answer);
        const QString version = field(event, u"modelVersion"_s, u"model_version"_s).toString();
        if (!version.isEmpty())
            answer.modelVersion = version;
    } else if (isOtherApiAnswer(event)) {
        if (answer.shape != InputShape::GenerateResponse)
            answer.shape = InputShape::OtherApiAnswer;
        if (event.contains(u"choices"_s) && event.value(u"model"_s).isString())
            answer.modelVersion = event.value(u"model"_s).toString();
    } else if (answer.shape == InputShape::Empty) {
        answer.shape = InputShape::OtherJson;
    }
}

bool isCloseCode(int code)
{
    return (code >= 1000 && code <= 1015) || (code >= 3000 && code <= 4999);
}

void setCloseFrame(int code, QString reason, ParsedAnswer &answer)
{
    answer.shape = InputShape::CloseFrame;
    answer.closeCode = code;
    reason = reason.trimmed();
    while (reason.startsWith(u'\'') || reason.startsWith(u'"'))
        reason.remove(0, 1);
    while (reason.endsWith(u'\'') || reason.endsWith(u'"') || reason.endsWith(u'}') ||
           reason.endsWith(u';'))
        reason.chop(1);
    answer.message = reason.trimmed();
}

// A browser or Node CloseEvent logged as JSON: {"code": 1008, "reason": "...", "wasClean": true},
// or an app's event that carries one: {"type": "session.closed", "data": {"code": ..., ...}}.
bool readCloseObject(const QJsonObject &object, ParsedAnswer &answer)
{
    for (const QJsonObject &candidate : {object, object.value(u"data"_s).toObject()}) {
        const int code = candidate.value(u"code"_s).toInt();
        if (isCloseCode(code) && candidate.value(u"reason"_s).isString()) {
            setCloseFrame(code, candidate.value(u"reason"_s).toString(), answer);
            return true;
        }
    }
    return false;
}

// A Live API close as SDKs print it (contract section 2):
//   Python websockets: "received 1007 (invalid frame payload data) <reason>; then sent 1007 ..."
//   google-genai:      "1008 None. <reason>"
//   browser and Node:  "CloseEvent {code: 1011, reason: '...'}", "WebSocket closed with code 1011:
//   <reason>", "Connection closed: 1007 - <reason>".
// The reason is cut at 123 bytes by the protocol; what arrives is classified as it is.
bool readCloseFrame(const QString &text, ParsedAnswer &answer)
{
    const QString head = text.left(4096);
    // Every form carries a close code: most pasted text has none, and skips the four patterns.
    static const QRegularExpression anyCloseCode(uR"re(\b(?:10(?:0\d|1[0-5])|[34]\d{3})\b)re"_s);
    if (!head.contains(anyCloseCode))
        return false;
    static const QRegularExpression websockets(
        uR"re(\b(?:received|sent)\s+(\d{4})\s*\(([^)\n]{0,40})\)[ \t]*([^\n]*))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression genai(uR"re((?:^|[\s:])(\d{4}) None\.[ \t]*([^\n]*))re"_s);
    static const QRegularExpression closeEvent(uR"re(\bcode\b["']?\s*[:=]\s*(\d{4})\b)re"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closeReason(
        uR"re(\breason\b["']?\s*[:=]\s*(?:'([^'\n]*)'?|"([^"\n]*)"?|([^,}\n]*)))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closedWith(
        uR"re(\bclosed?\b(?:\s+with)?(?:\s+(?:status|code))?\s*[:=]?\s*(\d{4})\b(?:\s*\([^)\n]{0,40}\))?[\s:,.\-–—]*(?:reason\s*[:=]?\s*)?([^\n]*))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression thenSent(uR"re(;\s*(?:then sent|no close frame)\b.*$)re"_s);

    if (const auto match = websockets.match(head);
        match.hasMatch() && isCloseCode(match.captured(1).toInt())) {
        setCloseFrame(match.captured(1).toInt(), match.captured(3).remove(thenSent), answer);
        return true;
    }
    if (const auto match = genai.match(head);
        match.hasMatch() && isCloseCode(match.captured(1).toInt())) {
        setCloseFrame(match.captured(1).toInt(), match.captured(2), answer);
        return true;
    }
    const bool aboutSockets = head.contains(u"CloseEvent"_s) ||
                              head.contains(u"websocket"_s, Qt::CaseInsensitive) ||
                              head.contains(u"onclose"_s, Qt::CaseInsensitive) ||
                              head.contains(u"Live API"_s, Qt::CaseInsensitive);
    if (const auto match = closeEvent.match(head);
        aboutSockets && match.hasMatch() && isCloseCode(match.captured(1).toInt())) {
        const auto reason = closeReason.match(head);
        setCloseFrame(match.captured(1).toInt(),
                      reason.captured(1) + reason.captured(2) + reason.captured(3), answer);
        return true;
    }
    if (const auto match = closedWith.match(head);
        match.hasMatch() && isCloseCode(match.captured(1).toInt())) {
        setCloseFrame(match.captured(1).toInt(), match.captured(2), answer);
        return true;
    }
    return false;
}

void readDocument(const QJsonDocument &document, ParsedAnswer &answer);

// A Batch API result line keeps a request's error as text in "status":
//   {"status": "Bad Request: {\"error\": {...}}"}
bool readBatchResultLine(const QJsonObject &object, ParsedAnswer &answer)
{
    const QString status = object.value(u"status"_s).toString();
    const qsizetype brace = status.indexOf(u'{');
    if (object.contains(u"error"_s) || brace < 0 || !status.contains(u"error"_s))
        return false;
    const auto inner = parseLenientJson(status.mid(brace).toUtf8());
    if (!inner || !inner->document.object().value(u"error"_s).isObject())
        return false;
    readDocument(inner->document, answer);
    answer.repaired = answer.repaired || inner->repaired;
    answer.fromBatch = true;
    return true;
}

// An app's own wrapper around Google's error: {"API Error": {"error": {...}}}.
bool readWrappedError(const QJsonObject &object, ParsedAnswer &answer)
{
    if (object.size() != 1 || !object.begin().value().isObject())
        return false;
    const QJsonObject inner = object.begin().value().toObject();
    if (!inner.value(u"error"_s).isObject())
        return false;
    readErrorObject(inner.value(u"error"_s).toObject(), answer, 0);
    return true;
}

void readDocument(const QJsonDocument &document, ParsedAnswer &answer)
{
    if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &element : array) {
            if (element.isObject())
                foldEvent(element.toObject(), answer, 0);
        }
        if (array.isEmpty() || answer.shape == InputShape::Empty)
            answer.shape = InputShape::OtherJson;
        return;
    }
    const QJsonObject object = document.object();
    if (object.isEmpty())
        return; // "{}": as empty as no body at all
    const QJsonValue error = object.value(u"error"_s);
    if (error.isString()) {
        // Another API's shape: {"error": "text"}.
        answer.shape = InputShape::ErrorEnvelope;
        answer.message = error.toString();
        readNestedError(answer.message, answer, 0);
        return;
    }
    if (error.isUndefined() &&
        (readCloseObject(object, answer) || readBatchResultLine(object, answer) ||
         readWrappedError(object, answer)))
        return;
    foldEvent(object, answer, 0);
}

// JSON lines (a log of events, one object per line): the first line with a close or an error.
bool readJsonLines(const QByteArray &input, ParsedAnswer &answer)
{
    // JSON lines, not one document spread over lines: the first line is a whole object.
    const qsizetype firstEnd = input.indexOf('\n');
    if (firstEnd < 0 || !input.left(firstEnd).trimmed().endsWith('}'))
        return false;
    const QList<QByteArray> lines = input.split('\n');
    if (lines.size() > 1000)
        return false;
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (!line.startsWith('{'))
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return false; // not JSON lines after all: one document spread over lines
        ParsedAnswer lineAnswer;
        lineAnswer.httpStatus = answer.httpStatus;
        readDocument(document, lineAnswer);
        if (lineAnswer.shape == InputShape::CloseFrame ||
            lineAnswer.shape == InputShape::ErrorEnvelope) {
            answer = lineAnswer;
            return true;
        }
    }
    return false;
}

bool readSseStream(const QByteArray &input, ParsedAnswer &answer)
{
    if (!input.startsWith("data:") && !input.contains("\ndata:"))
        return false;
    const QList<QByteArray> lines = input.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (!line.startsWith("data:"))
            continue;
        const QByteArray payload = line.mid(5).trimmed();
        if (payload.isEmpty() || payload == "[DONE]")
            continue;
        const auto recovered = parseLenientJson(payload);
        if (!recovered) {
            answer.repaired = true;
            continue;
        }
        answer.repaired = answer.repaired || recovered->repaired;
        if (recovered->document.isObject())
            foldEvent(recovered->document.object(), answer, 0);
    }
    return answer.events > 0;
}

const QRegularExpression &statusPrefixPattern()
{
    // "[429 Too Many Requests] ...", "[400 ] ...", "404 NOT_FOUND — ...", "HTTP 503 ...",
    // "Error 429: ...", "status: 429", "got status: 429 Too Many Requests.", and the OpenAI SDKs'
    // "Error code: 400 - [{...}]" (Python) and "400 status code (no body)" (Node)
    static const QRegularExpression pattern(
        uR"re(^\s*\[(\d{3})\b[^\]]*\]|^\s*(?:error[: ]+)?(\d{3})\s+[A-Z][A-Za-z_ ]{2,}|HTTP(?:/\d(?:\.\d)?)?\s+(\d{3})\b|status(?:\s*code)?["']?\s*[:=]\s*(\d{3})\b|\berror\s+(\d{3})\b|\berror code:?\s*(\d{3})\b|^\s*(?:\w*Error:\s*)?(\d{3})\s+(?:status code\b|[\[{]))re"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

int statusFromText(const QString &text)
{
    const auto match = statusPrefixPattern().match(text.left(4096));
    if (!match.hasMatch())
        return 0;
    for (int group = 1; group <= match.lastCapturedIndex(); ++group) {
        const int value = match.captured(group).toInt();
        if (value >= 100 && value <= 599)
            return value;
    }
    return 0;
}

QString sdkTextMessage(const QString &text)
{
    static const QRegularExpression prefix(
        uR"re(^\s*(?:\[\d{3}[^\]]*\]|\d{3}\s+(?:[A-Z]+(?:_[A-Z]+)+|CANCELLED|UNKNOWN|ABORTED|INTERNAL|UNAVAILABLE|UNAUTHENTICATED|UNIMPLEMENTED)\b(?:\s*[—:-]+)?|error[: ]+\d{3}[: ]*|error code:?\s*\d{3}\s*-?)\s*)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString message = text;
    message.remove(prefix);
    return message.trimmed();
}

// "candidates=None ... prompt_feedback=...(block_reason=<BlockedReason.OTHER: 'OTHER'>" and
// friends: the repr of a google-genai response object.
bool readSdkObjectRepr(const QString &text, ParsedAnswer &answer)
{
    static const QRegularExpression blockReason(uR"re(block_reason=<BlockedReason\.(\w+))re"_s);
    static const QRegularExpression finishReason(uR"re(finish_reason=<FinishReason\.(\w+))re"_s);
    static const QRegularExpression modelVersion(uR"re(model_version='([^']+)')re"_s);
    static const QRegularExpression promptTokens(uR"re(prompt_token_count=(\d+))re"_s);
    const auto block = blockReason.match(text);
    const auto finish = finishReason.match(text);
    if (!block.hasMatch() && !finish.hasMatch() && !text.contains(u"candidates="_s))
        return false;
    answer.shape = InputShape::GenerateResponse;
    answer.blockReason = block.captured(1);
    answer.finishReason = finish.captured(1);
    answer.modelVersion = modelVersion.match(text).captured(1);
    if (const auto tokens = promptTokens.match(text); tokens.hasMatch())
        answer.promptTokens = tokens.captured(1).toInt();
    answer.hasContent = text.contains(u"text='"_s) || text.contains(u"text=\""_s);
    answer.candidateCount = text.contains(u"candidates=None"_s) ? 0 : 1;
    answer.events = 1;
    return true;
}

// LangChain's printed AIMessage: content='' response_metadata={'finish_reason': 'MAX_TOKENS',
// 'model_name': ...} usage_metadata={'output_tokens': 0, 'output_token_details': {'reasoning': N}}.
bool readLangChainMessage(const QString &text, ParsedAnswer &answer)
{
    if (!text.contains(u"response_metadata="_s) && !text.contains(u"usage_metadata={"_s))
        return false;
    static const QRegularExpression finishReason(uR"re('finish_reason':\s*'(\w+)')re"_s);
    static const QRegularExpression modelName(uR"re('model_name':\s*'([^']+)')re"_s);
    static const QRegularExpression content(uR"re(\bcontent=(''|""|'[^']|"[^"]))re"_s);
    auto count = [&text](const char16_t *key) -> std::optional<int> {
        const QRegularExpression pattern(u"'%1':\\s*(\\d+)"_s.arg(QStringView(key)));
        const auto match = pattern.match(text);
        return match.hasMatch() ? std::optional<int>(match.captured(1).toInt()) : std::nullopt;
    };
    answer.shape = InputShape::GenerateResponse;
    answer.finishReason = finishReason.match(text).captured(1);
    answer.modelVersion = modelName.match(text).captured(1);
    answer.promptTokens = count(u"input_tokens");
    answer.outputTokens = count(u"output_tokens");
    answer.thoughtsTokens = count(u"reasoning");
    const QString opening = content.match(text).captured(1);
    answer.hasContent = opening.size() == 2 && opening != u"''"_s && opening != u"\"\""_s;
    answer.candidateCount = 1;
    answer.events = 1;
    return true;
}

// The Go SDK's error text: "Error 400, Message: <message>, Status: INVALID_ARGUMENT, Details: []"
// (spacing and underscores are sometimes lost on the way: "Status:INVALID ARGUMENTDetails").
bool readGoSdkError(const QString &text, ParsedAnswer &answer)
{
    static const QRegularExpression goError(
        uR"re(\bError\s*(\d{3}),\s*Message:\s*(.*?),\s*Status:\s*([A-Z][A-Z_ ]*?[A-Z])\s*,?\s*Details:)re"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = goError.match(text.left(16 * 1024));
    if (!match.hasMatch())
        return false;
    answer.shape = InputShape::ErrorEnvelope;
    answer.errorCode = match.captured(1).toInt();
    answer.message = match.captured(2).replace(u"\\n"_s, u"\n"_s).trimmed();
    answer.status = match.captured(3).replace(u' ', u'_');
    return true;
}

// Field values read straight from damaged JSON that no repair could parse.
void readDamagedJson(const QString &text, ParsedAnswer &answer)
{
    auto first = [&text](const QString &pattern) {
        // Compiled once per pattern: pasted text takes this path often.
        thread_local QHash<QString, QRegularExpression> compiled;
        auto it = compiled.find(pattern);
        if (it == compiled.end())
            it = compiled.insert(pattern, QRegularExpression(pattern));
        return it->match(text).captured(1);
    };
    answer.shape = InputShape::ErrorEnvelope;
    answer.repaired = true;
    answer.errorCode = first(uR"re("code"\s*:\s*(\d{3}))re"_s).toInt();
    answer.status = first(uR"re("status"\s*:\s*"([A-Z_]+)")re"_s);
    answer.message = first(uR"re("message"\s*:\s*"((?:[^"\\\n]|\\.)*))re"_s);
    answer.reason = first(uR"re("reason"\s*:\s*"([A-Z_]+)")re"_s);
    answer.blockReason = first(uR"re("blockReason"\s*:\s*"([A-Z_]+)")re"_s);
    answer.finishReason = first(uR"re("finishReason"\s*:\s*"([A-Z_]+)")re"_s);
    const QString delay = first(uR"re("retryDelay"\s*:\s*"([^"]{1,32})")re"_s);
    if (!delay.isEmpty())
        answer.retryDelaySeconds = parseDuration(delay);
    static const QRegularExpression quotaId(uR"re("quotaId"\s*:\s*"([^"]{1,200})")re"_s);
    for (auto it = quotaId.globalMatch(text); it.hasNext();) {
        QuotaViolation violation;
        violation.id = it.next().captured(1);
        violation.mayBeIncomplete = true;
        classifyQuotaId(violation);
        answer.quota.append(violation);
    }
    if (answer.errorCode == 0 && answer.status.isEmpty() && answer.message.isEmpty() &&
        answer.reason.isEmpty()) {
        answer.shape = (answer.blockReason.isEmpty() && answer.finishReason.isEmpty())
                           ? InputShape::Text
                           : InputShape::GenerateResponse;
    }
}

// JSON as a whole, not SDK text that starts with "[429 Too Many Requests]".
bool looksLikeJson(const QByteArray &trimmed)
{
    static const QRegularExpression sdkPrefix(uR"re(^\[\d{3}\b)re"_s);
    return (trimmed.startsWith('{') || trimmed.startsWith('[')) &&
           !sdkPrefix.match(QString::fromLatin1(trimmed.left(8))).hasMatch();
}

bool looksLikeHtml(const QByteArray &trimmed)
{
    const QByteArray head = trimmed.left(512).toLower();
    return head.startsWith('<') &&
           (head.contains("<html") || head.contains("<!doctype") || head.contains("<title") ||
            head.contains("<head") || head.contains("<body") || head.contains("<p"));
}

QString htmlTitle(const QByteArray &html)
{
    static const QRegularExpression title(u"<title[^>]*>([^<]{0,300})</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return title.match(QString::fromUtf8(html.left(64 * 1024))).captured(1).simplified();
}

// The HTTP Date header of a pasted answer ("Date: Mon, 07 Dec 2026 18:16:10 GMT", also as curl -v
// prints it, "< date: ..."): the only time of the error that is the server's own. The fixed
// format of RFC 9110 (IMF-fixdate) only; other stamps in a log may be the log's, not the answer's.
QDateTime httpDateHeader(const QString &text)
{
    static const QRegularExpression header(
        uR"re(^[<\s]*date:\s*([A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2}) GMT\s*$)re"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QString stamp = header.match(text).captured(1);
    if (stamp.isEmpty())
        return {};
    QDateTime at = QLocale::c().toDateTime(stamp, u"ddd, dd MMM yyyy HH:mm:ss"_s);
    at.setTimeSpec(Qt::UTC);
    return at;
}

// The facts that live only in the message text.
void readMessageFacts(ParsedAnswer &answer)
{
    const QString &message = answer.message;
    if (!answer.retryDelaySeconds) {
        static const QRegularExpression retryIn(
            uR"re(retry (?:in|after)\s+([\d.]+\s*(?:ms|s|seconds?|m|min)))re"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (const auto match = retryIn.match(message); match.hasMatch())
            answer.retryDelaySeconds = parseDuration(match.captured(1));
    }
    // 2026 bodies list "* Quota exceeded for metric: M, limit: N, model: X" lines; they are the
    // only quota facts left when a truncated body lost its QuotaFailure detail.
    if (answer.quota.isEmpty()) {
        static const QRegularExpression quotaLine(
            uR"re(Quota exceeded for metric:\s*([\w./-]+),\s*limit:\s*(\d+)(?:,\s*model:\s*([\w.-]+))?)re"_s);
        for (auto it = quotaLine.globalMatch(message); it.hasNext();) {
            const auto match = it.next();
            QuotaViolation violation;
            violation.metric = match.captured(1);
            violation.value = match.captured(2);
            if (!match.captured(3).isEmpty())
                violation.dimensions.insert(u"model"_s, match.captured(3));
            violation.fromMessage = true;
            classifyQuotaId(violation);
            const bool seen = std::any_of(answer.quota.cbegin(), answer.quota.cend(),
                                          [&violation](const QuotaViolation &other) {
                                              return other.metric == violation.metric &&
                                                     other.value == violation.value &&
                                                     other.dimensions == violation.dimensions;
                                          });
            if (!seen)
                answer.quota.append(violation);
        }
    }
    if (message.contains(u"cloudaicompanion"_s) || message.contains(u"Code Assist"_s))
        answer.otherSurface = u"cloudcode-pa"_s;
}

// Some clients wrap Google's error in their own without escaping it:
//   {"error":{"message":"{\n  "error": {\n    "code": 400, "message": "...", ...}\n","code":400}}
// The outer message then reads as a bare "{"; the inner error is read from where it starts.
void readUnescapedWrapper(const QByteArray &trimmed, ParsedAnswer &answer)
{
    if (answer.shape != InputShape::ErrorEnvelope ||
        QString(answer.message).remove(u"\\n"_s).trimmed() != u"{"_s)
        return;
    const qsizetype first = trimmed.indexOf("\"error\"");
    const qsizetype second = first < 0 ? -1 : trimmed.indexOf("\"error\"", first + 7);
    const qsizetype brace = second < 0 ? -1 : trimmed.lastIndexOf('{', second);
    if (brace < 0)
        return;
    // Its line breaks and quotes may still be escaped for the outer string.
    const auto inner =
        parseLenientJson(trimmed.mid(brace).replace("\\n", "\n").replace("\\\"", "\""));
    if (!inner || !inner->document.object().value(u"error"_s).isObject())
        return;
    ParsedAnswer innerAnswer;
    innerAnswer.httpStatus = answer.httpStatus;
    readErrorObject(inner->document.object().value(u"error"_s).toObject(), innerAnswer, 1);
    innerAnswer.repaired = true;
    answer = innerAnswer;
}

void markTruncatedTail(ParsedAnswer &answer)
{
    if (answer.repaired && !answer.quota.isEmpty() && !answer.quota.constLast().fromMessage)
        answer.quota.last().mayBeIncomplete = true;
}

} // namespace

bool isCanonicalStatus(const QString &status)
{
    static const QStringList canonical = {u"CANCELLED"_s,
                                          u"UNKNOWN"_s,
                                          u"INVALID_ARGUMENT"_s,
                                          u"DEADLINE_EXCEEDED"_s,
                                          u"NOT_FOUND"_s,
                                          u"ALREADY_EXISTS"_s,
                                          u"PERMISSION_DENIED"_s,
                                          u"RESOURCE_EXHAUSTED"_s,
                                          u"FAILED_PRECONDITION"_s,
                                          u"ABORTED"_s,
                                          u"OUT_OF_RANGE"_s,
                                          u"UNIMPLEMENTED"_s,
                                          u"INTERNAL"_s,
                                          u"UNAVAILABLE"_s,
                                          u"DATA_LOSS"_s,
                                          u"UNAUTHENTICATED"_s};
    return canonical.contains(status);
}

std::optional<double> parseDuration(QStringView text)
{
    static const QRegularExpression duration(
        uR"re(^\s*([\d]+(?:\.\d+)?)\s*(ms|s|sec|secs|seconds?|m|min|minutes?|h|hours?)?\s*$)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = duration.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    if (unit == u"ms"_s)
        return value / 1000.0;
    if (unit.startsWith(u'm'))
        return value * 60.0;
    if (unit.startsWith(u'h'))
        return value * 3600.0;
    return value;
}

ParsedAnswer parseCloseFrame(int closeCode, const QString &reason)
{
    ParsedAnswer answer;
    setCloseFrame(closeCode, reason, answer);
    return answer;
}

ParsedAnswer parseAnswer(const QByteArray &input, int httpStatus)
{
    ParsedAnswer answer;
    answer.httpStatus = httpStatus;
    const QByteArray trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return answer;
    const QString text = QString::fromUtf8(trimmed);
    if (answer.httpStatus == 0)
        answer.httpStatus = statusFromText(text);

    if (readSseStream(trimmed, answer)) {
        // read
    } else if (trimmed.startsWith('{') && readJsonLines(trimmed, answer)) {
        // read
    } else if (looksLikeHtml(trimmed)) {
        answer.shape = InputShape::Html;
        answer.message = htmlTitle(trimmed);
    } else if (const auto whole =
                   looksLikeJson(trimmed) ? parseLenientJson(trimmed) : std::nullopt) {
        answer.repaired = whole->repaired;
        readDocument(whole->document, answer);
    } else if (readCloseFrame(text, answer)) {
        // read
    } else if (readSdkObjectRepr(text, answer) || readLangChainMessage(text, answer) ||
               readGoSdkError(text, answer)) {
        // read
    } else {
        // Text, perhaps with JSON inside: "[429 ...] message [details]", "Error: {...}".
        const qsizetype errorJson = [&trimmed] {
            for (const char *marker :
                 {"{\"error\"", "{'error'", "[{\"error\"", "[{'error'", "{\n", "{ \"", "\n{"}) {
                const qsizetype at = trimmed.indexOf(marker);
                if (at >= 0)
                    return at;
            }
            return qsizetype(-1);
        }();
        const qsizetype details = trimmed.indexOf("[{\"@type\"");
        if (errorJson >= 0) {
            if (const auto inner = parseLenientJson(trimmed.mid(errorJson))) {
                answer.repaired = inner->repaired;
                readDocument(inner->document, answer);
            }
        }
        if (answer.shape == InputShape::Empty || answer.shape == InputShape::OtherJson) {
            answer.shape = InputShape::Text;
            answer.message =
                sdkTextMessage(details >= 0 ? QString::fromUtf8(trimmed.left(details)) : text);
            if (details >= 0) {
                if (const auto detailJson = parseLenientJson(trimmed.mid(details))) {
                    answer.shape = InputShape::ErrorEnvelope;
                    answer.repaired = detailJson->repaired;
                    readDetails(detailJson->document.array(), answer);
                }
            }
            const QByteArray straight = straightenQuotes(trimmed);
            if (answer.shape == InputShape::Text && straight.contains("\"error\""))
                readDamagedJson(QString::fromUtf8(straight), answer);
        }
    }

    readUnescapedWrapper(trimmed, answer);
    // A log that shows the request's URL before the answer: the model it asked for.
    static const QRegularExpression requestUrl(
        uR"re(/models/([\w.-]*[\w-]):(?:generateContent|streamGenerateContent)\b)re"_s);
    answer.requestedModel = requestUrl.match(text.left(16 * 1024)).captured(1);
    answer.answeredAt = httpDateHeader(text.left(16 * 1024));
    if (answer.repaired)
        answer.damagedText = text.left(16 * 1024);
    readMessageFacts(answer);
    markTruncatedTail(answer);
    if (answer.shape == InputShape::Html || answer.shape == InputShape::Text ||
        answer.shape == InputShape::OtherJson)
        answer.firstBytes = QString::fromUtf8(trimmed.left(kFirstBytes)).simplified();
    return answer;
}

} // namespace gd
