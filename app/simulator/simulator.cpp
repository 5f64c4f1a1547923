#include "simulator.h"

#include "diagnosis/modelknowledge.h"
#include "livedoor.h"
#include "privacy/redactor.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <utility>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

constexpr int kStreamEventGapMs = 15;
constexpr int kTrickleGapMs = 100;
constexpr qint64 kOversizeBytes = 2 * 1024 * 1024 + 512;
constexpr qint64 kOversizeChunk = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 407:
        return "Proxy Authentication Required";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 499:
        return "Client Closed Request";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray head(const SimulatedAnswer &answer, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                      reasonPhrase(answer.status) + "\r\nContent-Type: " + answer.contentType +
                      "\r\nServer: gemini-doctor-simulator\r\nConnection: close\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

// The models Google still serves by the model data's own date: the simulated key lists exactly
// what a real key would have listed then.
const QList<ModelInfo> &servedModels()
{
    static const QList<ModelInfo> served = [] {
        const ModelKnowledge &knowledge = ModelKnowledge::builtIn();
        return knowledge.servedModels(knowledge.asOf());
    }();
    return served;
}

QJsonObject modelObject(const ModelInfo &model)
{
    QJsonArray methods = QJsonArray::fromStringList(model.methods);
    if (methods.isEmpty())
        methods = {u"generateContent"_s, u"countTokens"_s};
    return {{u"name"_s, QString(u"models/"_s + model.name)},
            {u"baseModelId"_s, model.name},
            {u"version"_s, u"001"_s},
            {u"displayName"_s, model.name},
            {u"inputTokenLimit"_s, 1048576},
            {u"outputTokenLimit"_s, 65536},
            {u"supportedGenerationMethods"_s, methods},
            {u"thinking"_s, model.family == u"flash"_s || model.family == u"pro"_s}};
}

QByteArray answerChunk(const QString &text, const QString &model, bool last)
{
    QJsonObject candidate{{u"index"_s, 0}};
    if (!text.isEmpty()) {
        candidate.insert(u"content"_s,
                         QJsonObject{{u"parts"_s, QJsonArray{QJsonObject{{u"text"_s, text}}}},
                                     {u"role"_s, u"model"_s}});
    } else {
        candidate.insert(u"content"_s, QJsonObject{{u"role"_s, u"model"_s}});
    }
    if (last)
        candidate.insert(u"finishReason"_s, u"STOP"_s);
    QJsonObject chunk{{u"candidates"_s, QJsonArray{candidate}}, {u"modelVersion"_s, model}};
    if (last) {
        chunk.insert(u"usageMetadata"_s, QJsonObject{{u"promptTokenCount"_s, 9},
                                                     {u"candidatesTokenCount"_s, 1},
                                                     {u"totalTokenCount"_s, 10}});
    }
    return QJsonDocument(chunk).toJson(QJsonDocument::Compact);
}

} // namespace

Simulator::Simulator(QObject *parent) : QAbstractHttpServer(parent)
{
    (void)setScenario(u"ok"_s); // always there
    // Connected, so Qt HttpServer hands WebSocket upgrades over instead of refusing them.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
            &Simulator::acceptLiveSessions);
}

void Simulator::acceptLiveSessions()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket->isValid())
            continue; // an upgrade handleRequest() refused, as a proxy or portal would
        SimulatedRequest seen;
        seen.method = "GET";
        seen.url = socket->requestUrl();
        seen.webSocket = true;
        const QString key = QString::fromUtf8(socket->request().rawHeader("x-goog-api-key"));
        seen.keyHeaderPresent = !key.isEmpty();
        seen.keyHint = key.isEmpty() ? QString() : Redactor::hint(key);
        m_requests.append(seen);
        Q_EMIT requestReceived(seen);
        const bool keyInQuery = QUrlQuery(seen.url).hasQueryItem(u"key"_s);
        const SimulatedAnswer answer = m_scenario.answers.value(
            Route::Live, LiveDoor::fromGenerateAnswer(m_scenario.answers.value(Route::Generate)));
        auto *door = new LiveDoor(std::move(socket), answer, seen.keyHeaderPresent || keyInQuery,
                                  m_latencyMs, this);
        door->setHiddenModels(m_hiddenModels);
        door->setSetupLatencyMs(m_delayLiveSetup ? m_latencyMs : 0);
    }
}

QStringList Simulator::modelNames()
{
    QStringList names;
    for (const ModelInfo &model : servedModels())
        names.append(model.name);
    return names;
}

