#include "mainwindow.h"

#include "checklist.h"
#include "diagnosis/modelknowledge.h"
#include "diagnosis/remediationcatalog.h"
#include "elidedlabel.h"
#include "explainpanel.h"
#include "historychart.h"
#include "historyview.h"
#include "inspectpanel.h"
#include "keydialog.h"
#include "modelmatrixdialog.h"
#include "notifier.h"
#include "policy/endpointpolicy.h"
#include "remediationpanel.h"
#include "report/markdownreport.h"
#include "settingsdialog.h"
#include "simulator/simulator.h"
#include "stateicons.h"
#include "theme.h"
#include "timinglegend.h"
#include "watch/suiterunner.h"
#include "watch/watcher.h"
#include "watchtray.h"
#include "welcomedialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {
namespace {

// The window's own runs are what the watcher runs: the dashboard, the history and the chart
// follow every watched run, and a run the person starts counts for the watch too.
class WindowRuns final : public SuiteRunner
{
public:
    explicit WindowRuns(MainWindow *window) : SuiteRunner(window), m_window(window)
    {
        connect(window, &MainWindow::runFinished, this, &SuiteRunner::finished);
    }
    void start() override { m_window->runConnectivityTest(); }
    // Pausing the watch leaves a run in progress alone: the person sees it finish in the window
    // (and can press Cancel there).
    void cancel() override {}

private:
    MainWindow *m_window;
};

} // namespace

MainWindow::MainWindow(DesktopServices services, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(std::move(services), this))
    , m_settings(AppSettings::load())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gemini Doctor"));
    m_watcher = new Watcher(new WindowRuns(this), this);
    m_watcher->setInterval(std::chrono::minutes(m_settings.watchIntervalMinutes));
    // The tray icon (its menu, its painted state icon) waits for the first frame: watchTray().
    buildUi();
    buildMenus();
    updateKeyStatus();
    updateEndpointWarning();
    resize(1180, 720);
}

MainWindow::~MainWindow()
{
    m_watcher->stop();
    m_session->cancel();
}

