#include "clirunner.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "secrets/memorysecretstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
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

QTEST_MAIN(TestGermanWindow)
#include "tst_germanwindow.moc"