bool Simulator::setScenario(const QString &name)
{
    const Scenario *scenario = findScenario(name);
    if (!scenario)
        return false;
    m_scenario = *scenario;
    return true;
}

bool Simulator::start(quint16 port)
{
    if (m_scenario.kind == ScenarioKind::UntrustedTls) {
        QFile certificate(u":/gemini-doctor/simulator/untrusted-simulator.crt"_s);
        QFile key(u":/gemini-doctor/simulator/untrusted-simulator.key"_s);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        sslSetup(QSslCertificate(certificate.readAll()), QSslKey(key.readAll(), QSsl::Rsa));
    }
    if (m_scenario.kind == ScenarioKind::ClosedPort) {
        // A socket bound to a port but not listening: nobody else can take the port, and every
        // connection to it is refused for real.
        m_portHolder = std::make_unique<QTcpSocket>();
        if (!m_portHolder->bind(QHostAddress::LocalHost, 0))
            return false;
        m_closedPort = m_portHolder->localPort();
    }
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl Simulator::baseUrl() const
{
    switch (m_scenario.kind) {
    case ScenarioKind::UnresolvableHost:
        return QUrl(u"https://gemini-api.gemini-doctor.invalid"_s); // .invalid never resolves
    case ScenarioKind::ClosedPort:
        return QUrl(u"http://127.0.0.1:%1"_s.arg(m_closedPort));
    case ScenarioKind::UntrustedTls:
        return QUrl(u"https://127.0.0.1:%1"_s.arg(m_port));
    case ScenarioKind::InsecureUrl:
        return QUrl(u"http://gemini-api.example:%1"_s.arg(m_port));
    case ScenarioKind::Answer:
        break;
    }
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QString Simulator::answeringModel(const QString &model) const
{
    if (!m_scenario.routesTo.isEmpty())
        return m_scenario.routesTo;
    const auto known = ModelKnowledge::builtIn().find(model);
    return known && !known->routedTo.isEmpty() ? known->routedTo : model;
}

SimulatedAnswer Simulator::normalAnswer(Route route, const QString &model, bool sse) const
{
    SimulatedAnswer answer;
    const bool known = modelNames().contains(model) && !m_hiddenModels.contains(model);
    const bool generates =
        known && ModelKnowledge::builtIn().find(model)->methods.contains(u"generateContent"_s);
    if (route != Route::ListModels && (!known || (route != Route::GetModel && !generates))) {
        return standardAnswer(u"model_not_found"_s);
    }
    switch (route) {
    case Route::ListModels: {
        QJsonArray models;
        for (const ModelInfo &served : servedModels()) {
            if (!m_hiddenModels.contains(served.name))
                models.append(modelObject(served));
        }
        answer.body = QJsonDocument(QJsonObject{{u"models"_s, models}}).toJson();
        break;
    }
    case Route::GetModel:
        answer.body = QJsonDocument(modelObject(*ModelKnowledge::builtIn().find(model))).toJson();
        break;
    case Route::CountTokens:
        answer.body =
            R"({"totalTokens": 9, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 9}]})";
        break;
    case Route::Generate:
        answer.body = answerChunk(u"OK"_s, answeringModel(model), true);
        break;
    case Route::OpenAiChat: // answered by openAiAnswer(), never here
    case Route::Live:       // answered by a LiveDoor, never here
        break;
    case Route::Stream: {
        const QString answering = answeringModel(model);
        const QList<QByteArray> chunks = {answerChunk(u"O"_s, answering, false),
                                          answerChunk(u"K"_s, answering, false),
                                          answerChunk({}, answering, true)};
        if (sse) {
            answer.contentType = "text/event-stream";
            for (const QByteArray &chunk : chunks)
                answer.body += "data: " + chunk + "\r\n\r\n";
        } else {
            answer.body = '[' + chunks.join(",\r\n") + ']';
        }
        break;
    }
    }
    return answer;
}

bool Simulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Taken, unanswered: Qt HttpServer then hands the upgrade to acceptLiveSessions(). A
    // scenario whose generation answer is not Google's (a proxy's 407, a portal's page) answers
    // the upgrade itself, as that proxy or portal would.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        const SimulatedAnswer generation = m_scenario.answers.value(Route::Generate);
        if (generation.status == 407 ||
            (generation.misbehaviour == Misbehaviour::None && !generation.body.isEmpty() &&
             !generation.contentType.contains("json"))) {
            ++m_inFlight; // respond() counts it answered
            respond(socket, generation);
        }
        return true;
    }
    SimulatedRequest seen;
    seen.method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
    seen.url = request.url();
    const QString key = QString::fromUtf8(request.value("x-goog-api-key"));
    const QByteArray authorization = request.value("authorization");
    seen.keyHeaderPresent = !key.isEmpty();
    seen.bearerPresent = authorization.startsWith("Bearer ") && authorization.size() > 7;
    const QString anyKey =
        key.isEmpty() && seen.bearerPresent ? QString::fromUtf8(authorization.mid(7)) : key;
    seen.keyHint = anyKey.isEmpty() ? QString() : Redactor::hint(anyKey);
    seen.body = request.body().left(1024 * 1024);
    m_requests.append(seen);
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    Q_EMIT requestReceived(seen);

    if (request.url().path() == u"/v1beta/openai/chat/completions"_s) {
        respond(socket, openAiAnswer(seen, request.body()));
        return true;
    }

    static const QRegularExpression pattern(
        u"^/(v1beta|v1|v1alpha)/models(?:/([^/:]+)(?::(\\w+))?)?$"_s);
    const auto match = pattern.match(request.url().path());
    // The methods it serves; any other (":embedContent", a typo) is a path it does not know, not
    // the list of models.
    static const QStringList served = {QString(), u"countTokens"_s, u"generateContent"_s,
                                       u"streamGenerateContent"_s};
    SimulatedAnswer reply;
    if (!match.hasMatch() || !served.contains(match.captured(3))) {
        reply = standardAnswer(u"unknown_path"_s); // Google's front end (fixture S43)
    } else {
        const QString version = match.captured(1);
        const QString model = match.captured(2);
        const QString method = match.captured(3);
        Route route = Route::ListModels;
        if (!model.isEmpty() && method.isEmpty())
            route = Route::GetModel;
        else if (method == u"countTokens"_s)
            route = Route::CountTokens;
        else if (method == u"generateContent"_s)
            route = Route::Generate;
        else if (method == u"streamGenerateContent"_s)
            route = Route::Stream;
        const bool keyInQuery = QUrlQuery(request.url()).hasQueryItem(u"key"_s);
        if (!seen.keyHeaderPresent && !keyInQuery) {
            reply = standardAnswer(u"no_key"_s); // what Google answers (fixture S18)
        } else {
            const bool sse = QUrlQuery(request.url()).queryItemValue(u"alt"_s) == u"sse"_s;
            if (m_scenario.answers.contains(route))
                reply = m_scenario.answers.value(route);
            else
                reply = listedModelAnswer(model, route).value_or(normalAnswer(route, model, sse));
        }
        reply.model = answeringModel(model);
        reply.body.replace("{model}", model.toUtf8());
        reply.body.replace("{version}", version.toUtf8());
    }

    respond(socket, reply);
    return true;
}

