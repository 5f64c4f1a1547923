#include "diagnosis/modelknowledge.h"
#include "simulator/simulator.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "FAKE-simulator-test-key-0042";

// resources/simulator/scenarios.json as the test reads it: the file itself, not the simulator's
// parse of it, is what the simulator's answers are compared with.
const QJsonObject &scenarioFile()
{
    static const QJsonObject file = [] {
        QFile json(QStringLiteral(GD_SOURCE_DIR "/resources/simulator/scenarios.json"));
        if (!json.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(json.readAll()).object();
    }();
    return file;
}

QJsonArray fileScenarios()
{
    return scenarioFile().value(u"scenarios"_s).toArray();
}

QJsonObject fileScenario(const QString &name)
{
    for (const QJsonValue &value : fileScenarios()) {
        if (value[u"category"_s].toString() == name)
            return value.toObject();
    }
    return {};
}

// The file's answer for one route of a scenario; empty when the route answers normally.
QJsonObject fileAnswer(const QJsonObject &scenario, const QString &route)
{
    for (const QJsonValue &answer : scenario.value(u"answers"_s).toArray()) {
        if (answer[u"routes"_s].toArray().contains(route))
            return answer.toObject();
    }
    return {};
}

// A model the simulated key lists that generates, answers as itself and has no answer of its own
// in the file's listed_model_answers: what a client of an ordinary scenario asks for.
QString plainModel()
{
    const QJsonObject listed = scenarioFile().value(u"listed_model_answers"_s).toObject();
    for (const QString &name : gd::Simulator::modelNames()) {
        const auto model = gd::ModelKnowledge::builtIn().find(name);
        if (model && model->routedTo.isEmpty() && !listed.contains(name) &&
            model->methods.contains(u"generateContent"_s))
            return name;
    }
    return {};
}

// A model the Live door serves.
QString liveModel()
{
    const gd::ModelKnowledge &knowledge = gd::ModelKnowledge::builtIn();
    for (const QString &name : gd::Simulator::modelNames()) {
        const auto model = knowledge.find(name);
        if (model && model->name == name && model->methods.contains(u"bidiGenerateContent"_s))
            return name;
    }
    return {};
}

QByteArray filled(QByteArray body, const QString &model)
{
    return body.replace("{model}", model.toUtf8()).replace("{version}", "v1beta");
}

// A close reason as the protocol carries it: at most 123 bytes, never half a character.
QString cut(const QString &reason)
{
    QByteArray utf8 = reason.toUtf8().left(123);
    while (QString::fromUtf8(utf8).toUtf8() != utf8)
        utf8.chop(1);
    return QString::fromUtf8(utf8);
}

const QStringList kHttpRoutes = {u"models"_s,   u"model"_s,  u"count_tokens"_s,
                                 u"generate"_s, u"stream"_s, u"openai"_s};

bool isGoogleError(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().contains(u"error"_s);
}

// status and the ErrorInfo reason of a Google error body, plain or array-wrapped.
std::pair<QString, QString> statusAndReason(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject error =
        (document.isArray() ? document.array().first().toObject() : document.object())
            .value(u"error"_s)
            .toObject();
    QString reason;
    for (const QJsonValue &detail : error.value(u"details"_s).toArray()) {
        if (detail[u"@type"_s].toString().endsWith(u"google.rpc.ErrorInfo"_s))
            reason = detail[u"reason"_s].toString();
    }
    return {error.value(u"status"_s).toString(), reason};
}

// The text of every candidate of a generateContent answer or an SSE stream of them, and the
// model the answer says gave it.
std::pair<QString, QString> answerTextAndModel(const QByteArray &body)
{
    QList<QByteArray> chunks;
    if (body.startsWith("data: ")) {
        for (const QByteArray &line : body.split('\n')) {
            if (line.startsWith("data: "))
                chunks.append(line.mid(6).trimmed());
        }
    } else {
        chunks.append(body);
    }
    QString text;
    QString model;
    for (const QByteArray &chunk : chunks) {
        const QJsonObject object = QJsonDocument::fromJson(chunk).object();
        for (const QJsonValue &part :
             object[u"candidates"_s][0][u"content"_s][u"parts"_s].toArray())
            text += part[u"text"_s].toString();
        model = object[u"modelVersion"_s].toString();
    }
    return {text, model};
}

} // namespace

