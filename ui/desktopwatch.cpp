#include "desktopwatch.h"

#include "appsettings.h"
#include "checklist.h"
#include "notifier.h"
#include "stateicons.h"
#include "watch/suiterunner.h"
#include "watch/watcher.h"
#include "watchtray.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTime>

using namespace Qt::StringLiterals;

namespace gd::ui {

// The watch runs the session's suite, so the dashboard and the history follow every watched run;
// and every run of the session counts for the watch, the person's own included.
class SessionRuns final : public SuiteRunner
{
public:
    SessionRuns(Session &session, DesktopWatch::OptionsSource options,
                std::function<void()> waitingChanged, QObject *parent)
        : SuiteRunner(parent)
        , m_session(session)
        , m_options(std::move(options))
        , m_waitingChanged(std::move(waitingChanged))
    {
        connect(&session, &Session::runFinished, this, &SuiteRunner::finished);
        connect(&session, &Session::modelMatrixFinished, this, [this] {
            if (std::exchange(m_waitingForMatrix, false))
                begin();
        });
    }

    void start() override
    {
        if (m_session.isRunning())
            return; // the run going now is this one: its end comes through runFinished
        if (m_session.isTestingModels()) {
            m_waitingForMatrix = true; // one request per model is going: the run follows it
            m_waitingChanged();
            return;
        }
        begin();
    }
    // Pausing the watch leaves a run in progress alone: the person sees it finish in the window
    // (and can press Cancel there). A run waiting for the matrix is dropped.
    void cancel() override
    {
        if (std::exchange(m_waitingForMatrix, false))
            m_waitingChanged();
    }
    bool isWaitingForMatrix() const { return m_waitingForMatrix; }

private:
    void begin()
    {
        if (!m_session.hasKey()) {
            Q_EMIT skipped(DesktopWatch::tr("there is no API key to test with"));
            return;
        }
        if (m_session.run(m_options()).isEmpty())
            Q_EMIT skipped(DesktopWatch::tr("the test could not start"));
    }

