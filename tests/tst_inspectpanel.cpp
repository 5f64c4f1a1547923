// The Inspect tab (contract section 10 in the app): driven through the real main window, by
// objectName, as a person would: Ctrl+I, paste, read the findings, apply the safe fixes, send in a
// rehearsal, and arrive from a remediation panel that says the request holds the answer.
#include "guitest.h"
#include "i18n/translations.h"
#include "inspectpanel.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using gd::test::child;

namespace {

// An OpenAI-style history, as people convert it: an "assistant" turn and a "system" turn, two
// errors with a safe fix each (synthetic, after the request behind the real Q02 answer).
const QString kOpenAiHistory = uR"({
  "contents": [
    {"role": "system", "parts": [{"text": "Answer in one word."}]},
    {"role": "user", "parts": [{"text": "Hello"}]},
    {"role": "assistant", "parts": [{"text": "Hi"}]},
    {"role": "user", "parts": [{"text": "How are you?"}]}
  ]
}
)"_s;

} // namespace

class TestInspectPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void ctrlI_fromTheDashboard_opensInspectWithTheCursorInTheRequest();
    void paste_openAiHistory_listsEachErrorAndMarksItInTheText();
    void applySafeFixes_openAiHistory_rewritesRolesAndLeavesNoError();
    void edit_afterInspect_marksTheFindingsStale();
    void send_rehearsal_asksFirstThenDiagnosesTheAnswer();
    void send_cancelled_sendsNothing();
    void send_liveSession_isNotOffered();
    void drop_localFile_readsItAsTheRequest();
    void explain_requestError_offersInspectButNoDeadButtons_data();
    void explain_requestError_offersInspectButNoDeadButtons();

private:
    std::unique_ptr<gd::ui::MainWindow> makeWindow();
    gd::ui::InspectPanel *openInspect(gd::ui::MainWindow &window);
    gd::ui::InspectPanel *pasteHistoryInRehearsal(gd::ui::MainWindow &window);

    QNetworkAccessManager m_network;
    gd::MemorySecretStore m_store;
    QTemporaryDir m_dir;
};

void TestInspectPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    gd::installTranslations(QCoreApplication::arguments()); // English plurals: "2 errors"
}

void TestInspectPanel::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(u"welcomeDone"_s, true);
}

std::unique_ptr<gd::ui::MainWindow> TestInspectPanel::makeWindow()
{
    return gd::test::openWindowWithKey(&m_network, &m_store, m_dir.filePath(u"history.json"_s),
                                       u"FAKE-inspect-key-4321"_s);
}

gd::ui::InspectPanel *TestInspectPanel::openInspect(gd::ui::MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    auto *panel = child<gd::ui::InspectPanel>(&window, "inspectPanel");
    // A tab's new page is shown once the event loop runs; only then do its shortcuts work.
    if (!panel || !QTest::qWaitFor([panel] { return panel->isVisible(); }, 2000))
        return nullptr;
    return panel;
}

// Rehearsing a history error: the OpenAI-style history pasted, with the model named.
gd::ui::InspectPanel *TestInspectPanel::pasteHistoryInRehearsal(gd::ui::MainWindow &window)
{
    window.startRehearsal(u"history_invalid"_s);
    auto *panel = openInspect(window);
    if (!panel)
        return nullptr;
    child<QLineEdit>(panel, "inspectModel")->setText(u"gemini-3.6-flash"_s);
    panel->setRequestText(kOpenAiHistory);
    return panel;
}