void MainWindow::buildUi()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);

    // The key: where it comes from and a masked hint.
    auto *keyRow = new QHBoxLayout;
    // A keychain error can be one very long line: it must never set the window's width.
    m_keyStatus = new ElidedLabel;
    m_keyStatus->setObjectName(u"keyStatusLabel"_s);
    m_keyButton = new QPushButton(tr("&Key…"));
    m_keyButton->setObjectName(u"keyButton"_s);
    m_keyButton->setToolTip(tr("Paste, replace or remove the API key"));
    m_scenarioCombo = new QComboBox;
    m_scenarioCombo->setObjectName(u"scenarioCombo"_s);
    m_scenarioCombo->setAccessibleName(tr("Rehearsed failure"));
    // Listed after the first frame (completeAfterFirstPaint) or when a rehearsal starts: reading
    // the scenarios' data costs 4 M instructions a start does not need.
    m_scenarioCombo->setVisible(false);
    m_stopRehearsal = new QPushButton(tr("&Leave rehearsal"));
    m_stopRehearsal->setObjectName(u"stopRehearsalButton"_s);
    m_stopRehearsal->setVisible(false);
    keyRow->addWidget(m_keyStatus, 1);
    keyRow->addWidget(m_scenarioCombo);
    keyRow->addWidget(m_stopRehearsal);
    keyRow->addWidget(m_keyButton);
    layout->addLayout(keyRow);

    // What to test.
    auto *target = new QHBoxLayout;
    m_endpoint = new QLineEdit(m_settings.endpoint);
    m_endpoint->setObjectName(u"endpointEdit"_s);
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_apiVersion = new QComboBox;
    m_apiVersion->setObjectName(u"apiVersionCombo"_s);
    m_apiVersion->setAccessibleName(tr("API version"));
    m_apiVersion->addItems({u"v1beta"_s, u"v1"_s});
    m_apiVersion->setCurrentText(m_settings.apiVersion);
    m_model = new QComboBox;
    m_model->setObjectName(u"modelCombo"_s);
    m_model->setAccessibleName(tr("Model"));
    m_model->setEditable(true);
    // Empty means automatic: the data's first choice the key lists (never a fixed name Google may
    // retire); then the model data's own choices.
    m_model->addItem(tr("Automatic (cheapest stable Flash)"));
    if (m_settings.model.isEmpty())
        m_model->setCurrentIndex(0);
    else
        m_model->setCurrentText(m_settings.model);
    // Wide enough for "Automatic ..." in every language, so its start is never scrolled away.
    m_model->setMinimumContentsLength(std::max(20, int(m_model->itemText(0).size())));
    m_run = new QPushButton(tr("&Run connectivity test"));
    m_run->setObjectName(u"runButton"_s);
    m_run->setShortcut(QKeySequence(u"Ctrl+R"_s));
    m_run->setToolTip(tr("Run connectivity test (Ctrl+R or F5)"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setEnabled(false);
    auto *endpointLabel = new QLabel(tr("&Endpoint:"));
    endpointLabel->setBuddy(m_endpoint);
    auto *versionLabel = new QLabel(tr("&API:"));
    versionLabel->setBuddy(m_apiVersion);
    auto *modelLabel = new QLabel(tr("&Model:"));
    modelLabel->setBuddy(m_model);
    target->addWidget(endpointLabel);
    target->addWidget(m_endpoint, 2);
    target->addWidget(versionLabel);
    target->addWidget(m_apiVersion);
    target->addWidget(modelLabel);
    target->addWidget(m_model, 1);
    target->addWidget(m_run);
    target->addWidget(m_cancel);
    m_watchSwitch = new QCheckBox(tr("&Watch"));
    m_watchSwitch->setObjectName(u"watchSwitch"_s);
    updateWatchSwitchToolTip();
    target->addWidget(m_watchSwitch);
    layout->addLayout(target);
    m_watchStatus = new QLabel;
    m_watchStatus->setObjectName(u"watchStatus"_s);
    m_watchStatus->setWordWrap(true);
    m_watchStatus->setTextFormat(Qt::PlainText);
    m_watchStatus->setVisible(false);
    layout->addWidget(m_watchStatus);
    m_endpointWarning = new QLabel;
    m_endpointWarning->setObjectName(u"endpointWarning"_s);
    m_endpointWarning->setWordWrap(true);
    m_endpointWarning->setTextFormat(Qt::PlainText);
    layout->addWidget(m_endpointWarning);

    // Results.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"mainTabs"_s);
    m_checks = new CheckList;
    // The remediation panel is built when first needed; until then a plain line says what to do.
    // Its text comes once the splitter has its sizes: the splitter measures its children on each
    // insert and on setSizes, and a word-wrapped label lays its whole text out each time.
    m_remediationPlaceholder = new QLabel;
    m_remediationPlaceholder->setObjectName(u"remediationPlaceholder"_s);
    m_remediationPlaceholder->setWordWrap(true);
    m_remediationPlaceholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_remediationPlaceholder->setMargin(12);
    auto *dashboard = new QWidget;
    auto *dashboardLayout = new QVBoxLayout(dashboard);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    dashboardLayout->addWidget(m_checks, 1);
    dashboardLayout->addWidget(new TimingLegend);
    auto *splitter = new QSplitter;
    splitter->setObjectName(u"dashboardSplitter"_s);
    splitter->addWidget(dashboard);
    splitter->addWidget(m_remediationPlaceholder);
    m_splitter = splitter;
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({690, 470});
    splitter->setChildrenCollapsible(false);
    m_remediationPlaceholder->setText(tr("Run the connectivity test, then select a failed or "
                                         "warned check to see what happened and what to do."));
    m_tabs->addTab(splitter, tr("&Connectivity test"));
    // Built when first opened: its monospace editor costs a font lookup at start-up.
    auto *explainPage = new QWidget;
    explainPage->setObjectName(u"explainPage"_s);
    auto *explainLayout = new QVBoxLayout(explainPage);
    explainLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(explainPage, tr("E&xplain an error"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, explainPage](int index) {
        if (m_tabs->widget(index) == explainPage && !m_explain) {
            m_explain = new ExplainPanel;
            // Before anything is explained: the panel offers "Inspect the request" only when
            // someone answers it.
            connect(m_explain->remediation(), &RemediationPanel::inspectRequested, this,
                    &MainWindow::openInspect);
            explainPage->layout()->addWidget(m_explain);
        }
    });
    // Inspect a request: built when first opened, like Explain.
    m_inspectPage = new QWidget;
    m_inspectPage->setObjectName(u"inspectPage"_s);
    auto *inspectLayout = new QVBoxLayout(m_inspectPage);
    inspectLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_inspectPage, tr("I&nspect a request"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_inspectPage && !m_inspect) {
            m_inspect = new InspectPanel(*m_session, [this] { return runOptions(); });
            m_inspectPage->layout()->addWidget(m_inspect);
        }
    });
    // Recent runs: the chart above (when it started failing), the list below (what exactly).
    // Both are built when first shown (showRecentRuns), like Explain and Inspect.
    m_recentRuns = new QSplitter(Qt::Vertical);
    m_recentRuns->setObjectName(u"recentRunsPage"_s);
    m_recentRuns->setChildrenCollapsible(false);
    m_tabs->addTab(m_recentRuns, tr("Recent r&uns"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_recentRuns &&
            (!m_history || m_history->topLevelItemCount() == 0))
            showRecentRuns();
    });
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_summary = new QLabel;
    m_summary->setObjectName(u"runSummary"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);

    m_checks->reset(Session::checkIdsFor(QUrl(m_settings.endpoint)));

    // The window shows the session; the session does the work.
    connect(m_session, &Session::keyChanged, this, [this] { updateKeyStatus(); });
    connect(m_session, &Session::keyLoaded, this, &MainWindow::onKeyLoaded);
    connect(m_session, &Session::checkStarted, m_checks, &CheckList::setRunning);
    connect(m_session, &Session::checkFinished, m_checks, &CheckList::setResult);
    connect(m_session, &Session::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_session, &Session::runFinished, this, &MainWindow::onRunFinished);
    connect(m_session, &Session::modelTestStarted, this,
            [this](const QString &model) { matrixDialog()->setRunning(model); });
    connect(m_session, &Session::modelTested, this, [this](const ModelRow &row) {
        matrixDialog()->setRow(row);
        showModelResult(row);
    });
    connect(m_session, &Session::modelMatrixFinished, this, [this](const QList<ModelRow> &rows) {
        matrixDialog()->setFinished(rows);
        if (m_lastReport) // Copy report carries the matrix with the run it followed
            m_lastReport->models = rows;
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
    });
    connect(m_session, &Session::historySetAside, this, [this](const QString &path) {
        statusBar()->showMessage(tr("The Recent runs file could not be read; it is kept as %1 and "
                                    "a new one was started.")
                                     .arg(path),
                                 15000);
    });
    connect(m_session, &Session::historyNotWritten, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("This run could not be added to Recent runs: %1 cannot be written.").arg(path),
            10000);
    });

    connect(m_run, &QPushButton::clicked, this, &MainWindow::runConnectivityTest);
    connect(m_watchSwitch, &QCheckBox::toggled, this, &MainWindow::setWatching);
    connect(m_watcher, &Watcher::runFinished, this,
            [this](const RunReport &report, int, const QList<StateChange> &changes) {
                onWatchRunFinished(report, changes);
            });
    connect(m_watcher, &Watcher::retryDelayEnded, this, [this] {
        if (isWatching())
            notify(tr("The rate limit has passed"),
                   tr("The wait the API asked for is over: run again (watching does it now)."),
                   CheckState::Pass);
    });
    connect(m_watcher, &Watcher::watchingChanged, this, [this](bool watching) {
        const QSignalBlocker quiet(m_watchSwitch);
        m_watchSwitch->setChecked(watching);
        watchTray()->setPaused(!watching);
        updateTrayVisibility();
        updateWatchStatus();
    });
    connect(m_watcher, &Watcher::runStarted, this, [this] { updateWatchStatus(); });
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelRun);
    connect(m_keyButton, &QPushButton::clicked, this, &MainWindow::openKeyDialog);
    connect(m_stopRehearsal, &QPushButton::clicked, this, &MainWindow::stopRehearsal);
    connect(m_scenarioCombo, &QComboBox::activated, this,
            [this] { startRehearsal(m_scenarioCombo->currentData().toString()); });
    connect(m_endpoint, &QLineEdit::textChanged, this, &MainWindow::updateEndpointWarning);
    connect(m_checks, &CheckList::problemSelected, this, [this](const CheckResult &result) {
        m_shownCheck = result.id;
        remediation()->showDiagnosis(*result.diagnosis, CheckList::displayName(result.id));
    });
    connect(m_checks, &CheckList::healthySelected, this, [this](const CheckResult &result) {
        remediation()->showMessage(CheckList::displayName(result.id), result.detail.isEmpty()
                                                                          ? stateText(result.state)
                                                                          : result.detail);
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *copy = file->addAction(tr("&Copy report"), this, &MainWindow::copyReport);
    copy->setObjectName(u"copyReportAction"_s);
    copy->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    QAction *save = file->addAction(tr("&Save report…"), this, &MainWindow::saveReport);
    save->setObjectName(u"saveReportAction"_s);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *test = menuBar()->addMenu(tr("&Test"));
    QAction *run =
        test->addAction(tr("&Run connectivity test"), this, &MainWindow::runConnectivityTest);
    run->setObjectName(u"runAction"_s);
    run->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *cancel = test->addAction(tr("&Cancel"), this, &MainWindow::cancelRun);
    cancel->setObjectName(u"cancelAction"_s);
    cancel->setShortcut(QKeySequence::Cancel);
    test->addSeparator();
    QAction *everyModel =
        test->addAction(tr("Test every &model…"), this, &MainWindow::testEveryModel);
    everyModel->setObjectName(u"testEveryModelAction"_s);
    everyModel->setToolTip(tr("One short request to each model your key lists"));
    QAction *rehearse = test->addAction(tr("Re&hearse a failure…"), this, &MainWindow::openWelcome);
    rehearse->setObjectName(u"rehearseAction"_s);
    QAction *explain =
        test->addAction(tr("E&xplain an error"), this, [this] { m_tabs->setCurrentIndex(1); });
    explain->setShortcut(QKeySequence(u"Ctrl+E"_s));
    QAction *inspect = test->addAction(tr("I&nspect a request"), this, &MainWindow::openInspect);
    inspect->setObjectName(u"inspectAction"_s);
    inspect->setShortcut(QKeySequence(u"Ctrl+I"_s));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *key = settings->addAction(tr("API &key…"), this, &MainWindow::openKeyDialog);
    key->setObjectName(u"setKeyAction"_s);
    key->setShortcut(QKeySequence(u"Ctrl+K"_s));
    settings->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                        &MainWindow::openSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Get an API key in AI Studio"), this, [] {
        QDesktopServices::openUrl(RemediationCatalog::builtIn().link(u"api_keys"_s).url);
    });
    help->addAction(tr("Gemini API status"), this, [] {
        QDesktopServices::openUrl(RemediationCatalog::builtIn().link(u"status"_s).url);
    });
    help->addAction(tr("&About Gemini Doctor"), this, [this] {
        QMessageBox::about(
            this, tr("About Gemini Doctor"),
            tr("<h3>Gemini Doctor %1</h3><p>Tells you in seconds why your Gemini "
               "API calls fail and how to fix it.</p><p>Model data of %2: %n models, their "
               "retirements and successors.</p><p>Qt %3</p>",
               nullptr, int(ModelKnowledge::builtIn().models().size()))
                .arg(QApplication::applicationVersion(),
                     ModelKnowledge::builtIn().asOf().toString(Qt::ISODate),
                     QString::fromLatin1(qVersion())));
    });
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
    updateKeyStatus();
    Q_EMIT keyLoaded();
    if (std::exchange(m_offerWelcome, false) && !found && !m_settings.welcomeDone)
        openWelcome();
}

