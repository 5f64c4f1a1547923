// The remediation panel on its own: what its buttons do, what it says and how it reads to a
// screen reader and to the keyboard (issue 20). Widgets are found by objectName.
#include "diagnosis/diagnoser.h"
#include "fixtures.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "remediationpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;
using gd::test::child;

namespace {

// Synthetic: a 429 as the API shapes it, with a RetryInfo delay and a Help link, made up for
// these tests (no real answer is quoted).
QByteArray synthetic429(const QString &retryDelay)
{
    // Plain literals, not raw strings: moc reads the "//" of a URL in a raw string as a comment.
    QByteArray body =
        "{\"error\": {\"code\": 429, \"message\": \"Synthetic: you exceeded your current quota. "
        "See https://ai.google.dev/gemini-api/docs/synthetic-quota.\", "
        "\"status\": \"RESOURCE_EXHAUSTED\", \"details\": ["
        "{\"@type\": \"type.googleapis.com/google.rpc.RetryInfo\", \"retryDelay\": \"DELAY\"}, "
        "{\"@type\": \"type.googleapis.com/google.rpc.Help\", \"links\": [{\"description\": "
        "\"Synthetic quota help\", "
        "\"url\": \"https://ai.google.dev/gemini-api/docs/synthetic-help\"}]}]}}";
    return body.replace("DELAY", retryDelay.toLatin1());
}

// A run's diagnosis of that answer, which arrived `secondsAgo` ago.
gd::Diagnosis rateLimited(const QString &retryDelay, int secondsAgo = 0)
{
    gd::DiagnosisContext context;
    context.now = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    context.model = u"gemini-synthetic-flash"_s;
    return gd::diagnoseHttpAnswer(synthetic429(retryDelay), 429, {}, context);
}

QString accessibleText(QWidget *widget, QAccessible::Text kind)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(kind) : QString();
}

} // namespace

class TestRemediationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runWhenReady_afterTheWait_runsAgainWhenClicked();
    void runWhenReady_duringTheWait_runsAgainWhenItEnds();
    void useModel_spendCap_isNotOffered();
    void links_fromTheError_haveDistinctTitles();
    void apiWords_noMessageNoBody_saysSoWithoutAnEmptyBox();
    void countdown_narrowWidths_neverSplitsNumberAndUnit();
    void accessibility_titleAndFacts_readWhatTheySay();
    void tabOrder_followsThePanelTopToBottom();
    void context_errorInsideA200Stream_isNotCalledHttp200Unavailable();
};

void TestRemediationPanel::initTestCase()
{
    // The app's style: Fusion draws the focus on buttons, which this panel relies on.
    QApplication::setStyle(u"Fusion"_s);
    gd::installTranslations(QCoreApplication::arguments());
}

// Issue 20: once the countdown ended, "Run again when ready" only toggled itself.
void TestRemediationPanel::runWhenReady_afterTheWait_runsAgainWhenClicked()
{
    gd::ui::RemediationPanel panel;
    QSignalSpy runAgain(&panel, &gd::ui::RemediationPanel::runAgainRequested);
    panel.showDiagnosis(rateLimited(u"2s"_s, 60)); // the wait ended a minute ago
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.secondsLeft(), 0);
    auto *button = child<QPushButton>(&panel, "runWhenReadyButton");
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(runAgain.size(), 1);
    QVERIFY(!button->isChecked());
    button->click(); // and again: every click is a run
    QCOMPARE(runAgain.size(), 2);
}

void TestRemediationPanel::runWhenReady_duringTheWait_runsAgainWhenItEnds()
{
    gd::ui::RemediationPanel panel;
    QSignalSpy runAgain(&panel, &gd::ui::RemediationPanel::runAgainRequested);
    panel.showDiagnosis(rateLimited(u"1s"_s));
    auto *button = child<QPushButton>(&panel, "runWhenReadyButton");
    button->click();
    QVERIFY(button->isChecked());
    QCOMPARE(runAgain.size(), 0); // not before the wait is over
    QVERIFY(runAgain.wait(4000));
    QCOMPARE(runAgain.size(), 1);
    QVERIFY(!button->isChecked());
}

void TestRemediationPanel::useModel_spendCap_isNotOffered()
{
    gd::ui::RemediationPanel panel;
    QSignalSpy useModel(&panel, &gd::ui::RemediationPanel::useModelRequested);
    gd::DiagnosisContext context;
    context.suggestedModel = u"gemini-3.6-flash"_s; // the key lists models
    panel.showDiagnosis(
        gd::diagnoseText(gd::test::fixtureBody(u"synthetic-402-spend-cap"_s), 402, context));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!child<QPushButton>(&panel, "useSuggestedModelButton")->isVisible());
    // An overloaded model is what a switch is for.
    panel.showDiagnosis(gd::diagnoseText(gd::test::fixtureBody(u"S35"_s), 503, context));
    auto *button = child<QPushButton>(&panel, "useSuggestedModelButton");
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Use gemini-3.6-flash"_s);
}

