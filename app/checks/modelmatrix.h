#pragma once

#include "results/checksettings.h"
#include "results/jobs.h"
#include "results/modelrow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace gd {

class ApiCall;
class GeminiClient;

// The model matrix: one minimal generateContent to each listed model, a few at a time, each
// answer diagnosed as the generate check's is. A 429 is a result here, so nothing is retried.
class ModelMatrix final : public MatrixJob
{
    Q_OBJECT
public:
    // Three at a time: a free-tier project's limits are per model, so one request per model never
    // trips them, but a burst of dozens at once can trip a project-wide or a proxy's limit, and a
    // list of 20 models on the real API still takes only a few seconds.
    static constexpr int kMaxInFlight = 3;

    // settings: endpoint, version, time limit and the key (handed to this matrix's own client);
    // retries and the model are ignored. models: the names the key listed for generateContent.
    ModelMatrix(QNetworkAccessManager *network, CheckSettings settings, QStringList models,
                QObject *parent = nullptr);
    ~ModelMatrix() override;

    void setMaxInFlight(int maxInFlight) { m_maxInFlight = std::max(1, maxInFlight); }
    QStringList models() const override { return m_models; }
    void start() override;
    // The models still waiting or running are skipped (category cancelled); finished() follows.
    void cancel() override;
    bool isRunning() const override { return m_running; }
    const QList<ModelRow> &rows() const { return m_rows; }

private:
    void schedule();
    void onCallFinished(qsizetype index, const CallResult &call);

    CheckSettings m_settings;
    std::unique_ptr<GeminiClient> m_client;
    QStringList m_models;
    QList<ModelRow> m_rows;
    QList<QPointer<ApiCall>> m_calls;
    int m_maxInFlight = kMaxInFlight;
    int m_inFlight = 0;
    qsizetype m_next = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_standardKey = false;
};

} // namespace gd
