#include "mainwindow.h"

#include "checklist.h"
#include "dashboardpage.h"
#include "desktopwatch.h"
#include "diagnosis/modelknowledge.h"
#include "diagnosis/remediationcatalog.h"
#include "elidedlabel.h"
#include "explainpanel.h"
#include "inspectpanel.h"
#include "keybar.h"
#include "keydialog.h"
#include "matrixflow.h"
#include "modelpicker.h"
#include "recentrunspage.h"
#include "remediationpanel.h"
#include "report/markdownreport.h"
#include "settingsdialog.h"
#include "targetbar.h"
#include "theme.h"
#include "ui_mainwindow.h"
#include "watch/watcher.h"
#include "welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox> // the Watch switch is handed on as a QAbstractButton
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

MainWindow::MainWindow(DesktopServices services, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(std::move(services), this))
    , m_settings(AppSettings::load())
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    buildUi();
    buildMenus();
    connectSession();
    resize(1180, 720);
}

MainWindow::~MainWindow()
{
    m_session->cancel();
}

void MainWindow::buildUi()
{
    auto *layout = new QVBoxLayout(m_ui->central);
    m_keyBar = new KeyBar(*m_session);
    layout->addWidget(m_keyBar);
    m_target = new TargetBar(m_settings);
    layout->addWidget(m_target);
    m_watchStatus = new QLabel;
    layout->addWidget(m_watchStatus);
    // The tray icon (its menu, its painted state icon) waits for the first frame: watchTray().
    m_watch = new DesktopWatch(
        *m_session, [this] { return runOptions(); }, m_settings, this, m_target->watchSwitch(),
        m_watchStatus);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"mainTabs"_s);
    // No frame around the pages: each page's list, editor or panel has its own, and a frame
    // within a frame took 8 px of every width. Fusion also hands each tall, translucent line of
    // that frame to worker threads and waits for them: 70 of the 80 such hand-offs of the first
    // frame (docs/benchmarks.md).
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardPage(*m_session, Session::checkIdsFor(QUrl(m_settings.endpoint)));
    m_tabs->addTab(m_dashboard, tr("&Connectivity test"));
    // Explain and Inspect are built when first opened: the monospace editors cost a font lookup.
    m_explainPage = new QWidget;
    m_explainPage->setObjectName(u"explainPage"_s);
    (new QVBoxLayout(m_explainPage))->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_explainPage, tr("E&xplain an error"));
    m_inspectPage = new QWidget;
    m_inspectPage->setObjectName(u"inspectPage"_s);
    (new QVBoxLayout(m_inspectPage))->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_inspectPage, tr("I&nspect a request"));
    m_recentRuns = new RecentRunsPage(*m_session);
    m_tabs->addTab(m_recentRuns, tr("Recent r&uns"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (page == m_explainPage && !m_explain) {
            m_explain = new ExplainPanel;
            connect(m_explain->remediation(), &RemediationPanel::inspectRequested, this,
                    &MainWindow::openInspect);
            // After the wait a pasted rate limit asked for, the connectivity test says whether
            // the API answers again.
            connect(m_explain, &ExplainPanel::runAgainRequested, this,
                    &MainWindow::runConnectivityTest);
            m_explainPage->layout()->addWidget(m_explain);
        } else if (page == m_inspectPage && !m_inspect) {
            m_inspect = new InspectPanel(*m_session, [this] { return runOptions(); });
            m_inspectPage->layout()->addWidget(m_inspect);
        }
    });
    layout->addWidget(m_tabs, 1);

    // A long summary must never set the window's width: it is cut, and whole in its tooltip.
    m_summary = new ElidedLabel;
    m_summary->setObjectName(u"runSummary"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);

    m_matrix = new MatrixFlow(
        *m_session, [this] { return runOptions(); }, this);

    connect(m_keyBar, &KeyBar::keyDialogRequested, this, &MainWindow::openKeyDialog);
    connect(m_keyBar, &KeyBar::leaveRehearsalRequested, this, &MainWindow::stopRehearsal);
    connect(m_keyBar, &KeyBar::scenarioChosen, this, &MainWindow::startRehearsal);
    connect(m_target, &TargetBar::runRequested, this, &MainWindow::runConnectivityTest);
    connect(m_target, &TargetBar::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_dashboard, &DashboardPage::runAgainRequested, this, &MainWindow::runConnectivityTest);
    connect(m_dashboard, &DashboardPage::inspectRequested, this, &MainWindow::openInspect);
    connect(m_dashboard, &DashboardPage::useModelRequested, this, &MainWindow::useModel);
    connect(m_matrix, &MatrixFlow::keyNeeded, this, &MainWindow::openKeyDialog);
    connect(m_matrix, &MatrixFlow::runNeeded, this, &MainWindow::runConnectivityTest);
    connect(m_matrix, &MatrixFlow::useModelRequested, this, [this](const QString &model) {
        m_target->models()->selectModel(model);
        runConnectivityTest();
    });
    connect(m_watch, &DesktopWatch::keyNeeded, this, &MainWindow::openKeyDialog);
    connect(m_watch, &DesktopWatch::message, this,
            [this](const QString &text) { showMessage(text, 15000); });
}

