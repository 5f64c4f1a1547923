#include "scenario.h"

#include "base/idtable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

struct Description
{
    Category category;
    const char *text;
};

// What each scenario rehearses, for people: here, where lupdate sees it; the answers themselves
// are data (resources/simulator/scenarios.json).
constexpr Description kDescriptions[] = {
    {Category::Ok, QT_TRANSLATE_NOOP("gd::Scenario", "Everything works: the baseline.")},
    {Category::DnsFailure,
     QT_TRANSLATE_NOOP("gd::Scenario", "The API host name does not resolve.")},
    {Category::ConnectionRefused,
     QT_TRANSLATE_NOOP("gd::Scenario", "Nothing listens on the port.")},
    {Category::ConnectionReset,
     QT_TRANSLATE_NOOP("gd::Scenario", "The connection closes in the middle of the answer.")},
    {Category::TlsFailure,
     QT_TRANSLATE_NOOP(
         "gd::Scenario",
         "A TLS-inspecting proxy presents a certificate this computer does not trust.")},
    {Category::ProxyFailure,
     QT_TRANSLATE_NOOP("gd::Scenario", "A proxy asks for credentials (HTTP 407).")},
    {Category::Timeout,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "Generation never answers; streaming trickles a byte at a time.")},
    {Category::InsecureEndpoint,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "The endpoint is plain HTTP to a host that is not this computer.")},
    {Category::NotGeminiResponse,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "A captive portal answers every request with its login page.")},
    {Category::ResponseTooLarge,
     QT_TRANSLATE_NOOP("gd::Scenario", "The models list never ends (2 MiB and more).")},
    {Category::InvalidApiKey, QT_TRANSLATE_NOOP("gd::Scenario", "The key is not valid.")},
    {Category::MissingApiKey,
     QT_TRANSLATE_NOOP("gd::Scenario", "A proxy on the way drops the key.")},
    {Category::WrongAuthMethod,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "The key is refused as if it went out as a Bearer token (an AQ. key).")},
    {Category::StandardKeyRejected,
     QT_TRANSLATE_NOOP("gd::Scenario", "A standard AIza key, sent the right way, is refused: "
                                       "Google no longer accepts its type.")},
    {Category::ApiKeyExpired, QT_TRANSLATE_NOOP("gd::Scenario", "The key has expired.")},
    {Category::MultipleCredentials,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "The key arrives twice (a Bearer header and x-goog-api-key).")},
    {Category::ApiKeysNotSupported,
     QT_TRANSLATE_NOOP("gd::Scenario", "The base URL is an OAuth-only API (Vertex AI).")},
    {Category::ApiKeyLeaked, QT_TRANSLATE_NOOP("gd::Scenario", "The key was reported as leaked.")},
    {Category::ApiKeyRestricted,
     QT_TRANSLATE_NOOP("gd::Scenario", "The key only allows certain web sites.")},
    {Category::ApiNotEnabled,
     QT_TRANSLATE_NOOP("gd::Scenario", "The Generative Language API is off in the key's project.")},
    {Category::AccessSuspended,
     QT_TRANSLATE_NOOP("gd::Scenario", "The project was denied access.")},
    {Category::PermissionDenied,
     QT_TRANSLATE_NOOP("gd::Scenario", "This project may not use the model.")},
    {Category::LocationUnsupported,
     QT_TRANSLATE_NOOP("gd::Scenario", "The request leaves from an unsupported region.")},
    {Category::BillingRequired,
     QT_TRANSLATE_NOOP("gd::Scenario", "The free tier is not offered in this region.")},
    {Category::SpendCapReached,
     QT_TRANSLATE_NOOP("gd::Scenario", "The billing account's monthly spend cap is reached.")},
    {Category::PrepayCreditsDepleted,
     QT_TRANSLATE_NOOP("gd::Scenario", "The prepaid balance is zero.")},
    {Category::RateLimited,
     QT_TRANSLATE_NOOP("gd::Scenario", "The per-minute request limit is reached.")},
    {Category::DailyQuotaExhausted,
     QT_TRANSLATE_NOOP(
         "gd::Scenario",
         "Today's requests are used up (with a short retryDelay, as the API sends).")},
    {Category::ModelNotInFreeTier,
     QT_TRANSLATE_NOOP("gd::Scenario", "The model has a free-tier limit of 0.")},
    {Category::InvalidRequest,
     QT_TRANSLATE_NOOP("gd::Scenario", "The request carries a field the API does not know.")},
    {Category::InputTooLarge,
     QT_TRANSLATE_NOOP("gd::Scenario", "The input is over the model's token limit.")},
    {Category::ModelNotFound, QT_TRANSLATE_NOOP("gd::Scenario", "The model name does not exist.")},
    {Category::ModelRetired,
     QT_TRANSLATE_NOOP("gd::Scenario", "The model is retired for new projects.")},
    {Category::NotFound,
     QT_TRANSLATE_NOOP("gd::Scenario", "A resource the request names does not exist.")},
    {Category::DeadlineTooShort,
     QT_TRANSLATE_NOOP("gd::Scenario", "The request asks Google for a 5-second deadline.")},
    {Category::ClientOutdated,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "The client speaks the retired legacy Interactions schema.")},
    {Category::HistoryInvalid,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "The conversation has a turn with a role the API does not take.")},
    {Category::SchemaUnsupported,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "A tool's schema uses additionalProperties, which the API refuses.")},
    {Category::FeatureUnsupported,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "Function calling together with a JSON response, which the model refuses.")},
    {Category::MediaInvalid,
     QT_TRANSLATE_NOOP("gd::Scenario", "A file is sent with the MIME type png, not image/png.")},
    {Category::BatchInvalid,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "A batch of embeddings is over 100 requests (the test prompt's answer "
                       "carries that error: the checks send no batch).")},
    {Category::ModelRouted,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "Another model answers the one asked for, as Google does for retired "
                       "models.")},
    {Category::FileNotActive,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "The request uses an uploaded file that is still processing.")},
    {Category::CacheTooSmall,
     QT_TRANSLATE_NOOP("gd::Scenario", "The content to cache is below the model's minimum.")},
    {Category::ThinkingConfigInvalid,
     QT_TRANSLATE_NOOP("gd::Scenario", "A thinking budget of 0 for a model that always thinks.")},
    {Category::ThoughtSignatureMissing,
     QT_TRANSLATE_NOOP("gd::Scenario", "The history drops a function call's thought signature.")},
    {Category::ServerError,
     QT_TRANSLATE_NOOP("gd::Scenario", "An internal error on Google's side.")},
    {Category::Overloaded,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "The model is overloaded; the stream fails after partial output.")},
    {Category::DeadlineExceeded,
     QT_TRANSLATE_NOOP("gd::Scenario", "The server's deadline passes.")},
    {Category::Cancelled, QT_TRANSLATE_NOOP("gd::Scenario", "The request is cancelled (499).")},
    {Category::UnexpectedStatus,
     QT_TRANSLATE_NOOP("gd::Scenario", "A status the API does not normally use (409).")},
    {Category::PromptBlocked, QT_TRANSLATE_NOOP("gd::Scenario", "The prompt is blocked.")},
    {Category::ResponseBlocked,
     QT_TRANSLATE_NOOP("gd::Scenario", "The answer is stopped by a safety filter.")},
    {Category::Recitation,
     QT_TRANSLATE_NOOP("gd::Scenario", "The answer stops to avoid reciting.")},
    {Category::OutputTruncated,
     QT_TRANSLATE_NOOP("gd::Scenario", "Thinking uses up the output budget.")},
    {Category::EmptyResponse, QT_TRANSLATE_NOOP("gd::Scenario", "A 200 with no candidates.")},
    {Category::MalformedFunctionCall,
     QT_TRANSLATE_NOOP("gd::Scenario", "The model's tool call does not parse.")},
    {Category::StoppedEarly,
     QT_TRANSLATE_NOOP("gd::Scenario",
                       "The answer stops for a reason Gemini Doctor has no category for.")},
};

