#include "diagnoser.h"

#include "answerparser.h"
#include "classifier.h"
#include "i18n/translations.h"
#include "linkpolicy.h"
#include "modelknowledge.h"
#include "pacifictime.h"
#include "privacy/redactor.h"
#include "recognisers.h"
#include "remediationcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// How much of input that is not a Gemini API answer a diagnosis repeats as its message.
constexpr qsizetype kForeignShownChars = 200;

constexpr qsizetype kMaxRawBody = 64 * 1024;
constexpr qsizetype kMaxMessageInText = 300;

// lupdate sees this context; a file-local DiagnoserText::tr() helper would hide it.
class DiagnoserText
{
    Q_DECLARE_TR_FUNCTIONS(gd::Diagnoser)
};

// The locale of the words shown ("1,500" in English, "1.500" in German). Built once per
// language: a QLocale made from a name costs more than the whole number formatting.
const QLocale &wordsLocale()
{
    thread_local QString language;
    thread_local QLocale locale(QLocale::English);
    if (language != uiLanguage()) {
        language = uiLanguage();
        locale = QLocale(language);
    }
    return locale;
}

QString groupedNumber(const QString &digits)
{
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok);
    return ok ? wordsLocale().toString(value) : digits;
}

QString unitOf(const QString &metric)
{
    if (metric.contains(u"input_token"_s))
        return DiagnoserText::tr("input tokens");
    if (metric.contains(u"output_token"_s))
        return DiagnoserText::tr("output tokens");
    if (metric.contains(u"token"_s))
        return DiagnoserText::tr("tokens");
    if (metric.contains(u"request"_s))
        return DiagnoserText::tr("requests");
    return DiagnoserText::tr("units");
}

QString tierText(const QuotaViolation &violation)
{
    if (violation.tier == u"free"_s)
        return DiagnoserText::tr("free tier");
    if (violation.tier == u"paid"_s && violation.paidTier > 0)
        return DiagnoserText::tr("paid tier %1").arg(violation.paidTier);
    if (violation.tier == u"paid"_s)
        return DiagnoserText::tr("paid tier");
    return {};
}

QString perText(const QString &per)
{
    if (per == u"day"_s)
        return DiagnoserText::tr("a day");
    if (per == u"minute"_s)
        return DiagnoserText::tr("a minute");
    if (per == u"hour"_s)
        return DiagnoserText::tr("an hour");
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

// The model the error is about: a quota's model, else the one the message names (not the one it
// suggests instead), else the answer's model version, else the one the request named.
QString modelFrom(const ParsedAnswer &answer, const Facts &read, const QString &contextModel)
{
    for (const QuotaViolation &violation : answer.quota) {
        const QString model = violation.dimensions.value(u"model"_s);
        if (!model.isEmpty())
            return model;
    }
    if (const QString named = read.value(u"model"_s); !named.isEmpty())
        return named;
    if (!answer.modelVersion.isEmpty())
        return answer.modelVersion;
    return contextModel;
}

// OpenAI's request parameters (resources/openai-parameters.json): an unknown one of these was
// sent by an OpenAI client to Gemini's compatible endpoint.
const QStringList &openAiParameters()
{
    static const QStringList parameters = [] {
        QFile file(u":/gemini-doctor/openai-parameters.json"_s);
        QStringList names;
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("The OpenAI parameter list could not be read from the resources.");
            return names;
        }
        const QJsonArray array =
            QJsonDocument::fromJson(file.readAll()).object().value(u"parameters"_s).toArray();
        for (const QJsonValue &name : array)
            names.append(name.toString());
        return names;
    }();
    return parameters;
}

QString closeCodeName(int code)
{
    switch (code) {
    case 1000:
        return DiagnoserText::tr("normal closure");
    case 1001:
        return DiagnoserText::tr("going away");
    case 1006:
        return DiagnoserText::tr("closed without a close frame");
    case 1007:
        return DiagnoserText::tr("invalid frame payload data");
    case 1008:
        return DiagnoserText::tr("policy violation");
    case 1009:
        return DiagnoserText::tr("message too big");
    case 1011:
        return DiagnoserText::tr("internal error");
    case 1013:
        return DiagnoserText::tr("try again later");
    default:
        return {};
    }
}

QString cleanUrl(QString url)
{
    while (url.endsWith(u'.') || url.endsWith(u',') || url.endsWith(u')') || url.endsWith(u']'))
        url.chop(1);
    return url;
}

