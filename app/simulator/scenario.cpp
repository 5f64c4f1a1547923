#include "scenario.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

constexpr auto kAnyCall = {Route::ListModels, Route::GetModel, Route::CountTokens, Route::Generate,
                           Route::Stream};
constexpr auto kGeneration = {Route::Generate, Route::Stream};
constexpr auto kModelCalls = {Route::CountTokens, Route::Generate, Route::Stream};

// A JSON string literal, quotes and escapes included.
QByteArray jsonString(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// Laid out like the API's own error bodies (two-space indent, details last).
QByteArray errorBody(int code, const char *status, const QString &message,
                     const QByteArray &details = {})
{
    QByteArray body = "{\n  \"error\": {\n    \"code\": " + QByteArray::number(code) +
                      ",\n    \"message\": " + jsonString(message) + ",\n    \"status\": \"" +
                      status + "\"";
    if (!details.isEmpty())
        body += ",\n    \"details\": " + details;
    return body + "\n  }\n}\n";
}

QByteArray errorInfo(const char *reason, const QByteArray &metadata)
{
    return R"([{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": ")" +
           QByteArray(reason) + R"(", "domain": "googleapis.com", "metadata": )" + metadata + "}]";
}

QByteArray quotaDetails(const char *metric, const char *quotaId, const char *value,
                        const char *retry)
{
    QByteArray violation = R"({"quotaMetric": "generativelanguage.googleapis.com/)" +
                           QByteArray(metric) + R"(", "quotaId": ")" + quotaId +
                           R"(", "quotaDimensions": {"location": "global", "model": "{model}"})";
    if (value)
        violation += R"(, "quotaValue": ")" + QByteArray(value) + '"';
    violation += '}';
    return R"([{"@type": "type.googleapis.com/google.rpc.Help", "links": [{"description": "Learn more about Gemini API quotas", "url": "https://ai.google.dev/gemini-api/docs/rate-limits"}]}, {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [)" +
           violation +
           R"(]}, {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": ")" + retry +
           R"("}])";
}

const QString kQuotaMessage =
    u"You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. "_s;

SimulatedAnswer json(int status, QByteArray body)
{
    SimulatedAnswer answer;
    answer.status = status;
    answer.body = std::move(body);
    return answer;
}

SimulatedAnswer answered200(QByteArray body)
{
    return json(200, std::move(body));
}

Scenario make(Category category, const char *description, std::initializer_list<Route> routes,
              const SimulatedAnswer &answer, ScenarioKind kind = ScenarioKind::Answer)
{
    Scenario scenario;
    scenario.category = category;
    scenario.kind = kind;
    scenario.descriptionSource = description;
    for (const Route route : routes)
        scenario.answers.insert(route, answer);
    return scenario;
}