const char *descriptionOf(Category category)
{
    for (const Description &description : kDescriptions) {
        if (description.category == category)
            return description.text;
    }
    return "";
}

constexpr IdName<Route> kRouteIds[] = {
    {Route::ListModels, "models"_L1},
    {Route::GetModel, "model"_L1},
    {Route::CountTokens, "count_tokens"_L1},
    {Route::Generate, "generate"_L1},
    {Route::Stream, "stream"_L1},
    {Route::OpenAiChat, "openai"_L1},
    {Route::Live, "live"_L1},
};

constexpr IdName<ScenarioKind> kKindIds[] = {
    {ScenarioKind::UnresolvableHost, "unresolvable_host"_L1},
    {ScenarioKind::ClosedPort, "closed_port"_L1},
    {ScenarioKind::UntrustedTls, "untrusted_tls"_L1},
    {ScenarioKind::InsecureUrl, "insecure_url"_L1},
};

constexpr IdName<Misbehaviour> kMisbehaviourIds[] = {
    {Misbehaviour::ResetMidBody, "reset_mid_body"_L1},
    {Misbehaviour::Stall, "stall"_L1},
    {Misbehaviour::Trickle, "trickle"_L1},
    {Misbehaviour::Oversize, "oversize"_L1},
    {Misbehaviour::StreamError, "stream_error"_L1},
};