    Session &m_session;
    DesktopWatch::OptionsSource m_options;
    std::function<void()> m_waitingChanged;
    bool m_waitingForMatrix = false;
};

DesktopWatch::DesktopWatch(Session &session, OptionsSource options, AppSettings &settings,
                           QMainWindow *window, QAbstractButton *watchSwitch, QLabel *status)
    : QObject(window)
    , m_session(session)
    , m_settings(settings)
    , m_window(window)
    , m_switch(watchSwitch)
    , m_status(status)
    , m_runs(new SessionRuns(
          session, std::move(options), [this] { updateStatus(); }, this))
    , m_watcher(new Watcher(m_runs, this))
{
    m_watcher->setInterval(std::chrono::minutes(m_settings.watchIntervalMinutes));
    m_status->setObjectName(u"watchStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);
    updateSwitchToolTip();
    connect(m_switch, &QAbstractButton::toggled, this, &DesktopWatch::setWatching);
    connect(m_watcher, &Watcher::runFinished, this,
            [this](const RunReport &report, int, const QList<StateChange> &changes) {
                onRunFinished(report, changes);
            });
    connect(m_watcher, &Watcher::runSkipped, this, &DesktopWatch::onRunSkipped);
    connect(m_watcher, &Watcher::retryDelayEnded, this, [this] {
        if (isWatching())
            notify(tr("The rate limit has passed"),
                   tr("The wait the API asked for is over: run again (watching does it now)."),
                   CheckState::Pass);
    });
    connect(m_watcher, &Watcher::watchingChanged, this, [this](bool watching) {
        const QSignalBlocker quiet(m_switch);
        m_switch->setChecked(watching);
        tray()->setPaused(!watching);
        updateTrayVisibility();
        updateStatus();
    });
    connect(m_watcher, &Watcher::runStarted, this, &DesktopWatch::updateStatus);
}

DesktopWatch::~DesktopWatch()
{
    // The window's widgets (the switch, the status line) may be gone already: nobody is told
    // that watching stops with the window.
    m_watcher->disconnect(this);
    m_watcher->stop();
}

void DesktopWatch::setWatching(bool watching)
{
    if (watching == isWatching()) {
        const QSignalBlocker quiet(m_switch);
        m_switch->setChecked(watching);
        return;
    }
    if (watching && !m_session.hasKey()) {
        const QSignalBlocker quiet(m_switch);
        m_switch->setChecked(false);
        Q_EMIT keyNeeded();
        return;
    }
    m_stoppedBecause.clear();
    if (watching)
        m_watcher->start();
    else
        m_watcher->stop();
}

bool DesktopWatch::isWatching() const
{
    return m_watcher->isWatching();
}

void DesktopWatch::setInterval(std::chrono::milliseconds interval)
{
    m_watcher->setInterval(interval);
}

void DesktopWatch::applySettings()
{
    m_watcher->setInterval(std::chrono::minutes(m_settings.watchIntervalMinutes));
    updateSwitchToolTip();
    updateStatus();
}

void DesktopWatch::updateSwitchToolTip()
{
    m_switch->setToolTip(tr("Run the test every %1 minutes and tell me when a check breaks or "
                            "works again (Settings → Preferences changes how often)")
                             .arg(m_settings.watchIntervalMinutes));
}

WatchTray *DesktopWatch::tray()
{
    if (!m_tray) {
        m_tray = new WatchTray(this);
        m_trayNotifier = std::make_unique<TrayNotifier>(m_tray->icon());
        if (trayAvailable() && !m_notifier)
            m_notifier = m_trayNotifier.get();
        connect(m_tray, &WatchTray::runNowRequested, m_watcher, &Watcher::runNow);
        connect(m_tray, &WatchTray::pauseToggled, this,
                [this](bool paused) { setWatching(!paused); });
        connect(m_tray, &WatchTray::openRequested, this, &DesktopWatch::openWindow);
        connect(m_tray, &WatchTray::quitRequested, this, &DesktopWatch::quit);
    }
    return m_tray;
}

bool DesktopWatch::trayAvailable()
{
    // Asking costs a D-Bus round trip on a desktop (is there a status notifier host?).
    if (!m_trayAvailable)
        m_trayAvailable = WatchTray::systemTrayAvailable();
    return *m_trayAvailable;
}

void DesktopWatch::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    tray();
    if (!m_notifier && available)
        m_notifier = m_trayNotifier.get();
    updateTrayVisibility();
    updateStatus();
}

void DesktopWatch::onRunFinished(const RunReport &report, const QList<StateChange> &changes)
{
    const CheckResult *problem = report.firstProblem();
    const CheckState state = problem ? problem->state : CheckState::Pass;
    tray()->setState(state, problem ? tr("Gemini Doctor: %1 (%2)")
                                          .arg(CheckList::displayName(problem->id),
                                               problem->diagnosis ? problem->diagnosis->title
                                                                  : stateText(problem->state))
                                    : tr("Gemini Doctor: all checks passed"));
    updateStatus();
    // A check that could not run is covered by the check it waited for; a check that failed for
    // the same cause as another is told once.
    if (!isWatching())
        return;
    for (const StateChange &change : changes) {
        const CheckResult *check = nullptr;
        for (const CheckResult &candidate : report.checks) {
            if (candidate.id == change.checkId)
                check = &candidate;
        }
        if (!check || !check->sameAs.isEmpty())
            continue;
        const QString name = CheckList::displayName(change.checkId);
        if (change.worksAgain())
            notify(tr("%1 works again").arg(name),
                   tr("Checked at %1.")
                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                   CheckState::Pass);
        else if (change.categoryAfter && check->diagnosis)
            notify(tr("%1 fails: %2").arg(name, check->diagnosis->title),
                   tr("Open Gemini Doctor to see what happened and what to do."), CheckState::Fail);
    }
}

void DesktopWatch::onRunSkipped(const QString &reason)
{
    // A run that cannot start will not start next time either: watching stops, and says why,
    // rather than promise runs that never come.
    m_watcher->stop();
    m_stoppedBecause = tr("Watching stopped: %1. Set a key with Key…, then switch Watch on "
                          "again.")
                           .arg(reason);
    updateStatus();
    notify(tr("Watching stopped"), m_stoppedBecause, CheckState::Skipped);
}

void DesktopWatch::notify(const QString &title, const QString &message, CheckState state)
{
    tray(); // its notifier, where the desktop has a tray
    if (m_notifier)
        m_notifier->notify(title, message, state);
    else // no tray, so no desktop notification: the window says it (and asks for attention)
        Q_EMIT this->message(title + u" — "_s + message);
    QApplication::alert(m_window);
}

void DesktopWatch::updateStatus()
{
    if (!isWatching()) {
        m_status->setText(m_stoppedBecause);
        m_status->setVisible(!m_stoppedBecause.isEmpty());
        return;
    }
    QString text;
    if (m_runs->isWaitingForMatrix())
        text = tr("Watching: the run that is due waits for Test every model to finish.");
    else if (m_watcher->isRunning())
        text = tr("Watching: running the test now.");
    else if (const qint64 next = m_watcher->nextRunInMs(); next >= 0)
        text = tr("Watching: the next run is at %1.")
                   .arg(QLocale().toString(QTime::currentTime().addMSecs(int(next)),
                                           QLocale::ShortFormat));
    else
        text = tr("Watching.");
    if (!trayAvailable())
        text += u' ' + tr("This desktop has no system tray: watching goes on while this window "
                          "is open.");
    m_status->setText(text);
    m_status->setVisible(true);
}

void DesktopWatch::updateTrayVisibility()
{
    tray()->setVisible(trayAvailable() && (isWatching() || m_window->isHidden()));
}

bool DesktopWatch::keepsAppOnClose(QCloseEvent *event)
{
    if (isWatching() && !m_quitting && trayAvailable()) {
        if (m_settings.closeWhileWatching == u"ask"_s) {
            event->ignore();
            askAboutTray();
            return true;
        }
        if (m_settings.closeWhileWatching == u"tray"_s) {
            event->ignore();
            // Hidden is not closed: the tray's Quit ends the app from here.
            QApplication::setQuitOnLastWindowClosed(false);
            m_window->hide();
            updateTrayVisibility();
            return true;
        }
    }
    // Without a tray there is nowhere to keep watching: closing the window ends it, and the app
    // with it, whatever an earlier trip to the tray left of quitOnLastWindowClosed.
    m_watcher->stop();
    QApplication::setQuitOnLastWindowClosed(true);
    return false;
}

void DesktopWatch::askAboutTray()
{
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Keep watching?"),
                        tr("Keep watching in the tray?"), QMessageBox::NoButton, m_window);
    question->setObjectName(u"keepWatchingQuestion"_s);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setInformativeText(tr(
        "Gemini Doctor can keep running the test in the background and tell you when a check "
        "breaks or works again. This is asked only once; the tray icon's menu pauses or quits."));
    QPushButton *keep =
        question->addButton(tr("Keep watching in the tray"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepWatchingButton"_s);
    QPushButton *stop = question->addButton(tr("Stop watching and close"), QMessageBox::RejectRole);
    stop->setObjectName(u"stopWatchingButton"_s);
    question->setDefaultButton(keep);
    connect(question, &QMessageBox::finished, this, [this, question, keep] {
        const bool keepWatching = question->clickedButton() == keep;
        m_settings.closeWhileWatching = keepWatching ? u"tray"_s : u"stop"_s;
        m_settings.save();
        m_window->close(); // asked once: the answer decides now and from now on
    });
    question->open();
}

void DesktopWatch::openWindow()
{
    QApplication::setQuitOnLastWindowClosed(true);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    updateTrayVisibility();
}

void DesktopWatch::quit()
{
    m_quitting = true;
    m_watcher->stop();
    if (m_tray)
        m_tray->setVisible(false);
    m_window->close();
    QCoreApplication::quit();
}

} // namespace gd::ui
