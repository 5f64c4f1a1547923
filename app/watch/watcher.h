#pragma once

#include "results/runreport.h"
#include "statechanges.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace gd {

class SuiteRunner;

// Keeps checking (contract section 8): one run of the suite every interval, never two at once,
// and never sooner after a run than the largest retry delay its diagnoses carry (Google's
// RetryInfo after a 429). The schedule lives here, without widgets, so the command line and the
// desktop watch alike and tests can drive it with short intervals.
class Watcher final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultInterval = std::chrono::minutes(5);
    // What people may ask for: the suite costs a few requests per run, and a minute-level signal
    // is what monitoring needs. Tests set shorter intervals directly through setInterval().
    static constexpr std::chrono::milliseconds kMinimumInterval = std::chrono::seconds(30);

    explicit Watcher(SuiteRunner *runner, QObject *parent = nullptr);
    ~Watcher() override;

    // From the start of one run to the start of the next. Not clamped here: callers that take
    // the interval from a person enforce kMinimumInterval.
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }

    // Starts watching with a run now (or as soon as a retry delay allows).
    void start();
    // Stops watching: no further runs, and the run in progress is cancelled.
    void stop();
    // A run now, without waiting for the interval; still never during a run or a retry delay
    // (then it happens as soon as the delay ends). Works while not watching too.
    void runNow();

    bool isWatching() const { return m_watching; }
    bool isRunning() const { return m_running; }
    int runCount() const { return m_runs; }
    const std::optional<RunReport> &lastReport() const { return m_lastReport; }
    // Milliseconds until the retry delay of the last run ends; 0 when there is none.
    qint64 retryDelayRemainingMs() const;
    // Milliseconds until the next run starts; -1 when none is scheduled.
    qint64 nextRunInMs() const;

Q_SIGNALS:
    void runStarted(int run);
    // After each run, with its number (1, 2, ...) and how each check changed since the last one.
    void runFinished(const gd::RunReport &report, int run, const QList<gd::StateChange> &changes);
    // A run fell due but could not start (the runner said why): not counted, and the next one
    // keeps the schedule.
    void runSkipped(const QString &reason);
    // The retry delay a run asked for has passed: the API may be asked again.
    void retryDelayEnded();
    void watchingChanged(bool watching);

private:
    void startRun();
    void onRunFinished(const RunReport &report);
    void onRunSkipped(const QString &reason);
    void scheduleNext();

    SuiteRunner *m_runner;
    std::chrono::milliseconds m_interval = kDefaultInterval;
    QTimer m_nextRun;
    QTimer m_retryEnd;
    QElapsedTimer m_sinceRunStart;
    QElapsedTimer m_sinceRunEnd;
    qint64 m_retryDelayMs = 0;
    std::optional<RunReport> m_lastReport;
    int m_runs = 0;
    bool m_watching = false;
    bool m_running = false;
    bool m_runNowPending = false;
};

} // namespace gd