std::optional<Route> routeFromId(const QString &id)
{
    return valueOf(kRouteIds, id);
}

ScenarioKind kindFromId(const QString &id)
{
    return valueOf(kKindIds, id).value_or(ScenarioKind::Answer);
}

Misbehaviour misbehaviourFromId(const QString &id)
{
    return valueOf(kMisbehaviourIds, id).value_or(Misbehaviour::None);
}

SimulatedAnswer answerFromJson(const QJsonObject &object)
{
    SimulatedAnswer answer;
    answer.status = object.value(u"status"_s).toInt(200);
    if (object.contains(u"content_type"_s))
        answer.contentType = object.value(u"content_type"_s).toString().toUtf8();
    answer.body = object.value(u"body"_s).toString().toUtf8();
    const QJsonObject headers = object.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        answer.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    answer.misbehaviour = misbehaviourFromId(object.value(u"misbehaviour"_s).toString());
    answer.closeCode = object.value(u"close_code"_s).toInt();
    answer.closeAt = object.value(u"close_at"_s).toString() == u"turn"_s ? LiveCloseAt::Turn
                                                                         : LiveCloseAt::Setup;
    return answer;
}

const QJsonObject &scenarioData()
{
    static const QJsonObject data = [] {
        QFile file(u":/gemini-doctor/simulator/scenarios.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCritical("The simulator's scenarios could not be read from the resources.");
            return QJsonObject();
        }
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

QList<Scenario> loadScenarios()
{
    QList<Scenario> list;
    for (const QJsonValue &value : scenarioData().value(u"scenarios"_s).toArray()) {
        const QJsonObject object = value.toObject();
        const auto category = categoryFromId(object.value(u"category"_s).toString());
        if (!category)
            continue;
        Scenario scenario;
        scenario.category = *category;
        scenario.kind = kindFromId(object.value(u"kind"_s).toString());
        scenario.descriptionSource = descriptionOf(*category);
        scenario.rehearsalKey = object.value(u"rehearsal_key"_s).toString();
        scenario.routesTo = object.value(u"routes_to"_s).toString();
        for (const QJsonValue &answerValue : object.value(u"answers"_s).toArray()) {
            const QJsonObject answer = answerValue.toObject();
            for (const QJsonValue &route : answer.value(u"routes"_s).toArray()) {
                if (const auto id = routeFromId(route.toString()))
                    scenario.answers.insert(*id, answerFromJson(answer));
            }
        }
        list.append(scenario);
    }
    return list;
}

} // namespace

const QList<Scenario> &allScenarios()
{
    static const QList<Scenario> scenarios = loadScenarios();
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

SimulatedAnswer standardAnswer(const QString &name)
{
    return answerFromJson(
        scenarioData().value(u"standard_answers"_s).toObject().value(name).toObject());
}

std::optional<SimulatedAnswer> listedModelAnswer(const QString &model, Route route)
{
    if (route != Route::Generate && route != Route::Stream)
        return std::nullopt;
    const QString name =
        scenarioData().value(u"listed_model_answers"_s).toObject().value(model).toString();
    const Scenario *scenario = name.isEmpty() ? nullptr : findScenario(name);
    if (!scenario || !scenario->answers.contains(route))
        return std::nullopt;
    return scenario->answers.value(route);
}

} // namespace gd