void Simulator::respond(QTcpSocket *socket, const SimulatedAnswer &reply)
{
    QPointer<QTcpSocket> guarded(socket);
    if (m_holding) {
        m_held.append({guarded, reply});
        return;
    }
    if (m_latencyMs > 0) {
        QTimer::singleShot(m_latencyMs, this, [this, guarded, reply] {
            --m_inFlight;
            if (guarded)
                answer(guarded, reply);
        });
    } else {
        --m_inFlight;
        answer(socket, reply);
    }
}

void Simulator::releaseHeldAnswers()
{
    m_holding = false;
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, reply] : held) {
        --m_inFlight;
        if (socket)
            answer(socket, reply);
    }
}

// The OpenAI-compatible endpoint: Google's own errors, wrapped in an array, and an OpenAI-shaped
// answer when all is well. A scenario that breaks generation breaks this door the same way.
SimulatedAnswer Simulator::openAiAnswer(const SimulatedRequest &seen, const QByteArray &body) const
{
    auto wrapped = [](SimulatedAnswer answer) {
        if (answer.body.trimmed().startsWith('{') && answer.misbehaviour == Misbehaviour::None)
            answer.body = "[" + answer.body.trimmed() + "]\n";
        return answer;
    };
    if (seen.keyHeaderPresent && seen.bearerPresent)
        return wrapped(standardAnswer(u"multiple_credentials"_s));
    if (!seen.keyHeaderPresent && !seen.bearerPresent)
        return wrapped(standardAnswer(u"no_key"_s));
    const QString model = QJsonDocument::fromJson(body)[u"model"_s].toString();
    if (m_scenario.answers.contains(Route::OpenAiChat))
        return m_scenario.answers.value(Route::OpenAiChat);
    if (m_scenario.answers.contains(Route::Generate)) {
        SimulatedAnswer generation = m_scenario.answers.value(Route::Generate);
        if (generation.status != 200 || generation.misbehaviour != Misbehaviour::None ||
            !generation.contentType.contains("json")) {
            generation.body.replace("{model}", model.toUtf8());
            generation.body.replace("{version}", "v1beta");
            return wrapped(generation);
        }
    }
    const auto known = ModelKnowledge::builtIn().find(model);
    if (!modelNames().contains(model) || m_hiddenModels.contains(model) || !known ||
        !known->methods.contains(u"generateContent"_s)) {
        SimulatedAnswer missing = standardAnswer(u"model_not_found"_s);
        missing.body.replace("{model}", model.toUtf8());
        missing.body.replace("{version}", "v1beta");
        return wrapped(missing);
    }
    SimulatedAnswer ok;
    ok.body = QJsonDocument(QJsonObject{{u"id"_s, u"simulated-1"_s},
                                        {u"object"_s, u"chat.completion"_s},
                                        {u"model"_s, answeringModel(model)},
                                        {u"choices"_s,
                                         QJsonArray{QJsonObject{
                                             {u"index"_s, 0},
                                             {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                                        {u"content"_s, u"OK"_s}}},
                                             {u"finish_reason"_s, u"stop"_s}}}},
                                        {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 9},
                                                                 {u"completion_tokens"_s, 1},
                                                                 {u"total_tokens"_s, 10}}}})
                  .toJson(QJsonDocument::Compact);
    return ok;
}

