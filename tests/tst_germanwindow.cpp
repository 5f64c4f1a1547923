#include "clirunner.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using gd::test::child;

// The main window for a person whose system speaks German (ctest runs this with
// LANG=de_DE.UTF-8): every word it shows is German, and German's longer words still fit.
class TestGermanWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rehearsal_failingRun_showsNoEnglishSentence();
    void window_german_fitsA1280PixelScreen();
    void testEveryModel_german_confirmationAndTableShowNoEnglish();
    void inspect_german_findingsQuestionAndAnswerShowNoEnglish();
    void mnemonics_german_everyWindow_eachAltLetterOnce();
    void fit_german_failingRun_1024And800WideWithoutHorizontalScrollbar();
    void fit_german_welcome_fitsAn800PixelWindow();

private:
    std::unique_ptr<gd::ui::MainWindow> makeWindow();

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    gd::MemorySecretStore m_store;
};

void TestGermanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(u"welcomeDone"_s, true);
    gd::installTranslations(QCoreApplication::arguments());
    QCOMPARE(gd::uiLanguage(), u"de"_s);
}

std::unique_ptr<gd::ui::MainWindow> TestGermanWindow::makeWindow()
{
    return gd::test::openWindow(&m_network, &m_store, m_dir.filePath(u"history.json"_s));
}

void TestGermanWindow::rehearsal_failingRun_showsNoEnglishSentence()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"rate_limited"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    QVERIFY(gd::test::clickCheckRow(*window, u"generate"_s));

    // Everything a person can read: labels, buttons, tabs, menus, the dashboard's rows.
    QStringList texts;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->objectName() != u"apiMessage"_s) // the API's own words
            texts.append(label->text());
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            texts.append(button->text().remove(u'&'));
    }
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i).remove(u'&'));
    }
    for (const QAction *menu : window->menuBar()->actions()) {
        texts.append(menu->text().remove(u'&'));
        for (const QAction *action : menu->menu()->actions())
            texts.append(action->text().remove(u'&'));
    }
    auto *list = child<QTreeWidget>(window.get(), "checkList");
    for (int column = 0; column < list->columnCount(); ++column)
        texts.append(list->headerItem()->text(column));
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        for (int column = 0; column < list->columnCount(); ++column)
            texts.append(list->topLevelItem(row)->text(column));
    }
    const QStringList english = gd::test::englishLines(texts.join(u'\n'));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    QCOMPARE(gd::test::rowState(*window, u"generate"_s), u"fehlgeschlagen"_s);
    auto *panel = child<QWidget>(window.get(), "remediationPanel");
    QCOMPARE(child<QLabel>(panel, "remediationTitle")->text(), u"Ratenlimit erreicht"_s);
}

void TestGermanWindow::window_german_fitsA1280PixelScreen()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"thought_signature_missing"_s);
    QVERIFY2(window->minimumSizeHint().width() < 1024,
             qPrintable(QString::number(window->minimumSizeHint().width())));
}

void TestGermanWindow::testEveryModel_german_confirmationAndTableShowNoEnglish()
{
    auto window = makeWindow();
    QVERIFY(window);
    window->startRehearsal(u"ok"_s);
    QVERIFY(gd::test::clickRunAndWait(*window));
    child<QAction>(window.get(), "testEveryModelAction")->trigger();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = child<QMessageBox>(window.get(), "modelMatrixConfirm")) != nullptr);
    QStringList texts = {confirm->text(), confirm->informativeText(), confirm->windowTitle()};
    for (const QAbstractButton *button : confirm->findChildren<QAbstractButton *>())
        texts.append(button->text().remove(u'&'));
    QTest::mouseClick(child<QPushButton>(confirm, "modelMatrixConfirmButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isTestingModels(), 10000);

    auto *dialog = child<QDialog>(window.get(), "modelMatrixDialog");
    texts.append(dialog->windowTitle());
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        texts.append(button->text().remove(u'&'));
    auto *table = child<QTreeWidget>(dialog, "modelMatrixTable");
    for (int column = 0; column < table->columnCount(); ++column)
        texts.append(table->headerItem()->text(column));
    for (int row = 0; row < table->topLevelItemCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            texts.append(table->topLevelItem(row)->text(column));
    }
    auto *combo = child<QComboBox>(window.get(), "modelCombo");
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    const QStringList english = gd::test::englishLines(texts.join(u'\n'));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    const QString joined = texts.join(u'\n');
    QVERIFY2(!joined.contains(u"works"_s) && !joined.contains(u"retired"_s), qPrintable(joined));
}

namespace {

// An OpenAI-style history with an "assistant" and a "system" turn (synthetic).
const QString kOpenAiHistory = uR"({"contents": [{"role": "system", "parts": [{"text": "Kurz."}]},
 {"role": "user", "parts": [{"text": "Hallo"}]}, {"role": "assistant", "parts": [{"text": "Hi"}]},
 {"role": "user", "parts": [{"text": "Wie geht es?"}]}]})"_s;

