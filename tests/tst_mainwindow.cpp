#include "diagnosis/modelknowledge.h"
#include "elidedlabel.h"
#include "guitest.h"
#include "historychart.h"
#include "mainwindow.h"
#include "report/runhistory.h"
#include "secrets/memorysecretstore.h"
#include "simulator/simulator.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using gd::test::child;

namespace {

// With no model chosen, rehearsals test the model data's first choice, and suggest its second.
QString testedModel()
{
    return gd::ModelKnowledge::builtIn().testPreference().value(0);
}

QString nextModel()
{
    return gd::ModelKnowledge::builtIn().testPreference().value(1);
}

// The Test every model confirmation, once it is open (it is window-modal, not blocking).
QMessageBox *matrixConfirmation(QWidget *window)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (box = child<QMessageBox>(window, "modelMatrixConfirm")) != nullptr; }, 5000);
    return box;
}

QTreeWidgetItem *matrixRow(QTreeWidget *table, const QString &model)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(0) == model)
            return table->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

// Receives the URLs the app asks QDesktopServices to open.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void handle(const QUrl &url) { urls.append(url); }
};

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void window_opened_hasTitleRunButtonAndShortcuts();
    void runButton_localServer_showsPassOrFailWithStatus_data();
    void runButton_localServer_showsPassOrFailWithStatus();
    void rehearsal_failure_panelShowsTitleStepsAndLinks_data();
    void rehearsal_failure_panelShowsTitleStepsAndLinks();
    void rehearsal_rateLimited_countsDownAndRunsAgainWhenReady();
    void rehearsal_overloaded_suggestsAVisibleModelAndSwitches();
    void explain_retiredModel_namesItsSuccessor();
    void window_longKeychainProblem_neverWidensTheWindow();
    void rehearsal_oneCause_leadsWithOneFailureAndMarksTheOthers();
    void rehearsal_rateLimited_countdownBelongsToTheRunNotThePanel();
    void rehearsal_retiredLiveModel_suggestionGoesToTheLiveModelSetting();
    void panel_linkClick_reachesTheUrlHandler();
    void panel_linkNotOnAllowList_isNotClickable();
    void panel_disclosure_showsTheRawBody();
    void keyboard_ctrlR_startsARun();
    void cancel_duringRun_stopsTheRun();
    void run_normalMode_recordsHistoryWithoutTheKey();
    void endpointWithSecrets_saysSoAndNeverSavesSendsOrRecordsThem();
    void copyReport_afterRun_putsRedactedMarkdownOnClipboard();
    void explain_pastedError_showsTheSamePanel();
    void testEveryModel_afterRun_asksWithTheCostThenFillsTableAndPicker();
    void testEveryModel_noListYet_runsTheTestFirstThenAsks();
    void testEveryModel_cancel_stopsAndLeavesUntestedModelsPlain();
    void mnemonics_everyWindow_eachAltLetterOnce();
    void run_nothingReachable_summaryNamesNoTestedModel();
    void fit_failingRun_1024And800WideWithoutHorizontalScrollbar();
    void keyboard_focusOnRun_isVisible();
    void keyboard_tab_followsTheLayout();
    void rehearseMenu_welcome_defaultsToRehearsing();
    void explain_rateLimitedWaitOver_runAgainRunsTheTest();
    void rehearsal_recentRuns_chartSaysRehearsalsAreNotKept();

private:
    std::unique_ptr<gd::ui::MainWindow> makeWindow(const QString &key = u"FAKE-gui-key-1234"_s);

    QNetworkAccessManager m_network;
    gd::MemorySecretStore m_store;
    QTemporaryDir m_dir;
    UrlCatcher m_urls;
};

void TestMainWindow::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDesktopServices::setUrlHandler(u"https"_s, &m_urls, "handle");
}

void TestMainWindow::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(u"welcomeDone"_s, true);
    m_urls.urls.clear();
}

void TestMainWindow::cleanup()
{
    bool removed = false;
    m_store.remove(u"api-key"_s, [&removed](const gd::SecretResult &) { removed = true; });
    QVERIFY(QTest::qWaitFor([&removed] { return removed; }, 2000));
}

std::unique_ptr<gd::ui::MainWindow> TestMainWindow::makeWindow(const QString &key)
{
    return gd::test::openWindowWithKey(&m_network, &m_store, m_dir.filePath(u"history.json"_s),
                                       key);
}

void TestMainWindow::window_opened_hasTitleRunButtonAndShortcuts()
{
    auto window = makeWindow();
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), u"Gemini Doctor"_s);
    auto *run = child<QPushButton>(window.get(), "runButton");
    QVERIFY(run);
    QVERIFY(run->text().contains(u"Run connectivity test"_s));
    QCOMPARE(run->shortcut(), QKeySequence(u"Ctrl+R"_s));
    QCOMPARE(child<QAction>(window.get(), "runAction")->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(child<QLabel>(window.get(), "keyStatusLabel")->text().contains(u"…1234"_s));
    QVERIFY(
        !child<QLabel>(window.get(), "keyStatusLabel")->text().contains(u"FAKE-gui-key-1234"_s));
}

