#pragma once

#include "results/checkresult.h"
#include "session/session.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QAbstractButton;
class QCloseEvent;
class QLabel;
class QMainWindow;

namespace gd {
class Watcher;
struct StateChange;
} // namespace gd

namespace gd::ui {

struct AppSettings;
class Notifier;
class SessionRuns;
class WatchTray;

// Watching on the desktop (contract section 8): the test runs through the session every few
// minutes, the tray icon shows the last run, and a notification says when a check breaks, works
// again, or may be retried. A run that falls due while another job holds the session waits for
// it; one that cannot run at all (no key) stops the watch and says why, so the watch never
// stalls. Closing the window while watching may keep it in the tray; Quit always quits.
class DesktopWatch final : public QObject
{
    Q_OBJECT
public:
    using OptionsSource = std::function<Session::RunOptions()>;
    // The switch and the status line are the window's; this drives them. `settings` is the
    // window's, read for the interval and the close policy and written for the latter.
    DesktopWatch(Session &session, OptionsSource options, AppSettings &settings,
                 QMainWindow *window, QAbstractButton *watchSwitch, QLabel *status);
    ~DesktopWatch() override;

    void setWatching(bool watching);
    bool isWatching() const;
    // Tests watch in milliseconds; people get AppSettings::watchIntervalMinutes.
    void setInterval(std::chrono::milliseconds interval);
    // After Preferences: the interval and the switch's words.
    void applySettings();
    Watcher *watcher() const { return m_watcher; }

    // Built after the first frame, or when first needed.
    WatchTray *tray();
    // Where notifications go (tests pass a fake). Without one: the tray's, or the status bar.
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    // Whether the desktop has a tray; tests on the offscreen platform say so themselves.
    void setTrayAvailable(bool available);

    // The window is asked to close: true when the watch keeps the app (the event is ignored: the
    // window hides in the tray, or the person is asked once); false when the window may close,
    // and then watching has stopped.
    bool keepsAppOnClose(QCloseEvent *event);
    // Stops watching and ends the app, tray or not.
    void quit();

Q_SIGNALS:
    void keyNeeded();
    // No tray, so no desktop notification: the window's status bar says it.
    void message(const QString &text);

private:
    void onRunFinished(const RunReport &report, const QList<StateChange> &changes);
    void onRunSkipped(const QString &reason);
    void notify(const QString &title, const QString &message, CheckState state);
    void updateStatus();
    void updateSwitchToolTip();
    bool trayAvailable();
    void updateTrayVisibility();
    void askAboutTray();
    void openWindow();

    Session &m_session;
    AppSettings &m_settings;
    QMainWindow *m_window;
    QAbstractButton *m_switch;
    QLabel *m_status;
    SessionRuns *m_runs;
    Watcher *m_watcher;
    WatchTray *m_tray = nullptr;
    Notifier *m_notifier = nullptr; // the one in use: a test's, or m_trayNotifier
    std::unique_ptr<Notifier> m_trayNotifier;
    std::optional<bool> m_trayAvailable; // asked when first needed: trayAvailable()
    QString m_stoppedBecause;            // why watching stopped on its own, until switched on
    bool m_quitting = false;
};

} // namespace gd::ui