void TestInspectPanel::ctrlI_fromTheDashboard_opensInspectWithTheCursorInTheRequest()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto *tabs = child<QTabWidget>(window.get(), "mainTabs");
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!child<gd::ui::InspectPanel>(window.get(), "inspectPanel")); // built when first opened
    QVERIFY(openInspect(*window));
    QCOMPARE(tabs->currentWidget()->objectName(), u"inspectPage"_s);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), u"I&nspect a request"_s);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(window.get(), "inspectInput"));
    // Keyboard only: Tab leaves the request for the model field, as in any form.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window.get(), "inspectModel"));
    QCOMPARE(child<QPlainTextEdit>(window.get(), "inspectInput")->toPlainText(), QString());
    // Nothing inspected yet: nothing to fix or send.
    QVERIFY(!child<QPushButton>(window.get(), "applyFixesButton")->isEnabled());
    QVERIFY(!child<QPushButton>(window.get(), "sendButton")->isEnabled());
}

void TestInspectPanel::paste_openAiHistory_listsEachErrorAndMarksItInTheText()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto *panel = openInspect(*window);
    QVERIFY(panel);
    QGuiApplication::clipboard()->setText(kOpenAiHistory);
    QTest::mouseClick(child<QPushButton>(panel, "inspectPasteButton"), Qt::LeftButton);

    auto *input = child<QPlainTextEdit>(panel, "inspectInput");
    QCOMPARE(input->toPlainText(), kOpenAiHistory);
    const QString summary = child<QLabel>(panel, "inspectSummary")->text();
    QVERIFY2(summary.contains(u"generate_content"_s) || summary.contains(u"generateContent"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"2 errors"_s), qPrintable(summary));

    auto *findings = child<QTreeWidget>(panel, "inspectFindings");
    QCOMPARE(findings->topLevelItemCount(), 2);
    QCOMPARE(findings->topLevelItem(0)->text(0), u"/contents/0/role"_s);
    QCOMPARE(findings->topLevelItem(1)->text(0), u"/contents/2/role"_s);
    // A screen reader hears the severity the icon shows, and where.
    const QString spoken = findings->topLevelItem(1)->data(0, Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(u"Error at /contents/2/role: "_s), qPrintable(spoken));

    // The first finding is selected and marked in the text: the "system" role value.
    QCOMPARE(findings->currentItem(), findings->topLevelItem(0));
    QList<QTextEdit::ExtraSelection> marks = input->extraSelections();
    QCOMPARE(marks.size(), 1);
    QVERIFY2(marks.constFirst().cursor.selectedText().contains(u"system"_s),
             qPrintable(marks.constFirst().cursor.selectedText()));
    auto *details = child<QLabel>(panel, "inspectDetails");
    QVERIFY2(details->text().contains(u"systemInstruction"_s), qPrintable(details->text()));

    // Selecting the second moves the mark to "assistant", with the keyboard.
    findings->setFocus();
    QTest::keyClick(findings, Qt::Key_Down);
    marks = input->extraSelections();
    QCOMPARE(marks.size(), 1);
    QVERIFY2(marks.constFirst().cursor.selectedText().contains(u"assistant"_s),
             qPrintable(marks.constFirst().cursor.selectedText()));
    QVERIFY2(details->text().contains(u"model"_s), qPrintable(details->text()));
}