void TestMainWindow::runButton_localServer_showsPassOrFailWithStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("state");
    QTest::newRow("200") << 200 << u"pass"_s;
    QTest::newRow("403") << 403 << u"fail"_s;
}

void TestMainWindow::runButton_localServer_showsPassOrFailWithStatus()
{
    QFETCH(int, status);
    QFETCH(QString, state);
    QHttpServer server;
    QByteArray receivedKey;
    server.route(u"/v1beta/models"_s, [&](const QHttpServerRequest &request) {
        receivedKey = request.value("x-goog-api-key");
        return QHttpServerResponse(
            "application/json"_ba,
            status == 200
                ? R"({"models":[]})"_ba
                : R"({"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}})"_ba,
            QHttpServerResponse::StatusCode(status));
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    auto window = makeWindow(u"FAKE-test-key-0000"_s);
    QVERIFY(window);
    child<QLineEdit>(window.get(), "endpointEdit")->setText(u"http://127.0.0.1:%1"_s.arg(port));
    QVERIFY(gd::test::clickRunAndWait(*window));
    QCOMPARE(gd::test::rowState(*window, u"key"_s), state);
    auto *list = child<QTreeWidget>(window.get(), "checkList");
    QCOMPARE(list->topLevelItem(2)->text(4), QString::number(status));
    QCOMPARE(receivedKey, "FAKE-test-key-0000"_ba);
    // Issue 20: "Tested gemini-…" stood in the status bar for good, hiding the summary, even
    // when the run never got to a model.
    QVERIFY(window->statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::run_nothingReachable_summaryNamesNoTestedModel()
{
    // Issue 20: "Tested gemini-…" was said after a run that never reached any model.
    quint16 port = 0;
    {
        QTcpServer closed; // a loopback port with nobody listening
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    auto window = makeWindow(u"FAKE-test-key-0000"_s);
    QVERIFY(window);
    child<QLineEdit>(window.get(), "endpointEdit")->setText(u"http://127.0.0.1:%1"_s.arg(port));
    QVERIFY(gd::test::clickRunAndWait(*window));
    QCOMPARE(gd::test::rowState(*window, u"model"_s), u"skipped"_s);
    const QString summary = child<gd::ui::ElidedLabel>(window.get(), "runSummary")->fullText();
    QVERIFY2(!summary.contains(u"Tested"_s), qPrintable(summary));
    QVERIFY(window->statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::rehearsal_failure_panelShowsTitleStepsAndLinks_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("stepWords");
    QTest::addColumn<QString>("link");
    QTest::newRow("invalid key") << u"invalid_api_key"_s << u"key"_s << u"fail"_s
                                 << u"The API key is not valid"_s << u"copy the key again"_s
                                 << u"https://aistudio.google.com/api-keys"_s;
    QTest::newRow("rate limited") << u"rate_limited"_s << u"generate"_s << u"fail"_s
                                  << u"Rate limit reached"_s << u"Wait 7 s, then try again"_s
                                  << u"https://ai.google.dev/gemini-api/docs/rate-limits"_s;
    QTest::newRow("daily quota")
        << u"daily_quota_exhausted"_s << u"generate"_s << u"fail"_s << u"Daily quota used up"_s
        << u"allows 20 requests a day to "_s + testedModel()
        << u"https://aistudio.google.com/rate-limit?timeRange=last-28-days"_s;
    QTest::newRow("location") << u"location_unsupported"_s << u"count_tokens"_s << u"fail"_s
                              << u"The request came from an unsupported region"_s << u"VPN"_s
                              << u"https://ai.google.dev/gemini-api/docs/available-regions"_s;
    QTest::newRow("billing") << u"billing_required"_s << u"count_tokens"_s << u"fail"_s
                             << u"Billing is needed in your country"_s << u"set up billing"_s
                             << u"https://aistudio.google.com/projects"_s;
    QTest::newRow("overloaded") << u"overloaded"_s << u"generate"_s << u"fail"_s
                                << u"The model is overloaded"_s << u"Switch to "_s + nextModel()
                                << u"https://aistudio.google.com/status"_s;
    QTest::newRow("timeout") << u"timeout"_s << u"generate"_s << u"fail"_s << u"No answer in time"_s
                             << u"larger timeout"_s
                             << u"https://ai.google.dev/gemini-api/docs/api-errors"_s;
    QTest::newRow("standard key") << u"standard_key_rejected"_s << u"key"_s << u"fail"_s
                                  << u"Google no longer accepts this kind of key"_s
                                  << u"they start with AQ."_s
                                  << u"https://aistudio.google.com/api-keys"_s;
    QTest::newRow("spend cap") << u"spend_cap_reached"_s << u"generate"_s << u"fail"_s
                               << u"The spend cap is reached"_s << u"spend page in AI Studio"_s
                               << u"https://aistudio.google.com/spend"_s;
    QTest::newRow("thought signature")
        << u"thought_signature_missing"_s << u"generate"_s << u"fail"_s
        << u"A thought signature is missing"_s << u"default_api:get_weather"_s
        << u"https://ai.google.dev/gemini-api/docs/thought-signatures"_s;
    QTest::newRow("tool call") << u"malformed_function_call"_s << u"generate"_s << u"warning"_s
                               << u"The model's tool call could not be read"_s
                               << u"Simplify the tool declarations"_s
                               << u"https://ai.google.dev/gemini-api/docs/function-calling"_s;
    QTest::newRow("prompt blocked")
        << u"prompt_blocked"_s << u"generate"_s << u"warning"_s << u"The prompt was blocked"_s
        << u"safety settings"_s << u"https://ai.google.dev/gemini-api/docs/safety-settings"_s;
}

void TestMainWindow::rehearsal_failure_panelShowsTitleStepsAndLinks()
{
    QFETCH(QString, scenario);
    QFETCH(QString, check);
    QFETCH(QString, state);
    QFETCH(QString, title);
    QFETCH(QString, stepWords);
    QFETCH(QString, link);
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(scenario);
    QVERIFY(window->isRehearsal());
    QVERIFY(gd::test::clickRunAndWait(*window));
    QCOMPARE(gd::test::rowState(*window, check), state);
    QVERIFY(gd::test::clickCheckRow(*window, check));
    auto *panel = child<QWidget>(window.get(), "remediationPanel");
    QCOMPARE(child<QLabel>(panel, "remediationTitle")->text(), title);
    const QStringList steps = gd::test::panelSteps(panel);
    QVERIFY(!steps.isEmpty());
    QVERIFY2(steps.join(u'\n').contains(stepWords), qPrintable(steps.join(u'\n')));
    QVERIFY2(gd::test::panelLinks(panel).contains(QUrl(link)), qPrintable(link));
}

void TestMainWindow::rehearsal_rateLimited_countsDownAndRunsAgainWhenReady()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"rate_limited"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(gd::test::clickCheckRow(*window, u"generate"_s));
    auto *panel = child<QWidget>(window.get(), "remediationPanel");
    auto *countdown = child<QLabel>(panel, "retryCountdown");
    QVERIFY(countdown->isVisible());
    QVERIFY2(countdown->text().contains(u"7 s"_s), qPrintable(countdown->text()));
    // The countdown goes down. It reads a deadline, so on a busy machine it may skip a second:
    // any figure below 7 proves it moves.
    QTRY_VERIFY_WITH_TIMEOUT(!countdown->text().contains(u"7 s"_s), 4000);
    QVERIFY2(countdown->text().contains(QRegularExpression(u"\\b[1-6] s\\b"_s)) ||
                 countdown->text().contains(u"try again now"_s),
             qPrintable(countdown->text()));
    auto *whenReady = child<QPushButton>(panel, "runWhenReadyButton");
    QVERIFY(whenReady->isVisible());
    QSignalSpy finished(window.get(), &gd::ui::MainWindow::runFinished);
    whenReady->click();
    QVERIFY(whenReady->isChecked());
    // When the wait is over the test runs again by itself: a second run finishes.
    QVERIFY(finished.wait(9000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!whenReady->isChecked());
}

void TestMainWindow::rehearsal_overloaded_suggestsAVisibleModelAndSwitches()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"overloaded"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(gd::test::clickCheckRow(*window, u"generate"_s));
    auto *useModel = child<QPushButton>(child<QWidget>(window.get(), "remediationPanel"),
                                        "useSuggestedModelButton");
    QVERIFY(useModel->isVisible());
    QCOMPARE(useModel->text(), u"Use "_s + nextModel());
    QSignalSpy finished(window.get(), &gd::ui::MainWindow::runFinished);
    useModel->click();
    QVERIFY(finished.wait(5000));
    QCOMPARE(child<QComboBox>(window.get(), "modelCombo")->currentText(), nextModel());
    QCOMPARE(finished.constLast().at(0).value<gd::RunReport>().model, nextModel());
}

void TestMainWindow::rehearsal_retiredLiveModel_suggestionGoesToTheLiveModelSetting()
{
    QSettings().setValue(u"liveModel"_s, u"gemini-2.0-flash-live-001"_s); // shut down 2025-12-09
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"ok"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(gd::test::clickCheckRow(*window, u"live"_s));
    auto *list = child<QTreeWidget>(window.get(), "checkList");
    QCOMPARE(list->currentItem()->text(0), u"Live API"_s);
    auto *useModel = child<QPushButton>(child<QWidget>(window.get(), "remediationPanel"),
                                        "useSuggestedModelButton");
    const QString live = gd::ModelKnowledge::builtIn().livePreference().value(0);
    QCOMPARE(useModel->text(), u"Use "_s + live);
    const QString modelBefore = child<QComboBox>(window.get(), "modelCombo")->currentText();
    QSignalSpy finished(window.get(), &gd::ui::MainWindow::runFinished);
    useModel->click();
    QVERIFY(finished.wait(5000));
    const gd::RunReport report = finished.constLast().at(0).value<gd::RunReport>();
    QVERIFY(report.ok());
    QCOMPARE(report.liveModel, live);
    QCOMPARE(QSettings().value(u"liveModel"_s).toString(), live);
    // The other checks' model is left as it was.
    QCOMPARE(child<QComboBox>(window.get(), "modelCombo")->currentText(), modelBefore);
}

void TestMainWindow::panel_linkClick_reachesTheUrlHandler()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"api_not_enabled"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(gd::test::clickCheckRow(*window, u"key"_s));
    auto *panel = child<QWidget>(window.get(), "remediationPanel");
    auto *first = child<QPushButton>(panel, "link_0");
    QVERIFY(first);
    QCOMPARE(first->text(), u"Enable the Generative Language API"_s);
    QTest::mouseClick(first, Qt::LeftButton);
    QCOMPARE(
        m_urls.urls,
        QList<QUrl>{QUrl(u"https://console.developers.google.com/apis/api/"
                         "generativelanguage.googleapis.com/overview?project=000000000000"_s)});
}

void TestMainWindow::panel_linkNotOnAllowList_isNotClickable()
{
    // The server_error body links developers.generativeai.google, which is not on the list.
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"server_error"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(gd::test::clickCheckRow(*window, u"generate"_s));
    auto *panel = child<QWidget>(window.get(), "remediationPanel");
    const QList<QUrl> links = gd::test::panelLinks(panel);
    QVERIFY(!links.isEmpty());
    for (const QUrl &url : links)
        QVERIFY(url.host() != u"developers.generativeai.google"_s);
    auto *unlinked = child<QLabel>(panel, "unlinkedLinks");
    QVERIFY(unlinked->isVisible());
    QCOMPARE(unlinked->textFormat(), Qt::PlainText);
    QVERIFY(QString(unlinked->text())
                .remove(QChar(0x200B))
                .contains(u"https://developers.generativeai.google/guide/troubleshooting"_s));
    QVERIFY(!(unlinked->textInteractionFlags() & Qt::LinksAccessibleByMouse));
}

void TestMainWindow::panel_disclosure_showsTheRawBody()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"invalid_api_key"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(gd::test::clickCheckRow(*window, u"key"_s));
    auto *panel = child<QWidget>(window.get(), "remediationPanel");
    auto *before = child<QPlainTextEdit>(panel, "rawBody");
    QVERIFY(!before || !before->isVisible());
    QTest::mouseClick(child<QWidget>(panel, "detailsToggle"), Qt::LeftButton);
    auto *raw = child<QPlainTextEdit>(panel, "rawBody");
    QVERIFY(raw);
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(u"API_KEY_INVALID"_s));
    QVERIFY(child<QLabel>(panel, "apiMessage")->text().contains(u"API key not valid"_s));
}