void Simulator::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    answer(socket, standardAnswer(u"unknown_path"_s));
}

void Simulator::answer(QTcpSocket *socket, const SimulatedAnswer &reply)
{
    QPointer<QTcpSocket> guarded(socket);
    switch (reply.misbehaviour) {
    case Misbehaviour::None:
        if (reply.contentType.startsWith("text/event-stream")) {
            // Stream for real: one event at a time, then close (the end of an SSE stream).
            socket->write(head(reply, -1));
            const QList<QByteArray> events = reply.body.split('\n');
            auto *timer = new QTimer(socket);
            auto remaining = std::make_shared<QList<QByteArray>>();
            for (const QByteArray &line : events) {
                if (!line.trimmed().isEmpty())
                    remaining->append(line.trimmed() + "\n\n");
            }
            connect(timer, &QTimer::timeout, socket, [guarded, timer, remaining] {
                if (!guarded)
                    return;
                if (remaining->isEmpty()) {
                    timer->stop();
                    guarded->disconnectFromHost();
                    return;
                }
                guarded->write(remaining->takeFirst());
            });
            timer->start(kStreamEventGapMs);
        } else {
            socket->write(head(reply, reply.body.size()) + reply.body);
            socket->disconnectFromHost();
        }
        break;
    case Misbehaviour::ResetMidBody:
        // Half of what Content-Length promises, then the connection closes. Closed, not aborted:
        // an abort (RST) can make the kernel drop the half already sent, and the client would
        // see a connection that closed before any answer, which it may quietly retry.
        socket->write(head(reply, reply.body.size()) + reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        break;
    case Misbehaviour::Stall:
        break; // the client's own time limit has to end it
    case Misbehaviour::Trickle: {
        socket->write(head(reply, 1024 * 1024));
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [guarded] {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                guarded->write(" ");
        });
        timer->start(kTrickleGapMs);
        break;
    }
    case Misbehaviour::Oversize: {
        socket->write(head(reply, kOversizeBytes) + "{\"models\": [");
        auto written = std::make_shared<qint64>(12);
        connect(socket, &QTcpSocket::bytesWritten, socket, [guarded, written] {
            if (!guarded || guarded->bytesToWrite() > 0)
                return;
            if (*written >= kOversizeBytes) {
                guarded->disconnectFromHost();
                return;
            }
            const qint64 chunk = std::min(kOversizeChunk, kOversizeBytes - *written);
            guarded->write(QByteArray(chunk, ' '));
            *written += chunk;
        });
        break;
    }
    case Misbehaviour::StreamError: {
        // Partial output first, then the error as an event of the same 200 stream (H19).
        socket->write(head(reply, -1) + "data: " +
                      answerChunk(u"The answer begins"_s, reply.model, false) + "\r\n\r\n");
        const QByteArray error = "data: " + reply.body + "\r\n\r\n";
        QTimer::singleShot(kStreamEventGapMs, socket, [guarded, error] {
            if (!guarded)
                return;
            guarded->write(error);
            guarded->disconnectFromHost();
        });
        break;
    }
    }
}

} // namespace gd
