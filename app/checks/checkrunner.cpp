#include "checkrunner.h"

#include "apichecks.h"
#include "calldiagnosis.h"
#include "livecheck.h"
#include "network/geminiclient.h"
#include "network/retrypolicy.h"
#include "networkchecks.h"
#include "privacy/redactor.h"
#include "results/checknames.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace gd {

CheckRunner::CheckRunner(QNetworkAccessManager *network, CheckSettings settings, QObject *parent)
    : RunJob(parent)
{
    // The key goes to the client, the one holder while checks run: no check can read it.
    const QString key = std::exchange(settings.apiKey, {});
    m_keyHint = key.isEmpty() ? QString() : Redactor::hint(key);
    m_requestedSettings = settings;
    m_context.settings = std::move(settings);
    m_context.network = network;
    m_context.standardKey = key.startsWith(u"AIza"_s);
    if (!m_context.settings.model.isEmpty())
        m_context.modelChoice = {m_context.settings.model, ModelChoice::Reason::Person};
    if (!m_context.settings.liveModel.isEmpty())
        m_context.liveModelChoice = {m_context.settings.liveModel, ModelChoice::Reason::Person};
    // The data's first choices, so every check can start at once; the key check's list may
    // change them (then the checks that used them run again).
    m_context.chooseModels({}, {});

    ClientConfig config;
    config.baseUrl = m_context.settings.baseUrl;
    config.apiVersion = m_context.settings.apiVersion;
    config.timeoutMs = m_context.settings.timeoutMs;
    config.retry.maxRetries = m_context.settings.retries;
    config.retryAdvisor = [](const CallResult &result) {
        const Diagnosis diagnosis = diagnoseCall(result);
        return RetryHint{diagnosis.retryAfterSeconds, diagnosis.retryable};
    };
    m_client = std::make_unique<GeminiClient>(network, config, key);
    m_context.client = m_client.get();

    m_deadlineMs = deadlineMsFor(m_context.settings);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CheckRunner::overrun);

    m_checks = makeChecks(&m_context, this);
    keepOnly(m_checks, m_requestedSettings);
    for (std::size_t i = 0; i < m_checks.size(); ++i) {
        CheckResult pending;
        pending.id = m_checks[i]->id();
        m_results.append(pending);
        connect(m_checks[i], &Check::finished, this,
                [this, i](const CheckResult &result) { onCheckFinished(int(i), result); });
    }
}

std::vector<Check *> CheckRunner::makeChecks(CheckContext *context, QObject *parent)
{
    std::vector<Check *> checks{new DnsCheck(context, parent), new ConnectCheck(context, parent)};
    for (Check *check : ApiCheck::all(context, parent))
        checks.push_back(check);
    checks.push_back(new LiveCheck(context, parent));
    return checks;
}

void CheckRunner::keepOnly(std::vector<Check *> &checks, const CheckSettings &settings)
{
    const QStringList &wanted = settings.onlyChecks;
    if (wanted.isEmpty())
        return;
    // The wanted checks and, transitively, every check they wait for; and the key check when a
    // wanted check sends a model the key's list chooses.
    QStringList kept;
    QStringList toVisit = wanted;
    while (!toVisit.isEmpty()) {
        const QString id = toVisit.takeFirst();
        if (kept.contains(id))
            continue;
        kept.append(id);
        for (const Check *check : checks) {
            if (check->id() != id)
                continue;
            toVisit += check->prerequisites();
            const bool chosenFromList =
                (check->modelUse() == Check::ModelUse::TestModel && settings.model.isEmpty()) ||
                (check->modelUse() == Check::ModelUse::LiveModel && settings.liveModel.isEmpty());
            if (chosenFromList)
                toVisit += u"key"_s;
        }
    }
    std::vector<Check *> remaining;
    for (Check *check : checks) {
        if (kept.contains(check->id()))
            remaining.push_back(check);
        else
            delete check;
    }
    checks = std::move(remaining);
}

QStringList CheckRunner::checkIdsFor(const CheckSettings &settings)
{
    CheckContext context;
    context.settings = settings;
    QObject owner;
    std::vector<Check *> checks = makeChecks(&context, &owner);
    keepOnly(checks, settings);
    QStringList ids;
    for (const Check *check : checks)
        ids.append(check->id());
    return ids;
}

CheckRunner::~CheckRunner()
{
    for (Check *check : m_checks)
        check->cancel();
}

QStringList CheckRunner::checkIds() const
{
    QStringList ids;
    for (const CheckResult &result : m_results)
        ids.append(result.id);
    return ids;
}