void TestMainWindow::keyboard_ctrlR_startsARun()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"ok"_s);
    window->activateWindow();
    QSignalSpy finished(window.get(), &gd::ui::MainWindow::runFinished);
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.constFirst().constFirst().value<gd::RunReport>().ok());
    QCOMPARE(child<QLabel>(window.get(), "runSummary")->text().left(17), u"All checks passed"_s);
}

void TestMainWindow::cancel_duringRun_stopsTheRun()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->setRehearsalTimeoutMs(10000);
    window->startRehearsal(u"timeout"_s); // generation never answers
    QSignalSpy finished(window.get(), &gd::ui::MainWindow::runFinished);
    QTest::mouseClick(child<QPushButton>(window.get(), "runButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(gd::test::rowState(*window, u"generate"_s) == u"running"_s, 3000);
    auto *cancel = child<QPushButton>(window.get(), "cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1000);
    QCOMPARE(gd::test::rowState(*window, u"generate"_s), u"skipped"_s);
    QVERIFY(child<QPushButton>(window.get(), "runButton")->isEnabled());
    // Issue 20: a cancelled run was summed up as "Everything works — every check passed".
    const QString summary = child<gd::ui::ElidedLabel>(window.get(), "runSummary")->fullText();
    QVERIFY2(summary.startsWith(u"Cancelled"_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u"passed"_s), qPrintable(summary));
    const QString title = child<QLabel>(window.get(), "remediationTitle")->text();
    QCOMPARE(title, u"Cancelled"_s);
}

void TestMainWindow::run_normalMode_recordsHistoryWithoutTheKey()
{
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    auto window = makeWindow(u"FAKE-history-key-5555"_s);
    QVERIFY(window);
    child<QLineEdit>(window.get(), "endpointEdit")->setText(simulator.baseUrl().toString());
    QVERIFY(gd::test::clickRunAndWait(*window));
    QFile history(m_dir.filePath(u"history.json"_s));
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QByteArray stored = history.readAll();
    QVERIFY(stored.contains("…5555"));
    QVERIFY(!stored.contains("FAKE-history-key-5555"));
    // The page reads the file when it is shown (built then, not after every run).
    child<QTabWidget>(window.get(), "mainTabs")
        ->setCurrentWidget(child<QWidget>(window.get(), "recentRunsPage"));
    auto *list = child<QTreeWidget>(window.get(), "historyList");
    QVERIFY(list->topLevelItemCount() >= 1);
    QCOMPARE(list->topLevelItem(0)->text(1), u"all checks passed"_s);
}

void TestMainWindow::endpointWithSecrets_saysSoAndNeverSavesSendsOrRecordsThem()
{
    // Issue 19: an endpoint typed with ?key= (or user:password@) was saved as typed, sent and
    // written to the history file.
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    auto window = makeWindow(u"FAKE-endpoint-key-3333"_s);
    QVERIFY(window);
    QUrl typed = simulator.baseUrl();
    typed.setUserInfo(u"me:FAKE-endpoint-password"_s);
    typed.setQuery(u"key=FAKE-endpoint-query-key"_s);
    child<QLineEdit>(window.get(), "endpointEdit")->setText(typed.toString());
    auto *warning = child<QLabel>(window.get(), "endpointWarning");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"user name and password"_s) &&
                 warning->text().contains(u"?key="_s),
             qPrintable(warning->text()));
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(!simulator.requests().isEmpty());
    for (const gd::SimulatedRequest &request : simulator.requests())
        QVERIFY2(!request.url.toString().contains(u"FAKE-endpoint"_s),
                 qPrintable(request.url.toString()));
    QFile history(m_dir.filePath(u"history.json"_s));
    QVERIFY(history.open(QIODevice::ReadOnly));
    QVERIFY(!history.readAll().contains("FAKE-endpoint"));
    QCOMPARE(QSettings().value(u"endpoint"_s).toString(), simulator.baseUrl().toString());
}

