#include "watcher.h"

#include "suiterunner.h"

#include <algorithm>

namespace gd {

Watcher::Watcher(SuiteRunner *runner, QObject *parent) : QObject(parent), m_runner(runner)
{
    m_nextRun.setSingleShot(true);
    m_nextRun.setTimerType(Qt::PreciseTimer);
    m_retryEnd.setSingleShot(true);
    m_retryEnd.setTimerType(Qt::PreciseTimer);
    connect(&m_nextRun, &QTimer::timeout, this, &Watcher::startRun);
    connect(&m_retryEnd, &QTimer::timeout, this, [this] {
        Q_EMIT retryDelayEnded();
        scheduleNext(); // a Run now that waited for the delay goes now
    });
    connect(m_runner, &SuiteRunner::finished, this, &Watcher::onRunFinished);
    connect(m_runner, &SuiteRunner::skipped, this, &Watcher::onRunSkipped);
}

Watcher::~Watcher()
{
    if (m_running)
        m_runner->cancel();
}

void Watcher::start()
{
    if (m_watching)
        return;
    m_watching = true;
    Q_EMIT watchingChanged(true);
    m_runNowPending = true; // the first run goes at once, unless a retry delay holds it
    scheduleNext();
}

void Watcher::stop()
{
    m_nextRun.stop();
    m_runNowPending = false;
    if (m_running) {
        m_running = false;
        m_runner->cancel();
    }
    if (std::exchange(m_watching, false))
        Q_EMIT watchingChanged(false);
}

void Watcher::runNow()
{
    m_runNowPending = true;
    scheduleNext();
}

qint64 Watcher::retryDelayRemainingMs() const
{
    if (m_retryDelayMs <= 0 || !m_sinceRunEnd.isValid())
        return 0;
    return std::max<qint64>(0, m_retryDelayMs - m_sinceRunEnd.elapsed());
}

qint64 Watcher::nextRunInMs() const
{
    return m_nextRun.isActive() ? m_nextRun.remainingTime() : -1;
}

void Watcher::scheduleNext()
{
    if (m_running)
        return; // the next run is scheduled when this one ends: never two at once
    if (!m_watching && !m_runNowPending) {
        m_nextRun.stop();
        return;
    }
    qint64 waitMs = 0;
    if (!m_runNowPending && m_sinceRunStart.isValid())
        waitMs = m_interval.count() - m_sinceRunStart.elapsed();
    waitMs = std::max({waitMs, retryDelayRemainingMs(), qint64(0)});
    m_nextRun.start(std::chrono::milliseconds(waitMs));
}

void Watcher::startRun()
{
    if (m_running)
        return;
    // A timer can fire a hair early; the retry delay is Google's rule, so it is checked again.
    if (const qint64 remaining = retryDelayRemainingMs(); remaining > 0) {
        m_nextRun.start(std::chrono::milliseconds(remaining));
        return;
    }
    m_runNowPending = false;
    m_running = true;
    m_sinceRunStart.start();
    Q_EMIT runStarted(m_runs + 1);
    m_runner->start();
}

void Watcher::onRunFinished(const RunReport &report)
{
    // A cancelled run says nothing about the API: it is not counted, compared or reported.
    if (report.wasCancelled()) {
        m_running = false;
        scheduleNext();
        return;
    }
    // A run the watcher did not start (the desktop's Run button) counts as well: it says as much
    // about the API, and its retry delay binds the next run just the same.
    if (!m_running && !m_sinceRunStart.isValid())
        m_sinceRunStart.start();
    m_running = false;
    m_sinceRunEnd.start();
    m_retryDelayMs = retryWaitMs(report);
    if (m_retryDelayMs > 0)
        m_retryEnd.start(std::chrono::milliseconds(m_retryDelayMs));
    else
        m_retryEnd.stop();
    const QList<StateChange> changes =
        stateChanges(m_lastReport ? &*m_lastReport : nullptr, report);
    m_lastReport = report;
    ++m_runs;
    scheduleNext(); // first, so those who hear of the run can ask when the next one is
    Q_EMIT runFinished(report, m_runs, changes);
}

void Watcher::onRunSkipped(const QString &reason)
{
    if (!m_running)
        return;
    // Nothing was learned about the API: the last report and the retry delay stay; the next run
    // comes on the schedule of the one that could not start.
    m_running = false;
    scheduleNext();
    Q_EMIT runSkipped(reason);
}

} // namespace gd
