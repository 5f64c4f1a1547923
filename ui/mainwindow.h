#pragma once

#include "appsettings.h"
#include "results/runreport.h"
#include "session/session.h"

#include <QMainWindow>

#include <chrono>
#include <memory>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace gd {
class Watcher;
} // namespace gd

namespace Ui {
class MainWindow;
}

namespace gd::ui {

class DashboardPage;
class DesktopWatch;
class ElidedLabel;
class ExplainPanel;
class InspectPanel;
class KeyBar;
class MatrixFlow;
class Notifier;
class RecentRunsPage;
class TargetBar;
class WatchTray;

// What the window works with is what its session works with, handed in so tests can give it an
// engine on their own network and key store, or a history file of their own. The desktop hands
// the window no engine: it attaches the one it loads after the first frame (attachEngine).
using DesktopServices = Session::Services;

// Composes the window's parts (key bar, target bar, the four pages, the matrix flow, the watch),
// each of which talks to the session itself; the window keeps what belongs to no part: the menus,
// the key and welcome dialogs, reports, settings and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DesktopServices services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What runs the checks, rehearses and reads the keychain: before it, the window shows but
    // cannot run (app/session/engine.h).
    void attachEngine(std::shared_ptr<Engine> engine);
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
    // The welcome; `forRehearsal` when the person asked to rehearse a failure.
    void openWelcome(bool forRehearsal = false);
    void copyReport();
    // The model matrix: asks first, saying what it costs (one request per listed model); without
    // a list yet, runs the connectivity test first to read it.
    void testEveryModel();

    // Rehearsed timeouts should not keep a person waiting 30 s (tests make it shorter still).
    void setRehearsalTimeoutMs(int timeoutMs) { m_rehearsalTimeoutMs = timeoutMs; }
    bool isRunning() const;
    bool isTestingModels() const { return m_session->isTestingModels(); }

    // Watching (contract section 8): see DesktopWatch.
    void setWatching(bool watching);
    bool isWatching() const;
    void setWatchInterval(std::chrono::milliseconds interval);
    void setNotifier(Notifier *notifier);
    void setTrayAvailable(bool available);
    WatchTray *watchTray();
    Watcher *watcher() const;

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
    void connectSession();
    // Opens the Inspect tab with the cursor in the request (from the menu or a remediation panel).
    void openInspect();
    void onKeyLoaded(bool found);
    void onRunStarted();
    void onRunFinished(const RunReport &report);
    void useModel(const QString &model, const QString &checkId);
    void saveReport();
    void openSettings();
    void rememberSettings();
    Session::RunOptions runOptions() const;
    void showMessage(const QString &text, int timeoutMs);

    Session *m_session; // the key, the rehearsal, the runs: the window's parts show them
    AppSettings m_settings;
    std::unique_ptr<Ui::MainWindow> m_ui; // the menus and their actions
    bool m_offerWelcome = false;
    bool m_personStartedRun = false; // the Run button's run, not the watch's
    std::optional<RunReport> m_lastReport;
    int m_rehearsalTimeoutMs = 3000;

    KeyBar *m_keyBar = nullptr;
    TargetBar *m_target = nullptr;
    QLabel *m_watchStatus = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QWidget *m_explainPage = nullptr;
    ExplainPanel *m_explain = nullptr;
    QWidget *m_inspectPage = nullptr;
    InspectPanel *m_inspect = nullptr;
    RecentRunsPage *m_recentRuns = nullptr;
    ElidedLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    MatrixFlow *m_matrix = nullptr;
    DesktopWatch *m_watch = nullptr;
};

} // namespace gd::ui