// The simulator (contract section 6), against resources/simulator/scenarios.json: over loopback,
// every scenario's every HTTP route answers with the status, body and headers the file gives it,
// the misbehaviours misbehave for real, the connection-level scenarios fail before an answer, and
// the Live door opens or closes as the file's rules say.
class TestSimulator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenarios_list_isTheFilesInItsOrderOnePerCategory();
    void route_everyScenario_answersAsTheFileSays_data();
    void route_everyScenario_answersAsTheFileSays();
    void route_unknownPath_answersGooglesHtml404_data();
    void route_unknownPath_answersGooglesHtml404();
    void route_noKey_answersUnregisteredCallers403();
    void misbehaviour_resetMidBody_closesHalfWayThroughTheBody();
    void misbehaviour_stall_neverAnswersWhileOthersAre();
    void misbehaviour_trickle_sendsHeadersThenSpacesAndNeverEnds();
    void misbehaviour_oversize_sendsMoreThanTheCap();
    void misbehaviour_streamError_partialOutputThenTheErrorEvent();
    void connectionLevel_scenario_failsBeforeAnyAnswer_data();
    void connectionLevel_scenario_failsBeforeAnyAnswer();
    void start_bindsLoopbackOnly();
    void live_everyScenario_opensOrClosesAsTheFileSays_data();
    void live_everyScenario_opensOrClosesAsTheFileSays();

private:
    QNetworkReply *send(const QUrl &base, const QString &route, const QString &model,
                        bool withKey = true);
    // Waits (bounded) for the reply to finish.
    static bool finish(QNetworkReply *reply, int timeoutMs = 10000);

    QNetworkAccessManager m_network;
    QString m_model;
};

void TestSimulator::initTestCase()
{
    QVERIFY2(!fileScenarios().isEmpty(), "resources/simulator/scenarios.json was not read");
    m_network.setProxy(QNetworkProxy::NoProxy); // loopback only, whatever the environment says
    m_model = plainModel();
    QVERIFY(!m_model.isEmpty());
}

QNetworkReply *TestSimulator::send(const QUrl &base, const QString &route, const QString &model,
                                   bool withKey)
{
    QString path = u"/v1beta/models"_s;
    if (route != u"models"_s && route != u"openai"_s)
        path += u'/' + model;
    if (route == u"count_tokens"_s)
        path += u":countTokens"_s;
    else if (route == u"generate"_s)
        path += u":generateContent"_s;
    else if (route == u"stream"_s)
        path += u":streamGenerateContent"_s;
    else if (route == u"openai"_s)
        path = u"/v1beta/openai/chat/completions"_s;
    QUrl url = base;
    url.setPath(path);
    if (route == u"stream"_s)
        url.setQuery(u"alt=sse"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (withKey && route == u"openai"_s)
        request.setRawHeader("Authorization", "Bearer " + kKey);
    else if (withKey)
        request.setRawHeader("x-goog-api-key", kKey);
    if (route == u"models"_s || route == u"model"_s)
        return m_network.get(request);
    if (route == u"openai"_s) {
        return m_network.post(
            request, QJsonDocument(QJsonObject{{u"model"_s, model},
                                               {u"messages"_s,
                                                QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                                                       {u"content"_s, u"Hi"_s}}}}})
                         .toJson(QJsonDocument::Compact));
    }
    return m_network.post(request, R"({"contents": [{"parts": [{"text": "Hi"}]}]})"_ba);
}

bool TestSimulator::finish(QNetworkReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(timeoutMs);
}