void MainWindow::updateKeyStatus()
{
    if (isRehearsal()) {
        m_keyStatus->setFullText(
            tr("Rehearsal: the built-in simulator plays the Gemini API, offline."));
        return;
    }
    QString text;
    const QString hint = m_session->keyHint();
    switch (m_session->keySource().kind()) {
    case KeySource::Kind::Keychain:
        text = tr("Key: stored in the system keychain (%1)").arg(hint);
        break;
    case KeySource::Kind::ThisSession:
        text = tr("Key: for this session only, not stored (%1)").arg(hint);
        break;
    case KeySource::Kind::Environment:
        text = tr("Key: from the environment variable %1 (%2)")
                   .arg(m_session->keySource().variable(), hint);
        break;
    case KeySource::Kind::None:
    case KeySource::Kind::Stdin: // not a desktop source
    case KeySource::Kind::Rehearsal:
        text = tr("No API key yet: set one with Key…, or rehearse a failure from the Test menu.");
        break;
    }
    if (!m_session->keychainProblem().isEmpty())
        text +=
            u"\n"_s + tr("The keychain could not be read: %1").arg(m_session->keychainProblem());
    m_keyStatus->setFullText(text);
}

void MainWindow::updateEndpointWarning()
{
    QStringList removed;
    const QUrl endpoint = withoutSecrets(QUrl(m_endpoint->text().trimmed()), &removed);
    QStringList warnings;
    if (removed.contains(u"user_info"_s))
        warnings.append(tr("The user name and password in the endpoint are left out: it is used, "
                           "shown and saved without them."));
    if (removed.contains(u"query"_s))
        warnings.append(tr("The query in the endpoint (such as ?key=) is left out: the key travels "
                           "in a header, never in a URL."));
    if (const auto refusal = refusalReason(endpoint))
        warnings.append(*refusal);
    m_endpointWarning->setText(warnings.join(u'\n'));
    m_endpointWarning->setVisible(!warnings.isEmpty());
}

