// The Explain tab on its own: paste, explain, and what its panel offers (issue 20). Widgets are
// found by objectName.
#include "explainpanel.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "remediationpanel.h"

#include <QApplication>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gd::test::child;

namespace {

// Synthetic: a 429 with a 30 s RetryInfo, as the API shapes it; made up for these tests.
const QByteArray kSynthetic429 =
    R"({"error": {"code": 429, "message": "Synthetic: resource exhausted.",
    "status": "RESOURCE_EXHAUSTED", "details": [{"@type":
    "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "30s"}]}})";

// The same behind the headers curl -i prints, with the Date the server sent it.
QByteArray synthetic429SentAt(const QDateTime &sent)
{
    return "HTTP/2 429\r\ncontent-type: application/json; charset=UTF-8\r\ndate: " +
           QLocale::c().toString(sent.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() +
           " GMT\r\n\r\n" + kSynthetic429;
}

QString countdownText(gd::ui::ExplainPanel &panel)
{
    return child<QLabel>(&panel, "retryCountdown")->text();
}

void paste(gd::ui::ExplainPanel &panel, const QByteArray &text)
{
    child<QPlainTextEdit>(&panel, "explainInput")->setPlainText(QString::fromUtf8(text));
    child<QPushButton>(&panel, "explainButton")->click();
}

} // namespace

class TestExplainPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runWhenReady_explainTab_reachesTheWindow();
    void runWhenReady_nobodyListening_isNotOffered();
    void countdown_dateHeader_countsFromTheError();
    void countdown_noTime_saysItCountsFromThePaste();
    void apiWords_pastedTraceback_areNotCalledTheApis();
};

void TestExplainPanel::initTestCase()
{
    QApplication::setStyle(u"Fusion"_s);
    gd::installTranslations(QCoreApplication::arguments());
}

// Issue 20: "Run again when ready" was never connected in the Explain tab. The tab passes it on
// as its own signal, for the window to run the test again.
void TestExplainPanel::runWhenReady_explainTab_reachesTheWindow()
{
    gd::ui::ExplainPanel panel;
    // By name: the signal is what this test asks for.
    QSignalSpy runAgain(&panel, SIGNAL(runAgainRequested()));
    QVERIFY(runAgain.isValid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    paste(panel, synthetic429SentAt(QDateTime::currentDateTimeUtc().addSecs(-600)));
    auto *button = child<QPushButton>(&panel, "runWhenReadyButton");
    QVERIFY(button->isVisible());
    button->click(); // the wait ended long ago: the click runs now
    QCOMPARE(runAgain.size(), 1);
}

void TestExplainPanel::runWhenReady_nobodyListening_isNotOffered()
{
    gd::ui::ExplainPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    paste(panel, kSynthetic429);
    QVERIFY(child<QLabel>(&panel, "retryCountdown")->isVisible());
    QVERIFY(!child<QPushButton>(&panel, "runWhenReadyButton")->isVisible());
}

// Issue 20: the countdown started from the paste, not from the error's time.
void TestExplainPanel::countdown_dateHeader_countsFromTheError()
{
    gd::ui::ExplainPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Sent ten minutes ago with a 30 s delay: the wait is long over.
    paste(panel, synthetic429SentAt(QDateTime::currentDateTimeUtc().addSecs(-600)));
    QCOMPARE(panel.remediation()->secondsLeft(), 0);
    QVERIFY2(countdownText(panel).contains(u"try again now"_s), qPrintable(countdownText(panel)));
    QVERIFY2(countdownText(panel).contains(u"from the time of the error"_s),
             qPrintable(countdownText(panel)));
    // Sent ten seconds ago: twenty seconds or so are left, not thirty.
    paste(panel, synthetic429SentAt(QDateTime::currentDateTimeUtc().addSecs(-10)));
    QVERIFY2(panel.remediation()->secondsLeft() <= 21 && panel.remediation()->secondsLeft() > 0,
             qPrintable(QString::number(panel.remediation()->secondsLeft())));
    QVERIFY2(countdownText(panel).contains(u"from the time of the error"_s),
             qPrintable(countdownText(panel)));
}

void TestExplainPanel::countdown_noTime_saysItCountsFromThePaste()
{
    gd::ui::ExplainPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    paste(panel, kSynthetic429);
    QVERIFY(panel.remediation()->secondsLeft() > 25);
    QVERIFY2(countdownText(panel).contains(u"counts from when it was explained"_s),
             qPrintable(countdownText(panel)));
}

// Issue 20: text that is not JSON is said to be what it is; a pasted traceback is neither a
// login page nor "the API said".
void TestExplainPanel::apiWords_pastedTraceback_areNotCalledTheApis()
{
    gd::ui::ExplainPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Synthetic: a Python traceback with no API error in it.
    paste(panel, "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n"
                 "KeyError: 'synthetic'\n");
    QCOMPARE(child<QLabel>(&panel, "remediationTitle")->text(),
             u"Not an answer from the Gemini API"_s);
    QVERIFY(!child<QLabel>(&panel, "remediationExplanation")->text().contains(u"login"_s));
    QVERIFY2(!child<QLabel>(&panel, "apiMessage")->text().contains(u"The API said"_s),
             qPrintable(child<QLabel>(&panel, "apiMessage")->text()));
}

QTEST_MAIN(TestExplainPanel)
#include "tst_explainpanel.moc"