void TestSimulator::scenarios_list_isTheFilesInItsOrderOnePerCategory()
{
    QStringList file;
    for (const QJsonValue &value : fileScenarios())
        file.append(value[u"category"_s].toString());
    QStringList simulator;
    for (const gd::Scenario &scenario : gd::allScenarios()) {
        simulator.append(scenario.name());
        QVERIFY2(!scenario.description().isEmpty(), qPrintable(scenario.name()));
        QCOMPARE(gd::findScenario(scenario.name()), &scenario);
    }
    QCOMPARE(simulator, file);
    // Contract section 6: every category of section 3 can be rehearsed, once.
    QStringList categories;
    for (const gd::Category category : gd::allCategories())
        categories.append(gd::categoryId(category));
    QStringList sorted = simulator;
    sorted.sort();
    categories.sort();
    QCOMPARE(sorted, categories);
    QVERIFY(!gd::findScenario(u"no_such_scenario"_s));
    gd::Simulator server;
    QVERIFY(!server.setScenario(u"no_such_scenario"_s));
}

void TestSimulator::route_everyScenario_answersAsTheFileSays_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("route");
    for (const QJsonValue &value : fileScenarios()) {
        if (value[u"kind"_s].toString(u"answer"_s) != u"answer"_s)
            continue; // fails before any request: connectionLevel_...
        const QString name = value[u"category"_s].toString();
        for (const QString &route : kHttpRoutes) {
            // The answers that misbehave are tested one by one below.
            const QJsonObject answer = fileAnswer(value.toObject(), route);
            const QJsonObject generate = fileAnswer(value.toObject(), u"generate"_s);
            if (answer.contains(u"misbehaviour"_s) ||
                (route == u"openai"_s && !answer.contains(u"status"_s) &&
                 generate.contains(u"misbehaviour"_s)))
                continue;
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(route)) << name << route;
        }
    }
}

void TestSimulator::route_everyScenario_answersAsTheFileSays()
{
    QFETCH(QString, scenario);
    QFETCH(QString, route);
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(scenario));
    QVERIFY(simulator.start());
    const QJsonObject file = fileScenario(scenario);
    QJsonObject expected = fileAnswer(file, route);
    bool wrapped = false; // the OpenAI-compatible door wraps Google's errors in an array
    if (route == u"openai"_s && expected.isEmpty()) {
        const QJsonObject generate = fileAnswer(file, u"generate"_s);
        const bool broken =
            generate.value(u"status"_s).toInt(200) != 200 ||
            !generate.value(u"content_type"_s).toString(u"application/json"_s).contains(u"json"_s);
        if (broken) {
            expected = generate;
            wrapped = generate.value(u"body"_s).toString().trimmed().startsWith(u'{');
        }
    }

    QNetworkReply *reply = send(simulator.baseUrl(), route, m_model);
    QVERIFY(finish(reply));
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QVERIFY2(simulator.requests().size() == 1, "one request, received once");
    QCOMPARE(simulator.requests().constFirst().keyHeaderPresent, route != u"openai"_s);

    if (expected.isEmpty()) { // the normal answer
        QCOMPARE(status, 200);
        const QString answering = file.value(u"routes_to"_s).toString(m_model);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (route == u"models"_s) {
            QStringList names;
            for (const QJsonValue &model : json[u"models"_s].toArray())
                names.append(model[u"name"_s].toString().remove(u"models/"_s));
            QCOMPARE(names, gd::Simulator::modelNames());
        } else if (route == u"model"_s) {
            QCOMPARE(json[u"name"_s].toString(), u"models/"_s + m_model);
        } else if (route == u"count_tokens"_s) {
            QVERIFY(json[u"totalTokens"_s].toInt() > 0);
        } else if (route == u"openai"_s) {
            QCOMPARE(json[u"object"_s].toString(), u"chat.completion"_s);
            QCOMPARE(json[u"model"_s].toString(), answering);
            QCOMPARE(json[u"choices"_s][0][u"message"_s][u"content"_s].toString(), u"OK"_s);
        } else {
            if (route == u"stream"_s)
                QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                            .toString()
                            .startsWith(u"text/event-stream"_s));
            const auto [text, model] = answerTextAndModel(body);
            QCOMPARE(text, u"OK"_s);
            QCOMPARE(model, answering);
        }
        return;
    }

    // The file's answer: its status, content type, headers and body, byte for byte, with the
    // request's model and version put in.
    QCOMPARE(status, expected.value(u"status"_s).toInt(200));
    QByteArray expectedBody = filled(expected.value(u"body"_s).toString().toUtf8(), m_model);
    if (wrapped)
        expectedBody = "[" + expectedBody.trimmed() + "]\n";
    QCOMPARE(body, expectedBody);
    QCOMPARE(
        reply->rawHeader("Content-Type"),
        expected.value(u"content_type"_s).toString(u"application/json; charset=UTF-8"_s).toUtf8());
    const QJsonObject headers = expected.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        QCOMPARE(reply->rawHeader(it.key().toUtf8()), it.value().toString().toUtf8());
    if (isGoogleError(expectedBody) || wrapped) {
        // What a client reads to decide: the error's status and ErrorInfo reason, and a code
        // that is the HTTP status (the Interactions API's is a word, "invalid_request").
        const auto [errorStatus, reason] = statusAndReason(body);
        const auto [fileStatus, fileReason] = statusAndReason(expectedBody);
        QCOMPARE(errorStatus, fileStatus);
        QCOMPARE(reason, fileReason);
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QJsonValue code = (wrapped ? document.array().first().toObject()
                                         : document.object())[u"error"_s][u"code"_s];
        if (code.isDouble())
            QCOMPARE(code.toInt(), status);
    }
}