// Where a link points, short enough for a button: "ai.dev/rate-limit"; a long path keeps its
// host and last part ("console.cloud.google.com/…/quotas").
QString whereLinkPoints(const QUrl &url)
{
    constexpr qsizetype kMaxChars = 48;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QString where = url.host() + path;
    if (where.size() > kMaxChars)
        where = url.host() + u"/…/"_s + path.section(u'/', -1);
    return where;
}

// A link of the error is titled by the API's own description of it (google.rpc.Help) or else by
// where it points, never by a fixed phrase: two links must be told apart by their titles.
void addLink(Diagnosis &diagnosis, const QString &description, const QString &rawUrl)
{
    const QString text = cleanUrl(rawUrl.trimmed());
    const QUrl url(text);
    for (const DiagnosisLink &link : std::as_const(diagnosis.links)) {
        if (link.url.adjusted(QUrl::StripTrailingSlash) == url.adjusted(QUrl::StripTrailingSlash))
            return;
    }
    QString title = description.isEmpty()
                        ? DiagnoserText::tr("From the error: %1").arg(whereLinkPoints(url))
                        : description;
    const bool taken =
        std::any_of(diagnosis.links.cbegin(), diagnosis.links.cend(),
                    [&title](const DiagnosisLink &link) { return link.title == title; });
    if (taken)
        title = DiagnoserText::tr("%1 (%2)").arg(title, whereLinkPoints(url));
    if (isAllowedLink(url))
        diagnosis.links.append({title, url});
    else if (!diagnosis.linksNotAllowed.contains(text))
        diagnosis.linksNotAllowed.append(Redactor::redact(text));
}

// What kind of text something other than the API sent, for the words of not_gemini_response:
// only a web page, or a redirect to one (a captive portal's), is a login page's doing; other
// text may as well be a log or a stack trace someone pasted.
QString answerKind(const ParsedAnswer &answer)
{
    static const QRegularExpression redirect(
        uR"re(^HTTP/\d(?:\.\d)? 30[1278]\b.*\blocation:\s*https?://)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    switch (answer.shape) {
    case InputShape::Html:
        return u"page"_s;
    case InputShape::Text:
        return redirect.match(answer.firstBytes).hasMatch() ? u"page"_s : u"text"_s;
    case InputShape::OtherJson:
        return u"json"_s;
    default:
        return {};
    }
}

// What the model data says of the model the error names: its successor and shutdown date.
void collectModelFacts(Facts &facts, Category category, const QDateTime &now)
{
    const ModelKnowledge &knowledge = ModelKnowledge::builtIn();
    const auto known = knowledge.find(facts.value(u"model"_s));
    if (!known)
        return;
    const QDate today = now.date();
    facts.insert(u"knowledge_date"_s, knowledge.asOf().toString(Qt::ISODate));
    if (known->shutdown.isValid() && known->isGone(today))
        facts.insert(u"shutdown_date"_s, known->shutdown.toString(Qt::ISODate));
    if (category == Category::CacheTooSmall && facts.value(u"cache_min_tokens"_s).isEmpty() &&
        known->minCacheTokens)
        facts.insert(u"cache_min_tokens"_s, wordsLocale().toString(*known->minCacheTokens));
    // A successor only matters for a model on its way out.
    if (!known->isGone(today) && known->state != ModelState::Deprecated)
        return;
    const QString successor = knowledge.currentSuccessor(known->name, today);
    facts.insert(u"successor"_s, successor);
    // Said once, as the successor; "Use …" still offers it (the leading "_" keeps it out of the
    // catalog's placeholders).
    if (category == Category::ModelRetired && facts.value(u"suggested_model"_s) == successor)
        facts.insert(u"_suggested_model"_s, facts.take(u"suggested_model"_s));
}

// A bare MIME type ("png") as the whole one it stands for ("image/png"), from the system's MIME
// database; empty when it is whole already or unknown.
QString wholeMimeType(const QString &mimeType)
{
    if (mimeType.isEmpty() || mimeType.contains(u'/'))
        return {};
    const QMimeType type = QMimeDatabase().mimeTypeForFile(u"file."_s + mimeType.toLower(),
                                                           QMimeDatabase::MatchExtension);
    return type.isDefault() ? QString() : type.name();
}

