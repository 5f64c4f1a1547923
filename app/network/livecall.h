#pragma once

#include "calls/callresult.h"
#include "calls/livetimings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QWebSocket;

namespace gd {

// What one Live session came back with: an answer, a close frame, or no session at all.
struct LiveResult
{
    QUrl url; // never carries the key
    LiveStage stage = LiveStage::Connecting;
    int closeCode = 0; // the server's close frame (1007, 1008, 1011, ...); 0: none
    QString closeReason;
    int handshakeStatus = 0; // the HTTP status when the server refused the upgrade
    std::optional<TransportFailure> transportFailure;
    QString transportDetail;
    QString certificateIssuer;
    QByteArray errorMessage; // a server message carrying {"error": ...}, as it came
    QString answerText;      // the model's text, or empty for an audio answer
    qint64 audioBytes = 0;   // decoded audio the model answered with
    LiveTimings timings;

    bool answered() const { return stage == LiveStage::Done; }
};

struct LiveConfig
{
    QUrl baseUrl;                                  // https://... or http://loopback (the simulator)
    QString apiVersion = QStringLiteral("v1beta"); // in the service name of the path
    QString model;                                 // without "models/"
    bool audioAnswer = false;                      // native-audio models only answer in audio
    int timeoutMs = 30'000;                        // the whole session, upgrade to turnComplete
    qint64 messageCapBytes = 1024 * 1024;
};

// One Live API session over a WebSocket (contract section 4): the key in the x-goog-api-key
// header of the upgrade request (never ?key=), a setup, setupComplete, one short turn, read to
// turnComplete. Server messages may come as binary or text frames. Finishes once.
class LiveCall final : public QObject
{
    Q_OBJECT
public:
    LiveCall(QNetworkAccessManager *network, LiveConfig config, const QString &apiKey,
             QObject *parent = nullptr);
    ~LiveCall() override;

    // wss://host/ws/google.ai.generativelanguage.{version}.GenerativeService.BidiGenerateContent
    static QUrl endpointFor(const QUrl &baseUrl, const QString &apiVersion);

    // Connect to finished() first. It always comes from the event loop, never from inside start():
    // a session can fail at once (an endpoint the WebSocket cannot even try), and its end must
    // still reach whoever waits for it.
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const gd::LiveResult &result);

private:
    void onConnected();
    void onMessage(const QByteArray &message);
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    void send(const QByteArray &json);
    void finish();
    int elapsed() const { return int(m_clock.elapsed()); }

    QNetworkAccessManager *m_network;
    LiveConfig m_config;
    QByteArray m_key;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    LiveResult m_result;
    QList<QSslError> m_sslErrors;
    bool m_done = false;
    bool m_starting = false; // inside start(): finished() waits for the event loop
};

} // namespace gd

Q_DECLARE_METATYPE(gd::LiveResult)