void TestInspectPanel::applySafeFixes_openAiHistory_rewritesRolesAndLeavesNoError()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto *panel = openInspect(*window);
    QVERIFY(panel);
    panel->setRequestText(kOpenAiHistory);
    QVERIFY(panel->lastInspection() && panel->lastInspection()->hasError());
    auto *apply = child<QPushButton>(panel, "applyFixesButton");
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    const QString text = child<QPlainTextEdit>(panel, "inspectInput")->toPlainText();
    QVERIFY2(!text.contains(u"\"assistant\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"\"model\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"systemInstruction"_s), qPrintable(text));
    QVERIFY(panel->lastInspection());
    QVERIFY(!panel->lastInspection()->hasError());
    QCOMPARE(child<QTreeWidget>(panel, "inspectFindings")->topLevelItemCount(), 0);
    const QString summary = child<QLabel>(panel, "inspectSummary")->text();
    QVERIFY2(summary.startsWith(u"Applied 2 safe fixes."_s), qPrintable(summary));
    QVERIFY(!apply->isEnabled()); // nothing left to fix
}

void TestInspectPanel::edit_afterInspect_marksTheFindingsStale()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto *panel = openInspect(*window);
    QVERIFY(panel);
    panel->setRequestText(kOpenAiHistory);
    auto *input = child<QPlainTextEdit>(panel, "inspectInput");
    QCOMPARE(input->extraSelections().size(), 1);
    input->moveCursor(QTextCursor::End);
    QTest::keyClicks(input, u" "_s);
    // Old findings no longer point at the right places: they step back until inspected again.
    QVERIFY(input->extraSelections().isEmpty());
    QVERIFY(!child<QTreeWidget>(panel, "inspectFindings")->isEnabled());
    QCOMPARE(child<QLabel>(panel, "inspectSummary")->text(),
             u"The request changed: inspect it again."_s);
    QVERIFY(!child<QPushButton>(panel, "sendButton")->isEnabled());
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    // A button's shortcut clicks it as the eye sees it: after a short animation.
    QTRY_VERIFY(child<QTreeWidget>(panel, "inspectFindings")->isEnabled());
    QCOMPARE(child<QTreeWidget>(panel, "inspectFindings")->topLevelItemCount(), 2);
}

void TestInspectPanel::send_rehearsal_asksFirstThenDiagnosesTheAnswer()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto *panel = pasteHistoryInRehearsal(*window);
    QVERIFY(panel);
    auto *send = child<QPushButton>(panel, "sendButton");
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    // It costs a request: the person is asked first, and sees the API will likely refuse it.
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = child<QMessageBox>(panel, "sendRequestQuestion")));
    QVERIFY2(question->text().contains(u"rehearsal"_s), qPrintable(question->text()));
    QVERIFY2(question->informativeText().contains(u"2 errors"_s),
             qPrintable(question->informativeText()));
    auto *fixed = child<QPushButton>(question, "sendFixedButton");
    QVERIFY(fixed);
    QCOMPARE(question->defaultButton(), fixed);
    QSignalSpy sent(window->findChild<gd::Session *>(), &gd::Session::requestSent);
    QTest::mouseClick(child<QPushButton>(question, "sendAsPastedButton"), Qt::LeftButton);
    // Cancel (Esc) stops a connectivity test, not the request the person just agreed to send.
    child<QAction>(window.get(), "cancelAction")->trigger();
    QVERIFY(sent.wait(5000));

    auto *answer = child<QWidget>(panel, "inspectAnswer");
    QVERIFY(answer->isVisible());
    QCOMPARE(child<QLabel>(answer, "remediationTitle")->text(),
             u"The conversation history is not valid"_s);
    const QString context = child<QLabel>(answer, "remediationContext")->text();
    QVERIFY2(context.startsWith(u"Sent as pasted to http://127.0.0.1"_s), qPrintable(context));
    QVERIFY2(context.contains(u":generateContent"_s), qPrintable(context));
    QVERIFY2(!context.contains(u"FAKE-inspect-key"_s), qPrintable(context));
    // Already inspecting: the answer does not offer to open Inspect again.
    QVERIFY(!child<QPushButton>(answer, "inspectRequestButton")->isVisible());
    QVERIFY(send->isEnabled());
}

void TestInspectPanel::send_cancelled_sendsNothing()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto *panel = pasteHistoryInRehearsal(*window);
    QVERIFY(panel);
    QTest::mouseClick(child<QPushButton>(panel, "sendButton"), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = child<QMessageBox>(panel, "sendRequestQuestion")));
    QSignalSpy sent(window->findChild<gd::Session *>(), &gd::Session::requestSent);
    QTest::keyClick(question, Qt::Key_Escape);
    // A send starts on the click that agrees, or not at all: nothing is under way.
    QVERIFY(!window->findChild<gd::Session *>()->isSendingRequest());
    QCOMPARE(sent.size(), 0);
    QVERIFY(!child<QWidget>(panel, "inspectAnswer")->isVisible());
}