// What the request errors add from the catalog and the model data: the feature in words, models
// that support it, a bare MIME type made whole, the output budget thinking used, and whether a
// bare "invalid argument" leaves the cause hidden.
void collectRequestFacts(const ParsedAnswer &answer, const DiagnosisContext &context,
                         Category category, const QDate &today, Facts &facts)
{
    const ModelKnowledge &knowledge = ModelKnowledge::builtIn();
    if (const QString feature = facts.value(u"feature"_s); !feature.isEmpty()) {
        facts.insert(u"feature_words"_s, RemediationCatalog::builtIn().featureWords(feature));
        const QStringList supporting =
            knowledge.modelsSupporting(feature, today, context.listedModels).mid(0, 3);
        if (!supporting.isEmpty()) {
            facts.insert(u"supported_model"_s, supporting.join(u", "_s));
            facts.insert(u"knowledge_date"_s, knowledge.asOf().toString(Qt::ISODate));
        }
    }
    facts.insert(u"mime_type_full"_s, wholeMimeType(facts.value(u"mime_type"_s)));
    if (category == Category::MediaInvalid) {
        if (const auto model = knowledge.find(facts.value(u"model"_s)); model) {
            const QStringList types = model->inputMimeTypes();
            if (!types.isEmpty())
                facts.insert(u"model_mime_types"_s, types.join(u", "_s));
        }
    }
    if (answer.thoughtsTokens && answer.outputTokens) {
        facts.insert(u"output_budget"_s,
                     wordsLocale().toString(*answer.thoughtsTokens + *answer.outputTokens));
        facts.insert(u"answer_tokens"_s, wordsLocale().toString(*answer.outputTokens));
    }
    // A bare "Request contains an invalid argument.": nothing in it says where to look.
    static const QStringList specifics = {u"field"_s,        u"unknown_field"_s,
                                          u"openai_field"_s, u"unknown_field_on_v1"_s,
                                          u"mime_type"_s,    u"unknown_field_on_v1beta"_s};
    const bool namesSomething =
        !answer.fieldViolations.isEmpty() ||
        std::any_of(specifics.cbegin(), specifics.cend(),
                    [&facts](const QString &name) { return !facts.value(name).isEmpty(); });
    if (category == Category::InvalidRequest && !namesSomething)
        facts.insert(u"hidden_causes"_s, u"yes"_s);
}

// A routed call: the model asked, the one that answered, since when (when the data says Google
// routes the one to the other) and what that changes, from the model data.
void collectRoutingFacts(const QString &asked, QString answered, Facts &facts)
{
    if (answered.startsWith(u"models/"_s))
        answered.remove(0, 7);
    const ModelKnowledge &knowledge = ModelKnowledge::builtIn();
    facts.insert(u"model"_s, asked);
    facts.insert(u"routed_model"_s, answered);
    facts.insert(u"knowledge_date"_s, knowledge.asOf().toString(Qt::ISODate));
    const auto from = knowledge.find(asked);
    const auto to = knowledge.find(answered);
    if (from && from->routedTo == (to ? to->name : answered) && from->routedSince.isValid())
        facts.insert(u"routed_since"_s, from->routedSince.toString(Qt::ISODate));
    if (!from || !to)
        return;
    QStringList changes;
    if (to->thinking == u"always"_s && from->thinking != u"always"_s)
        changes.append(DiagnoserText::tr("it always thinks, and thinking is paid as output"));
    if (to->freeTier == false && from->freeTier != false)
        changes.append(DiagnoserText::tr("it has no free tier"));
    const auto limit = [](const ModelInfo &model, const QString &key) {
        return model.capabilities.value(key).toInteger();
    };
    for (const auto &[key, words] :
         {std::pair{u"input_token_limit"_s, DiagnoserText::tr("input limit %1 tokens, not %2")},
          std::pair{u"output_token_limit"_s,
                    DiagnoserText::tr("output limit %1 tokens, not %2")}}) {
        if (limit(*to, key) > 0 && limit(*from, key) > 0 && limit(*to, key) != limit(*from, key))
            changes.append(words.arg(wordsLocale().toString(limit(*to, key)),
                                     wordsLocale().toString(limit(*from, key))));
    }
    if (!changes.isEmpty())
        facts.insert(u"routing_changes"_s, changes.join(u"; "_s));
}

// What the classifier cannot know from the error alone: the model data, and how check sent the
// key.
// The model the request asked for: the caller's, else the one its URL names in the pasted text.
QString askedModel(const ParsedAnswer &answer, const DiagnosisContext &context)
{
    return context.model.isEmpty() ? answer.requestedModel : context.model;
}

