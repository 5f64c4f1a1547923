// The desktop's watch: the Watch switch, notifications through a fake notifier, the tray's menu,
// closing while watching, and the chart of recent runs. Real widgets, found by objectName,
// against the in-process simulator (rehearsal).
#include "guitest.h"
#include "historychart.h"
#include "mainwindow.h"
#include "notifier.h"
#include "report/runhistory.h"
#include "secrets/memorysecretstore.h"
#include "settingsdialog.h"
#include "simulator/simulator.h"
#include "watch/watcher.h"
#include "watchtray.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gd::test::child;

namespace {

struct Notification
{
    QString title;
    QString message;
    gd::CheckState state;
};

class FakeNotifier final : public gd::ui::Notifier
{
public:
    void notify(const QString &title, const QString &message, gd::CheckState state) override
    {
        notifications.append({title, message, state});
    }
    QStringList titles() const
    {
        QStringList all;
        for (const Notification &notification : notifications)
            all.append(notification.title);
        return all;
    }
    QList<Notification> notifications;
};

QAction *trayAction(gd::ui::MainWindow &window, const char *name)
{
    return window.watchTray()->menu()->findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestWatchWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void watchSwitch_faultTurnedOnAndOff_notifiesBreakThenRecovery();
    void watch_rateLimited_notifiesWhenTheRetryDelayEnds();
    void watch_noTray_windowSaysSoAndKeepsWatching();
    void close_whileWatchingWithTray_asksOnceThenKeepsWatchingHidden();
    void trayMenu_pauseRunNowOpen_actOnTheWatch();
    void recentRuns_historyWithFailures_chartShowsEveryRunAndWhenFailingBegan();
    void preferences_watchInterval_readAndEdited();
    void watch_runDueDuringModelMatrix_waitsForItThenRunsOnTime();
    void watch_keyRemoved_stopsAndSaysWhy();
    void watch_leftRehearsalWithoutStoredKey_stopsAndSaysWhy();
    void watch_watchedRun_neitherMovesTheTabNorSavesSettings();
    void quit_whileWatchingWithTray_quitsWithoutAsking();
    void close_whileWatching_stopAnswer_closesTheLastWindow();

private:
    std::unique_ptr<gd::ui::MainWindow> rehearsingWindow(const QString &scenario, bool tray);
    static bool waitForRuns(gd::ui::MainWindow &window, int runs, int timeoutMs = 10000);

    QNetworkAccessManager m_network;
    gd::MemorySecretStore m_store;
    QTemporaryDir m_dir;
    FakeNotifier m_notifier;
};

void TestWatchWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWatchWindow::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(u"welcomeDone"_s, true);
    m_notifier.notifications.clear();
}

std::unique_ptr<gd::ui::MainWindow> TestWatchWindow::rehearsingWindow(const QString &scenario,
                                                                      bool tray)
{
    auto window = gd::test::openWindow(&m_network, &m_store, m_dir.filePath(u"history.json"_s));
    if (!window)
        return nullptr;
    window->startRehearsal(scenario);
    window->setTrayAvailable(tray);
    window->setNotifier(&m_notifier);
    window->setWatchInterval(150ms);
    return window;
}

bool TestWatchWindow::waitForRuns(gd::ui::MainWindow &window, int runs, int timeoutMs)
{
    return QTest::qWaitFor([&] { return window.watcher()->runCount() >= runs; }, timeoutMs);
}

void TestWatchWindow::watchSwitch_faultTurnedOnAndOff_notifiesBreakThenRecovery()
{
    auto window = rehearsingWindow(u"ok"_s, false);
    QVERIFY(window);
    auto *watchSwitch = child<QCheckBox>(window.get(), "watchSwitch");
    QVERIFY(watchSwitch);
    QTest::mouseClick(watchSwitch, Qt::LeftButton);
    QVERIFY(window->isWatching());
    QVERIFY(waitForRuns(*window, 2));
    QVERIFY(m_notifier.notifications.isEmpty()); // nothing changed, nothing to say

    window->startRehearsal(u"overloaded"_s);
    QVERIFY(QTest::qWaitFor([&] { return !m_notifier.notifications.isEmpty(); }, 10000));
    QCOMPARE(m_notifier.notifications.size(), 1); // streaming fails for the same cause: told once
    QVERIFY2(m_notifier.titles().at(0).startsWith(u"Test prompt fails: "_s),
             qPrintable(m_notifier.titles().join(u'\n')));
    QCOMPARE(m_notifier.notifications.at(0).state, gd::CheckState::Fail);
    QCOMPARE(window->watchTray()->state(), gd::CheckState::Fail);

    window->startRehearsal(u"ok"_s);
    QVERIFY(QTest::qWaitFor([&] { return m_notifier.notifications.size() >= 2; }, 10000));
    QVERIFY2(m_notifier.titles().contains(u"Test prompt works again"_s),
             qPrintable(m_notifier.titles().join(u'\n')));
    QVERIFY(waitForRuns(*window, window->watcher()->runCount() + 1));
    QCOMPARE(window->watchTray()->state(), gd::CheckState::Pass);

    QTest::mouseClick(watchSwitch, Qt::LeftButton);
    QVERIFY(!window->isWatching());
}

