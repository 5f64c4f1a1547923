#include "livecall.h"
#include "transporterrors.h"

#include "privacy/redactor.h"

#include "policy/endpointpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// A short turn: the answer costs a handful of tokens (or a second of audio).
const QString kPrompt = u"Reply with the single word OK."_s;

// QWebSocket reports a refused upgrade only in words: "Unhandled http status code: 404 (...)".
int statusFromHandshakeError(const QString &error)
{
    static const QRegularExpression status(uR"re(status code:?\s*(\d{3}))re"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = status.match(error);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Qt WebSockets closes a session itself when what arrives is past this side's caps or breaks the
// protocol, with these words (Qt 6.4); Google's closes never use them. Such a close is this
// side's finding, not a close code Google chose.
std::optional<TransportFailure> closedOnThisSide(QWebSocketProtocol::CloseCode code,
                                                 const QString &reason)
{
    static const QStringList tooLarge = {u"Maximum framesize exceeded."_s,
                                         u"Received message is too big."_s};
    static const QStringList protocol = {u"Invalid UTF-8 code encountered."_s,
                                         u"Invalid opcode detected"_s,
                                         u"Used reserved opcode"_s,
                                         u"Header is too large"_s,
                                         u"Rsv field is non-zero"_s,
                                         u"Control frame is larger than 125 bytes"_s,
                                         u"Control frames cannot be fragmented"_s};
    if (code == QWebSocketProtocol::CloseCodeTooMuchData && tooLarge.contains(reason))
        return TransportFailure::TooLarge;
    const auto startsIt = [&reason](const QString &words) { return reason.startsWith(words); };
    if (std::any_of(protocol.cbegin(), protocol.cend(), startsIt))
        return TransportFailure::Protocol;
    return std::nullopt;
}

} // namespace

LiveCall::LiveCall(QNetworkAccessManager *network, LiveConfig config, const QString &apiKey,
                   QObject *parent)
    : QObject(parent), m_network(network), m_config(std::move(config)), m_key(apiKey.toUtf8())
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &LiveCall::onTimeout);
}

LiveCall::~LiveCall()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QUrl LiveCall::endpointFor(const QUrl &baseUrl, const QString &apiVersion)
{
    QUrl url = endpointUrl(
        baseUrl, u"ws/google.ai.generativelanguage.%1.GenerativeService.BidiGenerateContent"_s.arg(
                     apiVersion));
    url.setScheme(baseUrl.scheme() == u"http"_s ? u"ws"_s : u"wss"_s);
    return url;
}

void LiveCall::start()
{
    m_clock.start();
    m_starting = true;
    const auto started = qScopeGuard([this] { m_starting = false; });
    m_result.url = endpointFor(m_config.baseUrl, m_config.apiVersion);
    if (const auto refusal = refusalReason(m_config.baseUrl)) {
        // Refused before any byte leaves: the key never goes to an insecure endpoint.
        m_result.transportFailure = TransportFailure::InsecureEndpoint;
        m_result.transportDetail = *refusal;
        finish();
        return;
    }
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_config.messageCapBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_config.messageCapBytes));
    if (m_network && m_network->proxyFactory()) {
        const QList<QNetworkProxy> proxies =
            m_network->proxyFactory()->queryProxy(QNetworkProxyQuery(m_result.url));
        if (!proxies.isEmpty())
            m_socket->setProxy(proxies.constFirst());
    }
    connect(m_socket.get(), &QWebSocket::connected, this, &LiveCall::onConnected);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &LiveCall::onMessage);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { onMessage(message.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &LiveCall::onDisconnected);
    connect(m_socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &LiveCall::onSocketError);
    // SSL errors are never ignored: remembered for the diagnosis, and the handshake fails.
    connect(m_socket.get(), &QWebSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });

    QNetworkRequest request(m_result.url);
    request.setRawHeader("x-goog-api-key", m_key);
    request.setRawHeader("User-Agent", "gemini-doctor/" GD_VERSION);
    m_deadline.start(m_config.timeoutMs);
    m_socket->open(request);
}

void LiveCall::cancel()
{
    if (m_done)
        return;
    m_result.transportFailure = TransportFailure::Cancelled;
    finish();
}

void LiveCall::send(const QByteArray &json)
{
    m_socket->sendTextMessage(QString::fromUtf8(json));
}

void LiveCall::onConnected()
{
    m_result.timings.upgradedMs = elapsed();
    m_result.stage = LiveStage::SettingUp;
    const QJsonObject generationConfig{
        {u"responseModalities"_s, QJsonArray{m_config.audioAnswer ? u"AUDIO"_s : u"TEXT"_s}}};
    const QJsonObject setup{
        {u"setup"_s, QJsonObject{{u"model"_s, QString(u"models/"_s + m_config.model)},
                                 {u"generationConfig"_s, generationConfig}}}};
    send(QJsonDocument(setup).toJson(QJsonDocument::Compact));
}

