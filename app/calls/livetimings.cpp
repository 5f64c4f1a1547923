#include "livetimings.h"

#include "base/idtable.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

QJsonValue msOrNull(int ms)
{
    return ms >= 0 ? QJsonValue(ms) : QJsonValue();
}

} // namespace

QString liveStageId(LiveStage stage)
{
    static constexpr IdName<LiveStage> kIds[] = {
        {LiveStage::Connecting, "connecting"_L1},
        {LiveStage::SettingUp, "setup"_L1},
        {LiveStage::WaitingAnswer, "waiting_answer"_L1},
        {LiveStage::Answering, "answering"_L1},
        {LiveStage::Done, "done"_L1},
    };
    return idOf(kIds, stage);
}

QJsonObject LiveTimings::toJson() const
{
    return {{u"upgrade_ms"_s, msOrNull(upgradedMs)},
            {u"setup_ms"_s, msOrNull(setupMs)},
            {u"first_message_ms"_s, msOrNull(firstAnswerMs)},
            {u"total_ms"_s, totalMs}};
}

} // namespace gd