void TestMainWindow::copyReport_afterRun_putsRedactedMarkdownOnClipboard()
{
    auto window = makeWindow(u"FAKE-report-key-7777"_s);
    QVERIFY(window);
    window->startRehearsal(u"daily_quota_exhausted"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    child<QAction>(window.get(), "copyReportAction")->trigger();
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY(report.startsWith(u"# Gemini Doctor report"_s));
    QVERIFY(report.contains(u"daily_quota_exhausted"_s));
    QVERIFY(report.contains(u"| generate | fail |"_s));
    QVERIFY(!report.contains(u"FAKE-rehearsal-key"_s));
    QVERIFY(!report.contains(u"FAKE-report-key-7777"_s));
}

void TestMainWindow::explain_pastedError_showsTheSamePanel()
{
    auto window = makeWindow();
    QVERIFY(window);
    child<QTabWidget>(window.get(), "mainTabs")->setCurrentIndex(1);
    child<QPlainTextEdit>(window.get(), "explainInput")
        ->setPlainText(
            u"[404 Not Found] models/gemini-2.5-flahs is not found for API version v1beta, "
            "or is not supported for generateContent."_s);
    QTest::mouseClick(child<QPushButton>(window.get(), "explainButton"), Qt::LeftButton);
    auto *panel = child<QWidget>(window.get(), "explainRemediation");
    QCOMPARE(child<QLabel>(panel, "remediationTitle")->text(), u"Model not found"_s);
    QVERIFY(gd::test::panelSteps(panel).constFirst().contains(u"“gemini-2.5-flahs”"_s));
    QVERIFY(gd::test::panelLinks(panel).contains(
        QUrl(u"https://ai.google.dev/gemini-api/docs/models"_s)));
}

void TestMainWindow::explain_retiredModel_namesItsSuccessor()
{
    // The same generic 404 for a model the model data lists as shut down: a retirement.
    auto window = makeWindow();
    QVERIFY(window);
    child<QTabWidget>(window.get(), "mainTabs")->setCurrentIndex(1);
    child<QPlainTextEdit>(window.get(), "explainInput")
        ->setPlainText(
            u"[404 Not Found] models/gemini-1.5-flash is not found for API version v1beta, "
            "or is not supported for generateContent."_s);
    QTest::mouseClick(child<QPushButton>(window.get(), "explainButton"), Qt::LeftButton);
    auto *panel = child<QWidget>(window.get(), "explainRemediation");
    QCOMPARE(child<QLabel>(panel, "remediationTitle")->text(), u"This model is retired"_s);
    const QString successor =
        gd::ModelKnowledge::builtIn().currentSuccessor(u"gemini-1.5-flash"_s, QDate::currentDate());
    QVERIFY(!successor.isEmpty());
    QVERIFY(gd::test::panelSteps(panel).constFirst().contains(successor));
    QVERIFY(gd::test::panelLinks(panel).contains(
        QUrl(u"https://ai.google.dev/gemini-api/docs/deprecations"_s)));
}

void TestMainWindow::window_longKeychainProblem_neverWidensTheWindow()
{
    // A display without a session bus: QtKeychain's one-line error used to force a 1,697-pixel
    // window on a 1,280-pixel screen, with Key and Run off-screen.
    m_store.setFailure(
        gd::SecretStatus::Unavailable,
        u"Failed to execute child process “dbus-launch” (No such file or directory): "_s +
            u"the longest error message a keychain could give us, "_s.repeated(6));
    auto window = makeWindow({});
    m_store.setFailure(gd::SecretStatus::Ok);
    QVERIFY(window);
    auto *status = child<QLabel>(window.get(), "keyStatusLabel");
    QVERIFY2(status->toolTip().contains(u"dbus-launch"_s), qPrintable(status->toolTip()));
    QVERIFY2(status->toolTip().contains(u"no D-Bus session"_s), qPrintable(status->toolTip()));
    QVERIFY2(window->minimumSizeHint().width() < 1024,
             qPrintable(QString::number(window->minimumSizeHint().width())));
    window->resize(1000, 700);
    QTRY_VERIFY(window->width() <= 1000);
    // Every other status it can show fits as well.
    window->startRehearsal(u"rate_limited"_s);
    QVERIFY(window->minimumSizeHint().width() < 1024);
}

void TestMainWindow::rehearsal_rateLimited_countdownBelongsToTheRunNotThePanel()
{
    // Google's delay counts from the answer's arrival: looking at another row and back must not
    // start it again.
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"rate_limited"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(gd::test::clickCheckRow(*window, u"generate"_s));
    auto *panel = child<QWidget>(window.get(), "remediationPanel");
    auto *countdown = child<QLabel>(panel, "retryCountdown");
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text().contains(u" 6 s"_s), 2500);
    QVERIFY(gd::test::clickCheckRow(*window, u"stream"_s));
    QVERIFY(gd::test::clickCheckRow(*window, u"generate"_s));
    QVERIFY2(!countdown->text().contains(u" 7 s"_s), qPrintable(countdown->text()));
}