void TestSimulator::route_unknownPath_answersGooglesHtml404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("not the API") << u"/favicon.ico"_s;
    QTest::newRow("no such method") << u"/v1beta/models/x:explode"_s;
    QTest::newRow("no such version") << u"/v9/models"_s;
    QTest::newRow("the root") << u"/"_s;
}

void TestSimulator::route_unknownPath_answersGooglesHtml404()
{
    QFETCH(QString, path);
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    QUrl url = simulator.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("x-goog-api-key", kKey);
    QNetworkReply *reply = m_network.get(request);
    QVERIFY(finish(reply));
    reply->deleteLater();
    const QJsonObject unknown = scenarioFile()[u"standard_answers"_s][u"unknown_path"_s].toObject();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(reply->rawHeader("Content-Type"),
             unknown.value(u"content_type"_s).toString().toUtf8());
    QCOMPARE(reply->readAll(), unknown.value(u"body"_s).toString().toUtf8());
}

void TestSimulator::route_noKey_answersUnregisteredCallers403()
{
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    QNetworkReply *reply = send(simulator.baseUrl(), u"generate"_s, m_model, false);
    QVERIFY(finish(reply));
    reply->deleteLater();
    const QJsonObject noKey = scenarioFile()[u"standard_answers"_s][u"no_key"_s].toObject();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             noKey.value(u"status"_s).toInt());
    QCOMPARE(reply->readAll(), noKey.value(u"body"_s).toString().toUtf8());
    QVERIFY(!simulator.requests().constFirst().keyHeaderPresent);
}

void TestSimulator::misbehaviour_resetMidBody_closesHalfWayThroughTheBody()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"connection_reset"_s));
    QVERIFY(simulator.start());
    const QByteArray full =
        fileAnswer(fileScenario(u"connection_reset"_s), u"generate"_s)[u"body"_s]
            .toString()
            .toUtf8();
    QNetworkReply *reply = send(simulator.baseUrl(), u"generate"_s, m_model);
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QVERIFY(finish(reply));
    reply->deleteLater();
    received += reply->readAll();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), full.size());
    QVERIFY2(reply->error() != QNetworkReply::NoError, "the answer ended early");
    QVERIFY(full.startsWith(received));
    QVERIFY2(received.size() <= full.size() / 2, QByteArray::number(received.size()).constData());
}

