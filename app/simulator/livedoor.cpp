#include "livedoor.h"

#include "diagnosis/modelknowledge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// error.message of a Google error body, plain or array-wrapped.
QString errorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray array = document.array();
    const QJsonObject envelope = document.isArray()
                                     ? (array.isEmpty() ? QJsonObject() : array.first().toObject())
                                     : document.object();
    return envelope[u"error"_s][u"message"_s].toString();
}

// "v1beta" of ".../google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent".
QString apiVersionOf(const QUrl &url)
{
    static const QRegularExpression version(uR"re(generativelanguage\.(v\w+)\.)re"_s);
    return version.match(url.path()).captured(1);
}

int closeCodeForStatus(int status)
{
    if (status == 400)
        return 1007;
    if (status == 401 || status == 403 || status == 404 || status == 402)
        return 1008;
    return 1011;
}

bool servesLive(const QString &model)
{
    const ModelKnowledge &knowledge = ModelKnowledge::builtIn();
    const auto known = knowledge.find(model);
    return known && known->name == model && !known->isGone(knowledge.asOf()) &&
           known->methods.contains(u"bidiGenerateContent"_s);
}

} // namespace

LiveDoor::LiveDoor(std::unique_ptr<QWebSocket> socket, const SimulatedAnswer &answer,
                   bool keyPresent, int answerLatencyMs, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_answer(answer)
    , m_keyPresent(keyPresent)
    , m_latencyMs(answerLatencyMs)
{
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &LiveDoor::onMessage);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { onMessage(message.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &QObject::deleteLater);
}

LiveDoor::~LiveDoor()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

QString LiveDoor::cutReason(const QString &reason)
{
    QByteArray utf8 = reason.toUtf8();
    if (utf8.size() <= 123)
        return reason;
    utf8.truncate(123);
    while (!utf8.isEmpty() && (uchar(utf8.back()) & 0xC0) == 0x80)
        utf8.chop(1); // no half character
    if (!utf8.isEmpty() && (uchar(utf8.back()) & 0x80))
        utf8.chop(1);
    return QString::fromUtf8(utf8);
}

SimulatedAnswer LiveDoor::fromGenerateAnswer(const SimulatedAnswer &generate)
{
    SimulatedAnswer live;
    if (generate.misbehaviour != Misbehaviour::None && generate.status == 200) {
        live.misbehaviour = generate.misbehaviour; // stall, reset...: the session breaks too
        return live;
    }
    if (generate.status == 200)
        return live;
    live.closeCode = closeCodeForStatus(generate.status);
    live.body = errorMessage(generate.body).toUtf8();
    // The key and the model are judged at setup; quotas and the model's own failures on the turn.
    live.closeAt = live.closeCode == 1011 ? LiveCloseAt::Turn : LiveCloseAt::Setup;
    return live;
}

void LiveDoor::sendJson(const QJsonObject &object)
{
    // Google's Live server sends its JSON as binary frames.
    m_socket->sendBinaryMessage(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void LiveDoor::closeWith(int code, QString reason)
{
    // Bodies from the scenario data name the request's model and version as placeholders.
    reason.replace(u"{model}"_s, m_model)
        .replace(u"{version}"_s, apiVersionOf(m_socket->requestUrl()));
    m_socket->close(QWebSocketProtocol::CloseCode(code), cutReason(reason));
}

void LiveDoor::onMessage(const QByteArray &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message).object();
    if (object.contains(u"setup"_s) && !m_setUp)
        onSetup(object.value(u"setup"_s).toObject());
    else if (object.contains(u"clientContent"_s) && m_setUp)
        onTurn();
    else if (!m_setUp)
        closeWith(1007, u"Request contains an invalid argument."_s);
}

void LiveDoor::onSetup(const QJsonObject &setup)
{
    m_model = setup.value(u"model"_s).toString().remove(u"models/"_s);
    if (!m_keyPresent) {
        closeWith(1008, errorMessage(standardAnswer(u"no_key"_s).body)); // fixture S18's words
        return;
    }
    if (m_answer.misbehaviour == Misbehaviour::Stall)
        return; // never a setupComplete: the client's own time limit has to end it
    if (m_answer.misbehaviour != Misbehaviour::None) {
        m_socket->abort(); // the connection drops without a close frame
        return;
    }
    if (m_answer.closeCode > 0 && m_answer.closeAt == LiveCloseAt::Setup) {
        closeWith(m_answer.closeCode, QString::fromUtf8(m_answer.body));
        return;
    }
    if (!servesLive(m_model) || m_hiddenModels.contains(m_model)) {
        const SimulatedAnswer notFound = standardAnswer(u"live_model_not_found"_s);
        closeWith(notFound.closeCode, QString::fromUtf8(notFound.body)); // like fixture R37
        return;
    }
    const QJsonArray modalities = setup[u"generationConfig"_s][u"responseModalities"_s].toArray();
    m_audio = modalities.contains(u"AUDIO"_s);
    m_setUp = true;
    QTimer::singleShot(m_setupLatencyMs, this, [this] {
        sendJson({{u"setupComplete"_s, QJsonObject{}}});
    });
}

void LiveDoor::onTurn()
{
    if (m_answer.closeCode > 0) {
        closeWith(m_answer.closeCode, QString::fromUtf8(m_answer.body));
        return;
    }
    // The model "thinks" for the answer latency, then answers in one part and completes.
    QTimer::singleShot(m_latencyMs, this, [this] {
        const QJsonObject part =
            m_audio
                ? QJsonObject{{u"inlineData"_s,
                               QJsonObject{{u"mimeType"_s, u"audio/pcm;rate=24000"_s},
                                           {u"data"_s, QString::fromLatin1(
                                                           QByteArray(4800, '\0').toBase64())}}}}
                : QJsonObject{{u"text"_s, u"OK"_s}};
        sendJson({{u"serverContent"_s,
                   QJsonObject{{u"modelTurn"_s, QJsonObject{{u"parts"_s, QJsonArray{part}}}}}}});
        sendJson({{u"serverContent"_s, QJsonObject{{u"turnComplete"_s, true}}}});
        sendJson({{u"usageMetadata"_s,
                   QJsonObject{{u"promptTokenCount"_s, 9}, {u"responseTokenCount"_s, 1}}}});
    });
}

} // namespace gd
