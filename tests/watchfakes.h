#pragma once

// Reports and a suite runner made up for the watch tests: no network, timings the test chooses.
#include "watch/suiterunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <deque>

namespace gd::test {

inline CheckResult checkResult(const QString &id, CheckState state,
                               std::optional<Category> category = std::nullopt,
                               std::optional<double> retryAfter = std::nullopt, int ms = 10)
{
    CheckResult result;
    result.id = id;
    result.state = state;
    result.ms = ms;
    if (category) {
        Diagnosis diagnosis;
        diagnosis.category = *category;
        diagnosis.title = categoryId(*category);
        diagnosis.retryAfterSeconds = retryAfter;
        result.diagnosis = diagnosis;
    }
    return result;
}

inline RunReport report(QList<CheckResult> checks, const QString &model = QStringLiteral("m-1"))
{
    RunReport run;
    run.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    run.apiVersion = QStringLiteral("v1beta");
    run.model = model;
    run.keySource = KeySource::Kind::Stdin;
    run.keyHint = QStringLiteral("…FAKE");
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.totalMs = 10;
    run.checks = std::move(checks);
    return run;
}

// Each run takes durationMs and answers with the next queued report (the last one repeats).
// Records when runs started and ended, and how many ran at once at most.
class FakeSuiteRunner final : public SuiteRunner
{
    Q_OBJECT
public:
    explicit FakeSuiteRunner(int durationMs) : m_durationMs(durationMs)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            --m_concurrent;
            ends.append(m_clock.elapsed());
            const RunReport next = m_reports.size() > 1 ? m_reports.front() : m_reports.back();
            if (m_reports.size() > 1)
                m_reports.pop_front();
            Q_EMIT finished(next);
        });
    }
    void queue(const RunReport &report) { m_reports.push_back(report); }
    // The next starts cannot run: each says why at once, as the desktop's runner does without a
    // key.
    void skipNext(const QString &reason) { m_skips.push_back(reason); }
    void start() override
    {
        starts.append(m_clock.elapsed());
        if (!m_skips.empty()) {
            const QString reason = m_skips.front();
            m_skips.pop_front();
            Q_EMIT skipped(reason);
            return;
        }
        ++m_concurrent;
        maxConcurrent = std::max(maxConcurrent, m_concurrent);
        m_timer.start(m_durationMs);
    }
    void cancel() override
    {
        if (m_timer.isActive()) {
            m_timer.stop();
            --m_concurrent;
            ++cancels;
        }
    }
    qint64 now() const { return m_clock.elapsed(); }

    QList<qint64> starts;
    QList<qint64> ends;
    int maxConcurrent = 0;
    int cancels = 0;

private:
    int m_durationMs;
    int m_concurrent = 0;
    std::deque<RunReport> m_reports;
    std::deque<QString> m_skips;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace gd::test
