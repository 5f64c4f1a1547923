#pragma once

#include <QJsonObject>
#include <QString>

namespace gd {

// How far a Live API session got: the stage a failure happened in says a lot (a close before
// setupComplete is about the key or the setup; after the turn, about the model's answer).
enum class LiveStage
{
    Connecting,    // TCP, TLS and the WebSocket upgrade (QWebSocket does them as one step)
    SettingUp,     // the setup message is out, no setupComplete yet
    WaitingAnswer, // the turn is out, no answer yet
    Answering,     // answer messages arrive, no turnComplete yet
    Done,          // turnComplete
};

QString liveStageId(LiveStage stage); // "connecting", "setup", "waiting_answer", ...

// Stage timings of one Live session, in ms from the start, measured from signals; -1: not reached.
struct LiveTimings
{
    int upgradedMs = -1;    // the socket is open (connect, TLS and upgrade together)
    int setupMs = -1;       // setupComplete arrived
    int firstAnswerMs = -1; // the first message of the model's answer
    int totalMs = 0;

    QJsonObject toJson() const; // upgrade_ms, setup_ms, first_message_ms, total_ms (null: -1)
};

} // namespace gd
