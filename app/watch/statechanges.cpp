#include "statechanges.h"

#include <cmath>

namespace gd {

CheckHealth checkHealth(CheckState state)
{
    return state == CheckState::Pass || state == CheckState::Warn ? CheckHealth::Up
                                                                  : CheckHealth::Down;
}

bool StateChange::worksAgain() const
{
    return checkHealth(before) == CheckHealth::Down && checkHealth(after) == CheckHealth::Up &&
           before != CheckState::Pending;
}

bool StateChange::broke() const
{
    return checkHealth(after) == CheckHealth::Down &&
           (before == CheckState::Pending || checkHealth(before) == CheckHealth::Up);
}

std::optional<Category> failureCategory(const CheckResult &check)
{
    if (check.state != CheckState::Fail || !check.diagnosis)
        return std::nullopt;
    return check.diagnosis->category;
}

QList<StateChange> stateChanges(const RunReport *previous, const RunReport &current)
{
    QList<StateChange> changes;
    for (const CheckResult &now : current.checks) {
        const CheckResult *then = nullptr;
        if (previous) {
            for (const CheckResult &candidate : previous->checks) {
                if (candidate.id == now.id)
                    then = &candidate;
            }
        }
        StateChange change{now.id, then ? then->state : CheckState::Pending, now.state,
                           then ? failureCategory(*then) : std::nullopt, failureCategory(now)};
        const bool nowDown = checkHealth(now.state) == CheckHealth::Down;
        const bool changed = then ? checkHealth(then->state) != checkHealth(now.state) ||
                                        (nowDown && change.categoryBefore != change.categoryAfter)
                                  : nowDown;
        if (changed)
            changes.append(change);
    }
    return changes;
}

double retryAfterSeconds(const RunReport &report)
{
    double seconds = 0;
    for (const CheckResult &check : report.checks) {
        if (check.diagnosis && check.diagnosis->retryAfterSeconds)
            seconds = std::max(seconds, *check.diagnosis->retryAfterSeconds);
    }
    return seconds;
}

qint64 retryWaitMs(const RunReport &report)
{
    const double ms = std::ceil(retryAfterSeconds(report) * 1000.0);
    return ms >= double(kMaxRetryWaitMs) ? kMaxRetryWaitMs : qint64(ms);
}

} // namespace gd
