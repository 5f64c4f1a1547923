#pragma once

#include "scenarios/scenario.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace gd {

// What the simulator saw of one request; never the key itself.
struct SimulatedRequest
{
    QByteArray method;
    QUrl url; // path and query as received
    bool keyHeaderPresent = false;
    bool bearerPresent = false; // "Authorization: Bearer ..." (the OpenAI-compatible endpoint)
    bool webSocket = false;     // a Live API upgrade (its key header is the upgrade's)
    QString keyHint;            // "…X4aQ" of the key, whichever header carried it
    QByteArray body;            // as it arrived (at most 1 MiB is kept)
};

// A Gemini-compatible server on 127.0.0.1 (contract section 6): models, models/{m},
// :countTokens, :generateContent and :streamGenerateContent (JSON array and alt=sse), the
// OpenAI-compatible chat completions and the Live API WebSocket. The scenario decides how it
// fails; connection-level scenarios misbehave for real.
class Simulator final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit Simulator(QObject *parent = nullptr);

    [[nodiscard]] bool setScenario(const QString &name);
    // A scenario of the caller's own (a test's hostile server): answers no built-in one gives.
    void setScenario(const Scenario &scenario) { m_scenario = scenario; }
    const Scenario &scenario() const { return m_scenario; }
    // Every answer waits this long first (for benchmarks): every HTTP answer and the Live model's
    // answer to the turn. The Live setupComplete, an acknowledgement, comes at once unless
    // delayLiveSetup is set (then a Live session costs two answers).
    void setLatencyMs(int latencyMs, bool delayLiveSetup = false)
    {
        m_latencyMs = latencyMs;
        m_delayLiveSetup = delayLiveSetup;
    }

    // Holds every HTTP answer, latency or not, until releaseHeldAnswers(): a test that needs
    // requests in flight for as long as it takes (cancel them, stop a process in the middle of a
    // run) holds them, whatever the machine's speed, instead of betting on a delay.
    void holdAnswers() { m_holding = true; }
    // Answers every held request at once (those whose client left are dropped), and holds no more.
    void releaseHeldAnswers();
    // Requests received and not yet answered (held, or waiting out the latency).
    int inFlight() const { return m_inFlight; }

    // Listens on 127.0.0.1 (port 0: any free port). Call after setScenario().
    [[nodiscard]] bool start(quint16 port = 0);
    quint16 port() const { return m_port; }
    // The base URL a client should use for this scenario: the server's own, or one built to fail
    // before reaching it (an unresolvable host, a closed port, plain HTTP to a remote host).
    QUrl baseUrl() const;

    // Models the simulated key has no access to: not listed, and answered as not found (a key
    // without the newest model).
    void setHiddenModels(const QStringList &models) { m_hiddenModels = models; }

    const QList<SimulatedRequest> &requests() const { return m_requests; }
    // The most requests it held at once, received but not yet answered (with a latency set, this
    // is how many a client had in flight): a test of a client's concurrency limit reads it.
    int maxInFlight() const { return m_maxInFlight; }
    // Models the simulated key can see.
    static QStringList modelNames();

Q_SIGNALS:
    void requestReceived(const gd::SimulatedRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(QTcpSocket *socket, const SimulatedAnswer &answer);
    void respond(QTcpSocket *socket, const SimulatedAnswer &answer); // after the latency
    SimulatedAnswer normalAnswer(Route route, const QString &model, bool sse) const;
    // The model whose answer a working generation gives: the scenario's, else the one the model
    // data says Google routes `model` to, else `model` itself.
    QString answeringModel(const QString &model) const;
    SimulatedAnswer openAiAnswer(const SimulatedRequest &seen, const QByteArray &body) const;
    void acceptLiveSessions();

    Scenario m_scenario;
    int m_latencyMs = 0;
    bool m_delayLiveSetup = false;
    quint16 m_port = 0;
    quint16 m_closedPort = 0;
    std::unique_ptr<QTcpSocket> m_portHolder;
    QList<SimulatedRequest> m_requests;
    QStringList m_hiddenModels;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    bool m_holding = false;
    QList<std::pair<QPointer<QTcpSocket>, SimulatedAnswer>> m_held;
};

} // namespace gd
