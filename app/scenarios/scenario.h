#pragma once

#include "diagnosis/category.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace gd {

// The routes of the Gemini REST API the simulator serves.
enum class Route
{
    ListModels,
    GetModel,
    CountTokens,
    Generate,
    Stream,
    OpenAiChat, // /v1beta/openai/chat/completions
    Live,       // the Live API WebSocket (BidiGenerateContent)
};

// When a Live API session is closed by a scenario.
enum class LiveCloseAt
{
    Setup, // answers the setup message with the close frame
    Turn,  // sends setupComplete, then closes on the first turn
};

// How a route misbehaves beyond its status and body.
enum class Misbehaviour
{
    None,
    ResetMidBody, // headers and half the body, then the connection closes
    Stall,        // accepts the request and never answers
    Trickle,      // headers, then one byte every 100 ms
    Oversize,     // a 2 MiB body
    StreamError,  // a 200 SSE stream whose second event is an error (or a plain error off-stream)
};

struct SimulatedAnswer
{
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Misbehaviour misbehaviour = Misbehaviour::None;
    // The Live door: a close frame with this code, and the body as its reason (0: no close).
    int closeCode = 0;
    LiveCloseAt closeAt = LiveCloseAt::Setup;
    QString model; // the model that answers, for the chunks a misbehaviour writes itself
};

// Where a scenario happens: in the server's answers, or before the client ever reaches it.
enum class ScenarioKind
{
    Answer,           // the server answers each route as given
    UnresolvableHost, // dns_failure: the base URL's host does not resolve (RFC 2606 .invalid)
    ClosedPort,       // connection_refused: nothing listens on the base URL's port
    UntrustedTls,     // tls_failure: the server presents a certificate nobody trusts
    InsecureUrl,      // insecure_endpoint: plain HTTP to a host that is not loopback
};

// One rehearsable failure, named after its category (contract section 6).
struct Scenario
{
    Category category = Category::Ok;
    ScenarioKind kind = ScenarioKind::Answer;
    const char *descriptionSource = ""; // English, marked for translation

    QString description() const
    {
        return QCoreApplication::translate("gd::Scenario", descriptionSource);
    }
    // Routes that do not appear here answer normally.
    QHash<Route, SimulatedAnswer> answers;
    // The key a rehearsal sends, when the category depends on it (standard_key_rejected needs a
    // standard AIza... key); empty: any fake key.
    QString rehearsalKey;
    // Every working generation answer comes from this model, whatever model was asked for
    // (model_routed); empty: the asked model answers, or the one the model data routes it to.
    QString routesTo;

    QString name() const { return categoryId(category); }
};

// Every category of contract section 3 has a scenario, read from resources/simulator/
// scenarios.json; bodies are shaped like the real ones of tests/fixtures. {model} and {version}
// in a body are replaced by the model and API version requested.
const QList<Scenario> &allScenarios();
const Scenario *findScenario(const QString &name);
// The answers the simulator gives outside any scenario, from the same file: "model_not_found",
// "no_key", "unknown_path", "multiple_credentials", "live_model_not_found".
SimulatedAnswer standardAnswer(const QString &name);
// What a listed model answers to generate and stream when the scenario does not answer that route
// itself (the file's "listed_model_answers"): the named scenario's answer, so a model matrix meets
// works, not in the free tier, retired and rate limited in one list. nullopt: the normal answer.
[[nodiscard]] std::optional<SimulatedAnswer> listedModelAnswer(const QString &model, Route route);

} // namespace gd
