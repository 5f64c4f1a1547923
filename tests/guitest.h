#pragma once

// Helpers for the GUI tests: they drive the real widgets, found by objectName.
#include "mainwindow.h"
#include "secrets/secretstore.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

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
    services.network = network;
    services.keychain = store;
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

} // namespace gd::test
