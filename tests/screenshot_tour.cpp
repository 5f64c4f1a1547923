// Not a test: drives the real window the way a person would and saves what they see, for the
// README and the AppStream metadata. Run it with tests/take-screenshots.sh (Xvfb and a private
// keyring session).
#include "appsettings.h"
#include "engine/networkengine.h"
#include "explainpanel.h"
#include "fixtures.h"
#include "i18n/translations.h"
#include "inspectpanel.h"
#include "keychain/keychainsecretstore.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "simulator/simulator.h"
#include "theme.h"
#include "throwawaykeyring.h"
#include "watch/watcher.h"
#include "watchtray.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString g_outputDir;

// The key status names the key by its last four characters once the keychain answered.
bool keyLoaded(QWidget &window)
{
    const auto *status = window.findChild<QLabel *>(u"keyStatusLabel"_s);
    return status && status->toolTip().contains(u"(…"_s); // "Key: stored ... (…7Qx2)"
}

void save(QWidget &window, const QString &name, QWidget *dialog = nullptr)
{
    // Painted once everything pending is laid out: no fixed sleep decides when.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QPixmap shot = window.grab();
    if (dialog) {
        // Dialogs are windows of their own: paint them where they sit over the main window.
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        const QPixmap over = dialog->grab();
        painter.drawPixmap((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 3,
                           over);
    }
    shot.save(QDir(g_outputDir).filePath(name + u".png"_s));
}

bool runAndWait(gd::ui::MainWindow &window)
{
    bool done = false;
    QObject::connect(&window, &gd::ui::MainWindow::runFinished, &window, [&done] { done = true; });
    window.findChild<QPushButton *>(u"runButton"_s)->click();
    return QTest::qWaitFor([&done] { return done; }, 15000);
}

void selectCheck(gd::ui::MainWindow &window, const QString &id)
{
    auto *list = window.findChild<QTreeWidget *>(u"checkList"_s);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            list->setCurrentItem(list->topLevelItem(i));
    }
}

// Inspect a request at 1024x600, the smallest screen the app is made for: an OpenAI-style history
// (synthetic), its findings with the second one marked in the text, and the rehearsal's answer once
// it is sent as pasted.
void inspectShot(const gd::ui::DesktopServices &services, const QString &name)
{
    gd::ui::MainWindow window(services);
    window.resize(1024, 600);
    window.show();
    window.startRehearsal(u"history_invalid"_s);
    window.findChild<QAction *>(u"inspectAction"_s)->trigger();
    auto *panel = window.findChild<gd::ui::InspectPanel *>(u"inspectPanel"_s);
    if (!panel)
        return;
    panel->findChild<QLineEdit *>(u"inspectModel"_s)->setText(u"gemini-3.6-flash"_s);
    panel->setRequestText(uR"({
  "contents": [
    {"role": "system", "parts": [{"text": "Answer in one word."}]},
    {"role": "user", "parts": [{"text": "Hello"}]},
    {"role": "assistant", "parts": [{"text": "Hi"}]},
    {"role": "user", "parts": [{"text": "How are you?"}]}
  ],
  "generationConfig": {"responseMimeType": "application/json"}
}
)"_s);
    auto *findings = panel->findChild<QTreeWidget *>(u"inspectFindings"_s);
    if (findings->topLevelItemCount() > 1)
        findings->setCurrentItem(findings->topLevelItem(1));
    bool sent = false;
    QObject::connect(window.findChild<gd::Session *>(), &gd::Session::requestSent, &window,
                     [&sent] { sent = true; });
    panel->send();
    auto *question = panel->findChild<QMessageBox *>(u"sendRequestQuestion"_s);
    if (!question)
        return;
    question->findChild<QPushButton *>(u"sendAsPastedButton"_s)->click();
    (void)QTest::qWaitFor([&sent] { return sent; }, 5000);
    save(window, name);
}