void MainWindow::connectSession()
{
    connect(m_session, &Session::keyLoaded, this, &MainWindow::onKeyLoaded);
    connect(m_session, &Session::runStarted, this, &MainWindow::onRunStarted);
    connect(m_session, &Session::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_session, &Session::runFinished, this, &MainWindow::onRunFinished);
    connect(m_session, &Session::modelMatrixStarted, this, [this] { m_target->setBusy(true); });
    connect(m_session, &Session::modelTested, m_target->models(), &ModelPicker::showResult);
    connect(m_session, &Session::modelMatrixFinished, this, [this](const QList<ModelRow> &rows) {
        if (m_lastReport) // Copy report carries the matrix with the run it followed
            m_lastReport->models = rows;
        m_target->setBusy(false);
    });
    connect(m_session, &Session::historySetAside, this, [this](const QString &path) {
        showMessage(tr("The Recent runs file could not be read; it is kept as %1 and a new one "
                       "was started.")
                        .arg(path),
                    15000);
    });
    connect(m_session, &Session::historyNotWritten, this, [this](const QString &path) {
        showMessage(
            tr("This run could not be added to Recent runs: %1 cannot be written.").arg(path),
            10000);
    });
}

void MainWindow::buildMenus()
{
    // The menus and actions are in mainwindow.ui; the platform's standard keys are set here.
    m_ui->saveReportAction->setShortcut(QKeySequence::Save);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->cancelAction->setShortcut(QKeySequence::Cancel);
    m_ui->preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(m_ui->copyReportAction, &QAction::triggered, this, &MainWindow::copyReport);
    connect(m_ui->saveReportAction, &QAction::triggered, this, &MainWindow::saveReport);
    // Quit ends the app, watching or not; keeping the watch in the tray belongs to closing.
    connect(m_ui->quitAction, &QAction::triggered, m_watch, &DesktopWatch::quit);
    connect(m_ui->runAction, &QAction::triggered, this, &MainWindow::runConnectivityTest);
    connect(m_ui->cancelAction, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(m_ui->testEveryModelAction, &QAction::triggered, this, &MainWindow::testEveryModel);
    connect(m_ui->rehearseAction, &QAction::triggered, this, [this] { openWelcome(true); });
    connect(m_ui->explainAction, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_explainPage); });
    connect(m_ui->inspectAction, &QAction::triggered, this, &MainWindow::openInspect);
    connect(m_ui->setKeyAction, &QAction::triggered, this, &MainWindow::openKeyDialog);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->aiStudioAction, &QAction::triggered, this, [] {
        QDesktopServices::openUrl(RemediationCatalog::builtIn().link(u"api_keys"_s).url);
    });
    connect(m_ui->statusAction, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(RemediationCatalog::builtIn().link(u"status"_s).url); });
    connect(m_ui->aboutAction, &QAction::triggered, this, [this] {
        const int models = int(ModelKnowledge::builtIn().models().size());
        QMessageBox::about(
            this, tr("About Gemini Doctor"),
            tr("<h3>Gemini Doctor %1</h3><p>Tells you in seconds why your Gemini "
               "API calls fail and how to fix it.</p><p>Model data of %2: %n models, their "
               "retirements and successors.</p><p>Qt %3</p>",
               nullptr, models)
                .arg(QApplication::applicationVersion(),
                     ModelKnowledge::builtIn().asOf().toString(Qt::ISODate),
                     QString::fromLatin1(qVersion())));
    });
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::attachEngine(std::shared_ptr<Engine> engine)
{
    m_session->setEngine(std::move(engine));
}