QWidget *openInspect(gd::ui::MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QWidget *panel = child<QWidget>(&window, "inspectPanel");
    if (!panel || !QTest::qWaitFor([panel] { return panel->isVisible(); }, 2000))
        return nullptr;
    return panel;
}

} // namespace

void TestGermanWindow::inspect_german_findingsQuestionAndAnswerShowNoEnglish()
{
    auto window = gd::test::openWindowWithKey(
        &m_network, &m_store, m_dir.filePath(u"history.json"_s), u"FAKE-german-inspect-key"_s);
    QVERIFY(window);
    window->startRehearsal(u"history_invalid"_s);
    QWidget *panel = openInspect(*window);
    QVERIFY(panel);
    child<QLineEdit>(panel, "inspectModel")->setText(u"gemini-3.6-flash"_s);
    child<QPlainTextEdit>(panel, "inspectInput")->setPlainText(kOpenAiHistory);
    QTest::mouseClick(child<QPushButton>(panel, "inspectButton"), Qt::LeftButton);

    QStringList texts;
    auto *findings = child<QTreeWidget>(panel, "inspectFindings");
    QCOMPARE(findings->topLevelItemCount(), 2);
    for (int row = 0; row < findings->topLevelItemCount(); ++row) {
        texts.append(findings->topLevelItem(row)->text(1));
        const QString spoken =
            findings->topLevelItem(row)->data(0, Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(u"Fehler bei /contents/"_s), qPrintable(spoken));
    }
    for (int column = 0; column < findings->columnCount(); ++column)
        texts.append(findings->headerItem()->text(column));

    QTest::mouseClick(child<QPushButton>(panel, "sendButton"), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = child<QMessageBox>(panel, "sendRequestQuestion")));
    texts << question->windowTitle() << question->text() << question->informativeText();
    for (const QAbstractButton *button : question->findChildren<QAbstractButton *>())
        texts.append(button->text().remove(u'&'));
    QSignalSpy sent(window->findChild<gd::Session *>(), &gd::Session::requestSent);
    QTest::mouseClick(child<QPushButton>(question, "sendFixedButton"), Qt::LeftButton);
    QVERIFY(sent.wait(5000));
    QTRY_VERIFY(child<QWidget>(panel, "inspectAnswer")->isVisible());

    for (const QLabel *label : panel->findChildren<QLabel *>()) {
        if (label->isVisible() && label->objectName() != u"apiMessage"_s) // the API's own words
            texts.append(label->text());
    }
    for (const QAbstractButton *button : panel->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            texts.append(button->text().remove(u'&'));
    }
    const QString joined = texts.join(u'\n');
    QVERIFY2(joined.contains(u"Mit den sicheren Korrekturen gesendet an http://127.0.0.1"_s),
             qPrintable(joined));
    const QStringList english = gd::test::englishLines(joined);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
}

void TestGermanWindow::mnemonics_german_everyWindow_eachAltLetterOnce()
{
    // German words pick their own Alt letters: in no window do two things a person can reach
    // share one (issue 20: Alt+B was "Probelauf &beenden" and "&Beobachten").
    auto window = makeWindow();
    QVERIFY(window);
    int letters = 0;
    const QStringList clashes = gd::test::clashesInEveryWindow(*window, &m_store, &letters);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    QVERIFY2(letters >= 60, qPrintable(QString::number(letters)));
}

void TestGermanWindow::fit_german_failingRun_1024And800WideWithoutHorizontalScrollbar()
{
    auto window = makeWindow();
    QVERIFY(window);
    const QStringList problems = gd::test::fitProblemsAfterAFailingRun(*window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestGermanWindow::fit_german_welcome_fitsAn800PixelWindow()
{
    // Issue 22: over the German window the welcome was wider than the window itself (its
    // scenario list as wide as the longest German description), hiding the window's edges.
    auto window = makeWindow();
    QVERIFY(window);
    window->resize(800, 600);
    gd::ui::WelcomeDialog welcome(window.get());
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QVERIFY2(welcome.width() <= 800, qPrintable(QString::number(welcome.width())));
    QVERIFY2(welcome.minimumSizeHint().width() <= 800,
             qPrintable(QString::number(welcome.minimumSizeHint().width())));
}

QTEST_MAIN(TestGermanWindow)
#include "tst_germanwindow.moc"