void TestWatchWindow::watch_rateLimited_notifiesWhenTheRetryDelayEnds()
{
    // The rehearsed 429 asks for a 7 s wait (RetryInfo).
    auto window = rehearsingWindow(u"rate_limited"_s, false);
    QVERIFY(window);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 1));
    QCOMPARE(window->watcher()->runCount(), 1);
    QVERIFY(window->watcher()->retryDelayRemainingMs() > 5000);
    QVERIFY(QTest::qWaitFor(
        [&] { return m_notifier.titles().contains(u"The rate limit has passed"_s); }, 12000));
    // The delay held the next run back: only now does it go.
    QVERIFY(waitForRuns(*window, 2));
    const QStringList titles = m_notifier.titles();
    QVERIFY2(titles.at(0).startsWith(u"Test prompt fails: "_s), qPrintable(titles.join(u'\n')));
    window->setWatching(false);
}

void TestWatchWindow::watch_noTray_windowSaysSoAndKeepsWatching()
{
    auto window = rehearsingWindow(u"ok"_s, false);
    QVERIFY(window);
    window->setWatching(true);
    auto *status = child<QLabel>(window.get(), "watchStatus");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"no system tray"_s), qPrintable(status->text()));
    QVERIFY(waitForRuns(*window, 3));
    // Closing is the end of watching there: nowhere else to keep it.
    window->close();
    QVERIFY(!window->isWatching());
    QVERIFY(!window->isVisible());
}

void TestWatchWindow::close_whileWatchingWithTray_asksOnceThenKeepsWatchingHidden()
{
    auto window = rehearsingWindow(u"ok"_s, true);
    QVERIFY(window);
    window->setWatchInterval(1h);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 1));
    window->close();
    QMessageBox *question = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (question = child<QMessageBox>(window.get(), "keepWatchingQuestion")); },
        3000));
    QTest::mouseClick(child<QPushButton>(question, "keepWatchingButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !window->isVisible(); }, 3000));
    QVERIFY(window->isWatching());
    QCOMPARE(QSettings().value(u"closeWhileWatching"_s).toString(), u"tray"_s);

    // Asked once: the second close goes to the tray without a question.
    trayAction(*window, "trayOpenAction")->trigger();
    QVERIFY(window->isVisible());
    QVERIFY(QTest::qWaitFor(
        [&] { return !child<QMessageBox>(window.get(), "keepWatchingQuestion"); }, 3000));
    window->close(); // a question would be open as soon as close() returns
    QVERIFY(!child<QMessageBox>(window.get(), "keepWatchingQuestion"));
    QVERIFY(!window->isVisible());
    QVERIFY(window->isWatching());
    window->setWatching(false);
}

void TestWatchWindow::trayMenu_pauseRunNowOpen_actOnTheWatch()
{
    auto window = rehearsingWindow(u"invalid_api_key"_s, true);
    QVERIFY(window);
    window->setWatchInterval(1h);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 1));
    QCOMPARE(window->watchTray()->state(), gd::CheckState::Fail);
    const QStringList actions = {u"trayRunNowAction"_s, u"trayPauseAction"_s, u"trayOpenAction"_s,
                                 u"trayQuitAction"_s};
    for (const QString &name : actions)
        QVERIFY2(trayAction(*window, name.toLatin1().constData()), qPrintable(name));

    trayAction(*window, "trayRunNowAction")->trigger(); // the interval is an hour: only this runs
    QVERIFY(waitForRuns(*window, 2));

    trayAction(*window, "trayPauseAction")->trigger();
    QVERIFY(!window->isWatching());
    QVERIFY(!child<QCheckBox>(window.get(), "watchSwitch")->isChecked());
    trayAction(*window, "trayPauseAction")->trigger();
    QVERIFY(window->isWatching());
    QVERIFY(child<QCheckBox>(window.get(), "watchSwitch")->isChecked());

    window->hide();
    trayAction(*window, "trayOpenAction")->trigger();
    QVERIFY(window->isVisible());
    window->setWatching(false);
}

