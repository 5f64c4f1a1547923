#include "modelmatrix.h"

#include "apichecks.h"
#include "calldiagnosis.h"
#include "diagnosis/modelknowledge.h"
#include "network/geminiclient.h"

using namespace Qt::StringLiterals;

namespace gd {

ModelMatrix::ModelMatrix(QNetworkAccessManager *network, CheckSettings settings, QStringList models,
                         QObject *parent)
    : MatrixJob(parent), m_models(std::move(models))
{
    // As in the check runner: the key goes to this matrix's client and nowhere else.
    const QString key = std::exchange(settings.apiKey, {});
    m_standardKey = key.startsWith(u"AIza"_s);
    m_settings = std::move(settings);
    ClientConfig config;
    config.baseUrl = m_settings.baseUrl;
    config.apiVersion = m_settings.apiVersion;
    config.timeoutMs = m_settings.timeoutMs;
    config.retry.maxRetries = 0; // a 429 is the answer this matrix asks for, not a hiccup
    m_client = std::make_unique<GeminiClient>(network, config, key);
    for (const QString &model : std::as_const(m_models)) {
        ModelRow row;
        row.name = model;
        m_rows.append(row);
        m_calls.append(nullptr);
    }
}

ModelMatrix::~ModelMatrix()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
}

void ModelMatrix::start()
{
    if (m_running || m_done > 0)
        return;
    m_running = true;
    schedule();
}

void ModelMatrix::schedule()
{
    while (m_running && m_inFlight < m_maxInFlight && m_next < m_rows.size()) {
        const qsizetype index = m_next++;
        ModelRow &row = m_rows[index];
        row.state = CheckState::Running;
        ++m_inFlight;
        Q_EMIT rowStarted(row.name);
        ApiCall *call =
            m_client->post(u"models/"_s + row.name + u":generateContent"_s, testPromptBody());
        m_calls[index] = call;
        connect(call, &ApiCall::finished, this,
                [this, index](const CallResult &result) { onCallFinished(index, result); });
    }
    Q_EMIT progress(m_done, int(m_rows.size()));
    if (m_running && m_done == m_rows.size()) {
        m_running = false;
        Q_EMIT finished(m_rows);
    }
}

void ModelMatrix::onCallFinished(qsizetype index, const CallResult &call)
{
    if (!m_running)
        return;
    --m_inFlight;
    ++m_done;
    ModelRow &row = m_rows[index];
    row.ms = call.timings.totalMs;
    row.httpStatus = call.httpStatus;
    DiagnosisContext context;
    context.model = row.name;
    context.apiVersion = m_settings.apiVersion;
    context.endpoint = call.url;
    context.timeoutMs = m_settings.timeoutMs;
    context.standardKeyInHeader = m_standardKey;
    const Diagnosis diagnosis = diagnoseCall(call, context);
    row.category = diagnosis.category;
    if (diagnosis.category == Category::Ok) {
        row.state = CheckState::Pass;
    } else {
        // As the generate check judges: a 200 whose content is unusable still shows the model
        // answers, a warning; anything else is a failure.
        row.state = isAnsweredCategory(diagnosis.category) ? CheckState::Warn : CheckState::Fail;
        row.diagnosis = diagnosis;
    }
    if (diagnosis.category == Category::ModelRetired)
        row.successor = ModelKnowledge::builtIn().currentSuccessor(row.name, QDate::currentDate());
    row.answeredBy = diagnosis.answeredBy;
    Q_EMIT rowFinished(row);
    schedule();
}

void ModelMatrix::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        ModelRow &row = m_rows[i];
        if (isDone(row.state))
            continue;
        if (m_calls.at(i)) {
            m_calls.at(i)->disconnect(this);
            m_calls.at(i)->cancel();
        }
        row.state = CheckState::Skipped;
        row.category = Category::Cancelled;
        Q_EMIT rowFinished(row);
    }
    m_inFlight = 0;
    m_done = int(m_rows.size());
    Q_EMIT progress(m_done, m_done);
    Q_EMIT finished(m_rows);
}

} // namespace gd