void TestSimulator::misbehaviour_stall_neverAnswersWhileOthersAre()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"timeout"_s)); // generate stalls; models answers
    QVERIFY(simulator.start());
    QSignalSpy received(&simulator, &gd::Simulator::requestReceived);
    QNetworkReply *stalled = send(simulator.baseUrl(), u"generate"_s, m_model);
    QSignalSpy headers(stalled, &QNetworkReply::metaDataChanged);
    QVERIFY(received.wait(5000));
    // Taken, and left unanswered: a request the simulator answers after it arrived comes back
    // whole while the stalled one has not even its headers.
    QNetworkReply *marker = send(simulator.baseUrl(), u"models"_s, m_model);
    QVERIFY(finish(marker));
    marker->deleteLater();
    QCOMPARE(marker->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(simulator.requests().size(), 2);
    QVERIFY(!stalled->isFinished());
    QCOMPARE(headers.size(), 0);
    QVERIFY(!stalled->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    stalled->abort();
    delete stalled;
}

void TestSimulator::misbehaviour_trickle_sendsHeadersThenSpacesAndNeverEnds()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"timeout"_s)); // stream trickles
    QVERIFY(simulator.start());
    QNetworkReply *reply = send(simulator.baseUrl(), u"stream"_s, m_model);
    QByteArray received;
    connect(reply, &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QVERIFY(QTest::qWaitFor([&] { return received.size() >= 3; }, 5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    // It promises a megabyte and sends a space at a time.
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 1024 * 1024);
    QCOMPARE(received, QByteArray(received.size(), ' '));
    QVERIFY(!reply->isFinished());
    reply->abort();
    delete reply;
}

void TestSimulator::misbehaviour_oversize_sendsMoreThanTheCap()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"response_too_large"_s));
    QVERIFY(simulator.start());
    QNetworkReply *reply = send(simulator.baseUrl(), u"models"_s, m_model);
    QVERIFY(finish(reply, 20000));
    reply->deleteLater();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray body = reply->readAll();
    // Over the 1 MiB cap of contract section 7, and over 2 MiB: what the file's about says.
    QVERIFY2(body.size() > 2 * 1024 * 1024, QByteArray::number(body.size()).constData());
    QCOMPARE(body.size(), reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    QVERIFY(body.startsWith("{\"models\": ["));
}

void TestSimulator::misbehaviour_streamError_partialOutputThenTheErrorEvent()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"overloaded"_s));
    QVERIFY(simulator.start());
    QNetworkReply *reply = send(simulator.baseUrl(), u"stream"_s, m_model);
    QVERIFY(finish(reply));
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QList<QByteArray> events;
    for (const QByteArray &line : reply->readAll().split('\n')) {
        if (line.startsWith("data: "))
            events.append(line.mid(6).trimmed());
    }
    QCOMPARE(events.size(), 2);
    QCOMPARE(answerTextAndModel(events.at(0)).first, u"The answer begins"_s);
    // The partial answer names the model that was asked for, as Google's modelVersion does: a
    // diagnosis reads its model from there ("Model: model" was the literal word).
    QCOMPARE(answerTextAndModel(events.at(0)).second, m_model);
    const QByteArray fileBody =
        fileAnswer(fileScenario(u"overloaded"_s), u"stream"_s)[u"body"_s].toString().toUtf8();
    QCOMPARE(events.at(1), fileBody);
    QCOMPARE(statusAndReason(events.at(1)).first, u"UNAVAILABLE"_s);
}