void MainWindow::loadKey(bool offerWelcome)
{
    if (isRehearsal())
        return;
    m_offerWelcome = offerWelcome;
    m_session->loadKey();
}

void MainWindow::onKeyLoaded(bool found)
{
    Q_EMIT keyLoaded();
    if (std::exchange(m_offerWelcome, false) && !found && !m_settings.welcomeDone)
        openWelcome();
}

void MainWindow::openWelcome(bool forRehearsal)
{
    auto *welcome = new WelcomeDialog(this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    welcome->setPurpose(forRehearsal ? WelcomeDialog::Purpose::Rehearse
                                     : WelcomeDialog::Purpose::FirstRun);
    connect(welcome, &WelcomeDialog::pasteKeyChosen, this, [this] {
        if (isRehearsal())
            stopRehearsal();
        openKeyDialog();
    });
    connect(welcome, &WelcomeDialog::rehearsalChosen, this, &MainWindow::startRehearsal);
    connect(welcome, &QDialog::finished, this, [this] {
        m_settings.welcomeDone = true;
        m_settings.save();
    });
    welcome->open();
}

void MainWindow::openKeyDialog()
{
    if (!m_session->hasEngine())
        return; // the keychain comes with the engine, right after the first frame
    auto *dialog = new KeyDialog(m_session->services().engine->keychain(),
                                 m_session->keySource().kind() == KeySource::Kind::Keychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyDialog::keyStored, this, [this](const QString &key) {
        m_session->useKey(key, KeySource::Kind::Keychain);
        showMessage(tr("The key is stored in the system keychain."), 5000);
    });
    connect(dialog, &KeyDialog::keyForSession, this,
            [this](const QString &key) { m_session->useKey(key, KeySource::Kind::ThisSession); });
    connect(dialog, &KeyDialog::keyRemoved, this, [this] {
        m_session->forgetKey();
        loadKey(false);
    });
    dialog->open();
}

void MainWindow::completeAfterFirstPaint()
{
    watchTray();
    m_keyBar->listScenarios();
    m_target->models()->addPreferredModels();
}

void MainWindow::startRehearsal(const QString &scenario)
{
    completeAfterFirstPaint();
    if (!m_session->startRehearsal(scenario)) {
        showMessage(tr("The simulator could not start (no free port on 127.0.0.1?): no rehearsal."),
                    0);
        return;
    }
    const QUrl simulated = m_session->rehearsalBaseUrl();
    m_target->showEndpoint(simulated.toString(), true);
    m_target->models()->clearResults(); // the session forgot them: another scenario's
    m_dashboard->reset(Session::checkIdsFor(simulated));
    m_dashboard->remediation()->clear();
    m_summary->setFullText(tr("Rehearsal of %1: press Run connectivity test.").arg(scenario));
}

void MainWindow::stopRehearsal()
{
    m_session->stopRehearsal();
    m_target->showEndpoint(m_settings.endpoint, false);
    m_target->models()->clearResults();
    m_dashboard->reset(Session::checkIdsFor(QUrl(m_settings.endpoint)));
    m_summary->setFullText({});
}

void MainWindow::openInspect()
{
    m_tabs->setCurrentWidget(m_inspectPage); // builds the panel
    if (auto *input = m_inspect->findChild<QWidget *>(u"inspectInput"_s))
        input->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::useModel(const QString &model, const QString &checkId)
{
    // The live check's suggestion is a Live model: it goes to the Live model setting, not to the
    // model picker of the other checks.
    if (checkId == u"live"_s) {
        m_settings.liveModel = model;
        m_settings.save();
    } else {
        m_target->models()->selectModel(model);
    }
    runConnectivityTest();
}

QString MainWindow::selectedModel() const
{
    return m_target->models()->selectedModel();
}

Session::RunOptions MainWindow::runOptions() const
{
    Session::RunOptions options;
    options.baseUrl = m_target->endpoint();
    options.apiVersion = m_target->apiVersion();
    options.model = selectedModel();
    options.liveModel = m_settings.liveModel;
    options.timeoutMs = isRehearsal() ? m_rehearsalTimeoutMs : m_settings.timeoutSeconds * 1000;
    options.retries = m_settings.retries;
    return options;
}

void MainWindow::testEveryModel()
{
    m_matrix->start();
}

bool MainWindow::isRunning() const
{
    return m_session->isRunning();
}

bool MainWindow::isRehearsal() const
{
    return m_session->isRehearsal();
}

QString MainWindow::keySource() const
{
    return m_session->keySource().id();
}

void MainWindow::runConnectivityTest()
{
    if (isRunning() || m_session->isTestingModels())
        return;
    if (!m_session->hasKey()) {
        openKeyDialog();
        return;
    }
    // The person's own run: what they typed is remembered, and the results come to the front.
    // A watched run (DesktopWatch) does neither.
    if (!isRehearsal())
        rememberSettings();
    m_tabs->setCurrentWidget(m_dashboard);
    m_personStartedRun = true;
    m_session->run(runOptions());
}

void MainWindow::cancelRun()
{
    m_session->cancel();
}

void MainWindow::onRunStarted()
{
    m_target->setBusy(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setFullText(tr("Running…"));
}

void MainWindow::onRunFinished(const RunReport &report)
{
    m_lastReport = report;
    m_target->setBusy(false);
    m_progress->setVisible(false);
    m_target->models()->addModels(m_session->visibleModels());
    QString summary = runSummaryText(report);
    // Which model was tested, and why, only when a model check got as far as the model.
    const auto tested =
        std::find_if(report.checks.cbegin(), report.checks.cend(),
                     [](const CheckResult &check) { return check.id == u"model"_s; });
    if (!report.model.isEmpty() && tested != report.checks.cend() &&
        tested->state != CheckState::Skipped)
        summary +=
            u' ' + tr("Tested %1: %2.").arg(report.model, modelReasonText(report.modelReason));
    m_summary->setFullText(summary);
    if (std::exchange(m_personStartedRun, false) && report.firstProblem())
        m_dashboard->checks()->setFocus();
    Q_EMIT runFinished(report);
}

QString MainWindow::currentReportMarkdown() const
{
    if (m_tabs->currentWidget() == m_explainPage && m_explain && m_explain->lastDiagnosis())
        return markdownReport(*m_explain->lastDiagnosis());
    if (m_lastReport)
        return markdownReport(*m_lastReport);
    return {};
}

void MainWindow::copyReport()
{
    const QString report = currentReportMarkdown();
    if (report.isEmpty()) {
        showMessage(tr("Run the test or explain an error first."), 5000);
        return;
    }
    QApplication::clipboard()->setText(report);
    showMessage(tr("A redacted report is on the clipboard: the key shows only as its last four "
                   "characters."),
                6000);
}

void MainWindow::saveReport()
{
    const QString report = currentReportMarkdown();
    if (report.isEmpty()) {
        showMessage(tr("Run the test or explain an error first."), 5000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), u"gemini-doctor-report.md"_s, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save report"), tr("Could not write %1.").arg(path));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString previousTheme = m_settings.theme;
    m_settings = dialog.settings();
    m_settings.save();
    if (m_settings.theme != previousTheme)
        applyTheme(m_settings.theme);
    m_watch->applySettings();
}

void MainWindow::rememberSettings()
{
    m_settings.endpoint = m_target->endpoint().toString();
    m_settings.apiVersion = m_target->apiVersion();
    m_settings.model = selectedModel();
    m_settings.save();
}

void MainWindow::setWatching(bool watching)
{
    m_watch->setWatching(watching);
}

bool MainWindow::isWatching() const
{
    return m_watch->isWatching();
}

void MainWindow::setWatchInterval(std::chrono::milliseconds interval)
{
    m_watch->setInterval(interval);
}

void MainWindow::setNotifier(Notifier *notifier)
{
    m_watch->setNotifier(notifier);
}

void MainWindow::setTrayAvailable(bool available)
{
    m_watch->setTrayAvailable(available);
}

WatchTray *MainWindow::watchTray()
{
    return m_watch->tray();
}

Watcher *MainWindow::watcher() const
{
    return m_watch->watcher();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isRehearsal())
        rememberSettings();
    if (m_watch->keepsAppOnClose(event))
        return;
    QMainWindow::closeEvent(event);
}

} // namespace gd::ui
