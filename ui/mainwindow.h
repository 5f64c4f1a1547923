#pragma once

#include "appsettings.h"
#include "checks/runreport.h"
#include "session/session.h"

#include <QMainWindow>

#include <chrono>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace gd {
class CheckRunner;
class SecretStore;
class Simulator;
class Watcher;
struct StateChange;
} // namespace gd

namespace gd::ui {

class CheckList;
class ElidedLabel;
class ExplainPanel;
class InspectPanel;
class HistoryChart;
class HistoryView;
class ModelMatrixDialog;
class Notifier;
class RemediationPanel;
class WatchTray;

// What the window works with is what its session works with, handed in so tests can give it a
// fake keychain or a history file of their own.
using DesktopServices = Session::Services;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DesktopServices services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Finds the key (keychain, then environment); on a first run without one, offers the welcome.
    void loadKey(bool offerWelcome = true);
    void startRehearsal(const QString &scenario);
    // What a first frame does not need: the rehearsal scenarios, the model data's choices, the
    // tray icon.
    void completeAfterFirstPaint();
    void stopRehearsal();
    void runConnectivityTest();
    void cancelRun();
    void openKeyDialog();
    void openWelcome();
    void copyReport();
    // The model matrix: asks first, saying what it costs (one request per listed model); without
    // a list yet, runs the connectivity test first to read it.
    void testEveryModel();

    // Rehearsed timeouts should not keep a person waiting 30 s (tests make it shorter still).
    void setRehearsalTimeoutMs(int timeoutMs) { m_rehearsalTimeoutMs = timeoutMs; }
    bool isRunning() const;
    bool isTestingModels() const { return m_session->isTestingModels(); }

    // Watching (contract section 8): the test runs every few minutes, the tray icon shows the
    // last run, and a notification says when a check breaks, works again, or may be retried.
    void setWatching(bool watching);
    bool isWatching() const;
    // Tests watch in milliseconds; people get AppSettings::watchIntervalMinutes.
    void setWatchInterval(std::chrono::milliseconds interval);
    // Where notifications go (tests pass a fake). Without one: the tray's, or the status bar.
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    // Whether the desktop has a tray; tests on the offscreen platform say so themselves.
    void setTrayAvailable(bool available);
    // Built after the first frame (completeAfterFirstPaint), or when first needed.
    WatchTray *watchTray();
    Watcher *watcher() const { return m_watcher; }

    QString selectedModel() const; // empty: automatic
    bool isRehearsal() const;
    QString keySource() const; // "keychain", "session", "GEMINI_API_KEY", "rehearsal", ""
    const std::optional<RunReport> &lastReport() const { return m_lastReport; }
    QString currentReportMarkdown() const;

Q_SIGNALS:
    void keyLoaded();
    void runFinished(const gd::RunReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    // Opens the Inspect tab with the cursor in the request (from the menu or a remediation panel).
    void openInspect();
    RemediationPanel *remediation();
    void onKeyLoaded(bool found);
    void updateKeyStatus();
    void updateEndpointWarning();
    void onRunFinished(const RunReport &report);
    void saveReport();
    void openSettings();
    void rememberSettings();
    Session::RunOptions runOptions() const;
    void confirmModelMatrix();
    void startModelMatrix();
    ModelMatrixDialog *matrixDialog();
    // The model picker's entry for a model: matched on the name it carries, not on its label.
    int modelIndex(const QString &model) const;
    void addModel(const QString &model);
    void showModelResult(const ModelRow &row);
    void clearModelResults();
    // Builds the Recent runs page on first use, then shows the history file's runs.
    void showRecentRuns();
    void onWatchRunFinished(const RunReport &report, const QList<StateChange> &changes);
    void notify(const QString &title, const QString &message, CheckState state);
    void updateWatchStatus();
    void updateWatchSwitchToolTip();
    bool trayAvailable();
    void updateTrayVisibility();
    void askAboutTray();
    void openFromTray();
    void quitFromTray();

    Session *m_session; // the key, the rehearsal, the runs: the window only shows them
    AppSettings m_settings;
    bool m_offerWelcome = false;
    std::optional<RunReport> m_lastReport;
    int m_rehearsalTimeoutMs = 3000;
    Watcher *m_watcher = nullptr;
    WatchTray *m_tray = nullptr;
    Notifier *m_notifier = nullptr; // the one in use: a test's, or m_trayNotifier
    std::unique_ptr<Notifier> m_trayNotifier;
    std::optional<bool> m_trayAvailable; // asked when first needed: trayAvailable()
    bool m_quitting = false;

    ElidedLabel *m_keyStatus = nullptr;
    QPushButton *m_keyButton = nullptr;
    QComboBox *m_scenarioCombo = nullptr;
    QPushButton *m_stopRehearsal = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLabel *m_endpointWarning = nullptr;
    QComboBox *m_apiVersion = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QString m_shownCheck; // the check whose diagnosis the remediation panel shows
    CheckList *m_checks = nullptr;
    RemediationPanel *m_remediation = nullptr;
    QLabel *m_remediationPlaceholder = nullptr;
    QSplitter *m_splitter = nullptr;
    ExplainPanel *m_explain = nullptr;
    QWidget *m_inspectPage = nullptr;
    InspectPanel *m_inspect = nullptr;
    HistoryView *m_history = nullptr;
    HistoryChart *m_chart = nullptr;
    QSplitter *m_recentRuns = nullptr;
    QCheckBox *m_watchSwitch = nullptr;
    QLabel *m_watchStatus = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    ModelMatrixDialog *m_matrixDialog = nullptr;
    bool m_matrixAfterRun = false;
};

} // namespace gd::ui
