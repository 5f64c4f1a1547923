#pragma once

#include "check.h"
#include "network/livecall.h"

#include <QPointer>

#include <memory>

namespace gd {

// live: one Live API session (contract section 4): the WebSocket upgrade with the key in its
// header, a setup for a live-capable model, setupComplete, one short turn, turnComplete. A close
// frame becomes a diagnosis with its close code; native-audio models are asked for audio, and
// any answer counts.
class LiveCheck final : public Check
{
    Q_OBJECT
public:
    using Check::Check;
    ~LiveCheck() override;
    QString id() const override;
    QStringList prerequisites() const override;
    ModelUse modelUse() const override { return ModelUse::LiveModel; }
    void start() override;
    void cancel() override;
    void rejudge() override;

private:
    void onFinished(const LiveResult &live);
    CheckResult judge(const LiveResult &live) const;

    QPointer<LiveCall> m_call;
    std::unique_ptr<LiveResult> m_last;
};

} // namespace gd
