#include "diagnoser.h"

#include "answerparser.h"
#include "classifier.h"
#include "network/endpointpolicy.h"
#include "pacifictime.h"
#include "privacy/redactor.h"
#include "remediationcatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

constexpr qsizetype kMaxRawBody = 64 * 1024;
constexpr qsizetype kMaxMessageInText = 300;

QString tr(const char *text)
{
    return QCoreApplication::translate("gd::Diagnoser", text);
}

QString capture(const QString &text, const QString &pattern, int group = 1)
{
    // Compiled once per pattern: the diagnoser runs for every answer of every check.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(
            pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    return it->match(text).captured(group);
}

QString groupedNumber(const QString &digits)
{
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    static const QLocale english(QLocale::English);
    return ok ? english.toString(value) : digits;
}

QString unitOf(const QString &metric)
{
    if (metric.contains(u"input_token"_s))
        return tr("input tokens");
    if (metric.contains(u"output_token"_s))
        return tr("output tokens");
    if (metric.contains(u"token"_s))
        return tr("tokens");
    if (metric.contains(u"request"_s))
        return tr("requests");
    return tr("units");
}

QString tierText(const QuotaViolation &violation)
{
    if (violation.tier == u"free"_s)
        return tr("free tier");
    if (violation.tier == u"paid"_s && violation.paidTier > 0)
        return tr("paid tier %1").arg(violation.paidTier);
    if (violation.tier == u"paid"_s)
        return tr("paid tier");
    return {};
}

QString perText(const QString &per)
{
    if (per == u"day"_s)
        return tr("a day");
    if (per == u"minute"_s)
        return tr("a minute");
    if (per == u"hour"_s)
        return tr("an hour");
    return {};
}

// The violation that best explains the category.
const QuotaViolation *primaryViolation(const QList<QuotaViolation> &quota, Category category)
{
    if (quota.isEmpty())
        return nullptr;
    const QString wanted = category == Category::DailyQuotaExhausted ? u"day"_s
                           : category == Category::RateLimited       ? u"minute"_s
                                                                     : QString();
    for (const QuotaViolation &violation : quota) {
        if (!wanted.isEmpty() && violation.per == wanted)
            return &violation;
    }
    return &quota.constFirst();
}

QString modelFrom(const ParsedAnswer &answer, const QString &contextModel)
{
    for (const QuotaViolation &violation : answer.quota) {
        const QString model = violation.dimensions.value(u"model"_s);
        if (!model.isEmpty())
            return model;
    }
    // The model the message is about, not the one it suggests instead "(models/x)".
    static const QRegularExpression named(uR"re(\(?models/([\w.-]*[\w-]))re"_s);
    for (auto it = named.globalMatch(answer.message); it.hasNext();) {
        const auto match = it.next();
        if (!match.captured(0).startsWith(u'('))
            return match.captured(1);
    }
    const QString listed = capture(answer.message, uR"re(\bmodel:\s*([\w.-]+))re"_s);
    if (!listed.isEmpty())
        return listed;
    if (!answer.modelVersion.isEmpty())
        return answer.modelVersion;
    return contextModel;
}

QString suggestedModelFrom(const QString &message)
{
    return capture(message, uR"re((?:use|migrate to)[^()]{0,80}\(models/([\w.-]+)\))re"_s);
}

QString cleanUrl(QString url)
{
    while (url.endsWith(u'.') || url.endsWith(u',') || url.endsWith(u')'))
        url.chop(1);
    return url;
}

void addLink(Diagnosis &diagnosis, const QString &title, const QString &rawUrl)
{
    const QString text = cleanUrl(rawUrl.trimmed());
    const QUrl url(text);
    for (const DiagnosisLink &link : std::as_const(diagnosis.links)) {
        if (link.url.adjusted(QUrl::StripTrailingSlash) == url.adjusted(QUrl::StripTrailingSlash))
            return;
    }
    if (isAllowedLink(url))
        diagnosis.links.append({title, url});
    else if (!diagnosis.linksNotAllowed.contains(text))
        diagnosis.linksNotAllowed.append(Redactor::redact(text));
}