Category refineWithContext(Category category, const ParsedAnswer &answer, const Facts &read,
                           const DiagnosisContext &context, const QDate &today)
{
    // A working answer from another model than the one asked: Google routed the call.
    if (category == Category::Ok && !answer.modelVersion.isEmpty() &&
        !ModelKnowledge::builtIn().isSameModel(askedModel(answer, context), answer.modelVersion))
        return Category::ModelRouted;
    if (category == Category::WrongAuthMethod && context.standardKeyInHeader &&
        (answer.reason == u"ACCESS_TOKEN_TYPE_UNSUPPORTED"_s || answer.reason.isEmpty()))
        return Category::StandardKeyRejected;
    if (category == Category::ModelNotFound || category == Category::NotFound) {
        // A generic 404 for a model Google has retired is a retirement, not a typo.
        const QString model = category == Category::ModelNotFound
                                  ? modelFrom(answer, read, context.model)
                                  : read.value(u"model"_s);
        const auto known = ModelKnowledge::builtIn().find(model);
        if (known && known->isGone(today))
            return Category::ModelRetired;
    }
    return category;
}

// The facts of the recognisers that are counts, shown grouped as the language groups them.
const QStringList &countFacts()
{
    static const QStringList names = {
        u"token_count"_s,  u"token_limit"_s,      u"body_limit"_s,     u"body_size"_s,
        u"cache_tokens"_s, u"cache_min_tokens"_s, u"media_count"_s,    u"media_limit"_s,
        u"batch_count"_s,  u"batch_limit"_s,      u"function_calls"_s, u"function_responses"_s};
    return names;
}

