#include "checkresult.h"

#include "base/idtable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd {

namespace {

constexpr IdName<CheckState> kStateIds[] = {
    {CheckState::Pending, "pending"_L1}, {CheckState::Running, "running"_L1},
    {CheckState::Pass, "pass"_L1},       {CheckState::Warn, "warn"_L1},
    {CheckState::Fail, "fail"_L1},       {CheckState::Skipped, "skipped"_L1},
};

constexpr IdName<SkipReason> kSkipReasonIds[] = {
    {SkipReason::PrerequisiteFailed, "prerequisite_failed"_L1},
    {SkipReason::PrerequisiteSkipped, "prerequisite_skipped"_L1},
    {SkipReason::Cancelled, "cancelled"_L1},
};

} // namespace

QString checkStateId(CheckState state)
{
    return idOf(kStateIds, state);
}

std::optional<CheckState> checkStateFromId(QStringView id)
{
    return valueOf(kStateIds, id);
}

QString skipReasonId(SkipReason reason)
{
    return idOf(kSkipReasonIds, reason);
}

class CheckStateText
{
    Q_DECLARE_TR_FUNCTIONS(gd::CheckState)
};

QString checkStateText(CheckState state)
{
    switch (state) {
    case CheckState::Pending:
        return CheckStateText::tr("waiting");
    case CheckState::Running:
        return CheckStateText::tr("running");
    case CheckState::Pass:
        return CheckStateText::tr("pass");
    case CheckState::Warn:
        return CheckStateText::tr("warning");
    case CheckState::Fail:
        return CheckStateText::tr("fail");
    case CheckState::Skipped:
        return CheckStateText::tr("skipped");
    }
    return {};
}

bool isDone(CheckState state)
{
    return state != CheckState::Pending && state != CheckState::Running;
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject json{{u"id"_s, id}, {u"state"_s, checkStateId(state)}, {u"ms"_s, ms}};
    if (!detail.isEmpty())
        json.insert(u"detail"_s, detail);
    if (httpStatus > 0)
        json.insert(u"http_status"_s, httpStatus);
    if (startMs >= 0)
        json.insert(u"start_ms"_s, startMs);
    if (liveTimings)
        json.insert(u"timings"_s, liveTimings->toJson());
    else if (timings)
        json.insert(u"timings"_s, timings->toJson());
    if (diagnosis)
        json.insert(u"diagnosis"_s, diagnosis->toJson());
    if (attempts > 1)
        json.insert(u"attempts"_s, attempts);
    if (!sameAs.isEmpty())
        json.insert(u"same_as"_s, sameAs);
    if (skipReason != SkipReason::None)
        json.insert(u"skip_reason"_s, skipReasonId(skipReason));
    if (!skippedBecause.isEmpty())
        json.insert(u"skipped_because"_s, skippedBecause);
    return json;
}

} // namespace gd
