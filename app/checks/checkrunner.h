#pragma once

#include "checkcontext.h"
#include "results/jobs.h"
#include "results/runreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace gd {

class Check;

// Runs the suite of contract section 4: checks whose prerequisites are met start at once and
// run concurrently; a check whose prerequisite failed is skipped with the reason. Progress goes
// out through signals (the desktop dashboard listens); cancel() stops everything.
class CheckRunner final : public RunJob
{
    Q_OBJECT
public:
    CheckRunner(QNetworkAccessManager *network, CheckSettings settings, QObject *parent = nullptr);
    ~CheckRunner() override;

    // At most this many checks at once (0: no limit). 1 makes the benchmark's one-after-another
    // reference run.
    void setMaxConcurrent(int maxConcurrent) { m_maxConcurrent = maxConcurrent; }

    QStringList checkIds() const override;
    // The checks a run with these settings makes, in order: the one list, for views that show
    // the rows before a run starts.
    static QStringList checkIdsFor(const CheckSettings &settings);
    // The run's own deadline, behind every check's time limit: the DNS round and two rounds of
    // checks (the second after the key's list changed a model), each with all its attempts and
    // the longest wait between them, and 5 s to spare. When it passes, what still runs has timed
    // out and the run ends: a check that never ends (a bug, a resource run out) cannot hold up
    // `check` or stop `watch`.
    static int deadlineMsFor(const CheckSettings &settings);
    void setDeadlineMs(int ms) { m_deadlineMs = ms; } // before start(); tests use a short one
    void start() override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    QStringList visibleModels() const override { return m_context.visibleModels; }
    RunReport report() const;
    const CheckContext &context() const { return m_context; }

private:
    static std::vector<Check *> makeChecks(CheckContext *context, QObject *parent);
    // Keeps the wanted checks and, transitively, the checks they wait for.
    static void keepOnly(std::vector<Check *> &checks, const CheckSettings &settings);
    static void markSameCauses(QList<CheckResult> &checks);
    // Skipped, because `blocker` (a check it waits for) failed or was skipped: the one wording.
    static void skipBecauseOf(const CheckResult &blocker, CheckResult &result);
    void schedule();
    void onCheckFinished(int index, const CheckResult &result);
    void rerunChecksOfChangedModels();
    void markUnreachable();
    void overrun();
    void end();
    int indexOf(const QString &id) const;

    CheckSettings m_requestedSettings; // as asked, before any model was chosen; never the key
    CheckContext m_context;
    std::unique_ptr<GeminiClient> m_client;
    std::vector<Check *> m_checks; // owned through QObject parenting
    QList<CheckResult> m_results;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    QString m_keyHint;
    QString m_startedModel; // the models the checks started with
    QString m_startedLiveModel;
    QList<int> m_heldForList; // failed model checks waiting for the key's list to be judged
    int m_maxConcurrent = 0;
    int m_deadlineMs = 0;
    QTimer m_deadline;
    bool m_running = false;
};

} // namespace gd
