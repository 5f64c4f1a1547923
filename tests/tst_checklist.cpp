#include "checklist.h"
#include "results/checknames.h"
#include "timingbardelegate.h"

#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using gd::ui::CheckList;
using gd::ui::TimingBarDelegate;

namespace {

const QStringList kSuite = {u"dns"_s,    u"connect"_s,       u"key"_s,
                            u"model"_s,  u"count_tokens"_s,  u"generate"_s,
                            u"stream"_s, u"openai_compat"_s, u"live"_s};

gd::Timings timings(int dns, int connect, int tls, int ttfb, int total)
{
    gd::Timings t;
    t.dnsMs = dns;
    t.connectMs = connect;
    t.tlsMs = tls;
    t.ttfbMs = ttfb;
    t.totalMs = total;
    return t;
}

gd::CheckResult failed(const QString &id, const gd::Timings &t)
{
    gd::CheckResult result;
    result.id = id;
    result.state = gd::CheckState::Fail;
    result.startMs = 0;
    result.ms = t.totalMs;
    result.timings = t;
    gd::Diagnosis diagnosis;
    diagnosis.title = u"The request timed out"_s;
    result.diagnosis = diagnosis;
    return result;
}

QTreeWidgetItem *row(CheckList &list, const QString &id)
{
    return list.itemFor(id);
}

// Pixels within a few steps of `color` (antialiased edges blend, the bar's middle does not).
int pixelsOf(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) <= 8 &&
                std::abs(pixel.green() - color.green()) <= 8 &&
                std::abs(pixel.blue() - color.blue()) <= 8)
                ++count;
        }
    }
    return count;
}

QImage paintTimingCell(CheckList &list, const QString &id)
{
    QTreeWidgetItem *item = row(list, id);
    const int rowIndex = list.indexOfTopLevelItem(item);
    const QModelIndex index = list.model()->index(rowIndex, CheckList::TimingColumn);
    QImage image(200, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.initFrom(&list);
    option.rect = image.rect();
    option.palette = list.palette();
    option.state &= ~QStyle::State_Selected;
    list.itemDelegateForColumn(CheckList::TimingColumn)->paint(&painter, option, index);
    painter.end();
    return image;
}

QAccessibleInterface *cell(CheckList &list, const QString &id, int column)
{
    // The accessible tree reads the laid-out rows: the delayed layout runs first.
    QApplication::processEvents();
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(&list);
    if (!view || !view->tableInterface())
        return nullptr;
    return view->tableInterface()->cellAt(list.indexOfTopLevelItem(row(list, id)), column);
}

} // namespace

// The dashboard's check list: the waterfall tells the truth, the Result column fits, and a
// screen reader hears every cell.
class TestCheckList final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stages_noFirstByte_nothingIsReceiving();
    void timingBar_noFirstByte_paintsNoReceivingColour();
    void resultColumn_at600Pixels_showsTheWholeSameCauseText_data();
    void resultColumn_at600Pixels_showsTheWholeSameCauseText();
    void accessibility_rowsAndTimingCellsHaveNames();

private:
    QTranslator m_german;
};

void TestCheckList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_german.load(u"gemini-doctor_de"_s, u":/i18n"_s));
}

void TestCheckList::stages_noFirstByte_nothingIsReceiving()
{
    using D = TimingBarDelegate;
    // A timeout: connected, then 30 s without a byte. All of it was waiting.
    const QList<int> timeout = D::stageDurations(timings(5, 20, 0, 0, 30000));
    QCOMPARE(timeout.at(D::Receiving), 0);
    QCOMPARE(timeout.at(D::Waiting), 30000 - 25);
    // A failed handshake: no request was answered either.
    const QList<int> tls = D::stageDurations(timings(4, 60, 0, 0, 70));
    QCOMPARE(tls.at(D::Receiving), 0);
    // The DNS check: nothing after the lookup at all.
    QCOMPARE(D::stageDurations(timings(12, 0, 0, 0, 12)), (QList<int>{12, 0, 0, 0, 0}));
    // An answer: waiting up to the first byte, receiving after it.
    QCOMPARE(D::stageDurations(timings(5, 20, 0, 100, 150)), (QList<int>{5, 20, 0, 75, 50}));
}

void TestCheckList::timingBar_noFirstByte_paintsNoReceivingColour()
{
    CheckList list;
    list.reset({u"generate"_s, u"stream"_s});
    list.setResult(failed(u"generate"_s, timings(5, 20, 0, 0, 3000)));
    gd::CheckResult answered = failed(u"stream"_s, timings(5, 20, 0, 1000, 3000));
    list.setResult(answered);
    const QList<QColor> colors = TimingBarDelegate::stageColors(list.palette());

    const QImage timedOut = paintTimingCell(list, u"generate"_s);
    QVERIFY(pixelsOf(timedOut, colors.at(TimingBarDelegate::Waiting)) > 100);
    QCOMPARE(pixelsOf(timedOut, colors.at(TimingBarDelegate::Receiving)), 0);
    // The same bar with a first byte does receive: the colour is told apart.
    QVERIFY(pixelsOf(paintTimingCell(list, u"stream"_s), colors.at(TimingBarDelegate::Receiving)) >
            100);
}

