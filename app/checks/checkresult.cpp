#include "checkresult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd {

QString checkStateId(CheckState state)
{
    switch (state) {
    case CheckState::Pending:
        return u"pending"_s;
    case CheckState::Running:
        return u"running"_s;
    case CheckState::Pass:
        return u"pass"_s;
    case CheckState::Warn:
        return u"warn"_s;
    case CheckState::Fail:
        return u"fail"_s;
    case CheckState::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString skipReasonId(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return {};
    case SkipReason::PrerequisiteFailed:
        return u"prerequisite_failed"_s;
    case SkipReason::PrerequisiteSkipped:
        return u"prerequisite_skipped"_s;
    case SkipReason::Cancelled:
        return u"cancelled"_s;
    }
    return {};
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