void TestMainWindow::rehearsal_oneCause_leadsWithOneFailureAndMarksTheOthers()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"rate_limited"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    auto *list = child<QTreeWidget>(window.get(), "checkList");
    QStringList results;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        results.append(list->topLevelItem(i)->text(5));
    QCOMPARE(results.count(u"Rate limit reached"_s), 1);
    // Streaming, the OpenAI-compatible endpoint and the Live API fail for the same cause.
    QCOMPARE(results.count(u"same cause as Test prompt"_s), 3);
    // The panel says so in full too (issue 20: a narrow cell cut "same cause as Test pro…").
    QVERIFY(gd::test::clickCheckRow(*window, u"stream"_s));
    const QString context = child<QLabel>(window.get(), "remediationContext")->text();
    QVERIFY2(context.startsWith(u"Streaming · same cause as Test prompt"_s), qPrintable(context));
}

void TestMainWindow::testEveryModel_afterRun_asksWithTheCostThenFillsTableAndPicker()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"ok"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    auto *combo = child<QComboBox>(window.get(), "modelCombo");
    const int listed = combo->count() - 1; // after Automatic: what the key listed
    QVERIFY(listed > 3);

    child<QAction>(window.get(), "testEveryModelAction")->trigger();
    QMessageBox *confirm = matrixConfirmation(window.get());
    QVERIFY(confirm);
    // The cost first: nothing is sent before the person agrees.
    QVERIFY2(confirm->text().contains(u"one request to each of the %1 models"_s.arg(listed)),
             qPrintable(confirm->text()));
    QVERIFY(!child<QDialog>(window.get(), "modelMatrixDialog"));
    QTest::mouseClick(child<QPushButton>(confirm, "modelMatrixConfirmButton"), Qt::LeftButton);

    auto *dialog = child<QDialog>(window.get(), "modelMatrixDialog");
    QVERIFY(dialog && dialog->isVisible());
    auto *table = child<QTreeWidget>(dialog, "modelMatrixTable");
    QCOMPARE(table->topLevelItemCount(), listed);
    QVERIFY(window->isTestingModels());
    QVERIFY(!child<QPushButton>(window.get(), "runButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isTestingModels(), 10000);
    QVERIFY(child<QPushButton>(window.get(), "runButton")->isEnabled());

    QCOMPARE(matrixRow(table, testedModel())->text(1), u"works"_s);
    QCOMPARE(matrixRow(table, u"gemini-4-carbon"_s)->text(1), u"not in the free tier"_s);
    QCOMPARE(matrixRow(table, u"gemini-3-flash-preview"_s)->text(1), u"rate limited"_s);
    QTreeWidgetItem *retired = matrixRow(table, u"gemini-2.5-flash-lite"_s);
    QCOMPARE(retired->text(1), u"retired"_s);
    const QString successor = gd::ModelKnowledge::builtIn().currentSuccessor(
        u"gemini-2.5-flash-lite"_s, QDate::currentDate());
    QCOMPARE(retired->text(3), successor);
    QVERIFY(child<QLabel>(dialog, "modelMatrixSummary")
                ->text()
                .contains(u"of the %1 models"_s.arg(listed)));

    QVERIFY(window->currentReportMarkdown().contains(
        u"| gemini-2.5-flash-lite | retired (`model_retired`) |"_s));

    // The model picker shows each model's result next to its name, and still tests the name.
    const int carbon = combo->findData(u"gemini-4-carbon"_s);
    QVERIFY(carbon > 0);
    QCOMPARE(combo->itemText(carbon), u"gemini-4-carbon — not in the free tier"_s);
    QCOMPARE(combo->itemText(combo->findData(u"gemini-2.5-flash-lite"_s)),
             u"gemini-2.5-flash-lite — retired"_s);
    combo->setCurrentIndex(carbon);
    QCOMPARE(window->selectedModel(), u"gemini-4-carbon"_s);

    // A working row: Use this model tests it.
    table->setCurrentItem(matrixRow(table, nextModel()));
    QSignalSpy finished(window.get(), &gd::ui::MainWindow::runFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "modelMatrixUseButton"), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constLast().at(0).value<gd::RunReport>().model, nextModel());
    QCOMPARE(window->selectedModel(), nextModel());
    QVERIFY(!dialog->isVisible());
}