Facts collectFacts(const ParsedAnswer &answer, const Facts &read, const DiagnosisContext &context,
                   Category category, const QDateTime &now)
{
    // What the recognisers read in the words comes first; the rest is built here.
    Facts facts = read;
    for (const QString &name : countFacts()) {
        if (facts.contains(name))
            facts.insert(name, groupedNumber(facts.value(name)));
    }
    QString version = read.value(u"api_version"_s);
    if (version.isEmpty())
        version = context.apiVersion;
    facts.insert(u"api_version"_s, version);
    if (!version.isEmpty())
        facts.insert(u"other_api_version"_s, version == u"v1"_s ? u"v1beta"_s : u"v1"_s);
    facts.insert(u"host"_s, context.endpoint.host());
    if (context.endpoint.isValid())
        facts.insert(u"url"_s, context.endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    facts.insert(u"model"_s, modelFrom(answer, read, context.model));
    QString suggested = read.value(u"suggested_model"_s);
    if (suggested.isEmpty())
        suggested = context.suggestedModel;
    facts.remove(u"suggested_model"_s);
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
    // An unknown field is an OpenAI parameter sent to the compatible endpoint, a v1beta field
    // sent to v1, or simply unknown: one advice each, never "try /v1beta/" for /v1beta/openai/.
    const QStringList unknownFields =
        facts.take(u"unknown_field"_s).split(u", "_s, Qt::SkipEmptyParts);
    const bool openAiEndpoint = context.endpoint.path().contains(u"/openai/"_s);
    QStringList openAiFields;
    for (const QString &name : unknownFields) {
        if (openAiEndpoint || openAiParameters().contains(name))
            openAiFields.append(name);
    }
    if (!openAiFields.isEmpty())
        facts.insert(u"openai_field"_s, openAiFields.join(u", "_s));
    else if (!unknownFields.isEmpty())
        facts.insert(version == u"v1"_s       ? u"unknown_field_on_v1"_s
                     : version == u"v1beta"_s ? u"unknown_field_on_v1beta"_s
                                              : u"unknown_field"_s,
                     unknownFields.constFirst());
    const QString activation = answer.metadata.value(u"activationUrl"_s);
    facts.insert(u"activation_url"_s, Redactor::redact(activation));
    facts.insert(u"referrer"_s, answer.metadata.value(u"httpReferrer"_s));
    facts.insert(u"blocked_method"_s, answer.metadata.value(u"methodName"_s));
    facts.insert(u"block_reason"_s, answer.blockReason);
    facts.insert(u"finish_reason"_s, answer.finishReason);
    if (answer.thoughtsTokens)
        facts.insert(u"thoughts_tokens"_s, wordsLocale().toString(*answer.thoughtsTokens));

    if (answer.effectiveCode() > 0)
        facts.insert(u"status_code"_s, QString::number(answer.effectiveCode()));
    facts.insert(u"first_bytes"_s, Redactor::redact(answer.firstBytes.left(120)));
    facts.insert(u"answer_kind"_s, answerKind(answer));
    QString shortMessage = Redactor::redact(answer.message.simplified());
    if (shortMessage.size() > kMaxMessageInText)
        shortMessage = shortMessage.left(kMaxMessageInText) + u'…';
    facts.insert(u"message"_s, shortMessage);
    if (context.timeoutMs > 0)
        facts.insert(u"timeout"_s, formatDuration(context.timeoutMs / 1000.0));
    if (answer.closeCode > 0)
        facts.insert(u"close_code"_s, QString::number(answer.closeCode));
    collectModelFacts(facts, category, now);
    collectRequestFacts(answer, context, category, now.date(), facts);
    if (category == Category::ModelRouted)
        collectRoutingFacts(askedModel(answer, context), answer.modelVersion, facts);
    if (const QString service = answer.metadata.value(u"service"_s);
        !service.isEmpty() && service != u"generativelanguage.googleapis.com"_s)
        facts.insert(u"api_service"_s, service);
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
        parts.append(DiagnoserText::tr("limit %1").arg(limit));
    } else if (!violation.mayBeIncomplete && !violation.fromMessage) {
        parts.append(DiagnoserText::tr("limit 0 (no quota: not in your tier)"));
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
        add(DiagnoserText::tr("HTTP status"),
            DiagnoserText::tr("%1, with error code %2 inside the body")
                .arg(answer.httpStatus)
                .arg(answer.errorCode));
    else if (answer.effectiveCode() > 0)
        add(DiagnoserText::tr("HTTP status"), QString::number(answer.effectiveCode()));
    add(DiagnoserText::tr("Status"), answer.status);
    add(DiagnoserText::tr("Reason"), answer.reason);
    if (const QString legacy = answer.metadata.value(u"quota_limit"_s); !legacy.isEmpty()) {
        // The 2024 format names the quota in ErrorInfo metadata, not in a QuotaFailure.
        add(DiagnoserText::tr("Quota"),
            DiagnoserText::tr("%1, limit %2, region %3")
                .arg(legacy, answer.metadata.value(u"quota_limit_value"_s, u"?"_s),
                     answer.metadata.value(u"quota_location"_s, u"?"_s)));
    }
    for (const QuotaViolation &violation : answer.quota)
        add(DiagnoserText::tr("Quota"), quotaFactText(violation));
    if (diagnosis.retryAfterSeconds)
        add(DiagnoserText::tr("Retry after"), formatDuration(*diagnosis.retryAfterSeconds));
    if (category == Category::DailyQuotaExhausted) {
        add(DiagnoserText::tr("Daily reset"),
            DiagnoserText::tr("midnight Pacific time, in %1")
                .arg(formatDuration(double(now.secsTo(nextPacificMidnight(now))))));
    }
    add(DiagnoserText::tr("Model"), diagnosis.model);
    for (const FieldViolation &violation : answer.fieldViolations)
        add(DiagnoserText::tr("Field"), violation.field.isEmpty()
                                            ? violation.description
                                            : violation.field + u": " + violation.description);
    if (answer.fieldViolations.isEmpty())
        add(DiagnoserText::tr("Field"), facts.value(u"field"_s));
    add(DiagnoserText::tr("Schema keyword"), facts.value(u"keyword"_s));
    if (!facts.value(u"tool_index"_s).isEmpty())
        add(DiagnoserText::tr("Tool"),
            DiagnoserText::tr("tools[%1], function declaration %2 (counting from 0)")
                .arg(facts.value(u"tool_index"_s), facts.value(u"function_index"_s, u"?"_s)));
    add(DiagnoserText::tr("Feature"), facts.value(u"feature_words"_s));
    add(DiagnoserText::tr("Parameter"), facts.value(u"parameter"_s));
    add(DiagnoserText::tr("MIME type"), facts.value(u"mime_type"_s));
    if (!facts.value(u"media_limit"_s).isEmpty())
        add(DiagnoserText::tr("Files"),
            DiagnoserText::tr("%1 (%2), at most %3 taken")
                .arg(facts.value(u"media_count"_s), facts.value(u"media_kind"_s),
                     facts.value(u"media_limit"_s)));
    if (!facts.value(u"batch_limit"_s).isEmpty())
        add(DiagnoserText::tr("Batch"), DiagnoserText::tr("at most %1 requests in one call")
                                            .arg(facts.value(u"batch_limit"_s)));
    if (!facts.value(u"batch_line"_s).isEmpty())
        add(DiagnoserText::tr("Batch"),
            DiagnoserText::tr("line %1 of the input file: %2")
                .arg(facts.value(u"batch_line"_s), facts.value(u"batch_field"_s)));
    add(DiagnoserText::tr("Blocked in this region"), facts.value(u"region_feature"_s));
    add(DiagnoserText::tr("Answered by"), facts.value(u"routed_model"_s));
    add(DiagnoserText::tr("Activation page"), facts.value(u"activation_url"_s));
    add(DiagnoserText::tr("Block reason"), answer.blockReason);
    add(DiagnoserText::tr("Finish reason"), answer.finishReason);
    if (answer.closeCode > 0) {
        const QString name = closeCodeName(answer.closeCode);
        add(DiagnoserText::tr("WebSocket close"),
            name.isEmpty() ? QString::number(answer.closeCode)
                           : DiagnoserText::tr("%1 (%2)").arg(answer.closeCode).arg(name));
    }
    if (!answer.codeName.isEmpty())
        add(DiagnoserText::tr("Error code"), answer.codeName);
    add(DiagnoserText::tr("Successor"), facts.value(u"successor"_s));
    add(DiagnoserText::tr("Shut down"), facts.value(u"shutdown_date"_s));
    if (!facts.value(u"min_deadline"_s).isEmpty())
        add(DiagnoserText::tr("Deadline"),
            DiagnoserText::tr("%1 asked, %2 at least")
                .arg(facts.value(u"deadline"_s), facts.value(u"min_deadline"_s)));
    add(DiagnoserText::tr("File"), facts.value(u"file_name"_s));
    if (!facts.value(u"cache_tokens"_s).isEmpty())
        add(DiagnoserText::tr("Tokens to cache"),
            DiagnoserText::tr("%1 of %2 needed")
                .arg(facts.value(u"cache_tokens"_s), facts.value(u"cache_min_tokens"_s)));
    add(DiagnoserText::tr("Thinking budget"), facts.value(u"thinking_budget"_s));
    add(DiagnoserText::tr("Function call"), facts.value(u"function_name"_s));
    add(DiagnoserText::tr("OpenAI parameters"), facts.value(u"openai_field"_s));
    add(DiagnoserText::tr("Service"), facts.value(u"api_service"_s));
    if (answer.thoughtsTokens)
        add(DiagnoserText::tr("Thinking tokens"), facts.value(u"thoughts_tokens"_s));
    if (!facts.value(u"token_count"_s).isEmpty())
        add(DiagnoserText::tr("Input tokens"),
            DiagnoserText::tr("%1 of %2 allowed")
                .arg(facts.value(u"token_count"_s), facts.value(u"token_limit"_s)));
    if (answer.errorAfterOutput)
        add(DiagnoserText::tr("Stream"),
            DiagnoserText::tr("the answer had started streaming when this error arrived"));
    if (answer.otherSurface == u"cloudcode-pa"_s || answer.otherSurface == u"legacy"_s)
        add(DiagnoserText::tr("Source"),
            DiagnoserText::tr(
                "this error looks like it comes from Gemini Code Assist "
                "(cloudcode-pa), not from the Gemini API: it is not about an API key"));
    if (answer.hadDebugInfo)
        add(DiagnoserText::tr("Debug info"),
            DiagnoserText::tr("present in the error but not shown: it can contain your key"));
    if (answer.repaired)
        add(DiagnoserText::tr("Input"),
            DiagnoserText::tr(
                "damaged or cut off; this diagnosis uses the parts that could be read"));
}

// A model on its way out is the first thing to fix, whatever the error was: a 429 for a model
// that was shut down is not solved by waiting. Its successor (from the model data) leads the
// steps, unless the category's own steps name it already (model_retired does); so does the
// model that answers a routed call.
void addSuccessorStep(QStringList &steps, Category category, const Facts &facts)
{
    const QString model = facts.value(u"model"_s);
    const QString successor = facts.value(u"successor"_s);
    const QString routedTo = facts.value(u"routed_model"_s);
    const QString named = steps.join(u'\n');
    if (!successor.isEmpty() && !named.contains(successor)) {
        const QString shutdown = facts.value(u"shutdown_date"_s);
        const QString asOf = facts.value(u"knowledge_date"_s);
        steps.prepend(
            shutdown.isEmpty()
                ? DiagnoserText::tr("%1 is being retired: move to %2, its successor in Gemini "
                                    "Doctor's model data of %3, before it is shut down.")
                      .arg(model, successor, asOf)
                : DiagnoserText::tr("%1 was shut down on %2: move to %3, its successor in Gemini "
                                    "Doctor's model data of %4.")
                      .arg(model, shutdown, successor, asOf));
    } else if (!routedTo.isEmpty() && category != Category::ModelRouted &&
               !named.contains(routedTo)) {
        steps.prepend(DiagnoserText::tr("Calls to %1 are answered by %2: name %2 in the request.")
                          .arg(model, routedTo));
    }
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
    addSuccessorStep(diagnosis.steps, category, facts);
    diagnosis.retryable = catalog.retryable(category);
    diagnosis.httpStatus = answer.httpStatus > 0 ? answer.httpStatus : answer.errorCode;
    diagnosis.status = answer.status;
    diagnosis.reason = answer.reason;
    diagnosis.message = Redactor::redact(answer.message);
    // Not the API's words: only the first bytes are shown (contract section 2), never megabytes
    // of someone's page or log.
    if (category == Category::NotGeminiResponse && diagnosis.message.size() > kForeignShownChars)
        diagnosis.message = diagnosis.message.left(kForeignShownChars) + u'…';
    diagnosis.retryAfterSeconds = answer.retryDelaySeconds;
    diagnosis.quota = answer.quota;
    diagnosis.fieldViolations = answer.fieldViolations;
    for (FieldViolation &violation : diagnosis.fieldViolations)
        violation.description = Redactor::redact(violation.description);
    diagnosis.blockReason = answer.blockReason;
    diagnosis.finishReason = answer.finishReason;
    diagnosis.closeCode = answer.closeCode;
    diagnosis.model = facts.value(u"model"_s);
    diagnosis.answeredBy = facts.value(u"routed_model"_s);
    // The model "Use …" offers: one that supports the refused feature, the one that answers a
    // routed call, or the key's own suggestion; only where a switch can help (the catalog's
    // "switch_model": true).
    diagnosis.suggestedModel =
        facts.value(u"suggested_model"_s, facts.value(u"_suggested_model"_s));
    if (category == Category::FeatureUnsupported)
        diagnosis.suggestedModel = facts.value(u"supported_model"_s).section(u", "_s, 0, 0);
    if (category == Category::ModelRouted)
        diagnosis.suggestedModel = facts.value(u"routed_model"_s);
    if (!catalog.offersModelSwitch(category))
        diagnosis.suggestedModel.clear();
    diagnosis.inspectHelps =
        category == Category::HistoryInvalid || category == Category::SchemaUnsupported ||
        category == Category::FeatureUnsupported || category == Category::MediaInvalid ||
        category == Category::BatchInvalid || !facts.value(u"hidden_causes"_s).isEmpty();

    const QString activation = answer.metadata.value(u"activationUrl"_s);
    if (!activation.isEmpty())
        addLink(diagnosis, DiagnoserText::tr("Enable the Generative Language API"), activation);
    for (const DiagnosisLink &link : catalog.links(category))
        diagnosis.links.append(link);
    for (const HelpLink &help : answer.helpLinks)
        addLink(diagnosis, Redactor::redact(help.description.simplified()), help.url);
    static const QRegularExpression urlInMessage(uR"re(https?://[^\s"'<>]+)re"_s);
    for (auto it = urlInMessage.globalMatch(answer.message); it.hasNext();)
        addLink(diagnosis, {}, it.next().captured(0));
    addFacts(diagnosis, answer, facts, category, now);
    return diagnosis;
}

} // namespace

const QStringList &knownFactNames()
{
    static const QStringList names = {
        u"host"_s,
        u"url"_s,
        u"model"_s,
        u"suggested_model"_s,
        u"quota_tier"_s,
        u"quota_limit"_s,
        u"quota_unit"_s,
        u"quota_model"_s,
        u"quota_per"_s,
        u"retry_in"_s,
        u"reset_in"_s,
        u"field"_s,
        u"unknown_field"_s,
        u"mime_type"_s,
        u"activation_url"_s,
        u"referrer"_s,
        u"blocked_method"_s,
        u"block_reason"_s,
        u"finish_reason"_s,
        u"thoughts_tokens"_s,
        u"token_count"_s,
        u"token_limit"_s,
        u"body_limit"_s,
        u"body_size"_s,
        u"api_version"_s,
        u"other_api_version"_s,
        u"status_code"_s,
        u"first_bytes"_s,
        u"message"_s,
        u"timeout"_s,
        u"detail"_s,
        u"tls_issuer"_s,
        u"tls_errors"_s,
        u"close_code"_s,
        u"successor"_s,
        u"shutdown_date"_s,
        u"knowledge_date"_s,
        u"deadline"_s,
        u"min_deadline"_s,
        u"file_name"_s,
        u"file_state"_s,
        u"cache_tokens"_s,
        u"cache_min_tokens"_s,
        u"thinking_budget"_s,
        u"function_name"_s,
        u"function_position"_s,
        u"openai_field"_s,
        u"unknown_field_on_v1"_s,
        u"unknown_field_on_v1beta"_s,
        u"api_service"_s,
        u"sdk_version"_s,
        // The request errors (history, schema, feature, media, batch) and model routing.
        u"request_problem"_s,
        u"hidden_causes"_s,
        u"keyword"_s,
        u"tool_index"_s,
        u"function_index"_s,
        u"schema_rule"_s,
        u"feature"_s,
        u"feature_words"_s,
        u"parameter"_s,
        u"parameter_value"_s,
        u"supported_model"_s,
        u"mime_type_full"_s,
        u"model_mime_types"_s,
        u"media_count"_s,
        u"media_kind"_s,
        u"media_limit"_s,
        u"batch_limit"_s,
        u"batch_line"_s,
        u"batch_field"_s,
        u"region_feature"_s,
        u"output_budget"_s,
        u"answer_tokens"_s,
        u"routed_model"_s,
        u"routed_since"_s,
        u"routing_changes"_s,
        // not_gemini_response: "page" (HTML or a redirect to it), "text" or "json".
        u"answer_kind"_s,
    };
    return names;
}

Diagnosis diagnose(const ParsedAnswer &answer, const DiagnosisContext &context)
{
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    const Recognisers &recognisers =
        context.recognisers ? *context.recognisers : Recognisers::builtIn();
    QString words = wordsOf(answer);
    for (const FieldViolation &violation : answer.fieldViolations)
        words += u'\n' + violation.description;
    const Facts read = recognisers.facts(words);
    const Category category =
        refineWithContext(classify(answer, recognisers), answer, read, context, now.date());
    return build(category, answer, context, collectFacts(answer, read, context, category, now));
}

Diagnosis diagnoseText(const QByteArray &text, int httpStatus, const DiagnosisContext &context)
{
    const ParsedAnswer answer = parseAnswer(text, httpStatus);
    Diagnosis diagnosis = diagnose(answer, context);
    // A wait counts from when the error was sent, when the text says so (its Date header); a
    // paste can come long after, and then the wait may be over already.
    if (answer.answeredAt.isValid()) {
        diagnosis.errorTime = answer.answeredAt;
        diagnosis.facts.append({DiagnoserText::tr("Sent at"),
                                DiagnoserText::tr("%1 UTC (the answer's Date header)")
                                    .arg(answer.answeredAt.toString(u"yyyy-MM-dd HH:mm:ss"_s))});
        if (diagnosis.retryAfterSeconds)
            diagnosis.retryAt =
                answer.answeredAt.addMSecs(qint64(*diagnosis.retryAfterSeconds * 1000));
    }
    diagnosis.rawBody = Redactor::redact(QString::fromUtf8(text.left(kMaxRawBody)));
    return diagnosis;
}

Diagnosis diagnoseTransport(const TransportProblem &problem, const DiagnosisContext &context)
{
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    ParsedAnswer nothing;
    nothing.httpStatus = problem.httpStatus;
    nothing.firstBytes = QString::fromUtf8(problem.body.left(200)).simplified();
    Facts facts = collectFacts(nothing, {}, context, problem.category, now);
    facts.insert(u"detail"_s, Redactor::redact(problem.detail));
    facts.insert(u"tls_issuer"_s, problem.certificateIssuer);
    facts.insert(u"tls_errors"_s, problem.detail);
    Diagnosis diagnosis = build(problem.category, nothing, context, facts);
    if (!problem.certificateIssuer.isEmpty())
        diagnosis.facts.prepend(
            {DiagnoserText::tr("Certificate issuer"), problem.certificateIssuer});
    if (!problem.detail.isEmpty())
        diagnosis.facts.append({DiagnoserText::tr("Detail"), Redactor::redact(problem.detail)});
    diagnosis.rawBody = Redactor::redact(QString::fromUtf8(problem.body.left(kMaxRawBody)));
    return diagnosis;
}

Diagnosis diagnoseHttpAnswer(const QByteArray &body, int httpStatus,
                             const QByteArray &retryAfterHeader, const DiagnosisContext &context)
{
    ParsedAnswer answer = parseAnswer(body, httpStatus);
    if (!answer.retryDelaySeconds && !retryAfterHeader.isEmpty())
        answer.retryDelaySeconds = parseDuration(QString::fromLatin1(retryAfterHeader));
    Diagnosis diagnosis = diagnose(answer, context);
    if (diagnosis.retryAfterSeconds) {
        const QDateTime arrival =
            context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
        diagnosis.retryAt = arrival.addMSecs(qint64(*diagnosis.retryAfterSeconds * 1000));
    }
    diagnosis.rawBody = Redactor::redact(QString::fromUtf8(body.left(kMaxRawBody)));
    return diagnosis;
}

Diagnosis diagnoseLiveClose(int closeCode, const QString &reason, const DiagnosisContext &context)
{
    Diagnosis diagnosis = diagnose(parseCloseFrame(closeCode, reason), context);
    diagnosis.rawBody = Redactor::redact(u"%1 %2"_s.arg(closeCode).arg(reason));
    return diagnosis;
}

} // namespace gd