void LiveCall::onMessage(const QByteArray &message)
{
    if (m_done)
        return;
    const QJsonObject object = QJsonDocument::fromJson(message).object();
    if (object.contains(u"error"_s)) {
        m_result.errorMessage = message.left(int(m_config.messageCapBytes));
        finish();
        return;
    }
    if (object.contains(u"setupComplete"_s) && m_result.stage == LiveStage::SettingUp) {
        m_result.timings.setupMs = elapsed();
        m_result.stage = LiveStage::WaitingAnswer;
        const QJsonObject part{{u"text"_s, kPrompt}};
        const QJsonObject userTurn{{u"role"_s, u"user"_s}, {u"parts"_s, QJsonArray{part}}};
        const QJsonObject turn{{u"clientContent"_s, QJsonObject{{u"turns"_s, QJsonArray{userTurn}},
                                                                {u"turnComplete"_s, true}}}};
        send(QJsonDocument(turn).toJson(QJsonDocument::Compact));
        return;
    }
    const QJsonObject content = object.value(u"serverContent"_s).toObject();
    if (content.isEmpty() || m_result.stage < LiveStage::WaitingAnswer)
        return; // usage metadata, session resumption updates, goAway: not the answer
    if (m_result.timings.firstAnswerMs < 0) {
        m_result.timings.firstAnswerMs = elapsed();
        m_result.stage = LiveStage::Answering;
    }
    const QJsonArray parts = content.value(u"modelTurn"_s)[u"parts"_s].toArray();
    for (const QJsonValue &part : parts) {
        m_result.answerText += part[u"text"_s].toString();
        const QString audio = part[u"inlineData"_s][u"data"_s].toString();
        m_result.audioBytes += QByteArray::fromBase64(audio.toLatin1()).size();
    }
    if (content.value(u"turnComplete"_s).toBool()) {
        m_result.stage = LiveStage::Done;
        finish();
    }
}

void LiveCall::onDisconnected()
{
    if (m_done)
        return;
    if (m_result.stage == LiveStage::Connecting) {
        onSocketError(); // no session yet: the socket's error says why (refused, TLS, upgrade)
        return;
    }
    if (const auto local = closedOnThisSide(m_socket->closeCode(), m_socket->closeReason())) {
        // Not Google's close: this side stopped reading what came (too large, or not WebSocket).
        m_result.transportFailure = *local;
        m_result.transportDetail = *local == TransportFailure::TooLarge
                                       ? tooLargeDetail(m_config.messageCapBytes)
                                       : tr("The server's WebSocket data broke the protocol (%1).")
                                             .arg(m_socket->closeReason());
    } else if (m_socket->closeCode() != QWebSocketProtocol::CloseCodeNormal ||
               !m_socket->closeReason().isEmpty()) {
        m_result.closeCode = int(m_socket->closeCode());
        m_result.closeReason = Redactor::redact(m_socket->closeReason());
    }
    if (m_result.closeCode == 0 && !m_result.transportFailure)
        m_result.transportFailure = TransportFailure::ConnectionClosed;
    finish();
}

void LiveCall::onSocketError()
{
    if (m_done || m_result.stage != LiveStage::Connecting)
        return; // after the upgrade, the close frame (onDisconnected) says what happened
    // Qt's words carry the server's own (its status line): masked where they enter.
    const QString error = Redactor::redact(m_socket->errorString());
    m_result.handshakeStatus = statusFromHandshakeError(error);
    if (m_result.handshakeStatus == 407) {
        m_result.transportFailure = TransportFailure::Proxy;
        m_result.transportDetail = error;
    } else if (m_result.handshakeStatus >= 200 && m_result.handshakeStatus < 400) {
        // An answer, but not the 101 of a WebSocket server: a portal, a proxy or another server.
        m_result.transportFailure = TransportFailure::Protocol;
        m_result.transportDetail = error;
    } else if (m_result.handshakeStatus == 0) {
        m_result.transportFailure = m_sslErrors.isEmpty() ? failureForSocketError(m_socket->error())
                                                          : TransportFailure::TlsHandshake;
        m_result.transportDetail = m_sslErrors.isEmpty() ? error : describeSslErrors(m_sslErrors);
        if (!m_sslErrors.isEmpty())
            m_result.certificateIssuer = certificateIssuer(m_sslErrors);
    }
    finish();
}

void LiveCall::onTimeout()
{
    if (m_done)
        return;
    m_result.transportFailure = TransportFailure::Timeout;
    finish();
}

void LiveCall::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_result.timings.totalMs = elapsed();
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->close(); // a polite close frame; the server owes us nothing more
    }
    const LiveResult result = m_result;
    if (m_starting) {
        // QWebSocket::open() reports some failures (a URL it cannot use) before it returns.
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
        return;
    }
    Q_EMIT finished(result);
}

} // namespace gd
