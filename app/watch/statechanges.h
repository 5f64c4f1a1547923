#pragma once

#include "results/runreport.h"

#include <QList>

#include <optional>

namespace gd {

// Whether a check works, as watching sees it: the metric gemini_doctor_check_up is 1 for Up.
// A skipped check did not get to run because something before it failed: it does not work from
// here either, so it counts as Down (without a category of its own).
enum class CheckHealth
{
    Up,   // pass or warn
    Down, // fail or skipped
};

CheckHealth checkHealth(CheckState state);

// One check that changed between two runs: it broke, it works again, or it still fails but for
// another reason (overloaded, then rate limited).
struct StateChange
{
    QString checkId;
    CheckState before = CheckState::Pending;
    CheckState after = CheckState::Pending;
    std::optional<Category> categoryBefore; // of a failing check
    std::optional<Category> categoryAfter;

    bool worksAgain() const;
    bool broke() const;
};

// The category a watcher reports for a check: the diagnosis of a failing check (a same_as check
// carries the same diagnosis), nothing otherwise.
std::optional<Category> failureCategory(const CheckResult &check);

// The changes from `previous` to `current`, in the order of the current run's checks. A check
// that is new in `current` (or every check, without a previous run) is a change only when it
// does not work: the first run of a watch reports what is broken, not what is fine.
QList<StateChange> stateChanges(const RunReport *previous, const RunReport &current);

// The largest retry_after_seconds among the run's diagnoses (Google's RetryInfo), as Google gave
// it. 0 when none asks to wait.
double retryAfterSeconds(const RunReport &report);

// How long the watcher waits after the run before the next one: the retry delay, rounded up to
// the millisecond (7.2 s is not over after 7 s), and at most a day, so a delay of weeks (or one
// too large for a timer) never stops the watch for good.
inline constexpr qint64 kMaxRetryWaitMs = 24 * 3600 * 1000;
qint64 retryWaitMs(const RunReport &report);

} // namespace gd

Q_DECLARE_METATYPE(gd::StateChange)