void MainWindow::openWelcome()
{
    auto *welcome = new WelcomeDialog(this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
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
    auto *dialog = new KeyDialog(m_session->services().keychain,
                                 m_session->keySource().kind() == KeySource::Kind::Keychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyDialog::keyStored, this, [this](const QString &key) {
        m_session->useKey(key, KeySource::Kind::Keychain);
        statusBar()->showMessage(tr("The key is stored in the system keychain."), 5000);
    });
    connect(dialog, &KeyDialog::keyForSession, this,
            [this](const QString &key) { m_session->useKey(key, KeySource::Kind::ThisSession); });
    connect(dialog, &KeyDialog::keyRemoved, this, [this] {
        m_session->forgetKey();
        loadKey(false);
    });
    dialog->open();
}

WatchTray *MainWindow::watchTray()
{
    if (!m_tray) {
        m_tray = new WatchTray(this);
        m_trayNotifier = std::make_unique<TrayNotifier>(m_tray->icon());
        if (trayAvailable() && !m_notifier)
            m_notifier = m_trayNotifier.get();
        connect(m_tray, &WatchTray::runNowRequested, m_watcher, &Watcher::runNow);
        connect(m_tray, &WatchTray::pauseToggled, this,
                [this](bool paused) { setWatching(!paused); });
        connect(m_tray, &WatchTray::openRequested, this, &MainWindow::openFromTray);
        connect(m_tray, &WatchTray::quitRequested, this, &MainWindow::quitFromTray);
    }
    return m_tray;
}

bool MainWindow::trayAvailable()
{
    // Asking costs a D-Bus round trip on a desktop (is there a status notifier host?).
    if (!m_trayAvailable)
        m_trayAvailable = WatchTray::systemTrayAvailable();
    return *m_trayAvailable;
}

void MainWindow::completeAfterFirstPaint()
{
    watchTray();
    if (m_scenarioCombo->count() == 0) {
        // The longest description would otherwise make the window wider than a 1280-pixel
        // screen. Set here, not when the hidden combo is built: the policy makes Qt build the
        // combo's popup at once.
        m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_scenarioCombo->setMinimumContentsLength(40);
        fillScenarios(m_scenarioCombo);
    }
    // The model data's own choices, after Automatic (reading the data waits for the first frame).
    if (m_model->count() == 1) {
        for (const QString &model : ModelKnowledge::builtIn().testPreference())
            addModel(model);
    }
}

void MainWindow::startRehearsal(const QString &scenario)
{
    completeAfterFirstPaint();
    if (!m_session->startRehearsal(scenario)) {
        statusBar()->showMessage(
            tr("The simulator could not start (no free port on 127.0.0.1?): no rehearsal."));
        return;
    }
    const QUrl simulated = m_session->simulator()->baseUrl();
    m_endpoint->setText(simulated.toString());
    m_endpoint->setReadOnly(true);
    m_scenarioCombo->setCurrentIndex(m_scenarioCombo->findData(scenario));
    m_scenarioCombo->setVisible(true);
    m_stopRehearsal->setVisible(true);
    m_keyButton->setVisible(false);
    updateKeyStatus();
    clearModelResults(); // the session forgot them: another scenario's
    m_checks->reset(Session::checkIdsFor(simulated));
    remediation()->clear();
    m_summary->setText(tr("Rehearsal of %1: press Run connectivity test.").arg(scenario));
}

void MainWindow::stopRehearsal()
{
    m_session->stopRehearsal();
    m_endpoint->setReadOnly(false);
    m_endpoint->setText(m_settings.endpoint);
    m_scenarioCombo->setVisible(false);
    m_stopRehearsal->setVisible(false);
    m_keyButton->setVisible(true);
    updateKeyStatus();
    clearModelResults();
    m_checks->reset(Session::checkIdsFor(QUrl(m_settings.endpoint)));
}

void MainWindow::openInspect()
{
    m_tabs->setCurrentWidget(m_inspectPage); // builds the panel
    if (auto *input = m_inspect->findChild<QWidget *>(u"inspectInput"_s))
        input->setFocus(Qt::ShortcutFocusReason);
}

RemediationPanel *MainWindow::remediation()
{
    if (!m_remediation) {
        m_remediation = new RemediationPanel;
        m_splitter->replaceWidget(1, m_remediation);
        m_remediationPlaceholder->deleteLater();
        m_remediationPlaceholder = nullptr;
        connect(m_remediation, &RemediationPanel::runAgainRequested, this,
                &MainWindow::runConnectivityTest);
        connect(m_remediation, &RemediationPanel::inspectRequested, this, &MainWindow::openInspect);
        connect(m_remediation, &RemediationPanel::useModelRequested, this,
                [this](const QString &model) {
                    // The live check's suggestion is a Live model: it goes to the Live model
                    // setting, not to the model picker of the other checks.
                    if (m_shownCheck == u"live"_s) {
                        m_settings.liveModel = model;
                        m_settings.save();
                    } else {
                        m_model->setCurrentText(model);
                    }
                    runConnectivityTest();
                });
    }
    return m_remediation;
}

QString MainWindow::selectedModel() const
{
    const int index = m_model->currentIndex();
    if (index == 0 && m_model->currentText() == m_model->itemText(0))
        return {};
    // A listed entry's label may carry the matrix's result ("gemini-x — works"): its name is
    // its data. Anything else was typed.
    if (index > 0 && m_model->currentText() == m_model->itemText(index) &&
        m_model->itemData(index).isValid())
        return m_model->itemData(index).toString();
    return m_model->currentText().trimmed().remove(QRegularExpression(u"^models/"_s));
}

int MainWindow::modelIndex(const QString &model) const
{
    for (int i = 1; i < m_model->count(); ++i) {
        if (m_model->itemData(i).toString() == model ||
            (!m_model->itemData(i).isValid() && m_model->itemText(i) == model))
            return i;
    }
    return -1;
}

void MainWindow::addModel(const QString &model)
{
    if (modelIndex(model) < 0)
        m_model->addItem(model, model);
}

void MainWindow::showModelResult(const ModelRow &row)
{
    if (row.state == CheckState::Skipped)
        return; // cancelled: nothing learned about the model
    addModel(row.name);
    const int index = modelIndex(row.name);
    const bool chosen =
        m_model->currentIndex() == index && m_model->currentText() == m_model->itemText(index);
    m_model->setItemText(index, tr("%1 — %2").arg(row.name, modelRowText(row)));
    m_model->setItemData(index, row.name);
    m_model->setItemIcon(index, stateIcon(row.state, palette()));
    m_model->setItemData(index,
                         row.successor.isEmpty()
                             ? (row.diagnosis ? row.diagnosis->title : QString())
                             : tr("Retired: use %1 instead.").arg(row.successor),
                         Qt::ToolTipRole);
    if (chosen) // the edit line shows the label of the entry it shows
        m_model->setEditText(m_model->itemText(index));
    // The list opens wide enough for "name — result": a model's name is never elided.
    QAbstractItemView *list = m_model->view();
    list->setMinimumWidth(list->sizeHintForColumn(0) +
                          list->verticalScrollBar()->sizeHint().width() + 2 * list->frameWidth());
}

void MainWindow::clearModelResults()
{
    for (int i = 1; i < m_model->count(); ++i) {
        if (!m_model->itemData(i).isValid())
            continue;
        m_model->setItemText(i, m_model->itemData(i).toString());
        m_model->setItemIcon(i, {});
        m_model->setItemData(i, {}, Qt::ToolTipRole);
    }
}

Session::RunOptions MainWindow::runOptions() const
{
    Session::RunOptions options;
    options.baseUrl = withoutSecrets(QUrl(m_endpoint->text().trimmed()));
    options.apiVersion = m_apiVersion->currentText();
    options.model = selectedModel();
    options.liveModel = m_settings.liveModel;
    options.timeoutMs = isRehearsal() ? m_rehearsalTimeoutMs : m_settings.timeoutSeconds * 1000;
    options.retries = m_settings.retries;
    return options;
}

ModelMatrixDialog *MainWindow::matrixDialog()
{
    if (!m_matrixDialog) {
        m_matrixDialog = new ModelMatrixDialog(this);
        connect(m_matrixDialog, &ModelMatrixDialog::cancelRequested, m_session, &Session::cancel);
        connect(m_matrixDialog, &ModelMatrixDialog::useModelRequested, this,
                [this](const QString &model) {
                    m_matrixDialog->accept();
                    m_model->setCurrentIndex(modelIndex(model));
                    runConnectivityTest();
                });
    }
    return m_matrixDialog;
}

void MainWindow::testEveryModel()
{
    if (m_session->isTestingModels()) { // closed while it runs: show it again
        matrixDialog()->show();
        matrixDialog()->raise();
        return;
    }
    if (isRunning())
        return;
    if (!m_session->hasKey()) {
        openKeyDialog();
        return;
    }
    if (m_session->visibleModels().isEmpty()) {
        // The list comes from the key check's GET models: run the test, then ask.
        m_matrixAfterRun = true;
        runConnectivityTest();
        return;
    }
    confirmModelMatrix();
}

void MainWindow::confirmModelMatrix()
{
    const int count = int(m_session->visibleModels().size());
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Test every model"),
        tr("This sends one request to each of the %n models your key lists.", nullptr, count),
        QMessageBox::Cancel, this);
    box->setObjectName(u"modelMatrixConfirm"_s);
    box->setInformativeText(
        tr("Each is a short prompt that counts against that model's quota like any other "
           "request; three go at a time, and none is retried. Models that are not in your tier, "
           "rate limited or retired show as such."));
    QPushButton *go =
        box->addButton(tr("&Test %n models", nullptr, count), QMessageBox::AcceptRole);
    go->setObjectName(u"modelMatrixConfirmButton"_s);
    box->setDefaultButton(go);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, go](QAbstractButton *button) {
        if (button == go)
            startModelMatrix();
    });
    box->open();
}

