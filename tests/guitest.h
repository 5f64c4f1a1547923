#pragma once

// Helpers for the GUI tests: they drive the real widgets, found by objectName.
#include "appsettings.h"
#include "engine/networkengine.h"
#include "keydialog.h"
#include "mainwindow.h"
#include "modelmatrixdialog.h"
#include "secrets/secretstore.h"
#include "settingsdialog.h"
#include "welcomedialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <optional>

namespace gd::test {

template<typename Widget>
Widget *child(QObject *parent, const char *name)
{
    return parent->findChild<Widget *>(QString::fromLatin1(name));
}

// A main window on a test's own network, key store and history file, shown and exposed; no
// environment keys. Rehearsed timeouts take half a second.
inline std::unique_ptr<gd::ui::MainWindow>
openWindow(QNetworkAccessManager *network, gd::SecretStore *store, const QString &historyFile)
{
    gd::ui::DesktopServices services;
    services.engine = std::make_shared<gd::NetworkEngine>(network, store);
    services.history = gd::RunHistory(historyFile);
    services.environment = QProcessEnvironment();
    auto window = std::make_unique<gd::ui::MainWindow>(services);
    window->setRehearsalTimeoutMs(500);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// The same, with `key` in the (test's own) key store, loaded as the app loads it at start-up.
inline std::unique_ptr<gd::ui::MainWindow> openWindowWithKey(QNetworkAccessManager *network,
                                                             gd::SecretStore *store,
                                                             const QString &historyFile,
                                                             const QString &key)
{
    if (!key.isEmpty())
        store->write(QStringLiteral("api-key"), key, [](const gd::SecretResult &) {});
    auto window = openWindow(network, store, historyFile);
    if (!window)
        return nullptr;
    QSignalSpy loaded(window.get(), &gd::ui::MainWindow::keyLoaded);
    window->loadKey(false);
    if (!loaded.wait(3000))
        return nullptr;
    return window;
}

// Clicks Run and waits for the whole suite.
inline bool clickRunAndWait(gd::ui::MainWindow &window, int timeoutMs = 10000)
{
    QSignalSpy finished(&window, &gd::ui::MainWindow::runFinished);
    QTest::mouseClick(child<QPushButton>(&window, "runButton"), Qt::LeftButton);
    return finished.wait(timeoutMs);
}

// Clicks the dashboard row of a check, as a person would.
inline bool clickCheckRow(gd::ui::MainWindow &window, const QString &id)
{
    auto *list = child<QTreeWidget>(&window, "checkList");
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() != id)
            continue;
        const QRect rect = list->visualItemRect(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        return list->currentItem() == item;
    }
    return false;
}

inline QString rowState(gd::ui::MainWindow &window, const QString &id)
{
    auto *list = child<QTreeWidget>(&window, "checkList");
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return list->topLevelItem(i)->text(1);
    }
    return {};
}

// The numbered steps the remediation panel shows.
inline QStringList panelSteps(QWidget *panel)
{
    QStringList steps;
    for (int i = 1;; ++i) {
        auto *step = panel->findChild<QLabel *>(QStringLiteral("step_%1").arg(i));
        if (!step)
            break;
        steps.append(step->accessibleName());
    }
    return steps;
}

inline QList<QUrl> panelLinks(QWidget *panel)
{
    QList<QUrl> urls;
    for (int i = 0;; ++i) {
        auto *link = panel->findChild<QPushButton *>(QStringLiteral("link_%1").arg(i));
        if (!link)
            break;
        urls.append(link->property("url").toUrl());
    }
    return urls;
}

// The Alt letter of a text ("&Run" -> 'r'); none for "&&" (a literal ampersand) or no '&'.
inline std::optional<QChar> mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return std::nullopt;
}

// Texts that share an Alt letter within one scope, as "A and B share Alt+x".
inline QStringList sharedMnemonics(const QStringList &texts, int *letters = nullptr)
{
    QHash<QChar, QString> taken;
    QStringList clashes;
    for (const QString &text : texts) {
        const std::optional<QChar> letter = mnemonicOf(text);
        if (!letter)
            continue;
        if (taken.contains(*letter))
            clashes.append(QStringLiteral("%1 and %2 share Alt+%3")
                               .arg(taken.value(*letter), text, QString(*letter)));
        else
            taken.insert(*letter, text);
    }
    if (letters)
        *letters += int(taken.size());
    return clashes;
}

