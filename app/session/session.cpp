#include "session.h"

#include "privacy/redactor.h"
#include "results/checknames.h"
#include "results/sentrequest.h"
#include "scenarios/scenario.h"
#include "secrets/resolvekey.h"

using namespace Qt::StringLiterals;

namespace gd {
namespace {

const QString kRehearsalKey = u"FAKE-rehearsal-key-0000"_s;

} // namespace

Session::Session(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{}

Session::~Session()
{
    cancel();
    // The jobs are the engine's and children of this object, which Qt would delete after the
    // members, the engine among them: they go first.
    delete m_runner;
    delete m_matrix;
    delete m_sender;
}

void Session::loadKey()
{
    if (!hasEngine())
        return;
    resolveKey(m_services.engine->keychain(), {}, m_services.environment, std::nullopt,
               [self = QPointer<Session>(this)](const ResolvedKey &resolved) {
                   if (!self || self->isRehearsal())
                       return;
                   self->m_keychainProblem =
                       resolved.keychainFailure
                           ? keychainProblemText(*resolved.keychainFailure, KeychainFace::Desktop)
                           : QString();
                   self->m_keychainDetail =
                       resolved.keychainFailure ? resolved.keychainFailure->detail : QString();
                   if (!resolved.found() || !resolved.problems.isEmpty())
                       self->forgetKey();
                   else
                       self->useKey(resolved.key, resolved.source);
                   Q_EMIT self->keyLoaded(resolved.found());
               });
}

void Session::useKey(const QString &key, const KeySource &source)
{
    // Where the key enters the app: from here on it is masked in everything shown or copied
    // (the Explain tab's report too, before any run).
    Redactor::addSecret(key);
    m_key = key;
    m_keySource = key.isEmpty() ? KeySource() : source;
    Q_EMIT keyChanged();
}

void Session::forgetKey()
{
    Redactor::removeSecret(m_key); // not this process's any more
    useKey({}, {});
}

QString Session::keyHint() const
{
    return m_key.isEmpty() ? QString() : Redactor::hint(m_key);
}

bool Session::startRehearsal(const QString &scenario)
{
    if (!hasEngine())
        return false;
    cancel();
    std::unique_ptr<Rehearsal> rehearsal = m_services.engine->newRehearsal(scenario);
    if (!rehearsal)
        return false;
    if (!isRehearsal()) {
        m_ownKey = m_key;
        m_ownKeySource = m_keySource;
    }
    m_rehearsal = std::move(rehearsal);
    m_modelResults.clear(); // they were another key's, or another scenario's
    // A scenario whose category depends on the key's type rehearses with a key of that type.
    const QString key = m_rehearsal->scenario().rehearsalKey;
    useKey(key.isEmpty() ? kRehearsalKey : key, KeySource::Kind::Rehearsal);
    return true;
}

void Session::stopRehearsal()
{
    if (!isRehearsal())
        return;
    cancel();
    m_rehearsal.reset();
    m_modelResults.clear();
    useKey(std::exchange(m_ownKey, {}), std::exchange(m_ownKeySource, {}));
}

QString Session::rehearsalScenario() const
{
    return m_rehearsal ? m_rehearsal->scenario().name() : QString();
}

QUrl Session::rehearsalBaseUrl() const
{
    return m_rehearsal ? m_rehearsal->baseUrl() : QUrl();
}

QStringList Session::checkIdsFor(const QUrl &baseUrl)
{
    return suiteCheckIds(baseUrl);
}

QStringList Session::run(const RunOptions &options)
{
    if (!hasEngine() || isRunning() || isTestingModels() || m_key.isEmpty())
        return {};
    CheckSettings settings;
    settings.baseUrl = isRehearsal() ? m_rehearsal->baseUrl() : options.baseUrl;
    settings.apiVersion = options.apiVersion;
    settings.model = options.model;
    settings.liveModel = options.liveModel;
    settings.timeoutMs = options.timeoutMs;
    settings.retries = isRehearsal() ? 0 : options.retries;
    settings.apiKey = m_key;
    settings.keySource = m_keySource;
    RunJob *runner = m_services.engine->newRun(std::move(settings), this);
    m_runner = runner;
    connect(runner, &RunJob::checkStarted, this, &Session::checkStarted);
    connect(runner, &RunJob::checkFinished, this, &Session::checkFinished);
    connect(runner, &RunJob::progress, this, &Session::progress);
    connect(runner, &RunJob::finished, this, &Session::onRunFinished);
    const QStringList ids = runner->checkIds();
    Q_EMIT runStarted(ids);
    runner->start();
    return ids;
}

QStringList Session::testEveryModel(const RunOptions &options)
{
    if (!hasEngine() || isRunning() || isTestingModels() || m_key.isEmpty() ||
        m_visibleModels.isEmpty())
        return {};
    CheckSettings settings;
    settings.baseUrl = isRehearsal() ? m_rehearsal->baseUrl() : options.baseUrl;
    settings.apiVersion = options.apiVersion;
    settings.timeoutMs = options.timeoutMs;
    settings.apiKey = m_key;
    MatrixJob *matrix =
        m_services.engine->newModelMatrix(std::move(settings), m_visibleModels, this);
    m_matrix = matrix;
    connect(matrix, &MatrixJob::rowStarted, this, &Session::modelTestStarted);
    connect(matrix, &MatrixJob::rowFinished, this, [this](const ModelRow &row) {
        if (row.state != CheckState::Skipped) // a cancelled row says nothing of the model
            m_modelResults.insert(row.name, row);
        Q_EMIT modelTested(row);
    });
    connect(matrix, &MatrixJob::progress, this, &Session::modelMatrixProgress);
    connect(matrix, &MatrixJob::finished, this, [this, matrix](const QList<ModelRow> &rows) {
        matrix->deleteLater();
        Q_EMIT modelMatrixFinished(rows);
    });
    const QStringList models = matrix->models();
    Q_EMIT modelMatrixStarted(models);
    matrix->start();
    return models;
}

QString Session::sendRequest(const PastedRequest &request, const QJsonValue &body,
                             const RunOptions &options)
{
    if (!hasEngine())
        return tr("Gemini Doctor is still starting: send it again in a moment.");
    if (m_key.isEmpty())
        return tr("There is no API key to send it with: paste one first.");
    if (m_sender)
        return tr("A request is being sent already.");
    if (!isSendable(request.method))
        return tr("Only one request can be sent: a generateContent, streamGenerateContent, "
                  "countTokens, embedContent, batchEmbedContents or chat.completions request, "
                  "not %1.")
            .arg(request.method);
    if (request.model.isEmpty() && request.method != u"chat.completions"_s)
        return tr("The request names no model: name it in the model field.");
    CheckSettings settings;
    settings.baseUrl = isRehearsal() ? m_rehearsal->baseUrl() : options.baseUrl;
    settings.apiVersion = options.apiVersion;
    settings.timeoutMs = options.timeoutMs;
    settings.apiKey = m_key;
    SendJob *sender = m_services.engine->newSender(std::move(settings), this);
    m_sender = sender;
    connect(sender, &SendJob::sent, this, [this, sender](const SentRequest &result) {
        m_sender.clear();
        sender->deleteLater();
        Q_EMIT requestSent(result);
    });
    sender->send(request, body);
    return {};
}

bool Session::isTestingModels() const
{
    return m_matrix && m_matrix->isRunning();
}

void Session::cancel()
{
    if (m_runner)
        m_runner->cancel();
    if (m_matrix)
        m_matrix->cancel();
}

bool Session::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void Session::onRunFinished(const RunReport &report)
{
    if (m_runner) {
        m_visibleModels = m_runner->visibleModels();
        m_runner->deleteLater();
    }
    // Rehearsals are not the person's history.
    QString setAside;
    if (!isRehearsal() && !m_services.history.append(report, &setAside))
        Q_EMIT historyNotWritten(m_services.history.filePath());
    if (!setAside.isEmpty())
        Q_EMIT historySetAside(setAside);
    Q_EMIT runFinished(report);
}

} // namespace gd