void MainWindow::startModelMatrix()
{
    const QStringList models = m_session->testEveryModel(runOptions());
    if (models.isEmpty())
        return;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    ModelMatrixDialog *dialog = matrixDialog();
    dialog->reset(models);
    dialog->show();
    dialog->raise();
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
    const Session::RunOptions options = runOptions();
    if (!isRehearsal())
        rememberSettings();
    remediation()->clear();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_summary->setText(tr("Running…"));
    m_tabs->setCurrentIndex(0);
    m_checks->reset(m_session->run(options));
}

void MainWindow::cancelRun()
{
    m_session->cancel();
}

void MainWindow::onRunFinished(const RunReport &report)
{
    m_lastReport = report;
    // One failure leads; the rows that failed for the same cause say so.
    for (const CheckResult &check : report.checks) {
        if (!check.sameAs.isEmpty())
            m_checks->setResult(check);
    }
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    for (const QString &model : m_session->visibleModels())
        addModel(model);
    if (!isRehearsal())
        showRecentRuns();
    const CheckResult *problem = report.firstProblem();
    statusBar()->showMessage(
        tr("Tested %1: %2.").arg(report.model, modelReasonText(report.modelReason)));
    if (!problem) {
        m_summary->setText(tr("All checks passed in %1 ms.").arg(report.totalMs));
        remediation()->showMessage(tr("Everything works"),
                                   tr("Every check passed in %1 ms: the key, the model and "
                                      "streaming all work from this computer.")
                                       .arg(report.totalMs));
    } else {
        m_summary->setText(
            tr("%1: %2 (%3 ms)")
                .arg(CheckList::displayName(problem->id),
                     problem->diagnosis ? problem->diagnosis->title : stateText(problem->state))
                .arg(report.totalMs));
        m_checks->selectFirstProblem();
        m_checks->setFocus();
    }
    Q_EMIT runFinished(report);
    if (std::exchange(m_matrixAfterRun, false) && !m_session->visibleModels().isEmpty())
        confirmModelMatrix();
}