// What issue 20 asked to see in each language: a failing run at 1024x600 and 800x600, a run
// cancelled with Esc, and Preferences.
void windowShots(const gd::ui::DesktopServices &services, const QString &prefix)
{
    for (const QSize size : {QSize(1024, 600), QSize(800, 600)}) {
        gd::ui::MainWindow window(services);
        window.resize(size);
        window.show();
        window.startRehearsal(u"rate_limited"_s);
        runAndWait(window);
        save(window, prefix + u"failing-run-%1x%2"_s.arg(size.width()).arg(size.height()));
    }
    {
        gd::ui::MainWindow window(services);
        window.resize(1024, 600);
        window.setRehearsalTimeoutMs(10000);
        window.show();
        window.startRehearsal(u"timeout"_s); // generation never answers
        bool done = false;
        QObject::connect(&window, &gd::ui::MainWindow::runFinished, &window,
                         [&done] { done = true; });
        window.runConnectivityTest();
        QTest::qWait(500); // the quick checks are done; generation waits
        window.findChild<QPushButton *>(u"cancelButton"_s)->click();
        (void)QTest::qWaitFor([&done] { return done; }, 5000);
        save(window, prefix + u"cancelled-run"_s);
    }
    {
        gd::ui::MainWindow window(services);
        window.resize(1024, 600);
        window.show();
        gd::ui::SettingsDialog dialog(gd::ui::AppSettings::load(), &window);
        dialog.show();
        (void)QTest::qWaitForWindowExposed(&dialog);
        save(window, prefix + u"preferences"_s, &dialog);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (!gd::test::insideThrowawayKeyring()) {
        std::fprintf(stderr, "screenshot_tour stores a fake key: run it through "
                             "tests/take-screenshots.sh, never in your own session\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true); // and a keychain service of its own
    QApplication::setApplicationName(u"gemini-doctor-screenshots"_s);
    gd::installTranslations(app.arguments()); // LANG=de_DE.UTF-8 takes the German shots
    QApplication::setApplicationVersion(QStringLiteral(GD_VERSION));
    g_outputDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(g_outputDir);
    QSettings().clear();

    QNetworkAccessManager network;
    gd::KeychainSecretStore keychain;
    gd::ui::DesktopServices services;
    services.engine = std::make_shared<gd::NetworkEngine>(&network, &keychain);
    services.history = gd::RunHistory(QDir(g_outputDir).filePath(u".tour-history.json"_s));
    services.environment = QProcessEnvironment();

    if (gd::uiLanguage() == u"de"_s) {
        // German is about 30% longer: the window must still fit, nothing clipped.
        gd::ui::MainWindow window(services);
        window.show();
        window.startRehearsal(u"rate_limited"_s);
        runAndWait(window);
        save(window, u"german-failing-run"_s);
        inspectShot(services, u"german-inspect"_s);
        windowShots(services, u"german-"_s);
        { // The first start in German: the welcome over the window (issue 22).
            QSettings().remove(u"welcomeDone"_s);
            gd::ui::MainWindow first(services);
            first.show();
            first.loadKey();
            (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; },
                                  5000);
            QWidget *welcome = QApplication::activeModalWidget();
            save(first, u"german-welcome"_s, welcome);
            if (welcome)
                welcome->close();
        }
        QFile::remove(QDir(g_outputDir).filePath(u".tour-history.json"_s));
        return 0;
    }
    { // First run: no key anywhere, so the welcome opens.
        gd::ui::MainWindow window(services);
        window.show();
        window.loadKey();
        (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 5000);
        QWidget *welcome = QApplication::activeModalWidget();
        save(window, u"welcome"_s, welcome);
        if (welcome)
            welcome->close();
    }
    { // A passing run: a fake key in the (test session's) keychain, the simulator as endpoint.
        gd::Simulator simulator;
        simulator.setLatencyMs(40);
        if (!simulator.start()) {
            std::fprintf(stderr, "the simulator could not start\n");
            return 1;
        }
        bool stored = false;
        keychain.write(u"api-key"_s, u"FAKE-screenshot-key-7Qx2"_s,
                       [&stored](const gd::SecretResult &) { stored = true; });
        (void)QTest::qWaitFor([&stored] { return stored; }, 5000);
        QSettings().setValue(u"endpoint"_s, simulator.baseUrl().toString());
        QSettings().setValue(u"welcomeDone"_s, true);
        gd::ui::MainWindow window(services);
        window.show();
        window.loadKey();
        (void)QTest::qWaitFor([&window] { return keyLoaded(window); }, 5000);
        runAndWait(window);
        selectCheck(window, u"stream"_s);
        save(window, u"passing-run"_s);

        // Test every model: the cost asked first, then one row per listed model.
        window.findChild<QAction *>(u"testEveryModelAction"_s)->trigger();
        QMessageBox *confirm = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (confirm = window.findChild<QMessageBox *>(u"modelMatrixConfirm"_s)); },
            5000);
        if (confirm)
            confirm->findChild<QPushButton *>(u"modelMatrixConfirmButton"_s)->click();
        (void)QTest::qWaitFor([&window] { return !window.isTestingModels(); }, 15000);
        auto *dialog = window.findChild<QDialog *>(u"modelMatrixDialog"_s);
        save(window, u"model-matrix"_s, dialog);
        if (dialog)
            dialog->close();

        // The model picker, open: each model's result next to its name.
        auto *combo = window.findChild<QComboBox *>(u"modelCombo"_s);
        combo->showPopup();
        QCoreApplication::processEvents();
        QPixmap shot = window.grab();
        {
            QPainter painter(&shot);
            QWidget *popup = combo->view()->window();
            painter.drawPixmap(combo->mapTo(&window, QPoint(0, combo->height())), popup->grab());
        }
        shot.save(QDir(g_outputDir).filePath(u"model-picker-results.png"_s));
        combo->hidePopup();
    }
    { // A failing run, rate limited, with the remediation panel open.
        gd::ui::MainWindow window(services);
        window.show();
        window.startRehearsal(u"rate_limited"_s);
        runAndWait(window);
        save(window, u"failing-run-rate-limited"_s);
    }
    { // Explain an error pasted from a log (fixture S46, a used-up daily quota).
        gd::ui::MainWindow window(services);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
        tabs->setCurrentIndex(1);
        window.findChild<QPlainTextEdit *>(u"explainInput"_s)
            ->setPlainText(QString::fromUtf8(gd::test::fixtureBody(u"S46"_s)));
        window.findChild<QPushButton *>(u"explainButton"_s)->click();
        save(window, u"explain"_s);
    }
    inspectShot(services, u"inspect"_s);
    windowShots(services, {});
    { // Recent runs: two hours of watching, the model overloaded for the last half hour.
        QFile::remove(services.history.filePath());
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        const QStringList ids = {u"dns"_s,    u"connect"_s,       u"key"_s,
                                 u"model"_s,  u"count_tokens"_s,  u"generate"_s,
                                 u"stream"_s, u"openai_compat"_s, u"live"_s};
        for (int run = 0; run < 24; ++run) {
            gd::RunReport report;
            report.baseUrl = QUrl(u"https://generativelanguage.googleapis.com"_s);
            report.apiVersion = u"v1beta"_s;
            report.model = u"gemini-3.5-flash"_s;
            report.keySource = gd::KeySource::Kind::Keychain;
            report.keyHint = u"…7Qx2"_s;
            report.startedAt = start.addSecs(run * 300);
            const bool overloaded = run >= 18;
            for (int i = 0; i < ids.size(); ++i) {
                gd::CheckResult check;
                check.id = ids.at(i);
                // Calls take longer as the model fills up, then fail fast with a 503.
                const int base = i < 2 ? 20 + i * 30 : 180 + i * 90;
                check.ms = base + (run * 37 + i * 53) % 90 + (run >= 14 && i >= 5 ? run * 25 : 0);
                check.state = gd::CheckState::Pass;
                if (overloaded && i >= 5) { // generate, stream, openai_compat, live: one cause
                    check.state = gd::CheckState::Fail;
                    check.ms = 240 + (run * 13) % 60;
                    gd::Diagnosis diagnosis;
                    diagnosis.category = gd::Category::Overloaded;
                    diagnosis.title = u"Model overloaded"_s;
                    check.diagnosis = diagnosis;
                    check.httpStatus = 503;
                    if (check.id != u"generate"_s)
                        check.sameAs = u"generate"_s;
                }
                report.checks.append(check);
                report.totalMs = std::max(report.totalMs, check.ms + 40);
            }
            (void)services.history.append(report);
        }
        gd::ui::MainWindow window(services);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"recentRunsPage"_s));
        save(window, u"recent-runs-chart"_s);
        // The tray's menu while watching, over the window (Xvfb has no tray to open it in).
        window.setTrayAvailable(true);
        window.setWatchInterval(std::chrono::hours(1));
        window.startRehearsal(u"overloaded"_s);
        window.setWatching(true);
        (void)QTest::qWaitFor([&window] { return window.watcher()->runCount() > 0; }, 15000);
        QMenu *menu = window.watchTray()->menu();
        menu->adjustSize();
        save(window, u"watching-tray-menu"_s, menu);
        window.setWatching(false);
        QFile::remove(services.history.filePath());
    }
    { // The dark palette, with an overloaded model and a model to switch to.
        gd::ui::applyTheme(u"dark"_s);
        gd::ui::MainWindow window(services);
        window.show();
        window.startRehearsal(u"overloaded"_s);
        runAndWait(window);
        save(window, u"dark-overloaded"_s);
        gd::ui::applyTheme(u"system"_s);
    }
    { // A failing Live check: the Live model chosen in the settings was shut down; every other
      // door works, and the waterfall shows the API checks starting together.
        QSettings().setValue(u"liveModel"_s, u"gemini-2.0-flash-live-001"_s);
        gd::ui::MainWindow window(services);
        window.show();
        window.startRehearsal(u"ok"_s);
        runAndWait(window);
        selectCheck(window, u"live"_s);
        save(window, u"live-failing"_s);
        QSettings().remove(u"liveModel"_s);
    }
    bool removed = false;
    keychain.remove(u"api-key"_s, [&removed](const gd::SecretResult &) { removed = true; });
    (void)QTest::qWaitFor([&removed] { return removed; }, 5000);
    QFile::remove(QDir(g_outputDir).filePath(u".tour-history.json"_s));
    return 0;
}