int CheckRunner::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).id == id)
            return int(i);
    }
    return -1;
}

int CheckRunner::deadlineMsFor(const CheckSettings &settings)
{
    const qint64 retries = std::max(0, settings.retries);
    const qint64 round = (retries + 1) * settings.timeoutMs + retries * RetryPolicy().longestWaitMs;
    return int(std::min<qint64>(3 * round + 5'000, std::numeric_limits<int>::max()));
}

void CheckRunner::start()
{
    m_running = true;
    m_deadline.start(m_deadlineMs);
    m_startedModel = m_context.settings.model;
    m_startedLiveModel = m_context.settings.liveModel;
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    schedule();
}

void CheckRunner::schedule()
{
    bool changed = true;
    while (changed && m_running) {
        changed = false;
        int running = 0;
        for (const CheckResult &result : std::as_const(m_results))
            running += result.state == CheckState::Running ? 1 : 0;
        for (std::size_t i = 0; i < m_checks.size(); ++i) {
            CheckResult &result = m_results[qsizetype(i)];
            if (result.state != CheckState::Pending)
                continue;
            bool ready = true;
            const CheckResult *blocker = nullptr;
            for (const QString &prerequisite : m_checks[i]->prerequisites()) {
                const int index = indexOf(prerequisite);
                if (index < 0)
                    continue;
                const CheckState state = m_results.at(index).state;
                if (!isDone(state))
                    ready = false;
                else if (state == CheckState::Fail || state == CheckState::Skipped)
                    blocker = &m_results.at(index);
            }
            if (blocker) {
                skipBecauseOf(*blocker, result);
                Q_EMIT checkFinished(result);
                changed = true;
                continue;
            }
            if (!ready || (m_maxConcurrent > 0 && running >= m_maxConcurrent))
                continue;
            result.state = CheckState::Running;
            result.startMs = int(m_clock.elapsed());
            ++running;
            Q_EMIT checkStarted(result.id);
            m_checks[i]->start();
            changed = true;
        }
    }
    int done = 0;
    for (const CheckResult &result : std::as_const(m_results))
        done += isDone(result.state) ? 1 : 0;
    Q_EMIT progress(done, int(m_results.size()));
    if (m_running && done == m_results.size())
        end();
}

void CheckRunner::end()
{
    m_running = false;
    m_deadline.stop();
    Q_EMIT finished(report());
}

void CheckRunner::overrun()
{
    if (!m_running)
        return;
    const QString limit = QLocale::system().toString(m_deadlineMs / 1000.0, 'g', 6);
    const CheckResult *first = nullptr;
    for (std::size_t i = 0; i < m_checks.size(); ++i) {
        CheckResult &result = m_results[qsizetype(i)];
        if (result.state == CheckState::Running) {
            m_checks[i]->cancel(); // whatever it says later, the run has ended (m_running)
            result.state = CheckState::Fail;
            result.ms = int(m_clock.elapsed()) - result.startMs;
            result.detail = tr("did not end within the run's time limit of %1 s").arg(limit);
            TransportProblem problem;
            problem.category = Category::Timeout;
            problem.detail = result.detail;
            result.diagnosis = diagnoseTransport(problem);
            if (!first)
                first = &result;
            Q_EMIT checkFinished(result);
        }
    }
    for (CheckResult &result : m_results) {
        if (result.state != CheckState::Pending)
            continue;
        if (first) {
            skipBecauseOf(*first, result);
        } else {
            result.state = CheckState::Skipped;
            result.detail = tr("not started within the run's time limit of %1 s").arg(limit);
        }
        Q_EMIT checkFinished(result);
    }
    end();
}

void CheckRunner::onCheckFinished(int index, const CheckResult &finishedResult)
{
    if (!m_running)
        return;
    CheckResult result = finishedResult;
    result.startMs = m_results.at(index).startMs;
    // A model check's failure is judged with the key's model list (it names a model to switch
    // to), and the list arrives in the same round trip: held until the key check is done.
    const int key = indexOf(u"key"_s);
    if (result.diagnosis && m_checks[std::size_t(index)]->modelUse() != Check::ModelUse::None &&
        key >= 0 && !isDone(m_results.at(key).state)) {
        m_heldForList.append(index); // still Running for the views
        return;
    }
    m_results[index] = result;
    Q_EMIT checkFinished(result);
    if (result.id == u"key"_s) {
        if (result.state == CheckState::Pass)
            rerunChecksOfChangedModels();
        const QList<int> held = std::exchange(m_heldForList, {});
        for (const int waiting : held) {
            if (m_results.at(waiting).state == CheckState::Running)
                m_checks[std::size_t(waiting)]->rejudge(); // comes back through here, at once
        }
    }
    markUnreachable();
    schedule();
}

void CheckRunner::rerunChecksOfChangedModels()
{
    // The checks started with the model data's first choices; the key's list chose now. A check
    // that sent a model the key does not list tested the wrong thing: it runs again, once.
    const bool testModelChanged = m_context.settings.model != m_startedModel;
    const bool liveModelChanged = m_context.settings.liveModel != m_startedLiveModel;
    m_startedModel = m_context.settings.model;
    m_startedLiveModel = m_context.settings.liveModel;
    for (std::size_t i = 0; i < m_checks.size(); ++i) {
        const Check::ModelUse use = m_checks[i]->modelUse();
        if (!((use == Check::ModelUse::TestModel && testModelChanged) ||
              (use == Check::ModelUse::LiveModel && liveModelChanged)))
            continue;
        CheckResult &result = m_results[qsizetype(i)];
        if (result.state == CheckState::Pending)
            continue;
        if (result.state == CheckState::Running)
            m_checks[i]->cancel();
        result = CheckResult{};
        result.id = m_checks[i]->id();
    }
}

void CheckRunner::markUnreachable()
{
    // A check that could not reach the endpoint at all (refused, or refused before sending) did
    // not run: skipped, with the connect check's failure as the reason (contract section 4).
    const int connect = indexOf(connectCheckId(m_context.settings));
    if (connect < 0 || m_results.at(connect).state != CheckState::Fail ||
        !m_results.at(connect).diagnosis)
        return;
    const Category cause = m_results.at(connect).diagnosis->category;
    if (cause != Category::ConnectionRefused && cause != Category::InsecureEndpoint)
        return;
    for (CheckResult &result : m_results) {
        if (result.id == m_results.at(connect).id || result.state != CheckState::Fail ||
            !result.diagnosis || result.diagnosis->category != cause)
            continue;
        CheckResult skipped;
        skipped.id = result.id;
        skipped.startMs = result.startMs;
        skipBecauseOf(m_results.at(connect), skipped);
        result = skipped;
        Q_EMIT checkFinished(result);
    }
}

void CheckRunner::skipBecauseOf(const CheckResult &blocker, CheckResult &result)
{
    const bool failed = blocker.state == CheckState::Fail;
    result.state = CheckState::Skipped;
    result.skipReason = failed ? SkipReason::PrerequisiteFailed : SkipReason::PrerequisiteSkipped;
    result.skippedBecause = blocker.id;
    // The check by the name the person sees in the list, never its id (which stays in
    // skipped_because for scripts).
    const QString name = checkDisplayName(blocker.id);
    result.detail = failed ? tr("skipped because “%1” failed").arg(name)
                           : tr("skipped because “%1” was skipped").arg(name);
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    for (std::size_t i = 0; i < m_checks.size(); ++i) {
        CheckResult &result = m_results[qsizetype(i)];
        if (isDone(result.state))
            continue;
        if (result.state == CheckState::Running)
            m_checks[i]->cancel();
        result.state = CheckState::Skipped;
        result.skipReason = SkipReason::Cancelled;
        result.detail = tr("cancelled");
        Q_EMIT checkFinished(result);
    }
    Q_EMIT finished(report());
}

RunReport CheckRunner::report() const
{
    RunReport report;
    report.baseUrl = m_context.settings.baseUrl;
    report.apiVersion = m_context.settings.apiVersion;
    report.model = m_context.settings.model;
    report.modelReason = m_context.modelChoice.reason;
    if (indexOf(u"live"_s) >= 0) {
        report.liveModel = m_context.settings.liveModel;
        report.liveModelReason = m_context.liveModelChoice.reason;
    }
    report.keySource = m_context.settings.keySource;
    report.keyHint = m_keyHint;
    report.startedAt = m_startedAt;
    report.totalMs = m_clock.isValid() ? int(m_clock.elapsed()) : 0;
    report.checks = m_results;
    markSameCauses(report.checks);
    return report;
}

void CheckRunner::markSameCauses(QList<CheckResult> &checks)
{
    // Several checks failing for one cause: the first in the suite's order leads (contract 4).
    QHash<Category, QString> first;
    for (CheckResult &check : checks) {
        if (!check.diagnosis || check.state == CheckState::Pass)
            continue;
        const auto lead = first.constFind(check.diagnosis->category);
        if (lead == first.cend())
            first.insert(check.diagnosis->category, check.id);
        else
            check.sameAs = *lead;
    }
}

} // namespace gd