QString MainWindow::currentReportMarkdown() const
{
    if (m_tabs->currentIndex() == 1 && m_explain && m_explain->lastDiagnosis())
        return markdownReport(*m_explain->lastDiagnosis());
    if (m_lastReport)
        return markdownReport(*m_lastReport);
    return {};
}

void MainWindow::copyReport()
{
    const QString report = currentReportMarkdown();
    if (report.isEmpty()) {
        statusBar()->showMessage(tr("Run the test or explain an error first."), 5000);
        return;
    }
    QApplication::clipboard()->setText(report);
    statusBar()->showMessage(tr("A redacted report is on the clipboard: the key shows only as its "
                                "last four characters."),
                             6000);
}

void MainWindow::saveReport()
{
    const QString report = currentReportMarkdown();
    if (report.isEmpty()) {
        statusBar()->showMessage(tr("Run the test or explain an error first."), 5000);
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
    m_watcher->setInterval(std::chrono::minutes(m_settings.watchIntervalMinutes));
    updateWatchSwitchToolTip();
}

void MainWindow::rememberSettings()
{
    m_settings.endpoint = withoutSecrets(QUrl(m_endpoint->text().trimmed())).toString();
    m_settings.apiVersion = m_apiVersion->currentText();
    m_settings.model = selectedModel();
    m_settings.save();
}

void MainWindow::showRecentRuns()
{
    if (!m_history) {
        m_history = new HistoryView;
        m_chart = new HistoryChart;
        m_recentRuns->addWidget(m_chart);
        m_recentRuns->addWidget(m_history);
        m_recentRuns->setSizes({260, 340});
    }
    const QList<RunReport> runs = m_session->services().history.load();
    m_history->showRuns(runs);
    m_chart->showRuns(runs);
}

void MainWindow::updateWatchSwitchToolTip()
{
    m_watchSwitch->setToolTip(tr("Run the test every %1 minutes and tell me when a check breaks "
                                 "or works again (Settings → Preferences changes how often)")
                                  .arg(m_settings.watchIntervalMinutes));
}

void MainWindow::setWatching(bool watching)
{
    if (watching == isWatching()) {
        const QSignalBlocker quiet(m_watchSwitch);
        m_watchSwitch->setChecked(watching);
        return;
    }
    if (watching && !m_session->hasKey()) {
        const QSignalBlocker quiet(m_watchSwitch);
        m_watchSwitch->setChecked(false);
        openKeyDialog();
        return;
    }
    if (watching)
        m_watcher->start();
    else
        m_watcher->stop();
}

bool MainWindow::isWatching() const
{
    return m_watcher->isWatching();
}

void MainWindow::setWatchInterval(std::chrono::milliseconds interval)
{
    m_watcher->setInterval(interval);
}

void MainWindow::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    watchTray();
    if (!m_notifier && available)
        m_notifier = m_trayNotifier.get();
    updateTrayVisibility();
    updateWatchStatus();
}