void TestWatchWindow::recentRuns_historyWithFailures_chartShowsEveryRunAndWhenFailingBegan()
{
    QTemporaryDir dir;
    const gd::RunHistory history(dir.filePath(u"history.json"_s));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < 6; ++i) {
        gd::RunReport run;
        run.baseUrl = QUrl(u"https://generativelanguage.googleapis.com"_s);
        run.model = u"gemini-3.5-flash"_s;
        run.startedAt = start.addSecs(i * 300);
        const bool failing = i >= 4;
        for (const QString &id : {u"dns"_s, u"generate"_s}) {
            gd::CheckResult check;
            check.id = id;
            check.ms = 100 + i * 10;
            check.state =
                failing && id == u"generate"_s ? gd::CheckState::Fail : gd::CheckState::Pass;
            run.checks.append(check);
        }
        QVERIFY(history.append(run));
    }
    auto window = gd::test::openWindow(&m_network, &m_store, history.filePath());
    QVERIFY(window);
    auto *tabs = child<QTabWidget>(window.get(), "mainTabs");
    tabs->setCurrentWidget(child<QWidget>(window.get(), "recentRunsPage"));
    auto *chart = child<gd::ui::HistoryChart>(window.get(), "historyChart");
    QVERIFY(chart && chart->isVisible());
    QCOMPARE(chart->runCount(), 6);
    QCOMPARE(chart->checkIds(), QStringList({u"dns"_s, u"generate"_s}));
    QCOMPARE(chart->failureMarks(), 2);
    QCOMPARE(chart->failingSince(), 4); // oldest first: the fifth run is where it began
    QVERIFY(chart->accessibleDescription().startsWith(u"Failing since"_s));
    QCOMPARE(child<QTreeWidget>(window.get(), "historyList")->topLevelItemCount(), 6);
    QVERIFY(!chart->grab().isNull());
}

void TestWatchWindow::preferences_watchInterval_readAndEdited()
{
    gd::ui::AppSettings settings;
    settings.watchIntervalMinutes = 7;
    gd::ui::SettingsDialog dialog(settings);
    auto *spin = child<QSpinBox>(&dialog, "watchIntervalSpin");
    QVERIFY(spin);
    QCOMPARE(spin->value(), 7);
    spin->setValue(12);
    QCOMPARE(dialog.settings().watchIntervalMinutes, 12);
    settings.watchIntervalMinutes = 12;
    settings.save();
    QCOMPARE(gd::ui::AppSettings::load().watchIntervalMinutes, 12);
}

namespace {

// The session's key store is the test's: the window reads it as it reads the keychain.
std::unique_ptr<gd::ui::MainWindow> windowOnSimulator(QNetworkAccessManager *network,
                                                      gd::SecretStore *store,
                                                      const QString &historyFile,
                                                      const gd::Simulator &simulator)
{
    auto window =
        gd::test::openWindowWithKey(network, store, historyFile, u"FAKE-watch-key-7777"_s);
    if (!window)
        return nullptr;
    child<QLineEdit>(window.get(), "endpointEdit")->setText(simulator.baseUrl().toString());
    return window;
}

QString watchStatus(gd::ui::MainWindow &window)
{
    auto *status = child<QLabel>(&window, "watchStatus");
    return status->isVisible() ? status->text() : QString();
}

} // namespace

void TestWatchWindow::watch_runDueDuringModelMatrix_waitsForItThenRunsOnTime()
{
    // Issue 20: a watched run that fell due while Test every model ran never started and never
    // finished; the status said "running the test now" for good and no run came again.
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    auto window = windowOnSimulator(&m_network, &m_store, m_dir.filePath(u"h1.json"_s), simulator);
    QVERIFY(window);
    window->setTrayAvailable(false);
    window->setNotifier(&m_notifier);
    QVERIFY(gd::test::clickRunAndWait(*window)); // lists the key's models
    simulator.holdAnswers();                     // the matrix will wait for the test's word
    window->testEveryModel();
    auto *confirm = child<QPushButton>(window.get(), "modelMatrixConfirmButton");
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(window->isTestingModels());

    window->setWatchInterval(200ms);
    const int runsBefore = window->watcher()->runCount();
    window->setWatching(true);
    QTRY_VERIFY2(watchStatus(*window).contains(u"waits for Test every model"_s),
                 qPrintable(watchStatus(*window)));
    QCOMPARE(window->watcher()->runCount(), runsBefore);

    simulator.releaseHeldAnswers();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isTestingModels(), 10000);
    QVERIFY(waitForRuns(*window, runsBefore + 1)); // the run that waited
    QVERIFY(waitForRuns(*window, runsBefore + 2)); // and the next one, on the interval
    QVERIFY(window->isWatching());
}