void TestMainWindow::testEveryModel_noListYet_runsTheTestFirstThenAsks()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"ok"_s);
    QSignalSpy finished(window.get(), &gd::ui::MainWindow::runFinished);
    child<QAction>(window.get(), "testEveryModelAction")->trigger();
    QVERIFY(finished.wait(5000)); // the key check reads the list
    QMessageBox *confirm = matrixConfirmation(window.get());
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(u"one request to each of the"_s));
    // Cancel: nothing is sent.
    confirm->button(QMessageBox::Cancel)->click();
    QVERIFY(!window->isTestingModels());
    QVERIFY(!child<QDialog>(window.get(), "modelMatrixDialog"));
}

void TestMainWindow::testEveryModel_cancel_stopsAndLeavesUntestedModelsPlain()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"ok"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    child<QAction>(window.get(), "testEveryModelAction")->trigger();
    QMessageBox *confirm = matrixConfirmation(window.get());
    QVERIFY(confirm);
    confirm->findChild<QPushButton *>(u"modelMatrixConfirmButton"_s)->click();
    auto *dialog = child<QDialog>(window.get(), "modelMatrixDialog");
    auto *cancel = child<QPushButton>(dialog, "modelMatrixCancelButton");
    QVERIFY(cancel->isEnabled());
    cancel->click(); // before the first answers: three requests are out, the rest never go
    QVERIFY(!window->isTestingModels());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>(window.get(), "runButton")->isEnabled());
    QVERIFY2(child<QLabel>(dialog, "modelMatrixSummary")->text().startsWith(u"Cancelled after"_s),
             qPrintable(child<QLabel>(dialog, "modelMatrixSummary")->text()));
    auto *table = child<QTreeWidget>(dialog, "modelMatrixTable");
    int untested = 0;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        untested += table->topLevelItem(i)->text(1) == u"not tested (cancelled)"_s;
    QVERIFY(untested > table->topLevelItemCount() - 3);
    // The picker says nothing about models that were not tested.
    auto *combo = child<QComboBox>(window.get(), "modelCombo");
    for (int i = 1; i < combo->count(); ++i)
        QVERIFY2(!combo->itemText(i).contains(u"cancelled"_s), qPrintable(combo->itemText(i)));
}