void MainWindow::onWatchRunFinished(const RunReport &report, const QList<StateChange> &changes)
{
    const CheckResult *problem = report.firstProblem();
    const CheckState state = problem ? problem->state : CheckState::Pass;
    watchTray()->setState(state, problem ? tr("Gemini Doctor: %1 (%2)")
                                               .arg(CheckList::displayName(problem->id),
                                                    problem->diagnosis ? problem->diagnosis->title
                                                                       : stateText(problem->state))
                                         : tr("Gemini Doctor: all checks passed"));
    updateWatchStatus();
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

void MainWindow::notify(const QString &title, const QString &message, CheckState state)
{
    watchTray(); // its notifier, where the desktop has a tray
    if (m_notifier)
        m_notifier->notify(title, message, state);
    else // no tray, so no desktop notification: the window says it (and asks for attention)
        statusBar()->showMessage(title + u" — "_s + message, 15000);
    QApplication::alert(this);
}

void MainWindow::updateWatchStatus()
{
    if (!isWatching()) {
        m_watchStatus->setVisible(false);
        return;
    }
    QString text;
    if (m_watcher->isRunning())
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
    m_watchStatus->setText(text);
    m_watchStatus->setVisible(true);
}

void MainWindow::updateTrayVisibility()
{
    watchTray()->setVisible(trayAvailable() && (isWatching() || isHidden()));
}

void MainWindow::askAboutTray()
{
    auto *question = new QMessageBox(QMessageBox::Question, tr("Keep watching?"),
                                     tr("Keep watching in the tray?"), QMessageBox::NoButton, this);
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
        close(); // asked once: the answer decides now and from now on
    });
    question->open();
}

void MainWindow::openFromTray()
{
    QApplication::setQuitOnLastWindowClosed(true);
    show();
    raise();
    activateWindow();
    updateTrayVisibility();
}

void MainWindow::quitFromTray()
{
    m_quitting = true;
    m_watcher->stop();
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isRehearsal())
        rememberSettings();
    if (isWatching() && !m_quitting && trayAvailable()) {
        if (m_settings.closeWhileWatching == u"ask"_s) {
            event->ignore();
            askAboutTray();
            return;
        }
        if (m_settings.closeWhileWatching == u"tray"_s) {
            event->ignore();
            // Hidden is not closed: the tray's Quit ends the app from here.
            QApplication::setQuitOnLastWindowClosed(false);
            hide();
            updateTrayVisibility();
            return;
        }
    }
    // Without a tray there is nowhere to keep watching: closing the window ends it.
    m_watcher->stop();
    QMainWindow::closeEvent(event);
}

} // namespace gd::ui