void TestInspectPanel::send_liveSession_isNotOffered()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto *panel = openInspect(*window);
    QVERIFY(panel);
    panel->setRequestText(
        uR"({"setup": {"model": "models/gemini-3.8-live", "generationConfig": {}}})"_s);
    QVERIFY(panel->lastInspection());
    auto *send = child<QPushButton>(panel, "sendButton");
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->toolTip().contains(u"not one"_s), qPrintable(send->toolTip()));
}

void TestInspectPanel::drop_localFile_readsItAsTheRequest()
{
    auto window = makeWindow();
    QVERIFY(window);
    auto *panel = openInspect(*window);
    QVERIFY(panel);
    const QString path = m_dir.filePath(u"request.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kOpenAiHistory.toUtf8());
    file.close();

    auto *viewport = child<QPlainTextEdit>(panel, "inspectInput")->viewport();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(viewport->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(viewport->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
    // The file's text, not its name, is the request; and it is inspected at once.
    QCOMPARE(child<QPlainTextEdit>(panel, "inspectInput")->toPlainText(), kOpenAiHistory);
    QCOMPARE(child<QTreeWidget>(panel, "inspectFindings")->topLevelItemCount(), 2);
}

void TestInspectPanel::explain_requestError_offersInspectButNoDeadButtons_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("offersInspect");
    // Q02: the API names the rule but not the turn; the request holds the answer.
    QTest::newRow("Q02 valid role")
        << u"{\"error\": {\"code\": 400, \"message\": \"Please use a valid role: user, model.\", "
           "\"status\": \"INVALID_ARGUMENT\"}}"_s
        << u"The conversation history is not valid"_s << true;
    // The bare message names nothing: only the request can say which of its causes it is.
    QTest::newRow("bare invalid argument")
        << u"{\"error\": {\"code\": 400, \"message\": \"Request contains an invalid argument.\", "
           "\"status\": \"INVALID_ARGUMENT\"}}"_s
        << u"The request is not valid"_s << true;
    // A used-up quota is not in the request: no Inspect button there.
    QTest::newRow("rate limited")
        << u"{\"error\": {\"code\": 429, \"message\": \"Resource has been exhausted (e.g. check "
           "quota).\", \"status\": \"RESOURCE_EXHAUSTED\"}}"_s
        << QString() << false;
}

void TestInspectPanel::explain_requestError_offersInspectButNoDeadButtons()
{
    QFETCH(QString, error);
    QFETCH(QString, title);
    QFETCH(bool, offersInspect);
    auto window = makeWindow();
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    child<QPlainTextEdit>(window.get(), "explainInput")->setPlainText(error);
    QTest::mouseClick(child<QPushButton>(window.get(), "explainButton"), Qt::LeftButton);
    auto *panel = child<QWidget>(window.get(), "explainRemediation");
    if (!title.isEmpty())
        QCOMPARE(child<QLabel>(panel, "remediationTitle")->text(), title);
    auto *inspect = child<QPushButton>(panel, "inspectRequestButton");
    QTRY_VERIFY(panel->isVisible()); // the tab's page is shown once the event loop runs
    QCOMPARE(inspect->isVisible(), offersInspect);
    if (!offersInspect)
        return;
    // Explain runs nothing: a button that would switch models or run again has nothing to do.
    QVERIFY(!child<QPushButton>(panel, "useSuggestedModelButton")->isVisible());
    QVERIFY(!child<QPushButton>(panel, "runWhenReadyButton")->isVisible());

    QTest::mouseClick(inspect, Qt::LeftButton);
    auto *tabs = child<QTabWidget>(window.get(), "mainTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), u"inspectPage"_s);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(window.get(), "inspectInput"));
}

QTEST_MAIN(TestInspectPanel)
#include "tst_inspectpanel.moc"