void TestRemediationPanel::links_fromTheError_haveDistinctTitles()
{
    gd::ui::RemediationPanel panel;
    panel.showDiagnosis(rateLimited(u"30s"_s));
    QStringList titles;
    for (int i = 0;; ++i) {
        auto *link = child<QPushButton>(&panel, u"link_%1"_s.arg(i).toLatin1().constData());
        if (!link)
            break;
        QVERIFY2(!titles.contains(link->text()), qPrintable(link->text()));
        titles.append(link->text());
    }
    QVERIFY2(titles.contains(u"Synthetic quota help"_s), qPrintable(titles.join(u" | "_s)));
    QVERIFY2(titles.contains(u"From the error: ai.google.dev/gemini-api/docs/synthetic-quota"_s),
             qPrintable(titles.join(u" | "_s)));
}

// Issue 20: "The API's own words" opened on "The API gave no message." above an empty box.
void TestRemediationPanel::apiWords_noMessageNoBody_saysSoWithoutAnEmptyBox()
{
    gd::ui::RemediationPanel panel;
    gd::TransportProblem timeout;
    timeout.category = gd::Category::Timeout;
    panel.showDiagnosis(gd::diagnoseTransport(timeout));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *toggle = child<QToolButton>(&panel, "detailsToggle");
    toggle->click();
    QVERIFY(toggle->isChecked());
    auto *words = child<QLabel>(&panel, "apiMessage");
    QVERIFY(words->isVisible());
    QCOMPARE(words->text(), u"The API gave no message."_s);
    auto *raw = child<QPlainTextEdit>(&panel, "rawBody");
    QVERIFY(!raw || !raw->isVisible());
    // With a body the box is there, and holds it.
    panel.showDiagnosis(rateLimited(u"30s"_s));
    raw = child<QPlainTextEdit>(&panel, "rawBody");
    QVERIFY(raw && raw->isVisible());
    QVERIFY(raw->toPlainText().contains(u"RESOURCE_EXHAUSTED"_s));
}

// Issue 20: the countdown wrapped "…try again in 4 / s.". Laid out as the label lays it out,
// at every width, no line starts inside the duration.
void TestRemediationPanel::countdown_narrowWidths_neverSplitsNumberAndUnit()
{
    gd::ui::RemediationPanel panel;
    panel.showDiagnosis(rateLimited(u"44s"_s));
    auto *countdown = child<QLabel>(&panel, "retryCountdown");
    // The words still read "in 44 s" (the window's tests look for " 6 s" as the wait goes down).
    QVERIFY2(countdown->text().contains(QRegularExpression(u" \\d+ s\\b"_s)),
             qPrintable(countdown->text()));
    QTextDocument document;
    document.setDefaultFont(countdown->font());
    if (countdown->textFormat() == Qt::PlainText)
        document.setPlainText(countdown->text());
    else
        document.setHtml(countdown->text());
    static const QRegularExpression duration(u"\\d+[ \u00a0](?:s|min|h)\\b"_s);
    int checkedWidths = 0;
    // From the width of a few words up: narrower than the duration itself, anything must break.
    for (int width = 80; width <= 400; width += 3) {
        document.setTextWidth(width);
        document.documentLayout()->documentSize(); // lays it out
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (auto it = duration.globalMatch(block.text()); it.hasNext();) {
                const auto match = it.next();
                for (int line = 1; line < layout->lineCount(); ++line) {
                    const int start = layout->lineAt(line).textStart();
                    QVERIFY2(
                        start <= match.capturedStart() || start >= match.capturedEnd(),
                        qPrintable(u"split at width %1: %2"_s.arg(width).arg(match.captured(0))));
                }
                ++checkedWidths;
            }
        }
    }
    QVERIFY(checkedWidths > 0);
}