void TestSimulator::connectionLevel_scenario_failsBeforeAnyAnswer_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("error"); // QNetworkReply::NetworkError; -1: not sent at all
    const QHash<QString, int> errors = {
        {u"closed_port"_s, QNetworkReply::ConnectionRefusedError},
        {u"untrusted_tls"_s, QNetworkReply::SslHandshakeFailedError},
        {u"unresolvable_host"_s, -1}, // no name lookup from a test: the host is .invalid
        {u"insecure_url"_s, -1},      // the client refuses it: never sent
    };
    for (const QJsonValue &value : fileScenarios()) {
        const QString kind = value[u"kind"_s].toString(u"answer"_s);
        if (kind == u"answer"_s)
            continue;
        QVERIFY2(errors.contains(kind), qPrintable(u"a kind this test does not know: "_s + kind));
        QTest::newRow(qPrintable(value[u"category"_s].toString()))
            << value[u"category"_s].toString() << errors.value(kind);
    }
}

void TestSimulator::connectionLevel_scenario_failsBeforeAnyAnswer()
{
    QFETCH(QString, scenario);
    QFETCH(int, error);
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(scenario));
    QVERIFY(simulator.start());
    const QUrl base = simulator.baseUrl();
    const QString kind = fileScenario(scenario).value(u"kind"_s).toString();
    if (kind == u"unresolvable_host"_s) {
        QVERIFY2(base.host().endsWith(u".invalid"_s), qPrintable(base.toString()));
        return;
    }
    if (kind == u"insecure_url"_s) {
        QCOMPARE(base.scheme(), u"http"_s);
        QVERIFY(!QHostAddress(base.host()).isLoopback());
        QVERIFY(base.host() != u"localhost"_s);
        return;
    }
    QVERIFY(base.port() > 0);
    QNetworkReply *reply = send(base, u"models"_s, m_model);
    QVERIFY(finish(reply));
    reply->deleteLater();
    QCOMPARE(int(reply->error()), error);
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QCOMPARE(simulator.requests().size(), 0);
}

void TestSimulator::start_bindsLoopbackOnly()
{
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    QCOMPARE(simulator.baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(simulator.baseUrl().port(), int(simulator.port()));
    const QList<QTcpServer *> servers = simulator.servers();
    QVERIFY(!servers.isEmpty());
    for (const QTcpServer *server : servers)
        QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
}

void TestSimulator::live_everyScenario_opensOrClosesAsTheFileSays_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("outcome"); // "works", "refused", "dropped", "close-setup",
                                          // "close-turn"
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QString>("reason");
    const QString model = liveModel();
    for (const QJsonValue &value : fileScenarios()) {
        const QJsonObject scenario = value.toObject();
        if (scenario.value(u"kind"_s).toString(u"answer"_s) != u"answer"_s)
            continue;
        const QString name = scenario.value(u"category"_s).toString();
        const QJsonObject live = fileAnswer(scenario, u"live"_s);
        const QJsonObject generate = fileAnswer(scenario, u"generate"_s);
        const int status = generate.value(u"status"_s).toInt(200);
        const bool json =
            generate.value(u"content_type"_s).toString(u"application/json"_s).contains(u"json"_s);
        // The file's rules (its "about"): a scenario's own live answer first; else the upgrade
        // meets what generation meets: a proxy or portal answers it, a dropped connection drops
        // it, an error closes it (400 1007, 401-404 1008 at setup; 429 and 5xx 1011 on the turn).
        if (live.value(u"misbehaviour"_s).toString() == u"stall"_s)
            continue; // never completes the setup: there is no event to wait for
        if (!live.isEmpty()) {
            const bool atTurn = live.value(u"close_at"_s).toString() == u"turn"_s;
            QTest::newRow(qPrintable(name))
                << name << (atTurn ? u"close-turn"_s : u"close-setup"_s)
                << live.value(u"close_code"_s).toInt()
                << cut(QString::fromUtf8(filled(live.value(u"body"_s).toString().toUtf8(), model)));
        } else if (status == 407 || (!json && !generate.value(u"body"_s).toString().isEmpty() &&
                                     !generate.contains(u"misbehaviour"_s))) {
            QTest::newRow(qPrintable(name)) << name << u"refused"_s << 0 << QString();
        } else if (generate.contains(u"misbehaviour"_s) && status == 200) {
            QTest::newRow(qPrintable(name)) << name << u"dropped"_s << 0 << QString();
        } else if (status == 200) {
            QTest::newRow(qPrintable(name)) << name << u"works"_s << 0 << QString();
        } else {
            const int code = status == 400 ? 1007 : (status >= 401 && status <= 404) ? 1008 : 1011;
            const QString message =
                QJsonDocument::fromJson(
                    filled(generate.value(u"body"_s).toString().toUtf8(), model))
                    .object()[u"error"_s][u"message"_s]
                    .toString();
            QTest::newRow(qPrintable(name))
                << name << (code == 1011 ? u"close-turn"_s : u"close-setup"_s) << code
                << cut(message);
        }
    }
}

