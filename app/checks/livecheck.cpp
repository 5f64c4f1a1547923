#include "livecheck.h"

#include "calldiagnosis.h"
#include "checkcontext.h"
#include "diagnosis/modelknowledge.h"
#include "modelsuggestion.h"
#include "network/geminiclient.h"
#include "network/livecall.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// What a person reads about how far the session got before it failed.
QString stageText(LiveStage stage)
{
    switch (stage) {
    case LiveStage::Connecting:
        return LiveCheck::tr("during the WebSocket upgrade");
    case LiveStage::SettingUp:
        return LiveCheck::tr("after the setup, before setupComplete");
    case LiveStage::WaitingAnswer:
        return LiveCheck::tr("after the test turn, before any answer");
    case LiveStage::Answering:
        return LiveCheck::tr("while the model answered, before turnComplete");
    case LiveStage::Done:
        break;
    }
    return {};
}

// Native-audio models answer only in audio; asking them for text is itself a 1007.
bool answersInAudio(const QString &model)
{
    const auto known = ModelKnowledge::builtIn().find(model);
    return known ? known->nativeAudio : model.contains(u"native-audio"_s);
}

// The bar of the dashboard's timing column: the upgrade as the connection, the first answer as
// the first byte.
Timings barTimings(const LiveTimings &live)
{
    Timings timings;
    timings.connectMs = std::max(live.upgradedMs, 0);
    timings.ttfbMs = std::max(live.firstAnswerMs - std::max(live.upgradedMs, 0), 0);
    timings.totalMs = live.totalMs;
    return timings;
}

} // namespace

LiveCheck::~LiveCheck()
{
    delete m_call;
}

QString LiveCheck::id() const
{
    return u"live"_s;
}

QStringList LiveCheck::prerequisites() const
{
    return {u"dns"_s};
}

void LiveCheck::start()
{
    delete m_call; // a run again after the key's list changed the model
    m_last.reset();
    const QString model = context()->settings.liveModel;
    m_call = context()->client->openLive(model, answersInAudio(model));
    connect(m_call, &LiveCall::finished, this, &LiveCheck::onFinished);
    m_call->start();
}

void LiveCheck::cancel()
{
    if (!m_call)
        return;
    m_call->disconnect(this);
    m_call->cancel();
}

void LiveCheck::onFinished(const LiveResult &live)
{
    m_last = std::make_unique<LiveResult>(live);
    if (m_call)
        m_call->deleteLater();
    Q_EMIT finished(judge(live));
}

void LiveCheck::rejudge()
{
    if (m_last)
        Q_EMIT finished(judge(*m_last));
}

CheckResult LiveCheck::judge(const LiveResult &live) const
{
    CheckResult result;
    result.id = id();
    result.ms = live.timings.totalMs;
    result.liveTimings = live.timings;
    result.timings = barTimings(live.timings);
    result.httpStatus = live.handshakeStatus;
    result.attempts = 1;
    if (live.answered()) {
        result.state = CheckState::Pass;
        const QString model = context()->settings.liveModel;
        result.detail =
            live.audioBytes > 0
                ? tr("%1 answered in audio (%2 KB)").arg(model).arg(live.audioBytes / 1024)
            : live.answerText.simplified().isEmpty()
                ? tr("%1 answered").arg(model)
                : tr("%1 answered “%2”").arg(model, live.answerText.simplified().left(40));
    } else {
        result.state = CheckState::Fail;
        DiagnosisContext diagnosisContext = context()->diagnosisContext(live.url);
        diagnosisContext.model = context()->settings.liveModel;
        diagnosisContext.suggestedModel =
            suggestLiveModel(context()->liveModels, diagnosisContext.model);
        if (live.closeCode > 0) {
            result.diagnosis =
                diagnoseLiveClose(live.closeCode, live.closeReason, diagnosisContext);
        } else if (!live.errorMessage.isEmpty()) {
            result.diagnosis = diagnoseHttpAnswer(live.errorMessage, 0, {}, diagnosisContext);
        } else {
            CallResult call;
            call.url = live.url;
            call.httpStatus = live.handshakeStatus;
            call.transportFailure = live.transportFailure;
            call.transportDetail = live.transportDetail;
            call.certificateIssuer = live.certificateIssuer;
            result.diagnosis = diagnoseCall(call, diagnosisContext);
        }
        const QString stage = stageText(live.stage);
        if (!stage.isEmpty())
            result.diagnosis->facts.append({tr("Live session"), stage});
    }
    return result;
}

} // namespace gd
