#pragma once

#include "scenarios/scenario.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QWebSocket;

namespace gd {

// The simulator's Live API door: one WebSocket session played as Google's Live server plays it
// (binary JSON frames: setupComplete, the model's turn, turnComplete), or closed the way the
// scenario says (a close frame whose reason is cut at 123 bytes, like the real ones). Deletes
// itself when the session ends.
class LiveDoor final : public QObject
{
    Q_OBJECT
public:
    // `answer`: the scenario's Live answer, or one derived from how it breaks generation.
    LiveDoor(std::unique_ptr<QWebSocket> socket, const SimulatedAnswer &answer, bool keyPresent,
             int answerLatencyMs, QObject *parent = nullptr);
    ~LiveDoor() override;

    // The close frame a scenario that breaks generateContent would send on the Live door:
    // 400 → 1007, 401/402/403/404 → 1008, 429 and 5xx → 1011 (on the turn), with the error's
    // message as reason.
    static SimulatedAnswer fromGenerateAnswer(const SimulatedAnswer &generate);
    // A close reason as the protocol carries it: at most 123 bytes of UTF-8.
    static QString cutReason(const QString &reason);
    void setHiddenModels(const QStringList &models) { m_hiddenModels = models; }
    void setSetupLatencyMs(int latencyMs) { m_setupLatencyMs = latencyMs; }

private:
    void onMessage(const QByteArray &message);
    void onSetup(const QJsonObject &setup);
    void onTurn();
    void closeWith(int code, QString reason);
    void sendJson(const QJsonObject &object);

    std::unique_ptr<QWebSocket> m_socket;
    SimulatedAnswer m_answer;
    bool m_keyPresent = false;
    int m_latencyMs = 0;
    int m_setupLatencyMs = 0;
    bool m_audio = false;
    bool m_setUp = false;
    QString m_model; // as the setup named it
    QStringList m_hiddenModels;
};

} // namespace gd
