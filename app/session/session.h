#pragma once

#include "engine.h"
#include "inspect/pastedrequest.h"
#include "privacy/keysource.h"
#include "report/runhistory.h"
#include "results/jobs.h"
#include "results/modelrow.h"
#include "results/runreport.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

namespace gd {

// What a desktop session of Gemini Doctor is, without any widget: the key and where it came from,
// the rehearsal simulator, the runs and their history. The main window shows it and asks it to
// act; tests drive it without a window. The key lives here and in the running check's client,
// nowhere else.
class Session final : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        // What runs, rehearses and holds the key in the keychain. The desktop sets it after its
        // first frame (setEngine); until then nothing can run, rehearse or load the key.
        std::shared_ptr<Engine> engine;
        RunHistory history;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    // What the person chose to test; the key and, in rehearsal, the endpoint come from here.
    struct RunOptions
    {
        QUrl baseUrl;
        QString apiVersion;
        QString model;     // empty: automatic
        QString liveModel; // empty: automatic
        int timeoutMs = 0;
        int retries = 0;
    };

    explicit Session(Services services, QObject *parent = nullptr);
    ~Session() override;

    const Services &services() const { return m_services; }
    void setEngine(std::shared_ptr<Engine> engine) { m_services.engine = std::move(engine); }
    bool hasEngine() const { return m_services.engine != nullptr; }

    // The key: found in the keychain, then the environment (keyLoaded says when, and what the
    // keychain said if it failed); or set by the person.
    void loadKey();
    // Where a key enters the desktop app: from here on it is masked in everything shown or
    // copied, until forgetKey() lets it go.
    void useKey(const QString &key, const KeySource &source);
    void forgetKey();
    bool hasKey() const { return !m_key.isEmpty(); }
    KeySource keySource() const { return m_keySource; }
    QString keyHint() const;                                      // "…X4aQ"
    QString keychainProblem() const { return m_keychainProblem; } // our words
    QString keychainDetail() const { return m_keychainDetail; }   // the backend's

    // Rehearsal: the built-in simulator plays the API with this scenario.
    [[nodiscard]] bool startRehearsal(const QString &scenario);
    void stopRehearsal();
    bool isRehearsal() const { return m_rehearsal != nullptr; }
    // The scenario rehearsed and where the simulator listens; empty when not rehearsing.
    QString rehearsalScenario() const;
    QUrl rehearsalBaseUrl() const;

    // The checks a run against this endpoint makes, in order (the one table the runner keeps to).
    static QStringList checkIdsFor(const QUrl &baseUrl);
    // Starts a run (nothing when one is running or there is no key); returns its check ids.
    QStringList run(const RunOptions &options);
    void cancel();
    bool isRunning() const;
    // The models the key listed in the last run, for the model picker.
    QStringList visibleModels() const { return m_visibleModels; }

    // The model matrix: one minimal request to each model the last run listed, a few at a time.
    // Returns the models it tests; nothing when a run or a matrix is going, there is no key, or
    // no run has listed models yet. cancel() stops it too.
    QStringList testEveryModel(const RunOptions &options);
    bool isTestingModels() const;
    // inspect's "Send it": one pasted request, with this session's key (never the pasted one), to
    // the simulator in rehearsal, else to the endpoint the person set, like a run. Empty when it
    // goes (the answer arrives through requestSent, always: the time limit ends it), else why it
    // cannot. cancel() leaves it alone: it stops runs, and the Inspect tab waits for this answer.
    QString sendRequest(const PastedRequest &request, const QJsonValue &body,
                        const RunOptions &options);
    bool isSendingRequest() const { return m_sender != nullptr; }
    // The matrix's latest row for each model tested, for the model picker.
    QHash<QString, ModelRow> modelResults() const { return m_modelResults; }

Q_SIGNALS:
    void keyChanged();
    void keyLoaded(bool found);
    // A run began (whoever asked for it: the Run button, the watch): its checks, in order.
    void runStarted(const QStringList &checkIds);
    void checkStarted(const QString &id);
    void checkFinished(const gd::CheckResult &result);
    void progress(int done, int total);
    void runFinished(const gd::RunReport &report);
    void modelMatrixStarted(const QStringList &models);
    void modelTestStarted(const QString &model);
    void modelTested(const gd::ModelRow &row);
    void modelMatrixProgress(int done, int total);
    void modelMatrixFinished(const QList<gd::ModelRow> &rows);
    // The run could not be added to the history file (the run itself is fine).
    void historyNotWritten(const QString &path);
    // The history file could not be read as runs: kept as `path`, and a new one began.
    void historySetAside(const QString &path);
    void requestSent(const gd::SentRequest &result);

private:
    void onRunFinished(const RunReport &report);

    Services m_services;
    QString m_key;
    KeySource m_keySource;
    QString m_keychainProblem;
    QString m_keychainDetail;
    // Kept while rehearsing, to come back to.
    QString m_ownKey;
    KeySource m_ownKeySource;
    std::unique_ptr<Rehearsal> m_rehearsal;
    QPointer<RunJob> m_runner;
    QStringList m_visibleModels;
    QPointer<MatrixJob> m_matrix;
    QPointer<SendJob> m_sender;
    QHash<QString, ModelRow> m_modelResults;
};

} // namespace gd