// Everything a person reaches with Alt in `window` as it is shown now: its visible buttons,
// labels with a buddy, group boxes, the tabs of visible tab widgets and the menu bar's menus; and,
// each as a scope of its own, every menu's items. Two that share a letter only cycle between
// them, so each clash is a defect.
inline QStringList mnemonicClashes(QWidget *window, int *letters = nullptr)
{
    const auto shown = [window](const QWidget *widget) { return widget->isVisibleTo(window); };
    QStringList texts;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button) && !qobject_cast<const QTabBar *>(button->parentWidget()))
            texts.append(button->text());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            texts.append(label->text());
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            texts.append(box->title());
    }
    for (const QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    QStringList clashes;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *menu : main->menuBar()->actions()) {
            texts.append(menu->text());
            if (!menu->menu())
                continue;
            QStringList items;
            for (const QAction *item : menu->menu()->actions()) {
                if (item->isVisible() && !item->isSeparator())
                    items.append(item->text());
            }
            clashes += sharedMnemonics(items, letters);
        }
    }
    clashes += sharedMnemonics(texts, letters);
    return clashes;
}

// mnemonicClashes over every window a person meets: the main window on each tab and in
// rehearsal, and each dialog (the key dialog on `store`).
inline QStringList clashesInEveryWindow(gd::ui::MainWindow &window, gd::SecretStore *store,
                                        int *letters = nullptr)
{
    QStringList clashes;
    const auto walk = [&](QWidget *widget, const QString &where) {
        widget->show();
        if (!QTest::qWaitForWindowExposed(widget))
            clashes.append(where + u": not shown"_qs);
        for (const QString &clash : mnemonicClashes(widget, letters))
            clashes.append(where + u": "_qs + clash);
    };
    auto *tabs = child<QTabWidget>(&window, "mainTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        walk(&window, u"main window, tab %1"_qs.arg(i));
    }
    tabs->setCurrentIndex(0);
    window.startRehearsal(QStringLiteral("rate_limited"));
    walk(&window, u"main window in rehearsal"_qs);
    window.stopRehearsal();
    gd::ui::KeyDialog key(store, false, &window);
    walk(&key, u"key dialog"_qs);
    gd::ui::WelcomeDialog welcome(&window);
    walk(&welcome, u"welcome"_qs);
    gd::ui::SettingsDialog settings(gd::ui::AppSettings{}, &window);
    walk(&settings, u"preferences"_qs);
    gd::ui::ModelMatrixDialog matrix(&window);
    matrix.reset({QStringLiteral("gemini-x")});
    walk(&matrix, u"model matrix"_qs);
    return clashes;
}

// Issue 20: the window would not go below 844 px, and at 1024x600 the Result column hid behind a
// horizontal scrollbar. Shared by the English and German tests.
inline QStringList fitProblems(gd::ui::MainWindow &window)
{
    QStringList problems;
    const int minimum = window.minimumSizeHint().width();
    if (minimum > 800)
        problems.append(u"minimum width %1 px"_qs.arg(minimum));
    for (const QSize size : {QSize(1024, 600), QSize(800, 600)}) {
        window.resize(size);
        QTest::qWait(50);
        if (window.width() != size.width())
            problems.append(u"asked for %1 px, got %2"_qs.arg(size.width()).arg(window.width()));
        auto *list = child<QTreeWidget>(&window, "checkList");
        if (size.width() == 1024 && list->horizontalScrollBar()->isVisible())
            problems.append(u"horizontal scrollbar at 1024 px"_qs);
        auto *endpoint = window.findChild<QWidget *>(QStringLiteral("endpointEdit"));
        if (endpoint->width() < 240)
            problems.append(
                u"endpoint %1 px wide at %2"_qs.arg(endpoint->width()).arg(size.width()));
    }
    return problems;
}

// The same, with the longest rows a window shows: a rehearsed rate limit ("same cause as …").
inline QStringList fitProblemsAfterAFailingRun(gd::ui::MainWindow &window)
{
    window.startRehearsal(QStringLiteral("rate_limited"));
    if (!clickRunAndWait(window))
        return {u"the rehearsed run did not finish"_qs};
    return fitProblems(window);
}

} // namespace gd::test