void TestWatchWindow::watch_keyRemoved_stopsAndSaysWhy()
{
    // Issue 20: with the key removed, a watched run returned early and the watch stalled.
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    auto window = windowOnSimulator(&m_network, &m_store, m_dir.filePath(u"h2.json"_s), simulator);
    QVERIFY(window);
    window->setTrayAvailable(false);
    window->setNotifier(&m_notifier);
    window->setWatchInterval(300ms);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 1));

    window->openKeyDialog();
    auto *remove = child<QPushButton>(window.get(), "removeButton");
    QVERIFY(remove);
    QTRY_VERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(window->keySource(), QString());

    QTRY_VERIFY_WITH_TIMEOUT(!window->isWatching(), 5000);
    QVERIFY2(watchStatus(*window).contains(u"no API key"_s), qPrintable(watchStatus(*window)));
    QVERIFY(m_notifier.titles().contains(u"Watching stopped"_s));
    QVERIFY(!child<QCheckBox>(window.get(), "watchSwitch")->isChecked());
    QVERIFY(!window->watcher()->isRunning());
}

void TestWatchWindow::watch_leftRehearsalWithoutStoredKey_stopsAndSaysWhy()
{
    auto window = rehearsingWindow(u"ok"_s, false);
    QVERIFY(window);
    window->setWatchInterval(300ms);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 1));
    window->stopRehearsal(); // no key of the person's own: nothing to watch with
    QTRY_VERIFY_WITH_TIMEOUT(!window->isWatching(), 5000);
    QVERIFY2(watchStatus(*window).contains(u"no API key"_s), qPrintable(watchStatus(*window)));
    QCOMPARE(window->watcher()->runCount(), 1);

    // Switched on again with a key, it runs again.
    window->startRehearsal(u"ok"_s);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 2));
    QVERIFY(watchStatus(*window).startsWith(u"Watching"_s));
    QVERIFY(!watchStatus(*window).contains(u"stopped"_s));
}

void TestWatchWindow::watch_watchedRun_neitherMovesTheTabNorSavesSettings()
{
    // Issue 20: every watched run switched to the first tab and saved the settings again.
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    auto window = windowOnSimulator(&m_network, &m_store, m_dir.filePath(u"h3.json"_s), simulator);
    QVERIFY(window);
    window->setTrayAvailable(false);
    window->setNotifier(&m_notifier);
    auto *tabs = child<QTabWidget>(window.get(), "mainTabs");
    tabs->setCurrentWidget(child<QWidget>(window.get(), "explainPage"));
    const QVariant savedEndpoint = QSettings().value(u"endpoint"_s);
    window->setWatchInterval(150ms);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 2));
    QCOMPARE(tabs->currentWidget(), child<QWidget>(window.get(), "explainPage"));
    QCOMPARE(QSettings().value(u"endpoint"_s), savedEndpoint); // the typed endpoint is not saved
    // The dashboard followed the watched runs all the same.
    QCOMPARE(gd::test::rowState(*window, u"generate"_s), u"pass"_s);
}

void TestWatchWindow::quit_whileWatchingWithTray_quitsWithoutAsking()
{
    // Issue 20: File → Quit asked "Keep watching in the tray?" and the app could live on with
    // neither window nor tray icon.
    auto window = rehearsingWindow(u"ok"_s, true);
    QVERIFY(window);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 1));
    QAction *quit = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->objectName() == u"quitAction"_s)
            quit = action;
    }
    QVERIFY(quit);
    quit->trigger();
    QCoreApplication::processEvents();
    QVERIFY(!child<QMessageBox>(window.get(), "keepWatchingQuestion"));
    QVERIFY(!window->isVisible());
    QVERIFY(!window->isWatching());
    QVERIFY(!window->watchTray()->icon()->isVisible());
}

void TestWatchWindow::close_whileWatching_stopAnswer_closesTheLastWindow()
{
    // Issue 20 saw the app live on with neither window nor tray icon after the question. This
    // proves the answer "stop" ends the app: only a running application quits on its last
    // window, so this one runs; it ends with 0 when the app quits by itself, with 7 when it is
    // still alive after 5 s.
    auto window = rehearsingWindow(u"ok"_s, true);
    QVERIFY(window);
    window->setWatchInterval(1h);
    window->setWatching(true);
    QVERIFY(waitForRuns(*window, 1));
    QVERIFY(QApplication::quitOnLastWindowClosed());
    window->close();
    QMessageBox *question = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (question = child<QMessageBox>(window.get(), "keepWatchingQuestion")); },
        3000));
    QTimer::singleShot(50, question, [question] {
        QTest::mouseClick(child<QPushButton>(question, "stopWatchingButton"), Qt::LeftButton);
    });
    QTimer::singleShot(5000, qApp, [] { QCoreApplication::exit(7); });
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!window->isVisible());
    QVERIFY(!window->isWatching());
    QVERIFY(!window->watchTray()->icon()->isVisible());
}

QTEST_MAIN(TestWatchWindow)
#include "tst_watchwindow.moc"