void TestCheckList::resultColumn_at600Pixels_showsTheWholeSameCauseText_data()
{
    QTest::addColumn<bool>("german");
    QTest::newRow("English") << false;
    QTest::newRow("German") << true;
}

void TestCheckList::resultColumn_at600Pixels_showsTheWholeSameCauseText()
{
    QFETCH(bool, german);
    if (german)
        QCoreApplication::installTranslator(&m_german);
    const auto restore = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_german); });
    QCOMPARE(gd::checkDisplayName(u"dns"_s), german ? u"Netzwerk und DNS"_s : u"Network and DNS"_s);

    // Any check may lead: each name in turn, the longest included.
    for (const QString &lead : kSuite) {
        CheckList list;
        list.resize(600, 420);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        list.reset(kSuite);
        gd::CheckResult same = failed(u"live"_s, timings(5, 20, 0, 0, 30000));
        same.sameAs = lead;
        same.httpStatus = 503;
        list.setResult(same);
        QApplication::processEvents(); // the delayed layout that measures the rows
        QTest::qWait(20);

        QCOMPARE(list.horizontalScrollBar()->maximum(), 0);
        QTreeWidgetItem *item = row(list, u"live"_s);
        const QString text = item->text(CheckList::DetailColumn);
        QVERIFY2(text.endsWith(gd::checkDisplayName(lead)), qPrintable(text));
        QVERIFY(item->toolTip(CheckList::DetailColumn).contains(text));

        const int margin =
            list.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &list) + 1;
        const int available = list.columnWidth(CheckList::DetailColumn) - 2 * margin;
        const QFontMetrics metrics(list.font());
        const QRect needed =
            metrics.boundingRect(QRect(0, 0, available, 100000), Qt::TextWordWrap, text);
        const QString where = u"\"%1\" in %2 px: %3 x %4"_s.arg(text)
                                  .arg(available)
                                  .arg(needed.width())
                                  .arg(needed.height());
        QVERIFY2(needed.width() <= available, qPrintable(where));
        QVERIFY2(needed.height() <= CheckList::kMaxLines * metrics.lineSpacing(),
                 qPrintable(where));
        // The row is as tall as its wrapped text.
        QVERIFY2(list.visualItemRect(item).height() >= needed.height(), qPrintable(where));
    }
}

void TestCheckList::accessibility_rowsAndTimingCellsHaveNames()
{
    CheckList list;
    list.resize(800, 400);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    list.reset({u"dns"_s, u"generate"_s, u"stream"_s});
    gd::CheckResult dns;
    dns.id = u"dns"_s;
    dns.state = gd::CheckState::Pass;
    dns.ms = 12;
    dns.startMs = 0;
    dns.detail = u"127.0.0.1"_s;
    dns.timings = timings(12, 0, 0, 0, 12);
    list.setResult(dns);
    gd::CheckResult generate = failed(u"generate"_s, timings(0, 20, 0, 0, 30000));
    generate.httpStatus = 0;
    list.setResult(generate);

    // A waiting row: its name and state, and no separator left hanging.
    QAccessibleInterface *waiting = cell(list, u"stream"_s, CheckList::NameColumn);
    QVERIFY(waiting);
    const QString waitingName = waiting->text(QAccessible::Name);
    QCOMPARE(waitingName, gd::checkDisplayName(u"stream"_s) + u", "_s +
                              gd::checkStateText(gd::CheckState::Pending));
    QVERIFY(!waitingName.trimmed().endsWith(u','));

    // A failed row says which check, its state and its result; the description the result.
    QAccessibleInterface *failedRow = cell(list, u"generate"_s, CheckList::NameColumn);
    const QString failedName = failedRow->text(QAccessible::Name);
    QVERIFY2(failedName.startsWith(u"Test prompt, fail, "_s), qPrintable(failedName));
    QVERIFY(failedName.endsWith(u"The request timed out"_s));
    QCOMPARE(failedRow->text(QAccessible::Description), u"The request timed out"_s);

    // Timing cells are named by what they show.
    const QString dnsTiming =
        cell(list, u"dns"_s, CheckList::TimingColumn)->text(QAccessible::Name);
    QCOMPARE(dnsTiming, u"Timing: DNS 12 ms, total 12 ms"_s);
    const QString timedOut =
        cell(list, u"generate"_s, CheckList::TimingColumn)->text(QAccessible::Name);
    QCOMPARE(timedOut, u"Timing: connect 20 ms, no byte received, total 30000 ms"_s);
    const QString notYet =
        cell(list, u"stream"_s, CheckList::TimingColumn)->text(QAccessible::Name);
    QVERIFY2(notYet.startsWith(u"Timing: "_s), qPrintable(notYet));
}

QTEST_MAIN(TestCheckList)
#include "tst_checklist.moc"
