#include "session.h"

#include "checks/checkrunner.h"
#include "checks/modelmatrix.h"
#include "privacy/redactor.h"
#include "secrets/resolvekey.h"
#include "simulator/simulator.h"

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
}

void Session::loadKey()
{
    resolveKey(m_services.keychain, {}, m_services.environment, std::nullopt,
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
    cancel();
    auto simulator = std::make_unique<Simulator>();
    if (!simulator->setScenario(scenario) || !simulator->start())
        return false;
    if (!isRehearsal()) {
        m_ownKey = m_key;
        m_ownKeySource = m_keySource;
    }
    m_simulator = std::move(simulator);
    m_modelResults.clear(); // they were another key's, or another scenario's
    // A scenario whose category depends on the key's type rehearses with a key of that type.
    const QString key = m_simulator->scenario().rehearsalKey;
    useKey(key.isEmpty() ? kRehearsalKey : key, KeySource::Kind::Rehearsal);
    return true;
}

void Session::stopRehearsal()
{
    if (!isRehearsal())
        return;
    cancel();
    m_simulator.reset();
    m_modelResults.clear();
    useKey(std::exchange(m_ownKey, {}), std::exchange(m_ownKeySource, {}));
}

QStringList Session::checkIdsFor(const QUrl &baseUrl)
{
    CheckSettings settings;
    settings.baseUrl = baseUrl;
    return CheckRunner::checkIdsFor(settings);
}

QStringList Session::run(const RunOptions &options)
{
    if (isRunning() || isTestingModels() || m_key.isEmpty())
        return {};
    CheckSettings settings;
    settings.baseUrl = isRehearsal() ? m_simulator->baseUrl() : options.baseUrl;
    settings.apiVersion = options.apiVersion;
    settings.model = options.model;
    settings.liveModel = options.liveModel;
    settings.timeoutMs = options.timeoutMs;
    settings.retries = isRehearsal() ? 0 : options.retries;
    settings.apiKey = m_key;
    settings.keySource = m_keySource;
    auto *runner = new CheckRunner(m_services.network, std::move(settings), this);
    m_runner = runner;
    connect(runner, &CheckRunner::checkStarted, this, &Session::checkStarted);
    connect(runner, &CheckRunner::checkFinished, this, &Session::checkFinished);
    connect(runner, &CheckRunner::progress, this, &Session::progress);
    connect(runner, &CheckRunner::finished, this, &Session::onRunFinished);
    const QStringList ids = runner->checkIds();
    Q_EMIT runStarted(ids);
    runner->start();
    return ids;
}

QStringList Session::testEveryModel(const RunOptions &options)
{
    if (isRunning() || isTestingModels() || m_key.isEmpty() || m_visibleModels.isEmpty())
        return {};
    CheckSettings settings;
    settings.baseUrl = isRehearsal() ? m_simulator->baseUrl() : options.baseUrl;
    settings.apiVersion = options.apiVersion;
    settings.timeoutMs = options.timeoutMs;
    settings.apiKey = m_key;
    auto *matrix = new ModelMatrix(m_services.network, std::move(settings), m_visibleModels, this);
    m_matrix = matrix;
    connect(matrix, &ModelMatrix::rowStarted, this, &Session::modelTestStarted);
    connect(matrix, &ModelMatrix::rowFinished, this, [this](const ModelRow &row) {
        if (row.state != CheckState::Skipped) // a cancelled row says nothing of the model
            m_modelResults.insert(row.name, row);
        Q_EMIT modelTested(row);
    });
    connect(matrix, &ModelMatrix::progress, this, &Session::modelMatrixProgress);
    connect(matrix, &ModelMatrix::finished, this, [this, matrix](const QList<ModelRow> &rows) {
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
    settings.baseUrl = isRehearsal() ? m_simulator->baseUrl() : options.baseUrl;
    settings.apiVersion = options.apiVersion;
    settings.timeoutMs = options.timeoutMs;
    settings.apiKey = m_key;
    auto *sender = new RequestSender(m_services.network, std::move(settings), this);
    m_sender = sender;
    connect(sender, &RequestSender::sent, this, [this, sender](const SentRequest &result) {
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
        m_visibleModels = m_runner->context().visibleModels;
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