QList<Scenario> buildScenarios()
{
    using C = Category;
    QList<Scenario> list;
    list.append(
        make(C::Ok, QT_TRANSLATE_NOOP("gd::Scenario", "Everything works: the baseline."), {}, {}));

    // Connection: no usable HTTP answer.
    list.append(make(C::DnsFailure,
                     QT_TRANSLATE_NOOP("gd::Scenario", "The API host name does not resolve."), {},
                     {}, ScenarioKind::UnresolvableHost));
    list.append(make(C::ConnectionRefused,
                     QT_TRANSLATE_NOOP("gd::Scenario", "Nothing listens on the port."), {}, {},
                     ScenarioKind::ClosedPort));
    SimulatedAnswer reset = answered200(
        R"({"candidates": [{"content": {"parts": [{"text": "This answer will never arrive in full because the connection closes half way through it."}], "role": "model"}, "finishReason": "STOP"}]})");
    reset.misbehaviour = Misbehaviour::ResetMidBody;
    list.append(make(
        C::ConnectionReset,
        QT_TRANSLATE_NOOP("gd::Scenario", "The connection closes in the middle of the answer."),
        kGeneration, reset));
    list.append(
        make(C::TlsFailure,
             QT_TRANSLATE_NOOP(
                 "gd::Scenario",
                 "A TLS-inspecting proxy presents a certificate this computer does not trust."),
             {}, {}, ScenarioKind::UntrustedTls));
    SimulatedAnswer proxy;
    proxy.status = 407;
    proxy.contentType = "text/html";
    proxy.body =
        "<html><head><title>407 Proxy Authentication Required</title></head><body><h1>Proxy "
        "Authentication Required</h1></body></html>";
    proxy.headers = {{"Proxy-Authenticate", R"(Basic realm="corporate proxy")"}};
    list.append(make(C::ProxyFailure,
                     QT_TRANSLATE_NOOP("gd::Scenario", "A proxy asks for credentials (HTTP 407)."),
                     kAnyCall, proxy));
    SimulatedAnswer stall;
    stall.misbehaviour = Misbehaviour::Stall;
    Scenario timeout =
        make(C::Timeout,
             QT_TRANSLATE_NOOP("gd::Scenario",
                               "Generation never answers; streaming trickles a byte at a time."),
             {Route::Generate}, stall);
    SimulatedAnswer trickle = answered200("data: ");
    trickle.contentType = "text/event-stream";
    trickle.misbehaviour = Misbehaviour::Trickle;
    timeout.answers.insert(Route::Stream, trickle);
    list.append(timeout);
    list.append(
        make(C::InsecureEndpoint,
             QT_TRANSLATE_NOOP("gd::Scenario",
                               "The endpoint is plain HTTP to a host that is not this computer."),
             {}, {}, ScenarioKind::InsecureUrl));
    SimulatedAnswer portal;
    portal.contentType = "text/html; charset=utf-8";
    portal.body =
        "<!DOCTYPE html>\n<html><head><title>Welcome to Airport Wi-Fi</title></head><body>"
        "<form action=\"/login\"><p>Accept the terms to continue.</p></form></body></html>";
    list.append(
        make(C::NotGeminiResponse,
             QT_TRANSLATE_NOOP("gd::Scenario",
                               "A captive portal answers every request with its login page."),
             kAnyCall, portal));
    SimulatedAnswer huge = answered200({});
    huge.misbehaviour = Misbehaviour::Oversize;
    list.append(
        make(C::ResponseTooLarge,
             QT_TRANSLATE_NOOP("gd::Scenario", "The models list never ends (2 MiB and more)."),
             {Route::ListModels}, huge));

    // Key and access: the first call that uses the key fails.
    list.append(make(
        C::InvalidApiKey, QT_TRANSLATE_NOOP("gd::Scenario", "The key is not valid."), kAnyCall,
        json(400, errorBody(400, "INVALID_ARGUMENT",
                            u"API key not valid. Please pass a valid API key."_s,
                            errorInfo("API_KEY_INVALID",
                                      R"({"service": "generativelanguage.googleapis.com"})")))));
    list.append(make(
        C::MissingApiKey, QT_TRANSLATE_NOOP("gd::Scenario", "A proxy on the way drops the key."),
        kAnyCall,
        json(
            403,
            errorBody(
                403, "PERMISSION_DENIED",
                u"Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API."_s))));
    const SimulatedAnswer unauthenticatedKeyType = json(
        401,
        errorBody(
            401, "UNAUTHENTICATED",
            u"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."_s,
            errorInfo(
                "ACCESS_TOKEN_TYPE_UNSUPPORTED",
                R"({"method": "google.ai.generativelanguage.v1beta.ModelService.ListModels", "service": "generativelanguage.googleapis.com"})")));
    list.append(make(
        C::WrongAuthMethod,
        QT_TRANSLATE_NOOP("gd::Scenario",
                          "The key is refused as if it went out as a Bearer token (an AQ. key)."),
        kAnyCall, unauthenticatedKeyType));
    Scenario standardKey =
        make(C::StandardKeyRejected,
             QT_TRANSLATE_NOOP("gd::Scenario", "A standard AIza key, sent the right way, is "
                                               "refused: Google no longer accepts its type."),
             kAnyCall, unauthenticatedKeyType);
    standardKey.rehearsalKey = u"AIzaFAKE-rehearsal-standard-key"_s;
    list.append(standardKey);
    list.append(make(
        C::ApiKeyExpired, QT_TRANSLATE_NOOP("gd::Scenario", "The key has expired."), kAnyCall,
        json(400,
             errorBody(400, "INVALID_ARGUMENT", u"API key expired. Please renew the API key."_s,
                       errorInfo("API_KEY_INVALID",
                                 R"({"service": "generativelanguage.googleapis.com"})")))));
    list.append(make(
        C::MultipleCredentials,
        QT_TRANSLATE_NOOP("gd::Scenario",
                          "The key arrives twice (a Bearer header and x-goog-api-key)."),
        kAnyCall,
        json(400,
             errorBody(400, "INVALID_ARGUMENT",
                       u"Multiple authentication credentials received. Please pass only one."_s))));
    list.append(make(
        C::ApiKeysNotSupported,
        QT_TRANSLATE_NOOP("gd::Scenario", "The base URL is an OAuth-only API (Vertex AI)."),
        kAnyCall,
        json(
            401,
            errorBody(
                401, "UNAUTHENTICATED",
                u"API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials that assert a principal. See https://cloud.google.com/docs/authentication"_s,
                errorInfo(
                    "CREDENTIALS_MISSING",
                    R"({"service": "aiplatform.googleapis.com", "method": "google.cloud.aiplatform.v1.PredictionService.GenerateContent"})")))));
    list.append(make(
        C::ApiKeyLeaked, QT_TRANSLATE_NOOP("gd::Scenario", "The key was reported as leaked."),
        kAnyCall,
        json(403,
             errorBody(403, "PERMISSION_DENIED",
                       u"Your API key was reported as leaked. Please use another API key."_s))));
    list.append(make(
        C::ApiKeyRestricted,
        QT_TRANSLATE_NOOP("gd::Scenario", "The key only allows certain web sites."), kAnyCall,
        json(
            403,
            errorBody(
                403, "PERMISSION_DENIED", u"Requests from referer <empty> are blocked."_s,
                errorInfo(
                    "API_KEY_HTTP_REFERRER_BLOCKED",
                    R"({"consumer": "projects/000000000000", "service": "generativelanguage.googleapis.com", "httpReferrer": "<empty>"})")))));
    list.append(make(
        C::ApiNotEnabled,
        QT_TRANSLATE_NOOP("gd::Scenario",
                          "The Generative Language API is off in the key's project."),
        kAnyCall,
        json(
            403,
            errorBody(
                403, "PERMISSION_DENIED",
                u"Generative Language API has not been used in project 000000000000 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=000000000000 then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry."_s,
                errorInfo(
                    "SERVICE_DISABLED",
                    R"({"containerInfo": "000000000000", "activationUrl": "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=000000000000", "serviceTitle": "Generative Language API", "service": "generativelanguage.googleapis.com", "consumer": "projects/000000000000"})")))));
    list.append(make(
        C::AccessSuspended, QT_TRANSLATE_NOOP("gd::Scenario", "The project was denied access."),
        kAnyCall,
        json(403, errorBody(403, "PERMISSION_DENIED",
                            u"Your project has been denied access. Please contact support."_s))));
    list.append(make(
        C::PermissionDenied,
        QT_TRANSLATE_NOOP("gd::Scenario", "This project may not use the model."), {Route::GetModel},
        json(403, errorBody(403, "PERMISSION_DENIED", u"The caller does not have permission"_s))));

    // Region and billing: listing models works, using one does not.
    list.append(
        make(C::LocationUnsupported,
             QT_TRANSLATE_NOOP("gd::Scenario", "The request leaves from an unsupported region."),
             kModelCalls,
             json(400, errorBody(400, "FAILED_PRECONDITION",
                                 u"User location is not supported for the API use."_s))));
    list.append(make(
        C::BillingRequired,
        QT_TRANSLATE_NOOP("gd::Scenario", "The free tier is not offered in this region."),
        kModelCalls,
        json(
            400,
            errorBody(
                400, "FAILED_PRECONDITION",
                u"User location is not supported for the API use without a billing account linked."_s))));
    list.append(make(
        C::SpendCapReached,
        QT_TRANSLATE_NOOP("gd::Scenario", "The billing account's monthly spend cap is reached."),
        kGeneration,
        json(
            429,
            errorBody(
                429, "RESOURCE_EXHAUSTED",
                u"Your billing account has exceeded its monthly spending cap. Please go to AI Studio at https://ai.studio/billing to manage your billing. Learn more at https://ai.google.dev/gemini-api/docs/billing#tier-spend-caps."_s))));
    list.append(make(
        C::PrepayCreditsDepleted, QT_TRANSLATE_NOOP("gd::Scenario", "The prepaid balance is zero."),
        kGeneration,
        json(
            429,
            errorBody(
                429, "RESOURCE_EXHAUSTED",
                u"Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects to manage your project and billing."_s))));

    // Quota: countTokens is free and keeps working.
    list.append(make(
        C::RateLimited,
        QT_TRANSLATE_NOOP("gd::Scenario", "The per-minute request limit is reached."), kGeneration,
        json(
            429,
            errorBody(
                429, "RESOURCE_EXHAUSTED",
                kQuotaMessage +
                    u"\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 10, model: {model}\nPlease retry in 7.5s."_s,
                quotaDetails("generate_content_free_tier_requests",
                             "GenerateRequestsPerMinutePerProjectPerModel-FreeTier", "10",
                             "7s")))));
    list.append(make(
        C::DailyQuotaExhausted,
        QT_TRANSLATE_NOOP(
            "gd::Scenario",
            "Today's requests are used up (with a short retryDelay, as the API sends)."),
        kGeneration,
        json(
            429,
            errorBody(
                429, "RESOURCE_EXHAUSTED",
                kQuotaMessage +
                    u"\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, model: {model}\nPlease retry in 51.606482386s."_s,
                quotaDetails("generate_content_free_tier_requests",
                             "GenerateRequestsPerDayPerProjectPerModel-FreeTier", "20", "51s")))));
    list.append(make(
        C::ModelNotInFreeTier,
        QT_TRANSLATE_NOOP("gd::Scenario", "The model has a free-tier limit of 0."), kGeneration,
        json(
            429,
            errorBody(
                429, "RESOURCE_EXHAUSTED",
                kQuotaMessage +
                    u"\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: {model}\nPlease retry in 10.689924287s."_s,
                quotaDetails("generate_content_free_tier_requests",
                             "GenerateRequestsPerDayPerProjectPerModel-FreeTier", nullptr,
                             "10s")))));

    // Request.
    list.append(make(
        C::InvalidRequest,
        QT_TRANSLATE_NOOP("gd::Scenario", "The request carries a field the API does not know."),
        kModelCalls,
        json(
            400,
            errorBody(
                400, "INVALID_ARGUMENT",
                u"Invalid JSON payload received. Unknown name \"enable_thinking\": Cannot find field."_s,
                R"([{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [{"description": "Invalid JSON payload received. Unknown name \"enable_thinking\": Cannot find field."}]}])"))));
    list.append(make(
        C::InputTooLarge,
        QT_TRANSLATE_NOOP("gd::Scenario", "The input is over the model's token limit."),
        kGeneration,
        json(
            400,
            errorBody(
                400, "INVALID_ARGUMENT",
                u"The input token count (1048577) exceeds the maximum number of tokens allowed (1048576)."_s))));
    const SimulatedAnswer notFound = json(
        404,
        errorBody(
            404, "NOT_FOUND",
            u"models/{model} is not found for API version {version}, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods."_s));
    Scenario modelNotFound =
        make(C::ModelNotFound, QT_TRANSLATE_NOOP("gd::Scenario", "The model name does not exist."),
             {Route::GetModel}, notFound);
    for (const Route route : kModelCalls)
        modelNotFound.answers.insert(route, notFound);
    list.append(modelNotFound);
    list.append(make(
        C::ModelRetired,
        QT_TRANSLATE_NOOP("gd::Scenario", "The model is retired for new projects."), kModelCalls,
        json(
            404,
            errorBody(
                404, "NOT_FOUND",
                u"This model models/{model} is no longer available to new users. Please update your code to use a newer model."_s))));
    list.append(
        make(C::NotFound,
             QT_TRANSLATE_NOOP("gd::Scenario", "A resource the request names does not exist."),
             {Route::GetModel},
             json(404, errorBody(404, "NOT_FOUND", u"Requested entity was not found."_s))));

    // The request errors of 2026, each with its own fix. The simulator's requests are fine, so
    // these are rehearsals of what a person's own request can meet.
    list.append(make(
        C::DeadlineTooShort,
        QT_TRANSLATE_NOOP("gd::Scenario", "The request asks Google for a 5-second deadline."),
        kModelCalls,
        json(400,
             errorBody(
                 400, "INVALID_ARGUMENT",
                 u"Manually set deadline 5s is too short. Minimum allowed deadline is 10s."_s))));
    list.append(make(
        C::ClientOutdated,
        QT_TRANSLATE_NOOP("gd::Scenario",
                          "The client speaks the retired legacy Interactions schema."),
        kGeneration,
        json(
            400,
            R"({"error": {"message": "The legacy Interactions API schema is no longer supported. Please upgrade your client SDK to Python >= 2.0.0 or JavaScript/TypeScript >= 2.0.0 to adopt the new 'steps' schema.", "code": "invalid_request"}})")));
    list.append(make(
        C::FileNotActive,
        QT_TRANSLATE_NOOP("gd::Scenario",
                          "The request uses an uploaded file that is still processing."),
        kModelCalls,
        json(
            400,
            errorBody(
                400, "FAILED_PRECONDITION",
                u"The File rehearsal0file1 is not in an ACTIVE state and usage is not allowed."_s))));
    list.append(make(
        C::CacheTooSmall,
        QT_TRANSLATE_NOOP("gd::Scenario", "The content to cache is below the model's minimum."),
        kGeneration,
        json(
            400,
            errorBody(
                400, "INVALID_ARGUMENT",
                u"Cached content is too small. total_token_count=416, min_total_token_count=4096"_s))));
    list.append(make(
        C::ThinkingConfigInvalid,
        QT_TRANSLATE_NOOP("gd::Scenario", "A thinking budget of 0 for a model that always thinks."),
        kGeneration,
        json(400, errorBody(400, "INVALID_ARGUMENT",
                            u"Budget 0 is invalid. This model only works in thinking mode."_s))));
    list.append(make(
        C::ThoughtSignatureMissing,
        QT_TRANSLATE_NOOP("gd::Scenario", "The history drops a function call's thought signature."),
        kGeneration,
        json(
            400,
            errorBody(
                400, "INVALID_ARGUMENT",
                u"Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call `default_api:get_weather` , position 2. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details."_s))));

    // Server.
    list.append(make(
        C::ServerError, QT_TRANSLATE_NOOP("gd::Scenario", "An internal error on Google's side."),
        kGeneration,
        json(
            500,
            errorBody(
                500, "INTERNAL",
                u"An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting"_s))));
    Scenario overloaded =
        make(C::Overloaded,
             QT_TRANSLATE_NOOP("gd::Scenario",
                               "The model is overloaded; the stream fails after partial output."),
             {Route::Generate},
             json(503, errorBody(503, "UNAVAILABLE",
                                 u"The model is overloaded. Please try again later."_s)));
    SimulatedAnswer midStream = answered200(
        R"({"error": {"code": 503, "message": "The model is overloaded. Please try again later.", "status": "UNAVAILABLE"}})");
    midStream.contentType = "text/event-stream";
    midStream.misbehaviour = Misbehaviour::StreamError;
    overloaded.answers.insert(Route::Stream, midStream);
    list.append(overloaded);
    list.append(make(
        C::DeadlineExceeded, QT_TRANSLATE_NOOP("gd::Scenario", "The server's deadline passes."),
        kGeneration,
        json(
            504,
            errorBody(
                504, "DEADLINE_EXCEEDED",
                u"The service is currently unable to handle the request within the deadline."_s))));
    list.append(make(
        C::Cancelled, QT_TRANSLATE_NOOP("gd::Scenario", "The request is cancelled (499)."),
        kGeneration, json(499, errorBody(499, "CANCELLED", u"The operation was cancelled."_s))));
    list.append(
        make(C::UnexpectedStatus,
             QT_TRANSLATE_NOOP("gd::Scenario", "A status the API does not normally use (409)."),
             kGeneration, json(409, errorBody(409, "ABORTED", u"The operation was aborted."_s))));

    // Answered with 200, yet no usable answer.
    list.append(make(
        C::PromptBlocked, QT_TRANSLATE_NOOP("gd::Scenario", "The prompt is blocked."), kGeneration,
        answered200(
            R"({"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"}, "usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12}, "modelVersion": "{model}"})")));
    list.append(make(
        C::ResponseBlocked,
        QT_TRANSLATE_NOOP("gd::Scenario", "The answer is stopped by a safety filter."), kGeneration,
        answered200(
            R"({"candidates": [{"finishReason": "SAFETY", "safetyRatings": [{"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH", "blocked": true}]}], "usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12}, "modelVersion": "{model}"})")));
    list.append(make(
        C::Recitation, QT_TRANSLATE_NOOP("gd::Scenario", "The answer stops to avoid reciting."),
        kGeneration,
        answered200(
            R"({"candidates": [{"finishReason": "RECITATION"}], "modelVersion": "{model}"})")));
    list.append(make(
        C::OutputTruncated,
        QT_TRANSLATE_NOOP("gd::Scenario", "Thinking uses up the output budget."), kGeneration,
        answered200(
            R"({"candidates": [{"content": {"role": "model"}, "finishReason": "MAX_TOKENS"}], "usageMetadata": {"promptTokenCount": 12, "thoughtsTokenCount": 2999, "totalTokenCount": 3011}, "modelVersion": "{model}"})")));
    list.append(make(
        C::EmptyResponse, QT_TRANSLATE_NOOP("gd::Scenario", "A 200 with no candidates."),
        kGeneration,
        answered200(
            R"({"usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12}, "modelVersion": "{model}"})")));
    list.append(make(
        C::MalformedFunctionCall,
        QT_TRANSLATE_NOOP("gd::Scenario", "The model's tool call does not parse."), kGeneration,
        answered200(
            R"({"candidates": [{"content": {"role": "model"}, "finishReason": "MALFORMED_FUNCTION_CALL", "index": 0}], "usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12}, "modelVersion": "{model}"})")));
    list.append(make(
        C::StoppedEarly,
        QT_TRANSLATE_NOOP("gd::Scenario",
                          "The answer stops for a reason Gemini Doctor has no category for."),
        kGeneration,
        answered200(
            R"({"candidates": [{"content": {"parts": [{"text": "O"}], "role": "model"}, "finishReason": "LANGUAGE"}], "modelVersion": "{model}"})")));
    return list;
}

} // namespace

const QList<Scenario> &allScenarios()
{
    static const QList<Scenario> scenarios = buildScenarios();
    return scenarios;
}

const Scenario *findScenario(const QString &name)
{
    for (const Scenario &scenario : allScenarios()) {
        if (scenario.name() == name)
            return &scenario;
    }
    return nullptr;
}

} // namespace gd