void TestMainWindow::mnemonics_everyWindow_eachAltLetterOnce()
{
    // Issue 20: Alt+E was both "&Endpoint" and "&Explain"; a shared letter only cycles.
    auto window = makeWindow();
    QVERIFY(window);
    int letters = 0;
    const QStringList clashes = gd::test::clashesInEveryWindow(*window, &m_store, &letters);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    QVERIFY2(letters >= 60, qPrintable(QString::number(letters))); // the walk saw the windows
}

void TestMainWindow::fit_failingRun_1024And800WideWithoutHorizontalScrollbar()
{
    auto window = makeWindow();
    QVERIFY(window);
    const QStringList problems = gd::test::fitProblemsAfterAFailingRun(*window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestMainWindow::keyboard_focusOnRun_isVisible()
{
    // Issue 20: with the keyboard on Run, nothing showed it. Reached with Tab, as a person does.
    auto window = makeWindow();
    QVERIFY(window);
    auto *run = child<QPushButton>(window.get(), "runButton");
    auto *model = child<QComboBox>(window.get(), "modelCombo");
    window->activateWindow();
    child<QLineEdit>(window.get(), "endpointEdit")->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(model->hasFocus());
    const QImage without = run->grab().toImage();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(run->hasFocus());
    const QImage with = run->grab().toImage();
    QVERIFY2(with != without, "Run looks the same with and without the keyboard's focus");
}

void TestMainWindow::keyboard_tab_followsTheLayout()
{
    // Tab goes through the window in reading order: the key, then what to test, then the pages.
    auto window = makeWindow();
    QVERIFY(window);
    window->activateWindow();
    auto *key = child<QPushButton>(window.get(), "keyButton");
    key->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(key->hasFocus());
    QStringList order{key->objectName()};
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    const QStringList expected{u"keyButton"_s,  u"endpointEdit"_s, u"apiVersionCombo"_s,
                               u"modelCombo"_s, u"runButton"_s,    u"watchSwitch"_s,
                               u"mainTabs"_s}; // Cancel waits for a run
    QCOMPARE(order.mid(0, 6), expected.mid(0, 6));
    QVERIFY2(order.at(6) == u"qt_tabwidget_tabbar"_s || order.at(6) == u"mainTabs"_s,
             qPrintable(order.join(u", "_s)));
}

void TestMainWindow::rehearseMenu_welcome_defaultsToRehearsing()
{
    // Issue 20: opened to rehearse, the welcome's default button was still "Paste an API key…".
    auto window = makeWindow();
    QVERIFY(window);
    child<QAction>(window.get(), "rehearseAction")->trigger();
    auto *rehearse = child<QPushButton>(window.get(), "tryWithoutKeyButton");
    QVERIFY(rehearse);
    QVERIFY(rehearse->isDefault());
    QVERIFY(!child<QPushButton>(window.get(), "pasteKeyButton")->isDefault());
}

void TestMainWindow::rehearsal_recentRuns_chartSaysRehearsalsAreNotKept()
{
    // Issue 20: rehearsal runs are not kept, yet the chart said "No runs yet".
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"ok"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    child<QTabWidget>(window.get(), "mainTabs")
        ->setCurrentWidget(child<QWidget>(window.get(), "recentRunsPage"));
    auto *chart = child<gd::ui::HistoryChart>(window.get(), "historyChart");
    QVERIFY(chart);
    QVERIFY(chart->isRehearsing());
    window->stopRehearsal();
    QVERIFY(!chart->isRehearsing());
}

void TestMainWindow::explain_rateLimitedWaitOver_runAgainRunsTheTest()
{
    // Issue 20: Run again when ready was never connected in the Explain tab.
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"ok"_s); // the run goes to the simulator
    auto *tabs = child<QTabWidget>(window.get(), "mainTabs");
    tabs->setCurrentWidget(child<QWidget>(window.get(), "explainPage"));
    // Synthetic: a 429 with a one-second RetryInfo delay, shaped as the API shapes it.
    child<QPlainTextEdit>(window.get(), "explainInput")
        ->setPlainText(uR"({"error":{"code":429,"message":"Synthetic quota","status":)"
                       uR"("RESOURCE_EXHAUSTED","details":[{"@type":)"
                       uR"("type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1s"}]}})"_s);
    QTest::mouseClick(child<QPushButton>(window.get(), "explainButton"), Qt::LeftButton);
    QWidget *explain = child<QWidget>(window.get(), "explainPage");
    auto *again = child<QPushButton>(explain, "runWhenReadyButton");
    QVERIFY(again);
    QTRY_VERIFY(again->isVisible());
    QSignalSpy finished(window.get(), &gd::ui::MainWindow::runFinished);
    QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled(), 3000);
    QTest::qWait(1200); // the wait is over
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(tabs->currentWidget(), child<QWidget>(window.get(), "dashboardSplitter"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