void TestSimulator::live_everyScenario_opensOrClosesAsTheFileSays()
{
    QFETCH(QString, scenario);
    QFETCH(QString, outcome);
    QFETCH(int, closeCode);
    QFETCH(QString, reason);
    const QString model = liveModel();
    QVERIFY(!model.isEmpty());
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(scenario));
    QVERIFY(simulator.start());

    QWebSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QList<QJsonObject> messages;
    connect(&socket, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &message) {
        messages.append(QJsonDocument::fromJson(message).object());
    });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QSignalSpy errors(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    QUrl url = simulator.baseUrl();
    url.setScheme(u"ws"_s);
    url.setPath(u"/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent"_s);
    QNetworkRequest request(url);
    request.setRawHeader("x-goog-api-key", kKey);
    socket.open(request);

    if (outcome == u"refused"_s) { // a proxy or a portal answered the upgrade
        QVERIFY(QTest::qWaitFor([&] { return !errors.isEmpty() || !connected.isEmpty(); }, 5000));
        QCOMPARE(connected.size(), 0);
        QVERIFY(!errors.isEmpty());
        return;
    }
    QVERIFY2(QTest::qWaitFor([&] { return !connected.isEmpty(); }, 5000),
             qPrintable(socket.errorString()));
    socket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"setup"_s, QJsonObject{{u"model"_s, QString(u"models/"_s + model)}}}})
            .toJson(QJsonDocument::Compact)));
    if (outcome == u"dropped"_s) { // the connection drops, no close frame
        QVERIFY(QTest::qWaitFor([&] { return !disconnected.isEmpty(); }, 5000));
        QVERIFY(messages.isEmpty());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().value<QAbstractSocket::SocketError>(),
                 QAbstractSocket::RemoteHostClosedError);
        QVERIFY(socket.closeReason().isEmpty());
        return;
    }
    if (outcome == u"close-setup"_s) {
        QVERIFY(QTest::qWaitFor([&] { return !disconnected.isEmpty(); }, 5000));
        QVERIFY(messages.isEmpty()); // no setupComplete
        QCOMPARE(int(socket.closeCode()), closeCode);
        QCOMPARE(socket.closeReason(), reason);
        return;
    }
    QVERIFY(QTest::qWaitFor([&] { return !messages.isEmpty(); }, 5000));
    QVERIFY(messages.constFirst().contains(u"setupComplete"_s));
    socket.sendTextMessage(
        uR"({"clientContent": {"turns": [{"role": "user", "parts": [{"text": "Hi"}]}],
             "turnComplete": true}})"_s);
    if (outcome == u"close-turn"_s) {
        QVERIFY(QTest::qWaitFor([&] { return !disconnected.isEmpty(); }, 5000));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(int(socket.closeCode()), closeCode);
        QCOMPARE(socket.closeReason(), reason);
        return;
    }
    QCOMPARE(outcome, u"works"_s);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return messages.size() >= 3 &&
                   messages.at(2)[u"serverContent"_s][u"turnComplete"_s].toBool();
        },
        5000));
    QCOMPARE(
        messages.at(1)[u"serverContent"_s][u"modelTurn"_s][u"parts"_s][0][u"text"_s].toString(),
        u"OK"_s);
    QCOMPARE(disconnected.size(), 0);
    socket.close();
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