// Issue 20: a screen reader heard the fixed word "Diagnosis", never "Rate limit reached".
void TestRemediationPanel::accessibility_titleAndFacts_readWhatTheySay()
{
    gd::ui::RemediationPanel panel;
    const gd::Diagnosis diagnosis = rateLimited(u"30s"_s);
    panel.showDiagnosis(diagnosis);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *title = child<QLabel>(&panel, "remediationTitle");
    QCOMPARE(accessibleText(title, QAccessible::Name), diagnosis.title);
    QCOMPARE(accessibleText(title, QAccessible::Name), u"Rate limit reached"_s);
    // Every fact is named by what it is and what it says.
    QStringList names;
    for (qsizetype i = 0; i < diagnosis.facts.size(); ++i) {
        auto *value = child<QLabel>(&panel, u"fact_%1"_s.arg(i).toLatin1().constData());
        QVERIFY2(value, qPrintable(diagnosis.facts.at(i).label));
        names.append(accessibleText(value, QAccessible::Name));
    }
    QVERIFY2(names.contains(u"Status: RESOURCE_EXHAUSTED"_s), qPrintable(names.join(u" | "_s)));
    QVERIFY2(names.contains(u"HTTP status: 429"_s), qPrintable(names.join(u" | "_s)));
    QVERIFY2(names.contains(u"Retry after: 30 s"_s), qPrintable(names.join(u" | "_s)));
    // The countdown reads as words, not as markup.
    const QString countdown =
        accessibleText(child<QLabel>(&panel, "retryCountdown"), QAccessible::Name);
    QVERIFY2(countdown.contains(u"try again in"_s) && !countdown.contains(u'<'),
             qPrintable(countdown));
}

// Issue 20: Tab in the panel jumped (the links, made for each diagnosis, came last).
void TestRemediationPanel::tabOrder_followsThePanelTopToBottom()
{
    gd::ui::RemediationPanel panel;
    QSignalSpy runAgain(&panel, &gd::ui::RemediationPanel::runAgainRequested);
    QSignalSpy useModel(&panel, &gd::ui::RemediationPanel::useModelRequested);
    gd::DiagnosisContext context;
    context.suggestedModel = u"gemini-3.6-flash"_s;
    panel.showDiagnosis(gd::diagnoseText(gd::test::fixtureBody(u"S35"_s), 503, context));
    panel.showDiagnosis(rateLimited(u"30s"_s)); // the second diagnosis: links made anew
    panel.resize(420, 2400);                    // everything in view: positions compare
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    child<QToolButton>(&panel, "detailsToggle")->click(); // the raw answer is in the chain too

    QList<QWidget *> order;
    QWidget *first = child<QPushButton>(&panel, "runWhenReadyButton");
    QWidget *widget = first;
    do {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) &&
            panel.widget()->isAncestorOf(widget))
            order.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget && widget != first);

    QStringList names;
    int lastY = -1;
    for (QWidget *stop : std::as_const(order)) {
        const int y = stop->mapTo(panel.widget(), QPoint(0, 0)).y();
        names.append(stop->objectName());
        QVERIFY2(y >= lastY, qPrintable(names.join(u" → "_s)));
        lastY = y;
    }
    QVERIFY2(names.contains(u"link_0"_s) && names.contains(u"link_1"_s) &&
                 names.contains(u"detailsToggle"_s) && names.contains(u"rawBody"_s),
             qPrintable(names.join(u" → "_s)));
    // The Tab key itself walks that order (Shift+Tab back to the first), and every stop, links
    // and the raw answer included, looks different with the focus than without: it is visible.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    for (qsizetype i = 0; i < order.size(); ++i) {
        QWidget *from = order.at(i == 0 ? 1 : i - 1);
        QWidget *stop = order.at(i);
        from->setFocus(Qt::OtherFocusReason);
        const QImage without = stop->grab().toImage();
        QTest::keyClick(from, Qt::Key_Tab, i == 0 ? Qt::ShiftModifier : Qt::NoModifier);
        QVERIFY2(stop->hasFocus(), qPrintable(stop->objectName()));
        QVERIFY2(stop->grab().toImage() != without, qPrintable(stop->objectName()));
    }
}

void TestRemediationPanel::context_errorInsideA200Stream_isNotCalledHttp200Unavailable()
{
    // Issue 20: the rehearsal's streaming row read "HTTP 200 UNAVAILABLE": the stream began with
    // 200 and carried a 503 error event (as the simulator's overloaded stream does).
    gd::Diagnosis diagnosis;
    diagnosis.category = gd::Category::Overloaded;
    diagnosis.title = u"Synthetic: overloaded"_s;
    diagnosis.httpStatus = 200;
    diagnosis.status = u"UNAVAILABLE"_s;
    gd::ui::RemediationPanel panel;
    panel.showDiagnosis(diagnosis, u"Streaming"_s);
    const QString context = child<QLabel>(&panel, "remediationContext")->text();
    QVERIFY2(!context.contains(u"200 UNAVAILABLE"_s), qPrintable(context));
    QVERIFY2(context.contains(u"HTTP 200, then UNAVAILABLE inside the answer"_s),
             qPrintable(context));
    diagnosis.httpStatus = 503; // an ordinary error answer keeps "HTTP 503 UNAVAILABLE"
    panel.showDiagnosis(diagnosis, u"Streaming"_s);
    QVERIFY(
        child<QLabel>(&panel, "remediationContext")->text().contains(u"HTTP 503 UNAVAILABLE"_s));
}

QTEST_MAIN(TestRemediationPanel)
#include "tst_remediationpanel.moc"