Facts collectFacts(const ParsedAnswer &answer, const DiagnosisContext &context, Category category,
                   const QDateTime &now)
{
    Facts facts;
    const QString message = answer.message + u'\n' + answer.localizedMessage;
    facts.insert(u"host"_s, context.endpoint.host());
    if (context.endpoint.isValid())
        facts.insert(u"url"_s, context.endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    facts.insert(u"model"_s, modelFrom(answer, context.model));
    QString suggested = suggestedModelFrom(answer.message);
    if (suggested.isEmpty())
        suggested = context.suggestedModel;
    if (suggested != facts.value(u"model"_s))
        facts.insert(u"suggested_model"_s, suggested);

    if (const QuotaViolation *violation = primaryViolation(answer.quota, category)) {
        facts.insert(u"quota_tier"_s, tierText(*violation));
        if (violation->value)
            facts.insert(u"quota_limit"_s, groupedNumber(*violation->value));
        facts.insert(u"quota_unit"_s, unitOf(violation->metric));
        facts.insert(u"quota_model"_s, violation->dimensions.value(u"model"_s));
        facts.insert(u"quota_per"_s, perText(violation->per));
    }
    if (answer.retryDelaySeconds)
        facts.insert(u"retry_in"_s, formatDuration(*answer.retryDelaySeconds));
    const QDateTime reset = nextPacificMidnight(now);
    facts.insert(u"reset_in"_s, formatDuration(double(now.secsTo(reset))));

    for (const FieldViolation &violation : answer.fieldViolations) {
        if (!violation.field.isEmpty()) {
            facts.insert(u"field"_s, violation.field);
            break;
        }
    }
    if (!facts.contains(u"field"_s))
        facts.insert(u"field"_s, capture(message, uR"re(Unknown name "[^"]+" at '([^']+)')re"_s));
    QString unknownField = capture(message, uR"re(Unknown name \\?"([^"\\]+)\\?")re"_s);
    for (const FieldViolation &violation : answer.fieldViolations) {
        if (unknownField.isEmpty())
            unknownField = capture(violation.description, uR"re(Unknown name "([^"]+)")re"_s);
    }
    facts.insert(u"unknown_field"_s, unknownField);
    facts.insert(u"mime_type"_s, capture(message, uR"re(Unsupported MIME type:\s*(\S+))re"_s));
    const QString activation = answer.metadata.value(u"activationUrl"_s);
    facts.insert(u"activation_url"_s, Redactor::redact(activation));
    facts.insert(u"referrer"_s, answer.metadata.value(u"httpReferrer"_s));
    facts.insert(u"blocked_method"_s, answer.metadata.value(u"methodName"_s));
    facts.insert(u"block_reason"_s, answer.blockReason);
    facts.insert(u"finish_reason"_s, answer.finishReason);
    if (answer.thoughtsTokens)
        facts.insert(u"thoughts_tokens"_s,
                     QLocale(QLocale::English).toString(*answer.thoughtsTokens));

    static const QRegularExpression tokens(
        uR"re(input token count \((\d+)\) exceeds the maximum number of tokens allowed \((\d+)\))re"_s);
    if (const auto match = tokens.match(message); match.hasMatch()) {
        facts.insert(u"token_count"_s, groupedNumber(match.captured(1)));
        facts.insert(u"token_limit"_s, groupedNumber(match.captured(2)));
    }
    static const QRegularExpression bodySize(
        uR"re(Maximum request body size (\d+) exceeded, actual body size (\d+))re"_s);
    if (const auto match = bodySize.match(message); match.hasMatch()) {
        facts.insert(u"body_limit"_s, groupedNumber(match.captured(1)));
        facts.insert(u"body_size"_s, groupedNumber(match.captured(2)));
    }

    QString version = capture(message, uR"re(API version (v1beta|v1)\b)re"_s);
    if (version.isEmpty())
        version = context.apiVersion;
    facts.insert(u"api_version"_s, version);
    if (!version.isEmpty())
        facts.insert(u"other_api_version"_s, version == u"v1"_s ? u"v1beta"_s : u"v1"_s);
    if (answer.effectiveCode() > 0)
        facts.insert(u"status_code"_s, QString::number(answer.effectiveCode()));
    facts.insert(u"first_bytes"_s, Redactor::redact(answer.firstBytes.left(120)));
    QString shortMessage = Redactor::redact(answer.message.simplified());
    if (shortMessage.size() > kMaxMessageInText)
        shortMessage = shortMessage.left(kMaxMessageInText) + u'…';
    facts.insert(u"message"_s, shortMessage);
    if (context.timeoutMs > 0)
        facts.insert(u"timeout"_s, formatDuration(context.timeoutMs / 1000.0));
    return facts;
}

QString quotaFactText(const QuotaViolation &violation)
{
    QStringList parts;
    const QString model = violation.dimensions.value(u"model"_s);
    if (violation.value) {
        QString limit = groupedNumber(*violation.value) + u' ' + unitOf(violation.metric);
        if (!violation.per.isEmpty())
            limit += u' ' + perText(violation.per);
        parts.append(tr("limit %1").arg(limit));
    } else if (!violation.mayBeIncomplete && !violation.fromMessage) {
        parts.append(tr("limit 0 (no quota: not in your tier)"));
    }
    if (!model.isEmpty())
        parts.append(model);
    if (!violation.tier.isEmpty())
        parts.append(tierText(violation));
    if (!violation.id.isEmpty())
        parts.append(violation.id);
    else if (!violation.metric.isEmpty())
        parts.append(violation.metric.section(u'/', -1));
    return parts.join(u", "_s);
}

void addFacts(Diagnosis &diagnosis, const ParsedAnswer &answer, const Facts &facts,
              Category category, const QDateTime &now)
{
    auto add = [&diagnosis](const QString &label, const QString &value) {
        if (!value.isEmpty())
            diagnosis.facts.append({label, Redactor::redact(value)});
    };
    if (answer.httpStatus > 0 && answer.errorCode > 0 && answer.errorCode != answer.httpStatus)
        add(tr("HTTP status"), tr("%1, with error code %2 inside the body")
                                   .arg(answer.httpStatus)
                                   .arg(answer.errorCode));
    else if (answer.effectiveCode() > 0)
        add(tr("HTTP status"), QString::number(answer.effectiveCode()));
    add(tr("Status"), answer.status);
    add(tr("Reason"), answer.reason);
    if (const QString legacy = answer.metadata.value(u"quota_limit"_s); !legacy.isEmpty()) {
        // The 2024 format names the quota in ErrorInfo metadata, not in a QuotaFailure.
        add(tr("Quota"), tr("%1, limit %2, region %3")
                             .arg(legacy, answer.metadata.value(u"quota_limit_value"_s, u"?"_s),
                                  answer.metadata.value(u"quota_location"_s, u"?"_s)));
    }
    for (const QuotaViolation &violation : answer.quota)
        add(tr("Quota"), quotaFactText(violation));
    if (diagnosis.retryAfterSeconds)
        add(tr("Retry after"), formatDuration(*diagnosis.retryAfterSeconds));
    if (category == Category::DailyQuotaExhausted) {
        add(tr("Daily reset"),
            tr("midnight Pacific time, in %1")
                .arg(formatDuration(double(now.secsTo(nextPacificMidnight(now))))));
    }
    add(tr("Model"), diagnosis.model);
    for (const FieldViolation &violation : answer.fieldViolations)
        add(tr("Field"), violation.field.isEmpty()
                             ? violation.description
                             : violation.field + u": " + violation.description);
    add(tr("Activation page"), facts.value(u"activation_url"_s));
    add(tr("Block reason"), answer.blockReason);
    add(tr("Finish reason"), answer.finishReason);
    if (answer.thoughtsTokens)
        add(tr("Thinking tokens"), facts.value(u"thoughts_tokens"_s));
    if (!facts.value(u"token_count"_s).isEmpty())
        add(tr("Input tokens"),
            tr("%1 of %2 allowed")
                .arg(facts.value(u"token_count"_s), facts.value(u"token_limit"_s)));
    if (answer.errorAfterOutput)
        add(tr("Stream"), tr("the answer had started streaming when this error arrived"));
    if (answer.otherSurface == u"cloudcode-pa"_s || answer.otherSurface == u"legacy"_s)
        add(tr("Source"),
            tr("this error looks like it comes from Gemini Code Assist "
               "(cloudcode-pa), not from the Gemini API: it is not about an API key"));
    if (answer.hadDebugInfo)
        add(tr("Debug info"), tr("present in the error but not shown: it can contain your key"));
    if (answer.repaired)
        add(tr("Input"),
            tr("damaged or cut off; this diagnosis uses the parts that could be read"));
}

Diagnosis build(Category category, const ParsedAnswer &answer, const DiagnosisContext &context,
                Facts facts)
{
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    const RemediationCatalog &catalog = RemediationCatalog::builtIn();
    Diagnosis diagnosis;
    diagnosis.category = category;
    diagnosis.title = catalog.title(category);
    diagnosis.explanation = catalog.explanation(category, facts);
    diagnosis.steps = catalog.steps(category, facts);
    diagnosis.retryable = catalog.retryable(category);
    diagnosis.httpStatus = answer.httpStatus > 0 ? answer.httpStatus : answer.errorCode;
    diagnosis.status = answer.status;
    diagnosis.reason = answer.reason;
    diagnosis.message = Redactor::redact(answer.message);
    diagnosis.retryAfterSeconds = answer.retryDelaySeconds;
    diagnosis.quota = answer.quota;
    diagnosis.fieldViolations = answer.fieldViolations;
    for (FieldViolation &violation : diagnosis.fieldViolations)
        violation.description = Redactor::redact(violation.description);
    diagnosis.blockReason = answer.blockReason;
    diagnosis.finishReason = answer.finishReason;
    diagnosis.model = facts.value(u"model"_s);
    diagnosis.suggestedModel = facts.value(u"suggested_model"_s);

    const QString activation = answer.metadata.value(u"activationUrl"_s);
    if (!activation.isEmpty())
        addLink(diagnosis, tr("Enable the Generative Language API"), activation);
    for (const DiagnosisLink &link : catalog.links(category))
        diagnosis.links.append(link);
    for (const HelpLink &help : answer.helpLinks)
        addLink(diagnosis,
                help.description.isEmpty() ? tr("Link from the error") : help.description,
                help.url);
    static const QRegularExpression urlInMessage(uR"re(https?://[^\s"'<>]+)re"_s);
    for (auto it = urlInMessage.globalMatch(answer.message); it.hasNext();)
        addLink(diagnosis, tr("Link from the error"), it.next().captured(0));
    addFacts(diagnosis, answer, facts, category, now);
    return diagnosis;
}

} // namespace

const QStringList &knownFactNames()
{
    static const QStringList names = {
        u"host"_s,           u"url"_s,
        u"model"_s,          u"suggested_model"_s,
        u"quota_tier"_s,     u"quota_limit"_s,
        u"quota_unit"_s,     u"quota_model"_s,
        u"quota_per"_s,      u"retry_in"_s,
        u"reset_in"_s,       u"field"_s,
        u"unknown_field"_s,  u"mime_type"_s,
        u"activation_url"_s, u"referrer"_s,
        u"blocked_method"_s, u"block_reason"_s,
        u"finish_reason"_s,  u"thoughts_tokens"_s,
        u"token_count"_s,    u"token_limit"_s,
        u"body_limit"_s,     u"body_size"_s,
        u"api_version"_s,    u"other_api_version"_s,
        u"status_code"_s,    u"first_bytes"_s,
        u"message"_s,        u"timeout"_s,
        u"detail"_s,         u"tls_issuer"_s,
        u"tls_errors"_s,
    };
    return names;
}

Diagnosis diagnose(const ParsedAnswer &answer, const DiagnosisContext &context)
{
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    const Category category = classify(answer);
    return build(category, answer, context, collectFacts(answer, context, category, now));
}

Diagnosis diagnoseText(const QByteArray &text, int httpStatus, const DiagnosisContext &context)
{
    Diagnosis diagnosis = diagnose(parseAnswer(text, httpStatus), context);
    diagnosis.rawBody = Redactor::redact(QString::fromUtf8(text.left(kMaxRawBody)));
    return diagnosis;
}

Diagnosis diagnoseCall(const CallResult &result, const DiagnosisContext &context)
{
    DiagnosisContext withUrl = context;
    if (!withUrl.endpoint.isValid())
        withUrl.endpoint = result.url;
    if (result.transportFailure) {
        const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
        ParsedAnswer nothing;
        nothing.httpStatus = result.httpStatus;
        nothing.firstBytes = QString::fromUtf8(result.body.left(200)).simplified();
        const Category category = *result.transportFailure;
        Facts facts = collectFacts(nothing, withUrl, category, now);
        facts.insert(u"detail"_s, Redactor::redact(result.transportDetail));
        facts.insert(u"tls_issuer"_s, result.certificateIssuer);
        facts.insert(u"tls_errors"_s, result.transportDetail);
        Diagnosis diagnosis = build(category, nothing, withUrl, facts);
        if (!result.certificateIssuer.isEmpty())
            diagnosis.facts.prepend({tr("Certificate issuer"), result.certificateIssuer});
        if (!result.transportDetail.isEmpty())
            diagnosis.facts.append({tr("Detail"), Redactor::redact(result.transportDetail)});
        if (!result.retryNote.isEmpty())
            diagnosis.facts.append({tr("Retries"), result.retryNote});
        diagnosis.rawBody = Redactor::redact(QString::fromUtf8(result.body.left(kMaxRawBody)));
        return diagnosis;
    }
    ParsedAnswer answer = parseAnswer(result.body, result.httpStatus);
    if (!answer.retryDelaySeconds && !result.retryAfterHeader.isEmpty())
        answer.retryDelaySeconds = parseDuration(QString::fromLatin1(result.retryAfterHeader));
    Diagnosis diagnosis = diagnose(answer, withUrl);
    if (!result.retryNote.isEmpty())
        diagnosis.facts.append({tr("Retries"), result.retryNote});
    else if (result.attempts > 1)
        diagnosis.facts.append({tr("Retries"), tr("%1 attempts").arg(result.attempts)});
    diagnosis.rawBody = Redactor::redact(QString::fromUtf8(result.body.left(kMaxRawBody)));
    return diagnosis;
}

} // namespace gd
